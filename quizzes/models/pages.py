"""The quiz page: a step of a module whose questions learners answer to check what
they understood. The learner's side (context and posts) is quizzes/learner_page.py."""

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from course.choices import DoneWhen
from course.models.pages import ContentPage, CourseStepMixin
from course.steps import StepRules
from quizzes.blocks import QuestionStreamBlock
from quizzes.choices import CountedAttempt

MAX_ATTEMPTS = 20


class QuizPage(CourseStepMixin, StepRules, ContentPage):
    default_done_when = DoneWhen.QUIZ_PASSED
    allowed_done_when = (DoneWhen.QUIZ_PASSED, DoneWhen.MARKED)
    scored = True

    intro = models.TextField(_("introduction"), blank=True, max_length=2000)
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"), blank=True)
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        default=0,
        validators=[MaxValueValidator(MAX_ATTEMPTS)],
        help_text=_("0: as many as the learner wants."),
    )
    show_answers_after_last = models.BooleanField(
        _("show the right answers after the last attempt"), default=True
    )
    counts = models.CharField(
        _("attempt that counts"),
        max_length=10,
        choices=CountedAttempt.choices,
        default=CountedAttempt.BEST,
    )
    pass_threshold = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MaxValueValidator(100)],
        help_text=_("The score (best or last attempt) from which the step is done."),
    )

    parent_page_types = ["course.ModulePage"]
    subpage_types = []
    template = "pages/quiz_page.html"

    search_fields = ContentPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("questions"),
    ]
    content_panels = ContentPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("questions"),
        *StepRules.step_rules_panels,
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("attempts_allowed"), FieldPanel("counts")]),
                FieldRowPanel(
                    [FieldPanel("pass_threshold"), FieldPanel("show_answers_after_last")]
                ),
            ],
            heading=_("Attempts and score"),
        ),
        *ContentPage.settings_panels,
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        constraints = [
            models.CheckConstraint(
                condition=Q(counts__in=CountedAttempt.values), name="quizzes_page_counts_valid"
            ),
            models.CheckConstraint(
                condition=Q(pass_threshold__lte=100), name="quizzes_page_threshold_range"
            ),
            models.CheckConstraint(
                condition=Q(attempts_allowed__lte=MAX_ATTEMPTS),
                name="quizzes_page_attempts_range",
            ),
        ]

    @property
    def step_type_label(self):
        return self._meta.verbose_name

    def get_context(self, request, *args, quiz_state=None, **kwargs):
        # The learner's side reads the attempts (models of this app): imported on use.
        from quizzes import learner_page

        context = super().get_context(request, *args, **kwargs)
        context.update(learner_page.quiz_context(self, request, context, quiz_state))
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from quizzes import learner_page

            return learner_page.post_to_quiz(self, request)
        if request.method not in ("GET", "HEAD"):
            raise Http404
        return super().serve(request, *args, **kwargs)
