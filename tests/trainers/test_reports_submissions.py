"""The submissions report: status, version, visibility, feedback received and given,
filters, export and a constant query count."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from course.models import Enrolment
from discussions.models import Comment, CommentStatus
from exercises.models import Submission, SubmissionVersion
from tests.exercises.conftest import add_exercise
from tests.factories import CourseSessionFactory, UserFactory
from tests.trainers.spreadsheets import csv_rows

pytestmark = pytest.mark.django_db

URL = reverse("trainers_reports:submissions")


@pytest.fixture
def exercise(course):
    from course.models import ModulePage

    return add_exercise(ModulePage.objects.child_of(course).order_by("path").first())


def submission(exercise, user, status="submitted", visibility="shared", version=1):
    """A submission with `version` submitted versions (none for a draft)."""
    created = Submission.objects.create(
        exercise=exercise,
        user=user,
        text="Bibliothécaire à Auray.",
        status=status,
        visibility=visibility,
        submitted_version=version,
        version=version,
        submitted_at=timezone.now() if status == "submitted" else None,
    )
    if status == "submitted":
        for number in range(1, version + 1):
            created.last_version = SubmissionVersion.objects.create(
                submission=created, number=number, text=created.text
            )
        created.save(update_fields=["last_version"])
    return created


def feedback(on, author, body="Très clair !", status=CommentStatus.PUBLISHED):
    return Comment.objects.create(
        content_type=ContentType.objects.get_for_model(Submission),
        object_id=str(on.pk),
        author=author,
        body=body,
        status=status,
    )


def rows(response):
    return {row[0]: row for row in csv_rows(response)[1:]}


def test_feedback_received_and_given_are_counted_per_submission(trainer_client, exercise):
    alice, bruno, chloe = (UserFactory(display_name=n) for n in ["Alice", "Bruno", "Chloé"])
    a = submission(exercise, alice, version=3)
    b = submission(exercise, bruno)
    submission(exercise, chloe, status="draft", visibility="private")
    feedback(a, bruno)
    feedback(a, chloe)
    feedback(a, alice, "Merci à vous deux")  # the author's own reply is not feedback received
    feedback(b, alice)
    feedback(b, chloe, "Masqué", status=CommentStatus.HIDDEN)  # not counted
    table = rows(trainer_client.get(URL, {"export": "csv"}))
    # learner, email, exercise, status, version, visibility, received, given, ...
    assert table["Alice"][4] == "3"
    assert (table["Alice"][6], table["Alice"][7]) == ("2", "1")
    assert (table["Bruno"][6], table["Bruno"][7]) == ("1", "1")
    assert (table["Chloé"][6], table["Chloé"][7]) == ("0", "1")
    assert table["Chloé"][3] == "Brouillon"
    html = trainer_client.get(URL).content.decode()
    assert reverse("exercises:submission", args=[a.pk]) in html


def test_filters_by_exercise_status_visibility_and_session(
    trainer_client, exercise, course, session
):
    other = add_exercise(exercise.get_parent(), title="Autre", slug="autre-exercice", kind="bio")
    later = CourseSessionFactory(course=course)
    alice, bruno = UserFactory(display_name="Alice"), UserFactory(display_name="Bruno")
    Enrolment.objects.create(user=alice, session=session)
    Enrolment.objects.create(user=bruno, session=later)
    submission(exercise, alice)
    submission(other, bruno, status="draft", visibility="private")

    def names(**params):
        return set(rows(trainer_client.get(URL, {**params, "export": "csv"})))

    assert names(exercise=exercise.pk) == {"Alice"}
    assert names(status="draft") == {"Bruno"}
    assert names(visibility="shared") == {"Alice"}
    assert names(session=later.pk) == {"Bruno"}
    assert names() == {"Alice", "Bruno"}


def test_a_formula_as_a_learner_name_is_exported_as_text(trainer_client, exercise):
    submission(exercise, UserFactory(display_name="=1+1"))
    assert set(rows(trainer_client.get(URL, {"export": "csv"}))) == {"'=1+1"}


def test_a_learner_cannot_open_the_submissions_report(client, exercise, learner):
    client.force_login(learner)
    for url in [URL, URL + "?export=csv"]:
        assert client.get(url).status_code in (302, 403)


def test_the_report_costs_the_same_queries_with_3_or_40_submissions(
    trainer_client, exercise, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    people = [UserFactory() for _ in range(40)]
    for user in people[:3]:
        feedback(submission(exercise, user), people[-1])
    trainer_client.get(URL)
    with CaptureQueriesContext(connection) as few:
        trainer_client.get(URL)
    for user in people[3:]:
        feedback(submission(exercise, user), people[0])
    with django_assert_num_queries(len(few)):
        response = trainer_client.get(URL)
    assert response.context["paginator"].count == 40
