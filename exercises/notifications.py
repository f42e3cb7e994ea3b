"""The email a learner gets when a trainer asks for a revision of an answer.

It honours the same preference as reply emails (`notify_replies`) and carries
the same signed one-click unsubscribe link, so one switch stops both.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from accounts.emails import send_email
from discussions.notifications import REPLIES, unsubscribe_token, wants_replies


def _absolute(request, path: str) -> str:
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def notify_revision_requested(revision, request=None) -> bool:
    """Queue the email to the learner; False when they turned these emails off."""
    submission = revision.submission
    learner = submission.user
    if not wants_replies(learner):
        return False
    language = getattr(learner, "preferred_language", "") or settings.LANGUAGE_CODE
    with translation.override(language):
        unsubscribe_url = _absolute(
            request, reverse("discussions:unsubscribe", args=[unsubscribe_token(learner, REPLIES)])
        )
        context = {
            "recipient": learner,
            "trainer_name": revision.requested_by.get_public_name()
            if revision.requested_by
            else "",
            "title": submission.exercise.title,
            "note": revision.note,
            "exercise_url": _absolute(request, submission.exercise.url or "/") + "#revision",
            "unsubscribe_url": unsubscribe_url,
        }
        subject = " ".join(
            render_to_string("exercises/email/revision_subject.txt", context).split()
        )
        body = render_to_string("exercises/email/revision.txt", context)
        html_body = render_to_string("exercises/email/revision.html", context)
    send_email(
        subject,
        body,
        [learner.email],
        html_body=html_body,
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    return True
