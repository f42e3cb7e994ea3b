"""Week 1's practice timeline in the demo: its goal, and the demo learners' original posts
with their mentions, replies, thread and likes, written once."""

import io

import pytest
from django.core.management import call_command

from course.models import Completion
from practice.models import Like, Mention, Post, PracticePage

pytestmark = pytest.mark.django_db


def test_week_one_has_a_practice_timeline_with_a_goal(demo):
    page = PracticePage.objects.get(slug="fil-entrainement-premiers-messages")
    assert page.get_parent().slug == "semaine-1-se-presenter"
    assert (page.goal_posts, page.goal_replies, page.goal_mentions) == (3, 1, 1)
    assert page.hashtag == "MOOCgazouillis"


def test_the_demo_learners_posts_mention_and_answer_each_other(demo_learners):
    posts = Post.objects.all()
    authors = {post.author.email for post in posts}
    assert {"apprenante@demo.gazouillis.test", "apprenant@demo.gazouillis.test"} <= authors
    assert posts.filter(reply_to__isnull=False).exists()
    assert posts.filter(thread_head__isnull=False).exists()
    mentioned = set(Mention.objects.values_list("user__twitter_handle", flat=True))
    assert mentioned == {"maelle_q", "yanis_fr"}
    assert Like.objects.exists()
    # Maëlle's posts meet the goal: the step is done for her.
    assert Completion.objects.filter(
        enrolment__user__email="apprenante@demo.gazouillis.test",
        page__slug="fil-entrainement-premiers-messages",
    ).exists()


def test_loading_the_learners_again_adds_no_post(demo_learners):
    before = (Post.objects.count(), Like.objects.count(), Mention.objects.count())
    call_command("load_demo_learners", stdout=io.StringIO())
    assert (Post.objects.count(), Like.objects.count(), Mention.objects.count()) == before


def test_a_demo_learner_sees_the_timeline_with_its_posts(demo_learners, client):
    client.login(email="apprenant@demo.gazouillis.test", password="gazouillis-apprenant")
    page = PracticePage.objects.get(slug="fil-entrainement-premiers-messages")
    content = client.get(page.url).content.decode()
    assert "ateliers BD" in content
    assert 'class="post-mention"' in content
