"""Under /en/ the interface is English but the course is written in French: what its
authors wrote carries lang="fr" (screen readers read it with a French voice), and the
interface's own words inside it keep the interface's language."""

import pytest

from course.models import LessonPage, ModulePage, TestimonialPage
from exercises.models import ExercisePage

pytestmark = pytest.mark.django_db


def _english(page) -> str:
    return "/en" + page.url[3:]


@pytest.fixture
def lesson_with_a_tip(course):
    lesson = LessonPage.objects.child_of(ModulePage.objects.child_of(course).first()).first()
    lesson.body = [
        {"type": "paragraph", "value": "<p>Le contenu de la leçon.</p>"},
        {"type": "callout", "value": {"tone": "tip", "title": "Astuce", "text": "<p>Relisez.</p>"}},
    ]
    lesson.save_revision().publish()
    return lesson


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "learner"])
def test_a_lessons_french_text_is_marked_french_under_the_english_interface(
    client, lesson_with_a_tip, enrolment, signed_in
):
    if signed_in:  # served from the page's shared HTML (course/signed_in.py)
        client.force_login(enrolment.user)
    html = client.get(_english(lesson_with_a_tip)).content.decode()
    assert '<html lang="en">' in html
    assert f'<h1 lang="fr">{lesson_with_a_tip.title}</h1>' in html
    assert '<div class="prose" lang="fr">' in html
    assert '<p class="callout__label" lang="en">💡 Tip</p>' in html


def test_a_round_tables_questions_and_answers_are_marked_french_their_labels_english(
    client, course
):
    round_table = TestimonialPage.objects.child_of(course.get_children().first()).get(
        format="round_table"
    )
    html = client.get(_english(round_table)).content.decode()
    assert f'class="round-table round-table--{round_table.layout}" lang="fr">' in html
    assert '<span class="rt-question__number" lang="en">Question 1</span>' in html
    assert '<ul class="people" lang="fr">' in html


def test_an_exercises_title_and_instructions_are_marked_french(client, course):
    module = ModulePage.objects.child_of(course).first()
    exercise = ExercisePage(
        title="Écrire sa bio",
        slug="bio",
        kind="bio",
        instructions=[{"type": "paragraph", "value": "<p>Écrivez.</p>"}],
    )
    module.add_child(instance=exercise)
    exercise.save_revision().publish()
    html = client.get(_english(exercise)).content.decode()
    assert '<h1 lang="fr">Écrire sa bio</h1>' in html
    assert '<div class="prose" lang="fr">' in html
