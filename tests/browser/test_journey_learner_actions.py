"""Every primary action of a learner, clicked as a mouse or a finger does, on a phone and on
a laptop: sign up, confirm, enrol, resume from "Mon parcours", next step, mark done,
comment, reply, edit, report, each exercise kind, peer feedback, certificate, export, delete.

Playwright's `click()` first checks that the target is what receives the click at that
point: an element laid over it (the stretched link of a card covered "Reprendre là où vous
en étiez" on "Mon parcours") makes the click fail instead of landing elsewhere. The timeout
is short so that such a failure says so at once. Each page of the journey runs axe-core.

What only prepares the scene (a peer's shared bio, a neighbour's comment, the steps before
the last one) is written through the apps' own services, not clicked.
"""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, assert_fits_the_screen
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL = "camille.le-goff@example.org"
PASSWORD = "un-mot-de-passe-solide-42"
REFLECTION = " ".join(
    ["Montrer un peu de soi rend le compte humain et donne envie de lire la suite."] * 3
)


def _prepare_the_scene():
    """A session started a month ago, so that every week is open (a week not open yet takes
    no answer), a peer who shared a bio in it, and a neighbour's comment under a round table."""
    import datetime

    from django.utils import timezone

    from course.models import CourseSession, Enrolment, TestimonialPage
    from discussions import services as discussions
    from exercises import services as exercises
    from exercises.answers import Answer
    from exercises.models import ExercisePage

    session = CourseSession.objects.get()
    session.starts_on = timezone.localdate() - datetime.timedelta(days=30)
    session.save(update_fields=["starts_on"])
    peer = UserFactory(display_name="Maëlle Kervella")
    Enrolment.objects.create(user=peer, session=session)
    bio = ExercisePage.objects.get(kind="bio")
    text = "Documentaliste au lycée de Pontivy, pour les élèves. Avis perso."
    exercises.submit(bio, peer, Answer(text=text), "shared")
    round_table = TestimonialPage.objects.get(slug="table-ronde-se-presenter")
    neighbour = UserFactory(display_name="Yannick Le Dû")
    discussions.post_comment(user=neighbour, target=round_table, body="Qui a déjà une bio ?")
    return {
        "round_table": round_table.url,
        "exercises": {page.kind: page.url for page in ExercisePage.objects.live()},
    }


def _all_steps_done_but_the_last(email):
    from course import learning
    from course.models import CoursePage, Enrolment
    from course.navigation import course_navigation

    enrolment = Enrolment.objects.get(user__email=email)
    steps = course_navigation(CoursePage.objects.live().get())["outline"].steps
    # The last step the learner marks done themselves (a quiz is done by passing it).
    last = next(step for step in reversed(steps) if step.specific.is_marked_by_learner)
    for step in steps:
        if step.pk != last.pk:
            learning.set_step_done(enrolment, step, True)
    learning.set_step_done(enrolment, last, False)
    return last.url


def _confirmation_link(base_url) -> str:
    assert mail.outbox, "no confirmation email was sent"
    match = re.search(r"https?://\S+/account/confirm-email/\S+/", mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return re.sub(r"^https?://[^/]+", base_url, match.group(0))


def _my_learning(page):
    page.locator(".account-nav").get_by_role("link", name="Mon parcours").click()
    expect(page.locator("h1")).to_have_text("Mon parcours")


@pytest.mark.parametrize(
    "viewport", [(390, 844), (1280, 800)], indirect=True, ids=["phone", "laptop"]
)
def test_a_learner_clicks_every_primary_action(live_server, demo, page):
    page.set_default_timeout(5_000)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    scene = _prepare_the_scene()
    base = live_server.url
    mail.outbox.clear()

    # Sign up from the course's card, confirm the address, enrol.
    page.goto(base + "/fr/")
    page.locator(".card--course .card__title a").first.click()
    course_url = page.url
    page.get_by_role("link", name="Créer un compte pour suivre le cours").click()
    page.locator("input[name=email]").fill(EMAIL)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    assert_accessible(page)
    page.locator("main form button[type=submit]").last.click()
    expect(page.locator("h1")).to_be_visible()
    page.goto(_confirmation_link(base))
    page.locator("main form button[type=submit]").first.click()
    page.goto(course_url)
    page.get_by_role("button", name="S’inscrire au cours").click()
    expect(page.locator(".course-action__state")).to_have_text("Vous êtes inscrit.")
    assert_accessible(page)

    # Start, mark the first step done, go to the next one.
    page.get_by_role("link", name="Commencer le cours").first.click()
    page.get_by_role("button", name="Marquer comme terminé").click()
    expect(page.get_by_role("button", name="Marquer comme non terminé")).to_be_visible()
    page.locator(".pager__link--next").click()
    second_step = page.url
    assert_accessible(page)

    # "Mon parcours": the card's own buttons and links take the click, not the card's title.
    _my_learning(page)
    assert_accessible(page)
    assert_fits_the_screen(page)
    page.get_by_role("link", name="Reprendre là où vous en étiez").click()
    expect(page).to_have_url(second_step)
    page.go_back()
    page.locator(".dashboard__next a").click()
    expect(page).to_have_url(second_step)

    # Comment under a round table, reply to a neighbour, edit, report.
    page.goto(base + scene["round_table"])
    thread = page.locator("section#discussion")
    thread.get_by_label("Ajouter un commentaire").fill("Je commence à peine, bonjour à tous.")
    thread.get_by_role("button", name="Envoyer le commentaire").click()
    mine = thread.locator(".comment").filter(has_text="Je commence à peine").first
    expect(mine).to_be_visible()
    theirs = thread.locator(".comment").filter(has_text="Qui a déjà une bio ?").first
    theirs.locator("summary", has_text="Répondre").first.click()
    theirs.get_by_label("Votre réponse à Yannick Le Dû").fill("Pas encore, elle arrive !")
    theirs.get_by_role("button", name="Envoyer la réponse").click()
    reply = thread.locator(".comment").filter(has_text="Pas encore, elle arrive !").last
    expect(reply).to_be_visible()
    mine.locator("summary", has_text="Modifier").first.click()
    mine.get_by_label("Modifier votre commentaire").fill("Je commence, bonjour à toutes et tous.")
    mine.get_by_role("button", name="Enregistrer").click()
    expect(thread.locator(".comment__text", has_text="bonjour à toutes et tous")).to_be_visible()
    theirs.locator("summary", has_text="Signaler").first.click()
    theirs.get_by_label("Hors sujet").first.check()
    theirs.get_by_role("button", name="Envoyer le signalement").first.click()
    expect(thread.locator("[data-discussion-status]")).to_contain_text("les modérateurs")
    assert_accessible(page)

    # The bio, shared, then feedback to the peer it hands out.
    page.goto(base + scene["exercises"]["bio"])
    page.get_by_role("textbox", name="Votre bio", exact=True).fill(
        "Professeure documentaliste au collège de Vannes, pour les élèves. Avis perso."
    )
    page.get_by_label("Partagée avec les autres apprenants de ma session").check()
    page.get_by_role("button", name="Soumettre", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Votre réponse est soumise")
    page.locator("#peers").get_by_role("button", name="Donner un retour").click()
    page.get_by_role("link", name="Donner un retour à Maëlle Kervella").click()
    expect(page.locator("h1")).to_have_text("La réponse de Maëlle Kervella")
    page.get_by_label("Ajouter un commentaire").fill("Claire et précise, merci !")
    page.get_by_role("button", name="Envoyer le commentaire").click()
    expect(page.locator(".comment").first).to_contain_text("Claire et précise")
    assert_accessible(page)

    # One account or two: every question answered by a click on its first answer.
    page.goto(base + scene["exercises"]["one_or_two"])
    for question in page.locator("fieldset.exercise-question").all():
        question.locator("label").first.click()
    page.get_by_role("button", name="Soumettre", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Votre réponse est soumise")
    page.get_by_label("Je suis d’accord").check()
    expect(page.get_by_text("Pourquoi ? (facultatif)")).to_be_visible()
    page.get_by_role("button", name="Envoyer mon avis").click()
    expect(page.locator(".messages")).to_contain_text("votre avis est enregistré")
    assert_accessible(page)

    # A reflection: a stand and a few sentences.
    page.goto(base + scene["exercises"]["reflection"])
    page.locator("fieldset.exercise-positions label").first.click()
    page.get_by_role("textbox", name="Votre réponse", exact=True).fill(REFLECTION)
    page.get_by_role("button", name="Soumettre", exact=True).click()
    expect(page.get_by_text("Comment la classe s’est répartie")).to_be_visible()
    assert_accessible(page)

    # The last step done from "Mon parcours", then the certificate from its card.
    last_step = _all_steps_done_but_the_last(EMAIL)
    _my_learning(page)
    page.get_by_role("link", name="Reprendre là où vous en étiez").click()
    expect(page).to_have_url(base + last_step)
    page.get_by_role("button", name="Marquer comme terminé").click()
    expect(page.get_by_role("button", name="Marquer comme non terminé")).to_be_visible()
    _my_learning(page)
    page.get_by_role("link", name="Voir mon certificat").click()
    expect(page.locator("h1")).to_have_text("Certificat de réussite")
    assert_accessible(page)

    # Export my data, then delete my account, from the profile's menu.
    page.locator(".account-nav").get_by_role("link", name="Profil").click()
    page.locator(".account-menu").get_by_role("link", name="Exporter mes données").click()
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Télécharger mes données").click()
    assert download.value.suggested_filename.endswith(".json")
    page.locator(".account-menu").get_by_role("link", name="Supprimer mon compte").click()
    expect(page.locator("h1")).to_have_text("Supprimer mon compte")
    assert_accessible(page)
    page.get_by_label("Votre mot de passe actuel").fill(PASSWORD)
    page.get_by_role("button", name="Supprimer définitivement mon compte").click()
    expect(page.locator(".messages")).to_contain_text("Votre compte a été supprimé")

    from accounts.models import User

    assert not User.objects.filter(email=EMAIL).exists()
    assert dialogs == []
    assert page.console_errors == []
