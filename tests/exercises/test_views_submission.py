"""Drafts, autosave, submit, resubmit and history of a bio, with and without JavaScript."""

import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from course.models import Completion
from discussions.models import ThreadFollow
from exercises.models import Submission, SubmissionVersion
from tests.exercises.conftest import GOOD_BIO

pytestmark = pytest.mark.django_db


def autosave(client, exercise, version, text, **extra):
    return client.post(
        reverse("exercises:autosave", args=[exercise.pk]),
        data=json.dumps({"version": version, "text": text, **extra}),
        content_type="application/json",
        HTTP_ACCEPT="application/json",
    )


def test_first_autosave_creates_the_draft_and_later_ones_count_versions(client, exercise, learner):
    client.force_login(learner)
    first = autosave(client, exercise, 0, "Bibliothécaire")
    assert first.status_code == 200
    assert first.json() == {"ok": True, "version": 1}
    second = autosave(client, exercise, 1, "Bibliothécaire à Auray")
    assert second.json()["version"] == 2
    submission = Submission.objects.get(exercise=exercise, user=learner)
    assert (submission.text, submission.version, submission.status) == (
        "Bibliothécaire à Auray",
        2,
        "draft",
    )


def test_a_stale_or_replayed_autosave_never_overwrites_a_newer_draft(client, exercise, learner):
    client.force_login(learner)
    autosave(client, exercise, 0, "v1")
    autosave(client, exercise, 1, "v2 from tab A")
    stale = autosave(client, exercise, 1, "v2 from tab B")
    assert stale.status_code == 409
    body = stale.json()
    assert body["server"]["text"] == "v2 from tab A"
    assert body["server"]["version"] == 2
    replayed_first = autosave(client, exercise, 0, "v1")
    assert replayed_first.status_code == 409
    assert Submission.objects.get(exercise=exercise, user=learner).text == "v2 from tab A"
    # The tab that lost keeps its text and saves it on top of the version it was told.
    assert autosave(client, exercise, 2, "v2 from tab B").status_code == 200
    assert Submission.objects.get(exercise=exercise, user=learner).text == "v2 from tab B"


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", b'{"version": "1"}', b'{"version": -1}', b'{"version": true}'],
)
def test_an_unreadable_autosave_is_refused_with_a_message(client, exercise, learner, body):
    client.force_login(learner)
    response = client.post(
        reverse("exercises:autosave", args=[exercise.pk]),
        data=body,
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["error"]
    assert not Submission.objects.exists()


def test_a_megabyte_autosave_is_refused_and_nothing_is_lost(client, exercise, learner):
    client.force_login(learner)
    autosave(client, exercise, 0, "Mon brouillon")
    response = autosave(client, exercise, 1, "x" * 1_000_000)
    assert response.status_code == 413
    assert Submission.objects.get(user=learner).text == "Mon brouillon"


def test_autosave_needs_a_signed_in_learner_and_a_live_exercise(client, exercise, learner):
    assert autosave(client, exercise, 0, "x").status_code == 403
    client.force_login(learner)
    exercise.unpublish()
    assert autosave(client, exercise, 0, "x").status_code == 404
    response = client.get(reverse("exercises:autosave", args=[exercise.pk]))
    assert response.status_code == 405


def test_an_exercise_unpublished_between_two_saves_refuses_the_second(client, exercise, learner):
    client.force_login(learner)
    assert autosave(client, exercise, 0, "premier").status_code == 200
    exercise.unpublish()
    assert autosave(client, exercise, 1, "deuxième").status_code == 404
    assert Submission.objects.get().text == "premier"


def test_autosave_reads_the_exercise_once_then_only_saves(client, exercise, learner):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(learner)
    autosave(client, exercise, 0, "premier")
    with CaptureQueriesContext(connection) as captured:
        assert autosave(client, exercise, 1, "deuxième").status_code == 200
    assert not [q for q in captured if "wagtailcore_page" in q["sql"]]


def test_autosave_makes_at_most_five_queries_after_the_first(
    client, exercise, learner, django_assert_max_num_queries
):
    client.force_login(learner)
    ContentType.objects.get_for_model(Submission)
    # The first also reads the exercise and its page privacy, kept afterwards.
    with django_assert_max_num_queries(6):
        assert autosave(client, exercise, 0, "premier").status_code == 200
    with django_assert_max_num_queries(5):
        assert autosave(client, exercise, 1, "deuxième").status_code == 200
    with django_assert_max_num_queries(5):
        assert autosave(client, exercise, 1, "en retard").status_code == 409
    with django_assert_max_num_queries(5):
        assert autosave(client, exercise, 0, "rejoué").status_code == 409


def test_submitting_a_bio_keeps_a_version_completes_the_step_and_follows_feedback(
    client, exercise, enrolment, learner
):
    client.force_login(learner)
    response = client.post(
        exercise.url, {"action": "submit", "text": GOOD_BIO, "version": "0", "visibility": "shared"}
    )
    assert response.status_code == 303
    submission = Submission.objects.get(exercise=exercise, user=learner)
    assert submission.status == "submitted"
    assert submission.visibility == "shared"
    assert submission.last_version.text == GOOD_BIO
    assert submission.last_version.number == 1
    assert Completion.objects.filter(enrolment=enrolment, page_id=exercise.pk).exists()
    assert ThreadFollow.objects.filter(user=learner, object_id=str(submission.pk)).exists()
    page = client.get(exercise.url)
    assert "Version 1" in page.content.decode()


def test_resubmitting_keeps_every_version_in_the_history(client, exercise, enrolment, learner):
    client.force_login(learner)
    client.post(exercise.url, {"action": "submit", "text": "Bibliothécaire.", "version": "0"})
    version = Submission.objects.get(user=learner).version
    client.post(exercise.url, {"action": "submit", "text": GOOD_BIO, "version": str(version)})
    submission = Submission.objects.get(user=learner)
    assert list(submission.versions.values_list("number", "text")) == [
        (2, GOOD_BIO),
        (1, "Bibliothécaire."),
    ]
    assert submission.last_version.number == 2
    history = client.get(reverse("exercises:submission", args=[submission.pk]))
    assert history.status_code == 200
    assert "Bibliothécaire." in history.content.decode()


def test_an_answer_is_titled_with_its_authors_name_as_each_language_says_it(
    client, exercise, enrolment, learner
):
    """English reads "Camille’s answer", not "The answer of Camille"; French keeps
    "La réponse de Camille"."""
    learner.display_name = "Camille Martin"
    learner.save()
    client.force_login(learner)
    client.post(exercise.url, {"action": "submit", "text": GOOD_BIO, "version": "0"})
    submission = Submission.objects.get(user=learner)
    path = reverse("exercises:submission", args=[submission.pk])
    english = client.get(f"/en{path[3:]}").content.decode()
    french = client.get(f"/fr{path[3:]}").content.decode()
    assert "<h1>Camille Martin’s answer</h1>" in english
    assert "The answer of" not in english
    assert "<h1>La réponse de Camille Martin</h1>" in french


def test_a_bio_over_the_limit_is_refused_with_the_count_and_the_draft_stays(
    client, exercise, enrolment, learner
):
    client.force_login(learner)
    long_bio = "é" * 161
    response = client.post(exercise.url, {"action": "submit", "text": long_bio, "version": "0"})
    assert response.status_code == 400
    content = response.content.decode()
    assert "161" in content and "160" in content
    assert long_bio in content  # the text is given back in the form
    submission = Submission.objects.get(user=learner)
    assert submission.text == long_bio
    assert submission.status == "draft"
    assert not SubmissionVersion.objects.exists()
    assert not Completion.objects.filter(page_id=exercise.pk).exists()


def test_the_length_counts_normalised_code_points(client, exercise, enrolment, learner):
    client.force_login(learner)
    decomposed = "e\u0301" * 160  # 320 code points typed, 160 once normalised
    response = client.post(exercise.url, {"action": "submit", "text": decomposed, "version": "0"})
    assert response.status_code == 303
    assert Submission.objects.get(user=learner).last_version.text == "é" * 160


def test_an_empty_bio_cannot_be_submitted(client, exercise, enrolment, learner):
    client.force_login(learner)
    response = client.post(exercise.url, {"action": "submit", "text": "  \n ", "version": "0"})
    assert response.status_code == 400
    assert "Écrivez votre bio" in response.content.decode()


def test_without_javascript_the_draft_is_saved_and_shown_with_its_checklist(
    client, exercise, learner
):
    client.force_login(learner)
    response = client.post(exercise.url, {"action": "save", "text": GOOD_BIO, "version": "0"})
    assert response.status_code == 303
    page = client.get(exercise.url).content.decode()
    assert GOOD_BIO.replace("'", "&#x27;") in page
    assert page.count("bio-check--passed") == 6


def test_without_javascript_a_stale_form_shows_both_texts(client, exercise, learner):
    client.force_login(learner)
    client.post(exercise.url, {"action": "save", "text": "Texte de l'onglet A", "version": "0"})
    response = client.post(exercise.url, {"action": "save", "text": "Texte B", "version": "0"})
    assert response.status_code == 409
    content = response.content.decode()
    assert "Texte de l&#x27;onglet A" in content and "Texte B" in content
    assert Submission.objects.get(user=learner).text == "Texte de l'onglet A"


def test_submitting_needs_a_confirmed_email_and_keeps_the_draft(client, exercise, session):
    from tests.factories import UserFactory

    unconfirmed = UserFactory(verified=False)
    unconfirmed.save()
    client.force_login(unconfirmed)
    response = client.post(exercise.url, {"action": "submit", "text": GOOD_BIO, "version": "0"})
    assert response.status_code == 400
    assert Submission.objects.get(user=unconfirmed).status == "draft"


def test_a_visitor_posting_is_sent_to_sign_in(client, exercise):
    response = client.post(exercise.url, {"action": "submit", "text": GOOD_BIO})
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert not Submission.objects.exists()


def test_hostile_text_is_stored_as_typed_and_shown_escaped(client, exercise, enrolment, learner):
    client.force_login(learner)
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> {{7*7}}"
    client.post(exercise.url, {"action": "submit", "text": hostile, "version": "0"})
    assert Submission.objects.get(user=learner).last_version.text == hostile
    content = client.get(exercise.url).content.decode()
    assert "<script>alert(1)" not in content
    assert "&lt;script&gt;alert(1)" in content
    assert "{{7*7}}" in content


def test_two_tabs_keep_both_texts_and_the_page_offers_the_other_to_restore(
    client, exercise, learner
):
    """After a conflict, the tab that lost types on and saves: the other tab's text is
    not lost, the page offers it, and restoring it keeps the text it replaces."""
    from exercises.models import KeptDraft

    client.force_login(learner)
    autosave(client, exercise, 0, "Premier jet")
    assert autosave(client, exercise, 1, "Texte de l’onglet B").status_code == 200
    assert autosave(client, exercise, 1, "Texte de l’onglet A").status_code == 409
    assert autosave(client, exercise, 2, "Texte de l’onglet A, suite").status_code == 200
    assert Submission.objects.get(user=learner).text == "Texte de l’onglet A, suite"

    html = client.get(exercise.url).content.decode()
    assert "Textes conservés d’un autre onglet" in html
    assert "Texte de l’onglet B</pre>" in html
    assert "Texte de l’onglet A</pre>" in html
    assert "Texte de l’onglet A, suite</pre>" not in html  # the draft itself, not offered

    kept_b = KeptDraft.objects.get(answer__text="Texte de l’onglet B")
    assert f'name="restore" value="{kept_b.pk}"' in html
    response = client.post(
        exercise.url, {"restore": str(kept_b.pk), "version": "3", "text": "Tapé à l’écran"}
    )
    assert response.status_code == 303
    submission = Submission.objects.get(user=learner)
    assert (submission.text, submission.version) == ("Texte de l’onglet B", 4)
    html = client.get(exercise.url).content.decode()
    assert "Tapé à l’écran</pre>" in html and "Texte de l’onglet A, suite</pre>" in html
    assert "Texte de l’onglet B</pre>" not in html
    assert ">Texte de l’onglet B</textarea>" in html


def test_a_refused_save_without_javascript_is_kept_too(client, exercise, learner):
    """The plain form's stale save shows both texts and keeps the refused one."""
    from exercises.models import KeptDraft

    client.force_login(learner)
    autosave(client, exercise, 0, "v1")
    autosave(client, exercise, 1, "v2 ailleurs")
    response = client.post(exercise.url, {"action": "save", "version": "1", "text": "v2 ici"})
    assert response.status_code == 409
    assert set(KeptDraft.objects.values_list("answer__text", flat=True)) == {
        "v2 ici",
        "v2 ailleurs",
    }


def test_restoring_someone_elses_or_a_missing_kept_draft_changes_nothing(client, exercise, learner):
    from exercises.models import KeptDraft
    from tests.factories import UserFactory

    other = UserFactory()
    client.force_login(other)
    autosave(client, exercise, 0, "à moi")
    autosave(client, exercise, 1, "à moi aussi")
    autosave(client, exercise, 1, "en conflit")
    theirs = KeptDraft.objects.first()
    client.force_login(learner)
    autosave(client, exercise, 0, "mon brouillon")
    for value in (str(theirs.pk), "999999", "abc"):
        response = client.post(exercise.url, {"restore": value, "text": "x"}, follow=True)
        assert "Ce texte conservé n’existe plus" in response.content.decode()
    assert Submission.objects.get(user=learner).text == "mon brouillon"


@pytest.mark.parametrize("text", ["🐦🐦🐦", "👩‍💻 ✨", "#️⃣ !!! …"])
def test_a_bio_without_a_word_is_refused_and_not_congratulated(
    client, exercise, enrolment, learner, text
):
    """Emoji or punctuation alone say nothing of who one is: no version, no "well done"."""
    client.force_login(learner)
    response = client.post(exercise.url, {"action": "submit", "text": text, "version": "0"})
    assert response.status_code == 400
    content = response.content.decode()
    assert "Votre bio ne contient encore aucun mot" in content
    assert "Bravo" not in content
    assert not SubmissionVersion.objects.exists()
    assert Submission.objects.get(user=learner).text == text  # the draft is kept


def test_what_you_submitted_shows_the_answer_about_the_profile_picture(
    client, module, enrolment, learner
):
    """Both answers of the bio exercise are shown back, on the exercise and its own page."""
    from tests.exercises.conftest import add_exercise

    exercise = add_exercise(
        module, slug="bio-avec-photo", picture_question="Quelle photo de profil choisiriez-vous ?"
    )
    client.force_login(learner)
    client.post(
        exercise.url,
        {
            "action": "submit",
            "text": GOOD_BIO,
            "picture_answer": "Un portrait en lumière naturelle.",
            "version": "0",
        },
    )
    result = client.get(exercise.url).content.decode().split('id="result"')[1]
    result = result.split("</section>")[0]
    assert "Un portrait en lumière naturelle." in result
    assert "Quelle photo de profil choisiriez-vous" in result
    submission = Submission.objects.get(user=learner)
    own_page = client.get(reverse("exercises:submission", args=[submission.pk])).content.decode()
    assert "Un portrait en lumière naturelle." in own_page
