"""The courses section of "export my data" and "delete my account": enrolments (with
their session and course), the steps done, certificates, and the certificate log.

Deleting an account deletes its enrolments, and with them the completions and the
certificate: a certificate's public code no longer verifies once its learner is gone.
A trainer's revocation or reissue of the learner's certificate (when, why, which
code) is about the learner: it is in their export, and goes with the enrolments
(a database cascade); the trainer who acted is not named in the learner's export.
"""

from django.urls import reverse

from course.models import CertificateEvent, Completion, Enrolment


def export(user) -> list[dict]:
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("session__course")
        .order_by("enrolled_at", "pk")
    )
    completions: dict[int, list[dict]] = {e.pk: [] for e in enrolments}
    done = (
        Completion.objects.filter(enrolment__in=enrolments)
        .select_related("page")
        .order_by("completed_at", "pk")
    )
    for completion in done:
        completions[completion.enrolment_id].append(
            {
                "step": completion.page.title,
                "step_url": completion.page.url or "",
                "completed_at": completion.completed_at,
            }
        )
    return [
        {
            "course": enrolment.session.course.title,
            "course_url": enrolment.session.course.url or "",
            "session": str(enrolment.session),
            "enrolled_at": enrolment.enrolled_at,
            "left_at": enrolment.left_at,
            "last_activity_at": enrolment.last_activity_at,
            "completed_at": enrolment.completed_at,
            "certificate_code": enrolment.certificate_code,
            "certificate_check_url": reverse(
                "verify_certificate", args=[enrolment.certificate_code]
            )
            if enrolment.certificate_code
            else "",
            "steps_done": completions[enrolment.pk],
        }
        for enrolment in enrolments
    ]


def erase(user) -> None:
    Enrolment.objects.filter(user=user).delete()  # completions go with them


def export_certificate_log(user) -> list[dict]:
    events = CertificateEvent.objects.filter(enrolment__user=user).select_related(
        "enrolment__session__course"
    )
    return [
        {
            "course": event.enrolment.session.course.title,
            "session": event.enrolment.session.title,
            "action": event.action,
            "code": event.code,
            "reason": event.reason,
            "at": event.at,
        }
        for event in events
    ]


def erase_certificate_log(user) -> None:
    """Enrolments, and their log, go with the user row (cascade)."""
