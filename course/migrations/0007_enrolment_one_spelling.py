"""One spelling for one concept: the model, its fields and constraints say "enrolment"."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def rename_permissions(apps, schema_editor):
    """The model's permissions keep their groups: add_enrollment becomes add_enrolment (the
    content type itself is renamed by Django's RenameModel)."""
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(
        content_type__app_label="course", codename__endswith="_enrollment"
    ):
        permission.codename = permission.codename.replace("enrollment", "enrolment")
        permission.name = permission.name.replace("enrollment", "enrolment")
        permission.save(update_fields=["codename", "name"])


class Migration(migrations.Migration):
    dependencies = [
        ("course", "0006_lesson_format"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="completion", name="course_one_completion_per_page"
        ),
        migrations.RemoveConstraint(
            model_name="enrollment", name="course_one_enrollment_per_session"
        ),
        migrations.RemoveConstraint(
            model_name="enrollment", name="course_completed_enrollment_has_certificate"
        ),
        migrations.RenameModel("Enrollment", "Enrolment"),
        migrations.RunPython(rename_permissions, migrations.RunPython.noop),
        migrations.RenameField("completion", "enrollment", "enrolment"),
        migrations.RenameField("certificateevent", "enrollment", "enrolment"),
        migrations.RenameIndex(
            model_name="enrolment",
            new_name="course_enro_session_980268_idx",
            old_name="course_enro_session_eafec1_idx",
        ),
        migrations.AlterField(
            model_name="enrolment",
            name="session",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="enrolments",
                to="course.coursesession",
                verbose_name="session",
            ),
        ),
        migrations.AlterField(
            model_name="enrolment",
            name="user",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="enrolments",
                to=settings.AUTH_USER_MODEL,
                verbose_name="learner",
            ),
        ),
        migrations.AddConstraint(
            model_name="completion",
            constraint=models.UniqueConstraint(
                fields=("enrolment", "page"), name="course_one_completion_per_page"
            ),
        ),
        migrations.AddConstraint(
            model_name="enrolment",
            constraint=models.UniqueConstraint(
                fields=("user", "session"), name="course_one_enrolment_per_session"
            ),
        ),
        migrations.AddConstraint(
            model_name="enrolment",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("completed_at__isnull", True),
                    ("certificate_code__isnull", False),
                    _connector="OR",
                ),
                name="course_completed_enrolment_has_certificate",
            ),
        ),
    ]
