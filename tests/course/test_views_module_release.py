"""Modules that open some days after a session starts: what learners, visitors and trainers see."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import dateformat, timezone

from config.typography import first_of_month
from course.models import Completion, Enrolment, ModulePage
from tests.factories import CourseSessionFactory, UserFactory

pytestmark = pytest.mark.django_db


def _days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


def _french(date: datetime.date, fmt: str) -> str:
    return first_of_month(dateformat.format(date, fmt))


@pytest.fixture
def weekly(course):
    """Week 1 opens on the first day of a session, week 2 a week later, and so on."""
    modules = list(ModulePage.objects.child_of(course).order_by("path"))
    for number, module in enumerate(modules):
        module.opens_after_days = 7 * number
        module.save_revision().publish()
    return modules


def _enrol(session):
    user = UserFactory()
    Enrolment.objects.create(user=user, session=session)
    return user


def test_a_learner_sees_week_two_open_on_the_date_of_their_own_session(client, course, weekly):
    started_five_days_ago = CourseSessionFactory(course=course, starts_on=_days(-5))
    client.force_login(_enrol(started_five_days_ago))
    page = client.get(course.url).content.decode()
    week_two = _french(_days(2), "j F Y")
    assert f"Ouvre le {week_two}" in page
    # Week 1 opened on the first day: it is not announced as upcoming.
    assert f"Ouvre le {_french(_days(-5), 'j F Y')}" not in page


def test_two_sessions_of_one_course_get_their_own_dates(client, course, weekly):
    early = CourseSessionFactory(course=course, starts_on=_days(-5))
    late = CourseSessionFactory(course=course, starts_on=_days(-1))
    lesson = weekly[1].get_children().first()
    client.force_login(_enrol(early))
    early_page = client.get(lesson.url).content.decode()
    client.force_login(_enrol(late))
    late_page = client.get(lesson.url).content.decode()
    assert f"La semaine 2 ouvre le {_french(_days(2), 'l j F Y')}" in early_page
    assert f"La semaine 2 ouvre le {_french(_days(6), 'l j F Y')}" in late_page


def test_a_step_of_an_open_module_has_no_release_notice(client, course, weekly):
    session = CourseSessionFactory(course=course, starts_on=_days(-10))
    client.force_login(_enrol(session))
    lesson = weekly[1].get_children().first()
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "data-release" not in response.content.decode()
    module_page = client.get(weekly[1].url).content.decode()
    assert f"Ouvert depuis le {_french(_days(-3), 'j F Y')}" in module_page


def test_a_visitor_sees_the_day_of_the_session_a_module_opens_on(client, course, weekly):
    page = client.get(course.url).content.decode()
    assert "Ouvre le jour 8 de la session" in page
    assert "À partir du jour 15" in client.get(weekly[0].url).content.decode()
    assert "Dans chaque session, ce module ouvre le jour 22." in (
        client.get(weekly[3].url).content.decode()
    )


def test_a_fixed_release_date_applies_to_every_session_and_to_visitors(client, course):
    module = ModulePage.objects.child_of(course).order_by("path")[1]
    module.release_date = _days(3)
    module.save_revision().publish()
    session = CourseSessionFactory(course=course, starts_on=_days(-30))
    expected = f"Ouvre le {_french(_days(3), 'j F Y')}"
    assert expected in client.get(course.url).content.decode()
    client.force_login(_enrol(session))
    assert expected in client.get(course.url).content.decode()


def test_the_dashboard_tells_when_the_next_module_opens(client, course, weekly):
    session = CourseSessionFactory(course=course, starts_on=_days(-5))
    client.force_login(_enrol(session))
    page = client.get("/fr/my-learning/").content.decode()
    assert (
        f"La semaine 2, «\u00a0{weekly[1].title}\u00a0», ouvre le {_french(_days(2), 'l j F')}."
        in page
    )


def test_release_dates_add_no_query_to_a_learners_page(client, course, weekly):
    session = CourseSessionFactory(course=course, starts_on=_days(-5))
    client.force_login(_enrol(session))
    lesson = weekly[2].get_children().first()

    def queries() -> int:
        client.get(lesson.url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(lesson.url).status_code == 200
        return len(captured)

    dated = queries()
    for module in weekly:
        module.opens_after_days = None
        module.save_revision().publish()
    assert queries() == dated


def test_a_module_opening_more_than_a_year_after_the_start_is_refused_in_french(course):
    module = ModulePage.objects.child_of(course).first()
    module.opens_after_days = 400
    with pytest.raises(ValidationError) as refused:
        module.save()
    assert "inférieure ou égale à 366" in str(refused.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        ModulePage.objects.filter(pk=module.pk).update(opens_after_days=400)


def test_a_step_of_an_unopened_week_is_read_but_not_marked_done_before_it_opens(
    client, course, weekly
):
    session = CourseSessionFactory(course=course, starts_on=_days(-5))
    learner = _enrol(session)
    client.force_login(learner)
    lesson = weekly[1].get_children().first()
    opens = _french(_days(2), "l j F Y")
    # The first request renders the page, the second is served from its stored HTML.
    for _ in range(2):
        page = client.get(lesson.url).content.decode()
        assert f"Vous pourrez marquer cette étape comme terminée à partir du {opens}" in page
        assert 'name="done" value="1"' not in page
    url = reverse("mark_step", args=[lesson.pk])
    refused = client.post(url, {"done": "1"}, follow=True)
    assert f"Cette semaine ouvre le {opens}\u00a0: vous pouvez la lire" in (
        refused.content.decode()
    )
    as_json = client.post(url, {"done": "1"}, HTTP_ACCEPT="application/json")
    assert as_json.status_code == 403
    assert not Completion.objects.filter(enrolment__user=learner).exists()
    # Week 1, open since the session started, is marked as before.
    first = weekly[0].get_children().first()
    client.post(reverse("mark_step", args=[first.pk]), {"done": "1"})
    assert list(Completion.objects.values_list("page_id", flat=True)) == [first.pk]
