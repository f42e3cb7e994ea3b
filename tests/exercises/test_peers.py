"""Peer feedback: shared submissions handed fairly, a thread on each, the author notified,
and a constant number of queries whatever the size of the class."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.utils import timezone

from course.models import Enrolment
from discussions.models import Comment
from exercises import peers
from exercises.models import PeerAssignment, Submission, SubmissionVersion
from tests.exercises.conftest import GOOD_BIO
from tests.factories import CourseSessionFactory, UserFactory

pytestmark = pytest.mark.django_db


def shared_submissions(exercise, session, count, visibility="shared"):
    """`count` learners of `session`, each with a submitted bio, in a few bulk queries."""
    users = UserFactory.create_batch(count, verified=False)
    Enrolment.objects.bulk_create([Enrolment(user=u, session=session) for u in users])
    now = timezone.now()
    submissions = Submission.objects.bulk_create(
        [
            Submission(
                exercise=exercise,
                user=u,
                text=GOOD_BIO,
                status="submitted",
                visibility=visibility,
                submitted_at=now,
            )
            for u in users
        ]
    )
    versions = SubmissionVersion.objects.bulk_create(
        [SubmissionVersion(submission=s, number=1, text=GOOD_BIO) for s in submissions]
    )
    for submission, version in zip(submissions, versions, strict=True):
        submission.last_version = version
    Submission.objects.bulk_update(submissions, ["last_version"])
    return submissions


def comment_on(submission, author, body="Bravo"):
    return Comment.objects.create(
        content_type=ContentType.objects.get_for_model(Submission),
        object_id=str(submission.pk),
        author=author,
        body=body,
    )


def test_peers_are_never_own_never_twice_and_fewest_comments_first(
    exercise, session, enrolment, learner
):
    mine = shared_submissions(exercise, session, 1)[0]
    mine.user = learner
    mine.save()
    others = shared_submissions(exercise, session, 5)
    for submission in others[:3]:
        comment_on(submission, learner)
    handed = peers.assign_peers(exercise, learner, session.pk)
    assert handed == [others[3].pk, others[4].pk, others[0].pk]
    assert mine.pk not in handed
    again = peers.assign_peers(exercise, learner, session.pk)
    assert again == handed
    assert PeerAssignment.objects.filter(reviewer=learner).count() == 3


def test_peers_are_never_oneself_nor_already_handed(exercise, session):
    """Moved from the pure `choose_peers` (gone): the query that runs is the rule."""
    mine, first, second = shared_submissions(exercise, session, 3)
    PeerAssignment.objects.create(exercise=exercise, reviewer=mine.user, submission=first)
    assert peers.assign_peers(exercise, mine.user, session.pk) == [first.pk, second.pk]
    assert mine.pk not in peers.assign_peers(exercise, mine.user, session.pk)


def test_peers_with_the_fewest_comments_come_first_then_the_fewest_reviewers(
    exercise, session, learner
):
    two_comments, three_reviewers, one_reviewer, one_comment = shared_submissions(
        exercise, session, 4
    )
    comment_on(two_comments, learner)
    comment_on(two_comments, learner, "Encore")
    comment_on(one_comment, learner)
    others = shared_submissions(exercise, session, 3, visibility="private")
    for other in others:
        PeerAssignment.objects.create(
            exercise=exercise, reviewer=other.user, submission=three_reviewers
        )
    PeerAssignment.objects.create(
        exercise=exercise, reviewer=others[0].user, submission=one_reviewer
    )
    assert peers.assign_peers(exercise, learner, session.pk) == [
        one_reviewer.pk,
        three_reviewers.pk,
        one_comment.pk,
    ]


def test_no_peer_is_handed_when_none_is_wanted(exercise, session, learner):
    shared_submissions(exercise, session, 2)
    exercise.peer_reviews = 0
    assert peers.assign_peers(exercise, learner, session.pk) == []
    assert not PeerAssignment.objects.filter(reviewer=learner).exists()


def test_private_drafts_and_other_sessions_are_never_handed(
    exercise, session, enrolment, learner, course
):
    shared_submissions(exercise, session, 2, visibility="private")
    elsewhere = CourseSessionFactory(course=course)
    shared_submissions(exercise, elsewhere, 2)
    draft = Submission.objects.create(exercise=exercise, user=UserFactory(), visibility="shared")
    Enrolment.objects.create(user=draft.user, session=session)
    assert peers.assign_peers(exercise, learner, session.pk) == []


def test_with_fewer_peers_the_learner_gets_what_exists_and_more_later(
    client, exercise, session, enrolment, learner
):
    client.force_login(learner)
    response = client.post(exercise.url, {"action": "peers"}, follow=True)
    html = response.content.decode()
    assert "Aucun pair n’a encore partagé de réponse\u00a0: revenez plus tard" in html
    # Said plainly: the learner's progress does not wait for their peers' comments.
    assert "Votre progression n’attend pas les commentaires de vos pairs" in html
    first = shared_submissions(exercise, session, 1)
    response = client.post(exercise.url, {"action": "peers"}, follow=True)
    assert PeerAssignment.objects.filter(reviewer=learner).count() == 1
    assert first[0].user.get_public_name() in response.content.decode()
    shared_submissions(exercise, session, 4)
    client.post(exercise.url, {"action": "peers"})
    assert PeerAssignment.objects.filter(reviewer=learner).count() == 3


def test_the_load_is_spread_over_the_least_reviewed(exercise, session):
    submissions = shared_submissions(exercise, session, 4)
    reviewers = [s.user for s in submissions]
    exercise.peer_reviews = 1
    for reviewer in reviewers:
        peers.assign_peers(exercise, reviewer, session.pk)
    counts = sorted(
        PeerAssignment.objects.filter(submission__in=submissions)
        .values_list("submission_id", flat=True)
        .order_by()
    )
    assert counts == sorted(s.pk for s in submissions)  # each got exactly one reviewer


@pytest.mark.parametrize("size", [10, 5000])
def test_assigning_peers_makes_a_constant_number_of_queries(
    exercise, session, enrolment, learner, size, django_assert_num_queries
):
    shared_submissions(exercise, session, size)
    ContentType.objects.get_for_model(Submission)
    with django_assert_num_queries(3):
        handed = peers.assign_peers(exercise, learner, session.pk)
    assert len(handed) == 3
    with django_assert_num_queries(1):
        peers.assign_peers(exercise, learner, session.pk)


def test_a_peer_comments_on_a_shared_bio_and_the_author_is_emailed(
    client, exercise, session, enrolment, learner, peer
):
    client.force_login(learner)
    client.post(exercise.url, {"action": "submit", "text": GOOD_BIO, "visibility": "shared"})
    submission = Submission.objects.get(user=learner)
    mail.outbox.clear()

    client.force_login(peer)
    client.post(exercise.url, {"action": "peers"})
    page = client.get(exercise.url).content.decode()
    assert learner.get_public_name() in page
    detail = client.get(submission.get_url())
    assert detail.status_code == 200
    response = client.post(
        "/fr/discussions/post/",
        {
            "content_type": ContentType.objects.get_for_model(Submission).pk,
            "object_id": submission.pk,
            "body": "Très claire, peut-être un mot sur ton public ?",
        },
    )
    assert response.status_code == 302
    assert Comment.objects.filter(object_id=str(submission.pk), author=peer).exists()
    assert [m.to for m in mail.outbox] == [[learner.email]]
    assert "Très claire" in mail.outbox[0].body

    client.force_login(learner)
    own = client.get(exercise.url).content.decode()
    assert "1 commentaire de vos pairs" in own


def test_a_private_submission_takes_no_peer_comment(
    client, exercise, session, enrolment, learner, peer
):
    client.force_login(learner)
    client.post(exercise.url, {"action": "submit", "text": GOOD_BIO, "visibility": "private"})
    submission = Submission.objects.get(user=learner)
    client.force_login(peer)
    response = client.post(
        "/fr/discussions/post/",
        {
            "content_type": ContentType.objects.get_for_model(Submission).pk,
            "object_id": submission.pk,
            "body": "Je ne devrais pas pouvoir.",
        },
    )
    assert response.status_code in (403, 404)
    assert not Comment.objects.exists()


def test_sharing_and_unsharing_after_submitting(client, exercise, enrolment, learner):
    client.force_login(learner)
    client.post(exercise.url, {"action": "submit", "text": GOOD_BIO})
    assert Submission.objects.get(user=learner).visibility == "private"
    client.post(exercise.url, {"action": "visibility", "visibility": "shared"})
    assert Submission.objects.get(user=learner).visibility == "shared"
    client.post(exercise.url, {"action": "visibility", "visibility": "public!"})
    assert Submission.objects.get(user=learner).visibility == "shared"
    client.post(exercise.url, {"action": "visibility", "visibility": "private"})
    assert Submission.objects.get(user=learner).visibility == "private"


def post_feedback(client, submission, body):
    return client.post(
        "/en/discussions/post/",
        {
            "content_type": ContentType.objects.get_for_model(Submission).pk,
            "object_id": submission.pk,
            "body": body,
        },
    )


def submit_shared(client, exercise, learner):
    client.force_login(learner)
    client.post(exercise.url, {"action": "submit", "text": GOOD_BIO, "visibility": "shared"})
    return Submission.objects.get(user=learner)


def test_feedback_is_emailed_as_feedback_with_a_one_click_unsubscribe(
    client, exercise, session, enrolment, learner, peer
):
    """The author gets a feedback email (permalink, List-Unsubscribe); the one-click
    unsubscribe turns off the same preference as replies, and then no email comes."""
    learner.preferred_language = "en"
    learner.save()
    submission = submit_shared(client, exercise, learner)
    mail.outbox.clear()
    client.force_login(peer)
    post_feedback(client, submission, "Clair et précis.")
    comment = Comment.objects.get(author=peer)
    assert comment.replied_to_author == learner
    assert [m.to for m in mail.outbox] == [[learner.email]]
    message = mail.outbox[0]
    assert "New feedback on" in message.subject
    assert "Pair Un left feedback on" in message.body
    assert comment.get_absolute_url() in message.body
    unsubscribe = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    client.logout()
    assert client.post(unsubscribe.replace("http://testserver", "")).status_code == 200
    learner.refresh_from_db()
    assert learner.notify_replies is False
    mail.outbox.clear()
    client.force_login(UserFactory())
    other = UserFactory(display_name="Pair Deux")
    Enrolment.objects.create(user=other, session=session)
    client.force_login(other)
    post_feedback(client, submission, "Un autre avis.")
    assert Comment.objects.filter(author=other).exists()
    assert mail.outbox == []  # following the thread does not bring the email back


def test_feedback_shows_on_the_authors_dashboard_with_its_permalink(
    client, exercise, session, enrolment, learner, peer
):
    """ "Mon parcours" says who left feedback, linked to the comment's permalink route."""
    submission = submit_shared(client, exercise, learner)
    client.force_login(peer)
    post_feedback(client, submission, "Clair et précis.")
    comment = Comment.objects.get(author=peer)

    client.force_login(learner)
    html = client.get("/fr/my-learning/").content.decode()
    assert "Pair Un vous a laissé un retour" in html
    assert f'href="/fr/discussions/comment/{comment.pk}/"' in html

    client.force_login(peer)
    assert "vous a laissé un retour" not in client.get("/fr/my-learning/").content.decode()
