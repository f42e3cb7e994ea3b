"""A trainer opening a session sees when each module opens for it, from the modules' settings."""

import datetime

import pytest
from django.urls import reverse
from django.utils import dateformat, timezone

from config.typography import first_of_month
from course.models import ModulePage
from tests.factories import CourseSessionFactory

pytestmark = pytest.mark.django_db


def test_the_session_form_lists_each_modules_opening_date(trainer_client, course):
    modules = list(ModulePage.objects.child_of(course).order_by("path"))
    modules[1].opens_after_days = 7
    modules[1].save_revision().publish()
    modules[2].release_date = datetime.date(2031, 1, 6)
    modules[2].opens_after_days = 14
    modules[2].save_revision().publish()
    starts_on = timezone.localdate() + datetime.timedelta(days=30)
    session = CourseSessionFactory(course=course, starts_on=starts_on)

    response = trainer_client.get(
        reverse("wagtailsnippets_course_coursesession:edit", args=[session.pk])
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Ouverture des modules" in page
    assert f"Semaine 2\u00a0: {modules[1].title}" in page
    week_two = starts_on + datetime.timedelta(days=7)
    assert first_of_month(dateformat.format(week_two, "l j F Y")) in page
    assert "7 jours après le début" in page
    # A fixed date later than the session's own day wins.
    assert "lundi 6 janvier 2031" in page
    assert "pas avant le 6 janvier 2031" in page
    assert page.count("Ouvert dès le début") == 2


def test_a_new_session_form_explains_where_the_dates_will_show(trainer_client, course):
    response = trainer_client.get(reverse("wagtailsnippets_course_coursesession:add"))
    assert response.status_code == 200
    assert "vous verrez ici quand chaque module ouvre" in response.content.decode()


def test_a_trainer_sets_the_days_after_the_start_in_the_module_editor(trainer_client, course):
    module = ModulePage.objects.child_of(course).first()
    response = trainer_client.get(reverse("wagtailadmin_pages:edit", args=[module.pk]))
    page = response.content.decode()
    assert 'name="opens_after_days"' in page
    assert "Ouvre après (jours)" in page
    assert "Chaque apprenant voit la date de sa propre session" in page


@pytest.mark.parametrize(
    ("dates", "field", "message"),
    [
        (
            {"starts_on": "2027-03-10", "ends_on": "2027-03-01"},
            "ends_on",
            "La session ne peut pas finir avant de commencer.",
        ),
        (
            {"enrolment_opens_on": "2027-03-01", "enrolment_closes_on": "2027-02-01"},
            "enrolment_closes_on",
            "Les inscriptions ne peuvent pas fermer avant d’ouvrir.",
        ),
        (
            {"enrolment_closes_on": "2027-06-01"},
            "enrolment_closes_on",
            "Les inscriptions doivent fermer au plus tard le dernier jour de la session.",
        ),
    ],
)
def test_a_session_with_dates_in_the_wrong_order_says_so_on_the_field(
    trainer_client, course, dates, field, message
):
    """No "Constraint course_session_ends_after_start is violated": a sentence under the
    date to correct, the typed title kept, nothing saved."""
    from course.models import CourseSession

    data = {
        "course": course.pk,
        "title": "Printemps 2027",
        "enrolment_opens_on": "2027-02-01",
        "enrolment_closes_on": "2027-03-05",
        "starts_on": "2027-03-01",
        "ends_on": "2027-04-30",
        **dates,
    }
    before = CourseSession.objects.count()
    response = trainer_client.post(reverse("wagtailsnippets_course_coursesession:add"), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors[field] == [message]
    page = response.content.decode()
    assert "Constraint" not in page and "violated" not in page
    assert "Printemps 2027" in page
    assert CourseSession.objects.count() == before


def test_an_end_before_the_start_is_the_one_date_flagged_not_the_enrolment_window_too():
    """Ending before it starts, the session's end is what to correct: the enrolment closing
    date, measured against that wrong end, is not flagged as well (one sentence, one field)."""
    import datetime

    from course.sessions import session_date_problems

    day = datetime.date
    problems = session_date_problems(
        day(2027, 1, 1), day(2027, 1, 20), day(2027, 2, 1), day(2027, 1, 15)
    )
    assert list(problems) == ["ends_on"]
