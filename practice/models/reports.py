"""Learners' reports of timeline posts, as the discussions' comment reports.

The reasons are the discussions' (`ReportReason`); the rule is theirs too: once
`DISCUSSIONS_REPORTS_TO_HOLD` open reports are on a post, it is hidden from the
learners until a trainer decides (practice/moderation.py). A report is kept after the
decision, marked as dealt with.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from discussions.models import ReportReason


class PostReportQuerySet(models.QuerySet):
    def open(self):
        """Reports no trainer has decided on yet."""
        return self.filter(resolved_at__isnull=True)


class PostReport(models.Model):
    wagtail_reference_index_ignore = True

    post = models.ForeignKey(
        "practice.Post", on_delete=models.CASCADE, related_name="reports", verbose_name=_("post")
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="practice_reports",
        verbose_name=_("reported by"),
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    details = models.TextField(_("details"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    resolved_at = models.DateTimeField(_("dealt with"), null=True, blank=True, editable=False)

    objects = PostReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("post report")
        verbose_name_plural = _("post reports")
        constraints = [
            models.UniqueConstraint(fields=["post", "reporter"], name="practice_report_once"),
            models.CheckConstraint(
                condition=models.Q(reason__in=ReportReason.values),
                name="practice_report_reason_valid",
            ),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} (#{self.post_id})"
