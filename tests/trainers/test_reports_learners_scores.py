"""The learners report's average quiz score: the certificate's average (a missing score
counts 0), shown and exported, at a query count that does not grow with the class."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from course.models import Enrolment, StepScore
from tests.factories import UserFactory
from tests.trainers.quiz_data import add_quiz
from tests.trainers.spreadsheets import csv_rows

pytestmark = pytest.mark.django_db

URL = reverse("trainers_reports:learners")


def enrol(session, scores=(), **fields):
    enrolment = Enrolment.objects.create(user=UserFactory(**fields), session=session)
    StepScore.objects.bulk_create(
        [StepScore(enrolment=enrolment, page=quiz, score=score) for quiz, score in scores]
    )
    return enrolment


def test_each_learner_s_average_counts_a_quiz_not_taken_as_0(trainer_client, session):
    """100 and 60: 80 %; 90 and nothing: 45 %; nothing yet: 0 %."""
    first, second = add_quiz(session.course), add_quiz(session.course)
    enrol(session, [(first, 100), (second, 60)], display_name="Agathe Deux")
    enrol(session, [(first, 90)], display_name="Basile Un")
    enrol(session, display_name="Chloé Aucun")

    rows = csv_rows(trainer_client.get(URL, {"export": "csv"}))
    column = rows[0].index("Score moyen aux quiz (%)")
    assert {row[0]: row[column] for row in rows[1:]} == {
        "Agathe Deux": "80",
        "Basile Un": "45",
        "Chloé Aucun": "0",
    }
    html = trainer_client.get(URL).content.decode()
    assert "80 %" in html and "45 %" in html


def test_a_course_without_quiz_shows_no_average(trainer_client, session):
    enrol(session, display_name="Sans quiz")
    rows = csv_rows(trainer_client.get(URL, {"export": "csv"}))
    column = rows[0].index("Score moyen aux quiz (%)")
    assert rows[1][column] == ""


def test_an_unpublished_quiz_does_not_count(trainer_client, session):
    """As for the certificate: only the steps learners can reach are averaged."""
    live, hidden = add_quiz(session.course), add_quiz(session.course)
    hidden.unpublish()
    enrol(session, [(live, 70)], display_name="Dora")
    rows = csv_rows(trainer_client.get(URL, {"export": "csv"}))
    column = rows[0].index("Score moyen aux quiz (%)")
    assert rows[1][column] == "70"


def test_the_scores_cost_the_same_queries_with_3_or_30_learners(
    trainer_client, session, django_assert_num_queries
):
    quizzes = [add_quiz(session.course) for _n in range(2)]
    for n in range(3):
        enrol(session, [(quizzes[0], 50 + n)])
    trainer_client.get(URL)
    with CaptureQueriesContext(connection) as small:
        assert trainer_client.get(URL).status_code == 200
    for n in range(27):
        enrol(session, [(quiz, n) for quiz in quizzes])
    with django_assert_num_queries(len(small)):
        response = trainer_client.get(URL)
    assert len(response.context["object_list"]) == 30
