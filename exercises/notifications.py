"""The email a learner gets when a trainer asks for a revision of an answer.

It honours the same preference as reply emails (`notify_replies`) and carries
the same signed one-click unsubscribe link, so one switch stops both.
"""

from discussions.notifications import (
    REPLIES,
    absolute_url,
    send_with_unsubscribe,
    wants_replies,
)


def notify_revision_requested(revision, request=None) -> bool:
    """Queue the email to the learner; False when they turned these emails off."""
    submission = revision.submission
    learner = submission.user
    if not wants_replies(learner):
        return False

    def context():
        return {
            "trainer_name": revision.requested_by.get_public_name()
            if revision.requested_by
            else "",
            "title": submission.exercise.title,
            "note": revision.note,
            "exercise_url": absolute_url(request, submission.exercise.url or "/") + "#revision",
        }

    send_with_unsubscribe(learner, REPLIES, "exercises/email/revision", context, request)
    return True
