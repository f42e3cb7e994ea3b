"""The trainers' dashboard panel: enrolments per week and the module funnel, in a fixed
number of queries, shown only to people who read reports."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from course import learning
from course.models import Enrolment
from course.navigation import course_navigation
from tests.factories import UserFactory
from trainers.stats import course_funnel

pytestmark = pytest.mark.django_db

HOME = reverse("wagtailadmin_home")


def enrol_with_steps(session, steps_done):
    enrolment = Enrolment.objects.create(user=UserFactory(), session=session)
    for step in course_navigation(session.course)["outline"].steps[:steps_done]:
        learning.set_step_done(enrolment, step, True)
    return enrolment


def test_the_funnel_counts_learners_per_module(session, course):
    enrol_with_steps(session, 0)
    enrol_with_steps(session, 2)  # started module 1
    enrol_with_steps(session, 4)  # finished module 1
    enrol_with_steps(session, 9)  # finished modules 1 and 2, started 3
    learners, funnel = course_funnel(course)
    assert learners == 4
    assert [(m.started, m.completed) for m in funnel] == [(3, 2), (1, 1), (1, 0), (0, 0)]


def test_the_panel_shows_enrolments_and_the_funnel_to_a_trainer(trainer_client, session, course):
    enrol_with_steps(session, 4)
    enrol_with_steps(session, 4)
    html = trainer_client.get(HOME).content.decode()
    assert "trainers-dashboard" in html
    assert "<table" in html and "<caption>" in html
    assert course.title in html
    assert "2 (100 %)" in html  # both completed module 1


def test_staff_without_the_report_permission_do_not_see_the_panel(client, course):
    from django.contrib.auth.models import Permission

    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert "trainers-dashboard" not in client.get(HOME).content.decode()


def test_the_panel_costs_the_same_queries_with_5_or_60_learners(trainer_client, session):
    for _ in range(5):
        enrol_with_steps(session, 3)
    trainer_client.get(HOME)
    with CaptureQueriesContext(connection) as few:
        trainer_client.get(HOME)
    for n in range(55):
        enrol_with_steps(session, n % 10)
    with CaptureQueriesContext(connection) as many:
        trainer_client.get(HOME)
    assert len(many) == len(few)
