"""Write your bio: a counter, a live checklist and examples; one text and a question
about the profile picture."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from exercises import rules
from exercises.choices import ExerciseKind
from exercises.kinds import register
from exercises.kinds.base import ExerciseKindBase


def bio_too_long_message(length: int, limit: int) -> str:
    return _(
        "Your bio is %(length)d characters long; the limit is %(limit)d. "
        "Shorten it, then submit again: your draft is kept."
    ) % {"length": length, "limit": limit}


def live_rules(page) -> dict:
    """What static/js/exercises.js needs to give the same feedback as the server."""
    return {
        "limit": page.char_limit,
        "rules": [
            {
                "check": r.check,
                "label": r.label,
                "phrases": r.phrases,
                "maximum": r.maximum,
                "only_with_organisation": r.only_with_organisation,
            }
            for r in page.rules
        ],
    }


@register
class Bio(ExerciseKindBase):
    value = ExerciseKind.BIO
    label = ExerciseKind.BIO.label
    form_title = gettext_lazy("Your bio")
    intro_template = "exercises/kinds/bio/examples.html"
    form_template = "exercises/kinds/bio/form.html"
    result_template = "exercises/kinds/bio/result.html"

    def problems(self, page, answer) -> list[str]:
        length = rules.text_length(answer.text)
        if not length:
            return [_("Write your bio before you submit it.")]
        if not rules.words(answer.text):
            # Emoji, hashtags' signs or punctuation alone say nothing of who one is.
            return [_("Your bio has no words yet: say in words who you are, then submit again.")]
        if length > page.char_limit:
            return [bio_too_long_message(length, page.char_limit)]
        return []

    def form_context(self, page, answer) -> dict:
        return {
            "feedback": rules.check_bio(answer.text, page.rules, page.char_limit),
            "live_rules": live_rules(page),
        }
