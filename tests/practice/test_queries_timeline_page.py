"""The timeline page costs the same number of queries with 50 posts or 5,000 (it shows
the newest 50 and an "older posts" link), replies, quotes, likes and bios included."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from course.models import Enrolment
from practice.models import Like, Mention, Post, Tag
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def classmates(session):
    people = [UserFactory(twitter_handle=f"pair_{n}") for n in range(10)]
    Enrolment.objects.bulk_create([Enrolment(user=p, session=session) for p in people])
    return people


def add_posts(practice, session, people, count):
    start = Post.objects.count()
    posts = Post.objects.bulk_create(
        [
            Post(
                page=practice,
                session=session,
                author=people[n % len(people)],
                body=f"Post {start + n} #semaine1 @pair_{n % 10}",
            )
            for n in range(count)
        ]
    )
    ids = [p.pk for p in posts]
    # Replies and quotes to earlier posts, likes, mentions and hashtags on every tenth one.
    Post.objects.filter(pk__in=ids[1::3]).update(reply_to_id=ids[0])
    Post.objects.filter(pk__in=ids[2::5]).update(quote_of_id=ids[0])
    Like.objects.bulk_create(
        [Like(post_id=pk, user=people[0]) for pk in ids[::10]], ignore_conflicts=True
    )
    Mention.objects.bulk_create([Mention(post_id=pk, user=people[1]) for pk in ids[::10]])
    Tag.objects.bulk_create([Tag(post_id=pk, name="semaine1") for pk in ids[::10]])


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_queries_are_the_same_with_50_and_5000_posts(
    client, practice, session, enrolment, classmates
):
    add_posts(practice, session, classmates, 50)
    client.force_login(enrolment.user)
    client.get(practice.url)  # warm the process's caches (outline, restrictions)
    small, small_page = queries_of(client, practice.url)
    add_posts(practice, session, classmates, 4950)
    large, large_page = queries_of(client, practice.url)
    assert small == large
    assert small_page.count('data-post="') == 50
    assert large_page.count('data-post="') == 50
    assert "before=" in large_page


def test_the_older_posts_link_shows_the_next_50(client, practice, session, enrolment, classmates):
    add_posts(practice, session, classmates, 120)
    client.force_login(enrolment.user)
    newest = Post.objects.order_by("-pk").values_list("pk", flat=True)
    _count, page = queries_of(client, practice.url + f"?before={newest[49]}")
    assert page.count('data-post="') == 50
    assert f'id="post-{newest[50]}"' in page and f'id="post-{newest[49]}"' not in page


def test_a_filtered_timeline_costs_the_same_as_the_full_one(
    client, practice, session, enrolment, classmates
):
    add_posts(practice, session, classmates, 200)
    client.force_login(enrolment.user)
    client.get(practice.url)
    full, _page = queries_of(client, practice.url)
    tagged, _page = queries_of(client, practice.url + "?tag=semaine1")
    assert full == tagged
