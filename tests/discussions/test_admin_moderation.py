"""Moderation in the Wagtail admin: the listing, its filters, the bulk actions."""

import pytest
from django.urls import reverse

from discussions.models import CommentReport, CommentStatus
from tests.discussions.conftest import make_comment
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_discussions_comment:list"


def test_the_listing_shows_comments_and_filters_by_status(client, testimonial, learner, moderator):
    make_comment(testimonial, learner, "visible words")
    make_comment(testimonial, learner, "waiting words", status=CommentStatus.HELD)
    client.force_login(moderator)
    everything = client.get(reverse(LIST)).content.decode()
    assert "visible words" in everything and "waiting words" in everything
    held = client.get(reverse(LIST), {"status": "held"}).content.decode()
    assert "waiting words" in held and "visible words" not in held


def test_the_listing_filters_reported_comments(client, testimonial, learner, moderator):
    reported = make_comment(testimonial, learner, "reported words")
    make_comment(testimonial, learner, "quiet words")
    CommentReport.objects.create(comment=reported, reporter=UserFactory(), reason="spam")
    client.force_login(moderator)
    page = client.get(reverse(LIST), {"reported": "true"}).content.decode()
    assert "reported words" in page and "quiet words" not in page


def test_the_listing_offers_the_bulk_actions(client, testimonial, learner, moderator):
    make_comment(testimonial, learner, "x")
    client.force_login(moderator)
    page = client.get(reverse(LIST)).content.decode()
    for action in ("approve", "hide", "remove"):
        assert reverse("wagtail_bulk_action", args=["discussions", "comment", action]) in page


@pytest.mark.parametrize(
    ("action", "status"),
    [("approve", "published"), ("hide", "hidden"), ("remove", "removed")],
)
def test_bulk_actions_set_the_status_for_a_moderator(
    client, testimonial, learner, moderator, action, status
):
    first = make_comment(testimonial, learner, "a", status=CommentStatus.HELD)
    second = make_comment(testimonial, learner, "b", status=CommentStatus.HELD)
    untouched = make_comment(testimonial, learner, "c", status=CommentStatus.HELD)
    client.force_login(moderator)
    url = reverse("wagtail_bulk_action", args=["discussions", "comment", action])
    query = f"?id={first.pk}&id={second.pk}&next={reverse(LIST)}"
    confirm = client.get(url + query)
    assert confirm.status_code == 200
    response = client.post(url + query)
    assert response.status_code == 302
    for comment in (first, second, untouched):
        comment.refresh_from_db()
    assert first.status == second.status == status
    assert untouched.status == CommentStatus.HELD


def test_approving_clears_the_reports_so_they_do_not_hold_it_again(
    client, testimonial, learner, moderator
):
    comment = make_comment(testimonial, learner, "a", status=CommentStatus.HELD)
    CommentReport.objects.create(comment=comment, reporter=UserFactory(), reason="spam")
    client.force_login(moderator)
    url = reverse("wagtail_bulk_action", args=["discussions", "comment", "approve"])
    client.post(f"{url}?id={comment.pk}")
    assert not CommentReport.objects.exists()


def test_a_moderator_changes_the_status_but_not_the_text(client, testimonial, learner, moderator):
    comment = make_comment(testimonial, learner, "original", status=CommentStatus.HELD)
    client.force_login(moderator)
    url = reverse("wagtailsnippets_discussions_comment:edit", args=[comment.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"status": "published", "body": "rewritten"})
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED
    assert comment.body == "original"


def test_nobody_adds_comments_from_the_admin(client, moderator):
    client.force_login(moderator)
    response = client.get(reverse("wagtailsnippets_discussions_comment:add"))
    assert response.status_code in (302, 403)


def test_approving_a_held_reply_notifies_the_person_replied_to_once(
    client, testimonial, learner, other_learner, moderator, mailoutbox
):
    question = make_comment(testimonial, learner, "Une question ?")
    reply = make_comment(
        testimonial, other_learner, "Une réponse.", parent=question, status=CommentStatus.HELD
    )
    client.force_login(moderator)
    url = reverse("wagtail_bulk_action", args=["discussions", "comment", "approve"])

    client.post(f"{url}?id={reply.pk}")
    client.post(f"{url}?id={reply.pk}")  # approving again: already published, no new email

    assert [message.to for message in mailoutbox] == [[learner.email]]
    assert "Une réponse." in mailoutbox[0].body
