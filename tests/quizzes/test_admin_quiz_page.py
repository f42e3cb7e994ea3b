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


def test_the_done_when_select_is_described_as_it_is_its_first_choice_the_usual_rule(
    admin_client, quiz
):
    """No "leave blank" beside a select: its first choice is the step type's usual rule."""
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk])).content.decode()
    first_choice = html.split('name="done_when"', 1)[1].split("</option>", 1)[0]
    assert '<option value="" selected>Règle habituelle\u00a0: Quiz réussi' in first_choice
    assert "Le premier choix garde la règle habituelle de ce type d’étape" in html
    assert "Laisser vide" not in html
