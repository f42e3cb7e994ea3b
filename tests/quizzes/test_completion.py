"""Passing a quiz completes its step: the counted score reaching the pass mark records the
step as done (course/learning.py), once, and never for a failed attempt."""

import pytest

from course.models import Completion
from tests.quizzes.conftest import ALL_RIGHT, MOSTLY_WRONG, add_quiz, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, learner, enrolment):
    client.force_login(learner)
    return client


def done(enrolment, quiz) -> bool:
    return Completion.objects.filter(enrolment=enrolment, page_id=quiz.pk).exists()


def test_a_failed_attempt_leaves_the_step_to_do_and_a_pass_completes_it(signed_in, quiz, enrolment):
    submit(signed_in, quiz, MOSTLY_WRONG)
    assert not done(enrolment, quiz)
    submit(signed_in, quiz, ALL_RIGHT, attempt=2)
    assert done(enrolment, quiz)


def test_the_pass_mark_is_the_quizs_own(signed_in, module, enrolment):
    """At 40 % a 47 % attempt passes."""
    quiz = add_quiz(module, slug="quiz-facile", pass_threshold=40)
    submit(signed_in, quiz, MOSTLY_WRONG)
    assert done(enrolment, quiz)


def test_a_worse_attempt_after_a_pass_keeps_the_step_done_when_the_best_counts(
    signed_in, quiz, enrolment
):
    submit(signed_in, quiz, ALL_RIGHT)
    submit(signed_in, quiz, MOSTLY_WRONG, attempt=2)
    assert done(enrolment, quiz)


def test_checking_every_question_right_one_by_one_completes_the_step(signed_in, quiz, enrolment):
    for question, fields in [
        ("single", {"q-single": "s-right"}),
        ("multiple", {"q-multiple": ["m-a", "m-b"]}),
        ("truefalse", {"q-truefalse": "false"}),
        ("order", {"q-order-o-1": "1", "q-order-o-2": "2", "q-order-o-3": "3"}),
        ("best", {"q-best": "b-good"}),
    ]:
        signed_in.post(
            quiz.url,
            {"action": "check", "attempt": 1, "question": question, **fields},
            HTTP_ACCEPT="application/json",
        )
    assert done(enrolment, quiz)


def test_each_submitted_attempt_records_the_counted_score(signed_in, quiz, enrolment):
    """The certificate's minimum average reads the counted score (the best one here)."""
    from course.models import StepScore

    submit(signed_in, quiz, ALL_RIGHT)
    assert StepScore.objects.get(enrolment=enrolment, page_id=quiz.pk).score == 100
    submit(signed_in, quiz, MOSTLY_WRONG, attempt=2)
    assert StepScore.objects.get(enrolment=enrolment, page_id=quiz.pk).score == 100


def test_the_last_attempts_score_is_recorded_when_the_last_counts(signed_in, module, enrolment):
    from course.models import StepScore

    quiz = add_quiz(module, slug="quiz-la-derniere", counts="last")
    submit(signed_in, quiz, ALL_RIGHT)
    submit(signed_in, quiz, MOSTLY_WRONG, attempt=2)
    assert StepScore.objects.get(enrolment=enrolment, page_id=quiz.pk).score == 47


def test_a_quiz_the_learner_marks_done_is_not_completed_by_passing(signed_in, module, enrolment):
    """The trainer chose "marked done": passing records the score, the learner marks the
    step done with the usual button."""
    quiz = add_quiz(module, slug="quiz-a-cocher", done_when="marked")
    submit(signed_in, quiz, ALL_RIGHT)
    assert not done(enrolment, quiz)
    html = signed_in.get(quiz.url).content.decode()
    assert "Vous avez réussi ce quiz." in html
    assert "data-step-done" in html
