"""The courses section of "export my data" and "delete my account": enrolments (with
their session and course), the steps done, certificates, and the certificate log.

Deleting an account deletes its enrolments, and with them the completions and the
certificate: a certificate's public code no longer verifies once its learner is gone.
A trainer's revocation or reissue of the learner's certificate (when, why, which
code) is about the learner: it is in their export, and goes with the enrolments
(a database cascade); the trainer who acted is not named in the learner's export.
"""

from django.urls import reverse

from course.models import CertificateEvent, Completion, Enrollment


def export(user) -> list[dict]:
    enrollments = list(
        Enrollment.objects.filter(user=user)
        .select_related("session__course")
        .order_by("enrolled_at", "pk")
    )
    completions: dict[int, list[dict]] = {e.pk: [] for e in enrollments}
    done = (
        Completion.objects.filter(enrollment__in=enrollments)
        .select_related("page")
        .order_by("completed_at", "pk")
    )
    for completion in done:
        completions[completion.enrollment_id].append(
            {
                "step": completion.page.title,
                "step_url": completion.page.url or "",
                "completed_at": completion.completed_at,
            }
        )
    return [
        {
            "course": enrollment.session.course.title,
            "course_url": enrollment.session.course.url or "",
            "session": str(enrollment.session),
            "enrolled_at": enrollment.enrolled_at,
            "left_at": enrollment.left_at,
            "last_activity_at": enrollment.last_activity_at,
            "completed_at": enrollment.completed_at,
            "certificate_code": enrollment.certificate_code,
            "certificate_check_url": reverse(
                "verify_certificate", args=[enrollment.certificate_code]
            )
            if enrollment.certificate_code
            else "",
            "steps_done": completions[enrollment.pk],
        }
        for enrollment in enrollments
    ]


def erase(user) -> None:
    Enrollment.objects.filter(user=user).delete()  # completions go with them


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
