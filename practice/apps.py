from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticeConfig(AppConfig):
    name = "practice"
    verbose_name = _("Practice timeline")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from accounts import privacy
        from course.models import Enrolment
        from practice import access
        from practice import privacy as practice_privacy

        # Leaving a session closes its timeline at once, not after ACCESS_SECONDS.
        for signal in (post_save, post_delete):
            signal.connect(
                access.forget_access_of_enrolment,
                sender=Enrolment,
                dispatch_uid=f"practice-access-{signal is post_save}",
            )

        privacy.register(
            "practice_posts",
            practice_privacy.export_posts,
            practice_privacy.erase_posts,
            ("practice.Post.author",),
        )
        privacy.register(
            "practice_likes",
            practice_privacy.export_likes,
            practice_privacy.erase_likes,
            ("practice.Like.user",),
        )
        privacy.register(
            "practice_mentions",
            practice_privacy.export_mentions,
            practice_privacy.erase_mentions,
            ("practice.Mention.user",),
        )
        privacy.register(
            "practice_reports",
            practice_privacy.export_reports,
            practice_privacy.erase_reports,
            ("practice.PostReport.reporter",),
        )
