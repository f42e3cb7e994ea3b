"""Peer feedback needs a session: a learner who is not enrolled is told so, and
is never handed answers they could not open."""

import pytest

from exercises.models import PeerAssignment
from tests.exercises.test_peers import shared_submissions

pytestmark = pytest.mark.django_db


def test_a_learner_without_a_session_is_asked_to_enrol_and_handed_nothing(
    client, exercise, session, stranger
):
    shared_submissions(exercise, session, 3)
    client.force_login(stranger)
    response = client.post(exercise.url, {"action": "peers"}, follow=True)
    assert "Inscrivez-vous au cours" in response.content.decode()
    assert not PeerAssignment.objects.exists()


def test_submitting_without_an_enrolment_keeps_the_answer_without_progress(
    client, exercise, stranger
):
    from course.models import Completion
    from exercises.models import Submission

    client.force_login(stranger)
    response = client.post(exercise.url, {"action": "submit", "text": "Bibliothécaire."})
    assert response.status_code == 303
    assert Submission.objects.get(user=stranger).last_version is not None
    assert not Completion.objects.exists()
