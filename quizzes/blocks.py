"""The questions of a quiz, one StructBlock per question type, each with its template.

A question's identity is its stream child's block id, a choice's (or an item's) its
ListBlock item id: both are kept by Wagtail across revisions, so that a learner's
answers (QuizResponse) and the trainers' reports still point at the same question
after the quiz is edited. Each block checks in `clean()` that the question can be
answered and scored: enough choices, and as many correct ones as its type needs.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from quizzes.choices import TrueFalse

PROMPT_HELP = _("The question as the learner reads it.")
EXPLANATION_HELP = _("Shown once the question is answered, right or wrong: why.")
FEEDBACK_HELP = _("Shown to the learner who picks this one.")


def _refuse(message):
    raise StructBlockValidationError(non_block_errors=ErrorList([ValidationError(message)]))


class ChoiceBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Choice"), rows=2)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"), required=False, rows=2, help_text=FEEDBACK_HELP
    )

    class Meta:
        icon = "radio-full"
        label = _("Choice")


class _ChoicesQuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Question"), rows=2, help_text=PROMPT_HELP)
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Choices"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False, help_text=EXPLANATION_HELP
    )

    def clean(self, value):
        value = super().clean(value)
        choices = list(value["choices"])
        if len(choices) < 2:
            _refuse(_("Give at least two choices."))
        self.check_correct(sum(1 for choice in choices if choice["correct"]))
        return value

    def check_correct(self, correct: int):
        raise NotImplementedError


class SingleBlock(_ChoicesQuestionBlock):
    def check_correct(self, correct: int):
        if correct != 1:
            _refuse(_("Tick exactly one correct choice."))

    class Meta:
        icon = "radio-full"
        label = _("One answer")
        template = "quizzes/blocks/single.html"
        description = _("The learner picks the one right answer among several.")
        preview_value = {
            "prompt": "Combien de hashtags dans une bio professionnelle ?",
            "choices": [
                {"text": "Aucun ou deux au plus", "correct": True},
                {"text": "Autant que possible", "correct": False},
            ],
        }


class MultipleBlock(_ChoicesQuestionBlock):
    def check_correct(self, correct: int):
        if correct < 1:
            _refuse(_("Tick at least one correct choice."))

    class Meta:
        icon = "tick-inverse"
        label = _("Several answers")
        template = "quizzes/blocks/multiple.html"
        description = _("The learner ticks every right answer; partial credit.")
        preview_value = {
            "prompt": "Que peut dire une bio ?",
            "choices": [
                {"text": "Votre rôle", "correct": True},
                {"text": "Pour qui vous parlez", "correct": True},
                {"text": "Votre mot de passe", "correct": False},
            ],
        }


class TrueFalseBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Statement"), rows=2, help_text=PROMPT_HELP)
    answer = blocks.ChoiceBlock(
        label=_("The right answer"), choices=TrueFalse.choices, default=TrueFalse.TRUE
    )
    feedback_true = blocks.TextBlock(
        label=_("Feedback to who answers true"), required=False, rows=2
    )
    feedback_false = blocks.TextBlock(
        label=_("Feedback to who answers false"), required=False, rows=2
    )
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False, help_text=EXPLANATION_HELP
    )

    class Meta:
        icon = "tick"
        label = _("True or false")
        template = "quizzes/blocks/true_false.html"
        description = _("The learner says whether a statement is true.")
        preview_value = {
            "prompt": "Un compte d'organisation peut tutoyer ses abonnés.",
            "answer": "true",
        }


class OrderBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Question"), rows=2, help_text=PROMPT_HELP)
    items = blocks.ListBlock(
        blocks.TextBlock(rows=1, label=_("Item")),
        label=_("Items, in the right order"),
        min_num=2,
        help_text=_("Learners see them shuffled."),
    )
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False, help_text=EXPLANATION_HELP
    )

    def clean(self, value):
        value = super().clean(value)
        if len(value["items"]) < 2:
            _refuse(_("Give at least two items to put in order."))
        return value

    class Meta:
        icon = "list-ol"
        label = _("Put in order")
        template = "quizzes/blocks/order.html"
        description = _("The learner puts items in order; a point share per item in place.")
        preview_value = {
            "prompt": "Dans quel ordre préparer un fil ?",
            "items": ["Choisir le public", "Écrire", "Relire", "Publier"],
        }


class ExampleCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=80)
    handle = blocks.CharBlock(label=_("Handle"), max_length=40)
    text = blocks.TextBlock(label=_("Text"), help_text=_("The bio or the post."))
    correct = blocks.BooleanBlock(label=_("The better one"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"), required=False, rows=2, help_text=FEEDBACK_HELP
    )

    class Meta:
        icon = "user"
        label = _("Example")


class BestExampleBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Question"), rows=2, help_text=PROMPT_HELP)
    cards = blocks.ListBlock(ExampleCardBlock(), label=_("Examples"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False, help_text=EXPLANATION_HELP
    )

    def clean(self, value):
        value = super().clean(value)
        cards = list(value["cards"])
        if len(cards) < 2:
            _refuse(_("Give at least two examples."))
        if sum(1 for card in cards if card["correct"]) != 1:
            _refuse(_("Tick exactly one better example."))
        return value

    class Meta:
        icon = "comment"
        label = _("Which example is better")
        template = "quizzes/blocks/best_example.html"
        description = _("The learner picks the better bio or post among example cards.")
        preview_value = {
            "prompt": "Quelle bio est la plus claire ?",
            "cards": [
                {
                    "name": "Inès Valmont",
                    "handle": "ines_valmont",
                    "text": "Bibliothécaire à Arvel. Je partage nos ateliers numériques.",
                    "correct": True,
                },
                {
                    "name": "Inès Valmont",
                    "handle": "ines_v",
                    "text": "Passionnée. Curieuse. Tout et rien.",
                    "correct": False,
                },
            ],
        }


class QuestionStreamBlock(blocks.StreamBlock):
    single = SingleBlock()
    multiple = MultipleBlock()
    true_false = TrueFalseBlock()
    order = OrderBlock()
    best_example = BestExampleBlock()
