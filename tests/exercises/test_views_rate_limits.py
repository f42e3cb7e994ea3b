"""Every exercise write has a per-user limit (accounts/ratelimit.py): past it the answer is
429 with the learner's text kept, and nothing more is stored."""

import html
import json

import pytest
from django.urls import reverse

from accounts.ratelimit import TOO_FAST, TOO_FAST_NOTHING_TYPED
from exercises.models import PeerAssignment, Submission, SubmissionVersion
from tests.exercises.conftest import GOOD_BIO
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def page_text(response) -> str:
    return html.unescape(response.content.decode())


def autosave(client, exercise, version, text):
    return client.post(
        reverse("exercises:autosave", args=[exercise.pk]),
        data=json.dumps({"version": version, "text": text}),
        content_type="application/json",
        HTTP_ACCEPT="application/json",
    )


def test_thirty_submissions_in_a_row_do_not_make_thirty_versions(
    client, exercise, enrolment, learner
):
    """With the default limits, a script submitting in a loop is stopped after a few
    versions; the refused submission comes back with its text and a 429."""
    client.force_login(learner)
    statuses = [
        client.post(exercise.url, {"action": "submit", "text": f"{GOOD_BIO} {n}"}).status_code
        for n in range(30)
    ]
    assert statuses[:5] == [303] * 5
    assert set(statuses[5:]) == {429}
    assert SubmissionVersion.objects.filter(submission__user=learner).count() == 5
    refused = client.post(exercise.url, {"action": "submit", "text": "Mon texte gardé"})
    assert refused.status_code == 429
    assert "Mon texte gardé" in page_text(refused)
    assert str(TOO_FAST) in page_text(refused)


def test_a_refused_plain_draft_save_keeps_the_text(client, exercise, learner, write_limit):
    """The form without JavaScript: past the limit the page comes back with the text typed."""
    write_limit("exercise_save", "1/m")
    client.force_login(learner)
    assert client.post(exercise.url, {"action": "save", "text": "premier"}).status_code == 303
    refused = client.post(exercise.url, {"action": "save", "text": "second brouillon"})
    assert refused.status_code == 429
    assert "second brouillon" in page_text(refused)
    assert Submission.objects.get(user=learner).text == "premier"


def test_autosave_past_its_limit_answers_429_in_json(client, exercise, learner, write_limit):
    """A fetch caller gets JSON with a message in the learner's language; nothing is saved."""
    write_limit("exercise_autosave", "2/m")
    client.force_login(learner)
    assert autosave(client, exercise, 0, "un").status_code == 200
    assert autosave(client, exercise, 1, "deux").status_code == 200
    refused = autosave(client, exercise, 2, "trois")
    assert refused.status_code == 429
    assert refused.json() == {"ok": False, "error": str(TOO_FAST)}
    assert Submission.objects.get(user=learner).text == "deux"


def test_autosave_every_two_seconds_from_two_tabs_passes_the_default_limit(
    client, exercise, learner
):
    """A minute of typing in two tabs (a save every 2 s from each) never meets the limit."""
    client.force_login(learner)
    statuses = {autosave(client, exercise, n, f"texte {n}").status_code for n in range(60)}
    assert statuses == {200}


def test_asking_for_peers_past_the_limit_answers_429(
    client, exercise, enrolment, learner, write_limit
):
    """Each request for peers may hand out answers: past the limit none is handed."""
    write_limit("peer_request", "1/m")
    client.force_login(learner)
    client.post(exercise.url, {"action": "peers"})
    refused = client.post(exercise.url, {"action": "peers"})
    assert refused.status_code == 429
    assert str(TOO_FAST_NOTHING_TYPED) in page_text(refused)
    assert not PeerAssignment.objects.filter(reviewer=learner).exists()


def test_a_refused_opinion_comes_back_with_its_reason(
    client, one_or_two, enrolment, learner, write_limit
):
    """Agree or not, share or not: past the limit the page shows the reason as typed."""
    client.force_login(learner)
    keys = [q["key"] for q in one_or_two.question_list()]
    client.post(one_or_two.url, {"action": "submit", **{f"q-{key}": "0" for key in keys}})
    write_limit("exercise_opinion", "1/m")
    client.post(one_or_two.url, {"action": "visibility", "visibility": "shared"})
    refused = client.post(
        one_or_two.url,
        {"action": "agree", "agreement": "disagree", "agreement_reason": "Ma raison à moi"},
    )
    assert refused.status_code == 429
    assert str(TOO_FAST) in page_text(refused)
    assert "Ma raison à moi" in page_text(refused)
    assert Submission.objects.get(user=learner).agreement_reason == ""


def test_the_limit_is_per_learner(client, exercise, learner, write_limit):
    """One learner's saves never use up another's."""
    write_limit("exercise_autosave", "1/m")
    client.force_login(learner)
    autosave(client, exercise, 0, "un")
    assert autosave(client, exercise, 1, "deux").status_code == 429
    client.force_login(UserFactory())
    assert autosave(client, exercise, 0, "à moi").status_code == 200
