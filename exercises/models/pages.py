"""The exercise page: a step of a module, of one of the kinds configured in the admin.

One model and one table hold every kind's settings; what differs between the kinds
(checks, context, templates) lives in exercises/kinds/, asked through `exercise_kind`.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from course.blocks import ContentStreamBlock
from course.choices import DoneWhen
from course.models.pages import ContentPage, CourseStepMixin
from course.steps import StepRules
from exercises import kinds
from exercises.blocks import (
    BioRulesBlock,
    ExampleBioBlock,
    OutcomeBlock,
    PositionBlock,
    QuestionBlock,
    rules_from_stream,
)
from exercises.choices import AccountChoice, ExerciseKind


class ExercisePage(CourseStepMixin, StepRules, ContentPage):
    default_done_when = DoneWhen.SUBMITTED
    allowed_done_when = (DoneWhen.SUBMITTED, DoneWhen.MARKED)

    kind = models.CharField(
        _("kind"), max_length=20, choices=ExerciseKind.choices, default=ExerciseKind.BIO
    )
    intro = models.TextField(_("introduction"), blank=True, max_length=2000)
    instructions = StreamField(ContentStreamBlock(), verbose_name=_("instructions"), blank=True)
    peer_reviews = models.PositiveSmallIntegerField(
        _("peers to give feedback to"),
        default=3,
        validators=[MaxValueValidator(10)],
        help_text=_("How many peers' shared answers each learner is handed. 0: no peer feedback."),
    )

    # Bio
    char_limit = models.PositiveSmallIntegerField(
        _("character limit"),
        default=160,
        validators=[MinValueValidator(20), MaxValueValidator(2000)],
        help_text=_("Counted in Unicode code points after normalisation, as the platforms do."),
    )
    bio_rules = StreamField(
        BioRulesBlock(),
        verbose_name=_("checklist"),
        blank=True,
        help_text=_("The items that turn green as the learner types."),
    )
    example_bios = StreamField(
        [("example", ExampleBioBlock())], verbose_name=_("example bios"), blank=True
    )
    picture_question = models.CharField(
        _("question about the profile picture"),
        max_length=250,
        blank=True,
        help_text=_("Optional: asked under the bio, answered in a few lines."),
    )

    # One account or two
    questions = StreamField(
        [("question", QuestionBlock())], verbose_name=_("questions"), blank=True
    )
    outcomes = StreamField(
        [("outcome", OutcomeBlock())],
        verbose_name=_("results"),
        blank=True,
        help_text=_("One explanation for each possible recommendation, with testimonials."),
    )

    # Reflection
    prompt = models.TextField(_("prompt"), blank=True, max_length=2000)
    min_words = models.PositiveSmallIntegerField(_("minimum of words"), default=30)
    max_words = models.PositiveSmallIntegerField(
        _("maximum of words"), default=300, help_text=_("0: no maximum.")
    )
    positions = StreamField(
        [("position", PositionBlock())],
        verbose_name=_("positions"),
        blank=True,
        help_text=_(
            "Optional: the stands a learner can take. The class split shows after answering."
        ),
    )

    parent_page_types = ["course.ModulePage"]
    subpage_types = []
    template = "pages/exercise_page.html"

    search_fields = ContentPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("prompt"),
        index.FilterField("kind"),
    ]
    content_panels = ContentPage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("peer_reviews")]),
        FieldPanel("intro"),
        FieldPanel("instructions"),
        MultiFieldPanel(
            [
                FieldPanel("char_limit"),
                FieldPanel("bio_rules"),
                FieldPanel("example_bios"),
                FieldPanel("picture_question"),
            ],
            heading=_("Bio"),
            attrs={"data-exercise-kind": ExerciseKind.BIO},
        ),
        MultiFieldPanel(
            [FieldPanel("questions"), FieldPanel("outcomes")],
            heading=_("One account or two"),
            attrs={"data-exercise-kind": ExerciseKind.ONE_OR_TWO},
        ),
        MultiFieldPanel(
            [
                FieldPanel("prompt"),
                FieldRowPanel([FieldPanel("min_words"), FieldPanel("max_words")]),
                FieldPanel("positions"),
            ],
            heading=_("Reflection"),
            attrs={"data-exercise-kind": ExerciseKind.REFLECTION},
        ),
        *StepRules.step_rules_panels,
    ]

    class Meta:
        verbose_name = _("exercise")
        verbose_name_plural = _("exercises")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=ExerciseKind.values),
                name="exercises_page_kind_valid",
            ),
        ]

    def clean(self):
        super().clean()
        errors = self.exercise_kind.clean(self)
        if errors:
            raise ValidationError(errors)
        if self.max_words and self.min_words > self.max_words:
            raise ValidationError(
                {"max_words": _("The maximum must be at least the minimum of words.")}
            )

    @property
    def exercise_kind(self):
        """This page's kind (exercises/kinds/): what differs between kinds lives there."""
        return kinds.kind_of(self)

    @property
    def step_type_label(self):
        return self.get_kind_display()

    @cached_property
    def rules(self):
        return rules_from_stream(self.bio_rules)

    @property
    def position_choices(self) -> list[tuple[str, str]]:
        return [(block.id, block.value["label"]) for block in self.positions]

    def question_list(self) -> list[dict]:
        """The questions with stable keys: the block id of the question, the answer's index."""
        return [
            {
                "key": block.id,
                "question": block.value["question"],
                "answers": [
                    {
                        "index": index,
                        "text": answer["text"],
                        "one": answer["one"],
                        "two": answer["two"],
                        "organisation": answer["organisation"],
                        "reason": answer["reason"],
                    }
                    for index, answer in enumerate(block.value["answers"])
                ],
            }
            for block in self.questions
        ]

    def outcome_for(self, choice: str):
        for block in self.outcomes:
            if block.value["choice"] == choice:
                return block.value
        return None

    def account_choice_label(self, choice: str) -> str:
        return AccountChoice(choice).label if choice in AccountChoice.values else ""

    def get_context(self, request, *args, form_state=None, **kwargs):
        # The learner's page reads the submissions (models of this app): imported on use.
        from exercises import learner_page

        context = super().get_context(request, *args, **kwargs)
        state = form_state or learner_page.FormState()
        context.update(learner_page.exercise_context(self, request, context, state))
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from exercises import learner_page

            return learner_page.post_to_exercise(self, request)
        if request.method not in ("GET", "HEAD"):
            raise Http404
        return super().serve(request, *args, **kwargs)
