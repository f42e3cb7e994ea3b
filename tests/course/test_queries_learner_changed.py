"""Query budgets for a signed-in learner at the first request after something of theirs
changed (their generation bumped, config/generations.py): what is kept for them is read
again, within issue 15's six queries, and the count does not grow with the course, the
class or their progress."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from config import generations
from course import learning
from course.models import Enrolment, LessonPage
from course.navigation import course_navigation
from tests.factories import CourseSessionFactory, build_course

pytestmark = pytest.mark.django_db

# The session, the user, the learner's record (their enrolments with their completions).
LESSON_CHANGED_BUDGET = 3
# Those, and for their part of "My learning": the announcements, the open revision requests
# and the replies.
DASHBOARD_CHANGED_BUDGET = 6


def _learner(home, modules, lessons_per_module, class_size, done):
    course = build_course(home, modules=modules, lessons_per_module=lessons_per_module)
    session = CourseSessionFactory(course=course)
    users = User.objects.bulk_create(
        [User(email=f"peer{session.pk}-{i}@example.org", password="!") for i in range(class_size)]
    )
    Enrolment.objects.bulk_create([Enrolment(user=u, session=session) for u in users])
    learner = User.objects.create_user(email=f"me{session.pk}@example.org", password="x")
    enrolment = Enrolment.objects.create(user=learner, session=session)
    steps = course_navigation(course)["outline"].steps
    for step in steps[:done]:
        learning.set_step_done(enrolment, step, True)
    return learner, LessonPage.objects.filter(pk__in=[s.pk for s in steps[done:]]).first()


def _start_again(client, home) -> None:
    client.logout()
    Enrolment.objects.all().delete()
    User.objects.all().delete()
    home.get_children().delete()


def _changed_queries(client, learner, url) -> int:
    client.force_login(learner)
    client.get(url)
    client.get(url)
    generations.bump_learner(learner.pk)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_a_lesson_after_a_change_of_theirs_is_flat_and_within_budget(client, home):
    small_learner, small_lesson = _learner(home, 4, 3, 10, 2)
    small = _changed_queries(client, small_learner, small_lesson.url)
    _start_again(client, home)
    large_learner, large_lesson = _learner(home, 12, 6, 1_000, 40)
    large = _changed_queries(client, large_learner, large_lesson.url)
    assert small == large
    assert large <= LESSON_CHANGED_BUDGET


def test_the_dashboard_after_a_change_of_theirs_is_flat_and_within_budget(client, home):
    small_learner, _lesson = _learner(home, 4, 3, 10, 2)
    small = _changed_queries(client, small_learner, reverse("dashboard"))
    _start_again(client, home)
    large_learner, _lesson = _learner(home, 12, 6, 1_000, 40)
    large = _changed_queries(client, large_learner, reverse("dashboard"))
    assert small == large
    assert large <= DASHBOARD_CHANGED_BUDGET
