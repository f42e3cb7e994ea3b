"""A trainer reads a learner's answer from the admin, gives feedback marked as the
teaching team's and asks for a revision; the learner finds the request on "Mon
parcours", revises and submits again, and both read the dialogue."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible
from tests.browser.test_journey_discussion import log_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIRST_BIO = "Bibliothécaire à la médiathèque de Vannes. #lecture vannes-mediatheque.fr"
NOTE = "Dites pour qui vous écrivez : les lecteurs, les familles ?"


@pytest.fixture
def page(browser, viewport):
    # The admin writes inline scripts without nonces; axe-core is injected inline:
    # the context bypasses the site's CSP as the trainer's journey does.
    context = browser.new_context(viewport=viewport, locale="fr-FR", bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


def make_people():
    from django.contrib.auth.models import Group

    from course.models import CourseSession, Enrolment
    from exercises import services
    from exercises.answers import Answer
    from exercises.models import ExercisePage
    from trainers.groups import TRAINERS_GROUP

    trainer = UserFactory(display_name="Odile Marchetti", is_staff=True)
    trainer.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    learner = UserFactory(display_name="Maël Kerhervé")
    Enrolment.objects.create(user=learner, session=CourseSession.objects.get())
    exercise = ExercisePage.objects.get(kind="bio")
    submission = services.submit(exercise, learner, Answer(text=FIRST_BIO), "private")
    return trainer, learner, exercise, submission


def test_a_trainer_asks_for_a_revision_and_the_learner_answers_it(
    live_server, demo, page, browser, viewport
):
    trainer, learner, _exercise, submission = make_people()

    # The trainer opens the answer from the admin's submissions.
    log_in(page, live_server.url, trainer, f"/admin/submissions/inspect/{submission.pk}/")
    page.get_by_role("link", name="Donner un retour ou demander une révision").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Maël Kerhervé")
    assert_accessible(page)

    # Feedback, marked as the teaching team's.
    page.get_by_label("Ajouter un commentaire").fill("Une bio nette, avec un lien : bien.")
    page.get_by_role("button", name="Envoyer le commentaire").click()
    comment = page.locator(".comment--trainer").first
    expect(comment).to_contain_text("Une bio nette")
    expect(comment.locator(".badge--trainer")).to_have_text("Équipe pédagogique")

    # The revision request.
    page.get_by_label("Que doit réviser l’apprenant").fill(NOTE)
    page.get_by_role("button", name="Envoyer la demande de révision").click()
    expect(page.locator("#revisions")).to_contain_text(NOTE)
    expect(page.locator("#revisions")).to_contain_text("En attente d’une nouvelle version.")

    # The learner finds it on "Mon parcours" and revises.
    learner_context = browser.new_context(viewport=viewport, locale="fr-FR", bypass_csp=True)
    mine = learner_context.new_page()
    log_in(mine, live_server.url, learner, "/fr/my-learning/")
    expect(mine.locator(".dashboard__revisions")).to_contain_text(NOTE)
    assert_accessible(mine)
    mine.get_by_role("link", name="Réviser ma réponse").click()
    expect(mine.locator("#revision")).to_contain_text(NOTE)
    field = mine.get_by_role("textbox", name="Votre bio", exact=True)
    field.fill(FIRST_BIO + " Pour les lecteurs et les familles.")
    mine.get_by_role("button", name="Soumettre de nouveau").click()
    # The submission goes through the server and back to the page's result.
    mine.wait_for_url("**#result", timeout=30_000)
    expect(mine.locator("#revisions")).to_contain_text("Version 2 envoyée en réponse")
    expect(mine.locator("#revision")).to_have_count(0)
    assert_accessible(mine)
    learner_context.close()

    # The trainer reads the answered request beside the new version.
    page.reload()
    expect(page.locator("#revisions")).to_contain_text("Version 2 envoyée en réponse")
    expect(page.locator(".submission-page__answer")).to_contain_text("familles")
