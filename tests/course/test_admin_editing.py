"""Trainers can open the editor of every page type and the participants snippet."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from course.models import CoursePage, LessonPage, ModulePage, TestimonialPage
from tests.factories import ParticipantFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, course):
    user = get_user_model().objects.create_superuser(email="admin@example.org", password="x")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", [CoursePage, ModulePage, LessonPage, TestimonialPage])
def test_edit_view_of_each_page_type_opens(admin_client, model):
    page = model.objects.first()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("parent_model", "child"),
    [(CoursePage, "modulepage"), (ModulePage, "lessonpage"), (ModulePage, "testimonialpage")],
)
def test_add_view_of_each_child_type_opens(admin_client, parent_model, child):
    parent = parent_model.objects.first()
    url = reverse("wagtailadmin_pages:add", args=["course", child, parent.pk])
    assert admin_client.get(url).status_code == 200


def test_a_lesson_written_in_the_admin_is_published_and_served(admin_client, client):
    module = ModulePage.objects.first()
    url = reverse("wagtailadmin_pages:add", args=["course", "lessonpage", module.pk])
    data = {
        "title": "Répondre sans s'emporter",
        "slug": "repondre",
        "summary": "",
        "format": "lesson",
        "reading_minutes": "",
        "body-count": "1",
        "body-0-type": "paragraph",
        "body-0-value": '{"blocks":[{"key":"a","type":"unstyled","depth":0,"text":"Respirez.",'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "",
        "action-publish": "publish",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.get(slug="repondre")
    assert lesson.live
    assert "Respirez." in client.get(lesson.url).content.decode()


def test_participant_snippet_listing_and_edit_open(admin_client):
    participant = ParticipantFactory()
    assert admin_client.get(reverse("wagtailsnippets_course_participant:list")).status_code == 200
    edit = reverse("wagtailsnippets_course_participant:edit", args=[participant.pk])
    assert admin_client.get(edit).status_code == 200


def test_a_round_table_without_questions_is_refused(admin_client):
    module = ModulePage.objects.first()
    url = reverse("wagtailadmin_pages:add", args=["course", "testimonialpage", module.pk])
    response = admin_client.post(
        url,
        {
            "title": "Table vide",
            "slug": "table-vide",
            "format": "round_table",
            "layout": "side_by_side",
            "speakers-count": "0",
            "questions-count": "0",
            "body-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 200
    assert not Page.objects.filter(slug="table-vide").exists()
