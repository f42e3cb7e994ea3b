"""Exercises: the page a trainer configures and what learners hand in."""

from exercises.models.pages import ExercisePage
from exercises.models.submissions import (
    PeerAssignment,
    RevisionRequest,
    Submission,
    SubmissionVersion,
)

__all__ = ["ExercisePage", "PeerAssignment", "RevisionRequest", "Submission", "SubmissionVersion"]
