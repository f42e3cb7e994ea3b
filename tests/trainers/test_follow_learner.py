"""Following one learner: their page in the admin, the report's links and search box,
enrolment changes and certificates, each view's access matrix, CSRF and a GET that
changes nothing, and a constant query count."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from course import learning
from course.models import CertificateEvent, Enrolment, LessonPage
from course.navigation import course_navigation
from discussions.models import Comment
from exercises.models import Submission
from tests.exercises.conftest import add_exercise
from tests.factories import CoursePageFactory, CourseSessionFactory, UserFactory
from trainers.groups import grant_course_pages

pytestmark = pytest.mark.django_db

REPORT = reverse("trainers_reports:learners")
ENROL = reverse("trainers_follow:enrol")


def page_of(user) -> str:
    return reverse("trainers_follow:learner", args=[user.pk])


def enrol(session, steps_done=0, **user_fields) -> Enrolment:
    user = UserFactory(**user_fields)
    enrolment = Enrolment.objects.create(user=user, session=session)
    for step in course_navigation(session.course)["outline"].steps[:steps_done]:
        learning.set_step_done(enrolment, step, True)
    enrolment.refresh_from_db()
    return enrolment


@pytest.fixture
def other_course(home):
    """A second course, with its session and one learner."""
    course = CoursePageFactory(parent=home, slug="autre-cours", title="Autre cours")
    return course


@pytest.fixture
def other_trainer(db, other_course):
    """A trainer whose group may edit only the other course (and read reports)."""
    group = Group.objects.create(name="Formateurs de l'autre cours")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_reports"),
    )
    from django.apps import apps

    grant_course_pages(apps, group, [other_course])
    user = UserFactory(display_name="Autre Formateur", is_staff=True)
    user.groups.add(group)
    return user


@pytest.fixture
def followed(session):
    """A learner half-way through the course, with a submission and a comment."""
    enrolment = enrol(session, steps_done=6, display_name="Yves Milieu", email="yves@example.org")
    exercise = add_exercise(LessonPage.objects.first().get_parent())
    Submission.objects.create(
        exercise=exercise,
        user=enrolment.user,
        text="Bibliothécaire à Auray.",
        status="submitted",
        submitted_at=timezone.now(),
    )
    lesson = LessonPage.objects.first()
    Comment.objects.create(
        content_type=ContentType.objects.get_for_model(lesson),
        object_id=str(lesson.pk),
        author=enrolment.user,
        body="Ma première remarque sur la leçon.",
    )
    return enrolment


# The learner page ----------------------------------------------------------------


def test_the_learner_page_shows_identity_progress_per_step_work_and_activity(
    trainer_client, followed
):
    """Name, email, session, each module's steps done (with their date), the submission
    with its link, the comment with its link, last activity."""
    html = trainer_client.get(page_of(followed.user)).content.decode()
    assert "Yves Milieu" in html and "yves@example.org" in html
    assert followed.session.title in html
    assert "35 % (6/17)" in html  # 16 lessons and testimonials, and the exercise
    first_module = course_navigation(followed.session.course)["outline"].steps[0].get_parent()
    assert f"{first_module.title} — 4/5" in html  # the exercise came after
    assert html.count("✓") == 6
    submission = Submission.objects.get()
    assert reverse("exercises:submission", args=[submission.pk]) in html
    comment = Comment.objects.get()
    assert comment.get_absolute_url() in html
    assert "Ma première remarque" in html


def test_the_learner_page_costs_the_same_queries_whatever_the_course_and_activity(
    trainer_client, session, followed, django_assert_max_num_queries
):
    """A longer history (more steps done, submissions, comments) adds no query."""
    trainer_client.get(page_of(followed.user))  # warm the permission caches of the session
    busy = enrol(session, steps_done=17, display_name="Xavier Fini")
    lesson = LessonPage.objects.first()
    for n in range(15):
        Comment.objects.create(
            content_type=ContentType.objects.get_for_model(lesson),
            object_id=str(lesson.pk),
            author=busy.user,
            body=f"Remarque {n}",
        )
    learning.revoke_certificate(busy, followed.user, "Essai")
    from course.models import ModulePage
    from tests.factories import LessonPageFactory

    module = ModulePage.objects.order_by("path").last()
    for n in range(8):  # a longer course
        LessonPageFactory(parent=module, slug=f"lecon-en-plus-{n}")
    with django_assert_max_num_queries(21) as small:
        trainer_client.get(page_of(followed.user))
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = trainer_client.get(page_of(busy.user))
    assert response.status_code == 200


# The report: links and search -------------------------------------------------------


def test_names_in_the_learners_report_link_to_their_page(trainer_client, followed):
    """Each learner's name is a link to their page."""
    html = trainer_client.get(REPORT).content.decode()
    assert f'href="{page_of(followed.user)}"' in html


@pytest.mark.parametrize("query", ["milieu", "YVES@example"])
def test_the_learners_report_searches_by_name_and_email(trainer_client, session, followed, query):
    """The search box finds a learner by part of their name or email, case aside."""
    enrol(session, display_name="Zoé Autre", email="zoe@example.org")
    html = trainer_client.get(REPORT, {"q": query}).content.decode()
    assert "Yves Milieu" in html
    assert "Zoé Autre" not in html


def test_a_trainer_sees_only_the_learners_of_courses_they_may_edit(
    client, other_trainer, other_course, followed
):
    """The report and the learner page stay closed on a course the trainer may not edit."""
    stranger = enrol(CourseSessionFactory(course=other_course), display_name="Léa Ailleurs")
    client.force_login(other_trainer)
    html = client.get(REPORT).content.decode()
    assert "Léa Ailleurs" in html
    assert "Yves Milieu" not in html
    assert client.get(page_of(stranger.user)).status_code == 200
    assert client.get(page_of(followed.user), follow=True).status_code == 404


# Access matrix ------------------------------------------------------------------------


def urls_for(enrolment) -> list[str]:
    return [
        page_of(enrolment.user),
        ENROL,
        reverse("trainers_follow:write") + f"?learner={enrolment.user.pk}",
        reverse("trainers_follow:write") + "?inactive=inactive",
    ]


@pytest.mark.parametrize("who", ["anonymous", "learner", "enrolled learner"])
def test_visitors_and_learners_reach_none_of_the_follow_screens(client, followed, who):
    """Anonymous: to the login page; a learner (even the one concerned): refused."""
    if who == "learner":
        client.force_login(UserFactory())
    elif who == "enrolled learner":
        client.force_login(followed.user)
    for url in urls_for(followed):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "login" in response.url
        response = client.post(url, {"action": "unenrol", "enrolment": followed.pk})
        assert response.status_code in (302, 403), url
    followed.refresh_from_db()
    assert followed.left_at is None


@pytest.mark.parametrize("who", ["trainer", "admin"])
def test_trainers_and_admins_reach_every_follow_screen(client, trainer, superuser, followed, who):
    """Trainers of the course and admins read every screen."""
    client.force_login(trainer if who == "trainer" else superuser)
    for url in urls_for(followed):
        assert client.get(url).status_code == 200, url


def test_a_get_changes_nothing(trainer_client, followed):
    """Action parameters in a GET are ignored."""
    trainer_client.get(page_of(followed.user), {"action": "unenrol", "enrolment": followed.pk})
    trainer_client.get(reverse("trainers_follow:write"), {"subject": "x", "body": "y"})
    followed.refresh_from_db()
    assert followed.left_at is None
    assert not Enrolment.objects.filter(left_at__isnull=False).exists()
    from trainers.models import Announcement

    assert not Announcement.objects.exists()


def test_every_post_needs_the_csrf_token(trainer, followed):
    """Without the token, Django refuses the post and nothing changes."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainer)
    for url, data in [
        (page_of(followed.user), {"action": "unenrol", "enrolment": followed.pk}),
        (ENROL, {"email": followed.user.email, "session": followed.session_id}),
        (
            reverse("trainers_follow:write") + f"?learner={followed.user.pk}",
            {"course": followed.session.course_id, "subject": "x", "body": "y"},
        ),
    ]:
        assert client.post(url, data).status_code == 403, url
    followed.refresh_from_db()
    assert followed.left_at is None


# Enrolments and certificates ----------------------------------------------------------


def test_a_trainer_moves_a_learner_to_another_session(trainer_client, course, followed):
    """Moving keeps the progress; the page then shows the new session."""
    later = CourseSessionFactory(course=course, title="Session d'automne")
    response = trainer_client.post(
        page_of(followed.user),
        {"action": "move", "enrolment": followed.pk, f"e{followed.pk}-session": later.pk},
    )
    assert response.status_code == 302
    followed.refresh_from_db()
    assert followed.session == later
    assert followed.completions.count() == 6


def test_a_move_to_a_session_of_another_course_is_refused_with_a_message(
    trainer_client, other_course, followed
):
    """A session that is not among the choices is a form error, shown on the page."""
    foreign = CourseSessionFactory(course=other_course)
    response = trainer_client.post(
        page_of(followed.user),
        {"action": "move", "enrolment": followed.pk, f"e{followed.pk}-session": foreign.pk},
    )
    assert response.status_code == 400
    followed.refresh_from_db()
    assert followed.session_id != foreign.pk


def test_a_trainer_unenrols_a_learner(trainer_client, followed):
    """Unenrolling keeps the completions (the learner may come back)."""
    trainer_client.post(page_of(followed.user), {"action": "unenrol", "enrolment": followed.pk})
    followed.refresh_from_db()
    assert followed.left_at is not None
    assert followed.completions.count() == 6


def test_the_page_of_a_learner_who_left_offers_no_write_button_and_says_why(
    trainer_client, followed
):
    """Writing goes only to enrolled learners: after unenrolling, the page says so instead of
    linking to a write screen that would find nobody."""
    write_url = reverse("trainers_follow:write") + f"?learner={followed.user.pk}"
    assert write_url in trainer_client.get(page_of(followed.user)).content.decode()
    trainer_client.post(page_of(followed.user), {"action": "unenrol", "enrolment": followed.pk})
    html = trainer_client.get(page_of(followed.user)).content.decode()
    assert write_url not in html
    assert "ne suit plus aucun de vos cours" in html


def test_revoking_needs_a_reason_and_keeps_what_was_typed(trainer_client, session):
    """An empty reason is refused with a message; the certificate stays valid."""
    done = enrol(session, steps_done=16, display_name="Xavier Fini")
    response = trainer_client.post(
        page_of(done.user),
        {"action": "revoke", "enrolment": done.pk, f"e{done.pk}-reason": "   \u200b "},
    )
    assert response.status_code == 400
    assert "Indiquez pourquoi" in response.content.decode()
    done.refresh_from_db()
    assert done.has_valid_certificate


def test_revoke_then_reissue_is_logged_on_the_learner_page(trainer_client, trainer, session):
    """Who, when, why: both events are on the page; the new code is valid."""
    done = enrol(session, steps_done=16, display_name="Xavier Fini")
    old_code = done.certificate_code
    trainer_client.post(
        page_of(done.user),
        {
            "action": "revoke",
            "enrolment": done.pk,
            f"e{done.pk}-reason": "Plagiat <b>constaté</b>",
        },
    )
    trainer_client.post(
        page_of(done.user),
        {"action": "reissue", "enrolment": done.pk, f"e{done.pk}-reason": "Erreur de ma part"},
    )
    done.refresh_from_db()
    assert done.has_valid_certificate and done.certificate_code != old_code
    assert CertificateEvent.objects.filter(actor=trainer).count() == 2
    html = trainer_client.get(page_of(done.user)).content.decode()
    assert "Plagiat &lt;b&gt;constaté&lt;/b&gt;" in html
    assert "Erreur de ma part" in html and "Odile Formatrice" in html
    assert old_code in html and done.certificate_code in html


def test_a_trainer_enrols_someone_by_email(trainer_client, session):
    """An existing account is enrolled and the trainer lands on their page."""
    user = UserFactory(email="nouvelle@example.org", display_name="Nina Nouvelle")
    response = trainer_client.post(ENROL, {"email": "NOUVELLE@example.org", "session": session.pk})
    assert response.status_code == 302 and response.url == page_of(user)
    assert Enrolment.objects.get(user=user).session == session


def test_enrolling_an_unknown_email_says_so_and_keeps_the_form(trainer_client, session):
    """No account: a clear message, the typed address kept, nothing created."""
    response = trainer_client.post(ENROL, {"email": "personne@example.org", "session": session.pk})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Aucun compte" in html and "personne@example.org" in html
    assert not Enrolment.objects.exists()


def test_a_trainer_cannot_enrol_into_a_course_they_may_not_edit(client, other_trainer, session):
    """The session of a course not theirs is not a choice."""
    user = UserFactory()
    client.force_login(other_trainer)
    response = client.post(ENROL, {"email": user.email, "session": session.pk})
    assert response.status_code == 400
    assert not Enrolment.objects.filter(user=user).exists()


def test_a_trainer_cannot_write_to_a_learner_of_a_course_they_may_not_edit(
    client, other_trainer, followed
):
    """The learner is not in the selection: nothing is created, nobody is emailed."""
    from django.core import mail

    from trainers.models import Announcement

    client.force_login(other_trainer)
    url = reverse("trainers_follow:write") + f"?learner={followed.user.pk}"
    assert "Yves Milieu" not in client.get(url).content.decode()
    response = client.post(
        url, {"course": followed.session.course_id, "subject": "Bonjour", "body": "Un message"}
    )
    assert response.status_code == 400
    assert not Announcement.objects.exists() and mail.outbox == []


@pytest.mark.parametrize("value", ["abc", "", "-1", "9" * 30, "1\x00", "٣"])
@pytest.mark.parametrize("action", ["unenrol", "revoke", "nothing"])
def test_odd_posts_to_the_learner_page_are_404_never_500(trainer_client, followed, value, action):
    """A forged enrolment id or action finds nothing and changes nothing."""
    response = trainer_client.post(
        page_of(followed.user), {"action": action, "enrolment": value}, follow=True
    )
    assert response.status_code == 404
    followed.refresh_from_db()
    assert followed.left_at is None
