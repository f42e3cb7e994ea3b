"""The poll's fast path (practice/poll.py): with the page's signed poll token, "nothing new"
is answered before the session and costs no query; anything else goes to the view, which
checks access fully (its answers, and only they, bring a fresh token)."""

import re

import pytest
from django.core import signing
from django.test import Client, RequestFactory
from django.urls import reverse

from course.learning import leave
from practice import poll, posting, timeline
from practice.models import PracticePage
from tests.practice.conftest import add_practice

pytestmark = pytest.mark.django_db


def updates(page_id, session_id, after):
    return reverse("practice:updates", args=[page_id, session_id]) + f"?after={after}"


def token_on_page(client, practice) -> str:
    found = re.search(r'data-poll-token="([^"]+)"', client.get(practice.url).content.decode())
    assert found, "the page hands its poller a token"
    return found[1]


def forged_token(client, user, page_id, session_id) -> str:
    """A well signed token for this browser and person, for any timeline."""
    request = RequestFactory().get("/")
    request.user = user
    request.session = client.session
    return poll.issue(request, page_id, session_id)


def ask(client, url, token):
    return client.get(url, headers={poll.TOKEN_HEADER: token})


def went_to_the_view(response) -> bool:
    return poll.TOKEN_HEADER in response


@pytest.fixture
def reader(client, enrolment):
    client.force_login(enrolment.user)
    return client


@pytest.fixture
def newest(practice, session, peer):
    (post,) = posting.publish(practice, session, peer, ["Premier"])
    timeline.last_post_id(practice.pk, session.pk)  # the cursor kept, as after any poll
    return post


def test_nothing_new_with_the_token_is_a_304_without_any_query(
    reader, practice, session, newest, django_assert_num_queries
):
    token = token_on_page(reader, practice)
    with django_assert_num_queries(0):
        response = ask(reader, updates(practice.pk, session.pk, newest.pk), token)
    assert response.status_code == 304
    assert response["ETag"] == f'"p{newest.pk}"'
    assert not went_to_the_view(response)
    assert "no-store" in response["Cache-Control"]


def test_if_none_match_on_the_newest_post_is_answered_by_the_fast_path(
    reader, practice, session, newest, django_assert_num_queries
):
    token = token_on_page(reader, practice)
    with django_assert_num_queries(0):
        response = reader.get(
            updates(practice.pk, session.pk, 0),
            headers={poll.TOKEN_HEADER: token, "If-None-Match": f'"p{newest.pk}"'},
        )
    assert response.status_code == 304


def test_a_new_post_is_still_delivered_to_a_poll_with_a_token(
    reader, practice, session, peer, newest
):
    token = token_on_page(reader, practice)
    (fresh,) = posting.publish(practice, session, peer, ["Nouveau"])
    response = ask(reader, updates(practice.pk, session.pk, newest.pk), token)
    assert response.status_code == 200
    assert f'id="post-{fresh.pk}"' in response.content.decode()
    assert went_to_the_view(response)


def test_a_token_of_another_session_falls_through_to_a_404(
    client, practice, session, newest, outsider, other_session
):
    """A learner of another session with a genuine token of their own timeline."""
    client.force_login(outsider)
    token = forged_token(client, outsider, practice.pk, other_session.pk)
    assert ask(client, updates(practice.pk, other_session.pk, 0), token).status_code == 304
    response = ask(client, updates(practice.pk, session.pk, newest.pk), token)
    assert response.status_code == 404


def test_a_token_of_another_page_falls_through_to_a_404(
    client, practice, session, newest, outsider, module
):
    other_page = add_practice(module, title="Autre fil", slug="autre-fil")
    client.force_login(outsider)
    token = forged_token(client, outsider, other_page.pk, session.pk)
    response = ask(client, updates(practice.pk, session.pk, newest.pk), token)
    assert response.status_code == 404


def test_a_token_of_another_person_falls_through_to_a_404(
    reader, practice, session, newest, outsider
):
    """The learner's token, sent from the outsider's signed-in browser."""
    token = token_on_page(reader, practice)
    stranger = Client()
    stranger.force_login(outsider)
    assert ask(stranger, updates(practice.pk, session.pk, newest.pk), token).status_code == 404


def test_an_expired_token_falls_through_to_the_view(reader, practice, session, newest, monkeypatch):
    token = token_on_page(reader, practice)
    now = signing.time.time()
    monkeypatch.setattr(signing.time, "time", lambda: now + poll.TOKEN_SECONDS + 1)
    response = ask(reader, updates(practice.pk, session.pk, newest.pk), token)
    assert response.status_code == 304
    assert went_to_the_view(response)


def test_a_tampered_token_falls_through_to_the_view(reader, practice, session, newest):
    token = token_on_page(reader, practice)
    response = ask(reader, updates(practice.pk, session.pk, newest.pk), token[:-2] + "xx")
    assert went_to_the_view(response)


def test_a_cursor_not_in_the_cache_falls_through_to_the_view(reader, practice, session, newest):
    token = token_on_page(reader, practice)
    timeline.forget_last_post(practice.pk, session.pk)
    response = ask(reader, updates(practice.pk, session.pk, newest.pk), token)
    assert response.status_code == 304
    assert went_to_the_view(response)


def test_after_leaving_the_session_the_token_gets_neither_posts_nor_nothing_new(
    reader, practice, session, peer, newest, enrolment
):
    token = token_on_page(reader, practice)
    leave(enrolment)
    url = updates(practice.pk, session.pk, newest.pk)
    assert ask(reader, url, token).status_code == 404
    posting.publish(practice, session, peer, ["Après votre départ"])
    assert ask(reader, url, token).status_code == 404


def test_signing_out_stops_the_token(reader, practice, session, newest):
    token = token_on_page(reader, practice)
    reader.logout()
    assert ask(reader, updates(practice.pk, session.pk, newest.pk), token).status_code == 404


def test_the_views_answers_bring_a_fresh_token_that_the_fast_path_accepts(
    reader, practice, session, newest, django_assert_num_queries
):
    first = reader.get(updates(practice.pk, session.pk, 0))
    assert first.status_code == 200
    with django_assert_num_queries(0):
        again = ask(reader, updates(practice.pk, session.pk, newest.pk), first[poll.TOKEN_HEADER])
    assert again.status_code == 304


def test_the_page_of_a_filtered_timeline_hands_no_token(reader, practice, newest):
    page = reader.get(practice.url + "?tag=x").content.decode()
    assert "data-poll-token" not in page


def test_the_token_names_neither_the_session_key_nor_the_cookie(reader, practice):
    token = token_on_page(reader, practice)
    payload = signing.loads(token, salt="practice.poll")
    assert reader.session.session_key not in str(payload)
    assert PracticePage.objects.filter(pk=payload[2]).exists()
