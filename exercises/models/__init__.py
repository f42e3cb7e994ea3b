"""Exercises: the page a trainer configures and what learners hand in."""

from exercises.models.pages import ExercisePage
from exercises.models.submissions import (
    KeptDraft,
    PeerAssignment,
    Submission,
    SubmissionVersion,
)

__all__ = ["ExercisePage", "KeptDraft", "PeerAssignment", "Submission", "SubmissionVersion"]
