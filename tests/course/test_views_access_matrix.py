"""Nobody reaches another learner's data by changing an id in a URL.

Matrix: anonymous, learner A (owner), learner B, staff, against every view that
reads or writes a learner's progress.
"""

import pytest
from django.urls import reverse

from course import learning
from course.models import Completion, Enrolment
from course.navigation import course_navigation
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(course, session):
    owner = UserFactory()
    other = UserFactory()
    staff = UserFactory(is_staff=True)
    enrolment = Enrolment.objects.create(user=owner, session=session)
    for step in course_navigation(course)["outline"].steps:
        learning.set_step_done(enrolment, step, True)
    enrolment.refresh_from_db()
    Enrolment.objects.create(user=other, session=session)
    return {"anonymous": None, "owner": owner, "other": other, "staff": staff}, enrolment


@pytest.mark.parametrize(
    ("who", "expected"), [("anonymous", 302), ("owner", 200), ("other", 404), ("staff", 404)]
)
def test_certificate_page_is_for_its_owner_only(client, setup, who, expected):
    users, enrolment = setup
    if users[who]:
        client.force_login(users[who])
    response = client.get(reverse("certificate", args=[enrolment.pk]))
    assert response.status_code == expected
    if expected == 302:
        assert "/account/login/" in response["Location"]


@pytest.mark.parametrize("who", ["anonymous", "other", "staff"])
def test_dashboard_never_shows_someone_elses_courses(client, setup, who):
    users, enrolment = setup
    if users[who]:
        client.force_login(users[who])
    response = client.get(reverse("dashboard"))
    if who == "anonymous":
        assert response.status_code == 302
    else:
        assert enrolment.certificate_code not in response.content.decode()
        assert f"/certificate/{enrolment.pk}/" not in response.content.decode()


@pytest.mark.parametrize("who", ["anonymous", "other", "staff"])
def test_nobody_else_can_undo_the_owners_steps(client, course, setup, who):
    users, enrolment = setup
    if users[who]:
        client.force_login(users[who])
    step = course_navigation(course)["outline"].steps[0]
    client.post(reverse("mark_step", args=[step.pk]), {"done": "0"})
    assert Completion.objects.filter(enrolment=enrolment, page=step).exists()


@pytest.mark.parametrize("who", ["anonymous", "other"])
def test_nobody_else_can_make_the_owner_leave(client, course, setup, who):
    users, enrolment = setup
    if users[who]:
        client.force_login(users[who])
    client.post(reverse("leave", args=[course.pk]), {"confirm": "1"})
    enrolment.refresh_from_db()
    assert enrolment.left_at is None
