"""A quiz in a week that has not opened yet for the learner's session: read, not answered."""

import datetime

import pytest
from django.utils import dateformat, timezone

from config.typography import first_of_month
from quizzes.models import QuizAttempt, QuizResponse
from tests.quizzes.conftest import ALL_RIGHT, submit

pytestmark = pytest.mark.django_db


def _days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def week_in_two_days(module, session):
    """The quiz's week opens 7 days after the session starts: the session started 5 days
    ago (tests/factories.py), so in two days."""
    module.opens_after_days = 7
    module.save_revision().publish()
    return _days(2)


@pytest.fixture
def signed_in(client, learner, enrolment):
    client.force_login(learner)
    return client


def test_a_submitted_quiz_of_an_unopened_week_is_refused_in_french_and_nothing_recorded(
    signed_in, quiz, week_in_two_days
):
    response = submit(signed_in, quiz, ALL_RIGHT)
    assert response.status_code == 403
    html = response.content.decode()
    date = first_of_month(dateformat.format(week_in_two_days, "l j F Y"))
    assert f"Cette semaine ouvre le {date}\u00a0: vous pouvez la lire" in html
    assert not QuizAttempt.objects.exists()
    assert not QuizResponse.objects.exists()
    # What the learner chose is shown again, read-only, and no submit button is offered.
    assert 'value="s-right" checked disabled' in html
    assert 'value="submit"' not in html


def test_checking_one_question_of_an_unopened_week_is_refused_as_json_in_english(
    client, learner, enrolment, quiz, week_in_two_days
):
    client.force_login(learner)
    response = client.post(
        "/en" + quiz.url[3:],
        {"action": "check", "attempt": 1, "question": "single", "q-single": "s-right"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 403
    date = dateformat.format(week_in_two_days, "l j F Y")
    assert response.json() == {
        "ok": False,
        "error": f"This week opens on {date}: you can read it now and take part from that "
        "day. Nothing was recorded.",
    }
    assert not QuizAttempt.objects.exists()


def test_the_quiz_of_an_unopened_week_shows_its_questions_read_only_and_when_to_answer(
    signed_in, quiz, week_in_two_days
):
    html = signed_in.get(quiz.url).content.decode()
    date = first_of_month(dateformat.format(week_in_two_days, "l j F Y"))
    assert f"Vous pourrez répondre à ce quiz à partir du {date}" in html
    assert 'name="q-single" id="q-single-s-right" value="s-right" disabled>' in html
    assert 'value="submit"' not in html
    assert "data-quiz-keep" not in html and "data-keep=" not in html


def test_the_same_quiz_takes_answers_once_the_learners_week_has_opened(
    signed_in, quiz, module, session
):
    module.opens_after_days = 3  # the session started 5 days ago: open since 2 days
    module.save_revision().publish()
    assert submit(signed_in, quiz, ALL_RIGHT).status_code == 303
    assert QuizAttempt.objects.get().score == 100
