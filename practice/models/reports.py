"""Learners' reports of timeline posts, as the discussions' comment reports.

The reasons are the discussions' (`ReportReason`); the rule is theirs too: once
`DISCUSSIONS_REPORTS_TO_HOLD` open reports are on a post, it is hidden from the
learners until a trainer decides (practice/moderation.py). A report is kept after the
decision, marked as dealt with.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from discussions.models import Report, ReportReason


class PostReport(Report):
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
