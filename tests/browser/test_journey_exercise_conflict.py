"""Two tabs on the same bio: after the conflict, the first tab types on, saves and is
reloaded; the second tab's text is not lost: the page offers it, the learner reads it
and restores it with a click, and the text it replaces is kept in its turn."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, assert_fits_the_screen
from tests.browser.test_journey_exercise import bio_exercise_path, enrolled_learner, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SAVED = "Brouillon enregistré"


def test_the_other_tabs_text_survives_typing_on_and_reloading(live_server, demo, page):
    author = enrolled_learner("Ninon Le Bihan")
    path = bio_exercise_path()
    log_in(page, live_server.url, author, path)
    other = page.context.new_page()
    other.goto(live_server.url + path)

    second = other.get_by_role("textbox", name="Votre bio", exact=True)
    second.press_sequentially("Texte de l’onglet B")
    expect(other.locator("[data-save-status]")).to_have_text(SAVED, timeout=10_000)

    first = page.get_by_role("textbox", name="Votre bio", exact=True)
    first.press_sequentially("Texte de l’onglet A")
    expect(page.locator("[data-conflict]")).to_be_visible(timeout=10_000)

    # The first tab types on: its text is saved over the other one's.
    first.press_sequentially(", suite")
    expect(page.locator("[data-save-status]")).to_have_text(SAVED, timeout=10_000)
    page.reload()
    first = page.get_by_role("textbox", name="Votre bio", exact=True)
    expect(first).to_have_value("Texte de l’onglet A, suite")

    kept = page.get_by_role("region", name="Textes conservés d’un autre onglet")
    expect(kept).to_be_visible()
    item = kept.locator("li").filter(has_text="Texte de l’onglet B")
    expect(item).to_have_count(1)
    assert_accessible(page)
    assert_fits_the_screen(page)

    item.get_by_role("button", name="Restaurer ce texte").click()
    expect(page.locator(".messages")).to_contain_text("Le texte conservé est de retour")
    expect(page.get_by_role("textbox", name="Votre bio", exact=True)).to_have_value(
        "Texte de l’onglet B"
    )
    kept = page.get_by_role("region", name="Textes conservés d’un autre onglet")
    expect(kept.locator("li").filter(has_text="Texte de l’onglet A, suite")).to_have_count(1)
    expect(kept.locator("li").filter(has_text="Texte de l’onglet B")).to_have_count(0)
    assert_accessible(page)
    # The conflicts answer 409, as they should; nothing else went wrong.
    assert [e for e in page.console_errors if "409" not in e] == []
