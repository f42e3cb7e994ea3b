"""The submissions section of "export my data" and "delete my account".

Deleting an account deletes the learner's submissions, their versions, their
kept drafts, the trainers' revision requests on them and the peers they were
handed. Feedback that others wrote on them is kept in the discussions tables
(it is theirs, and in their own export), without its target.
"""

from django.urls import reverse

from exercises.models import PeerAssignment, Submission


def export(user) -> list[dict]:
    rows = []
    submissions = (
        Submission.objects.filter(user=user)
        .select_related("exercise")
        .prefetch_related("versions", "kept_drafts", "revision_requests__answered_version")
        .order_by("created_at", "pk")
    )
    for submission in submissions:
        rows.append(
            {
                "exercise": submission.exercise.title,
                "exercise_url": submission.exercise.url or "",
                "status": submission.status,
                "visibility": submission.visibility,
                "draft": submission.answer_values(),
                "saved_at": submission.updated_at,
                "versions": [
                    {"number": v.number, "submitted_at": v.submitted_at, **v.answer_values()}
                    for v in sorted(submission.versions.all(), key=lambda v: v.number)
                ],
                "revision_requests": [
                    {
                        "requested_at": r.created_at,
                        "note": r.note,
                        "answered_by_version": r.answered_version.number
                        if r.answered_version
                        else None,
                        "answered_at": r.answered_at,
                    }
                    for r in submission.revision_requests.all()
                ],
                "kept_drafts": [
                    {"kept_at": kept.created_at, **kept.answer}
                    for kept in submission.kept_drafts.all()
                ],
            }
        )
    return rows


def erase(user) -> None:
    Submission.objects.filter(user=user).delete()


def export_peer_assignments(user) -> list[dict]:
    """The peers' answers handed to the user for feedback: which exercise and when (the
    answers themselves are the peers' data; the feedback given is in "comments")."""
    assignments = (
        PeerAssignment.objects.filter(reviewer=user)
        .select_related("exercise")
        .order_by("created_at", "pk")
    )
    return [
        {
            "exercise": assignment.exercise.title,
            "submission_url": reverse("exercises:submission", args=[assignment.submission_id]),
            "handed_at": assignment.created_at,
        }
        for assignment in assignments
    ]


def erase_peer_assignments(user) -> None:
    PeerAssignment.objects.filter(reviewer=user).delete()
