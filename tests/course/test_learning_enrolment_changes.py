"""Enrolment changes: a learner chooses among several open sessions; trainers move
learners between sessions and revoke or reissue certificates, each change logged."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from course import learning
from course.models import CertificateAction, CertificateEvent, Enrolment
from course.sessions import open_sessions
from tests.factories import CourseSessionFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_session(course):
    """A later session of the same course, also open for enrolment today."""
    today = timezone.localdate()
    return CourseSessionFactory(
        course=course,
        title="Session d'été",
        starts_on=today + datetime.timedelta(days=20),
        ends_on=today + datetime.timedelta(days=80),
    )


@pytest.fixture
def trainer(db):
    return UserFactory(display_name="Odile Formatrice", is_staff=True)


@pytest.fixture
def completed(enrolment):
    enrolment.completed_at = timezone.now()
    enrolment.certificate_code = "ABCD-EFGH-JKLM"
    enrolment.save()
    return enrolment


def test_open_sessions_lists_every_open_session_the_earliest_start_first(session, second_session):
    """Pure function: both open sessions, in order of their start."""
    today = timezone.localdate()
    assert open_sessions([second_session, session], today) == [session, second_session]


def test_the_course_page_offers_a_choice_of_sessions_with_dates_when_several_are_open(
    client, course, session, second_session, learner
):
    """The enrol button becomes a choice: one radio per open session, with its dates."""
    client.force_login(learner)
    html = client.get(course.url).content.decode()
    assert html.count('name="session"') == 2
    assert "Session d&#x27;été" in html or "Session d'été" in html
    assert f'value="{second_session.pk}"' in html


def test_a_learner_enrols_in_the_session_they_chose_not_the_older_one(
    client, course, session, second_session, learner
):
    """Posting a session enrols in that one."""
    client.force_login(learner)
    client.post(reverse("enrol", args=[course.pk]), {"session": second_session.pk})
    assert Enrolment.objects.get(user=learner).session == second_session


def test_a_closed_or_foreign_session_cannot_be_chosen(client, course, session, learner, home):
    """A session of another course (or not open) is refused, and nothing is created."""
    from tests.factories import CoursePageFactory

    other = CourseSessionFactory(course=CoursePageFactory(parent=home, slug="autre"))
    client.force_login(learner)
    response = client.post(reverse("enrol", args=[course.pk]), {"session": other.pk}, follow=True)
    assert not Enrolment.objects.filter(user=learner).exists()
    assert "Les inscriptions à ce cours sont closes." in response.content.decode()


def test_a_trainer_move_keeps_progress_and_certificate(completed, second_session):
    """Moving to another session of the course keeps the completions and the code."""
    from course.models import Completion, LessonPage

    lesson = LessonPage.objects.first()
    Completion.objects.create(enrolment=completed, page=lesson)
    learning.move_enrolment(completed, second_session)
    completed.refresh_from_db()
    assert completed.session == second_session
    assert completed.completions.count() == 1
    assert completed.certificate_code == "ABCD-EFGH-JKLM"


def test_moving_to_another_course_is_refused(enrolment, home):
    """A session of another course is not a move."""
    from tests.factories import CoursePageFactory

    other = CourseSessionFactory(course=CoursePageFactory(parent=home, slug="autre"))
    with pytest.raises(learning.EnrolmentRefused):
        learning.move_enrolment(enrolment, other)


def test_enrolling_by_trainer_moves_a_learner_already_in_the_course(enrolment, second_session):
    """One active enrolment per course: enrolling someone elsewhere moves them."""
    moved = learning.enrol_by_trainer(enrolment.user, second_session)
    assert moved.pk == enrolment.pk
    assert Enrolment.objects.filter(user=enrolment.user).count() == 1


def test_enrolling_by_trainer_ignores_the_enrolment_window(course):
    """A trainer may enrol someone in a session whose enrolment has closed."""
    today = timezone.localdate()
    closed = CourseSessionFactory(
        course=course,
        enrolment_opens_on=today - datetime.timedelta(days=30),
        enrolment_closes_on=today - datetime.timedelta(days=1),
    )
    user = UserFactory()
    assert learning.enrol_by_trainer(user, closed).session == closed


def test_revoking_logs_who_when_why_and_the_public_page_says_revoked(client, completed, trainer):
    """The old code's check page says revoked; the learner's certificate page is gone."""
    learning.revoke_certificate(completed, trainer, "Plagiat constaté")
    event = CertificateEvent.objects.get()
    assert (event.action, event.actor, event.reason, event.code) == (
        CertificateAction.REVOKED,
        trainer,
        "Plagiat constaté",
        "ABCD-EFGH-JKLM",
    )
    response = client.get(reverse("verify_certificate", args=["ABCD-EFGH-JKLM"]))
    assert response.status_code == 200
    assert "révoqué" in response.content.decode()
    client.force_login(completed.user)
    assert client.get(reverse("certificate", args=[completed.pk])).status_code == 404


def test_reissuing_gives_a_new_valid_code_and_the_old_one_stays_revoked(client, completed, trainer):
    """A reissue logs a revocation of the old code and the new code's issue."""
    learning.reissue_certificate(completed, trainer, "Nom corrigé")
    completed.refresh_from_db()
    assert completed.certificate_code != "ABCD-EFGH-JKLM"
    assert list(CertificateEvent.objects.values_list("action", flat=True)) == [
        CertificateAction.REVOKED,
        CertificateAction.REISSUED,
    ]
    new = client.get(reverse("verify_certificate", args=[completed.certificate_code]))
    old = client.get(reverse("verify_certificate", args=["ABCD-EFGH-JKLM"]))
    assert "valide" in new.content.decode()
    assert "révoqué" in old.content.decode()


def test_a_certificate_not_earned_cannot_be_revoked_or_reissued(enrolment, trainer):
    """No certificate, nothing to revoke or reissue."""
    with pytest.raises(learning.EnrolmentRefused):
        learning.revoke_certificate(enrolment, trainer, "x")
    with pytest.raises(learning.EnrolmentRefused):
        learning.reissue_certificate(enrolment, trainer, "x")
