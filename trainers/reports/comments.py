"""Comments awaiting moderation: held by pre-moderation, or published and reported.

Each row links to the comment's moderation screen (the discussions app's
snippet viewset, where a trainer approves, hides or removes it) and says why it
was reported: each open report's reason, and in the export its details too.
"""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.models import Page

from course.models import CourseSession
from discussions.models import Comment, CommentReport, CommentStatus
from trainers.reports.exports import TrainerReportView
from trainers.reports.filters import of_session


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
    session = django_filters.ModelChoiceFilter(
        label=_("Session of the author"),
        queryset=CourseSession.objects.order_by("-starts_on"),
        method="filter_session",
        empty_label=_("All sessions"),
    )

    class Meta:
        model = Comment
        fields = ["waiting", "session"]

    def filter_waiting(self, queryset, name, value):
        if value == Waiting.HELD:
            return queryset.filter(status=CommentStatus.HELD)
        if value == Waiting.REPORTED:
            return queryset.filter(status=CommentStatus.PUBLISHED, report_count__gt=0)
        return queryset

    def filter_session(self, queryset, name, value):
        return of_session(queryset, "author_id", value)


class CommentsReportView(TrainerReportView):
    page_title = _("Comments awaiting moderation")
    header_icon = "comment"
    index_url_name = "trainers_reports:comments"
    index_results_url_name = "trainers_reports:comments_results"
    filterset_class = CommentsFilterSet
    default_ordering = "created_at"
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
    list_export = [
        "body",
        "author_name",
        "page_title",
        "status_label",
        "report_count",
        "report_reasons",
        "report_details",
        "created_at",
        "moderation_url",
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

    def get_filename(self):
        return f"comments-to-moderate-{timezone.localdate():%Y-%m-%d}"

    def get_base_queryset(self):
        return (
            Comment.objects.filter(deleted_at__isnull=True)
            .annotate(report_count=Count("reports", filter=Q(reports__resolved_at__isnull=True)))
            .filter(
                Q(status=CommentStatus.HELD) | Q(status=CommentStatus.PUBLISHED, report_count__gt=0)
            )
            .select_related("author")
        )

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "pk")

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

    def decorate(self, comments):
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

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = self.decorate(list(object_list))
        return paginator, page, page.object_list, is_paginated

    def export_rows(self, queryset):
        chunk = []
        for comment in super().export_rows(queryset):
            chunk.append(comment)
            if len(chunk) == 500:
                yield from self.decorate(chunk)
                chunk = []
        yield from self.decorate(chunk)
