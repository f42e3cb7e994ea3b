"""The bench's learners report row reads the bench course's learners, as its label says:
filtered by course as a trainer would, the completion rules' course (`bench_recompute`,
unpublished, with learners of its own in the same database) is left out."""

import pytest

from bench.run import learners_report_path, learners_total
from course.models import CoursePage, Enrolment
from tests.factories import CourseSessionFactory, UserFactory
from tests.trainers.spreadsheets import csv_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def rules_course(home):
    """As bench_recompute makes it: a course of its own, not published, with learners."""
    course = home.add_child(instance=CoursePage(title="Banc d'essai des règles", slug="regles"))
    CoursePage.objects.filter(pk=course.pk).update(live=False)
    session = CourseSessionFactory(course=course)
    Enrolment.objects.bulk_create(
        [Enrolment(user=UserFactory(), session=session) for _ in range(3)]
    )
    return course


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def superuser(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser(email="banc@example.org", password="x")


def test_the_report_row_counts_only_the_bench_courses_learners(admin_client, session, rules_course):
    for _ in range(2):
        Enrolment.objects.create(user=UserFactory(), session=session)

    everyone = admin_client.get(learners_report_path(session.course_id).split("?")[0])
    bench = admin_client.get(learners_report_path(session.course_id))

    assert learners_total(everyone.content) == 5  # what the row read before
    assert bench.status_code == 200
    assert learners_total(bench.content) == 2


def test_the_exports_measured_are_the_bench_courses_too(admin_client, session, rules_course):
    for _ in range(2):
        Enrolment.objects.create(user=UserFactory(), session=session)

    export = admin_client.get(learners_report_path(session.course_id, "csv"))

    assert export.status_code == 200
    assert len(csv_rows(export)) - 1 == 2
