"""What a step of a course requires: whether it counts, and what makes it done.

Every step page model (a lesson, a testimonial, an exercise, a quiz, a practice
timeline) mixes in `StepRules`. Its two fields are the trainer's choice for one step:
- `required`: an optional step shows as such in the outline and never holds back the
  certificate;
- `done_when`: what makes the step done (course.choices.DoneWhen); blank means the step
  type's own rule (`default_done_when`), so that a step keeps its type's rule until a
  trainer chooses another (the admin's select offers blank first, as "Usual: ...").

A step type says which rules make sense for it (`allowed_done_when`) and whether it
has a score that counts toward the certificate's minimum average (`scored`).

Course cannot import the apps that add step types (exercises, quizzes, practice): the
queries below find the step models through the app registry (every concrete subclass
of StepRules), never by name.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from course.choices import DoneWhen


class DoneWhenPanel(FieldPanel):
    """The "done when" choice with only the rules the page's step type allows; hidden for a
    step type that has one rule (a lesson is always marked done by the learner)."""

    def get_form_options(self):
        if len(getattr(self.model, "allowed_done_when", ())) < 2:
            return {}
        return super().get_form_options()

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            model = self.panel.model
            field = self.form.fields.get(self.field_name) if self.form is not None else None
            if field is not None:
                usual = DoneWhen(model.default_done_when).label
                field.choices = [("", _("Usual: %(rule)s") % {"rule": usual})] + [
                    (value, DoneWhen(value).label) for value in model.allowed_done_when
                ]


class StepRules(models.Model):
    required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_(
            "Untick for an optional step: learners can get the certificate without doing it."
        ),
    )
    done_when = models.CharField(
        _("done when"),
        max_length=20,
        blank=True,
        choices=DoneWhen.choices,
        help_text=_(
            "The first choice keeps this type of step's usual rule; choose another for this "
            "step alone."
        ),
    )

    default_done_when: str = DoneWhen.MARKED
    allowed_done_when: tuple[str, ...] = (DoneWhen.MARKED,)
    # A scored step's score counts toward the course's minimum average (quizzes).
    scored: bool = False

    step_rules_panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("required"), DoneWhenPanel("done_when")])],
            heading=_("Completion"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def completion_rule(self) -> str:
        return self.done_when or self.default_done_when

    @property
    def is_marked_by_learner(self) -> bool:
        return self.completion_rule == DoneWhen.MARKED

    def clean(self):
        super().clean()
        if self.done_when and self.done_when not in self.allowed_done_when:
            allowed = ", ".join(str(DoneWhen(value).label) for value in self.allowed_done_when)
            raise ValidationError(
                {
                    "done_when": _("This type of step can be done only when: %(allowed)s.")
                    % {"allowed": allowed}
                }
            )


def chosen_rule():
    """An annotation of a step's `done_when` (blank: its type's rule), whatever its model."""
    return Coalesce(
        *[
            Subquery(model.objects.filter(pk=OuterRef("pk")).values("done_when")[:1])
            for model in step_models()
        ],
        Value(""),
        output_field=models.CharField(),
    )


def marked_by_learner(page) -> bool:
    """Whether the learner marks `page` done themselves; `page` carries the `chosen_rule`
    annotation as `done_when`."""
    model = page.specific_class
    if model is None or not issubclass(model, StepRules):
        return False
    return (page.done_when or model.default_done_when) == DoneWhen.MARKED


def step_models() -> list[type[StepRules]]:
    """Every concrete step page model of the installed apps."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, StepRules) and not model._meta.abstract
    ]


def optional_q(pk_ref: str = "pk") -> Q:
    """Matches the pages (by `pk_ref`) that are optional steps: one EXISTS per step model."""
    query = Q(pk__in=[])
    for model in step_models():
        query |= Q(Exists(model.objects.filter(pk=OuterRef(pk_ref), required=False)))
    return query


def scored_q(pk_ref: str = "pk") -> Q | None:
    """Matches the pages that are scored steps (a quiz), or None when no step type is scored."""
    query = None
    for model in step_models():
        if model.scored:
            exists = Q(Exists(model.objects.filter(pk=OuterRef(pk_ref))))
            query = exists if query is None else query | exists
    return query
