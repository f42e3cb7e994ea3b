"""Thread pages: load more without and with JavaScript, permalinks, follow, notices, privacy."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from accounts import privacy
from discussions.models import Comment, ThreadFollow
from discussions.notices import recent_replies_for
from tests.discussions.conftest import make_comment, thread_html
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(testimonial, learner, settings):
    settings.DISCUSSIONS_PAGE_SIZE = 3
    start = timezone.now() - datetime.timedelta(hours=1)
    return [
        make_comment(
            testimonial, learner, f"numéro {n}", created_at=start + datetime.timedelta(minutes=n)
        )
        for n in range(7)
    ]


def test_the_first_page_shows_the_oldest_first_and_a_more_link(testimonial, learner, many):
    html = thread_html(testimonial, learner)
    assert html.index("numéro 0") < html.index("numéro 1") < html.index("numéro 2")
    assert "numéro 3" not in html
    assert "Show more comments" in html and "comments_after=" in html


def test_the_more_link_works_without_javascript(testimonial, learner, many):
    html = thread_html(testimonial, learner)
    cursor = html.split("comments_after=")[1].split("#")[0].split('"')[0]
    second = thread_html(testimonial, learner, comments_thread="", comments_after=cursor)
    assert "numéro 3" in second and "numéro 5" in second and "numéro 2" not in second
    assert "Back to the first comments" in second


def test_the_more_fragment_serves_the_script(client, testimonial, learner, many):
    html = thread_html(testimonial, learner)
    fragment_url = html.split('data-discussion-more="')[1].split('"')[0].replace("&amp;", "&")
    response = client.get(fragment_url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "data-discussion-fragment" in content
    assert "numéro 3" in content and "numéro 0" not in content
    assert "data-discussion-more" in content  # there is a third page


def test_a_cursor_for_another_thread_leaves_this_one_alone(testimonial, learner, many):
    html = thread_html(testimonial, learner, comments_thread="q1-x", comments_after="1-1")
    assert "numéro 0" in html


def test_a_permalink_redirects_to_the_page_that_shows_the_comment(
    client, testimonial, learner, many
):
    first = client.get(reverse("discussions:permalink", args=[many[1].pk]))
    assert first["Location"] == f"{testimonial.url}#comment-{many[1].pk}"
    later = client.get(reverse("discussions:permalink", args=[many[4].pk]))
    assert later["Location"].startswith(testimonial.url + "?comments_thread=&comments_after=")
    assert later["Location"].endswith(f"#comment-{many[4].pk}")
    query = later["Location"].split("?")[1].split("#")[0]
    cursor = query.split("comments_after=")[1]
    assert "numéro 4" in thread_html(testimonial, learner, comments_after=cursor)


def test_a_reply_permalink_leads_to_its_top_level_comments_page(client, testimonial, learner, many):
    reply = make_comment(testimonial, UserFactory(), "deep", parent=many[5])
    location = client.get(reverse("discussions:permalink", args=[reply.pk]))["Location"]
    cursor = location.split("comments_after=")[1].split("#")[0]
    assert "deep" in thread_html(testimonial, learner, comments_after=cursor)


def test_anchored_threads_are_separate(testimonial, learner):
    make_comment(testimonial, learner, "on the page")
    make_comment(testimonial, learner, "on one answer", anchor="q1-ines_svt")
    page, answer = (
        thread_html(testimonial, learner),
        thread_html(testimonial, learner, "q1-ines_svt"),
    )
    assert "on the page" in page and "on one answer" not in page
    assert "on one answer" in answer and "on the page" not in answer
    assert 'id="discussion-q1-ines_svt"' in answer


def test_follow_and_unfollow(client, testimonial, learner):
    ct = ContentType.objects.get_for_model(testimonial)
    data = {"content_type": ct.pk, "object_id": testimonial.pk, "anchor": ""}
    client.force_login(learner)
    response = client.post(
        reverse("discussions:follow"), {**data, "follow": "1"}, HTTP_ACCEPT="application/json"
    )
    assert response.json()["following"] is True
    assert "Stop following this discussion" in thread_html(testimonial, learner)
    client.post(reverse("discussions:follow"), {**data, "follow": "0"})
    assert not ThreadFollow.objects.exists()


def test_anonymous_visitors_see_a_sign_in_link_and_no_form(testimonial):
    html = thread_html(testimonial)
    assert "/account/login/" in html and 'name="body"' not in html


def test_recent_replies_for_lists_others_replies_to_my_comments(
    testimonial, learner, other_learner
):
    mine = make_comment(testimonial, learner, "mine")
    make_comment(testimonial, learner, "self reply", parent=mine)
    reply = make_comment(testimonial, other_learner, "their reply", parent=mine)
    make_comment(testimonial, other_learner, "held", parent=mine, status="held")
    assert recent_replies_for(learner) == [reply]
    assert recent_replies_for(other_learner) == []


def test_a_reply_past_the_depth_limit_still_reaches_the_person_it_answers(
    settings, testimonial, learner, other_learner
):
    from discussions.services import post_comment

    settings.DISCUSSIONS_MAX_DEPTH = 1
    top = make_comment(testimonial, other_learner, "top")
    mine = make_comment(testimonial, learner, "mine", parent=top)
    reply, _replied_to = post_comment(
        user=other_learner, target=testimonial, body="answer to you", parent=mine
    )
    assert reply.parent_id == top.pk  # hung beside mine, at the allowed depth
    assert recent_replies_for(learner) == [reply]


def test_recent_replies_cost_the_same_however_many_comments_there_are(
    testimonial, learner, other_learner, django_assert_max_num_queries
):
    """One query for the replies, one for their page, two for that page's privacy."""
    mine = make_comment(testimonial, learner, "mine")
    for n in range(8):
        make_comment(testimonial, other_learner, f"their reply {n}", parent=mine)
    for n in range(30):
        make_comment(testimonial, other_learner, f"noise {n}")
    with django_assert_max_num_queries(4):
        assert len(recent_replies_for(learner)) == 5


def test_privacy_export_lists_the_users_comments_with_their_page(testimonial, learner):
    make_comment(testimonial, learner, "exported")
    section = privacy.export_user_data(learner)["comments"]
    assert section[0]["body"] == "exported"
    assert section[0]["target_url"] == testimonial.url
    assert section[0]["created_at"]


def test_privacy_erase_keeps_the_shape_of_threads(testimonial, learner, other_learner):
    alone = make_comment(testimonial, learner, "alone")
    answered = make_comment(testimonial, learner, "answered")
    reply = make_comment(testimonial, other_learner, "reply", parent=answered)
    own_chain = make_comment(testimonial, learner, "chain")
    make_comment(testimonial, learner, "chain reply", parent=own_chain)
    privacy.erase_user_data(learner)
    assert not Comment.objects.filter(pk__in=[alone.pk, own_chain.pk]).exists()
    answered.refresh_from_db()
    assert answered.body == "" and answered.deleted_at is not None
    learner.delete()
    reply.refresh_from_db()
    answered.refresh_from_db()
    assert reply.parent_id == answered.pk and answered.author is None


def test_after_a_report_the_reporter_goes_back_through_the_comments_permalink(
    client, testimonial, learner, other_learner, many
):
    """Without JavaScript a report leads back to the comment by its permalink route."""
    client.force_login(other_learner)
    response = client.post(
        reverse("discussions:report", args=[many[4].pk]), {"reason": "off_topic"}
    )
    assert response["Location"] == reverse("discussions:permalink", args=[many[4].pk])
