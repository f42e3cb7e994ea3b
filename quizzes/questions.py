"""A quiz's questions as the learner's page shows them: the answer key of each (for
quizzes/scoring.py), the answers read from a form, and what each question shows
(choices, the learner's choice, feedback, the right answer when revealed).

No query here: the page's questions and the learner's responses are handed in.
"""

import random
from dataclasses import dataclass, field

from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from course.text import highlight_post
from quizzes.choices import QuestionType, TrueFalse
from quizzes.scoring import AnswerKey, BadAnswer, Marked, check_answer, mark

# A field's value longer than this is not an id: refused before any work.
MAX_ID_LENGTH = 64


def _items(list_value) -> list[tuple[str, object]]:
    """(id, value) of a ListBlock's items; the id is Wagtail's, stable across revisions."""
    return [
        (item.id or str(index), item.value) for index, item in enumerate(list_value.bound_blocks)
    ]


def answer_key(child) -> AnswerKey:
    """What the question `child` (a stream child of `QuizPage.questions`) expects."""
    kind, value = child.block_type, child.value
    if kind == QuestionType.TRUE_FALSE:
        return AnswerKey(kind, tuple(TrueFalse.values), frozenset([value["answer"]]))
    if kind == QuestionType.ORDER:
        ids = tuple(item_id for item_id, _text in _items(value["items"]))
        return AnswerKey(kind, ids, frozenset(ids))
    options = _items(value["cards" if kind == QuestionType.BEST_EXAMPLE else "choices"])
    return AnswerKey(
        kind,
        tuple(item_id for item_id, _item in options),
        frozenset(item_id for item_id, item in options if item["correct"]),
    )


def field_name(question_id: str, item_id: str = "") -> str:
    return f"q-{question_id}-{item_id}" if item_id else f"q-{question_id}"


def read_typed(child, data) -> list[str] | dict[str, str]:
    """What the form `data` holds for the question, as typed: the chosen ids, or for an
    "order" question each item's place ("1", "2"...), unchecked."""
    key = answer_key(child)
    if key.type == QuestionType.ORDER:
        return {
            item_id: str(data.get(field_name(child.id, item_id), ""))[:4] for item_id in key.options
        }
    name = field_name(child.id)
    values = data.getlist(name) if hasattr(data, "getlist") else data.get(name, [])
    if isinstance(values, str):
        values = [values]
    return [str(v)[: MAX_ID_LENGTH + 1] for v in values if v][: len(key.options) + 1]


def is_blank(typed) -> bool:
    if isinstance(typed, dict):
        return not any(typed.values())
    return not typed


def answer_from_typed(child, typed) -> list[str]:
    """The answer (ids, in order) of what was typed; BadAnswer if it is not a possible one."""
    key = answer_key(child)
    if key.type == QuestionType.ORDER:
        places = {}
        for item_id, place in typed.items():
            if not place.isdigit() or not 1 <= int(place) <= len(key.options):
                raise BadAnswer("place")
            places[item_id] = int(place)
        if len(set(places.values())) != len(key.options):
            raise BadAnswer("places repeated")
        answer = sorted(places, key=places.get)
    else:
        answer = list(typed)
    check_answer(key, answer)
    return answer


def shuffled(ids: tuple[str, ...], seed: str) -> list[str]:
    """The items of an "order" question as one learner's attempt shows them: shuffled
    the same way on every request of that attempt, never in the right order."""
    order = list(ids)
    random.Random(seed).shuffle(order)  # noqa: S311 - a presentation, not a secret
    if order == list(ids) and len(order) > 1:
        order = order[1:] + order[:1]
    return order


@dataclass
class Option:
    id: str
    text: str
    correct: bool
    feedback: str = ""
    chosen: bool = False
    # "right" / "wrong" on a chosen option once answered; "answer" on a right one revealed.
    state: str = ""
    place: str = ""  # an "order" item's place as typed or answered
    card: dict | None = None


@dataclass
class QuestionView:
    child: object
    number: int
    key: AnswerKey
    options: list[Option]
    answered: bool = False
    marked: Marked | None = None
    reveal: bool = False
    right_order: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def id(self) -> str:
        return self.child.id

    @property
    def type(self) -> str:
        return self.key.type

    @property
    def value(self):
        return self.child.value

    @property
    def places(self) -> range:
        return range(1, len(self.options) + 1)

    @property
    def verdict(self) -> str:
        if self.marked is None:
            return ""
        if self.marked.correct:
            return _("Right.")
        if self.type == QuestionType.ORDER:
            in_place = round(self.marked.points * len(self.options))
            return ngettext(
                "Not quite: %(count)d item of %(total)d is in its place.",
                "Not quite: %(count)d items of %(total)d are in their place.",
                in_place,
            ) % {"count": in_place, "total": len(self.options)}
        if self.marked.points > 0:
            return _("Partly right.")
        return _("Not right.")

    @property
    def verdict_state(self) -> str:
        if self.marked is None:
            return ""
        if self.marked.correct:
            return "right"
        return "partly" if self.marked.points > 0 else "wrong"


def _options(child) -> list[Option]:
    kind, value = child.block_type, child.value
    if kind == QuestionType.TRUE_FALSE:
        feedback = {
            TrueFalse.TRUE: value["feedback_true"],
            TrueFalse.FALSE: value["feedback_false"],
        }
        return [
            Option(choice, str(label), choice == value["answer"], feedback[choice] or "")
            for choice, label in TrueFalse.choices
        ]
    if kind == QuestionType.ORDER:
        return [Option(item_id, text, True) for item_id, text in _items(value["items"])]
    if kind == QuestionType.BEST_EXAMPLE:
        return [
            Option(
                item_id,
                card["text"],
                bool(card["correct"]),
                card["feedback"] or "",
                card={
                    "author": card["name"],
                    "handle_display": "@" + card["handle"].lstrip("@"),
                    # highlight_post escapes the text, then wraps hashtags and mentions.
                    "highlighted_text": mark_safe(highlight_post(card["text"])),  # noqa: S308
                },
            )
            for item_id, card in _items(value["cards"])
        ]
    return [
        Option(item_id, choice["text"], bool(choice["correct"]), choice["feedback"] or "")
        for item_id, choice in _items(value["choices"])
    ]


def question_view(child, number: int, *, answer=None, typed=None, seed="", reveal=False):
    """What question `child` shows: answered (`answer`, the recorded ids: feedback, locked),
    or open with what the learner `typed`; `reveal` marks the right answers."""
    key = answer_key(child)
    view = QuestionView(child, number, key, _options(child), reveal=reveal)
    by_id = {option.id: option for option in view.options}
    if key.type == QuestionType.ORDER:
        view.right_order = [by_id[item_id].text for item_id in key.options]
        shown = answer if answer is not None else shuffled(key.options, seed)
        view.options = [by_id[item_id] for item_id in shown if item_id in by_id]
        for place, option in enumerate(view.options, start=1):
            option.place = str(place) if answer is not None else ""
        if answer is None and isinstance(typed, dict):
            for option in view.options:
                option.place = typed.get(option.id, "")
    if answer is not None:
        view.answered = True
        view.marked = mark(key, answer)
        chosen = set(answer)
        for option in view.options:
            option.chosen = option.id in chosen
            if key.type == QuestionType.ORDER:
                continue
            if option.chosen:
                option.state = "right" if option.correct else "wrong"
            elif reveal and option.correct:
                option.state = "answer"
    elif isinstance(typed, list):
        chosen = set(typed)
        for option in view.options:
            option.chosen = option.id in chosen
    return view
