from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    name = "discussions"
    verbose_name = _("Discussions")

    def ready(self):
        from accounts import privacy
        from discussions import privacy as comments_privacy
        from discussions.templatetags import discussions_tags  # noqa: F401 - a page's parts

        privacy.register(
            "comments",
            comments_privacy.export,
            comments_privacy.erase,
            ("discussions.Comment.author",),
        )
        privacy.register(
            "reports",
            comments_privacy.export_reports,
            comments_privacy.erase_reports,
            ("discussions.CommentReport.reporter",),
        )
        privacy.register(
            "followed_discussions",
            comments_privacy.export_follows,
            comments_privacy.erase_follows,
            ("discussions.ThreadFollow.user",),
        )
