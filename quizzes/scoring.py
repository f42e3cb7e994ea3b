"""How a quiz is scored: pure functions, no database, the answer key passed in.

A question's points run from 0 to 1:

- one answer, true/false, which example is better: 1 for the right choice, else 0;
- several answers: each right choice ticked earns a share (1 / the number of right
  choices), each wrong choice ticked takes one share back, never below 0. Ticking
  everything earns 0 when half the choices or more are wrong, and the question is
  correct only when exactly the right choices are ticked;
- put in order: the share of items in their right place (3 of 4 in place: 0.75);
  correct only when every item is in place.

An attempt's score is the mean of its questions' points, as a percentage rounded half
up (a question left unanswered counts 0). Which attempt counts is the trainer's choice:
the best score or the last one.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass

from quizzes.choices import CountedAttempt, QuestionType


@dataclass(frozen=True)
class AnswerKey:
    """What a question expects: its type, its options' ids in the order given by the
    trainer, and which of them are correct (for "order": all of them, in that order)."""

    type: str
    options: tuple[str, ...]
    correct: frozenset[str]


@dataclass(frozen=True)
class Marked:
    correct: bool
    points: float


class BadAnswer(ValueError):
    """An answer that does not fit its question (unknown id, a choice given twice...)."""


def check_answer(key: AnswerKey, answer: Sequence[str]) -> None:
    """Raise BadAnswer unless `answer` is a possible answer to the question."""
    answer = list(answer)
    if not answer:
        raise BadAnswer("empty")
    if len(set(answer)) != len(answer) or not set(answer) <= set(key.options):
        raise BadAnswer("unknown or repeated")
    one_choice = {QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.BEST_EXAMPLE}
    if key.type in one_choice and len(answer) != 1:
        raise BadAnswer("one choice expected")
    if key.type == QuestionType.ORDER and len(answer) != len(key.options):
        raise BadAnswer("every item placed once")


def mark(key: AnswerKey, answer: Sequence[str]) -> Marked:
    """The points of `answer` (already checked by `check_answer`)."""
    answer = list(answer)
    if key.type == QuestionType.ORDER:
        in_place = sum(given == right for given, right in zip(answer, key.options, strict=True))
        return Marked(in_place == len(key.options), in_place / len(key.options))
    chosen = set(answer)
    if key.type == QuestionType.MULTIPLE:
        right = len(chosen & key.correct)
        wrong = len(chosen - key.correct)
        points = max(0.0, (right - wrong) / len(key.correct)) if key.correct else 0.0
        return Marked(chosen == key.correct, points)
    correct = chosen == key.correct
    return Marked(correct, 1.0 if correct else 0.0)


def attempt_score(points: Sequence[float], question_count: int) -> int:
    """The attempt's score, 0 to 100: the mean of the questions' points, rounded half up.

    `points` holds the answered questions' points; the other questions count 0.
    """
    if question_count <= 0:
        return 0
    mean = sum(points) / question_count
    # Rounded on a fixed precision first: 2/3 * 100 is 66.666..., 0.5 * 100 is exactly 50.
    return min(100, max(0, math.floor(round(mean * 100, 6) + 0.5)))


def counted_score(scores: Sequence[int], counts: str) -> int | None:
    """The score that counts among the submitted attempts' `scores`, in attempt order:
    the best or the last (`CountedAttempt`); None before any attempt."""
    if not scores:
        return None
    return max(scores) if counts == CountedAttempt.BEST else scores[-1]


def counted_index(scores: Sequence[int], counts: str) -> int | None:
    """Which attempt (index into `scores`) counts: the first best one, or the last."""
    if not scores:
        return None
    if counts == CountedAttempt.BEST:
        return scores.index(max(scores))
    return len(scores) - 1


def has_passed(score: int | None, threshold: int) -> bool:
    return score is not None and score >= threshold


def attempts_left(used: int, allowed: int) -> int | None:
    """How many attempts remain after `used` started ones; None when unlimited (0)."""
    if allowed == 0:
        return None
    return max(0, allowed - used)


def reveals_answers(used: int, allowed: int, open_attempt: bool, show_after_last: bool) -> bool:
    """The right answers are shown once the last allowed attempt is submitted, if the
    trainer allows it; never with unlimited attempts."""
    return show_after_last and allowed > 0 and used >= allowed and not open_attempt
