"""The learners report and the dashboard's funnel count the steps a learner can reach:
a live lesson under an unpublished module is no step to do, as on the learner's own
progress and for the certificate (course/reachability.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page

from course import learning
from course.models import Enrolment, ModulePage
from course.navigation import course_navigation
from tests.factories import UserFactory
from trainers.stats import course_funnel

pytestmark = pytest.mark.django_db

URL = reverse("trainers_reports:learners")


def unpublish_second_module(course):
    """The module only: its lessons stay live, as Wagtail's unpublish of one page leaves them."""
    module = ModulePage.objects.child_of(course).order_by("path")[1]
    Page.objects.filter(pk=module.pk).update(live=False)
    assert Page.objects.child_of(module).live().exists()
    return module


def enrol_with_every_reachable_step(session, steps_done=None):
    enrolment = Enrolment.objects.create(user=UserFactory(), session=session)
    for step in course_navigation(session.course)["outline"].steps[:steps_done]:
        learning.set_step_done(enrolment, step, True)
    enrolment.refresh_from_db()
    return enrolment


def test_the_report_counts_no_step_under_an_unpublished_module(trainer_client, session, course):
    """12 reachable steps of 16 live ones: a learner who did the 12 has done every step,
    has their certificate and is in the "every step done" band; one who did module 1 is
    in module 3, the next they can reach."""
    with CaptureQueriesContext(connection) as every_module_live:
        assert trainer_client.get(URL).status_code == 200
    hidden = unpublish_second_module(course)
    enrolment = enrol_with_every_reachable_step(session)
    assert enrolment.completed_at is not None  # the learner's own progress: done
    enrol_with_every_reachable_step(session, steps_done=4)
    third = ModulePage.objects.child_of(course).order_by("path")[2]

    with CaptureQueriesContext(connection) as one_module_unpublished:
        html = trainer_client.get(URL).content.decode()
    assert "100 % (12/12)" in html
    assert enrolment.certificate_code in html
    assert "33 % (4/12)" in html
    assert third.title in html and hidden.title not in html
    completed = trainer_client.get(URL, {"progress": "completed"}).content.decode()
    assert enrolment.user.get_public_name() in completed
    csv = trainer_client.get(URL, {"export": "csv"})
    assert ";100;12;12;" in b"".join(csv.streaming_content).decode("utf-8-sig")
    assert len(one_module_unpublished) == len(every_module_live)


def test_the_funnel_completes_modules_whatever_lies_under_an_unpublished_one(session, course):
    """The funnel lists the live modules, and a learner who did every reachable step has
    completed each of them."""
    hidden = unpublish_second_module(course)
    enrol_with_every_reachable_step(session)
    with CaptureQueriesContext(connection) as queries:
        learners, funnel = course_funnel(course)
    assert learners == 1
    assert hidden.title not in [module.title for module in funnel]
    assert [(module.started, module.completed) for module in funnel] == [(1, 1)] * 3
    assert len(queries) == 3
