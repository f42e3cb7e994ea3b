"""What a learner does in a course: enrol, leave, mark steps done, earn a certificate.

Every function here costs a fixed number of queries whatever the size of the
course, the class or the learner's history.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Case, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone
from wagtail.models import Page

from course.models.learning import Completion, CourseSession, Enrollment, new_certificate_code
from course.outline import Outline, schedule_modules
from course.progress import CourseProgress, compute_progress
from course.reachability import module_not_live
from course.sessions import SessionState, open_session


@dataclass
class LearnerState:
    enrollment: Enrollment | None
    progress: CourseProgress | None
    done_ids: frozenset[int] = frozenset()

    @property
    def is_enrolled(self) -> bool:
        return self.enrollment is not None


def learner_state(user, course: Page, outline: Outline) -> LearnerState:
    """The learner's active enrolment in the course and their progress, in one query.

    It also dates the outline's modules for this learner: a module that opens some
    days after a session starts opens on a date of the learner's own session.
    """
    today = timezone.localdate()
    if not user.is_authenticated:
        schedule_modules(outline, None, today)
        return LearnerState(None, None)
    rows = list(
        Enrollment.objects.active()
        .filter(user=user, session__course_id=course.pk)
        .order_by("-enrolled_at")
        .values(
            "pk",
            "session_id",
            "session__starts_on",
            "completed_at",
            "certificate_code",
            "completions__page_id",
        )
    )
    if not rows:
        schedule_modules(outline, None, today)
        compute_progress(outline, set())
        return LearnerState(None, None)
    first = rows[0]
    schedule_modules(outline, first["session__starts_on"], today)
    enrollment = Enrollment(
        pk=first["pk"],
        user=user,
        session_id=first["session_id"],
        completed_at=first["completed_at"],
        certificate_code=first["certificate_code"],
    )
    done = {r["completions__page_id"] for r in rows if r["pk"] == first["pk"]} - {None}
    return LearnerState(enrollment, compute_progress(outline, done), frozenset(done))


def course_path_of_step(step: Page) -> str:
    """Steps sit two levels under their course (course > module > step)."""
    return step.path[: (step.depth - 2) * Page.steplen]


def enrolment_for_step(user, step: Page) -> Enrollment | None:
    return (
        Enrollment.objects.active()
        .filter(user=user, session__course__path=course_path_of_step(step))
        .only("pk", "completed_at")
        .first()
    )


def set_step_done(enrollment: Enrollment, step: Page, done: bool) -> None:
    """Record (or undo) a step, and issue the certificate when nothing is left to do.

    Idempotent: marking twice or undoing twice changes nothing. Two queries.
    """
    now = timezone.now()
    if done:
        Completion.objects.bulk_create(
            [Completion(enrollment_id=enrollment.pk, page_id=step.pk, completed_at=now)],
            ignore_conflicts=True,
        )
    else:
        Completion.objects.filter(enrollment_id=enrollment.pk, page_id=step.pk).delete()

    steps_left = (
        Page.objects.filter(path__startswith=course_path_of_step(step), depth=step.depth, live=True)
        .exclude(module_not_live(step.depth))  # unreachable: not required
        .exclude(
            Exists(Completion.objects.filter(enrollment_id=enrollment.pk, page_id=OuterRef("pk")))
        )
    )
    finishing = Q(completed_at__isnull=True) & ~Q(Exists(steps_left))
    updates = {"last_activity_at": now, "last_page_id": step.pk}
    if done:
        updates["completed_at"] = Case(When(finishing, then=Value(now)), default=F("completed_at"))
        updates["certificate_code"] = Case(
            When(finishing, then=Value(new_certificate_code())), default=F("certificate_code")
        )
    Enrollment.objects.filter(pk=enrollment.pk).update(**updates)


class EnrolmentClosed(Exception):
    pass


def enrol(user, course: Page) -> Enrollment:
    """Enrol in the course's open session (or come back to it after leaving)."""
    today = timezone.localdate()
    sessions = list(CourseSession.objects.filter(course_id=course.pk))
    existing = (
        Enrollment.objects.filter(user=user, session__in=sessions).order_by("-enrolled_at").first()
    )
    if existing is not None and existing.session.state_on(today) != SessionState.ARCHIVED:
        if existing.left_at is not None:
            existing.left_at = None
            existing.save(update_fields=["left_at"])
        return existing
    session = open_session(sessions, today)
    if session is None:
        raise EnrolmentClosed
    try:
        with transaction.atomic():
            return Enrollment.objects.create(user=user, session=session)
    except IntegrityError:
        return Enrollment.objects.get(user=user, session=session)


def leave(enrollment: Enrollment) -> None:
    """Leave the course; completions are kept, so coming back resumes where one was."""
    if enrollment.left_at is None:
        enrollment.left_at = timezone.now()
        enrollment.save(update_fields=["left_at"])
