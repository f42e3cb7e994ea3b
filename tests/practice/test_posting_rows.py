"""What a post writes: the post, its hashtags and its mentions of the session's learners,
once each; on PostgreSQL a single post is one statement (practice/posting.py), which must
write exactly what the transaction of several statements writes elsewhere."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from course.models import Enrolment
from practice import posting
from practice.models import Mention, Post, Tag
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(session):
    user = UserFactory(display_name="Awa Diallo", twitter_handle="awa_d")
    Enrolment.objects.create(user=user, session=session)
    return user


def test_a_post_writes_its_hashtags_and_the_learners_it_mentions_once_each(
    practice, session, author, peer, outsider
):
    (post,) = posting.publish(
        practice,
        session,
        author,
        ["Bonjour @JulesM et @julesm, @zoe_autre, @awa_d #Semaine1 #semaine1 #Réseau"],
    )
    stored = Post.objects.get(pk=post.pk)
    assert stored.created_at == post.created_at
    assert stored.body == post.body
    assert (stored.page_id, stored.session_id, stored.author_id) == (
        practice.pk,
        session.pk,
        author.pk,
    )
    assert sorted(Tag.objects.filter(post=post).values_list("name", flat=True)) == [
        "réseau",
        "semaine1",
    ]
    # Jules once; not Zoé (another session), not the author herself.
    assert list(Mention.objects.filter(post=post).values_list("user_id", flat=True)) == [peer.pk]


def test_a_reply_keeps_its_target_and_a_post_without_tags_or_mentions_writes_none(
    practice, session, author, peer
):
    (first,) = posting.publish(practice, session, peer, ["Qui live-tweete demain ?"])
    (reply,) = posting.publish(
        practice, session, author, ["Moi, avec plaisir"], reply_to_id=first.pk, moment_seconds=42
    )
    stored = Post.objects.get(pk=reply.pk)
    assert stored.reply_to_id == first.pk
    assert reply.reply_to == first
    assert stored.moment_seconds == 42
    assert not Tag.objects.filter(post__in=[first, reply]).exists()
    assert not Mention.objects.filter(post__in=[first, reply]).exists()


def test_a_thread_points_to_its_head_and_each_post_has_its_own_hashtags(
    practice, session, author, peer
):
    head, second = posting.publish(
        practice, session, author, ["Un fil #Débuter", "Suite pour @JulesM #Suite"]
    )
    assert Post.objects.get(pk=second.pk).thread_head_id == head.pk
    assert list(Tag.objects.filter(post=head).values_list("name", flat=True)) == ["débuter"]
    assert list(Tag.objects.filter(post=second).values_list("name", flat=True)) == ["suite"]
    assert list(Mention.objects.filter(post=second).values_list("user_id", flat=True)) == [peer.pk]


def test_a_post_with_hashtags_and_a_mention_is_one_statement_on_postgresql(
    practice, session, author, peer
):
    """Elsewhere (SQLite) the post, its hashtags and mentions are written in a savepoint
    inside the test's transaction: one statement each, and the savepoint's two."""
    with CaptureQueriesContext(connection) as queries:
        posting.publish(practice, session, author, ["Avec @JulesM #Un #Deux"])
    writes = [q["sql"] for q in queries.captured_queries if "SELECT" not in q["sql"][:6]]
    expected = 1 if connection.vendor == "postgresql" else 5
    assert len(writes) == expected, writes
