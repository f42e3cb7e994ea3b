"""Reflection: a prompt answered in a number of words, a stand among positions, and
how the class split once submitted."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from exercises import rules, services
from exercises.choices import ExerciseKind
from exercises.kinds import register
from exercises.kinds.base import ExerciseKindBase


@register
class Reflection(ExerciseKindBase):
    value = ExerciseKind.REFLECTION
    label = ExerciseKind.REFLECTION.label
    form_title = gettext_lazy("Your answer")
    form_template = "exercises/kinds/reflection/form.html"
    result_template = "exercises/kinds/reflection/result.html"

    def clean(self, page) -> dict:
        if not page.prompt.strip():
            return {"prompt": _("A reflection needs its prompt.")}
        return {}

    def problems(self, page, answer) -> list[str]:
        problems = []
        count, too_short, too_long = rules.check_word_range(
            answer.text, page.min_words, page.max_words
        )
        if too_short:
            problems.append(
                _("Your answer has %(count)d words; write at least %(minimum)d.")
                % {"count": count, "minimum": page.min_words}
            )
        if too_long:
            problems.append(
                _("Your answer has %(count)d words; the maximum is %(maximum)d.")
                % {"count": count, "maximum": page.max_words}
            )
        if page.positions and not answer.stand:
            problems.append(_("Take a stand: choose one of the positions."))
        return problems

    def form_context(self, page, answer) -> dict:
        return {"word_count": rules.word_count(answer.text)}

    def result_context(self, page, last_version, session_id) -> dict:
        if not page.positions:
            return {}
        return {
            "distribution": services.class_distribution(page, session_id),
            "stand_label": dict(page.position_choices).get(last_version.stand, ""),
        }
