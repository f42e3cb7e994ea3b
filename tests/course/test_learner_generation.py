"""What is kept for a learner (their user row, their record of enrolments and completions,
what is theirs in a thread, their part of "My learning") is kept under their generation
(config/generations.py): every way their parts change shows at their next request, the
page read from the cache until then.

Each test reads the page twice first (stored, then served from what is kept), makes the
change the way the site makes it, and reads the page again."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from course import learning
from course.models import Completion, Enrolment, LessonPage, TestimonialPage
from course.navigation import course_outline
from discussions.models import CommentStatus
from discussions.moderation import decide
from tests.discussions.conftest import make_comment
from tests.factories import CourseSessionFactory, UserFactory

pytestmark = pytest.mark.django_db

DONE = "outline__step--done"


@pytest.fixture
def signed_in(client, enrolment):
    client.force_login(enrolment.user)
    return client


@pytest.fixture
def lesson(course):
    return LessonPage.objects.descendant_of(course).order_by("path").first()


def read(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def warm(client, url) -> str:
    """The page as its learner reads it once it is stored and kept."""
    read(client, url)
    response = client.get(url)
    if url != reverse("dashboard"):
        assert response["X-Signed-In-Page"] == "hit"
    return response.content.decode()


def dashboard(client) -> str:
    return read(client, reverse("dashboard")).replace("\u00a0", " ").replace("\u202f", " ")


def test_a_step_marked_done_then_undone_shows_on_the_lesson_at_the_next_request(signed_in, lesson):
    assert DONE not in warm(signed_in, lesson.url)
    mark = reverse("mark_step", args=[lesson.pk])

    signed_in.post(mark, {"done": "1"})
    assert DONE in read(signed_in, lesson.url)

    signed_in.post(mark, {"done": "0"})
    assert DONE not in read(signed_in, lesson.url)


def test_enrolling_then_leaving_shows_on_the_lesson_at_the_next_request(
    client, course, session, learner, lesson
):
    client.force_login(learner)
    assert "data-module-progress" not in warm(client, lesson.url)

    client.post(reverse("enrol", args=[course.pk]))
    assert "data-module-progress" in read(client, lesson.url)

    client.post(reverse("leave", args=[course.pk]), {"confirm": "1"})
    assert "data-module-progress" not in read(client, lesson.url)


def test_a_move_to_another_session_shows_on_the_dashboard_at_the_next_request(
    signed_in, course, enrolment
):
    later = CourseSessionFactory(course=course, title="Session d’automne unique")
    assert "Session d’automne unique" not in warm(signed_in, reverse("dashboard"))

    learning.move_enrolment(enrolment, later)

    assert "Session d’automne unique" in dashboard(signed_in)


def test_a_session_edited_by_a_trainer_shows_at_the_next_request(signed_in, session):
    warm(signed_in, reverse("dashboard"))

    session.title = "Session renommée unique"
    session.save()

    assert "Session renommée unique" in dashboard(signed_in)


def _complete_every_step(enrolment, course):
    """Every step done, as a learner who did them all before the last was required
    (rows written without the certificate's rule, which `issue_due_certificates` applies)."""
    Completion.objects.bulk_create(
        [
            Completion(enrolment_id=enrolment.pk, page_id=step.pk)
            for step in course_outline(course, None).steps
        ]
    )


def test_a_certificate_issued_by_the_rules_then_revoked_and_reissued_shows_at_the_next_request(
    signed_in, course, enrolment
):
    _complete_every_step(enrolment, course)
    trainer = UserFactory(is_staff=True)
    assert "Voir mon certificat" not in warm(signed_in, reverse("dashboard"))

    assert learning.issue_due_certificates(course) == 1
    assert "Voir mon certificat" in dashboard(signed_in)

    learning.revoke_certificate(Enrolment.objects.get(pk=enrolment.pk), trainer, "Plagiat")
    assert "Voir mon certificat" not in dashboard(signed_in)

    learning.reissue_certificate(Enrolment.objects.get(pk=enrolment.pk), trainer, "Erreur")
    assert "Voir mon certificat" in dashboard(signed_in)


def test_a_revision_request_shows_on_the_dashboard_at_the_next_request(
    signed_in, course, enrolment
):
    from course.models import ModulePage
    from exercises.models import Submission
    from exercises.services import request_revision
    from tests.exercises.conftest import GOOD_BIO, add_exercise

    exercise = add_exercise(ModulePage.objects.child_of(course).order_by("path").first())
    assert signed_in.post(exercise.url, {"action": "submit", "text": GOOD_BIO}).status_code == 303
    submission = Submission.objects.get(exercise=exercise, user=enrolment.user)
    trainer = UserFactory(is_staff=True)
    assert "Précisez votre public unique." not in warm(signed_in, reverse("dashboard"))

    request_revision(submission, trainer, "Précisez votre public unique.")

    assert "Précisez votre public unique." in dashboard(signed_in)


def test_a_reply_then_its_removal_by_a_moderator_shows_on_the_dashboard_at_the_next_request(
    signed_in, course, enrolment
):
    round_table = TestimonialPage.objects.descendant_of(course).first()
    mine = make_comment(round_table, enrolment.user, "Ma question.")
    other = UserFactory(display_name="Noé Valette")
    assert "Noé Valette" not in warm(signed_in, reverse("dashboard"))

    reply = make_comment(round_table, other, "Ma réponse.", parent=mine)
    assert "Noé Valette vous a répondu" in dashboard(signed_in)

    decide([reply], CommentStatus.REMOVED, UserFactory(is_superuser=True, is_staff=True))
    assert "Noé Valette" not in dashboard(signed_in)


def test_a_repliers_new_name_shows_on_the_dashboard_at_the_next_request(
    signed_in, course, enrolment
):
    round_table = TestimonialPage.objects.descendant_of(course).first()
    other = UserFactory(display_name="Noé Valette")
    make_comment(
        round_table, other, "Ma réponse.", parent=make_comment(round_table, enrolment.user)
    )
    assert "Noé Valette vous a répondu" in warm(signed_in, reverse("dashboard"))

    other.display_name = "Noé Renommé"
    other.save()

    assert "Noé Renommé vous a répondu" in dashboard(signed_in)


def test_an_announcement_published_shows_on_the_dashboard_at_the_next_request(signed_in, course):
    from trainers.models import Announcement

    assert "Les nouvelles des formateurs" not in warm(signed_in, reverse("dashboard"))

    announcement = Announcement.objects.create(
        course=course, subject="Semaine deux unique", body="Elle est en ligne.", live=False
    )
    announcement.save_revision().publish()

    assert "Semaine deux unique" in dashboard(signed_in)


def test_a_new_display_name_shows_at_the_next_request(signed_in, enrolment):
    assert "Bonjour Personne Renommée" not in warm(signed_in, reverse("dashboard"))

    user = User.objects.get(pk=enrolment.user.pk)
    user.display_name = "Personne Renommée"
    user.save()

    assert "Bonjour Personne Renommée" in dashboard(signed_in)


def test_following_a_thread_shows_on_the_round_table_at_the_next_request(
    signed_in, course, enrolment
):
    round_table = TestimonialPage.objects.descendant_of(course).filter(format="round_table")[0]
    assert 'name="follow" value="1"' in warm(signed_in, round_table.url)

    signed_in.post(
        reverse("discussions:follow"),
        {
            "content_type": round_table.content_type_id,
            "object_id": round_table.pk,
            "anchor": "",
            "follow": "1",
        },
    )

    assert 'name="follow" value="0"' in read(signed_in, round_table.url)


def test_a_comment_of_theirs_held_for_moderation_shows_to_them_at_the_next_request(
    signed_in, course, enrolment
):
    """Their held comment is theirs alone to see (discussions/thread_html.py `Reader`)."""
    round_table = TestimonialPage.objects.descendant_of(course).filter(format="round_table")[0]
    warm(signed_in, round_table.url)

    make_comment(round_table, enrolment.user, "En attente unique.", status=CommentStatus.HELD)

    assert "En attente unique." in read(signed_in, round_table.url)


def test_a_deactivated_learner_is_signed_out_at_their_next_request(signed_in, enrolment, lesson):
    warm(signed_in, lesson.url)

    user = User.objects.get(pk=enrolment.user.pk)
    user.is_active = False
    user.save()

    response = signed_in.get(reverse("dashboard"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_a_changed_password_signs_out_the_other_sessions_at_their_next_request(
    signed_in, enrolment, lesson
):
    warm(signed_in, lesson.url)

    user = User.objects.get(pk=enrolment.user.pk)
    user.set_password("un-autre-mot-de-passe-42")
    user.save()

    response = signed_in.get(reverse("dashboard"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_a_learner_made_staff_gets_the_staff_page_at_their_next_request(
    signed_in, enrolment, lesson
):
    """Staff are never served a stored page (config/signed_in_pages.py `may_share`)."""
    warm(signed_in, lesson.url)

    user = User.objects.get(pk=enrolment.user.pk)
    user.is_staff = True
    user.save()

    response = signed_in.get(lesson.url)
    assert response.status_code == 200
    assert "X-Signed-In-Page" not in response


def test_a_step_done_yesterday_reads_as_a_day_ago_from_the_kept_dashboard(
    signed_in, course, enrolment
):
    """The times since are written at each request into the kept part."""
    step = course_outline(course, None).steps[0]
    Completion.objects.create(
        enrolment=enrolment,
        page_id=step.pk,
        completed_at=timezone.now() - datetime.timedelta(days=1, minutes=1),
    )
    learning.set_step_done(enrolment, step, True)  # already done: the date is kept

    html = warm(signed_in, reverse("dashboard")).replace("\u00a0", " ")

    assert "terminé il y a 1 jour" in html
    assert "<!--slot:" not in html
