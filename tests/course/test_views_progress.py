"""Enrol, mark steps done and not done, resume: the learner's path through a course."""

import pytest
from django.urls import reverse

from course.models import Completion, Enrolment, LessonPage
from course.navigation import course_navigation
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _steps(course):
    return course_navigation(course)["outline"].steps


def _mark(client, page, done=True, json=False):
    headers = {"HTTP_ACCEPT": "application/json"} if json else {}
    return client.post(
        reverse("mark_step", args=[page.pk]), {"done": "1" if done else "0"}, **headers
    )


def test_enrolling_from_the_course_page_creates_one_active_enrolment(
    client, course, session, learner
):
    client.force_login(learner)
    response = client.post(reverse("enrol", args=[course.pk]))
    assert response.status_code == 303
    client.post(reverse("enrol", args=[course.pk]))
    assert Enrolment.objects.filter(user=learner, session=session).count() == 1
    page = client.get(course.url).content.decode()
    assert "Commencer le cours" in page


def test_enrolment_needs_a_confirmed_email(client, course, session):
    unconfirmed = UserFactory(verified=False)
    client.force_login(unconfirmed)
    response = client.post(reverse("enrol", args=[course.pk]))
    assert response.status_code == 302
    assert not Enrolment.objects.filter(user=unconfirmed).exists()


def test_enrolment_is_refused_when_no_session_is_open(client, course, learner):
    client.force_login(learner)
    client.post(reverse("enrol", args=[course.pk]))
    assert not Enrolment.objects.exists()
    assert "Aucune session" in client.get(course.url).content.decode()


def test_mark_done_then_undo_is_idempotent(client, course, enrolment):
    client.force_login(enrolment.user)
    lesson = _steps(course)[0]
    assert _mark(client, lesson).status_code == 303
    assert _mark(client, lesson).status_code == 303
    assert Completion.objects.filter(enrolment=enrolment).count() == 1
    _mark(client, lesson, done=False)
    _mark(client, lesson, done=False)
    assert Completion.objects.filter(enrolment=enrolment).count() == 0


def test_mark_done_answers_json_for_the_in_place_update(client, course, enrolment):
    client.force_login(enrolment.user)
    lesson = _steps(course)[1]
    response = _mark(client, lesson, json=True)
    assert response.json() == {"page": lesson.pk, "done": True}


def test_progress_shows_in_the_outline_and_resume_goes_to_the_first_step_not_done(
    client, course, enrolment
):
    client.force_login(enrolment.user)
    steps = _steps(course)
    _mark(client, steps[0])
    _mark(client, steps[2])
    html = client.get(steps[0].url).content.decode()
    assert 'value="2"' in html and f'max="{len(steps)}"' in html
    assert html.count("outline__step--done") == 2
    course_html = client.get(course.url).content.decode()
    assert "Reprendre là où vous en étiez" in course_html
    assert f'href="{steps[1].url}"' in course_html


def test_marking_needs_an_enrolment(client, course, learner):
    client.force_login(learner)
    response = _mark(client, _steps(course)[0], json=True)
    assert response.status_code == 403
    assert not Completion.objects.exists()


def test_marking_refuses_get_and_unknown_pages(client, course, enrolment):
    client.force_login(enrolment.user)
    assert client.get(reverse("mark_step", args=[_steps(course)[0].pk])).status_code == 405
    assert client.post(reverse("mark_step", args=[999999])).status_code == 404


def test_marking_needs_the_csrf_token(course, enrolment):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(enrolment.user)
    assert _mark(client, _steps(course)[0]).status_code == 403


def test_leaving_keeps_progress_and_coming_back_resumes(client, course, enrolment):
    client.force_login(enrolment.user)
    steps = _steps(course)
    _mark(client, steps[0])
    client.post(reverse("leave", args=[course.pk]), {"confirm": "1"})
    enrolment.refresh_from_db()
    assert enrolment.left_at is not None
    client.post(reverse("enrol", args=[course.pk]))
    enrolment.refresh_from_db()
    assert enrolment.left_at is None
    assert f'href="{steps[1].url}"' in client.get(course.url).content.decode()


def test_the_redirect_after_marking_never_leaves_the_site(client, course, enrolment):
    client.force_login(enrolment.user)
    lesson = _steps(course)[0]
    response = client.post(
        reverse("mark_step", args=[lesson.pk]), {"done": "1", "next": "https://evil.example/"}
    )
    assert response["Location"] == lesson.url + "#step-done"


def test_marking_a_step_brings_the_learner_back_to_the_button_they_clicked(
    client, course, enrolment
):
    client.force_login(enrolment.user)
    lesson = _steps(course)[0]
    response = client.post(
        reverse("mark_step", args=[lesson.pk]), {"done": "1", "next": lesson.url}, follow=True
    )
    assert response.redirect_chain[-1][0] == lesson.url + "#step-done"
    assert 'id="step-done"' in response.content.decode()


def test_dashboard_lists_the_course_with_progress_and_next_step(client, course, enrolment):
    client.force_login(enrolment.user)
    steps = _steps(course)
    _mark(client, steps[0])
    html = client.get(reverse("dashboard")).content.decode()
    assert course.title in html
    assert f"1 sur {len(steps)}" in html
    assert steps[1].title in html
    assert LessonPage.objects.get(pk=steps[0].pk).title in html
