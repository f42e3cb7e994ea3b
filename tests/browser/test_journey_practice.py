"""Two learners of one session practise on the week-1 timeline, each in their own
browser: they post, mention and reply to each other, and each sees the other's posts
appear without reloading (the page polls every 5 seconds)."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, assert_fits_the_screen
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pass-word-123"
# The poll runs every 5 s: a new post shows within two rounds.
APPEARS_WITHIN_MS = 12_000


def log_in(page, base_url, user, next_path):
    page.goto(f"{base_url}/fr/account/login/?next={next_path}")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(f"{base_url}{next_path}")


def enrolled(display_name, handle):
    from course.models import CourseSession, Enrolment

    user = UserFactory(display_name=display_name, twitter_handle=handle)
    Enrolment.objects.create(user=user, session=CourseSession.objects.get())
    return user


def timeline_path():
    from practice.models import PracticePage

    return PracticePage.objects.get(slug="fil-entrainement-premiers-messages").url


@pytest.mark.parametrize("viewport", [(1280, 900)], indirect=True, ids=["laptop"])
def test_two_learners_post_mention_and_reply_and_see_each_other_live(
    live_server, demo, page, browser
):
    lena = enrolled("Léna Vasseur", "lena_v")
    hugo = enrolled("Hugo Rambert", "hugo_r")
    path = timeline_path()
    log_in(page, live_server.url, lena, path)

    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="fr-FR")
    other = context.new_page()
    other_errors = []
    other.on("pageerror", lambda error: other_errors.append(str(error)))
    other.on("response", lambda r: r.status >= 400 and other_errors.append(f"{r.status} {r.url}"))
    log_in(other, live_server.url, hugo, path)
    expect(other.locator(".practice-timeline__empty")).to_be_visible()

    # Léna's counter counts as X does; over 280 it says so.
    box = page.get_by_label("Votre message")
    box.fill("x" * 279 + " 🙂")
    expect(page.locator("[data-counter]").first).to_contain_text("282 / 280")
    expect(page.locator("[data-counter]").first).to_contain_text("au-delà de la limite")
    box.fill("Bonjour @hugo_r ! Vous venez pour le #MOOCgazouillis ?")
    expect(page.locator("[data-counter]").first).to_have_text("54 / 280")
    page.get_by_role("button", name="Publier").click()
    mine = page.locator(".timeline-post").filter(has_text="Vous venez pour le")
    expect(mine).to_be_visible()
    expect(mine.locator("a.post-mention")).to_have_text("@hugo_r")
    assert_accessible(page)

    # Hugo sees it arrive without reloading, and answers it.
    arrived = other.locator(".timeline-post").filter(has_text="Vous venez pour le")
    expect(arrived).to_be_visible(timeout=APPEARS_WITHIN_MS)
    expect(other.locator(".practice-timeline__empty")).to_be_hidden()
    arrived.get_by_role("link", name="Répondre").click()
    expect(other.get_by_role("heading", name="Votre réponse à ce message")).to_be_visible()
    other.get_by_label("Votre message").fill("Oui @lena_v, pour apprendre à répondre !")
    other.get_by_role("button", name="Répondre").click()
    reply = other.locator(".timeline-post").filter(has_text="pour apprendre à répondre")
    expect(reply).to_contain_text("En réponse à Léna Vasseur")
    assert_fits_the_screen(other)
    assert_accessible(other)

    # Léna sees the reply arrive, likes it, and finds it among her mentions.
    answer = page.locator(".timeline-post").filter(has_text="pour apprendre à répondre")
    expect(answer).to_be_visible(timeout=APPEARS_WITHIN_MS)
    answer.get_by_role("button", name="J’aime").click()
    expect(answer.locator("[data-like-count]")).to_have_text("1")
    expect(answer.get_by_role("button", name="J’aime")).to_have_attribute("aria-pressed", "true")
    page.get_by_role("link", name="Mes mentions").click()
    expect(page.locator(".timeline-post")).to_have_count(1)
    expect(page.locator(".timeline-post")).to_contain_text("pour apprendre à répondre")

    page.reload()
    expect(page.locator(".timeline-post")).to_have_count(1)
    context.close()
    assert page.console_errors == []
    assert other_errors == []
