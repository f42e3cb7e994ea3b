"""Who may read a submission and its feedback thread.

The author always; trainers (the `exercises.view_submission` permission); and,
once it is submitted and shared, the learners enrolled in the same session of
the course as the author. Nobody else: a private answer is never shown to a
peer, whatever id they type.
"""

from course.learning import course_path_of_step
from course.models import Enrolment
from exercises.choices import Visibility

TRAINER_PERMISSION = "exercises.view_submission"


def is_trainer(user) -> bool:
    """Trainers read every submission and may ask for a revision."""
    return bool(user and user.is_authenticated and user.is_active) and user.has_perm(
        TRAINER_PERMISSION
    )


def are_session_peers(user, author_id: int, exercise) -> bool:
    """Both enrolled (active) in one session of the exercise's course: one query."""
    if not (user and user.is_authenticated):
        return False
    course_path = course_path_of_step(exercise)
    return (
        Enrolment.objects.active()
        .filter(
            user=user,
            session__course__path=course_path,
            session__in=Enrolment.objects.active().filter(user_id=author_id).values("session_id"),
        )
        .exists()
    )


def can_read_submission(submission, user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    if submission.user_id == user.pk or is_trainer(user):
        return True
    if submission.visibility != Visibility.SHARED or submission.last_version_id is None:
        return False
    return are_session_peers(user, submission.user_id, submission.exercise)
