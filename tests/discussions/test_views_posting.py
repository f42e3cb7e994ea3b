"""Posting, replying, editing, deleting and reporting through the views, with and without JS."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from discussions.models import Comment, CommentReport, CommentStatus, DiscussionSettings
from tests.discussions.conftest import make_comment, minutes_ago, thread_html
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def post_data(target, body, **extra):
    from django.contrib.contenttypes.models import ContentType

    return {
        "content_type": ContentType.objects.get_for_model(target).pk,
        "object_id": target.pk,
        "anchor": extra.pop("anchor", ""),
        "body": body,
        "website": extra.pop("website", ""),
        **extra,
    }


def test_a_confirmed_learner_posts_and_is_sent_back_to_the_comment(client, testimonial, learner):
    client.force_login(learner)
    response = client.post(reverse("discussions:post"), post_data(testimonial, "Merci !"))
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("discussions:permalink", args=[comment.pk])
    assert (comment.author, comment.body, comment.status) == (
        learner,
        "Merci !",
        CommentStatus.PUBLISHED,
    )
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Your comment is published."]
    assert "Merci !" in thread_html(testimonial, learner)


def test_posting_with_javascript_answers_json_with_the_rendered_comment(
    client, testimonial, learner
):
    client.force_login(learner)
    response = client.post(reverse("discussions:post"), post_data(testimonial, "**Bravo**"), **JSON)
    data = response.json()
    assert data["ok"] is True
    assert "<strong>Bravo</strong>" in data["html"]
    assert f'id="comment-{data["id"]}"' in data["html"]
    assert data["count_label"] == "1 comment"


def test_an_anchored_comment_belongs_to_its_answer(client, testimonial, learner):
    client.force_login(learner)
    client.post(reverse("discussions:post"), post_data(testimonial, "Oui", anchor="q1-ines_svt"))
    assert Comment.objects.get().anchor == "q1-ines_svt"


def test_a_malformed_anchor_is_refused(client, testimonial, learner):
    client.force_login(learner)
    response = client.post(
        reverse("discussions:post"), post_data(testimonial, "x", anchor="<script>"), **JSON
    )
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_anonymous_posting_is_sent_to_the_login_page(client, testimonial):
    response = client.post(reverse("discussions:post"), post_data(testimonial, "Hello"))
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
    assert not Comment.objects.exists()


def test_an_unconfirmed_email_cannot_post_and_keeps_the_text(client, testimonial):
    user = UserFactory(verified=False)
    user.save()  # the factory saves the password only with the email address
    client.force_login(user)
    response = client.post(reverse("discussions:post"), post_data(testimonial, "Mon texte"))
    assert response.status_code == 403
    body = response.content.decode()
    assert "Confirm your email address before you comment." in body
    assert "Mon texte" in body
    assert not Comment.objects.exists()


def test_the_target_may_refuse_posting(client, testimonial, learner, monkeypatch):
    from course.models import TestimonialPage

    monkeypatch.setattr(
        TestimonialPage, "discussion_can_post", lambda self, user, request=None: False, False
    )
    client.force_login(learner)
    response = client.post(reverse("discussions:post"), post_data(testimonial, "x"), **JSON)
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_a_comment_on_a_non_commentable_model_is_refused(client, learner):
    from django.contrib.contenttypes.models import ContentType

    client.force_login(learner)
    user_type = ContentType.objects.get_for_model(learner)
    response = client.post(
        reverse("discussions:post"),
        {"content_type": user_type.pk, "object_id": learner.pk, "body": "x"},
    )
    assert response.status_code == 404


# Threads and depth ------------------------------------------------------------


def test_replies_nest_until_the_depth_limit_then_join_the_parent_level(
    client, testimonial, learner, other_learner
):
    """Depth 3: top (0) > reply (1) > reply (2); a reply to depth 2 stays at depth 2."""
    top = make_comment(testimonial, learner, "top")
    client.force_login(other_learner)
    client.post(reverse("discussions:reply", args=[top.pk]), {"body": "r1"})
    r1 = Comment.objects.get(body="r1")
    client.force_login(learner)
    client.post(reverse("discussions:reply", args=[r1.pk]), {"body": "r2"})
    r2 = Comment.objects.get(body="r2")
    client.force_login(other_learner)
    client.post(reverse("discussions:reply", args=[r2.pk]), {"body": "r3"})
    r3 = Comment.objects.get(body="r3")
    assert (r1.depth, r1.parent, r1.root) == (1, top, top)
    assert (r2.depth, r2.parent, r2.root) == (2, r1, top)
    assert (r3.depth, r3.parent, r3.root, r3.reply_to_name) == (2, r1, top, learner.display_name)
    assert f"in reply to @{learner.display_name}" in thread_html(testimonial, learner)


def test_every_reply_says_whom_it_answers_at_every_depth(
    client, testimonial, learner, other_learner
):
    """One rule: a reply made now, a reply stored as the demo stores them, and a reply
    past the depth limit all show "in reply to @name"; a top-level comment does not."""
    top = make_comment(testimonial, learner, "top")
    stored = make_comment(
        testimonial, other_learner, "stored", parent=top, reply_to_name=learner.display_name
    )
    client.force_login(other_learner)
    client.post(reverse("discussions:reply", args=[top.pk]), {"body": "fresh"})
    fresh = Comment.objects.get(body="fresh")
    client.force_login(learner)
    client.post(reverse("discussions:reply", args=[fresh.pk]), {"body": "deeper"})
    response = client.post(
        reverse("discussions:reply", args=[stored.pk]), {"body": "deeper, by JS"}, **JSON
    )

    html = thread_html(testimonial, learner)

    def heading(comment):
        item = html.split(f'id="comment-{comment.pk}"')[1]
        return item.split("</header>")[0]

    assert "in reply to" not in heading(top)
    for reply, name in (
        (stored, learner.display_name),
        (fresh, learner.display_name),
        (Comment.objects.get(body="deeper"), other_learner.display_name),
    ):
        assert f"in reply to @{name}<" in heading(reply), reply.body
    assert f"in reply to @{other_learner.display_name}<" in response.json()["html"]


def test_a_reply_no_longer_names_a_deleted_account(client, testimonial, learner, other_learner):
    """Once the account answered is deleted, its name leaves the replies to it."""
    from accounts import privacy

    top = make_comment(testimonial, other_learner, "top")
    client.force_login(learner)
    client.post(reverse("discussions:reply", args=[top.pk]), {"body": "reply"})
    assert f"in reply to @{other_learner.display_name}" in thread_html(testimonial, learner)
    privacy.erase_user_data(other_learner)
    other_learner.delete()
    assert "in reply to @" not in thread_html(testimonial, learner)
    assert not Comment.objects.filter(reply_to_name=other_learner.display_name).exists()


def test_reply_keeps_the_anchor_of_its_parent(client, testimonial, learner, other_learner):
    top = make_comment(testimonial, learner, "top", anchor="q2-x")
    client.force_login(other_learner)
    client.post(reverse("discussions:reply", args=[top.pk]), {"body": "r", "anchor": "other"})
    assert Comment.objects.get(body="r").anchor == "q2-x"


@pytest.mark.parametrize("max_depth", [1, 2])
def test_the_depth_limit_is_a_setting(client, settings, testimonial, learner, max_depth):
    settings.DISCUSSIONS_MAX_DEPTH = max_depth
    top = make_comment(testimonial, learner, "top")
    reply = make_comment(testimonial, learner, "reply", parent=top) if max_depth == 2 else top
    client.force_login(learner)
    client.post(reverse("discussions:reply", args=[reply.pk]), {"body": "deep"})
    assert Comment.objects.get(body="deep").depth == max_depth - 1


# Edit -------------------------------------------------------------------------


def test_the_author_edits_within_the_window_and_edited_is_shown(client, testimonial, learner):
    comment = make_comment(testimonial, learner, "avant", created_at=minutes_ago(14))
    client.force_login(learner)
    response = client.post(reverse("discussions:edit", args=[comment.pk]), {"body": "après"})
    comment.refresh_from_db()
    assert response.status_code == 302
    assert comment.body == "après"
    assert comment.edited_at is not None
    assert "edited" in thread_html(testimonial, learner)


def test_editing_after_the_window_is_refused_and_the_text_kept(client, testimonial, learner):
    comment = make_comment(testimonial, learner, "avant", created_at=minutes_ago(16))
    client.force_login(learner)
    response = client.post(reverse("discussions:edit", args=[comment.pk]), {"body": "après"})
    comment.refresh_from_db()
    assert response.status_code == 403
    assert comment.body == "avant"
    assert "après" in response.content.decode()
    assert "15 minutes" in response.content.decode()


def test_the_edit_window_is_a_setting(client, settings, testimonial, learner):
    settings.DISCUSSIONS_EDIT_WINDOW_MINUTES = 60
    comment = make_comment(testimonial, learner, "avant", created_at=minutes_ago(45))
    client.force_login(learner)
    client.post(reverse("discussions:edit", args=[comment.pk]), {"body": "après"})
    comment.refresh_from_db()
    assert comment.body == "après"


def test_the_edit_control_is_only_shown_within_the_window(client, testimonial, learner):
    fresh = make_comment(testimonial, learner, "fresh")
    old = make_comment(testimonial, learner, "old", created_at=minutes_ago(30))
    page = thread_html(testimonial, learner)
    assert reverse("discussions:edit", args=[fresh.pk]) in page
    assert reverse("discussions:edit", args=[old.pk]) not in page


# Delete -----------------------------------------------------------------------


def test_deleting_a_comment_without_replies_removes_it(client, testimonial, learner):
    comment = make_comment(testimonial, learner, "bye")
    client.force_login(learner)
    response = client.post(reverse("discussions:delete", args=[comment.pk]))
    assert response.status_code == 302
    assert not Comment.objects.filter(pk=comment.pk).exists()


def test_deleting_a_comment_with_replies_leaves_a_placeholder(
    client, testimonial, learner, other_learner
):
    comment = make_comment(testimonial, learner, "secret words")
    reply = make_comment(testimonial, other_learner, "a reply", parent=comment)
    client.force_login(learner)
    response = client.post(reverse("discussions:delete", args=[comment.pk]), **JSON)
    comment.refresh_from_db()
    assert response.json()["placeholder"] is True
    assert response.json()["count_label"] == "1 comment"  # the reply
    assert comment.body == "" and comment.deleted_at is not None
    page = thread_html(testimonial, learner)
    assert "Comment deleted." in page
    assert "secret words" not in page
    assert "a reply" in page
    assert Comment.objects.filter(pk=reply.pk).exists()


# Report -----------------------------------------------------------------------


def test_reporting_records_the_reason_once_per_person(client, testimonial, learner, other_learner):
    comment = make_comment(testimonial, learner, "spam spam")
    client.force_login(other_learner)
    url = reverse("discussions:report", args=[comment.pk])
    first = client.post(url, {"reason": "spam"}, **JSON)
    second = client.post(url, {"reason": "abuse"}, **JSON)
    assert first.json()["ok"] is True
    assert second.status_code == 400
    assert "already reported" in second.json()["message"]
    assert CommentReport.objects.get().reason == "spam"


def test_other_reason_needs_details(client, testimonial, learner, other_learner):
    comment = make_comment(testimonial, learner, "x")
    client.force_login(other_learner)
    response = client.post(reverse("discussions:report", args=[comment.pk]), {"reason": "other"})
    assert response.status_code == 400
    assert not CommentReport.objects.exists()


def test_a_comment_reaching_the_report_threshold_is_held(client, testimonial, learner):
    comment = make_comment(testimonial, learner, "bad")
    for _ in range(3):
        client.force_login(UserFactory())
        client.post(reverse("discussions:report", args=[comment.pk]), {"reason": "abuse"})
        comment.refresh_from_db()
    assert comment.status == CommentStatus.HELD
    assert "bad" not in thread_html(testimonial)


def test_one_cannot_report_ones_own_comment(client, testimonial, learner):
    comment = make_comment(testimonial, learner, "mine")
    client.force_login(learner)
    response = client.post(
        reverse("discussions:report", args=[comment.pk]), {"reason": "spam"}, **JSON
    )
    assert response.status_code == 400
    assert not CommentReport.objects.exists()


# Pre-moderation -----------------------------------------------------------------


def set_policy(testimonial, policy, max_links=2):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    DiscussionSettings.objects.update_or_create(
        site=site, defaults={"premoderation": policy, "max_links": max_links}
    )


def post_as(client, user, testimonial, body):
    client.force_login(user)
    client.post(reverse("discussions:post"), post_data(testimonial, body))
    return Comment.objects.filter(author=user).latest("pk")


def test_premoderation_off_publishes_at_once(client, testimonial, learner):
    set_policy(testimonial, "off")
    assert post_as(client, learner, testimonial, "hello").status == CommentStatus.PUBLISHED


def test_premoderation_first_comment_holds_only_a_new_accounts_first_comment(
    client, testimonial, learner
):
    set_policy(testimonial, "first_comment")
    first = post_as(client, learner, testimonial, "first")
    assert first.status == CommentStatus.HELD
    second = post_as(client, learner, testimonial, "second")
    assert second.status == CommentStatus.HELD  # still nothing approved
    Comment.objects.filter(pk=first.pk).update(status=CommentStatus.PUBLISHED)
    assert post_as(client, learner, testimonial, "third").status == CommentStatus.PUBLISHED


def test_premoderation_links_holds_comments_with_more_links_than_allowed(
    client, testimonial, learner
):
    set_policy(testimonial, "links", max_links=2)
    two = post_as(client, learner, testimonial, "https://a.org https://b.org")
    three = post_as(client, learner, testimonial, "https://a.org https://b.org [c](https://c.org)")
    assert two.status == CommentStatus.PUBLISHED
    assert three.status == CommentStatus.HELD


def test_premoderation_all_holds_everything_but_moderators(client, testimonial, learner, moderator):
    set_policy(testimonial, "all")
    assert post_as(client, learner, testimonial, "x").status == CommentStatus.HELD
    assert post_as(client, moderator, testimonial, "y").status == CommentStatus.PUBLISHED


def test_held_comments_are_seen_by_their_author_and_moderators_only(
    client, testimonial, learner, other_learner, moderator
):
    make_comment(testimonial, learner, "waiting here", status=CommentStatus.HELD)
    own = thread_html(testimonial, learner)
    assert "waiting here" in own and "Awaiting moderation" in own
    assert "waiting here" not in thread_html(testimonial, other_learner)
    assert "waiting here" not in thread_html(testimonial)
    assert "waiting here" in thread_html(testimonial, moderator)


def test_a_held_post_says_so(client, testimonial, learner):
    set_policy(testimonial, "all")
    client.force_login(learner)
    response = client.post(reverse("discussions:post"), post_data(testimonial, "x"), **JSON)
    assert "awaiting moderation" in response.json()["message"]


# Rate limits and honeypot ---------------------------------------------------------


def test_the_rate_limit_refuses_the_sixth_post_in_a_minute_and_keeps_the_text(
    client, testimonial, learner
):
    client.force_login(learner)
    for n in range(5):
        ok = client.post(reverse("discussions:post"), post_data(testimonial, f"n{n}"), **JSON)
        assert ok.status_code == 200
    refused = client.post(reverse("discussions:post"), post_data(testimonial, "sixth"))
    assert refused.status_code == 429
    assert "too quickly" in refused.content.decode()
    assert "sixth" in refused.content.decode()
    assert Comment.objects.count() == 5


def test_the_rate_limit_is_per_user(client, testimonial, learner, other_learner):
    client.force_login(learner)
    for n in range(6):
        client.post(reverse("discussions:post"), post_data(testimonial, f"n{n}"))
    client.force_login(other_learner)
    response = client.post(reverse("discussions:post"), post_data(testimonial, "mine"), **JSON)
    assert response.status_code == 200


def test_the_rate_limits_are_a_setting(client, settings, testimonial, learner):
    settings.WRITE_RATE_LIMITS = {**settings.WRITE_RATE_LIMITS, "comment_post": "2/h"}
    client.force_login(learner)
    codes = [
        client.post(reverse("discussions:post"), post_data(testimonial, str(n)), **JSON).status_code
        for n in range(3)
    ]
    assert codes == [200, 200, 429]


def test_a_filled_honeypot_silently_drops_the_post(client, testimonial, learner):
    client.force_login(learner)
    response = client.post(
        reverse("discussions:post"), post_data(testimonial, "buy now", website="http://spam")
    )
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Your comment is published."]
    assert not Comment.objects.exists()


def test_the_honeypot_is_labelled_for_screen_readers(client, testimonial, learner):
    page = thread_html(testimonial, learner)
    assert 'name="website"' in page
    assert "Leave this field empty" in page
