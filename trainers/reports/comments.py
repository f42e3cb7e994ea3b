"""Comments awaiting moderation: held by pre-moderation, or published and reported.

Each row links to the comment's moderation screen (the discussions app's
snippet viewset, where a trainer approves, hides or removes it) and says why it
was reported: each open report's reason, and in the export its details too.
"""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.models import Page

from discussions.models import Comment, CommentReport, CommentStatus
from trainers.reports.base import TrainerReportView
from trainers.reports.filters import SessionOfPersonFilter


class Waiting:
    HELD = "held"
    REPORTED = "reported"

    choices = [(HELD, _("Held for moderation")), (REPORTED, _("Published and reported"))]


def reasons_summary(reports) -> str:
    """ "Spam or advertising (2), Off-topic": each reason once, with how many said it."""
    counts: dict[str, int] = {}
    labels: dict[str, str] = {}
    for report in reports:
        counts[report.reason] = counts.get(report.reason, 0) + 1
        labels[report.reason] = str(report.get_reason_display())
    return ", ".join(
        labels[reason] if count == 1 else f"{labels[reason]} ({count})"
        for reason, count in counts.items()
    )


class CommentsFilterSet(WagtailFilterSet):
    waiting = django_filters.ChoiceFilter(
        label=_("Why"), choices=Waiting.choices, method="filter_waiting", empty_label=_("Both")
    )
    session = SessionOfPersonFilter(label=_("Session of the author"), user_field="author_id")

    class Meta:
        model = Comment
        fields = ["waiting", "session"]

    def filter_waiting(self, queryset, name, value):
        if value == Waiting.HELD:
            return queryset.filter(status=CommentStatus.HELD)
        if value == Waiting.REPORTED:
            return queryset.filter(status=CommentStatus.PUBLISHED, report_count__gt=0)
        return queryset


class CommentsReportView(TrainerReportView):
    page_title = _("Comments awaiting moderation")
    header_icon = "comment"
    filterset_class = CommentsFilterSet
    default_ordering = "created_at"
    export_filename = "comments-to-moderate"
    verbose_name_plural = _("comments awaiting moderation")
    columns = [
        TitleColumn("excerpt", label=_("Comment"), get_url=lambda c: c.moderation_url),
        Column("author_name", label=_("Author")),
        Column("page_title", label=_("Page")),
        Column("status_label", label=_("Status")),
        Column("report_count", label=_("Reports"), sort_key="report_count"),
        Column("report_reasons", label=_("Reasons")),
        DateColumn("created_at", label=_("Date"), sort_key="created_at"),
    ]
    export_headings = {
        "body": _("Comment"),
        "author_name": _("Author"),
        "page_title": _("Page"),
        "status_label": _("Status"),
        "report_count": _("Reports"),
        "report_reasons": _("Reasons"),
        "report_details": _("Report details"),
        "created_at": _("Date"),
        "moderation_url": _("Moderation link"),
    }

    def get_base_queryset(self):
        return (
            Comment.objects.filter(deleted_at__isnull=True)
            .annotate(report_count=Count("reports", filter=Q(reports__resolved_at__isnull=True)))
            .filter(
                Q(status=CommentStatus.HELD) | Q(status=CommentStatus.PUBLISHED, report_count__gt=0)
            )
            .select_related("author")
        )

    def target_titles(self, comments) -> dict[tuple[int, int], str]:
        """What each comment is on: one query per kind of target, not per comment."""
        wanted: dict[int, set[int]] = {}
        for comment in comments:
            wanted.setdefault(comment.content_type_id, set()).add(comment.object_id)
        titles = {}
        for content_type_id, ids in wanted.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is None:
                continue
            if issubclass(model, Page):
                model = Page  # the title is on the base table: no join per page type
            found = model._default_manager.filter(pk__in=ids)
            for target in found:
                titles[(content_type_id, target.pk)] = getattr(target, "title", str(target))
        return titles

    def open_reports(self, comments) -> dict[int, list[CommentReport]]:
        """The open reports of these comments, in one query."""
        reports: dict[int, list[CommentReport]] = {}
        found = (
            CommentReport.objects.open()
            .filter(comment_id__in=[comment.pk for comment in comments])
            .order_by("created_at", "pk")
        )
        for report in found:
            reports.setdefault(report.comment_id, []).append(report)
        return reports

    def decorate(self, comments: list) -> list:
        titles = self.target_titles(comments)
        reports = self.open_reports(comments)
        for comment in comments:
            own = reports.get(comment.pk, [])
            comment.report_reasons = reasons_summary(own)
            comment.report_details = "\n".join(
                f"{report.get_reason_display()}: {report.details}"
                for report in own
                if report.details
            )
            comment.excerpt = str(comment)
            comment.page_title = titles.get(comment.thread_key.target_key, "")
            comment.status_label = comment.get_status_display()
            comment.moderation_url = reverse(
                "wagtailsnippets_discussions_comment:edit", args=[comment.pk]
            )
        return comments
