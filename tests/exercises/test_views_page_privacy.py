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
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import PageViewRestriction

from course.models import Enrollment
from discussions.models import Comment
from exercises.models import Submission
from tests.exercises.conftest import GOOD_BIO
from tests.factories import UserFactory
from trainers.groups import TRAINERS_GROUP

pytestmark = pytest.mark.django_db

PASSWORD = "mot-de-passe-partage"

MATRIX = [
    ("password", "anonymous", False),
    ("password", "learner", False),
    ("password", "trainer", False),
    ("password", "learner_with_password", True),
    ("login", "anonymous", False),
    ("login", "learner", True),
    ("login", "trainer", True),
    ("groups", "anonymous", False),
    ("groups", "learner", False),
    ("groups", "trainer", True),
]


@pytest.fixture
def trainer(db):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    return user


@pytest.fixture
def peer_submission(client, exercise, peer):
    client.force_login(peer)
    client.post(exercise.url, {"action": "submit", "text": GOOD_BIO, "visibility": "shared"})
    client.logout()
    return Submission.objects.get(user=peer, exercise=exercise)


@pytest.fixture
def private_exercise(client, exercise, module, enrollment, learner, trainer, peer_submission):
    def _private(kind, who):
        restriction = PageViewRestriction.objects.create(
            page=module, restriction_type=kind, password=PASSWORD if kind == "password" else ""
        )
        if kind == "groups":
            restriction.groups.add(Group.objects.get(name=TRAINERS_GROUP))
        if who.startswith("learner"):
            client.force_login(learner)
        elif who == "trainer":
            Enrollment.objects.create(user=trainer, session=enrollment.session)
            client.force_login(trainer)
        if who.endswith("_with_password"):
            client.post(
                reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, module.pk]),
                {"password": PASSWORD, "return_url": exercise.url},
            )

    return _private


@pytest.mark.parametrize(("kind", "who", "may"), MATRIX)
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


@pytest.mark.parametrize(("kind", "who", "may"), MATRIX)
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


@pytest.mark.parametrize(("kind", "who", "may"), [row for row in MATRIX if row[1] != "anonymous"])
def test_the_exercise_pages_own_form_follows_its_privacy(
    client, exercise, private_exercise, kind, who, may
):
    """The plain form posts to the page, which Wagtail serves: the same answer, nothing stored."""
    private_exercise(kind, who)
    client.post(exercise.url, {"action": "save", "version": "0", "text": "Brouillon du formulaire"})
    assert Submission.objects.filter(text="Brouillon du formulaire").exists() is may
