from django.db import migrations


def create_trainers_group(apps, schema_editor):
    from trainers.groups import ensure_trainers_group

    ensure_trainers_group(apps)


class Migration(migrations.Migration):
    """The Trainers group, with the permissions that exist at this point.

    On a fresh database the permissions are created after every migration ran;
    the post_migrate handler (trainers.apps) completes the group then.
    """

    dependencies = [
        ("trainers", "0001_initial"),
        ("course", "0002_coursesession_enrollment_completion_and_more"),
        ("discussions", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_trainers_group, migrations.RunPython.noop)]
