"""A trainer's feedback on a submission and "ask for a revision".

A trainer's comment on a learner's answer is marked as the teaching team's; a
revision request reopens the step with the trainer's note, is emailed to the
learner (unless they turned these emails off), and the learner's next submitted
version answers it, so that both read the dialogue.
"""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from course.models import Completion
from discussions.models import AuthorRole, Comment
from exercises.models import RevisionRequest, Submission
from tests.exercises.conftest import GOOD_BIO
from tests.factories import UserFactory
from trainers.groups import TRAINERS_GROUP

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(db):
    user = UserFactory(display_name="Odile Formatrice", is_staff=True)
    user.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    return user


@pytest.fixture
def submitted(client, exercise, enrolment, learner):
    client.force_login(learner)
    response = client.post(exercise.url, {"action": "submit", "text": GOOD_BIO})
    assert response.status_code == 303
    client.logout()
    return Submission.objects.get(exercise=exercise, user=learner)


def revision_url(submission):
    return reverse("exercises:request_revision", args=[submission.pk])


def test_a_trainer_comment_on_an_answer_is_marked_as_the_teaching_teams(
    client, submitted, trainer, learner
):
    client.force_login(trainer)
    response = client.post(
        reverse("discussions:post"),
        {
            "content_type": submitted_content_type(),
            "object_id": submitted.pk,
            "anchor": "",
            "body": "Votre bio dit clairement pour qui vous écrivez : bravo.",
        },
    )
    assert response.status_code in (200, 302, 303)
    comment = Comment.objects.get(object_id=str(submitted.pk))
    assert comment.author_role == AuthorRole.TRAINER
    page = client.get(reverse("exercises:submission", args=[submitted.pk]))
    assert 'class="badge badge--trainer"' in page.content.decode()


def test_a_peer_comment_on_an_answer_is_not_marked_as_the_teaching_teams(
    client, submitted, learner
):
    client.force_login(learner)
    client.post(
        reverse("discussions:post"),
        {
            "content_type": submitted_content_type(),
            "object_id": submitted.pk,
            "anchor": "",
            "body": "Je relis ma propre bio.",
        },
    )
    assert Comment.objects.get(object_id=str(submitted.pk)).author_role == ""


def submitted_content_type():
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(Submission).pk


def test_asking_for_a_revision_reopens_the_step_and_emails_the_learner(
    client, submitted, trainer, learner, enrolment, exercise
):
    assert Completion.objects.filter(enrolment=enrolment, page=exercise).exists()
    mail.outbox.clear()
    client.force_login(trainer)
    response = client.post(revision_url(submitted), {"note": "Ajoutez votre public : pour qui ?"})
    assert response.status_code == 303
    revision = RevisionRequest.objects.get(submission=submitted)
    assert revision.is_open
    assert revision.requested_by == trainer
    assert revision.about_version_id == submitted.last_version_id
    assert not Completion.objects.filter(enrolment=enrolment, page=exercise).exists()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [learner.email]
    assert "Ajoutez votre public" in mail.outbox[0].body
    assert "List-Unsubscribe" in mail.outbox[0].extra_headers


def test_the_learner_sees_the_note_on_the_exercise_page_then_answers_it(
    client, submitted, trainer, learner, enrolment, exercise
):
    client.force_login(trainer)
    client.post(revision_url(submitted), {"note": "Ajoutez votre public : pour qui ?"})
    client.force_login(learner)
    page = client.get(exercise.url).content.decode()
    assert 'id="revision"' in page
    assert "Ajoutez votre public" in page
    response = client.post(exercise.url, {"action": "submit", "text": GOOD_BIO + " Familles."})
    assert response.status_code == 303
    revision = RevisionRequest.objects.get(submission=submitted)
    submitted.refresh_from_db()
    assert revision.answered_version_id == submitted.last_version_id
    assert revision.answered_version.number == 2
    assert revision.answered_at is not None
    assert Completion.objects.filter(enrolment=enrolment, page=exercise).exists()
    page = client.get(exercise.url).content.decode()
    assert 'id="revision"' not in page  # no longer open
    assert "Ajoutez votre public" in page  # the dialogue stays
    client.force_login(trainer)
    detail = client.get(reverse("exercises:submission", args=[submitted.pk])).content.decode()
    assert "Ajoutez votre public" in detail
    assert "Version 2 envoyée en réponse" in detail


def test_a_learner_who_turned_reply_emails_off_gets_no_revision_email(
    client, submitted, trainer, learner
):
    learner.notify_replies = False
    learner.save(update_fields=["notify_replies"])
    mail.outbox.clear()
    client.force_login(trainer)
    client.post(revision_url(submitted), {"note": "Un peu plus court."})
    assert RevisionRequest.objects.filter(submission=submitted).exists()
    assert mail.outbox == []


def test_an_empty_note_is_refused_and_a_second_open_request_too(client, submitted, trainer):
    client.force_login(trainer)
    response = client.post(revision_url(submitted), {"note": "   "})
    assert response.status_code == 400
    assert "Dites ce que" in response.content.decode()
    assert not RevisionRequest.objects.exists()
    client.post(revision_url(submitted), {"note": "Premier retour."})
    response = client.post(revision_url(submitted), {"note": "Un second retour gardé."})
    assert response.status_code == 400
    assert "Un second retour gardé." in response.content.decode()  # the text is kept
    assert RevisionRequest.objects.count() == 1


@pytest.mark.parametrize("who", ["anonymous", "learner", "peer"])
def test_only_a_trainer_may_ask_for_a_revision(client, submitted, learner, peer, who):
    if who == "learner":
        client.force_login(learner)
    elif who == "peer":
        client.force_login(peer)
    response = client.post(revision_url(submitted), {"note": "Je me demande une révision."})
    assert response.status_code == 404
    assert not RevisionRequest.objects.exists()


def test_asking_for_a_revision_is_post_only(client, submitted, trainer):
    client.force_login(trainer)
    assert client.get(revision_url(submitted)).status_code == 405


def test_a_revision_request_keeps_a_certificate_already_issued(
    client, submitted, trainer, enrolment
):
    from course.models import Enrolment

    Enrolment.objects.filter(pk=enrolment.pk).update(certificate_code="ABC123")
    client.force_login(trainer)
    client.post(revision_url(submitted), {"note": "Encore un effort."})
    enrolment.refresh_from_db()
    assert enrolment.certificate_code == "ABC123"


def test_the_admin_inspect_view_leads_the_trainer_to_feedback_and_revision(
    client, submitted, trainer
):
    client.force_login(trainer)
    response = client.get(reverse("submissions:inspect", args=[submitted.pk]))
    assert response.status_code == 200
    assert reverse("exercises:submission", args=[submitted.pk]) in response.content.decode()


def test_the_learners_export_carries_the_revision_dialogue(client, submitted, trainer, learner):
    from exercises.privacy import export

    client.force_login(trainer)
    client.post(revision_url(submitted), {"note": "Précisez votre public."})
    rows = export(learner)
    assert rows[0]["revision_requests"][0]["note"] == "Précisez votre public."
    assert rows[0]["revision_requests"][0]["answered_by_version"] is None


def test_mon_parcours_shows_the_open_revision_request(
    client, submitted, trainer, learner, exercise
):
    client.force_login(trainer)
    client.post(revision_url(submitted), {"note": "Précisez votre public."})
    client.force_login(learner)
    page = client.get(reverse("dashboard")).content.decode()
    assert "Précisez votre public." in page
    assert exercise.url + "#revision" in page
