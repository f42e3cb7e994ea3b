"""Reading an answer from a form or an autosave, and checking it before it is submitted.

The same checks apply with and without JavaScript: the plain form and the
autosave endpoint both go through `read_answer`, and submitting through
`submission_problems`.
"""

from dataclasses import dataclass, field, fields

from exercises import rules
from exercises.choices import Agreement
from exercises.kinds import kind_of
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


def submission_problems(exercise, answer: Answer) -> list[str]:
    """What stops this answer from being submitted, in the learner's words (empty: fine)."""
    return kind_of(exercise).problems(exercise, answer)


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
