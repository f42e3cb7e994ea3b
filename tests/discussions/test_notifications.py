"""Reply, mention and follow emails, their content and the signed unsubscribe link."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from discussions.models import ThreadFollow
from discussions.notifications import REPLIES, unsubscribe_token
from tests.discussions.conftest import make_comment
from tests.discussions.test_views_posting import post_data
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_emails(learner):
    """Recipients read English emails, so that assertions do not depend on the catalogue."""
    learner.preferred_language = "en"
    learner.save()


def unsubscribe_path(message) -> str:
    url = re.search(r"<(http[^>]+)>", message.extra_headers["List-Unsubscribe"]).group(1)
    return url.replace("http://testserver", "")


def test_a_reply_emails_the_parent_author_with_a_link_and_unsubscribe_headers(
    client, testimonial, learner, other_learner
):
    parent = make_comment(testimonial, learner, "Ma question")
    client.force_login(other_learner)
    client.post(reverse("discussions:reply", args=[parent.pk]), {"body": "Ma *réponse*"})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [learner.email]
    assert testimonial.title in message.subject
    assert other_learner.display_name in message.body
    assert "Ma *réponse*" in message.body
    assert "/discussions/comment/" in message.body
    assert "/discussions/unsubscribe/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = message.alternatives[0][0]
    assert "Ma *réponse*" in html


def test_the_email_is_in_the_recipients_language(client, testimonial, learner, other_learner):
    learner.preferred_language = "fr"
    learner.save()
    parent = make_comment(testimonial, learner, "Q")
    client.force_login(other_learner)
    client.post(reverse("discussions:reply", args=[parent.pk]), {"body": "R"})
    assert "/fr/discussions/comment/" in mail.outbox[0].body


def test_no_email_for_replying_to_oneself_or_when_opted_out(
    client, testimonial, learner, other_learner
):
    parent = make_comment(testimonial, learner, "Q")
    client.force_login(learner)
    client.post(reverse("discussions:reply", args=[parent.pk]), {"body": "me again"})
    learner.notify_replies = False
    learner.save()
    client.force_login(other_learner)
    client.post(reverse("discussions:reply", args=[parent.pk]), {"body": "R"})
    assert mail.outbox == []


def test_a_mention_of_a_participant_notifies_them(client, testimonial, learner, other_learner):
    third = UserFactory(display_name="Inès Martin", preferred_language="en")
    make_comment(testimonial, third, "J'étais là")
    client.force_login(other_learner)
    client.post(
        reverse("discussions:post"), post_data(testimonial, "Bien vu @Inès Martin, et @nobody")
    )
    assert [m.to for m in mail.outbox] == [[third.email]]
    assert "mentioned you" in mail.outbox[0].body


def test_a_mention_with_a_handle_like_token_works_but_not_a_prefix(
    client, testimonial, learner, other_learner
):
    third = UserFactory(display_name="Inès Martin", preferred_language="en")
    make_comment(testimonial, third, "x")
    client.force_login(other_learner)
    client.post(reverse("discussions:post"), post_data(testimonial, "@inès_martinez non"))
    assert mail.outbox == []
    client.post(reverse("discussions:post"), post_data(testimonial, "@inès_martin oui"))
    assert [m.to for m in mail.outbox] == [[third.email]]


def test_followers_get_new_top_level_comments(client, testimonial, learner, other_learner):
    client.force_login(learner)
    data = post_data(testimonial, "")
    client.post(
        reverse("discussions:follow"),
        {k: data[k] for k in ("content_type", "object_id", "anchor")} | {"follow": "1"},
    )
    assert ThreadFollow.objects.filter(user=learner).exists()
    client.force_login(other_learner)
    client.post(reverse("discussions:post"), post_data(testimonial, "Du nouveau"))
    assert [m.to for m in mail.outbox] == [[learner.email]]
    assert "a discussion you follow" in mail.outbox[0].body


def test_held_comments_send_nothing(client, testimonial, learner, other_learner):
    from tests.discussions.test_views_posting import set_policy

    set_policy(testimonial, "all")
    parent = make_comment(testimonial, learner, "Q")
    client.force_login(other_learner)
    client.post(reverse("discussions:reply", args=[parent.pk]), {"body": "R"})
    assert mail.outbox == []


def test_unsubscribe_get_asks_and_post_unsubscribes(client, testimonial, learner, other_learner):
    parent = make_comment(testimonial, learner, "Q")
    client.force_login(other_learner)
    client.post(reverse("discussions:reply", args=[parent.pk]), {"body": "R"})
    path = unsubscribe_path(mail.outbox[0])
    client.logout()
    confirm = client.get(path)
    assert confirm.status_code == 200
    assert "<form" in confirm.content.decode()
    learner.refresh_from_db()
    assert learner.notify_replies is True
    done = client.post(path)  # one click, no CSRF token, no session: mail clients do this
    assert done.status_code == 200
    learner.refresh_from_db()
    assert learner.notify_replies is False


def test_a_tampered_unsubscribe_token_is_refused(client, learner):
    token = unsubscribe_token(learner, REPLIES)
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    for path in (
        reverse("discussions:unsubscribe", args=[tampered]),
        reverse("discussions:unsubscribe", args=["x"]),
    ):
        assert client.get(path).status_code == 400
        assert client.post(path).status_code == 400
    learner.refresh_from_db()
    assert learner.notify_replies is True


def test_unsubscribing_from_a_thread_stops_following_it(
    client, testimonial, learner, other_learner
):
    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(testimonial)
    ThreadFollow.objects.create(user=learner, content_type=ct, object_id=str(testimonial.pk))
    client.force_login(other_learner)
    client.post(reverse("discussions:post"), post_data(testimonial, "New"))
    client.logout()
    client.post(unsubscribe_path(mail.outbox[0]))
    assert not ThreadFollow.objects.exists()
