"""Under /en/ the interface is English but the course is written in French: what its
authors wrote carries lang="fr" (screen readers read it with a French voice), and the
interface's own words inside it keep the interface's language."""

import pytest

from course.models import LessonPage, ModulePage, TestimonialPage
from exercises.models import ExercisePage
from tests.practice.conftest import add_practice
from tests.quizzes.conftest import add_quiz

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


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "learner"])
def test_the_outlines_and_breadcrumbs_titles_are_marked_french_their_labels_english(
    client, lesson_with_a_tip, enrolment, signed_in
):
    """The course's, modules' and steps' titles in the outline, the pages' titles in the
    breadcrumb and the pager: lang="fr"; "Week 1", "Home", "Next" stay the interface's."""
    if signed_in:  # the outline comes from its shared HTML, filled per learner
        client.force_login(enrolment.user)
    module = lesson_with_a_tip.get_parent()
    course = module.get_parent()
    html = client.get(_english(lesson_with_a_tip)).content.decode()
    assert f'lang="fr">{course.title}</a></p>' in html  # the outline's title
    assert f'<span class="outline__module-title" lang="fr">{module.title}</span>' in html
    assert f'<span class="outline__step-title" lang="fr">{lesson_with_a_tip.title}</span>' in html
    assert '<span class="outline__module-number">Week 1</span>' in html
    assert f'<li><a href="{_english(module)}" lang="fr">{module.title}</a></li>' in html
    assert f'aria-current="page" lang="fr">{lesson_with_a_tip.title}</a></li>' in html
    assert '<li><a href="/en/">Home</a></li>' in html
    assert '<span class="pager__title" lang="fr">' in html


def test_a_quizs_and_a_practice_timelines_french_text_is_marked_french_their_labels_english(
    client, course
):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    quiz = add_quiz(module, title="Quiz de la semaine", intro="Cinq questions.")
    practice = add_practice(
        module,
        title="Premiers gazouillis",
        summary="Publiez deux messages.",
        instructions=[{"type": "paragraph", "value": "<p>Mentionnez un pair.</p>"}],
    )

    html = client.get(_english(quiz)).content.decode()
    assert '<h1 lang="fr">Quiz de la semaine</h1>' in html
    assert '<p class="page-header__intro" lang="fr">Cinq questions.</p>' in html
    assert '<p class="page-header__kicker">Quiz · 5 questions</p>' in html
    assert '<span class="quiz-question__number">Question 1</span> <span' in html
    assert '<span class="quiz-question__prompt" lang="fr">' in html

    html = client.get(_english(practice)).content.decode()
    assert '<h1 lang="fr">Premiers gazouillis</h1>' in html
    assert '<p class="page-header__intro" lang="fr">Publiez deux messages.</p>' in html
    assert '<div class="prose" lang="fr">' in html and "Mentionnez un pair." in html
    assert '<p class="page-header__kicker">Practice timeline</p>' in html
