from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    name = "discussions"
    verbose_name = _("Discussions")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_delete, post_save

        from accounts import privacy
        from discussions import privacy as comments_privacy
        from discussions import thread_html
        from discussions.models import Comment
        from discussions.templatetags import discussions_tags  # noqa: F401 - a page's parts

        # A thread's shared HTML (discussions/thread_html.py) is dropped when one of its
        # comments or an author's name changes; bulk updates call comments_changed.
        for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(
                thread_html.comment_saved, sender=Comment, dispatch_uid=f"thread-comment-{name}"
            )
        post_save.connect(
            thread_html.author_saved, sender=get_user_model(), dispatch_uid="thread-author-saved"
        )
        post_delete.connect(
            thread_html.author_deleted,
            sender=get_user_model(),
            dispatch_uid="thread-author-deleted",
        )
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
