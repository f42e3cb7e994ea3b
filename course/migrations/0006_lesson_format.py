"""A lesson's format (lesson, case study, debate), as a testimonial has its format: "kind"
is kept for the kinds of exercise. The column is renamed, the values kept."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("course", "0005_merge_20261201_1908"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="lessonpage", name="course_lesson_kind_valid"),
        migrations.RenameField(model_name="lessonpage", old_name="kind", new_name="format"),
        migrations.AlterField(
            model_name="lessonpage",
            name="format",
            field=models.CharField(
                choices=[("lesson", "Lesson"), ("case_study", "Case study"), ("debate", "Debate")],
                default="lesson",
                max_length=20,
                verbose_name="format",
            ),
        ),
        migrations.AddConstraint(
            model_name="lessonpage",
            constraint=models.CheckConstraint(
                condition=models.Q(("format__in", ["lesson", "case_study", "debate"])),
                name="course_lesson_format_valid",
            ),
        ),
    ]
