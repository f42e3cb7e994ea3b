"""A practice timeline in a week that has not opened yet for the learner's session: read,
not written to (as quizzes, exercises and "mark as done": course/release.py)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import dateformat, timezone

from config.typography import first_of_month
from practice.models import Like, Post

pytestmark = pytest.mark.django_db


@pytest.fixture
def week_in_two_days(module, session):
    """The timeline's week opens 7 days after the session starts: the session started 5
    days ago (tests/factories.py), so in two days."""
    module.opens_after_days = 7
    module.save_revision().publish()
    return timezone.localdate() + datetime.timedelta(days=2)


def _french_date(day):
    return first_of_month(dateformat.format(day, "l j F Y"))


def test_a_post_to_an_unopened_week_is_refused_in_french_with_the_text_kept(
    client, enrolment, practice, week_in_two_days
):
    client.force_login(enrolment.user)
    endpoint = reverse("practice:post", args=[practice.pk])
    response = client.post(endpoint, {"action": "post", "body": "Mon tout premier gazouillis"})
    assert response.status_code == 403
    html = response.content.decode()
    assert f"Cette semaine ouvre le {_french_date(week_in_two_days)}\u00a0:" in html
    assert "Mon tout premier gazouillis</textarea>" in html
    assert not Post.objects.exists()
    # Refused again: no kept access lets a second post through the endpoint's quick path.
    again = client.post(endpoint, {"action": "post", "body": "Encore"})
    assert again.status_code == 403
    assert not Post.objects.exists()


def test_a_like_in_an_unopened_week_is_refused_as_json(
    client, enrolment, practice, week_in_two_days, peer
):
    post = Post.objects.create(
        page=practice, session=enrolment.session, author=peer, body="Bonjour"
    )
    client.force_login(enrolment.user)
    response = client.post(
        reverse("practice:post", args=[practice.pk]),
        {"action": "like", "post": post.pk},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 403
    assert "Cette semaine ouvre le" in response.json()["error"]
    assert not Like.objects.exists()


def test_the_timeline_of_an_unopened_week_says_when_to_post_and_offers_no_post_button(
    client, enrolment, practice, week_in_two_days
):
    client.force_login(enrolment.user)
    html = client.get(practice.url).content.decode()
    date = _french_date(week_in_two_days)
    assert f"Vous pourrez publier sur ce fil à partir du {date}" in html
    assert 'value="post"' not in html and 'value="more"' not in html


def test_the_same_timeline_takes_posts_once_the_week_has_opened(client, enrolment, practice):
    client.force_login(enrolment.user)
    response = client.post(
        reverse("practice:post", args=[practice.pk]), {"action": "post", "body": "Ouvert"}
    )
    assert response.status_code == 303
    assert Post.objects.get().body == "Ouvert"


def test_the_posts_of_an_unopened_week_offer_no_reply_quote_or_like(
    client, enrolment, practice, week_in_two_days, peer
):
    Post.objects.create(page=practice, session=enrolment.session, author=peer, body="Bonjour")
    client.force_login(enrolment.user)
    html = client.get(practice.url).content.decode()
    assert "Bonjour" in html
    assert "data-like-form" not in html
    assert "reply_to=" not in html and "quote=" not in html
