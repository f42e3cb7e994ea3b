"""What a learner does in a course: enrol, leave, mark steps done, earn a certificate.

Every function here costs a fixed number of queries whatever the size of the
course, the class or the learner's history.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Case, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone
from wagtail.models import Page

from course.models.enrolments import (
    CertificateAction,
    CertificateEvent,
    Completion,
    CourseSession,
    Enrolment,
    new_certificate_code,
)
from course.outline import Outline, schedule_modules
from course.progress import CourseProgress, compute_progress
from course.reachability import module_not_live
from course.sessions import SessionState, open_sessions


@dataclass
class LearnerState:
    enrolment: Enrolment | None
    progress: CourseProgress | None
    done_ids: frozenset[int] = frozenset()

    @property
    def is_enrolled(self) -> bool:
        return self.enrolment is not None


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
        Enrolment.objects.active()
        .filter(user=user, session__course_id=course.pk)
        .order_by("-enrolled_at")
        .values(
            "pk",
            "session_id",
            "session__starts_on",
            "completed_at",
            "certificate_code",
            "certificate_revoked_at",
            "completions__page_id",
        )
    )
    if not rows:
        schedule_modules(outline, None, today)
        compute_progress(outline, set())
        return LearnerState(None, None)
    first = rows[0]
    schedule_modules(outline, first["session__starts_on"], today)
    enrolment = Enrolment(
        pk=first["pk"],
        user=user,
        session_id=first["session_id"],
        completed_at=first["completed_at"],
        certificate_code=first["certificate_code"],
        certificate_revoked_at=first["certificate_revoked_at"],
    )
    done = {r["completions__page_id"] for r in rows if r["pk"] == first["pk"]} - {None}
    return LearnerState(enrolment, compute_progress(outline, done), frozenset(done))


def enrolments_progress(enrolments: list[Enrolment], outlines: dict, today) -> dict:
    """Each enrolment's progress through its course's outline (`outlines[enrolment pk]`),
    whose modules it dates for the enrolment's session: one query whatever their number."""
    done: dict[int, set[int]] = {enrolment.pk: set() for enrolment in enrolments}
    for enrolment_id, page_id in Completion.objects.filter(enrolment_id__in=done).values_list(
        "enrolment_id", "page_id"
    ):
        done[enrolment_id].add(page_id)
    progress = {}
    for enrolment in enrolments:
        outline = outlines[enrolment.pk]
        schedule_modules(outline, enrolment.session.starts_on, today)
        progress[enrolment.pk] = compute_progress(outline, done[enrolment.pk])
    return progress


def course_path_of_step(step: Page) -> str:
    """Steps sit two levels under their course (course > module > step)."""
    return step.path[: (step.depth - 2) * Page.steplen]


def enrolment_for_step(user, step: Page) -> Enrolment | None:
    return (
        Enrolment.objects.active()
        .filter(user=user, session__course__path=course_path_of_step(step))
        .only("pk", "completed_at")
        .first()
    )


def set_step_done(enrolment: Enrolment, step: Page, done: bool) -> None:
    """Record (or undo) a step, and issue the certificate when nothing is left to do.

    Idempotent: marking twice or undoing twice changes nothing. Two queries.
    """
    now = timezone.now()
    if done:
        Completion.objects.bulk_create(
            [Completion(enrolment_id=enrolment.pk, page_id=step.pk, completed_at=now)],
            ignore_conflicts=True,
        )
    else:
        Completion.objects.filter(enrolment_id=enrolment.pk, page_id=step.pk).delete()

    steps_left = (
        Page.objects.filter(path__startswith=course_path_of_step(step), depth=step.depth, live=True)
        .exclude(module_not_live(step.depth))  # unreachable: not required
        .exclude(
            Exists(Completion.objects.filter(enrolment_id=enrolment.pk, page_id=OuterRef("pk")))
        )
    )
    finishing = Q(completed_at__isnull=True) & ~Q(Exists(steps_left))
    updates = {"last_activity_at": now, "last_page_id": step.pk}
    if done:
        updates["completed_at"] = Case(When(finishing, then=Value(now)), default=F("completed_at"))
        updates["certificate_code"] = Case(
            When(finishing, then=Value(new_certificate_code())), default=F("certificate_code")
        )
    Enrolment.objects.filter(pk=enrolment.pk).update(**updates)


def reopen_step(user, step: Page) -> bool:
    """Undo a step's completion on someone else's behalf (a trainer asks for more work).

    Unlike `set_step_done(..., False)` it leaves the learner's last activity as it
    was, and it never takes back a certificate already issued. One or two queries.
    """
    enrolment = enrolment_for_step(user, step)
    if enrolment is None:
        return False
    deleted, _rows = Completion.objects.filter(enrolment_id=enrolment.pk, page_id=step.pk).delete()
    return bool(deleted)


class EnrolmentClosed(Exception):
    pass


class EnrolmentRefused(Exception):
    """A trainer's enrolment change that cannot be made; the message says why."""


def enrol(user, course: Page, session_id: int | None = None) -> Enrolment:
    """Enrol in an open session of the course (or come back to the one left).

    When several sessions are open the learner names one (`session_id`); without
    a choice, the open session that starts first is taken.
    """
    today = timezone.localdate()
    sessions = list(CourseSession.objects.filter(course_id=course.pk))
    existing = (
        Enrolment.objects.filter(user=user, session__in=sessions).order_by("-enrolled_at").first()
    )
    if existing is not None and existing.session.state_on(today) != SessionState.ARCHIVED:
        if existing.left_at is not None:
            existing.left_at = None
            existing.save(update_fields=["left_at"])
        return existing
    candidates = open_sessions(sessions, today)
    if session_id is not None:
        candidates = [s for s in candidates if s.pk == session_id]
    if not candidates:
        raise EnrolmentClosed
    return _enrol_in(user, candidates[0])


def _enrol_in(user, session: CourseSession) -> Enrolment:
    try:
        with transaction.atomic():
            return Enrolment.objects.create(user=user, session=session)
    except IntegrityError:
        return Enrolment.objects.get(user=user, session=session)


def enrol_by_trainer(user, session: CourseSession) -> Enrolment:
    """A trainer enrols someone in a session, whatever its enrolment window.

    A learner already following another session of the course is moved instead:
    one active enrolment per course.
    """
    current = (
        Enrolment.objects.active()
        .filter(user=user, session__course_id=session.course_id)
        .exclude(session=session)
        .first()
    )
    if current is not None:
        return move_enrolment(current, session)
    enrolment = _enrol_in(user, session)
    if enrolment.left_at is not None:
        enrolment.left_at = None
        enrolment.save(update_fields=["left_at"])
    return enrolment


def move_enrolment(enrolment: Enrolment, session: CourseSession) -> Enrolment:
    """Move a learner to another session of the same course, progress and certificate kept."""
    if session.course_id != enrolment.session.course_id:
        raise EnrolmentRefused("other_course")
    if session.pk == enrolment.session_id:
        return enrolment
    if Enrolment.objects.filter(user_id=enrolment.user_id, session=session).exists():
        # An older enrolment in that session, left since, has progress of its own:
        # merging the two is a decision for a person, not for this function.
        raise EnrolmentRefused("already_in_session")
    enrolment.session = session
    enrolment.left_at = None
    enrolment.save(update_fields=["session", "left_at"])
    return enrolment


def _log_certificate(enrolment, action, actor, reason) -> CertificateEvent:
    return CertificateEvent.objects.create(
        enrolment=enrolment,
        action=action,
        code=enrolment.certificate_code,
        reason=reason,
        actor=actor,
    )


def revoke_certificate(enrolment: Enrolment, actor, reason: str) -> CertificateEvent:
    """Withdraw a certificate: its public check page then says it is revoked."""
    if not enrolment.has_valid_certificate:
        raise EnrolmentRefused("no_certificate")
    with transaction.atomic():
        enrolment.certificate_revoked_at = timezone.now()
        enrolment.save(update_fields=["certificate_revoked_at"])
        return _log_certificate(enrolment, CertificateAction.REVOKED, actor, reason)


def reissue_certificate(enrolment: Enrolment, actor, reason: str) -> CertificateEvent:
    """A new certificate with a new code; the old code is revoked (logged) if it was not."""
    if enrolment.completed_at is None:
        raise EnrolmentRefused("not_completed")
    with transaction.atomic():
        if enrolment.certificate_revoked_at is None:
            _log_certificate(enrolment, CertificateAction.REVOKED, actor, reason)
        enrolment.certificate_code = new_certificate_code()
        enrolment.certificate_revoked_at = None
        enrolment.save(update_fields=["certificate_code", "certificate_revoked_at"])
        return _log_certificate(enrolment, CertificateAction.REISSUED, actor, reason)


def leave(enrolment: Enrolment) -> None:
    """Leave the course; completions are kept, so coming back resumes where one was."""
    if enrolment.left_at is None:
        enrolment.left_at = timezone.now()
        enrolment.save(update_fields=["left_at"])
