"""A trainer imports a GIFT file into a quiz, reads the preview, adds the questions to a
draft, previews the quiz as learners will see it, publishes it, and once learners have
answered reads the question statistics."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, assert_fits_the_screen
from tests.browser.test_journey_discussion import log_in
from tests.browser.test_journey_trainer import make_trainer
from tests.browser.test_journey_trainer import page as page  # the same page fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GIFT = """// Semaine 2 : parler au nom d'une organisation
::Q1:: Un compte d'organisation peut dire « je ». {
    T#Il le peut, si la personne qui parle signe.#Oui, en signant.
}

Que dit la bio d'un compte d'organisation ? {
    ~%50%Qui répond au nom de l'organisation #Oui : on sait qui parle.
    ~%50%Quand on répond #Oui : cela évite d'attendre.
    ~Le mot de passe du compte #Jamais !
    ####Qui parle, et quand.
}

En combien de minutes écrit-on une bio ? {#10:5}
"""


@pytest.mark.parametrize("viewport", [(1280, 900)], indirect=True, ids=["laptop"])
def test_a_trainer_imports_previews_publishes_and_reads_the_statistics(
    live_server, demo, page, settings, tmp_path
):
    # As in test_journey_trainer: the editor's background requests off on in-memory SQLite.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 3_600_000
    from course.models import CoursePage, Enrolment
    from quizzes.models import QuizPage
    from tests.factories import CourseSessionFactory, UserFactory
    from tests.trainers.quiz_data import add_quiz, attempt

    course = CoursePage.objects.get()
    quiz = add_quiz(course, title="Quiz : parler au nom de qui ?", questions=[])
    trainer = make_trainer()
    gift_file = tmp_path / "semaine-2.gift"
    gift_file.write_text(GIFT, encoding="utf-8")

    log_in(page, live_server.url, trainer, f"/admin/pages/{quiz.pk}/edit/")
    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Importer des questions (GIFT)").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Importer des questions")
    page.get_by_label("Fichier GIFT").set_input_files(str(gift_file))
    page.get_by_role("button", name="Prévisualiser les questions").click()

    problems = page.locator(".quiz-import__problems")
    expect(problems).to_contain_text("Question 3 du fichier (ligne 13)")
    expect(problems).to_contain_text("numériques")
    preview = page.locator(".quiz-import__questions")
    expect(preview.locator("fieldset")).to_have_count(2)
    expect(preview).to_contain_text("Un compte d'organisation peut dire « je ».")
    expect(preview).to_contain_text("Qui parle, et quand.")
    assert_accessible(page)
    page.get_by_role("button", name="Ajouter ces 2 questions à un brouillon").click()

    expect(page.locator(".messages")).to_contain_text("2 questions ajoutées à un brouillon")
    assert len(QuizPage.objects.get(pk=quiz.pk).questions) == 0  # not live yet
    page.get_by_role("button", name="Afficher/masquer la prévisualisation").click()
    learner_view = page.frame_locator("iframe[title]").first
    expect(learner_view.locator("main")).to_contain_text("Que dit la bio d'un compte")

    page.get_by_role("button", name="Plus d'actions").last.click()
    page.get_by_role("button", name="Publier").click()
    expect(page.locator(".messages")).to_contain_text("Quiz : parler au nom de qui ?")
    quiz = QuizPage.objects.get(pk=quiz.pk)
    assert [child.block_type for child in quiz.questions] == ["true_false", "multiple"]

    session = course.sessions.first() or CourseSessionFactory(course=course)
    for picks in ({0: [0], 1: [0, 1]}, {0: [1], 1: [0, 2]}, {0: [1], 1: [2]}):
        learner = UserFactory()
        Enrolment.objects.create(user=learner, session=session)
        attempt(learner, quiz, picks)

    page.goto(f"{live_server.url}/admin/")
    page.get_by_role("button", name="Signalements").click()
    page.get_by_role("link", name="Résultats des quiz").click()
    page.get_by_role("link", name="Quiz : parler au nom de qui ?").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Quiz : parler au nom de qui ?")
    first = page.locator(".quiz-stats__question").first
    expect(first).to_contain_text("33\u00a0% de bonnes réponses, sur 3 réponses")
    expect(first.get_by_role("row", name=re.compile("^Faux"))).to_contain_text(
        "mauvaise réponse la plus choisie"
    )
    expect(first.get_by_role("row", name=re.compile("^Faux"))).to_contain_text("2 (67 %)")
    assert_accessible(page)
    assert_fits_the_screen(page)
    assert page.console_errors == []
