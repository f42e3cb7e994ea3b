"""The quizzes report and one quiz's statistics: success per question and per choice, the
most picked wrong answer, scores by tenths, learners only, exports, constant query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from course.models import Enrolment
from tests.factories import UserFactory
from tests.trainers.quiz_data import ALL_RIGHT, add_quiz, attempt
from tests.trainers.spreadsheets import csv_rows
from trainers.reports.quiz_stats import score_bands, tenth

pytestmark = pytest.mark.django_db

REPORT_URL = reverse("trainers_reports:quizzes")


def stats_url(quiz):
    return reverse("trainers_reports:quiz_stats", args=[quiz.pk])


def learner(session, **fields):
    user = UserFactory(**fields)
    Enrolment.objects.create(user=user, session=session)
    return user


def test_each_question_shows_its_success_rate_and_each_choice_its_share(trainer_client, session):
    """One right answer of four, three on the same wrong choice: 25 % right, 75 % on it."""
    quiz = add_quiz(session.course)
    attempt(learner(session), quiz, ALL_RIGHT)
    for _n in range(3):
        attempt(learner(session), quiz, {0: [1], 1: [0, 2], 2: [1], 3: [1, 0, 2], 4: [1]})

    response = trainer_client.get(stats_url(quiz))

    assert response.status_code == 200
    single, multiple, true_false, order, best = response.context["questions"]
    assert (single.answered, single.percent_right) == (4, 25)
    assert [(o.label, o.count, o.percent) for o in single.options] == [
        ("Deux au plus", 1, 25),
        ("Dix", 3, 75),
        ("Aucun, jamais", 0, 0),
    ]
    assert [o.most_picked_wrong for o in single.options] == [False, True, False]
    assert [o.count for o in multiple.options] == [4, 1, 3]
    assert [o.count for o in true_false.options] == [1, 3]
    # Put in order: how often each item was in its place (the third always was).
    assert [o.percent for o in order.options] == [25, 25, 100]
    assert best.options[0].label == "Inès Valmont (@ines_valmont) — Bibliothécaire à Arvel."
    html = response.content.decode()
    assert "25\u00a0% de bonnes réponses, sur 4 réponses" in html
    assert "mauvaise réponse la plus choisie" in html


def test_the_scores_of_submitted_attempts_are_counted_by_tenths(trainer_client, session):
    """0, 40, 100 and 100: one attempt in 0-9, one in 40-49, two in 90-100; open ones aside."""
    quiz = add_quiz(session.course)
    attempt(learner(session), quiz, {0: [1], 1: [2], 2: [1], 3: [1, 2, 0], 4: [1]})
    attempt(learner(session), quiz, {0: [0], 4: [0]})
    both = learner(session)
    attempt(both, quiz, ALL_RIGHT)
    attempt(both, quiz, ALL_RIGHT)
    attempt(learner(session), quiz, ALL_RIGHT, submitted=False)

    context = trainer_client.get(stats_url(quiz)).context

    assert (context["attempts"], context["learners"], context["average"]) == (4, 4, 60)
    assert [band.count for band in context["bands"]] == [1, 0, 0, 0, 1, 0, 0, 0, 0, 2]
    assert context["bands"][9].percent == 50


def test_only_the_course_s_learners_attempts_count(trainer_client, trainer, session):
    """A trainer trying the quiz, or someone not enrolled, is not in the statistics."""
    quiz = add_quiz(session.course)
    attempt(trainer, quiz, ALL_RIGHT)
    attempt(UserFactory(), quiz, ALL_RIGHT)
    attempt(learner(session), quiz, {0: [1]})

    context = trainer_client.get(stats_url(quiz)).context

    assert (context["attempts"], context["learners"]) == (1, 1)
    assert context["questions"][0].answered == 1


def test_someone_without_the_reports_permission_cannot_read_them(client, session):
    quiz = add_quiz(session.course)
    client.force_login(UserFactory(is_staff=True))
    assert client.get(stats_url(quiz)).status_code in (302, 403)
    assert client.get(REPORT_URL).status_code in (302, 403)


def test_an_unknown_quiz_is_not_found(trainer_client, session):
    add_quiz(session.course)
    url = reverse("trainers_reports:quiz_stats", args=[99999])
    assert trainer_client.get(url, follow=True).status_code == 404


def test_the_report_lists_each_quiz_with_attempts_learners_and_average(trainer_client, session):
    quiz = add_quiz(session.course, title="Quiz de la semaine 1")
    add_quiz(session.course, title="Quiz sans réponse")
    attempt(learner(session), quiz, ALL_RIGHT)
    attempt(learner(session), quiz, {0: [0], 1: [0, 1], 4: [0]})

    response = trainer_client.get(REPORT_URL)
    html = response.content.decode()
    assert "Quiz de la semaine 1" in html and "Quiz sans réponse" in html
    assert stats_url(quiz) in html
    assert "80 %" in html  # (100 + 60) / 2

    rows = csv_rows(trainer_client.get(REPORT_URL, {"export": "csv"}))
    by_title = {row[0]: row for row in rows[1:]}
    heading = rows[0]
    week_1 = dict(zip(heading, by_title["Quiz de la semaine 1"], strict=True))
    assert week_1["Tentatives envoyées"] == "2"
    assert week_1["Score moyen (%)"] == "80"
    assert week_1["Lien vers les statistiques"].endswith(stats_url(quiz))
    empty = dict(zip(heading, by_title["Quiz sans réponse"], strict=True))
    assert (empty["Tentatives envoyées"], empty["Score moyen (%)"]) == ("0", "")


def test_a_quiz_s_statistics_cost_the_same_queries_with_3_or_30_learners(
    trainer_client, session, django_assert_num_queries
):
    quiz = add_quiz(session.course)
    users = [learner(session) for _n in range(30)]
    for user in users[:3]:
        attempt(user, quiz, ALL_RIGHT)
    trainer_client.get(stats_url(quiz))  # warm the caches that do not depend on the data
    with CaptureQueriesContext(connection) as small:
        assert trainer_client.get(stats_url(quiz)).status_code == 200
    for index, user in enumerate(users[3:]):
        attempt(user, quiz, {0: [index % 3], 2: [index % 2], 3: [2, 0, 1]})
    with django_assert_num_queries(len(small)):
        response = trainer_client.get(stats_url(quiz))
    assert response.context["learners"] == 30


def test_the_quizzes_report_costs_the_same_queries_with_3_or_30_learners(
    trainer_client, session, django_assert_num_queries
):
    quizzes = [add_quiz(session.course) for _n in range(3)]
    users = [learner(session) for _n in range(30)]
    for user in users[:3]:
        attempt(user, quizzes[0], ALL_RIGHT)
    trainer_client.get(REPORT_URL)
    with CaptureQueriesContext(connection) as small:
        assert trainer_client.get(REPORT_URL).status_code == 200
    for user in users[3:]:
        for quiz in quizzes:
            attempt(user, quiz, ALL_RIGHT)
    with django_assert_num_queries(len(small)):
        response = trainer_client.get(REPORT_URL)
    assert [quiz.learner_count for quiz in response.context["object_list"]] == [30, 27, 27]


@pytest.mark.parametrize(
    ("score", "band"), [(0, 0), (9, 0), (10, 1), (69, 6), (70, 7), (99, 9), (100, 9)]
)
def test_a_score_falls_in_its_tenth_and_100_in_the_last(score, band):
    assert tenth(score) == band


def test_the_bands_run_from_0_to_100_with_each_one_s_share():
    bands = score_bands({0: 1, 9: 3})
    assert [(b.low, b.high) for b in bands][::9] == [(0, 9), (90, 100)]
    assert [b.percent for b in bands] == [25, 0, 0, 0, 0, 0, 0, 0, 0, 75]
    assert all(b.percent == 0 for b in score_bands({}))
