"""Reading an answer from a form or an autosave, and checking it before it is submitted.

The same checks apply with and without JavaScript: the plain form and the
autosave endpoint both go through `read_answer`, and submitting through
`submission_problems`.
"""

from dataclasses import dataclass, field, fields

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from exercises import rules
from exercises.choices import Agreement, ExerciseKind
from exercises.models.submissions import ANSWER_FIELDS, MAX_TEXT_LENGTH

# `choice` is computed from the answers when the learner submits, never typed.
COMPUTED_FIELDS = ("choice",)
# What a learner types: the draft, what an autosave sends, what a kept draft holds.
DRAFT_FIELDS = tuple(name for name in ANSWER_FIELDS if name not in COMPUTED_FIELDS)
# Agreeing with the recommendation comes after submission, on the result, through its
# own form (views._update_submitted): the exercise form and its autosave never carry
# it, so the server's draft handed back on a conflict leaves it out.
AFTER_SUBMISSION_FIELDS = ("agreement", "agreement_reason")
FORM_FIELDS = tuple(name for name in DRAFT_FIELDS if name not in AFTER_SUBMISSION_FIELDS)


@dataclass
class Answer:
    """An answer as typed: the DRAFT_FIELDS (checked in tests/exercises/test_kinds_registry.py)."""

    text: str = ""
    picture_answer: str = ""
    answers: dict = field(default_factory=dict)
    stand: str = ""
    agreement: str = ""
    agreement_reason: str = ""

    def values(self) -> dict:
        return {name: getattr(self, name) for name in DRAFT_FIELDS}

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


class TooLarge(Exception):
    """A text far beyond any exercise: refused before anything is saved."""


def _text(value, limit: int) -> str:
    if not isinstance(value, str):
        return ""
    if len(value) > limit:
        raise TooLarge
    return rules.clean_text(value)


def read_answer(exercise, data) -> Answer:
    """The answer in a form's POST data or an autosave's JSON (a dict-like).

    One-or-two answers come as "q-<question key>" = answer index, or in JSON as
    {"answers": {key: index}}; unknown keys and bad indexes are dropped.
    """
    questions = {q["key"]: len(q["answers"]) for q in exercise.question_list()}
    raw_answers = data.get("answers") if hasattr(data, "get") else None
    if not isinstance(raw_answers, dict):
        raw_answers = {
            key[2:]: data.get(key) for key in data if isinstance(key, str) and key.startswith("q-")
        }
    answers = {}
    for key, value in raw_answers.items():
        try:
            index = int(value)
        except (TypeError, ValueError):
            continue
        if key in questions and 0 <= index < questions[key]:
            answers[key] = index
    positions = {key for key, _label in exercise.position_choices}
    stand = data.get("stand") if isinstance(data.get("stand"), str) else ""
    agreement = data.get("agreement") if isinstance(data.get("agreement"), str) else ""
    return Answer(
        text=_text(data.get("text", ""), MAX_TEXT_LENGTH),
        picture_answer=_text(data.get("picture_answer", ""), 2000),
        answers=answers,
        stand=stand if stand in positions else "",
        agreement=agreement if agreement in Agreement.values else "",
        agreement_reason=_text(data.get("agreement_reason", ""), 2000),
    )


def bio_too_long_message(length: int, limit: int) -> str:
    return _(
        "Your bio is %(length)d characters long; the limit is %(limit)d. "
        "Shorten it, then submit again: your draft is kept."
    ) % {"length": length, "limit": limit}


def submission_problems(exercise, answer: Answer) -> list[str]:
    """What stops this answer from being submitted, in the learner's words (empty: fine)."""
    problems = []
    if exercise.kind == ExerciseKind.BIO:
        length = rules.text_length(answer.text)
        if not length:
            problems.append(_("Write your bio before you submit it."))
        elif not rules.words(answer.text):
            # Emoji, hashtags' signs or punctuation alone say nothing of who one is.
            problems.append(
                _("Your bio has no words yet: say in words who you are, then submit again.")
            )
        elif length > exercise.char_limit:
            problems.append(bio_too_long_message(length, exercise.char_limit))
    elif exercise.kind == ExerciseKind.ONE_OR_TWO:
        missing = len(exercise.question_list()) - len(answer.answers)
        if missing:
            problems.append(
                ngettext(
                    "Answer the last question before you see the result.",
                    "Answer the %(count)d remaining questions before you see the result.",
                    missing,
                )
                % {"count": missing}
            )
    elif exercise.kind == ExerciseKind.REFLECTION:
        count, too_short, too_long = rules.check_word_range(
            answer.text, exercise.min_words, exercise.max_words
        )
        if too_short:
            problems.append(
                _("Your answer has %(count)d words; write at least %(minimum)d.")
                % {"count": count, "minimum": exercise.min_words}
            )
        if too_long:
            problems.append(
                _("Your answer has %(count)d words; the maximum is %(maximum)d.")
                % {"count": count, "maximum": exercise.max_words}
            )
        if exercise.positions and not answer.stand:
            problems.append(_("Take a stand: choose one of the positions."))
    return problems


def readable_answer(exercise, answer) -> dict[str, str]:
    """An answer of any kind as words a trainer reads (for the admin and its exports).

    `answer` is a submission or one of its versions. One-or-two answers are stored as
    question keys and answer indexes, a stand as a position's block id: they are
    given as the question and answer texts, and the position's label.
    """
    chosen = []
    for question in exercise.question_list():
        index = (answer.answers or {}).get(question["key"])
        if isinstance(index, int) and 0 <= index < len(question["answers"]):
            chosen.append(f"{question['question']} → {question['answers'][index]['text']}")
    positions = dict(exercise.position_choices)
    return {
        "text": answer.text,
        "picture_answer": answer.picture_answer,
        "question_answers": "\n".join(chosen),
        "choice": answer.get_choice_display() if answer.choice else "",
        "stand": positions.get(answer.stand, answer.stand),
        "agreement": answer.get_agreement_display() if answer.agreement else "",
        "agreement_reason": answer.agreement_reason,
    }
