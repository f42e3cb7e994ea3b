"""What a learner does in a course: enrol, leave, mark steps done, earn a certificate.

Every function here costs a fixed number of queries whatever the size of the
course, the class or the learner's history.
"""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
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

from config import generations
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


# What a learner's record holds of each enrolment, its session and its course.
_ENROLMENT_FIELDS = tuple(f.attname for f in Enrolment._meta.concrete_fields)
_SESSION_FIELDS = tuple(f.attname for f in CourseSession._meta.concrete_fields)
_COURSE_FIELDS = ("path", "depth")


@dataclass
class EnrolmentRecord:
    """One enrolment of the learner, active or left, built anew for each request from
    their kept record (so that a caller may change it)."""

    enrolment: Enrolment  # with its `session`
    course: Page  # only pk, path and depth: the outline reads no more
    done: dict[int, datetime.datetime]  # page pk -> when


def learner_record(user) -> list[EnrolmentRecord]:
    """Every enrolment of `user` (newest activity first) with its session, its course and
    its completions: one query, none while the record is kept.

    Kept in the shared cache under the content generation (a course moved, a session
    edited: see course/apps.py) and the learner's (config/generations.py: every write
    of their enrolments, completions, scores and certificates bumps it), so a lesson,
    a round table and the dashboard build no query for it between two changes. Without
    a cache it is read every time.
    """
    key = record_key(user.pk)
    if key is None:
        return _records(_read_record(user.pk))
    rows = generations.cached(key)
    if rows is None:
        rows = _read_record(user.pk)
        cache.set(key, rows, getattr(settings, "SHARED_HTML_SECONDS", 24 * 3600))
    return _records(rows)


def record_key(user_pk) -> str | None:
    """Where the learner's record is kept; None without a cache."""
    generation = generations.current()
    learner = generations.learner_generation(user_pk) if user_pk else None
    if generation is None or learner is None:
        return None
    return f"learner_record:{generation}.{learner}:{user_pk}"


def _read_record(user_pk) -> list[tuple]:
    """[(enrolment, session and course columns, ((page pk, when), ...)), ...]: plain
    values, cheap to keep and to read back. A row per completion (one for an enrolment
    without any): the enrolment's columns repeat, which costs less than a second query."""
    rows = (
        Enrolment.objects.filter(user_id=user_pk)
        .order_by("-last_activity_at", "-enrolled_at", "pk")
        .values_list(
            *_ENROLMENT_FIELDS,
            *(f"session__{name}" for name in _SESSION_FIELDS),
            *(f"session__course__{name}" for name in _COURSE_FIELDS),
            "completions__page_id",
            "completions__completed_at",
        )
    )
    by_pk: dict[int, tuple] = {}
    for row in rows:
        _columns, done = by_pk.setdefault(row[0], (row[:-2], []))
        if row[-2] is not None:
            done.append(row[-2:])
    return [(columns, tuple(done)) for columns, done in by_pk.values()]


def _records(rows) -> list[EnrolmentRecord]:
    enrolment_end = len(_ENROLMENT_FIELDS)
    session_end = enrolment_end + len(_SESSION_FIELDS)
    records = []
    for columns, done in rows:
        enrolment = Enrolment(**dict(zip(_ENROLMENT_FIELDS, columns[:enrolment_end], strict=True)))
        enrolment.session = CourseSession(
            **dict(zip(_SESSION_FIELDS, columns[enrolment_end:session_end], strict=True))
        )
        path, depth = columns[session_end:]
        course = Page(pk=enrolment.session.course_id, path=path, depth=depth)
        records.append(EnrolmentRecord(enrolment, course, dict(done)))
    return records


def learner_state(user, course: Page, outline: Outline) -> LearnerState:
    """The learner's active enrolment in the course and their progress, from their
    record (`learner_record`: one query, none while it is kept).

    It also dates the outline's modules for this learner: a module that opens some
    days after a session starts opens on a date of the learner's own session.
    """
    today = timezone.localdate()
    if not user.is_authenticated:
        schedule_modules(outline, None, today)
        return LearnerState(None, None)
    active = [
        record
        for record in learner_record(user)
        if record.course.pk == course.pk and record.enrolment.left_at is None
    ]
    if not active:
        schedule_modules(outline, None, today)
        compute_progress(outline, set())
        return LearnerState(None, None)
    # The latest enrolment, as the one active enrolment per course may have had others.
    record = max(active, key=lambda record: record.enrolment.enrolled_at)
    enrolment = record.enrolment
    enrolment.user = user
    schedule_modules(outline, enrolment.session.starts_on, today)
    done = set(record.done)
    return LearnerState(enrolment, compute_progress(outline, done), frozenset(done))


def enrolment_changed(sender, instance, **kwargs) -> None:
    """An enrolment saved or deleted (enrol, leave, a session moved, a certificate revoked
    or reissued, an account erased): its learner's kept record is out of date."""
    generations.bump_learner(instance.user_id)


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
        .only("pk", "user_id", "completed_at")
        .first()
    )


def set_step_done(enrolment: Enrolment, step: Page, done: bool) -> None:
    """Record (or undo) a step, and issue the certificate when nothing required is left.

    Idempotent: marking twice or undoing twice changes nothing. Two queries (three for
    an enrolment given by its pk alone: whose it is, for `bump_learner`).
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
    _bump_learner_of(enrolment)


def _bump_learner_of(enrolment: Enrolment) -> None:
    """The learner's kept record is out of date (an `update()` sends no signal)."""
    user_id = enrolment.__dict__.get("user_id")  # never a deferred field's query
    if user_id is None:
        user_id = Enrolment.objects.filter(pk=enrolment.pk).values_list("user_id", flat=True)
        user_id = user_id.first()
    generations.bump_learner(user_id)


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
    _bump_learner_of(enrolment)


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
    due = list(
        Enrolment.objects.active()
        .filter(session__course_id=course.pk)
        .filter(_certificate_due(course, depth=step_depth))
        .values_list("pk", "user_id")
    )
    now = timezone.now()
    for start in range(0, len(due), CERTIFICATE_BATCH):
        rows = due[start : start + CERTIFICATE_BATCH]
        batch = [
            Enrolment(pk=pk, completed_at=now, certificate_code=new_certificate_code())
            for pk, _user_id in rows
        ]
        Enrolment.objects.bulk_update(batch, ["completed_at", "certificate_code"])
        generations.bump_learner(*(user_id for _pk, user_id in rows))
    return len(due)


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
    generations.bump_learner(user.pk)
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
