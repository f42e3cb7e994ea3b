"""The benchmark's practice timeline, seeded at a small scale: the posts of the session on
the live-tweet step with their replies, hashtags, mentions and likes, written once."""

import pytest

from bench.management.commands.seed_bench import PRACTICE_SLUG, seed_practice
from course.models import Enrolment, ModulePage
from practice.models import Like, Mention, Post, PracticePage, Tag
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_tweet(course):
    module = ModulePage.objects.child_of(course).order_by("path").last()
    page = PracticePage(title="Live-tweet", slug=PRACTICE_SLUG, hashtag="JourneeComPublique")
    module.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def learners(session):
    users = [UserFactory(twitter_handle=f"banc_{n}") for n in range(7)]
    Enrolment.objects.bulk_create([Enrolment(user=user, session=session) for user in users])
    return users


def test_the_timeline_gets_its_posts_once_with_their_rows(live_tweet, session, learners):
    assert seed_practice(session, learners, 40) == 40
    posts = Post.objects.filter(page=live_tweet, session=session)
    assert posts.count() == 40
    assert posts.filter(reply_to__isnull=False).count() == 7  # one in five but the first
    assert Tag.objects.filter(post__in=posts, name="journeecompublique").count() == 10
    assert Mention.objects.filter(post__in=posts).count() == 4
    assert Like.objects.filter(post__in=posts).count() == 14
    assert all(0 <= p.moment_seconds < 250 for p in posts)
    assert {p.author_id for p in posts} == {user.pk for user in learners}
    assert seed_practice(session, learners, 40) == 0  # a second run adds nothing


def test_a_second_run_adds_only_what_is_missing(live_tweet, session, learners):
    seed_practice(session, learners, 10)
    assert seed_practice(session, learners, 25) == 15
    assert Post.objects.filter(page=live_tweet, session=session).count() == 25


def test_without_the_live_tweet_step_nothing_is_seeded(session, learners):
    assert seed_practice(session, learners, 10) == 0
