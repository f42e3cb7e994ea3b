"""A learner writes their bio and watches the checklist turn green, loses the network
and the tab, finds the draft again, submits and shares it; a second learner gives
feedback on it. Hostile markup in the bio shows as text and never runs."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, assert_fits_the_screen
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pass-word-123"
HOSTILE = '<img src=x onerror="window.__pwned=1">'


def log_in(page, base_url, user, next_path):
    page.goto(f"{base_url}/fr/account/login/?next={next_path}")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"{base_url}{next_path}")


def enrolled_learner(name):
    from course.models import CourseSession, Enrolment

    user = UserFactory(display_name=name)
    Enrolment.objects.create(user=user, session=CourseSession.objects.get())
    return user


def bio_exercise_path():
    from exercises.models import ExercisePage

    return ExercisePage.objects.get(kind="bio").url


def checklist(page):
    return page.locator("[data-checklist] .bio-check")


def test_write_a_bio_keep_the_draft_through_a_lost_network_submit_and_get_feedback(
    live_server, demo, page, browser, viewport
):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    author = enrolled_learner("Clémence Arvor")
    path = bio_exercise_path()
    log_in(page, live_server.url, author, path)
    assert_accessible(page)
    assert_fits_the_screen(page)

    # Typing: the counter, the preview and the checklist follow every keystroke.
    field = page.get_by_role("textbox", name="Votre bio", exact=True)
    field.press_sequentially("Bibliothécaire")
    expect(page.locator("[data-counter]")).to_contain_text("14 / 160")
    expect(checklist(page).nth(0)).to_have_class("bio-check bio-check--passed")
    expect(checklist(page).nth(1)).not_to_have_class("bio-check bio-check--passed")
    field.press_sequentially(" à la médiathèque de Vannes, pour les lecteurs")
    expect(checklist(page).nth(1)).to_have_class("bio-check bio-check--passed")
    expect(checklist(page).nth(2)).to_have_class("bio-check bio-check--passed")
    expect(page.locator("[data-preview]")).to_have_text(
        "Bibliothécaire à la médiathèque de Vannes, pour les lecteurs"
    )
    expect(page.locator("[data-save-status]")).to_have_text("Brouillon enregistré")

    # Reloading finds the draft the server saved.
    page.reload()
    expect(page.get_by_role("textbox", name="Votre bio", exact=True)).to_have_value(
        "Bibliothécaire à la médiathèque de Vannes, pour les lecteurs"
    )

    # The network drops: typing goes on, the browser keeps the text.
    page.context.set_offline(True)
    field = page.get_by_role("textbox", name="Votre bio", exact=True)
    field.click()
    field.press("ControlOrMeta+End")
    field.press_sequentially(". Avis perso.")
    expect(page.locator("[data-save-status]")).to_contain_text("Hors ligne", timeout=10_000)
    expect(checklist(page).nth(3)).to_have_class("bio-check bio-check--passed")
    page.context.set_offline(False)
    expect(page.locator("[data-save-status]")).to_have_text("Brouillon enregistré", timeout=10_000)

    # The autosave fails and the tab is closed before it can retry: the draft comes back.
    page.route("**/autosave/", lambda route: route.abort())
    field.press_sequentially(" " + HOSTILE)
    expect(page.locator("[data-save-status]")).to_contain_text("Hors ligne", timeout=10_000)
    page.unroute("**/autosave/")
    page.reload()
    expect(page.locator("[data-restored]")).to_have_text(
        "Nous avons restauré le brouillon que vous n’aviez pas encore enregistré."
    )
    final = "Bibliothécaire à la médiathèque de Vannes, pour les lecteurs. Avis perso. " + HOSTILE
    expect(page.get_by_role("textbox", name="Votre bio", exact=True)).to_have_value(final)
    expect(page.locator("[data-preview]")).to_have_text(final)
    expect(page.locator("[data-preview] img")).to_have_count(0)
    expect(page.locator("[data-save-status]")).to_have_text("Brouillon enregistré", timeout=10_000)
    assert_accessible(page)

    # Submit and share.
    page.get_by_label("Partagée avec les autres apprenants de ma session").check()
    page.get_by_role("button", name="Soumettre", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Votre réponse est soumise")
    result = page.locator("#result")
    expect(result).to_contain_text("Version 1")
    expect(result).to_contain_text(HOSTILE)
    expect(result.locator("img")).to_have_count(0)
    assert_accessible(page)
    assert_fits_the_screen(page)

    # A second learner is handed the bio and gives feedback.
    context = browser.new_context(viewport=viewport, locale="fr-FR")
    other = context.new_page()
    other.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    reviewer = enrolled_learner("Malo Guivarch")
    log_in(other, live_server.url, reviewer, path)
    peers = other.locator("#peers")
    peers.get_by_role("button", name="Donner un retour").click()
    card = other.locator(".peer-card").filter(has_text="Clémence Arvor")
    expect(card).to_contain_text(HOSTILE)
    card.get_by_role("link", name="Donner un retour à Clémence Arvor").click()
    expect(other.locator("h1")).to_have_text("La réponse de Clémence Arvor")
    assert_accessible(other)
    other.get_by_label("Ajouter un commentaire").fill("Très clair ! Un lien vers la médiathèque ?")
    other.get_by_role("button", name="Envoyer le commentaire").click()
    expect(other.locator(".comment").first).to_contain_text("Très clair")
    assert_fits_the_screen(other)
    context.close()

    page.reload()
    expect(page.locator("#result")).to_contain_text("1 commentaire de vos pairs")
    assert dialogs == []
    assert page.evaluate("window.__pwned") is None


@pytest.mark.parametrize("viewport", [(1280, 900)], indirect=True, ids=["laptop"])
def test_two_tabs_on_the_same_bio_keep_both_texts(live_server, demo, page):
    author = enrolled_learner("Ninon Le Bihan")
    path = bio_exercise_path()
    log_in(page, live_server.url, author, path)
    other = page.context.new_page()
    other.goto(live_server.url + path)

    first = page.get_by_role("textbox", name="Votre bio", exact=True)
    first.press_sequentially("Texte du premier onglet")
    expect(page.locator("[data-save-status]")).to_have_text("Brouillon enregistré")

    second = other.get_by_role("textbox", name="Votre bio", exact=True)
    second.press_sequentially("Texte du second onglet")
    conflict = other.locator("[data-conflict]")
    expect(conflict).to_be_visible(timeout=10_000)
    expect(conflict.locator("textarea")).to_have_value("Texte du premier onglet")
    expect(second).to_have_value("Texte du second onglet")
    assert_accessible(other)

    # The second tab goes on writing: its text is saved, the first one's stays in view.
    second.press_sequentially(", suite")
    expect(other.locator("[data-save-status]")).to_have_text("Brouillon enregistré")
    expect(conflict.locator("textarea")).to_have_value("Texte du premier onglet")

    first.press_sequentially(", encore")
    expect(page.locator("[data-conflict] textarea")).to_have_value(
        "Texte du second onglet, suite", timeout=10_000
    )
    expect(first).to_have_value("Texte du premier onglet, encore")


@pytest.mark.parametrize("viewport", [(1280, 800)], indirect=True, ids=["laptop"])
def test_a_bio_typed_with_a_trailing_space_is_submitted_without_a_false_conflict(
    live_server, demo, page
):
    author = enrolled_learner("Gwenola Le Bihan")
    path = bio_exercise_path()
    log_in(page, live_server.url, author, path)
    field = page.get_by_role("textbox", name="Votre bio", exact=True)
    # The browser keeps "… lecteurs " while the server stores the text trimmed.
    field.press_sequentially("Bibliothécaire à Lorient, pour les lecteurs ")
    page.get_by_role("button", name="Soumettre", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Votre réponse est soumise")
    expect(page.locator("[data-conflict]")).to_have_count(0)
    expect(page.locator("[data-restored]")).to_be_hidden()
    page.reload()
    expect(page.locator("[data-conflict]")).to_have_count(0)
    expect(page.locator("[data-restored]")).to_be_hidden()
