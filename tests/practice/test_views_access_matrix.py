"""Who sees a session's timeline: its learners and the trainers, nobody else.

The page itself shows its instructions to anyone who may see the step; the posts,
the form and the poll only to the session's learners and to trainers.
"""

import pytest
from django.urls import reverse

from practice import posting
from practice.models import Post
from tests.page_privacy import restrict

pytestmark = pytest.mark.django_db


@pytest.fixture
def secret(practice, session, peer):
    (post,) = posting.publish(practice, session, peer, ["Réservé à la session ABCDEF"])
    return post


def updates(practice, session):
    return reverse("practice:updates", args=[practice.pk, session.pk]) + "?after=0"


def test_a_learner_of_the_session_sees_its_posts_and_polls_them(
    client, practice, session, enrolment, secret
):
    client.force_login(enrolment.user)
    assert "ABCDEF" in client.get(practice.url).content.decode()
    response = client.get(updates(practice, session))
    assert response.status_code == 200
    assert "ABCDEF" in response.content.decode()


def test_a_learner_of_another_session_sees_only_their_own_timeline(
    client, practice, session, outsider, secret
):
    """Their page shows their session's (empty) timeline; asking for the other session's
    posts, by the page or by the poll, gives nothing: 404 on the poll."""
    client.force_login(outsider)
    page = client.get(practice.url + f"?session={session.pk}").content.decode()
    assert "ABCDEF" not in page
    assert client.get(updates(practice, session)).status_code == 404


def test_a_learner_of_another_session_cannot_like_or_answer_its_posts(
    client, practice, outsider, secret
):
    client.force_login(outsider)
    response = client.post(practice.url, {"action": "like", "post": secret.pk})
    assert response.status_code == 404
    response = client.post(practice.url, {"action": "post", "body": "x", "reply_to": secret.pk})
    assert response.status_code == 400
    assert Post.objects.count() == 1


def test_a_visitor_sees_no_post_and_the_poll_is_404(client, practice, session, secret):
    page = client.get(practice.url)
    assert page.status_code == 200
    assert "ABCDEF" not in page.content.decode()
    assert client.get(updates(practice, session)).status_code == 404
    response = client.post(practice.url, {"action": "post", "body": "x"})
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_a_signed_in_person_not_enrolled_sees_no_post(client, practice, session, secret):
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    assert "ABCDEF" not in client.get(practice.url).content.decode()
    assert client.get(updates(practice, session)).status_code == 404
    assert client.post(practice.url, {"action": "post", "body": "x"}).status_code == 404


def test_a_trainer_sees_every_session_and_picks_one(
    client, practice, session, other_session, trainer, secret, outsider
):
    posting.publish(practice, other_session, outsider, ["Dans l'autre session GHIJ"])
    client.force_login(trainer)
    first = client.get(practice.url + f"?session={session.pk}").content.decode()
    other = client.get(practice.url + f"?session={other_session.pk}").content.decode()
    assert "ABCDEF" in first and "GHIJ" not in first
    assert "GHIJ" in other and "ABCDEF" not in other
    assert 'name="session"' in first
    assert client.get(updates(practice, session)).status_code == 200
    assert client.get(updates(practice, other_session)).status_code == 200


def test_hidden_posts_are_kept_from_learners_and_shown_to_trainers(
    client, practice, session, enrolment, trainer, secret
):
    from django.utils import timezone

    Post.objects.filter(pk=secret.pk).update(hidden_at=timezone.now(), hidden_by=trainer)
    client.force_login(enrolment.user)
    assert "ABCDEF" not in client.get(practice.url).content.decode()
    client.force_login(trainer)
    assert "ABCDEF" in client.get(practice.url + f"?session={session.pk}").content.decode()


@pytest.mark.parametrize("kind", ["login", "groups"])
def test_page_privacy_applies_to_the_timeline_and_its_poll(
    client, practice, session, enrolment, secret, kind
):
    """A learner of the session whom the page's privacy keeps out sees no post (groups:
    Trainers only); signed-in privacy lets them in."""
    restrict(practice, kind)
    client.force_login(enrolment.user)
    page = client.get(practice.url)
    poll = client.get(updates(practice, session))
    if kind == "login":
        assert "ABCDEF" in page.content.decode()
        assert poll.status_code == 200
    else:
        assert "ABCDEF" not in page.content.decode()
        assert poll.status_code == 404
