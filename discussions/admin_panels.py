"""The moderation screen's context panel: who wrote the comment, where it stands,
every report on it and the history of decisions.

Who the author is for trainers (their learner page) is not this app's business: an
app that knows registers the `discussions_author_admin_url` hook, a function that
takes a user and returns an admin URL (or None). Without it, the email is shown alone.
"""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.panels import Panel
from wagtail.log_actions import registry as log_registry

from discussions import access
from discussions.moderation import DECISION_ACTIONS

AUTHOR_URL_HOOK = "discussions_author_admin_url"


def author_admin_url(user) -> str | None:
    for hook in hooks.get_hooks(AUTHOR_URL_HOOK):
        url = hook(user)
        if url:
            return url
    return None


def _live_target(comment):
    target = comment.target
    if target is None or getattr(target, "live", True) is False:
        return None, target
    return target, target


def moderation_context(comment) -> dict:
    live_target, target = _live_target(comment)
    page_admin_url = None
    if target is not None and hasattr(target, "get_admin_display_title"):
        page_admin_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    parent = comment.parent
    return {
        "comment": comment,
        "author": comment.author,
        "author_url": author_admin_url(comment.author) if comment.author else None,
        "target": target,
        "target_title": getattr(target, "title", "") if target is not None else "",
        "page_url": access.target_url(live_target) if live_target is not None else None,
        "page_admin_url": page_admin_url,
        "thread_url": (
            access.thread_url(live_target, comment.anchor) if live_target is not None else None
        ),
        "permalink": comment.get_absolute_url() if live_target is not None else None,
        "parent": parent,
        "parent_moderation_url": (
            reverse("wagtailsnippets_discussions_comment:edit", args=[parent.pk])
            if parent is not None
            else None
        ),
        "reports": list(comment.reports.select_related("reporter").order_by("created_at", "pk")),
        "decisions": list(
            log_registry.get_logs_for_instance(comment)
            .filter(action__in=DECISION_ACTIONS)
            .select_related("user")
            .order_by("-timestamp", "-pk")
        ),
    }


class ModerationContextPanel(Panel):
    """Read-only: nothing in it is part of the form."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "discussions/admin/moderation_context.html"

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(moderation_context(self.instance))
            return context
