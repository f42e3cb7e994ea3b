"""Handing each learner peers' submissions to give feedback on.

Never one's own submission, never one already handed, those with the fewest
comments first (then the fewest reviewers, then the oldest), and never
blocking: with fewer peers the learner gets what exists, and nothing in their
progress waits for anyone.

The rule lives in one place, the query (`candidates_query` and `PEER_ORDER`): the
database filters, sorts and limits, so that handing peers costs a constant
number of queries whatever the size of the class (tests/exercises/test_peers.py
covers the rule on it).
"""

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from course.learning import course_path_of_step
from course.models import Enrolment
from discussions.counts import comment_count_column
from exercises.choices import Visibility
from exercises.models import PeerAssignment, Submission

# Fewest comments first, then the fewest reviewers, then the first submitted.
PEER_ORDER = ("comment_total", "reviewer_total", "submitted_at", "pk")


def _count_of(queryset):
    return Coalesce(
        Subquery(queryset.order_by().values("grp").annotate(n=Count("pk")).values("n")[:1]),
        Value(0),
        output_field=IntegerField(),
    )


def candidates_query(exercise, reviewer, session_id: int | None):
    """The submissions the reviewer may be handed: shared and submitted, by someone else
    (of the session, if any), not handed to them yet; with their comments and reviewers."""
    reviewers = PeerAssignment.objects.filter(submission_id=OuterRef("pk")).annotate(grp=Value(1))
    queryset = (
        Submission.objects.filter(
            exercise_id=exercise.pk,
            visibility=Visibility.SHARED,
            last_version__isnull=False,
        )
        .exclude(user_id=reviewer.pk)
        .exclude(peer_assignments__reviewer_id=reviewer.pk)
    )
    if session_id is not None:
        queryset = queryset.filter(
            user__enrolments__session_id=session_id, user__enrolments__left_at__isnull=True
        )
    return queryset.annotate(
        comment_total=comment_count_column(Submission), reviewer_total=_count_of(reviewers)
    )


def reviewer_session_id(exercise, reviewer) -> int | None:
    return (
        Enrolment.objects.active()
        .filter(user=reviewer, session__course__path=course_path_of_step(exercise))
        .order_by("-enrolled_at")
        .values_list("session_id", flat=True)
        .first()
    )


def assign_peers(exercise, reviewer, session_id: int | None) -> list[int]:
    """Top up the reviewer's assignments to `exercise.peer_reviews`; the submission ids handed.

    Three queries at most (two when nothing is missing), whatever the class size.
    """
    wanted = exercise.peer_reviews
    already = list(
        PeerAssignment.objects.filter(exercise_id=exercise.pk, reviewer_id=reviewer.pk)
        .order_by("created_at", "pk")
        .values_list("submission_id", flat=True)
    )
    missing = wanted - len(already)
    if missing <= 0:
        return already
    chosen = list(
        candidates_query(exercise, reviewer, session_id)
        .order_by(*PEER_ORDER)
        .values_list("pk", flat=True)[:missing]
    )
    if chosen:
        PeerAssignment.objects.bulk_create(
            [
                PeerAssignment(
                    exercise_id=exercise.pk, reviewer_id=reviewer.pk, submission_id=submission_id
                )
                for submission_id in chosen
            ],
            ignore_conflicts=True,
        )
    return already + chosen
