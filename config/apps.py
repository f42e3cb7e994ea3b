"""The project's own glue: connects the visitor page cache to Wagtail's publishing signals."""

from django.apps import AppConfig


class ProjectConfig(AppConfig):
    name = "config"
    label = "project"
    verbose_name = "Gazouillis project"

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail import signals
        from wagtail.models import Page

        from config.pagecache import invalidate

        for name in ("page_published", "page_unpublished", "page_slug_changed", "post_page_move"):
            getattr(signals, name).connect(invalidate, dispatch_uid=f"pagecache-{name}")
        post_delete.connect(invalidate, sender=Page, dispatch_uid="pagecache-page-deleted")
