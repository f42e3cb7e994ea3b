"""A practice timeline in a week that has not opened yet for the learner's session: read,
not written to (as quizzes, exercises and "mark as done": course/release.py)."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import dateformat, timezone

from config.typography import first_of_month
from practice import posting
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
    # An empty timeline does not invite the learner to write first.
    assert "Pas encore de message." in html and "écrivez le premier" not in html


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


def _post_item(html, post):
    """The `<li>` of `post` as rendered, spaces between tags aside."""
    found = re.search(rf'<li class="timeline-post[^"]*" id="post-{post.pk}".*?</li>', html, re.S)
    assert found, f"post {post.pk} not in the HTML"
    return re.sub(r">\s+<", "><", found.group(0))


def test_polled_posts_of_an_unopened_week_show_as_the_pages_without_reply_quote_or_like(
    client, enrolment, practice, week_in_two_days, peer
):
    """A post arriving by the poll reads exactly as the same post on the page: its like
    count, no reply, quote or like button while the week has not opened."""
    (first,) = posting.publish(practice, enrolment.session, peer, ["Bonjour"])
    client.force_login(enrolment.user)
    client.get(practice.url)
    (new,) = posting.publish(practice, enrolment.session, peer, ["Une nouvelle #question"])
    Like.objects.create(post=new, user=peer)

    polled = client.get(
        reverse("practice:updates", args=[practice.pk, enrolment.session.pk]) + f"?after={first.pk}"
    ).content.decode()
    page = client.get(practice.url).content.decode()

    assert "Une nouvelle" in polled
    assert "data-like-form" not in polled
    assert "reply_to=" not in polled and "quote=" not in polled
    assert _post_item(polled, new) == _post_item(page, new)


def test_posts_brought_by_the_poll_offer_reply_quote_and_like_once_the_week_has_opened(
    client, enrolment, practice, peer
):
    (first,) = posting.publish(practice, enrolment.session, peer, ["Bonjour"])
    (new,) = posting.publish(practice, enrolment.session, peer, ["Une nouvelle"])
    client.force_login(enrolment.user)

    polled = client.get(
        reverse("practice:updates", args=[practice.pk, enrolment.session.pk]) + f"?after={first.pk}"
    ).content.decode()

    assert "data-like-form" in polled
    assert f"reply_to={new.pk}" in polled and f"quote={new.pk}" in polled
