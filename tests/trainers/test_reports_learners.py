"""The learners report: contents, filters, exports safe from formulas, a constant query count."""

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from course import learning
from course.models import Completion, Enrolment
from course.navigation import course_navigation
from tests.factories import CourseSessionFactory, UserFactory
from tests.trainers.spreadsheets import csv_rows
from trainers.reports.exports import neutralise_formula
from trainers.reports.learners import ProgressBand

pytestmark = pytest.mark.django_db

URL = reverse("trainers_reports:learners")


def enrol(session, steps_done=0, **user_fields):
    user = UserFactory(**user_fields)
    enrolment = Enrolment.objects.create(user=user, session=session)
    steps = course_navigation(session.course)["outline"].steps
    for step in steps[:steps_done]:
        learning.set_step_done(enrolment, step, True)
    return enrolment


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x.example","x")', '\'=HYPERLINK("http://x.example","x")'),
        ("+33 6 12", "'+33 6 12"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Léa = Lou", "Léa = Lou"),
        ("", ""),
        (None, None),
        (42, 42),
    ],
)
def test_text_that_starts_a_formula_is_neutralised(value, expected):
    assert neutralise_formula(value) == expected


def test_the_report_lists_progress_current_module_and_certificate(trainer_client, session):
    steps = course_navigation(session.course)["outline"].steps  # 16 steps, 4 per module
    enrol(session, steps_done=0, display_name="Zoé Débutante")
    enrol(session, steps_done=6, display_name="Yves Milieu")
    done = enrol(session, steps_done=len(steps), display_name="Xavier Fini")
    done.refresh_from_db()

    html = trainer_client.get(URL).content.decode()
    assert "Zoé Débutante" in html and "Yves Milieu" in html and "Xavier Fini" in html
    assert "38 % (6/16)" in html
    assert "100 % (16/16)" in html
    assert done.certificate_code in html
    # Yves has done the 4 steps of module 1 and 2 of module 2: he is in module 2.
    module_2 = steps[4].get_parent().title
    assert module_2 in html


@pytest.mark.parametrize(
    ("band", "expected"),
    [
        ("not_started", {"Zoé"}),
        ("under_half", {"Yves"}),
        ("half_or_more", {"Wanda"}),
        ("completed", {"Xavier"}),
        ("", {"Zoé", "Yves", "Wanda", "Xavier"}),
    ],
)
def test_the_progress_filter_keeps_the_learners_of_its_band(
    trainer_client, session, band, expected
):
    enrol(session, 0, display_name="Zoé")
    enrol(session, 3, display_name="Yves")
    enrol(session, 8, display_name="Wanda")
    enrol(session, 16, display_name="Xavier")
    rows = csv_rows(trainer_client.get(URL, {"progress": band, "export": "csv"}))
    assert {row[0] for row in rows[1:]} == expected


def test_the_session_and_course_filters_keep_their_learners(trainer_client, session, course):
    other = CourseSessionFactory(course=course, title="Session d'automne")
    enrol(session, 1, display_name="Dans la première")
    enrol(other, 1, display_name="Dans la seconde")
    by_session = trainer_client.get(URL, {"session": other.pk}).content.decode()
    assert "Dans la seconde" in by_session and "Dans la première" not in by_session
    by_course = trainer_client.get(URL, {"course": course.pk}).content.decode()
    assert "Dans la seconde" in by_course and "Dans la première" in by_course


def test_the_inactive_filter_finds_who_is_stuck(trainer_client, session):
    stuck = enrol(session, 2, display_name="Bloquée")
    enrol(session, 2, display_name="Active")
    Enrolment.objects.filter(pk=stuck.pk).update(
        last_activity_at=timezone.now() - datetime.timedelta(days=20)
    )
    rows = csv_rows(trainer_client.get(URL, {"inactive": "inactive", "export": "csv"}))
    assert [row[0] for row in rows[1:]] == ["Bloquée"]


@pytest.mark.parametrize(
    ("done", "total", "band"),
    [
        (0, 0, "not_started"),
        (0, 16, "not_started"),
        (1, 16, "under_half"),
        (7, 16, "under_half"),
        (8, 16, "half_or_more"),
        (15, 16, "half_or_more"),
        (24, 25, "half_or_more"),
        (16, 16, "completed"),
        (1, 1, "completed"),
    ],
)
def test_a_progress_band_is_read_from_the_steps_done(done, total, band):
    """Half is half or more; "completed" is every step done, nothing less."""
    assert ProgressBand.of(done, total) == band


def test_a_certificate_earned_before_steps_were_added_is_not_completed(trainer_client, session):
    """A learner with a certificate at 15 of 16 steps (a step added afterwards) is in
    "half done or more", not in "every step done"."""
    enrol(session, 16, display_name="Xavier Fini")
    late = enrol(session, 16, display_name="Certifiée Avant")
    steps = course_navigation(session.course)["outline"].steps
    Completion.objects.filter(enrolment=late, page=steps[-1]).delete()
    late.refresh_from_db()
    assert late.completed_at is not None
    completed = csv_rows(trainer_client.get(URL, {"progress": "completed", "export": "csv"}))
    assert [row[0] for row in completed[1:]] == ["Xavier Fini"]
    half = csv_rows(trainer_client.get(URL, {"progress": "half_or_more", "export": "csv"}))
    assert [row[0] for row in half[1:]] == ["Certifiée Avant"]


def test_someone_who_just_enrolled_is_not_inactive_for_two_weeks(trainer_client, session):
    """Without any step done, the enrolment date counts as the last activity."""
    newcomer = enrol(session, 0, display_name="Arrivée à l'instant")
    forgotten = enrol(session, 0, display_name="Jamais revenue")
    Enrolment.objects.filter(pk=newcomer.pk).update(
        enrolled_at=timezone.now() - datetime.timedelta(minutes=1), last_activity_at=None
    )
    Enrolment.objects.filter(pk=forgotten.pk).update(
        enrolled_at=timezone.now() - datetime.timedelta(days=20), last_activity_at=None
    )
    inactive = csv_rows(trainer_client.get(URL, {"inactive": "inactive", "export": "csv"}))
    assert [row[0] for row in inactive[1:]] == ["Jamais revenue"]
    active = csv_rows(trainer_client.get(URL, {"inactive": "active", "export": "csv"}))
    assert [row[0] for row in active[1:]] == ["Arrivée à l'instant"]


def test_the_activity_filter_offers_words_not_unknown_yes_no(trainer_client, session):
    """The activity filter's options say what they keep (French admin)."""
    html = trainer_client.get(URL).content.decode()
    assert "Aucune activité depuis deux semaines" in html
    assert "Actif ces deux dernières semaines" in html
    assert "Inconnu" not in html


def test_learners_who_left_are_not_listed(trainer_client, session):
    gone = enrol(session, 1, display_name="Partie")
    learning.leave(gone)
    assert "Partie" not in trainer_client.get(URL).content.decode()


def test_a_bad_filter_value_is_ignored_with_no_error(trainer_client, session):
    enrol(session, 1, display_name="Présente")
    response = trainer_client.get(URL, {"session": "not-a-number", "progress": "<script>"})
    assert response.status_code == 200


HOSTILE_NAMES = [
    '=HYPERLINK("http://evil.example","Cliquez")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd",
]


def test_the_csv_export_streams_and_neutralises_formulas(trainer_client, session):
    for name in HOSTILE_NAMES:
        enrol(session, 1, display_name=name, email=f"{len(name)}@example.org")
    response = trainer_client.get(URL, {"export": "csv"})
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    rows = csv_rows(response)
    assert rows[0][:4] == ["Apprenant", "E-mail", "Session", "Progression (%)"]
    names = {row[0] for row in rows[1:]}
    assert names == {"'" + name for name in HOSTILE_NAMES}
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_the_xlsx_export_keeps_formulas_as_text_without_a_visible_apostrophe(
    trainer_client, session
):
    """A name that looks like a formula is a text cell showing the name as typed (no
    apostrophe), quote-prefixed so that it stays text when edited in a spreadsheet."""
    for name in HOSTILE_NAMES:
        enrol(session, 1, display_name=name, email=f"{len(name)}@example.org")
    response = trainer_client.get(URL, {"export": "xlsx"})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.worksheets[0]
    names = {row[0].value for row in sheet.iter_rows(min_row=2)}
    assert names == set(HOSTILE_NAMES)
    for row in sheet.iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in row)
        assert row[0].data_type == "s" and row[0].quotePrefix


def test_the_first_page_costs_the_same_queries_with_10_or_300_learners(
    trainer_client, session, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    users = UserFactory.create_batch(300, verified=False)
    Enrolment.objects.bulk_create([Enrolment(user=u, session=session) for u in users[:10]])
    trainer_client.get(URL)  # warm the caches that do not depend on the data
    with CaptureQueriesContext(connection) as small:
        assert trainer_client.get(URL).status_code == 200
    Enrolment.objects.bulk_create([Enrolment(user=u, session=session) for u in users[10:]])
    with django_assert_num_queries(len(small)):
        response = trainer_client.get(URL)
    assert response.context["paginator"].count == 300
    assert len(response.context["object_list"]) == 50


def test_the_csv_export_reads_no_learner_before_its_first_row_is_sent(trainer_client, session):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(5):
        enrol(session, 1, display_name=f"Apprenant {n}")
    with CaptureQueriesContext(connection) as before_streaming:
        response = trainer_client.get(URL, {"export": "csv"})
    assert response.streaming
    # The rows are read in chunks while the file is sent, never all at once first.
    assert not [q for q in before_streaming if "course_enrolment" in q["sql"]]
    assert len(csv_rows(response)) == 6


def test_the_report_searched_by_email_finds_that_learner(trainer_client, session):
    """The moderation screen links a comment's author here, searched by their email."""
    enrol(session, display_name="Alice Autrice", email="alice@example.org")
    enrol(session, display_name="Bruno Bavard", email="bruno@example.org")
    html = trainer_client.get(URL, {"q": "alice@example.org"}).content.decode()
    assert "Alice Autrice" in html and "Bruno Bavard" not in html
