"""Session state is a pure function of the dates (no database)."""

import datetime
from dataclasses import dataclass

import pytest

from course.sessions import (
    SessionState,
    compute_session_state,
    module_opens_on,
    next_session,
    open_session,
)

D = datetime.date


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2027, 1, 1), SessionState.UPCOMING),
        (D(2027, 2, 1), SessionState.OPEN),
        (D(2027, 3, 1), SessionState.OPEN),
        (D(2027, 3, 2), SessionState.RUNNING),
        (D(2027, 5, 31), SessionState.RUNNING),
        (D(2027, 6, 1), SessionState.ARCHIVED),
    ],
)
def test_state_follows_the_enrolment_window_then_the_running_dates(today, expected):
    assert compute_session_state(today, D(2027, 2, 1), D(2027, 3, 1), D(2027, 5, 31)) == expected


@dataclass
class FakeSession:
    title: str
    enrolment_opens_on: datetime.date
    enrolment_closes_on: datetime.date
    starts_on: datetime.date
    ends_on: datetime.date

    def state_on(self, today):
        return compute_session_state(
            today, self.enrolment_opens_on, self.enrolment_closes_on, self.ends_on
        )


SPRING = FakeSession("spring", D(2027, 2, 1), D(2027, 3, 1), D(2027, 3, 1), D(2027, 5, 31))
AUTUMN = FakeSession("autumn", D(2027, 9, 1), D(2027, 10, 1), D(2027, 10, 1), D(2027, 12, 15))


def test_the_open_session_is_the_one_taking_enrolments_today():
    assert open_session([AUTUMN, SPRING], D(2027, 2, 15)) is SPRING
    assert open_session([AUTUMN, SPRING], D(2027, 4, 1)) is None


def test_the_next_session_is_the_first_whose_enrolment_has_not_opened():
    assert next_session([AUTUMN, SPRING], D(2027, 4, 1)) is AUTUMN
    assert next_session([AUTUMN, SPRING], D(2028, 1, 1)) is None


@pytest.mark.parametrize(
    ("release_date", "opens_after_days", "starts_on", "expected"),
    [
        (None, None, D(2027, 3, 1), None),
        (None, 0, D(2027, 3, 1), D(2027, 3, 1)),
        (None, 14, D(2027, 3, 1), D(2027, 3, 15)),
        # Without a session, days after its start mean nothing yet.
        (None, 14, None, None),
        (D(2027, 3, 8), None, None, D(2027, 3, 8)),
        (D(2027, 3, 8), None, D(2027, 9, 1), D(2027, 3, 8)),
        # Both: the later one, so that no session reaches a module before its fixed date.
        (D(2027, 3, 20), 7, D(2027, 3, 1), D(2027, 3, 20)),
        (D(2027, 3, 2), 7, D(2027, 3, 1), D(2027, 3, 8)),
    ],
)
def test_a_module_opens_on_its_date_or_days_after_the_learners_session_starts(
    release_date, opens_after_days, starts_on, expected
):
    assert module_opens_on(release_date, opens_after_days, starts_on) == expected
