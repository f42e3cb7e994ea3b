"""An exercise in a week that has not opened yet for the learner's session: the draft is
written and saved ahead; submitting waits for the day the week opens."""

import datetime

import pytest
from django.utils import dateformat, timezone

from config.typography import first_of_month
from course.models import Completion
from exercises.models import Submission, SubmissionVersion
from tests.exercises.conftest import GOOD_BIO

pytestmark = pytest.mark.django_db


@pytest.fixture
def week_in_two_days(module, session):
    """The session started 5 days ago (tests/factories.py); the week opens on day 8."""
    module.opens_after_days = 7
    module.save_revision().publish()
    return first_of_month(
        dateformat.format(timezone.localdate() + datetime.timedelta(days=2), "l j F Y")
    )


def test_submitting_in_an_unopened_week_is_refused_and_the_text_kept_as_the_draft(
    client, exercise, enrolment, learner, week_in_two_days
):
    client.force_login(learner)
    response = client.post(exercise.url, {"action": "submit", "text": GOOD_BIO, "version": "0"})
    assert response.status_code == 403
    html = response.content.decode()
    assert (
        f"Cette semaine ouvre le {week_in_two_days}\u00a0: vous pourrez soumettre votre "
        "réponse à partir de ce jour-là." in html
    )
    assert "Votre brouillon est enregistré." in html
    submission = Submission.objects.get(exercise=exercise, user=learner)
    assert (submission.status, submission.text) == ("draft", GOOD_BIO)
    assert not SubmissionVersion.objects.exists()
    assert not Completion.objects.filter(enrolment=enrolment).exists()


def test_in_an_unopened_week_the_page_offers_to_save_the_draft_and_says_when_to_submit(
    client, exercise, enrolment, learner, week_in_two_days
):
    client.force_login(learner)
    saved = client.post(exercise.url, {"action": "save", "text": "Bibliothécaire", "version": "0"})
    assert saved.status_code == 303
    html = client.get(exercise.url).content.decode()
    assert f"et le soumettre à partir du {week_in_two_days}, quand sa semaine ouvrira." in html
    assert 'name="action" value="submit"' not in html
    assert 'name="action" value="save"' in html
    assert Submission.objects.get(exercise=exercise, user=learner).text == "Bibliothécaire"
