"""The demo learners get their progress and their comments under the round tables, once,
in the weeks open to their session on the day the demo is built."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from course.models import Completion, CourseSession, Enrolment, ModulePage
from demo.management.commands.load_demo_learners import DEMO_PROGRESS, is_open, week_opens_on
from discussions.models import Comment
from exercises.models import Submission, SubmissionVersion
from practice.models import Post
from quizzes.models import QuizAttempt
from trainers.models import Announcement

pytestmark = pytest.mark.django_db


def test_demo_learners_are_enrolled_with_progress_and_comments(demo):
    call_command("load_demo_learners", stdout=io.StringIO())

    demo_learners = Enrolment.objects.filter(user__email__in=DEMO_PROGRESS)
    done = sorted(e.completions.count() for e in demo_learners)
    assert done[0] >= 6 and done[1] >= 12  # weeks 1 and 2 are open to their session
    round_tables = Comment.objects.filter(content_type__model="testimonialpage")
    assert round_tables.filter(parent=None).count() == 3
    replies = round_tables.exclude(parent=None)
    assert replies.count() == 3
    assert all(r.root_id and r.depth == r.parent.depth + 1 for r in replies)


def _opening(page, session):
    """The first moment the site takes a learner's answers to `page` in `session`."""
    opens_on = week_opens_on(page, session)
    if opens_on is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(opens_on, datetime.time.min))


def _done_too_soon(session):
    """What the demo learners did in `session` before the site would have let them:
    completions, exercise answers, practice posts and quiz attempts in a week not open
    yet, or dated before their week opened or after now."""
    now = timezone.now()
    found = []
    dated = [
        (c.page, c.completed_at, "done")
        for c in Completion.objects.filter(enrolment__session=session).select_related("page")
    ]
    dated += [
        (s.exercise, s.submitted_at, "submitted")
        for s in Submission.objects.filter(user__enrolments__session=session)
    ]
    dated += [
        (v.submission.exercise, v.submitted_at, "version")
        for v in SubmissionVersion.objects.select_related("submission__exercise")
    ]
    dated += [(p.page, p.created_at, "posted") for p in Post.objects.filter(session=session)]
    dated += [
        (a.page, a.submitted_at, "quiz")
        for a in QuizAttempt.objects.filter(user__enrolments__session=session)
    ]
    for page, moment, what in dated:
        page = page.specific if hasattr(page, "specific") else page
        opened = _opening(page, session)
        if not is_open(page, session) or (opened and moment < opened) or moment > now:
            found.append((what, page.slug, moment))
    return found


def test_nothing_is_done_posted_or_submitted_in_a_week_not_open_yet(demo):
    """The demo session began a week ago: weeks 1 and 2 are open, weeks 3 to 5 are not.
    The learners' steps done, answers, posts and quiz attempts are all in weeks 1 and 2,
    dated between the day their week opened and now."""
    call_command("load_demo_learners", stdout=io.StringIO())
    session = CourseSession.objects.get()

    assert _done_too_soon(session) == []
    weeks = {
        page.get_parent().slug
        for page in Page.objects.filter(
            pk__in=Completion.objects.filter(enrolment__session=session).values("page")
        )
    }
    assert weeks == {"semaine-1-se-presenter", "semaine-2-parler-au-nom-de"}
    assert not Post.objects.filter(page__slug="fil-entrainement-live-tweet").exists()
    assert not Submission.objects.filter(exercise__slug="exercice-prendre-position").exists()
    assert Post.objects.filter(page__slug="fil-entrainement-premiers-messages").exists()
    # Week 2 opens today: its quiz is tried today, not before.
    assert QuizAttempt.objects.filter(page__slug="quiz-semaine-2").exists()


def test_a_session_that_began_five_weeks_ago_has_every_week_taken_part_in(demo):
    """Every week open to the session: the live-tweet posts and the week 3 answer are
    there too, each dated after its week opened."""
    session = CourseSession.objects.get()
    session.starts_on = timezone.localdate() - datetime.timedelta(days=35)
    session.save()

    call_command("load_demo_learners", stdout=io.StringIO())

    assert _done_too_soon(session) == []
    assert Post.objects.filter(page__slug="fil-entrainement-live-tweet").count() == 8
    assert Submission.objects.filter(exercise__slug="exercice-prendre-position").exists()
    apprenant = Enrolment.objects.get(user__email="apprenant@demo.gazouillis.test")
    assert apprenant.completions.filter(page__slug="trois-facons-d-exister").exists()


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
