"""Quizzes: how the quizzes of the trainer's courses are answered, and one quiz in detail.

The report lists the quizzes of the courses the trainer may edit with their submitted
attempts, the learners who tried them and the attempts' average score; each quiz opens
its statistics (`QuizStatsView`): per question the share of right answers and of each
choice, and the attempts' scores by tenths, as tables whose bars are drawn beside the
numbers (the numbers are the text, the bars decoration).

Only the attempts of the course's learners count (a trainer trying a quiz is not a
learner). The database counts: a page of the report, or one quiz's statistics, costs the
same few queries whatever the number of learners (quiz_stats.py shapes the counts).
"""

from django.db.models import Avg, Count, Q
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from course.models import CoursePage, Enrolment
from quizzes.models import QuizAttempt, QuizPage, QuizResponse
from trainers.follow.access import followed_course_ids, require_follower
from trainers.reports.base import TrainerReportView
from trainers.reports.quiz_stats import TENTHS, question_stats, score_bands


def stats_url(quiz) -> str:
    return reverse("trainers_reports:quiz_stats", args=[quiz.pk])


def course_paths(course_ids) -> dict[str, str]:
    """Each followed course's tree path and title: one query."""
    return dict(CoursePage.objects.filter(pk__in=course_ids).values_list("path", "title"))


def in_courses(paths) -> Q:
    """The pages under any of these courses (nothing when there is none)."""
    where = Q(pk__in=[])
    for path in paths:
        where |= Q(path__startswith=path)
    return where


def learners_attempts(course_ids):
    """Attempts by learners of these courses (left ones included: their answers were given)."""
    learners = Enrolment.objects.filter(session__course_id__in=course_ids).values("user_id")
    return QuizAttempt.objects.filter(user_id__in=learners)


def attempt_figures(attempts) -> dict:
    """Submitted attempts, learners who tried, average score and the counts by tenths."""
    submitted = Q(submitted_at__isnull=False)
    tenths = {
        f"tenth_{band}": Count(
            "pk",
            filter=submitted
            & Q(score__gte=band * TENTHS)
            & (Q(score__lt=band * TENTHS + TENTHS) if band < TENTHS - 1 else Q()),
        )
        for band in range(TENTHS)
    }
    return attempts.aggregate(
        attempts=Count("pk", filter=submitted),
        learners=Count("user_id", distinct=True),
        average=Avg("score", filter=submitted),
        **tenths,
    )


class QuizzesReportView(TrainerReportView):
    page_title = gettext_lazy("Quiz results")
    header_icon = "tick-inverse"
    default_ordering = "path"
    export_filename = "quizzes"
    verbose_name_plural = gettext_lazy("quizzes")
    columns = [
        TitleColumn(
            "title", label=gettext_lazy("Quiz"), get_url=stats_url, classname="trainers-quiz-title"
        ),
        Column("course_title", label=gettext_lazy("Course")),
        Column("question_count", label=gettext_lazy("Questions")),
        Column("attempt_count", label=gettext_lazy("Submitted attempts")),
        Column("learner_count", label=gettext_lazy("Learners who tried")),
        Column("average_label", label=gettext_lazy("Average score")),
    ]
    export_headings = {
        "title": gettext_lazy("Quiz"),
        "course_title": gettext_lazy("Course"),
        "question_count": gettext_lazy("Questions"),
        "attempt_count": gettext_lazy("Submitted attempts"),
        "learner_count": gettext_lazy("Learners who tried"),
        "average_score": gettext_lazy("Average score (%)"),
        "stats_url": gettext_lazy("Statistics link"),
    }

    @cached_property
    def course_ids(self) -> list[int]:
        return followed_course_ids(self.request.user)

    @cached_property
    def courses(self) -> dict[str, str]:
        return course_paths(self.course_ids)

    def get_base_queryset(self):
        return QuizPage.objects.filter(in_courses(self.courses)).only(
            "pk", "title", "path", "depth", "questions"
        )

    def decorate(self, quizzes: list) -> list:
        """Each quiz's figures, in one query for the page of rows."""
        figures = {
            row["page_id"]: row
            for row in learners_attempts(self.course_ids)
            .filter(page_id__in=[quiz.pk for quiz in quizzes])
            .values("page_id")
            .annotate(
                attempts=Count("pk", filter=Q(submitted_at__isnull=False)),
                learners=Count("user_id", distinct=True),
                average=Avg("score", filter=Q(submitted_at__isnull=False)),
            )
            .order_by()
        }
        for quiz in quizzes:
            row = figures.get(quiz.pk, {})
            quiz.course_title = next(
                (title for path, title in self.courses.items() if quiz.path.startswith(path)), ""
            )
            quiz.question_count = len(quiz.questions.raw_data)
            quiz.attempt_count = row.get("attempts", 0)
            quiz.learner_count = row.get("learners", 0)
            average = row.get("average")
            quiz.average_score = round(average) if average is not None else None
            quiz.average_label = f"{quiz.average_score} %" if average is not None else "\u2013"
            quiz.stats_url = self.request.build_absolute_uri(stats_url(quiz))
        return quizzes


class QuizStatsView(WagtailAdminTemplateMixin, TemplateView):
    """One quiz: attempts, the scores by tenths, each question and each of its options."""

    template_name = "trainers/admin/quiz_stats.html"
    header_icon = "tick-inverse"

    def dispatch(self, request, *args, **kwargs):
        require_follower(request.user)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def course_ids(self) -> list[int]:
        return followed_course_ids(self.request.user)

    @cached_property
    def quiz(self) -> QuizPage:
        courses = course_paths(self.course_ids)
        quiz = QuizPage.objects.filter(in_courses(courses), pk=self.kwargs["page_id"]).first()
        if quiz is None:
            raise Http404
        return quiz

    def get_page_title(self):
        return self.quiz.title

    def get_page_subtitle(self):
        return _("Question statistics")

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("trainers_reports:quizzes"), "label": _("Quiz results")},
            {"url": "", "label": self.quiz.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        attempts = learners_attempts(self.course_ids).filter(page=self.quiz)
        figures = attempt_figures(attempts)
        answers = (
            QuizResponse.objects.filter(attempt__in=attempts)
            .values_list("question_id", "answer", "correct")
            .annotate(count=Count("pk"))
            .order_by()
        )
        average = figures["average"]
        context.update(
            quiz=self.quiz,
            attempts=figures["attempts"],
            learners=figures["learners"],
            average=round(average) if average is not None else None,
            bands=score_bands({band: figures[f"tenth_{band}"] for band in range(TENTHS)}),
            questions=question_stats(self.quiz.questions, answers),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.quiz.pk]),
        )
        return context
