"""The database refuses attempts and responses that break the quiz's invariants."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from quizzes.models import QuizAttempt, QuizResponse

pytestmark = pytest.mark.django_db


def refused(**fields) -> bool:
    try:
        with transaction.atomic():
            QuizAttempt.objects.create(**fields)
    except IntegrityError:
        return True
    return False


def test_one_attempt_per_number_for_a_learner_and_a_quiz(quiz, learner):
    QuizAttempt.objects.create(user=learner, page=quiz, number=1)
    assert refused(user=learner, page=quiz, number=1)


@pytest.mark.parametrize(
    ("fields", "is_refused"),
    [
        ({"number": 0}, True),
        ({"number": 1, "score": 101, "submitted_at": "now"}, True),
        ({"number": 1, "score": 80}, True),  # a score without being submitted
        ({"number": 1, "submitted_at": "now"}, True),  # submitted without a score
        ({"number": 1, "score": 100, "submitted_at": "now"}, False),
        ({"number": 1}, False),  # open
    ],
)
def test_attempt_numbers_and_scores_stay_in_range(quiz, learner, fields, is_refused):
    if fields.get("submitted_at") == "now":
        fields["submitted_at"] = timezone.now()
    assert refused(user=learner, page=quiz, **fields) is is_refused


@pytest.mark.parametrize(("points", "is_refused"), [(-0.1, True), (1.5, True), (0.5, False)])
def test_response_points_run_from_0_to_1(quiz, learner, points, is_refused):
    attempt = QuizAttempt.objects.create(user=learner, page=quiz, number=1)
    try:
        with transaction.atomic():
            QuizResponse.objects.create(attempt=attempt, question_id="single", points=points)
        saved = True
    except IntegrityError:
        saved = False
    assert saved is not is_refused


def test_one_response_per_question_in_an_attempt(quiz, learner):
    attempt = QuizAttempt.objects.create(user=learner, page=quiz, number=1)
    QuizResponse.objects.create(attempt=attempt, question_id="single")
    with pytest.raises(IntegrityError), transaction.atomic():
        QuizResponse.objects.create(attempt=attempt, question_id="single")
