"""Trainers write a quiz in the Wagtail admin: its editor opens, and its preview shows the
learner's page."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_the_quiz_editor_opens_with_its_questions_and_settings(admin_client, quiz, module):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Combien de hashtags dans une bio" in html
    assert 'name="pass_threshold"' in html
    assert 'name="done_when"' in html
    add = reverse("wagtailadmin_pages:add", args=["quizzes", "quizpage", module.pk])
    assert admin_client.get(add).status_code == 200


def test_the_preview_shows_the_quiz_as_learners_see_it(rf, quiz):
    """Wagtail's preview serves the page to a trainer with no attempt: the questions."""
    request = rf.get("/")
    request.user = UserFactory(is_staff=True, is_superuser=True)
    response = quiz.make_preview_request(request)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Quelle bio est la plus claire" in html
    assert 'name="attempt" value="1"' in html
