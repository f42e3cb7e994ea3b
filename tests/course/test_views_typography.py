"""Rendered course text and dates follow French typography under /fr/, English under /en/."""

import datetime

import pytest
from django.utils import timezone, translation

from course.models import LessonPage, TestimonialPage
from tests.accounts.conftest import url

pytestmark = pytest.mark.django_db

NBSP, NNBSP = "\u00a0", "\u202f"


def _path(page, language):
    with translation.override(language):
        return page.url


def test_lesson_text_and_title_get_french_spacing_without_editing_the_stored_text(client, course):
    """The title, summary and body show U+202F / U+00A0 in /fr/; the database keeps the text."""
    lesson = LessonPage.objects.live().first()
    lesson.title = "Un compte ou deux ?"
    lesson.summary = "Parler en son nom : « oui » !"
    lesson.body = [
        {
            "type": "paragraph",
            "value": '<p>Pourquoi ? <a href="https://exemple.org/?a=b">Voir : ici</a></p>',
        }
    ]
    lesson.save_revision().publish()

    html = client.get(_path(lesson, "fr")).content.decode()
    assert f'<h1 lang="fr">Un compte ou deux{NNBSP}?</h1>' in html
    assert f"Parler en son nom{NBSP}: «{NBSP}oui{NBSP}»{NNBSP}!" in html
    assert f"Pourquoi{NNBSP}?" in html
    assert f">Voir{NBSP}: ici</a>" in html
    assert 'href="https://exemple.org/?a=b"' in html
    # The outline (shared by every learner) shows the title set the same way.
    assert f"Un compte ou deux{NNBSP}?</span>" in html
    stored = LessonPage.objects.get(pk=lesson.pk)
    assert stored.title == "Un compte ou deux ?"
    assert NNBSP not in str(stored.body.raw_data)

    english = client.get(_path(lesson, "en")).content.decode()
    assert '<h1 lang="fr">Un compte ou deux ?</h1>' in english


def test_a_round_table_elides_de_before_a_participant_name(client, course):
    """ "Commenter la réponse d’Inès", not "de Inès"."""
    page = TestimonialPage.objects.filter(format="round_table").first()
    person = page.participants[0]
    person.display_name = "Inès Garnier"
    person.save()

    html = client.get(_path(page, "fr")).content.decode()
    assert "la réponse d’Inès Garnier" in html
    assert "réponse de Inès" not in html


def test_dates_read_1er_in_french_and_day_month_year_in_english(client, learner):
    """The profile's "member since": "1er décembre 2026" and "1 December 2026"."""
    learner.date_joined = timezone.make_aware(datetime.datetime(2026, 12, 1, 20, 53))
    learner.save()
    client.force_login(learner)

    assert "1er décembre 2026" in client.get(url("profile", "fr")).content.decode()
    english = client.get(url("profile", "en")).content.decode()
    assert "1 December 2026" in english
    assert "Dec. 1, 2026" not in english
