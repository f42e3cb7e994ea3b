"""The review workflow and its task are named in the trainer's language wherever Wagtail
shows them: the status side panel of the page editor, the dashboard's review lists, the
workflow history. They are stored in English (trainers/workflow.py)."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from course.models import ModulePage
from tests.trainers.test_workflow_and_scheduling import add_lesson

pytestmark = pytest.mark.django_db

NAMES = {
    "fr": ["Relecture du cours", "Relecture par un formateur"],
    "en": ["Course review", "Review by a trainer"],
}


def speak(user, language):
    """The language chosen on the profile page, copied to Wagtail's profile."""
    user.preferred_language = language
    user.save()
    assert UserProfile.get_for_user(user).preferred_language == language


@pytest.fixture
def submitted_lesson(client, course, trainer):
    client.force_login(trainer)
    return add_lesson(client, ModulePage.objects.first(), "À relire", "a-relire", "action-submit")


@pytest.mark.parametrize(("language", "other"), [("fr", "en"), ("en", "fr")])
def test_the_workflow_and_its_task_are_named_in_the_trainers_language(
    client, trainer, second_trainer, submitted_lesson, language, other
):
    """The submitter's editor (status panel and its dialog), the submitter's dashboard
    ("your pages in a workflow"), the reviewer's dashboard ("awaiting your review") and the
    workflow history name the workflow and the task in the admin's language only."""
    edit = reverse("wagtailadmin_pages:edit", args=[submitted_lesson.pk])
    history = reverse("wagtailadmin_pages:workflow_history", args=[submitted_lesson.pk])
    dashboard = reverse("wagtailadmin_home")
    screens = [
        (trainer, edit),
        (trainer, dashboard),
        (trainer, history),
        (second_trainer, dashboard),
    ]
    for user, url in screens:
        speak(user, language)
        client.force_login(user)
        html = client.get(url).content.decode()
        assert not [name for name in NAMES[other] if name in html], (url, language)
        assert any(name in html for name in NAMES[language]), (url, language)
    client.force_login(trainer)
    html = client.get(edit).content.decode()
    assert all(name in html for name in NAMES[language])  # panel heading and dialog: both


def test_a_workflow_saved_under_its_translated_name_is_stored_in_english(course):
    """The admin's workflow form shows the French name and would save it: the stored name
    stays the English one that the workflow's lookups compare."""
    from wagtail.models import Workflow

    from trainers.workflow import WORKFLOW_NAME

    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    workflow.name = "Relecture du cours"
    workflow.save()
    assert Workflow.objects.filter(name=WORKFLOW_NAME).exists()
    assert not Workflow.objects.filter(name="Relecture du cours").exists()
