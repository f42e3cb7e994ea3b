"""One account or two: questions whose answers weigh towards a recommendation, the
learner agrees with it or not."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from exercises import rules
from exercises.choices import AccountChoice, Agreement, ExerciseKind
from exercises.kinds import register
from exercises.kinds.base import ExerciseKindBase


def chosen_answers(page, answers: dict) -> list[dict]:
    """The answers chosen ({question key: answer index}), in the questions' order."""
    chosen = []
    for question in page.question_list():
        index = answers.get(question["key"])
        if index is not None:
            chosen.append(question["answers"][index])
    return chosen


@register
class OneOrTwo(ExerciseKindBase):
    value = ExerciseKind.ONE_OR_TWO
    label = ExerciseKind.ONE_OR_TWO.label
    form_title = gettext_lazy("Your situation")
    form_template = "exercises/kinds/one_or_two/form.html"
    result_template = "exercises/kinds/one_or_two/result.html"

    def clean(self, page) -> dict:
        if not page.questions:
            return {"questions": _("Ask at least one question.")}
        return {}

    def problems(self, page, answer) -> list[str]:
        missing = len(page.question_list()) - len(answer.answers)
        if not missing:
            return []
        return [
            ngettext(
                "Answer the last question before you see the result.",
                "Answer the %(count)d remaining questions before you see the result.",
                missing,
            )
            % {"count": missing}
        ]

    def form_context(self, page, answer) -> dict:
        return {"questions": page.question_list()}

    def result_context(self, page, last_version, session_id) -> dict:
        if not last_version.choice:
            return {}
        choice = last_version.choice
        return {
            "recommendation": rules.recommend(chosen_answers(page, last_version.answers)),
            "choice_label": AccountChoice(choice).label,
            "outcome": page.outcome_for(choice),
            "other_outcomes": [
                {"label": AccountChoice(block.value["choice"]).label, "value": block.value}
                for block in page.outcomes
                if block.value["choice"] != choice and block.value["testimonials"]
            ],
            "agreement_choices": Agreement.choices,
        }

    def on_submit(self, page, submission) -> None:
        submission.choice = rules.recommend(chosen_answers(page, submission.answers)).choice
