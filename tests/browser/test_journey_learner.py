"""A learner signs up, confirms their email, enrols, completes two lessons, leaves,
comes back and resumes where they stopped, then finds the course on their dashboard."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def _confirmation_link(outbox) -> str:
    assert outbox, "no confirmation email was sent"
    match = re.search(r"https?://\S+/account/confirm-email/\S+/", outbox[-1].body)
    assert match, outbox[-1].body
    return match.group(0)


@pytest.mark.parametrize("viewport", [(1280, 900)], indirect=True, ids=["laptop"])
def test_learner_journey_from_sign_up_to_resume(live_server, demo, page):
    mail.outbox.clear()
    page.goto(live_server.url + "/fr/")
    page.locator(".card--course a").first.click()
    course_url = page.url
    page.get_by_role("link", name="Créer un compte pour suivre le cours").click()

    page.locator("input[name=email]").fill("nouvelle@example.org")
    page.locator("input[name=password1]").fill("un-mot-de-passe-solide-42")
    page.locator("input[name=password2]").fill("un-mot-de-passe-solide-42")
    assert_accessible(page)
    page.locator("form button[type=submit]").last.click()
    expect(page.locator("h1")).to_be_visible()

    link = _confirmation_link(mail.outbox).replace("http://testserver", live_server.url)
    link = re.sub(r"^https?://[^/]+", live_server.url, link)
    page.goto(link)
    page.locator("main form button[type=submit]").first.click()

    page.goto(course_url)
    page.get_by_role("button", name="S’inscrire au cours").click()
    expect(page.locator(".course-action__state")).to_have_text("Vous êtes inscrit.")
    assert_accessible(page)

    page.get_by_role("link", name="Commencer le cours").first.click()
    first_title = page.locator("h1").inner_text()
    page.get_by_role("button", name="Marquer comme terminé").click()
    expect(page.get_by_role("button", name="Marquer comme non terminé")).to_be_visible()
    page.locator(".pager__link--next").click()
    second_title = page.locator("h1").inner_text()
    page.get_by_role("button", name="Marquer comme terminé").click()
    expect(page.get_by_role("button", name="Marquer comme non terminé")).to_be_visible()
    expect(page.locator(".outline [data-progress-text]")).to_contain_text("2 sur")
    expect(page.locator(".outline .outline__step--done")).to_have_count(2)
    assert_accessible(page)

    page.goto(course_url)
    page.get_by_role("link", name="Quitter le cours").click()
    expect(page.locator("h1")).to_contain_text("Quitter le cours")
    expect(page.get_by_text("Votre progression est conservée")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Rester").click()
    expect(page.get_by_role("link", name="Reprendre là où vous en étiez")).to_be_visible()
    page.get_by_role("link", name="Quitter le cours").click()
    page.get_by_role("button", name="Quitter le cours").click()
    expect(page.get_by_role("button", name="S’inscrire au cours")).to_be_visible()
    page.get_by_role("button", name="S’inscrire au cours").click()
    page.get_by_role("link", name="Reprendre là où vous en étiez").click()
    resumed = page.locator("h1").inner_text()
    assert resumed not in (first_title, second_title)
    expect(page.get_by_role("button", name="Marquer comme terminé")).to_be_visible()

    page.get_by_role("link", name="Mon parcours").click()
    expect(page.locator("h1")).to_have_text("Mon parcours")
    expect(page.locator(".dashboard [data-progress-text]")).to_contain_text("2 sur")
    expect(page.get_by_role("link", name=resumed).first).to_be_visible()
    assert_accessible(page)
    assert page.console_errors == []
