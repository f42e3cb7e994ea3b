"""A learner's quiz attempts are in "export my data" and go with their account."""

import pytest

from accounts import privacy
from quizzes.models import QuizAttempt, QuizResponse
from tests.quizzes.conftest import MOSTLY_WRONG, submit

pytestmark = pytest.mark.django_db


def test_attempts_are_exported_with_scores_and_answers(client, quiz, learner, enrolment):
    client.force_login(learner)
    submit(client, quiz, MOSTLY_WRONG)
    section = privacy.export_user_data(learner)["quiz_attempts"]
    assert len(section) == 1
    assert section[0]["quiz"] == quiz.title
    assert section[0]["score"] == 47
    assert {a["question"]: a["answer"] for a in section[0]["answers"]}["single"] == ["s-wrong"]


def test_deleting_the_account_deletes_the_attempts(client, quiz, learner, enrolment):
    client.force_login(learner)
    submit(client, quiz, MOSTLY_WRONG)
    privacy.erase_user_data(learner)
    learner.delete()
    assert not QuizAttempt.objects.exists()
    assert not QuizResponse.objects.exists()
