from django.apps import AppConfig
from django.db.models.signals import post_delete, post_init, post_migrate, post_save, pre_save
from django.utils.translation import gettext_lazy as _


class TrainersConfig(AppConfig):
    name = "trainers"
    verbose_name = _("Trainers")

    def ready(self):
        from django.contrib.auth import get_user_model
        from wagtail.models import Task, Workflow
        from wagtail.signals import published
        from wagtail.workflows import get_task_types

        from accounts import privacy
        from course.models import CoursePage
        from trainers import admin_language, announcements, groups, workflow
        from trainers import privacy as trainers_privacy
        from trainers.models import Announcement

        # Migrations create the group on an existing database; post_migrate puts it
        # back after `flush` (every transactional test) and once the permissions of
        # apps migrated later exist.
        post_migrate.connect(groups.on_post_migrate, sender=self)
        post_save.connect(groups.on_course_saved, sender=CoursePage)
        published.connect(announcements.on_published, sender=Announcement)
        # Every learner's dashboard lists the announcements to them (course/dashboard.py).
        for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(
                announcements.announcement_changed,
                sender=Announcement,
                dispatch_uid=f"notices-announcement-{name}",
            )
        privacy.register(
            "announcements_received",
            trainers_privacy.export,
            trainers_privacy.erase,
            ("trainers.AnnouncementRecipient.user",),
        )
        post_save.connect(admin_language.on_user_saved, sender=get_user_model())
        # The review workflow and its task are stored in English, shown translated.
        for model in {Workflow, Task, *get_task_types()}:
            post_init.connect(workflow.name_in_the_readers_language, sender=model)
            pre_save.connect(workflow.name_stored_in_english, sender=model)
