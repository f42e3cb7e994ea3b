"""Whether a step takes a learner's answers yet (course/release.py)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from course.models import Enrolment, ModulePage
from course.release import opens_later, step_opens_on, with_module_release
from tests.factories import CourseSessionFactory, UserFactory

TODAY = datetime.date(2027, 3, 10)


@pytest.mark.parametrize(
    ("opens_on", "expected"),
    [
        (None, None),  # open from the start
        (datetime.date(2027, 3, 9), None),
        (TODAY, None),  # opens today: open
        (datetime.date(2027, 3, 11), datetime.date(2027, 3, 11)),
    ],
)
def test_a_week_is_closed_only_before_the_day_it_opens(opens_on, expected):
    assert opens_later(opens_on, TODAY) == expected


@pytest.mark.django_db
def test_a_steps_opening_day_follows_the_learners_session_in_one_query(course):
    module = ModulePage.objects.child_of(course).order_by("path")[1]
    module.opens_after_days = 7
    module.save_revision().publish()
    starts_on = timezone.localdate() - datetime.timedelta(days=5)
    session = CourseSessionFactory(course=course, starts_on=starts_on)
    enrolment = Enrolment.objects.create(user=UserFactory(), session=session)
    step = module.get_children().first()
    with CaptureQueriesContext(connection) as captured:
        assert step_opens_on(step, enrolment) == starts_on + datetime.timedelta(days=7)
    assert len(captured) == 1
    # Without a session only a fixed date is known.
    assert step_opens_on(step, None) is None
    module.release_date = starts_on + datetime.timedelta(days=20)
    module.save_revision().publish()
    assert step_opens_on(step, None) == starts_on + datetime.timedelta(days=20)
    assert step_opens_on(step, enrolment) == starts_on + datetime.timedelta(days=20)


@pytest.mark.django_db
def test_a_step_read_with_its_modules_release_gives_the_same_day_with_fewer_queries(course):
    module = ModulePage.objects.child_of(course).order_by("path")[1]
    step_id = module.get_children().first().pk
    session = CourseSessionFactory(course=course)
    enrolment = Enrolment.objects.create(user=UserFactory(), session=session)
    fixed = timezone.localdate() + datetime.timedelta(days=3)
    for release_date, days, queries in [(None, None, 0), (fixed, None, 0), (fixed, 7, 1)]:
        module.release_date, module.opens_after_days = release_date, days
        module.save_revision().publish()
        step = with_module_release(Page.objects.filter(pk=step_id)).get()
        with CaptureQueriesContext(connection) as captured:
            day = step_opens_on(step, enrolment)
        assert (day, len(captured)) == (
            step_opens_on(Page.objects.get(pk=step_id), enrolment),
            queries,
        )
