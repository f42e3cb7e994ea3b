"""The project's own glue: what replaces the content generation (config/generations.py)."""

from django.apps import AppConfig


class ProjectConfig(AppConfig):
    name = "config"
    label = "project"
    verbose_name = "Gazouillis project"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail import signals
        from wagtail.models import ModelLogEntry, PageViewRestriction

        from config import generations

        # Any page saved (a publish, an unpublish, a new child), moved or deleted may
        # change a page, a menu, a list or an outline.
        for name in ("page_published", "page_unpublished", "page_slug_changed", "post_page_move"):
            getattr(signals, name).connect(generations.bump, dispatch_uid=f"generation-{name}")
        post_save.connect(generations.bump_for_page, dispatch_uid="generation-page-saved")
        post_delete.connect(generations.bump_for_page, dispatch_uid="generation-page-deleted")
        # Page privacy is kept by each process (course/restrictions.py): setting,
        # changing or removing it, or its groups, drops every process's copy too.
        for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(
                generations.bump_now_and_after_commit,
                sender=PageViewRestriction,
                dispatch_uid=f"generation-view-restriction-{name}",
            )
        m2m_changed.connect(
            generations.bump_now_and_after_commit,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="generation-view-restriction-groups",
        )
        # A moderator's decision (discussions/moderation.py) is written to Wagtail's
        # log: a hidden or removed comment leaves the stored pages at once.
        post_save.connect(
            _bump_for_moderation, sender=ModelLogEntry, dispatch_uid="generation-moderation"
        )


def _bump_for_moderation(sender, instance, created, **kwargs) -> None:
    from config import generations

    if created and instance.action.startswith("discussions."):
        generations.bump()
