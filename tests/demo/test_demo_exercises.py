"""The demo course has the three kinds of exercise, and the demo learners have
submissions (with their versions) and peer comments, loaded once."""

import io

import pytest
from django.core.management import call_command

from course.models import Completion
from discussions.models import Comment
from exercises.models import ExercisePage, Submission, SubmissionVersion

pytestmark = pytest.mark.django_db


def test_the_demo_has_each_kind_of_exercise_configured(demo_learners):
    pages = {page.kind: page for page in ExercisePage.objects.live()}
    assert set(pages) == {"bio", "one_or_two", "reflection"}
    assert len(pages["bio"].rules) >= 4
    assert len(pages["one_or_two"].question_list()) >= 3
    assert all(block.value["testimonials"] for block in pages["one_or_two"].outcomes)
    assert len(pages["reflection"].positions) >= 2


def test_demo_learners_have_submissions_versions_comments_and_completions(demo_learners):
    # Week 3's reflection waits for its week to open: the two bios of week 1.
    assert Submission.objects.filter(status="submitted").count() == 2
    assert SubmissionVersion.objects.count() == 3
    assert Comment.objects.filter(content_type__model="submission").count() == 2
    for submission in Submission.objects.all():
        assert submission.last_version.number == submission.versions.count()
        assert Completion.objects.filter(
            enrolment__user=submission.user, page_id=submission.exercise_id
        ).exists()


def counts():
    return (Submission.objects.count(), SubmissionVersion.objects.count(), Comment.objects.count())


def test_loading_the_demo_again_changes_nothing(demo_learners):
    before = counts()
    call_command("load_demo", stdout=io.StringIO())
    call_command("load_demo_learners", stdout=io.StringIO())
    assert counts() == before
    assert ExercisePage.objects.count() == 3


def test_every_demo_exercise_renders_for_a_demo_learner(client, demo_learners):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(email="apprenant@demo.gazouillis.test"))
    for page in ExercisePage.objects.live():
        assert client.get(page.url).status_code == 200
    for submission in Submission.objects.all():
        assert client.get(submission.get_url()).status_code == 200
