"""Every page type renders, in French under /fr/ and with an English interface under /en/."""

import pytest
from django.utils import translation

from course.models import LessonPage, ModulePage, TestimonialPage
from tests.factories import ParticipantFactory

pytestmark = pytest.mark.django_db


def _path(page, language):
    with translation.override(language):
        return page.url


@pytest.mark.parametrize(
    ("language", "skip_link", "week"),
    [("fr", "Aller au contenu", "Semaine 1"), ("en", "Skip to content", "Week 1")],
)
@pytest.mark.parametrize(
    "page_type", ["home", "course", "module", "lesson", "round_table", "testimony"]
)
def test_page_renders_in_each_language(client, course, language, skip_link, week, page_type):
    """Each page type answers 200 with the interface in the language of its URL prefix."""
    module = ModulePage.objects.first()
    witness = ParticipantFactory()
    testimony = TestimonialPage(
        title="Mon déclic",
        slug="mon-declic",
        format="testimony",
        witness=witness,
        body=[{"type": "paragraph", "value": "<p>Un jour, j'ai compris.</p>"}],
    )
    module.add_child(instance=testimony)
    pages = {
        "home": course.get_parent(),
        "course": course,
        "module": module,
        "lesson": LessonPage.objects.first(),
        "round_table": TestimonialPage.objects.filter(format="round_table").first(),
        "testimony": testimony,
    }
    page = pages[page_type]
    response = client.get(_path(page, language))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert skip_link in html
    assert page.title in html
    if page_type != "home":
        assert week in html


def test_root_redirects_to_french_by_default(client, course):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"
