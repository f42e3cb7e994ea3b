"""Exercises honour Wagtail's page privacy outside Wagtail's serving too.

The autosave, a submission's page and the peer feedback thread of an exercise
kept private (here through its module, as privacy set on a page covers its
subpages) answer 404 to those the privacy keeps out, like the page itself, and
store nothing; those it lets in (a group's members, or who entered the password,
kept in their session by Wagtail) work as before. Matrix: anonymous, a learner,
a trainer, and a learner who entered the password.
"""

import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from course.models import Enrolment
from discussions.models import Comment
from exercises.models import Submission
from tests.exercises.conftest import GOOD_BIO
from tests.factories import UserFactory
from tests.page_privacy import MATRIX, enter, restrict, trainers_group

pytestmark = pytest.mark.django_db

# Exercises are for signed-in learners: a visitor with a password has nothing to try.
EXERCISE_MATRIX = [row for row in MATRIX if row[1] != "anonymous_with_password"]


@pytest.fixture
def trainer(db):
    user = UserFactory(is_staff=True)
    user.groups.add(trainers_group())
    return user


@pytest.fixture
def peer_submission(client, exercise, peer):
    client.force_login(peer)
    client.post(exercise.url, {"action": "submit", "text": GOOD_BIO, "visibility": "shared"})
    client.logout()
    return Submission.objects.get(user=peer, exercise=exercise)


@pytest.fixture
def private_exercise(client, exercise, module, enrolment, learner, trainer, peer_submission):
    def _private(kind, who):
        restriction = restrict(module, kind)
        if who == "trainer":
            Enrolment.objects.create(user=trainer, session=enrolment.session)
        enter(client, who, restriction, learner=learner, trainer=trainer, return_url=exercise.url)

    return _private


@pytest.mark.parametrize(("kind", "who", "may"), EXERCISE_MATRIX)
def test_the_autosave_follows_the_exercise_pages_privacy(
    client, exercise, private_exercise, kind, who, may
):
    private_exercise(kind, who)
    response = client.post(
        reverse("exercises:autosave", args=[exercise.pk]),
        json.dumps({"version": 0, "text": "Brouillon privé"}),
        content_type="application/json",
    )
    if who == "anonymous":
        assert response.status_code in (403, 404)  # 403: sign in first, as before
    else:
        assert response.status_code == (200 if may else 404)
    assert Submission.objects.filter(text="Brouillon privé").exists() is (
        may and who != "anonymous"
    )


@pytest.mark.parametrize(("kind", "who", "may"), EXERCISE_MATRIX)
def test_a_peers_submission_and_its_feedback_follow_the_exercise_pages_privacy(
    client, peer_submission, private_exercise, kind, who, may
):
    """Reading a shared answer and giving feedback on it: 404 and nothing stored when kept out."""
    private_exercise(kind, who)
    page = client.get(reverse("exercises:submission", args=[peer_submission.pk]))
    feedback = client.post(
        reverse("discussions:post"),
        {
            "content_type": ContentType.objects.get_for_model(Submission).pk,
            "object_id": peer_submission.pk,
            "body": "Un retour de pair.",
        },
    )
    signed_in = who != "anonymous"
    assert page.status_code == (200 if may and signed_in else 404)
    assert feedback.status_code == (302 if may and signed_in else 404)
    assert Comment.objects.filter(body="Un retour de pair.").exists() is (may and signed_in)


@pytest.mark.parametrize(
    ("kind", "who", "may"), [row for row in EXERCISE_MATRIX if row[1] != "anonymous"]
)
def test_the_exercise_pages_own_form_follows_its_privacy(
    client, exercise, private_exercise, kind, who, may
):
    """The plain form posts to the page, which Wagtail serves: the same answer, nothing stored."""
    private_exercise(kind, who)
    client.post(exercise.url, {"action": "save", "version": "0", "text": "Brouillon du formulaire"})
    assert Submission.objects.filter(text="Brouillon du formulaire").exists() is may
