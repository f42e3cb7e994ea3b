"""What a learner's posts count towards the goal: the rule of goals.count_posts, read in one
aggregate query whatever the number of the learner's posts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practice import goals, posting
from practice.models import Mention, Post, Tag

pytestmark = pytest.mark.django_db


def facts_of(practice, session, user):
    """The learner's posts as goals.PostFacts, read row by row (the rule's reference)."""
    return [
        goals.PostFacts(
            replies_to_someone_else=bool(post.reply_to_id and post.reply_to.author_id != user.pk),
            mentions_someone=post.mentions.exclude(user=user).exists(),
            has_hashtag=post.tags.exists(),
        )
        for post in Post.objects.filter(page=practice, session=session, author=user)
    ]


def test_the_aggregate_counts_as_the_pure_rule_does(practice, session, enrolment, peer):
    learner = enrolment.user
    theirs = Post.objects.create(page=practice, session=session, author=peer, body="À vous")
    mine = Post.objects.create(page=practice, session=session, author=learner, body="Moi")
    Post.objects.create(page=practice, session=session, author=learner, body="Oui", reply_to=theirs)
    Post.objects.create(page=practice, session=session, author=learner, body="Et", reply_to=mine)
    mentioning = Post.objects.create(page=practice, session=session, author=learner, body="@JulesM")
    Mention.objects.create(post=mentioning, user=peer)
    myself = Post.objects.create(page=practice, session=session, author=learner, body="@awa_d")
    Mention.objects.create(post=myself, user=learner)
    tagged = Post.objects.create(page=practice, session=session, author=learner, body="#a #b")
    Tag.objects.bulk_create([Tag(post=tagged, name="a"), Tag(post=tagged, name="b")])
    orphan = Post.objects.create(page=practice, session=session, author=peer, body="Effacé")
    Post.objects.create(page=practice, session=session, author=learner, body="Ré", reply_to=orphan)
    orphan.delete()  # the reply stays, answering nobody
    Post.objects.create(page=practice, session=session, author=peer, body="Pas à moi #c")

    counts = posting.learner_counts(practice.pk, session.pk, learner.pk)

    assert counts == goals.count_posts(facts_of(practice, session, learner))
    assert counts == goals.GoalCounts(posts=7, replies=1, mentions=1, hashtags=1)


def test_the_counts_cost_one_query_with_3_or_300_posts_of_the_learner(practice, session, enrolment):
    learner = enrolment.user

    def queries_after(total):
        present = Post.objects.filter(author=learner).count()
        Post.objects.bulk_create(
            [
                Post(page=practice, session=session, author=learner, body=f"#t {n}")
                for n in range(total - present)
            ]
        )
        with CaptureQueriesContext(connection) as captured:
            counts = posting.learner_counts(practice.pk, session.pk, learner.pk)
        assert counts.posts == total
        return len(captured)

    assert queries_after(3) == queries_after(300) == 1
