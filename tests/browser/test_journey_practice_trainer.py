"""The practice timeline's trainer and live-tweet journeys, in Chromium.

A trainer highlights a learner's post as a good example with a note, and the learner
sees it marked, with the note; the trainer hides a post and shows it again. A learner
live-tweets the week-5 talk: a cue of the transcript ties the post to its moment.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, assert_fits_the_screen
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pass-word-123"


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


def week_five_open():
    """The demo session started 40 days ago: week 5 (28 days after the start) is open."""
    import datetime

    from django.utils import timezone

    from course.models import CourseSession

    session = CourseSession.objects.get()
    session.starts_on = timezone.localdate() - datetime.timedelta(days=40)
    session.save(update_fields=["starts_on"])


def trainer():
    from django.contrib.auth.models import Group

    from trainers.groups import TRAINERS_GROUP

    user = UserFactory(display_name="Odile Formatrice", is_staff=True)
    user.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    return user


def live_tweet_page():
    from practice.models import PracticePage

    return PracticePage.objects.get(slug="fil-entrainement-live-tweet")


def test_a_trainer_highlights_a_post_with_a_note_and_the_learner_sees_it(
    live_server, demo, page, browser
):
    from course.models import CourseSession
    from practice import posting

    timeline = live_tweet_page()
    lena = enrolled("Léna Vasseur", "lena_v")
    posting.publish(
        timeline,
        CourseSession.objects.get(),
        lena,
        ["« Un compte qui ne répond jamais, c’est un guichet fermé. » #JourneeComPublique"],
        moment_seconds=88,
    )
    odile = trainer()
    log_in(page, live_server.url, odile, timeline.url)
    post = page.locator(".timeline-post").filter(has_text="guichet fermé")
    expect(post).to_contain_text("à 1:28 de l’enregistrement")
    post.get_by_text("Mettre en avant comme bon exemple").click()
    post.get_by_label("Votre note pour la session (facultative)").fill(
        "Citation **exacte**, entre guillemets : bravo."
    )
    post.get_by_role("button", name="Mettre ce message en avant").click()
    marked = page.locator(".timeline-post--highlighted").filter(has_text="guichet fermé")
    expect(marked).to_contain_text("Bon exemple")
    expect(marked.locator(".timeline-post__note strong")).to_have_text("exacte")
    expect(page.locator(".messages")).to_contain_text("mis en avant comme bon exemple")
    assert_accessible(page)
    assert_fits_the_screen(page)

    # Hidden, then shown again: the trainer still sees it, marked.
    marked.get_by_role("button", name="Masquer").click()
    hidden = page.locator(".timeline-post--hidden").filter(has_text="guichet fermé")
    expect(hidden).to_contain_text("Masqué aux apprenants")
    hidden.get_by_role("button", name="Réafficher").click()
    expect(page.locator(".timeline-post--hidden")).to_have_count(0)

    # The learner sees the good example and the trainer's note; no trainer's tool.
    context = browser.new_context(viewport=page.viewport_size, locale="fr-FR")
    learner_page = context.new_page()
    log_in(learner_page, live_server.url, lena, timeline.url)
    seen = learner_page.locator(".timeline-post").filter(has_text="guichet fermé")
    expect(seen).to_contain_text("Bon exemple")
    expect(seen).to_contain_text("entre guillemets : bravo.")
    expect(learner_page.get_by_text("Mettre en avant comme bon exemple")).to_have_count(0)
    expect(learner_page.get_by_role("button", name="Masquer")).to_have_count(0)
    assert_accessible(learner_page)
    context.close()
    assert page.console_errors == []


@pytest.mark.parametrize("viewport", [(1280, 900)], indirect=True, ids=["laptop"])
def test_a_learner_ties_a_live_tweet_to_a_moment_of_the_talk(live_server, demo, page):
    timeline = live_tweet_page()
    week_five_open()
    yanis = enrolled("Yanis Ferrer", "yanis_f")
    log_in(page, live_server.url, yanis, timeline.url)
    page.locator(".transcript__cue").filter(has_text="Deuxième idée").get_by_role("link").click()
    moment = page.get_by_label("Moment de l’enregistrement")
    expect(moment).to_have_value("88")
    expect(page.locator('.transcript__cue[aria-current="true"]')).to_contain_text("Deuxième idée")
    page.get_by_label("Votre message").fill(
        "Un guichet fermé, lumière allumée. #JourneeComPublique"
    )
    page.get_by_role("button", name="Publier").click()
    mine = page.locator(".timeline-post").filter(has_text="lumière allumée")
    expect(mine).to_contain_text("à 1:28 de l’enregistrement")
    page.get_by_role(
        "link", name="Voir le replay : les messages en regard de la transcription"
    ).click()
    row = page.locator(".replay__row").filter(has_text="Deuxième idée")
    expect(row).to_contain_text("lumière allumée")
    assert_accessible(page)
    assert page.console_errors == []
