"""Nobody edits, deletes, reads or un-hides someone else's comment by changing an id.

Matrix: anonymous, the author, another learner, staff without the permission,
a moderator; against every discussion view that writes or reveals a comment.
"""

import pytest
from django.urls import reverse

from discussions.models import Comment, CommentStatus
from tests.discussions.conftest import make_comment
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

WHO = ["anonymous", "author", "other", "staff", "moderator"]


@pytest.fixture
def people(learner, other_learner, moderator):
    return {
        "anonymous": None,
        "author": learner,
        "other": other_learner,
        "staff": UserFactory(is_staff=True),
        "moderator": moderator,
    }


def login(client, people, who):
    if people[who]:
        client.force_login(people[who])


@pytest.mark.parametrize(
    ("who", "expected"),
    [("anonymous", 403), ("author", 200), ("other", 403), ("staff", 403), ("moderator", 403)],
)
def test_only_the_author_edits(client, testimonial, people, who, expected):
    comment = make_comment(testimonial, people["author"], "original")
    login(client, people, who)
    response = client.post(
        reverse("discussions:edit", args=[comment.pk]),
        {"body": "changed"},
        HTTP_ACCEPT="application/json",
    )
    comment.refresh_from_db()
    assert response.status_code == expected
    assert comment.body == ("changed" if who == "author" else "original")


@pytest.mark.parametrize("who", WHO)
def test_only_the_author_deletes(client, testimonial, people, who):
    comment = make_comment(testimonial, people["author"], "original")
    login(client, people, who)
    response = client.post(reverse("discussions:delete", args=[comment.pk]))
    assert response.status_code == 302
    assert Comment.objects.filter(pk=comment.pk).exists() == (who != "author")


@pytest.mark.parametrize("who", WHO)
def test_held_comments_are_invisible_by_id_to_others(client, testimonial, people, who):
    """Permalink, reply and report of a held comment: 404 except for its author and moderators."""
    comment = make_comment(testimonial, people["author"], "held", status=CommentStatus.HELD)
    login(client, people, who)
    permalink = client.get(reverse("discussions:permalink", args=[comment.pk]))
    reply = client.post(reverse("discussions:reply", args=[comment.pk]), {"body": "r"})
    sees = who in ("author", "moderator")
    assert permalink.status_code == (302 if sees else 404)
    if not sees:
        assert reply.status_code == 404
    assert not Comment.objects.filter(body="r", author__isnull=True).exists()


@pytest.mark.parametrize("who", WHO)
def test_hidden_and_removed_comments_are_404_by_id_except_hidden_for_moderators(
    client, testimonial, people, who
):
    hidden = make_comment(testimonial, people["author"], "h", status=CommentStatus.HIDDEN)
    removed = make_comment(testimonial, people["author"], "r", status=CommentStatus.REMOVED)
    login(client, people, who)
    hidden_code = client.get(reverse("discussions:permalink", args=[hidden.pk])).status_code
    removed_code = client.get(reverse("discussions:permalink", args=[removed.pk])).status_code
    assert hidden_code == (302 if who == "moderator" else 404)
    assert removed_code == 404


@pytest.mark.parametrize("who", ["author", "other", "staff"])
def test_nobody_unhides_a_comment_from_the_site(client, testimonial, people, who):
    """There is no site endpoint that changes a status; editing a hidden comment is refused."""
    comment = make_comment(testimonial, people["author"], "h", status=CommentStatus.HIDDEN)
    login(client, people, who)
    client.post(
        reverse("discussions:edit", args=[comment.pk]), {"body": "x", "status": "published"}
    )
    client.post(reverse("discussions:delete", args=[comment.pk]))
    comment.refresh_from_db()
    assert comment.status == CommentStatus.HIDDEN


@pytest.mark.parametrize(
    ("who", "expected"),
    [("anonymous", 302), ("author", 302), ("other", 302), ("staff", 302), ("moderator", 200)],
)
def test_the_admin_moderation_list_is_for_moderators(client, testimonial, people, who, expected):
    make_comment(testimonial, people["author"], "x")
    login(client, people, who)
    response = client.get(reverse("wagtailsnippets_discussions_comment:list"))
    assert response.status_code == expected


@pytest.mark.parametrize("who", ["author", "other", "staff"])
def test_the_admin_bulk_approve_refuses_non_moderators(client, testimonial, people, who):
    comment = make_comment(testimonial, people["author"], "x", status=CommentStatus.HIDDEN)
    login(client, people, who)
    url = reverse("wagtail_bulk_action", args=["discussions", "comment", "approve"])
    client.post(f"{url}?id={comment.pk}")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.HIDDEN


def test_a_comment_on_a_page_that_refuses_reading_is_404(client, testimonial, people, monkeypatch):
    from course.models import TestimonialPage

    comment = make_comment(testimonial, people["author"], "x")
    monkeypatch.setattr(
        TestimonialPage, "discussion_can_read", lambda self, user, request=None: False, False
    )
    login(client, people, "other")
    assert client.get(reverse("discussions:permalink", args=[comment.pk])).status_code == 404
    response = client.post(reverse("discussions:reply", args=[comment.pk]), {"body": "r"})
    assert response.status_code == 404
