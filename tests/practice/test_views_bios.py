"""Each post shows its author's name, handle and bio: the bio exercise they submitted and
shared with their session (exercises' `submitted_bios` tag), never a private one."""

import pytest
from django.utils import timezone

from exercises.models import Submission, SubmissionVersion
from practice import posting
from tests.exercises.conftest import add_exercise

pytestmark = pytest.mark.django_db


def submit_bio(exercise, user, text, visibility):
    submission = Submission.objects.create(
        exercise=exercise,
        user=user,
        status="submitted",
        visibility=visibility,
        submitted_at=timezone.now(),
        text=text,
    )
    version = SubmissionVersion.objects.create(submission=submission, number=1, text=text)
    submission.last_version = version
    submission.save()


def test_a_shared_bio_shows_beside_the_authors_posts_and_a_private_one_does_not(
    client, module, practice, session, enrolment, peer
):
    exercise = add_exercise(module)
    submit_bio(exercise, peer, "Bibliothécaire à Auray, pour les lecteurs.", "shared")
    submit_bio(exercise, enrolment.user, "Ma bio privée, à moi seule.", "private")
    posting.publish(practice, session, peer, ["Bonjour"])
    posting.publish(practice, session, enrolment.user, ["Salut"])
    client.force_login(peer)
    content = client.get(practice.url).content.decode()
    assert "Jules Morel" in content and "@JulesM" in content
    assert "Bibliothécaire à Auray, pour les lecteurs." in content
    assert "Ma bio privée" not in content
    client.force_login(enrolment.user)
    assert "Ma bio privée, à moi seule." in client.get(practice.url).content.decode()
