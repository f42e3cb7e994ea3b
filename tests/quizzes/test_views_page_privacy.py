"""A quiz kept private by Wagtail's page privacy takes no answers from those it keeps out."""

import pytest

from course.models import Enrolment
from quizzes.models import QuizAttempt
from tests.factories import UserFactory
from tests.page_privacy import SIGNED_IN_MATRIX, enter, restrict, trainers_group
from tests.quizzes.conftest import ALL_RIGHT, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(db):
    user = UserFactory(is_staff=True)
    user.groups.add(trainers_group())
    return user


@pytest.mark.parametrize(("kind", "who", "may_read"), SIGNED_IN_MATRIX)
def test_answers_follow_the_pages_privacy(
    client, quiz, module, session, learner, trainer, kind, who, may_read
):
    """Private through its module: answered by those let in, a 404 or the password form
    (nothing recorded) for the others."""
    Enrolment.objects.create(user=learner, session=session)
    restriction = restrict(module, kind)
    enter(client, who, restriction, learner=learner, trainer=trainer, return_url=quiz.url)
    response = submit(client, quiz, ALL_RIGHT)
    if may_read:
        assert response.status_code == 303
        assert QuizAttempt.objects.count() == 1
    else:
        assert response.status_code in (200, 302, 401, 403, 404)
        assert not QuizAttempt.objects.exists()
