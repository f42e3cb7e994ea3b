"""The learners of a course: progress, last activity, where they are, certificate.

One row per active enrolment. Progress and the current module come from
correlated subqueries, so a page of the report costs the same few queries
whether the course has ten learners or ten thousand.
"""

import datetime

import django_filters
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.models import Page

from course.models import Completion, CoursePage, CourseSession, Enrollment, ModulePage
from trainers.reports.exports import TrainerReportView

INACTIVE_AFTER = datetime.timedelta(days=14)


class ProgressBand:
    NOT_STARTED = "not_started"
    UNDER_HALF = "under_half"
    HALF_OR_MORE = "half_or_more"
    COMPLETED = "completed"

    choices = [
        (NOT_STARTED, _("Not started")),
        (UNDER_HALF, _("Less than half done")),
        (HALF_OR_MORE, _("Half done or more")),
        (COMPLETED, _("Completed")),
    ]


def annotate_progress(enrollments):
    """Add done_steps, total_steps and next_step_path to each enrolment."""
    steps = Page.objects.filter(
        live=True,
        depth=OuterRef("session__course__depth") + 2,
        path__startswith=OuterRef("session__course__path"),
    )
    total = steps.order_by().values("depth").annotate(n=Count("pk")).values("n")
    done = (
        Completion.objects.filter(
            enrollment_id=OuterRef("pk"),
            page__live=True,
            page__depth=OuterRef("session__course__depth") + 2,
            page__path__startswith=OuterRef("session__course__path"),
        )
        .order_by()
        .values("enrollment_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    next_step = (
        Page.objects.filter(
            live=True,
            depth=OuterRef("session__course__depth") + 2,
            path__startswith=OuterRef("session__course__path"),
        )
        .exclude(
            Exists(
                Completion.objects.filter(
                    enrollment_id=OuterRef(OuterRef("pk")), page_id=OuterRef("pk")
                )
            )
        )
        .order_by("path")
        .values("path")[:1]
    )
    return enrollments.annotate(
        total_steps=Coalesce(Subquery(total, output_field=IntegerField()), Value(0)),
        done_steps=Coalesce(Subquery(done, output_field=IntegerField()), Value(0)),
        next_step_path=Subquery(next_step),
    )


def progress_percent(done: int, total: int) -> int:
    return round(100 * done / total) if total else 0


class LearnersFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        label=_("Course"),
        field_name="session__course",
        queryset=CoursePage.objects.order_by("path"),
        empty_label=_("All courses"),
    )
    session = django_filters.ModelChoiceFilter(
        label=_("Session"),
        queryset=CourseSession.objects.select_related("course").order_by("-starts_on"),
        empty_label=_("All sessions"),
    )
    progress = django_filters.ChoiceFilter(
        label=_("Progress"),
        choices=ProgressBand.choices,
        method="filter_progress",
        empty_label=_("Any progress"),
    )
    inactive = django_filters.BooleanFilter(
        label=_("No activity for two weeks"), method="filter_inactive"
    )

    class Meta:
        model = Enrollment
        fields = ["course", "session", "progress", "inactive"]

    def filter_progress(self, queryset, name, value):
        if value == ProgressBand.NOT_STARTED:
            return queryset.filter(done_steps=0, completed_at__isnull=True)
        if value == ProgressBand.COMPLETED:
            return queryset.filter(completed_at__isnull=False)
        # Compare twice the steps done with the total: whole numbers, no rounding.
        queryset = queryset.filter(completed_at__isnull=True, done_steps__gt=0).alias(
            twice_done=F("done_steps") * 2
        )
        if value == ProgressBand.UNDER_HALF:
            return queryset.filter(twice_done__lt=F("total_steps"))
        return queryset.filter(twice_done__gte=F("total_steps"))

    def filter_inactive(self, queryset, name, value):
        if value is None:
            return queryset
        stale = Q(last_activity_at__lt=timezone.now() - INACTIVE_AFTER) | Q(
            last_activity_at__isnull=True
        )
        return queryset.filter(stale) if value else queryset.exclude(stale)


class LearnersReportView(TrainerReportView):
    page_title = _("Learners")
    header_icon = "group"
    index_url_name = "trainers_reports:learners"
    index_results_url_name = "trainers_reports:learners_results"
    filterset_class = LearnersFilterSet
    default_ordering = "-last_activity_at"
    verbose_name_plural = _("learners")
    columns = [
        Column("learner_name", label=_("Learner")),
        Column("learner_email", label=_("Email")),
        Column("session_title", label=_("Session")),
        Column("progress_label", label=_("Progress"), sort_key="done_steps"),
        DateColumn("last_activity_at", label=_("Last activity"), sort_key="last_activity_at"),
        Column("current_module", label=_("Current module")),
        Column("certificate", label=_("Certificate")),
        DateColumn("enrolled_at", label=_("Enrolled"), sort_key="enrolled_at"),
    ]
    list_export = [
        "learner_name",
        "learner_email",
        "session_title",
        "progress_percent",
        "done_steps",
        "total_steps",
        "last_activity_at",
        "current_module",
        "certificate",
        "enrolled_at",
    ]
    export_headings = {
        "learner_name": _("Learner"),
        "learner_email": _("Email"),
        "session_title": _("Session"),
        "progress_percent": _("Progress (%)"),
        "done_steps": _("Steps done"),
        "total_steps": _("Steps"),
        "last_activity_at": _("Last activity"),
        "current_module": _("Current module"),
        "certificate": _("Certificate"),
        "enrolled_at": _("Enrolled"),
    }

    def get_filename(self):
        return f"learners-{timezone.localdate():%Y-%m-%d}"

    def get_base_queryset(self):
        enrollments = (
            Enrollment.objects.active()
            .select_related("user", "session")
            .only(
                "pk",
                "enrolled_at",
                "last_activity_at",
                "completed_at",
                "certificate_code",
                "user__email",
                "user__display_name",
                "user__first_name",
                "user__last_name",
                "session__title",
            )
        )
        return annotate_progress(enrollments)

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        # A stable order whatever the chosen column, so that pages never overlap.
        return queryset.order_by(*queryset.query.order_by, "pk")

    @cached_property
    def module_titles(self) -> dict[str, str]:
        """Every module's title by its tree path: one query for the whole report."""
        return dict(ModulePage.objects.values_list("path", "title"))

    def decorate(self, enrollment):
        enrollment.learner_name = enrollment.user.get_public_name()
        enrollment.learner_email = enrollment.user.email
        enrollment.session_title = enrollment.session.title
        enrollment.progress_percent = progress_percent(
            enrollment.done_steps, enrollment.total_steps
        )
        enrollment.progress_label = (
            f"{enrollment.progress_percent} % ({enrollment.done_steps}/{enrollment.total_steps})"
        )
        path = enrollment.next_step_path
        if path:
            module_path = path[: len(path) - Page.steplen]
            enrollment.current_module = self.module_titles.get(module_path, "")
        else:
            enrollment.current_module = ""
        enrollment.certificate = enrollment.certificate_code if enrollment.completed_at else ""
        return enrollment

    def paginate_queryset(self, queryset, page_size):
        # Decorated before the table is built from the page (ReportView decorates after).
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = [self.decorate(enrollment) for enrollment in object_list]
        return paginator, page, page.object_list, is_paginated

    def export_rows(self, queryset):
        return (self.decorate(enrollment) for enrollment in super().export_rows(queryset))
