"""Announcements: a trainer writes to the learners of a course; publishing sends the emails
(background tasks, immediate in tests) once, and learners see it on their dashboard."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from course.models import Enrolment
from tests.factories import CourseSessionFactory, UserFactory
from trainers.announcements import announcements_for, recipients
from trainers.models import Announcement

pytestmark = pytest.mark.django_db

ADD = reverse("wagtailsnippets_trainers_announcement:add")


@pytest.fixture
def learners(session):
    enrolled = [UserFactory(display_name=f"Apprenant {n}") for n in range(3)]
    for user in enrolled:
        Enrolment.objects.create(user=user, session=session)
    return enrolled


def write(client, course, session=None, action="action-publish", **fields):
    data = {
        "course": course.pk,
        "session": session.pk if session else "",
        "subject": "La semaine 2 est en ligne",
        "body": "Bonjour à toutes et à tous,\n\nLa deuxième semaine vous attend.",
        action: action,
        **fields,
    }
    return client.post(ADD, data)


def test_publishing_sends_one_email_per_enrolled_learner(trainer_client, course, learners, trainer):
    response = write(trainer_client, course)
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in learners)
    message = mail.outbox[0]
    assert message.subject == f"[{course.title}] La semaine 2 est en ligne"
    assert "La deuxième semaine vous attend." in message.body
    announcement = Announcement.objects.get()
    assert announcement.live and announcement.sent_at is not None
    assert announcement.recipient_count == 3
    assert announcement.author == trainer


def test_a_draft_sends_nothing_and_a_correction_sends_nothing_again(
    trainer_client, course, learners
):
    write(trainer_client, course, action="")  # save draft
    assert mail.outbox == []
    announcement = Announcement.objects.get()
    assert not announcement.live
    edit = reverse("wagtailsnippets_trainers_announcement:edit", args=[announcement.pk])
    data = {
        "course": course.pk,
        "session": "",
        "subject": "La semaine 2 est en ligne",
        "body": "Premier envoi.",
        "action-publish": "action-publish",
    }
    trainer_client.post(edit, data)
    assert len(mail.outbox) == 3
    trainer_client.post(edit, {**data, "body": "Correction d'une coquille."})
    assert len(mail.outbox) == 3
    announcement.refresh_from_db()
    assert announcement.live_revision.content["body"] == "Correction d'une coquille."


def test_only_the_chosen_session_and_willing_active_learners_receive_it(
    trainer_client, course, session, learners
):
    other = CourseSessionFactory(course=course)
    elsewhere = UserFactory()
    Enrolment.objects.create(user=elsewhere, session=other)
    learners[0].notify_announcements = False
    learners[0].save()
    gone = Enrolment.objects.get(user=learners[1])
    gone.left_at = timezone.now()
    gone.save()

    write(trainer_client, course, session=session)
    assert [m.to for m in mail.outbox] == [[learners[2].email]]


def test_an_archived_session_is_not_written_to_unless_chosen(course, learners, session):
    old = CourseSessionFactory(
        course=course,
        enrolment_opens_on=datetime.date(2020, 1, 1),
        enrolment_closes_on=datetime.date(2020, 2, 1),
        starts_on=datetime.date(2020, 1, 15),
        ends_on=datetime.date(2020, 3, 1),
    )
    alumnus = UserFactory()
    Enrolment.objects.create(user=alumnus, session=old)
    everyone = Announcement(course=course, subject="s", body="b")
    assert alumnus not in [e.user for e in recipients(everyone)]
    only_old = Announcement(course=course, session=old, subject="s", body="b")
    assert [e.user for e in recipients(only_old)] == [alumnus]


def test_a_session_of_another_course_is_refused_with_a_message(trainer_client, course, home):
    from tests.factories import CoursePageFactory

    other_course = CoursePageFactory(parent=home, slug="autre")
    foreign = CourseSessionFactory(course=other_course)
    response = write(trainer_client, course, session=foreign)
    assert response.status_code == 200
    assert "Cette session appartient à un autre cours." in response.content.decode()
    assert not Announcement.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "subject", ["<script>alert(1)</script>", "Nul\x00octet", "Sens \u202edirection"]
)
def test_hostile_subjects_are_refused_or_shown_as_text(trainer_client, course, learners, subject):
    response = write(trainer_client, course, subject=subject)
    if response.status_code == 200:  # refused with a message, nothing sent
        assert mail.outbox == []
        assert not Announcement.objects.exists()
        return
    learner_client = trainer_client
    learner_client.force_login(learners[0])
    html = learner_client.get(reverse("dashboard")).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_learners_see_the_announcements_of_their_courses_on_their_dashboard(
    client, trainer_client, course, learners, home
):
    write(trainer_client, course, subject="Bienvenue dans la session")
    outsider = UserFactory()
    client.force_login(learners[0])
    html = client.get(reverse("dashboard")).content.decode()
    assert "Bienvenue dans la session" in html
    assert "La deuxième semaine vous attend." in html
    assert list(announcements_for(outsider)) == []


def test_a_learner_cannot_write_announcements(client, course, learner):
    client.force_login(learner)
    write(client, course)
    assert not Announcement.objects.exists()
    assert mail.outbox == []
