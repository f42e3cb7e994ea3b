"""The course is written in French: its text (titles, lessons, quizzes, timelines, the
course's and sessions' names) is set in French typography under /fr/ and /en/ alike, so a
heading never starts a line with ":" or "?". The interface's own words and the dates follow
the interface's language."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from course.models import LessonPage, ModulePage, TestimonialPage
from tests.accounts.conftest import url
from tests.practice.conftest import add_practice
from tests.quizzes.conftest import add_quiz

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

    # Written in French, it stays set in French under the English interface.
    english = client.get(_path(lesson, "en")).content.decode()
    assert f'<h1 lang="fr">Un compte ou deux{NNBSP}?</h1>' in english
    assert "Un compte ou deux ?" not in english.partition("<body")[2]


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


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "learner"])
def test_under_the_english_interface_french_course_titles_keep_their_no_break_spaces(
    client, course, enrolment, signed_in
):
    """/en/ over the French course: the lesson, its module in the breadcrumb and the outline,
    and the next step in the pager are set as under /fr/ ("?" and ":" never start a line)."""
    module = ModulePage.objects.child_of(course).order_by("path").first()
    module.title = "Parler en son nom : pour qui ?"
    module.save_revision().publish()
    lesson, following = LessonPage.objects.child_of(module).order_by("path")[:2]
    lesson.title = "Un compte ou deux ?"
    lesson.summary = "« Mes tweets n’engagent que moi » : vraiment ?"
    lesson.body = [{"type": "paragraph", "value": "<p>Pourquoi ? Parce que !</p>"}]
    lesson.save_revision().publish()
    following.title = "Quitter : comment faire ?"
    following.save_revision().publish()
    if signed_in:  # served from the page's shared HTML (course/signed_in.py)
        client.force_login(enrolment.user)

    html = client.get(_path(lesson, "en")).content.decode()
    assert '<html lang="en">' in html
    assert f'<h1 lang="fr">Un compte ou deux{NNBSP}?</h1>' in html
    assert f"«{NBSP}Mes tweets n’engagent que moi{NBSP}»{NBSP}: vraiment{NNBSP}?" in html
    assert f"<p>Pourquoi{NNBSP}? Parce que{NNBSP}!</p>" in html
    module_title = f"Parler en son nom{NBSP}: pour qui{NNBSP}?"
    assert f'lang="fr">{module_title}</a></li>' in html  # breadcrumb
    assert f'<span class="outline__module-title" lang="fr">{module_title}</span>' in html
    next_title = f"Quitter{NBSP}: comment faire{NNBSP}?"
    assert f'<span class="pager__title" lang="fr">{next_title}</span>' in html
    body = html.partition("<body")[2]  # the <title> does not wrap
    for typed in ("deux ?", "pour qui ?", "Quitter :", "Pourquoi ?"):
        assert typed not in body


def test_under_the_english_interface_a_quizs_and_a_timelines_french_text_keep_french_spacing(
    client, course
):
    """The quiz's title, introduction and questions, the practice timeline's title and
    summary: French text, French spacing, under /en/ too."""
    module = ModulePage.objects.child_of(course).order_by("path").first()
    quiz = add_quiz(module, title="Quiz : se présenter", intro="Six questions : à vous !")
    practice = add_practice(
        module, title="Entraînement : vos premiers messages", summary="Prêts ? Publiez !"
    )

    html = client.get(_path(quiz, "en")).content.decode()
    assert f'<h1 lang="fr">Quiz{NBSP}: se présenter</h1>' in html
    assert f'lang="fr">Six questions{NBSP}: à vous{NNBSP}!</p>' in html
    assert f'lang="fr">Combien de hashtags dans une bio{NNBSP}?</span>' in html

    html = client.get(_path(practice, "en")).content.decode()
    assert f'<h1 lang="fr">Entraînement{NBSP}: vos premiers messages</h1>' in html
    assert f'lang="fr">Prêts{NNBSP}? Publiez{NNBSP}!</p>' in html


def test_the_english_leave_page_sets_the_french_course_name_in_french_and_its_sentence_in_english(
    client, course, enrolment
):
    """ "Leave the course “Gazouiller en pro : Twitter…”?": the French name keeps its
    no-break space before ":", the English sentence around it keeps "”?" as English has it."""
    course.title = "Gazouiller en pro : Twitter pour les professionnels"
    course.save_revision().publish()
    client.force_login(enrolment.user)

    html = client.get("/en" + reverse("leave", args=[course.pk])[3:]).content.decode()
    assert f"Leave the course “Gazouiller en pro{NBSP}: Twitter pour les professionnels”?" in html
