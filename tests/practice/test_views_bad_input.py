"""Odd or hostile input to the timeline's forms and poll: refused cleanly, nothing saved."""

import pytest
from django.urls import reverse
from django.utils import timezone

from practice import posting
from practice.models import Like, Post

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, enrolment):
    client.force_login(enrolment.user)
    return client


def test_an_empty_post_is_refused(signed_in, practice):
    response = signed_in.post(practice.url, {"action": "post", "body": "   \n "})
    assert response.status_code == 400
    assert "Écrivez quelque chose avant de publier." in response.content.decode()
    assert not Post.objects.exists()


def test_a_huge_text_is_refused_without_being_saved(signed_in, practice):
    response = signed_in.post(practice.url, {"action": "post", "body": "x" * 200_000})
    assert response.status_code == 400
    assert not Post.objects.exists()


def test_a_thread_of_more_than_ten_posts_is_refused(signed_in, practice):
    response = signed_in.post(practice.url, {"action": "post", "body": ["un"] * 11})
    assert response.status_code == 400
    assert not Post.objects.exists()


@pytest.mark.parametrize("value", ["abc", "-1", "1e5", "9" * 30, ""])
def test_odd_ids_are_ignored_or_refused(signed_in, practice, value):
    signed_in.post(practice.url, {"action": "post", "body": "Salut", "reply_to": value})
    assert all(p.reply_to_id is None for p in Post.objects.all())
    response = signed_in.post(practice.url, {"action": "like", "post": value})
    assert response.status_code == 404
    poll = reverse("practice:updates", args=[practice.pk, 1]) + f"?after={value}"
    assert signed_in.get(poll).status_code in (200, 304, 404)


def test_replying_to_a_hidden_post_is_refused(signed_in, practice, session, peer):
    (hidden,) = posting.publish(practice, session, peer, ["Masqué"])
    Post.objects.filter(pk=hidden.pk).update(hidden_at=timezone.now())
    response = signed_in.post(
        practice.url, {"action": "post", "body": "Réponse", "reply_to": hidden.pk}
    )
    assert response.status_code == 400
    assert "Ce message n’est plus sur le fil." in response.content.decode()
    assert signed_in.post(practice.url, {"action": "like", "post": hidden.pk}).status_code == 404


def test_liking_past_the_limit_answers_429(signed_in, practice, session, peer, write_limit):
    write_limit("practice_like", "2/m")
    (post,) = posting.publish(practice, session, peer, ["Aimez"])
    for action in ("like", "unlike"):
        assert signed_in.post(practice.url, {"action": action, "post": post.pk}).status_code == 303
    response = signed_in.post(
        practice.url, {"action": "like", "post": post.pk}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 429
    assert "error" in response.json()
    assert not Like.objects.exists()


def test_the_poll_refuses_post(signed_in, practice, session):
    url = reverse("practice:updates", args=[practice.pk, session.pk])
    assert signed_in.post(url).status_code == 405
