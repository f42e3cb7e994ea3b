from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticeConfig(AppConfig):
    name = "practice"
    verbose_name = _("Practice timeline")

    def ready(self):
        from accounts import privacy
        from practice import privacy as practice_privacy

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
