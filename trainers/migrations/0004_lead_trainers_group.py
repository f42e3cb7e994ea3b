from django.db import migrations


def lead_trainers_publish(apps, schema_editor):
    from trainers.groups import ensure_lead_trainers_group, ensure_trainers_group

    ensure_trainers_group(apps)  # takes "publish" back from the Trainers group
    ensure_lead_trainers_group(apps)  # and gives it to the Lead trainers group


class Migration(migrations.Migration):
    """Publishing without review becomes the "Lead trainers" group's right.

    The review task itself (TrainerReviewTask replacing the plain group approval)
    is put in place by the post_migrate handler (trainers.workflow), as Wagtail's
    workflow models need their own methods.
    """

    dependencies = [("trainers", "0003_trainer_review_task")]

    operations = [migrations.RunPython(lead_trainers_publish, migrations.RunPython.noop)]
