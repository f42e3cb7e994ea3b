"""Odd and hostile input in answers: stored safely or refused with a message, never a 500,
and what was already saved is never lost."""

import json

import pytest
from django.urls import reverse

from exercises.models import Submission

pytestmark = pytest.mark.django_db

ODD_TEXTS = [
    "nul\x00byte",
    "\u202eevil\u202c bidi",
    "zero\u200bwidth\ufeff",
    "🐦‍⬛ 👩🏽‍💻 e\u0301",
    "{{7*7}} {% now 'Y' %}",
    '=HYPERLINK("http://x.test")',
    "ligne\r\nligne\rligne",
    '<a href="javascript:alert(1)">x</a> <a href="data:text/html,x">y</a>',
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text_is_saved_cleaned_and_shown_escaped(client, exercise, learner, text):
    client.force_login(learner)
    response = client.post(exercise.url, {"action": "save", "text": text})
    assert response.status_code == 303
    saved = Submission.objects.get(user=learner).text
    assert "\x00" not in saved and "\r" not in saved
    page = client.get(exercise.url)
    assert page.status_code == 200
    assert 'href="javascript:' not in page.content.decode()


def test_a_lone_surrogate_in_an_autosave_is_replaced_not_a_500(client, exercise, learner):
    client.force_login(learner)
    body = '{"version": 0, "text": "avant \\ud800 apr\\u00e8s"}'
    response = client.post(
        reverse("exercises:autosave", args=[exercise.pk]), body, content_type="application/json"
    )
    assert response.status_code == 200
    assert Submission.objects.get(user=learner).text == "avant \ufffd après"


@pytest.mark.parametrize(
    "payload",
    [
        {"version": 0, "text": ["liste"]},
        {"version": 0, "text": {"objet": 1}},
        {"version": 0, "text": None, "answers": "pas un objet", "stand": 12},
        {"version": 0, "answers": {"x" * 500: 1}},
    ],
)
def test_autosave_fields_of_the_wrong_type_are_ignored(client, exercise, learner, payload):
    client.force_login(learner)
    response = client.post(
        reverse("exercises:autosave", args=[exercise.pk]),
        json.dumps(payload),
        content_type="application/json",
    )
    assert response.status_code == 200
    submission = Submission.objects.get(user=learner)
    assert (submission.text, submission.answers, submission.stand) == ("", {}, "")


def test_a_huge_form_post_is_refused_and_the_saved_draft_stays(client, exercise, learner):
    client.force_login(learner)
    client.post(exercise.url, {"action": "save", "text": "Déjà enregistré"})
    response = client.post(exercise.url, {"action": "save", "text": "x" * 30_000}, follow=True)
    assert response.status_code == 200
    assert "bien trop long" in response.content.decode()
    assert Submission.objects.get(user=learner).text == "Déjà enregistré"


@pytest.mark.parametrize("version", ["abc", "-3", "99999999999999", ""])
def test_a_bad_version_in_the_form_still_saves_what_was_typed(client, exercise, learner, version):
    client.force_login(learner)
    response = client.post(
        exercise.url, {"action": "save", "text": "Mon texte", "version": version}
    )
    assert response.status_code == 303
    assert Submission.objects.get(user=learner).text == "Mon texte"


def test_an_unknown_method_or_action_is_harmless(client, exercise, learner):
    client.force_login(learner)
    assert client.put(exercise.url).status_code in (404, 405)
    response = client.post(exercise.url, {"action": "launch-rockets", "text": "x"})
    assert response.status_code == 303


def test_the_exercise_page_is_served_in_english_too(client, exercise, learner):
    client.force_login(learner)
    response = client.get(exercise.url.replace("/fr/", "/en/"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Your bio" in content and "Save the draft" in content
