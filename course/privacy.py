"""The certificate log section of "export my data" and "delete my account".

A trainer's revocation or reissue of the learner's certificate (when, why, which
code) is about the learner: it is in their export. Deleting the account deletes
their enrolments, and with them this log (a database cascade); the trainer who
acted is not named in the learner's export.
"""

from course.models import CertificateEvent


def export_certificate_log(user) -> list[dict]:
    events = CertificateEvent.objects.filter(enrollment__user=user).select_related(
        "enrollment__session__course"
    )
    return [
        {
            "course": event.enrollment.session.course.title,
            "session": event.enrollment.session.title,
            "action": event.action,
            "code": event.code,
            "reason": event.reason,
            "at": event.at,
        }
        for event in events
    ]


def erase_certificate_log(user) -> None:
    """Enrolments, and their log, go with the user row (cascade)."""
