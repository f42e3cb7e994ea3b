"""Handing each learner peers' submissions to give feedback on.

The choice is a pure function (`choose_peers`): never one's own submission,
never one already handed, those with the fewest comments first (then the
fewest reviewers, then the oldest), and never blocking: with fewer peers the
learner gets what exists, and nothing in their progress waits for anyone.

`assign_peers` feeds it from the database in a constant number of queries
whatever the number of submissions: the learner's current assignments, the
best few candidates (the database sorts and limits), and one insert.
"""

from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from course.learning import course_path_of_step
from course.models import Enrollment
from discussions.counts import comment_count_column
from exercises.choices import Visibility
from exercises.models import PeerAssignment, Submission


@dataclass(frozen=True)
class Candidate:
    submission_id: int
    author_id: int
    comments: int
    reviewers: int
    submitted_order: int  # smaller: submitted earlier


def choose_peers(
    candidates: list[Candidate], reviewer_id: int, already: set[int], wanted: int
) -> list[Candidate]:
    """Up to `wanted` candidates for the reviewer (see the module docstring)."""
    if wanted <= 0:
        return []
    eligible = [
        c for c in candidates if c.author_id != reviewer_id and c.submission_id not in already
    ]
    eligible.sort(key=lambda c: (c.comments, c.reviewers, c.submitted_order, c.submission_id))
    return eligible[:wanted]


def _count_of(queryset):
    return Coalesce(
        Subquery(queryset.order_by().values("grp").annotate(n=Count("pk")).values("n")[:1]),
        Value(0),
        output_field=IntegerField(),
    )


def candidates_query(exercise, reviewer, session_id: int | None):
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
            user__enrollments__session_id=session_id, user__enrollments__left_at__isnull=True
        )
    return queryset.annotate(
        comment_total=comment_count_column(Submission), reviewer_total=_count_of(reviewers)
    )


def reviewer_session_id(exercise, reviewer) -> int | None:
    return (
        Enrollment.objects.active()
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
    rows = (
        candidates_query(exercise, reviewer, session_id)
        .order_by("comment_total", "reviewer_total", "submitted_at", "pk")
        .values_list("pk", "user_id", "comment_total", "reviewer_total")[: missing * 2]
    )
    candidates = [
        Candidate(pk, author, comments, reviewers, order)
        for order, (pk, author, comments, reviewers) in enumerate(rows)
    ]
    chosen = choose_peers(candidates, reviewer.pk, set(already), missing)
    if chosen:
        PeerAssignment.objects.bulk_create(
            [
                PeerAssignment(
                    exercise_id=exercise.pk, reviewer_id=reviewer.pk, submission_id=c.submission_id
                )
                for c in chosen
            ],
            ignore_conflicts=True,
        )
    return already + [c.submission_id for c in chosen]
