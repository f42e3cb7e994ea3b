"""Who sees which session's timeline, and who may post in it.

A learner sees the timeline of the session of their active enrolment in the
course, and only that one; trainers (the `practice.view_post` permission, which
the Trainers group holds) see every session's, picking one. Nobody else sees any:
not a visitor, not a learner of another course or of another session. Wagtail's
page privacy applies on top, as for every step (`accepts_viewer`).
"""

import time
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils import translation

from config import generations
from course.learning import course_path_of_step
from course.models import CourseSession, Enrolment

TRAINER_PERMISSION = "practice.view_post"
# A poll every 5 s re-checks who the reader is at most this often. Leaving a session (any
# change of one's enrolments) closes its timeline at once (`forget_access`); a trainer's
# permissions and a confirmed email are re-read within this delay.
ACCESS_SECONDS = 30
# How long a Writer is kept (`keep_writer`): everything it holds is checked again at once
# when it changes (see `known_writer`), so it can be kept as long as a class session; a
# learner posting every few minutes never takes the page's full path again.
WRITER_SECONDS = 3600
# The per-person stamp outlives every grant and poll token made under it (an hour):
# once it is gone, what was made under it no longer matches and is checked again.
STAMP_SECONDS = 24 * 3600


def is_trainer(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active) and user.has_perm(
        TRAINER_PERMISSION
    )


@dataclass
class Reader:
    """What one person may see of a practice page: `session` (None: no timeline), the
    sessions a trainer picks from, and whether this is the reader's own session."""

    session: CourseSession | None = None
    sessions: list[CourseSession] = field(default_factory=list)
    trainer: bool = False
    enrolment_id: int | None = None

    @property
    def may_post(self) -> bool:
        return self.session is not None


def learner_session_id(user, page) -> tuple[int, int] | None:
    """(enrolment id, session id) of the user's active enrolment in the page's course."""
    if not (user and user.is_authenticated):
        return None
    row = (
        Enrolment.objects.active()
        .filter(user=user, session__course__path=course_path_of_step(page))
        .order_by("-enrolled_at")
        .values_list("pk", "session_id")
        .first()
    )
    return tuple(row) if row else None


def reader_for(page, user, wanted_session: str = "", enrolment=None) -> Reader:
    """The timeline `user` sees on `page`: their session's, or for a trainer the session
    asked for (`wanted_session`, an id as typed) or the most recent one. One or two
    queries; `enrolment` (from the page's learner state) saves one."""
    if is_trainer(user):
        sessions = list(
            CourseSession.objects.filter(course__path=course_path_of_step(page)).order_by(
                "-starts_on", "-pk"
            )
        )
        chosen = next((s for s in sessions if str(s.pk) == wanted_session), None)
        own = learner_session_id(user, page) if chosen is None else None
        if chosen is None and own is not None:
            chosen = next((s for s in sessions if s.pk == own[1]), None)
        return Reader(chosen or next(iter(sessions), None), sessions, trainer=True)
    if enrolment is not None:
        found = (enrolment.pk, enrolment.session_id)
    else:
        found = learner_session_id(user, page)
    if found is None:
        return Reader()
    session = CourseSession.objects.filter(pk=found[1]).first()
    return Reader(session, [], trainer=False, enrolment_id=found[0])


def stamp_key(user_id: int) -> str:
    return f"practice:access:{user_id}"


def access_stamp(user_id: int) -> int:
    """The person's access stamp: what every grant kept in the cache for them (and every
    poll token, practice/poll.py) was made under; 0 until their enrolments first change."""
    return cache.get(stamp_key(user_id)) or 0


def forget_access(user_id: int) -> None:
    """A new stamp: every kept grant and poll token of the person stops working (their
    enrolments changed: they left a session, moved to another, came back)."""
    cache.set(stamp_key(user_id), time.time_ns(), STAMP_SECONDS)


def forget_access_of_enrolment(sender, instance, **kwargs) -> None:
    """Connected to Enrolment's post_save and post_delete (practice/apps.py)."""
    forget_access(instance.user_id)


def _reader_key(page_id: int, session_id: int, user_id: int) -> str:
    return f"practice:reader:{page_id}:{session_id}:{user_id}"


def known_reader(page_id: int, session_id: int, user) -> bool:
    """Whether `user` was let into this timeline in the last ACCESS_SECONDS and their
    enrolments have not changed since: one cache round trip, no query."""
    key = _reader_key(page_id, session_id, user.pk)
    found = cache.get_many([key, stamp_key(user.pk)])
    granted = found.get(key)
    return granted is not None and granted == (found.get(stamp_key(user.pk)) or 0)


def may_read_session(page, user, session_id: int, request=None) -> bool:
    """Whether `user` may read session `session_id`'s timeline on `page` (kept briefly in
    the shared cache: the poll asks every 5 s)."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if known_reader(page.pk, session_id, user):
        return True
    # Read before the check: a change of enrolment while checking makes the grant stale.
    stamp = access_stamp(user.pk)
    allowed = page.accepts_viewer(user, request) and (
        CourseSession.objects.filter(pk=session_id, course__path=course_path_of_step(page)).exists()
        if is_trainer(user)
        else (learner_session_id(user, page) or (None, None))[1] == session_id
    )
    if allowed:
        cache.set(_reader_key(page.pk, session_id, user.pk), stamp, ACCESS_SECONDS)
    return allowed


@dataclass(frozen=True)
class Writer:
    """What posting on a timeline needs to know of a person let in to post there (their
    enrolment or trainer's role, their session, a confirmed email, the page's goal and
    address), kept WRITER_SECONDS in the shared cache (`keep_writer`) so that a post
    costs no routing, privacy or enrolment query (practice/timeline_page.py `post_endpoint`)."""

    page_id: int
    session_id: int
    enrolment_id: int | None
    trainer: bool
    page_url: str
    done_by_goal: bool
    goal: tuple[int, int, int, int]  # goals.GoalCounts' fields, in order
    done: bool  # the step was done when this was kept
    # What it was checked under, all read before the checks: the person's access stamp,
    # the content generation and the person's own (config/generations.py).
    stamp: int
    generation: int | None
    learner_generation: int | None


WRITER_VERSION = 2


def _writer_key(request, page_id: int, wanted_session: str) -> str:
    # The language and host: the page's address depends on them. The version: a Writer
    # of another shape (an older release) is never read back.
    return (
        f"practice:writer:{WRITER_VERSION}:{translation.get_language()}:{request.get_host()}:"
        f"{page_id}:{request.user.pk}:{wanted_session}"
    )


def known_writer(request, page_id: int, wanted_session: str = "") -> Writer | None:
    """The kept Writer of the signed-in person on this page (None: check again), still
    valid when nothing it was checked under changed since: one cache round trip, no query.

    - The content generation: a page published, moved or unpublished, any change of page
      privacy, a session's dates, a group's permissions.
    - The person's access stamp: their enrolments.
    - The person's generation: their account (active, email addresses), their groups
      and own permissions (a trainer's role).
    """
    key = _writer_key(request, page_id, wanted_session)
    pk = request.user.pk
    stamp, learner = stamp_key(pk), generations.learner_generation_key(pk)
    found = cache.get_many([generations.GENERATION_KEY, key, stamp, learner])
    writer = found.get(key)
    if not isinstance(writer, Writer) or None in (writer.generation, writer.learner_generation):
        return None
    if writer.generation != found.get(generations.GENERATION_KEY):
        return None
    if writer.learner_generation != found.get(learner):
        return None
    return writer if writer.stamp == (found.get(stamp) or 0) else None


def keep_writer(request, writer: Writer, wanted_session: str = "") -> None:
    """Keep `writer`, checked fully, for the next posts of the next WRITER_SECONDS."""
    if None not in (writer.generation, writer.learner_generation):
        key = _writer_key(request, writer.page_id, wanted_session)
        cache.set(key, writer, WRITER_SECONDS)
