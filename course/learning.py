"""What a learner does in a course: enrol, leave, mark steps done, earn a certificate.

Every function here costs a fixed number of queries whatever the size of the
course, the class or the learner's history.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db import IntegrityError, transaction
from django.db.models import (
    Case,
    Exists,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThanOrEqual
from django.utils import timezone
from wagtail.models import Page

from course.models.enrolments import (
    CertificateAction,
    CertificateEvent,
    Completion,
    CourseSession,
    Enrolment,
    StepScore,
    new_certificate_code,
)
from course.outline import Outline, schedule_modules
from course.progress import CourseProgress, compute_progress
from course.reachability import module_not_live
from course.sessions import SessionState, open_sessions
from course.steps import optional_q, scored_q


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
    """Record (or undo) a step, and issue the certificate when nothing required is left.

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
    updates = {"last_activity_at": now, "last_page_id": step.pk}
    if done:
        updates.update(_certificate_updates(_certificate_due(step), now))
    Enrolment.objects.filter(pk=enrolment.pk).update(**updates)


def record_score(enrolment: Enrolment, step: Page, score: int) -> None:
    """Keep `score` (0 to 100) as the learner's counted score on a scored step (a quiz),
    and issue the certificate if it was waiting for the course's minimum average.

    The step's own app decides which attempt counts (best or last); this is what the
    certificate reads. Two queries.
    """
    now = timezone.now()
    StepScore.objects.bulk_create(
        [StepScore(enrolment_id=enrolment.pk, page_id=step.pk, score=score, updated_at=now)],
        update_conflicts=True,
        unique_fields=["enrolment", "page"],
        update_fields=["score", "updated_at"],
    )
    Enrolment.objects.filter(pk=enrolment.pk).update(
        **_certificate_updates(_certificate_due(step), now)
    )


CERTIFICATE_BATCH = 1000


def issue_due_certificates(course: Page) -> int:
    """Issue the certificates a change of rules makes due (a step made optional, a
    minimum average lowered, a step unpublished): the learners who now have done
    everything the course asks. Never takes a certificate back: a rule made harder
    leaves the certificates already issued as they are.

    Two queries to find them, then one per thousand learners to give each a code of
    their own, whatever the course's size. Returns how many were issued.
    """
    step_depth = course.depth + 2
    if not _course_steps(course.path, step_depth).exclude(optional_q()).exists():
        return 0  # a course with nothing required gives no certificate
    due_ids = list(
        Enrolment.objects.active()
        .filter(session__course_id=course.pk)
        .filter(_certificate_due(course, depth=step_depth))
        .values_list("pk", flat=True)
    )
    now = timezone.now()
    for start in range(0, len(due_ids), CERTIFICATE_BATCH):
        batch = [
            Enrolment(pk=pk, completed_at=now, certificate_code=new_certificate_code())
            for pk in due_ids[start : start + CERTIFICATE_BATCH]
        ]
        Enrolment.objects.bulk_update(batch, ["completed_at", "certificate_code"])
    return len(due_ids)


def _course_steps(course_path: str, depth: int):
    """The live steps of a course whose module is live: what the certificate can ask for."""
    return Page.objects.filter(path__startswith=course_path, depth=depth, live=True).exclude(
        module_not_live(depth)
    )


def _certificate_due(step_or_course: Page, *, depth: int | None = None) -> Q:
    """Matches the enrolments (the rows being filtered or updated) whose certificate is due
    in the course of `step_or_course`: every required step done, and the minimum average
    score reached if the course sets one. No query of its own.

    Optional steps never hold it back (course/steps.py); a missing score counts 0.
    """
    if depth is None:
        course_path, depth = course_path_of_step(step_or_course), step_or_course.depth
    else:
        course_path = step_or_course.path
    steps = _course_steps(course_path, depth)
    steps_left = steps.exclude(optional_q()).exclude(
        Exists(
            Completion.objects.filter(enrolment_id=OuterRef(OuterRef("pk")), page_id=OuterRef("pk"))
        )
    )
    due = Q(completed_at__isnull=True) & ~Q(Exists(steps_left))
    # The course's minimum average, read in the same statement: the average over the
    # scored steps, a missing score counting 0, in whole numbers (total >= minimum x
    # count). No minimum, or no scored step: nothing to reach.
    scored_steps = scored_q()
    if scored_steps is None:
        return due
    course_pages = apps.get_model("course", "CoursePage").objects.filter(path=course_path)
    minimum = Subquery(course_pages.values("certificate_min_average")[:1])
    scored = steps.filter(scored_steps)
    total = Coalesce(
        Subquery(
            StepScore.objects.filter(enrolment_id=OuterRef("pk"), page__in=scored)
            .values("enrolment_id")
            .annotate(total=Sum("score"))
            .values("total")[:1]
        ),
        0,
    )
    count = Subquery(
        scored.order_by()
        .annotate(n=Func(F("pk"), function="COUNT", output_field=IntegerField()))
        .values("n")[:1],
        output_field=IntegerField(),
    )
    due &= Q(Exists(course_pages.filter(certificate_min_average__isnull=True))) | Q(
        GreaterThanOrEqual(total, ExpressionWrapper(count * minimum, output_field=IntegerField()))
    )
    return due


def _certificate_updates(due: Q, now) -> dict:
    return {
        "completed_at": Case(When(due, then=Value(now)), default=F("completed_at")),
        "certificate_code": Case(
            When(due, then=Value(new_certificate_code())), default=F("certificate_code")
        ),
    }


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
