"""The demo learners get their progress and their comments under the round tables, once."""

import io

import pytest
from django.core.management import call_command

from course.models import Enrollment
from discussions.models import Comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", stdout=io.StringIO())
    call_command("create_demo_accounts", "--force", stdout=io.StringIO())


def test_demo_learners_are_enrolled_with_progress_and_comments(demo):
    call_command("load_demo_learners", stdout=io.StringIO())

    done = sorted(e.completions.count() for e in Enrollment.objects.all())
    assert done[0] >= 6 and done[1] >= 13  # plus the exercises they handed in
    round_tables = Comment.objects.filter(content_type__model="testimonialpage")
    assert round_tables.filter(parent=None).count() == 3
    replies = round_tables.exclude(parent=None)
    assert replies.count() == 3
    assert all(r.root_id and r.depth == r.parent.depth + 1 for r in replies)


def test_running_it_again_changes_nothing(demo):
    call_command("load_demo_learners", stdout=io.StringIO())
    before = (Comment.objects.count(), Enrollment.objects.count())

    call_command("load_demo_learners", stdout=io.StringIO())

    assert (Comment.objects.count(), Enrollment.objects.count()) == before
