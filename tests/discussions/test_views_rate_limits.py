"""Every comment write has a per-user limit (accounts/ratelimit.py): edits, deletions,
reports and follows too, not only new comments. Past it: 429, the text kept."""

import html

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from accounts.ratelimit import TOO_FAST
from discussions.models import Comment, CommentReport, ThreadFollow
from tests.discussions.conftest import make_comment
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def test_eight_edits_in_a_row_are_not_all_accepted(client, testimonial, learner):
    """The default limit stops a loop of edits; the refused form keeps the new text."""
    comment = make_comment(testimonial, learner, "avant")
    client.force_login(learner)
    url = reverse("discussions:edit", args=[comment.pk])
    statuses = [client.post(url, {"body": f"version {n}"}).status_code for n in range(8)]
    assert statuses == [302] * 5 + [429] * 3
    refused = client.post(url, {"body": "mon texte gardé"})
    assert refused.status_code == 429
    page = html.unescape(refused.content.decode())
    assert "mon texte gardé" in page
    assert str(TOO_FAST) in page
    assert Comment.objects.get().body == "version 4"


def test_a_refused_edit_answers_json_to_the_script(client, testimonial, learner, write_limit):
    """The script gets the refusal as JSON, with its message, and keeps its text."""
    write_limit("comment_edit", "1/m")
    comment = make_comment(testimonial, learner, "avant")
    client.force_login(learner)
    url = reverse("discussions:edit", args=[comment.pk])
    assert client.post(url, {"body": "un"}, **JSON).status_code == 200
    refused = client.post(url, {"body": "deux"}, **JSON)
    assert refused.status_code == 429
    assert refused.json()["message"] == str(TOO_FAST)


def test_reports_past_the_limit_keep_the_details_typed(
    client, testimonial, learner, other_learner, write_limit
):
    """A reporter past the limit gets the report form back with the details typed."""
    write_limit("comment_report", "1/m")
    first, second = make_comment(testimonial, learner, "un"), make_comment(testimonial, learner)
    client.force_login(other_learner)
    client.post(reverse("discussions:report", args=[first.pk]), {"reason": "spam"})
    refused = client.post(
        reverse("discussions:report", args=[second.pk]),
        {"reason": "other", "details": "ce que j'ai écrit"},
    )
    assert refused.status_code == 429
    assert "ce que j'ai écrit" in html.unescape(refused.content.decode())
    assert CommentReport.objects.count() == 1


def test_deletions_past_the_limit_answer_429(client, testimonial, learner, write_limit):
    """Past the limit a deletion is refused and the comment stays."""
    write_limit("comment_delete", "1/m")
    first, second = make_comment(testimonial, learner, "un"), make_comment(testimonial, learner)
    client.force_login(learner)
    client.post(reverse("discussions:delete", args=[first.pk]))
    refused = client.post(reverse("discussions:delete", args=[second.pk]))
    assert refused.status_code == 429
    assert Comment.objects.filter(pk=second.pk).exists()


def test_following_past_the_limit_answers_429(client, testimonial, learner, write_limit):
    """Toggling a follow in a loop is refused; another person is not."""
    write_limit("thread_follow", "2/m")
    client.force_login(learner)
    data = {
        "content_type": ContentType.objects.get_for_model(testimonial).pk,
        "object_id": testimonial.pk,
        "anchor": "",
    }
    url = reverse("discussions:follow")
    client.post(url, {**data, "follow": "1"}, **JSON)
    client.post(url, {**data, "follow": "0"}, **JSON)
    refused = client.post(url, {**data, "follow": "1"}, **JSON)
    assert refused.status_code == 429
    assert not ThreadFollow.objects.exists()
    client.force_login(UserFactory())
    assert client.post(url, {**data, "follow": "1"}, **JSON).status_code == 200
