"""The quiz page costs the same number of queries whatever the number of questions, of the
learner's attempts, or of learners in the class."""

import pytest

from course.models import Enrolment
from quizzes.models import QuizAttempt, QuizResponse
from tests.factories import UserFactory
from tests.quizzes.conftest import MOSTLY_WRONG, add_quiz, quiz_questions, submit

pytestmark = pytest.mark.django_db


def classmates(quiz, session, count):
    """`count` enrolled learners, each with a submitted attempt of five answers."""
    users = UserFactory.create_batch(count)
    Enrolment.objects.bulk_create([Enrolment(user=u, session=session) for u in users])
    attempts = QuizAttempt.objects.bulk_create(
        [
            QuizAttempt(user=u, page=quiz, number=1, score=50, submitted_at=quiz.first_published_at)
            for u in users
        ]
    )
    QuizResponse.objects.bulk_create(
        [
            QuizResponse(attempt=a, question_id=q["id"], answer=["x"], correct=False, points=0)
            for a in attempts
            for q in quiz_questions()
        ]
    )


def many_questions(times):
    """The five questions `times` over, each copy with its own ids."""
    questions = []
    for copy in range(times):
        for question in quiz_questions():
            questions.append({**question, "id": f"{question['id']}-{copy}"})
    return questions


def test_the_page_costs_the_same_with_more_attempts_and_classmates(
    client, quiz, session, learner, enrolment, django_assert_num_queries
):
    client.force_login(learner)
    submit(client, quiz, MOSTLY_WRONG)
    client.get(quiz.url)  # warm the caches (site, content types, outline)
    with django_assert_num_queries(QUERIES):
        assert client.get(quiz.url).status_code == 200
    for number in range(2, 12):
        submit(client, quiz, MOSTLY_WRONG, attempt=number)
    classmates(quiz, session, 30)
    with django_assert_num_queries(QUERIES):
        assert client.get(quiz.url).status_code == 200


def test_the_page_costs_the_same_with_more_questions(
    client, module, learner, enrolment, django_assert_num_queries
):
    small = add_quiz(module, slug="quiz-court")
    large = add_quiz(module, slug="quiz-long", questions=many_questions(6))
    client.force_login(learner)
    for quiz, question in ((small, "single"), (large, "single-0")):
        client.post(  # an open attempt, one question checked
            quiz.url,
            {"action": "check", "attempt": 1, "question": question, f"q-{question}": "s-right"},
            HTTP_ACCEPT="application/json",
        )
        client.get(quiz.url)
        with django_assert_num_queries(QUERIES):
            assert client.get(quiz.url).status_code == 200


# The session (the user's row and the learner's record of enrolments and completions are
# kept under their generation: accounts/user_cache.py, course/learning.py), their attempts,
# the shown attempt's responses, and Wagtail's routing and privacy (site, page, restrictions).
QUERIES = 11
