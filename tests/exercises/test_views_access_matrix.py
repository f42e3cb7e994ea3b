"""Nobody reads a private submission or writes another learner's by changing an id:
anonymous, the author, a peer of the session, a learner of another session, a
stranger, a trainer. Refusals are 404 or 403 (or a sign-in), never a 500."""

import json

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from course.models import Enrolment
from exercises.models import Submission
from tests.exercises.conftest import GOOD_BIO
from tests.factories import CourseSessionFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(exercise, session, enrolment, learner, peer, stranger, course):
    elsewhere = UserFactory(display_name="Autre session")
    Enrolment.objects.create(user=elsewhere, session=CourseSessionFactory(course=course))
    trainer = UserFactory(display_name="Formatrice")
    trainer.user_permissions.add(Permission.objects.get(codename="view_submission"))
    return {
        "anonymous": None,
        "author": learner,
        "peer": peer,
        "other_session": elsewhere,
        "stranger": stranger,
        "trainer": trainer,
    }


def submitted(client, exercise, user, visibility):
    client.force_login(user)
    client.post(exercise.url, {"action": "submit", "text": GOOD_BIO, "visibility": visibility})
    client.logout()
    return Submission.objects.get(user=user, exercise=exercise)


READ_PRIVATE = {
    "anonymous": 404,
    "author": 200,
    "peer": 404,
    "other_session": 404,
    "stranger": 404,
    "trainer": 200,
}
READ_SHARED = {**READ_PRIVATE, "peer": 200}


@pytest.mark.parametrize("who", list(READ_PRIVATE))
@pytest.mark.parametrize("visibility", ["private", "shared"])
def test_who_reads_a_submission(client, exercise, people, who, visibility):
    submission = submitted(client, exercise, people["author"], visibility)
    if people[who] is not None:
        client.force_login(people[who])
    response = client.get(reverse("exercises:submission", args=[submission.pk]))
    expected = (READ_SHARED if visibility == "shared" else READ_PRIVATE)[who]
    assert response.status_code == expected
    if expected == 200:
        assert "mediatheque-auray.fr" in response.content.decode()


def test_an_unsubmitted_draft_is_read_by_its_author_only(client, exercise, people):
    author = people["author"]
    client.force_login(author)
    client.post(exercise.url, {"action": "save", "text": "Brouillon secret"})
    draft = Submission.objects.get(user=author)
    Submission.objects.filter(pk=draft.pk).update(visibility="shared")
    for who in ("peer", "stranger"):
        client.force_login(people[who])
        assert client.get(reverse("exercises:submission", args=[draft.pk])).status_code == 404
    client.force_login(author)
    assert client.get(reverse("exercises:submission", args=[draft.pk])).status_code == 200


def test_an_unknown_or_malformed_id_is_a_404(client, people):
    client.force_login(people["author"])
    assert client.get("/fr/exercises/submission/999999/").status_code == 404
    assert client.get("/fr/exercises/submission/abc/").status_code == 404
    assert client.post("/fr/exercises/999999/autosave/", "{}", "application/json").status_code in (
        400,
        404,
    )


def test_nobody_writes_another_learners_draft_by_changing_an_id(client, exercise, people):
    author = people["author"]
    client.force_login(author)
    client.post(exercise.url, {"action": "save", "text": "Mon texte"})
    mine = Submission.objects.get(user=author)
    client.force_login(people["peer"])
    # The autosave and the form only ever address the signed-in learner's own draft.
    for version in (0, mine.version):
        client.post(
            reverse("exercises:autosave", args=[exercise.pk]),
            json.dumps({"version": version, "text": "piraté", "submission": mine.pk}),
            content_type="application/json",
        )
    client.post(exercise.url, {"action": "save", "text": "piraté", "submission": mine.pk})
    client.post(exercise.url, {"action": "agree", "agreement": "agree", "user": author.pk})
    mine.refresh_from_db()
    assert mine.text == "Mon texte"
    assert Submission.objects.filter(user=people["peer"]).count() == 1


def test_the_autosave_of_a_page_that_is_not_an_exercise_is_a_404(client, people, course):
    client.force_login(people["author"])
    response = client.post(
        reverse("exercises:autosave", args=[course.pk]),
        json.dumps({"version": 0, "text": "x"}),
        content_type="application/json",
    )
    assert response.status_code == 404
    assert not Submission.objects.exists()
