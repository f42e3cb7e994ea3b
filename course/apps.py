from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CourseConfig(AppConfig):
    name = "course"
    verbose_name = _("Courses")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail import signals
        from wagtail.models import PageViewRestriction

        from accounts import privacy
        from course import outline_cache
        from course import privacy as course_privacy

        privacy.register(
            "courses", course_privacy.export, course_privacy.erase, ("course.Enrollment.user",)
        )

        # Any page saved (a publish, an unpublish, a new child), moved or deleted may
        # change an outline: every process drops its copy.
        post_save.connect(outline_cache.invalidate_for_page, dispatch_uid="outline-page-saved")
        post_delete.connect(outline_cache.invalidate_for_page, dispatch_uid="outline-page-deleted")
        signals.post_page_move.connect(outline_cache.invalidate, dispatch_uid="outline-page-moved")
        privacy.register(
            "certificate_log",
            course_privacy.export_certificate_log,
            course_privacy.erase_certificate_log,
        )
        # Page privacy is kept beside the outline (course/restrictions.py): setting,
        # changing or removing it, or its groups, drops every process's copy too.
        for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(
                outline_cache.invalidate_now_and_after_commit,
                sender=PageViewRestriction,
                dispatch_uid=f"outline-view-restriction-{name}",
            )
        m2m_changed.connect(
            outline_cache.invalidate_now_and_after_commit,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="outline-view-restriction-groups",
        )
