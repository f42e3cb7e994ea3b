"""The state of a course session (a cohort) as a pure function of dates.

Modelled on Richie's CourseRun: a session has its own enrolment window and
running dates, so the same course can run again with a new cohort.
"""

import datetime
from collections.abc import Iterable
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _


class SessionState(models.TextChoices):
    UPCOMING = "upcoming", _("Enrolment opens soon")
    OPEN = "open", _("Enrolment open")
    RUNNING = "running", _("In progress, enrolment closed")
    ARCHIVED = "archived", _("Finished")


def compute_session_state(
    today: datetime.date,
    enrolment_opens_on: datetime.date,
    enrolment_closes_on: datetime.date,
    ends_on: datetime.date,
) -> SessionState:
    if today < enrolment_opens_on:
        return SessionState.UPCOMING
    if today <= enrolment_closes_on:
        return SessionState.OPEN
    if today <= ends_on:
        return SessionState.RUNNING
    return SessionState.ARCHIVED


def open_sessions(sessions: Iterable[Any], today: datetime.date) -> list:
    """The sessions one can enrol in today, the one that starts first first."""
    candidates = [s for s in sessions if s.state_on(today) == SessionState.OPEN]
    return sorted(candidates, key=lambda s: s.starts_on)  # a stable sort keeps ties in order


def open_session(sessions: Iterable[Any], today: datetime.date):
    """The session a visitor can enrol in today: the open one that starts first."""
    return next(iter(open_sessions(sessions, today)), None)


def next_session(sessions: Iterable[Any], today: datetime.date):
    """The next session whose enrolment has not opened yet."""
    candidates = [s for s in sessions if s.state_on(today) == SessionState.UPCOMING]
    return min(candidates, key=lambda s: s.enrolment_opens_on, default=None)


def module_opens_on(
    release_date: datetime.date | None,
    opens_after_days: int | None,
    session_starts_on: datetime.date | None,
) -> datetime.date | None:
    """The day a module opens for a learner, or None when it is open from the start.

    A module may open on a fixed date, a number of days after the learner's
    session starts, or both (then the later of the two: a new session never
    reaches a module before the trainer's fixed date). Without a session (a
    visitor, a learner not enrolled) only the fixed date is known.
    """
    days = []
    if release_date is not None:
        days.append(release_date)
    if opens_after_days is not None and session_starts_on is not None:
        days.append(session_starts_on + datetime.timedelta(days=opens_after_days))
    return max(days, default=None)


def session_date_problems(
    enrolment_opens_on: datetime.date | None,
    enrolment_closes_on: datetime.date | None,
    starts_on: datetime.date | None,
    ends_on: datetime.date | None,
) -> dict[str, str]:
    """What is wrong with a session's dates, in words, by the field to correct.

    The same rules as the session's database constraints, said where a trainer looks
    (the database's own message names a constraint). A missing date is the form's
    "required" error, not one of these.
    """
    problems = {}
    if starts_on and ends_on and ends_on < starts_on:
        problems["ends_on"] = _("The session cannot end before it starts.")
    if enrolment_opens_on and enrolment_closes_on and enrolment_closes_on < enrolment_opens_on:
        problems["enrolment_closes_on"] = _("Enrolment cannot close before it opens.")
    elif (
        enrolment_closes_on
        and ends_on
        and enrolment_closes_on > ends_on
        and "ends_on" not in problems
    ):
        # Against an end that is itself before the start, this would flag a second field
        # for one mistake: the end is said first.
        problems["enrolment_closes_on"] = _(
            "Enrolment must close on the session's last day at the latest."
        )
    return problems
