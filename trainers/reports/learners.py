"""The learners of a course: progress, last activity, where they are, quiz score, certificate.

One row per active enrolment. The live steps of every course are read once;
each row's steps done is then one index lookup on its completions (a subquery
that filters and sorts can use), and the current module of a page of rows, or of
a batch of exported rows, comes from one more query. The average quiz score is the
certificate's (course/learning.py): the counted scores over the course's scored steps,
a missing one counting 0, summed by one more subquery per row. A page of the report costs
the same few queries whether the course has ten learners or ten thousand.
"""

import datetime
from dataclasses import dataclass

import django_filters
from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Page

from course.models import Completion, CoursePage, CourseSession, Enrolment, ModulePage, StepScore
from course.reachability import module_not_live
from course.steps import scored_q
from trainers.follow.access import followed_course_ids
from trainers.reports.base import TrainerReportView

INACTIVE_AFTER = datetime.timedelta(days=14)


class ProgressBand:
    """Where a learner is in the course's live steps today, whatever their certificate.

    A certificate is kept when steps are added afterwards (course/progress.py), so
    "completed" is read from the steps done, not from the certificate.
    """

    NOT_STARTED = "not_started"
    UNDER_HALF = "under_half"
    HALF_OR_MORE = "half_or_more"
    COMPLETED = "completed"

    choices = [
        (NOT_STARTED, _("Not started")),
        (UNDER_HALF, _("Less than half done")),
        (HALF_OR_MORE, _("Half done or more")),
        (COMPLETED, _("Every step done")),
    ]

    @classmethod
    def of(cls, done: int, total: int) -> str:
        """The band of `done` steps out of `total` (the filters say the same in SQL)."""
        if done == 0:
            return cls.NOT_STARTED
        if done >= total:
            return cls.COMPLETED
        return cls.UNDER_HALF if 2 * done < total else cls.HALF_OR_MORE


class Activity:
    INACTIVE = "inactive"
    ACTIVE = "active"

    choices = [
        (INACTIVE, _("No activity for two weeks")),
        (ACTIVE, _("Active in the last two weeks")),
    ]


def last_seen():
    """When a learner last did something: their last step, or their enrolment."""
    return Coalesce("last_activity_at", "enrolled_at")


@dataclass
class CourseSteps:
    """The reachable steps of every course, in course order: two queries for the whole report.

    Reachable as for the learner's own progress and the certificate (course/reachability.py).
    """

    by_course: dict[int, list[tuple[int, str]]]  # course id -> [(step id, step path)]

    @classmethod
    def load(cls) -> "CourseSteps":
        courses = list(CoursePage.objects.values_list("pk", "path", "depth"))
        by_course: dict[int, list[tuple[int, str]]] = {pk: [] for pk, _p, _d in courses}
        if courses:
            where = Q()
            for _pk, path, depth in courses:
                # What the learner's progress counts: no step under an unpublished module.
                step = Q(path__startswith=path, depth=depth + 2)
                where |= step & ~Q(module_not_live(depth + 2))
            steps = Page.objects.live().filter(where).order_by("path").values_list("pk", "path")
            for pk, path in steps:
                for course_id, course_path, _d in courses:
                    if path.startswith(course_path):
                        by_course[course_id].append((pk, path))
        return cls(by_course)

    @cached_property
    def all_ids(self) -> list[int]:
        return [pk for steps in self.by_course.values() for pk, _path in steps]

    def next_step_path(self, course_id: int, done: set[int]) -> str | None:
        return next(
            (path for pk, path in self.by_course.get(course_id, []) if pk not in done), None
        )


def annotate_progress(enrolments, steps: CourseSteps):
    """Add total_steps and done_steps (live steps of the enrolment's course) to each row.

    The step ids are known in advance, so each row costs one index lookup on its
    completions rather than a walk of the page tree.
    """
    total = Case(
        *[
            When(session__course_id=course_id, then=Value(len(course_steps)))
            for course_id, course_steps in steps.by_course.items()
        ],
        default=Value(0),
        output_field=IntegerField(),
    )
    done = (
        Completion.objects.filter(enrolment_id=OuterRef("pk"), page_id__in=steps.all_ids)
        .order_by()
        .values("enrolment_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return enrolments.annotate(
        total_steps=total,
        done_steps=Coalesce(Subquery(done, output_field=IntegerField()), Value(0)),
    )


def annotate_score_totals(enrolments, scored_ids: list[int]):
    """Add score_total: the sum of the learner's counted scores on the scored steps (quizzes).

    The certificate's minimum average reads the same scores (course/learning.py): the
    average is this total over the course's scored steps, a missing score counting 0.
    """
    total = (
        StepScore.objects.filter(enrolment_id=OuterRef("pk"), page_id__in=scored_ids)
        .order_by()
        .values("enrolment_id")
        .annotate(total=Sum("score"))
        .values("total")
    )
    return enrolments.annotate(
        score_total=Coalesce(Subquery(total, output_field=IntegerField()), Value(0))
    )


def average_score(total: int, scored_steps: int) -> int | None:
    """The average over the scored steps, rounded; None when the course has none."""
    return round(total / scored_steps) if scored_steps else None


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
    inactive = django_filters.ChoiceFilter(
        label=_("Activity"),
        choices=Activity.choices,
        method="filter_inactive",
        empty_label=_("Any activity"),
    )

    class Meta:
        model = Enrolment
        fields = ["course", "session", "progress", "inactive"]

    def filter_progress(self, queryset, name, value):
        # Whole numbers only (twice the steps done against the total), as ProgressBand.of.
        queryset = queryset.alias(twice_done=F("done_steps") * 2)
        if value == ProgressBand.NOT_STARTED:
            return queryset.filter(done_steps=0)
        if value == ProgressBand.COMPLETED:
            return queryset.filter(done_steps__gt=0, done_steps__gte=F("total_steps"))
        queryset = queryset.filter(done_steps__gt=0, done_steps__lt=F("total_steps"))
        if value == ProgressBand.UNDER_HALF:
            return queryset.filter(twice_done__lt=F("total_steps"))
        return queryset.filter(twice_done__gte=F("total_steps"))

    def filter_inactive(self, queryset, name, value):
        # Someone who enrolled a minute ago has not been inactive for two weeks.
        since = timezone.now() - INACTIVE_AFTER
        queryset = queryset.alias(last_seen=last_seen())
        if value == Activity.INACTIVE:
            return queryset.filter(last_seen__lt=since)
        if value == Activity.ACTIVE:
            return queryset.filter(last_seen__gte=since)
        return queryset


class LearnersReportView(TrainerReportView):
    page_title = _("Learners")
    header_icon = "group"
    filterset_class = LearnersFilterSet
    default_ordering = "-last_activity_at"
    export_filename = "learners"
    verbose_name_plural = _("learners")
    results_template_name = "trainers/admin/learners_report_results.html"
    # A search box over name and email: the ORM searches (enrolments are not indexed).
    is_searchable = True
    search_fields = [
        "user__display_name",
        "user__first_name",
        "user__last_name",
        "user__email",
    ]
    search_backend_name = None
    columns = [
        TitleColumn(
            "learner_name",
            label=_("Learner"),
            classname="trainers-learner-name",
            get_url=lambda enrolment: reverse("trainers_follow:learner", args=[enrolment.user_id]),
        ),
        Column("learner_email", label=_("Email")),
        Column("session_title", label=_("Session")),
        Column("progress_label", label=_("Progress"), sort_key="done_steps"),
        DateColumn("last_activity_at", label=_("Last activity"), sort_key="last_activity_at"),
        Column("current_module", label=_("Current module")),
        Column("score_label", label=_("Average quiz score")),
        Column("certificate", label=_("Certificate")),
        DateColumn("enrolled_at", label=_("Enrolled"), sort_key="enrolled_at"),
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
        "average_score": _("Average quiz score (%)"),
        "certificate": _("Certificate"),
        "enrolled_at": _("Enrolled"),
    }

    def get_header_buttons(self):
        return [
            HeaderButton(
                _("Enrol a learner"), url=reverse("trainers_follow:enrol"), icon_name="plus"
            ),
            *super().get_header_buttons(),
        ]

    def get_base_queryset(self):
        enrolments = (
            Enrolment.objects.active()
            # Only the learners of the courses this trainer may edit (trainers.follow.access).
            .filter(session__course_id__in=followed_course_ids(self.request.user))
            .select_related("user", "session")
            .only(
                "pk",
                "user_id",
                "enrolled_at",
                "last_activity_at",
                "completed_at",
                "certificate_code",
                "user__email",
                "user__display_name",
                "user__first_name",
                "user__last_name",
                "session__title",
                "session__course_id",
            )
        )
        return annotate_score_totals(
            annotate_progress(enrolments, self.course_steps), self.scored_step_ids
        )

    @cached_property
    def course_steps(self) -> CourseSteps:
        return CourseSteps.load()

    @cached_property
    def scored_step_ids(self) -> list[int]:
        """The reachable steps that are scored (quizzes), every course's: one query."""
        ids = self.course_steps.all_ids
        return list(Page.objects.filter(pk__in=ids).filter(scored_q()).values_list("pk", flat=True))

    @cached_property
    def scored_steps_by_course(self) -> dict[int, int]:
        scored = set(self.scored_step_ids)
        return {
            course_id: sum(1 for pk, _path in steps if pk in scored)
            for course_id, steps in self.course_steps.by_course.items()
        }

    @cached_property
    def module_titles(self) -> dict[str, str]:
        """Every module's title by its tree path: one query for the whole report."""
        return dict(ModulePage.objects.values_list("path", "title"))

    def decorate(self, enrolments: list) -> list:
        """Names, percentages and the current module (the one of the first step not done)."""
        done: dict[int, set[int]] = {enrolment.pk: set() for enrolment in enrolments}
        completions = Completion.objects.filter(
            enrolment_id__in=list(done), page_id__in=self.course_steps.all_ids
        ).values_list("enrolment_id", "page_id")
        for enrolment_id, page_id in completions:
            done[enrolment_id].add(page_id)
        for enrolment in enrolments:
            enrolment.learner_name = enrolment.user.get_public_name()
            enrolment.learner_email = enrolment.user.email
            enrolment.session_title = enrolment.session.title
            enrolment.progress_percent = progress_percent(
                enrolment.done_steps, enrolment.total_steps
            )
            enrolment.progress_label = (
                f"{enrolment.progress_percent} % ({enrolment.done_steps}/{enrolment.total_steps})"
            )
            path = self.course_steps.next_step_path(enrolment.session.course_id, done[enrolment.pk])
            enrolment.current_module = (
                self.module_titles.get(path[: -Page.steplen], "") if path else ""
            )
            enrolment.average_score = average_score(
                enrolment.score_total,
                self.scored_steps_by_course.get(enrolment.session.course_id, 0),
            )
            enrolment.score_label = (
                "\u2013" if enrolment.average_score is None else f"{enrolment.average_score} %"
            )
            enrolment.certificate = enrolment.certificate_code if enrolment.completed_at else ""
        return enrolments
