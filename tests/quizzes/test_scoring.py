"""The scoring rules (quizzes/scoring.py), without a database."""

import pytest

from quizzes.choices import CountedAttempt, QuestionType
from quizzes.scoring import (
    AnswerKey,
    BadAnswer,
    attempt_score,
    attempts_left,
    check_answer,
    counted_index,
    counted_score,
    has_passed,
    mark,
    reveals_answers,
)

SINGLE = AnswerKey(QuestionType.SINGLE, ("a", "b", "c"), frozenset({"b"}))
MULTIPLE = AnswerKey(QuestionType.MULTIPLE, ("a", "b", "c", "d"), frozenset({"a", "b"}))
ORDER = AnswerKey(QuestionType.ORDER, ("1", "2", "3", "4"), frozenset({"1", "2", "3", "4"}))
TRUE_FALSE = AnswerKey(QuestionType.TRUE_FALSE, ("true", "false"), frozenset({"false"}))


def test_one_answer_questions_are_right_or_wrong():
    """One answer, true/false: the right choice earns 1 point, any other 0."""
    assert (mark(SINGLE, ["b"]).correct, mark(SINGLE, ["b"]).points) == (True, 1.0)
    assert (mark(SINGLE, ["a"]).correct, mark(SINGLE, ["a"]).points) == (False, 0.0)
    assert mark(TRUE_FALSE, ["false"]).points == 1.0
    assert mark(TRUE_FALSE, ["true"]).points == 0.0


@pytest.mark.parametrize(
    ("answer", "points", "correct"),
    [
        (["a", "b"], 1.0, True),  # exactly the right ones
        (["a"], 0.5, False),  # half of the right ones
        (["a", "b", "c"], 0.5, False),  # all right ones, one wrong takes a share back
        (["a", "c"], 0.0, False),  # one right, one wrong
        (["a", "b", "c", "d"], 0.0, False),  # ticking everything earns nothing
        (["c", "d"], 0.0, False),  # never below zero
    ],
)
def test_several_answers_earn_a_share_per_right_choice_less_one_per_wrong_one(
    answer, points, correct
):
    """Several answers: (right ticked - wrong ticked) / right choices, floored at 0."""
    marked = mark(MULTIPLE, answer)
    assert marked.points == pytest.approx(points)
    assert marked.correct is correct


@pytest.mark.parametrize(
    ("answer", "points"),
    [
        (["1", "2", "3", "4"], 1.0),
        (["2", "1", "3", "4"], 0.5),
        (["4", "3", "2", "1"], 0.0),
        (["1", "3", "2", "4"], 0.5),
    ],
)
def test_put_in_order_earns_the_share_of_items_in_their_place(answer, points):
    """Put in order: the share of items in their right place; right only when all are."""
    marked = mark(ORDER, answer)
    assert marked.points == pytest.approx(points)
    assert marked.correct is (points == 1.0)


@pytest.mark.parametrize(
    ("key", "answer"),
    [
        (SINGLE, []),
        (SINGLE, ["z"]),
        (SINGLE, ["a", "b"]),
        (MULTIPLE, ["a", "a"]),
        (ORDER, ["1", "2", "3"]),
        (ORDER, ["1", "2", "3", "3"]),
        (TRUE_FALSE, ["maybe"]),
    ],
)
def test_an_answer_that_does_not_fit_its_question_is_refused(key, answer):
    """Unknown ids, repeated ids, two choices for one, an item left out: BadAnswer."""
    with pytest.raises(BadAnswer):
        check_answer(key, answer)


def test_a_possible_answer_passes_the_check():
    """What the form can send for each type is accepted."""
    check_answer(SINGLE, ["a"])
    check_answer(MULTIPLE, ["a", "d"])
    check_answer(ORDER, ["4", "3", "2", "1"])
    check_answer(TRUE_FALSE, ["true"])


@pytest.mark.parametrize(
    ("points", "count", "score"),
    [
        ([1, 1, 1], 3, 100),
        ([1, 0, 0], 3, 33),
        ([1, 1, 0], 3, 67),  # 66.67 rounds up
        ([0.5, 0, 0, 0], 4, 13),  # 12.5 rounds half up
        ([1], 2, 50),  # an unanswered question counts 0
        ([], 0, 0),
    ],
)
def test_an_attempt_scores_the_mean_of_its_points_rounded_half_up(points, count, score):
    assert attempt_score(points, count) == score


def test_the_best_or_the_last_attempt_counts():
    """The quiz's setting says which: the best score, or the last one."""
    scores = [40, 90, 60]
    assert counted_score(scores, CountedAttempt.BEST) == 90
    assert counted_score(scores, CountedAttempt.LAST) == 60
    assert counted_index(scores, CountedAttempt.BEST) == 1
    assert counted_index(scores, CountedAttempt.LAST) == 2
    assert counted_score([], CountedAttempt.BEST) is None
    assert counted_index([], CountedAttempt.LAST) is None


def test_passing_needs_a_score_at_the_threshold():
    assert has_passed(70, 70)
    assert not has_passed(69, 70)
    assert not has_passed(None, 0)


def test_attempts_left_with_a_limit_and_unlimited():
    """0 allowed means unlimited (None left); a limit counts down, never below 0."""
    assert attempts_left(5, 0) is None
    assert attempts_left(1, 3) == 2
    assert attempts_left(4, 3) == 0


def test_answers_are_revealed_only_after_the_last_allowed_attempt_if_allowed():
    assert reveals_answers(used=3, allowed=3, open_attempt=False, show_after_last=True)
    assert not reveals_answers(used=2, allowed=3, open_attempt=False, show_after_last=True)
    assert not reveals_answers(used=3, allowed=3, open_attempt=True, show_after_last=True)
    assert not reveals_answers(used=3, allowed=3, open_attempt=False, show_after_last=False)
    assert not reveals_answers(used=9, allowed=0, open_attempt=False, show_after_last=True)
