"""Exercises: the page a trainer configures and what learners hand in."""

from exercises.models.pages import ExercisePage
from exercises.models.submissions import (
    KeptDraft,
    PeerAssignment,
    RevisionRequest,
    Submission,
    SubmissionVersion,
)

__all__ = [
    "ExercisePage",
    "KeptDraft",
    "PeerAssignment",
    "RevisionRequest",
    "Submission",
    "SubmissionVersion",
]
