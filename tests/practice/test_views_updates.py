"""The poll: new posts since a cursor, 304 when nothing changed, and cheap."""

import pytest
from django.urls import reverse

from practice import posting
from practice.models import Post

pytestmark = pytest.mark.django_db


def updates(practice, session, after):
    return reverse("practice:updates", args=[practice.pk, session.pk]) + f"?after={after}"


@pytest.fixture
def reader(client, enrolment):
    client.force_login(enrolment.user)
    return client


def test_nothing_new_answers_304(reader, practice, session, peer):
    (post,) = posting.publish(practice, session, peer, ["Un"])
    response = reader.get(updates(practice, session, post.pk))
    assert response.status_code == 304
    assert response["ETag"] == f'"p{post.pk}"'


def test_an_empty_timeline_answers_304_to_after_0(reader, practice, session):
    assert reader.get(updates(practice, session, 0)).status_code == 304


def test_new_posts_come_as_html_with_the_new_cursor(reader, practice, session, peer):
    (first,) = posting.publish(practice, session, peer, ["Premier"])
    (second,) = posting.publish(practice, session, peer, ["Second #tag"])
    response = reader.get(updates(practice, session, first.pk))
    content = response.content.decode()
    assert response.status_code == 200
    assert f'id="post-{second.pk}"' in content and f'id="post-{first.pk}"' not in content
    assert response["X-Practice-Last"] == str(second.pk)
    assert 'class="post-tag"' in content


def test_a_post_is_seen_by_the_next_poll_even_after_a_304(reader, practice, session, peer):
    """The cached cursor is dropped when someone posts."""
    (first,) = posting.publish(practice, session, peer, ["Premier"])
    assert reader.get(updates(practice, session, first.pk)).status_code == 304
    posting.publish(practice, session, peer, ["Nouveau"])
    assert reader.get(updates(practice, session, first.pk)).status_code == 200


def test_if_none_match_on_the_newest_post_answers_304(reader, practice, session, peer):
    (post,) = posting.publish(practice, session, peer, ["Un"])
    response = reader.get(updates(practice, session, 0), headers={"If-None-Match": f'"p{post.pk}"'})
    assert response.status_code == 304


def test_a_poll_with_nothing_new_costs_no_query_once_the_reader_is_known(
    reader, practice, session, peer, django_assert_num_queries
):
    """After the first poll, only the session is read (Django's auth; the user's row is
    kept under their generation, accounts/user_cache.py)."""
    (post,) = posting.publish(practice, session, peer, ["Un"])
    reader.get(updates(practice, session, post.pk))
    with django_assert_num_queries(1):
        assert reader.get(updates(practice, session, post.pk)).status_code == 304


def test_a_poll_with_new_posts_costs_the_same_for_1_or_20_posts(
    reader, practice, session, peer, django_assert_num_queries
):
    reader.get(updates(practice, session, 0))
    posting.publish(practice, session, peer, ["Un"])
    reader.get(updates(practice, session, 0))

    def count_for(new):
        for n in range(new):
            posting.publish(practice, session, peer, [f"Post {n}"])
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            after = Post.objects.order_by("-pk").values_list("pk", flat=True)[new]
            reader.get(updates(practice, session, after))
        return len(queries)

    assert count_for(1) == count_for(20)


def test_more_new_posts_than_a_page_come_over_several_polls(reader, practice, session, peer):
    """60 new posts: the first poll brings the 50 oldest of them, the next the 10 others."""
    from practice import timeline

    for n in range(timeline.PAGE_SIZE + 10):
        posting.publish(practice, session, peer, [f"Post {n}"])
    first = reader.get(updates(practice, session, 0))
    assert first.content.decode().count("data-post=") == timeline.PAGE_SIZE
    second = reader.get(updates(practice, session, first["X-Practice-Last"]))
    assert second.content.decode().count("data-post=") == 10
    assert reader.get(updates(practice, session, second["X-Practice-Last"])).status_code == 304
