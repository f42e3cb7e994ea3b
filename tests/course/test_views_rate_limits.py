"""Marking steps, enrolling and leaving have per-user limits (accounts/ratelimit.py)."""

import pytest
from django.urls import reverse

from accounts.ratelimit import TOO_FAST_NOTHING_TYPED
from course.models import Completion
from course.navigation import course_navigation

pytestmark = pytest.mark.django_db


def test_marking_steps_past_the_limit_answers_429(client, course, enrolment, write_limit):
    """JSON for the in-place update, a page with the message and a way back without it."""
    write_limit("course_progress", "2/m")
    client.force_login(enrolment.user)
    steps = course_navigation(course)["outline"].steps
    url = reverse("mark_step", args=[steps[0].pk])
    assert client.post(url, {"done": "1"}, HTTP_ACCEPT="application/json").status_code == 200
    assert client.post(url, {"done": "0"}).status_code == 303
    refused = client.post(url, {"done": "1"}, HTTP_ACCEPT="application/json")
    assert refused.status_code == 429
    assert refused.json() == {"error": str(TOO_FAST_NOTHING_TYPED)}
    page = client.post(url, {"done": "1"})
    assert page.status_code == 429
    assert steps[0].url in page.content.decode()
    assert not Completion.objects.exists()


def test_the_default_limit_lets_a_learner_go_through_a_module_quickly(client, course, enrolment):
    """Marking every step done and undone in a row stays under the default limit."""
    client.force_login(enrolment.user)
    steps = course_navigation(course)["outline"].steps
    for step in steps:
        for done in ("1", "0"):
            response = client.post(reverse("mark_step", args=[step.pk]), {"done": done})
            assert response.status_code == 303


def test_enrolling_and_leaving_in_a_loop_answers_429(client, course, session, learner, write_limit):
    """Enrolling and leaving share one limit: a loop of them is refused."""
    write_limit("course_enrolment", "2/m")
    client.force_login(learner)
    assert client.post(reverse("enrol", args=[course.pk])).status_code == 303
    assert client.post(reverse("leave", args=[course.pk]), {"confirm": "1"}).status_code == 303
    assert client.post(reverse("enrol", args=[course.pk])).status_code == 429
