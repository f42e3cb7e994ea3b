"""The demo learners get their progress and their comments under the round tables, once."""

import io

import pytest
from django.core.management import call_command

from course.models import Enrolment, ModulePage
from demo.management.commands.load_demo_learners import DEMO_PROGRESS
from discussions.models import Comment
from trainers.models import Announcement

pytestmark = pytest.mark.django_db


def test_demo_learners_are_enrolled_with_progress_and_comments(demo):
    call_command("load_demo_learners", stdout=io.StringIO())

    demo_learners = Enrolment.objects.filter(user__email__in=DEMO_PROGRESS)
    done = sorted(e.completions.count() for e in demo_learners)
    assert done[0] >= 6 and done[1] >= 13  # plus the exercises they handed in
    round_tables = Comment.objects.filter(content_type__model="testimonialpage")
    assert round_tables.filter(parent=None).count() == 3
    replies = round_tables.exclude(parent=None)
    assert replies.count() == 3
    assert all(r.root_id and r.depth == r.parent.depth + 1 for r in replies)


def test_running_it_again_changes_nothing(demo):
    call_command("load_demo_learners", stdout=io.StringIO())
    before = (Comment.objects.count(), Enrolment.objects.count())

    call_command("load_demo_learners", stdout=io.StringIO())

    assert (Comment.objects.count(), Enrolment.objects.count()) == before
    assert Announcement.objects.count() == 1


def test_demo_learners_find_the_trainers_announcement_and_next_week_on_their_dashboard(
    demo, client
):
    call_command("load_demo_learners", stdout=io.StringIO())
    client.login(email="apprenante@demo.gazouillis.test", password="gazouillis-apprenante")

    page = client.get("/fr/my-learning/").content.decode()

    announcement = Announcement.objects.get()
    assert announcement.live and announcement.sent_at is not None
    assert announcement.author.email == "formatrice@demo.gazouillis.test"
    assert announcement.subject in page
    # The demo session began a week ago and its weeks open one after another.
    assert "La semaine 3" in page and "ouvre le" in page


def test_demo_modules_open_week_by_week_from_each_sessions_start(demo):
    days = list(ModulePage.objects.order_by("path").values_list("opens_after_days", flat=True))
    assert days == [None, 7, 14, 21, 28]


def test_the_demo_announcement_points_to_the_week_that_opens_and_is_signed_by_the_trainer(demo):
    """Week 2 opens: the message names only week 2's steps and ends with the trainer's name."""
    import re

    from course.models import Participant

    call_command("load_demo_learners", stdout=io.StringIO())
    announcement = Announcement.objects.select_related("author").get()

    def plain(text):
        return " ".join(re.sub(r"[«»:?\u00a0\u202f]", " ", text).split()).lower()

    week_2 = ModulePage.objects.get(slug="semaine-2-parler-au-nom-de")
    week_2_titles = [plain(page.title) for page in week_2.get_children()]
    quoted = re.findall(r"«\s*(.+?)\s*»", announcement.body)
    assert quoted
    for title in quoted:
        assert any(plain(title) in step for step in week_2_titles), title
    signature = announcement.body.strip().splitlines()[-1]
    assert signature.startswith(announcement.author.get_public_name())
    participants = Participant.objects.values_list("display_name", flat=True)
    assert signature.split(",")[0] not in {name.split()[0] for name in participants}
