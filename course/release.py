"""Whether a step takes a learner's answers yet: its module's release date.

A learner may read a week ahead (the step's page says when the week opens), but what
they send to it (a quiz's answers, an exercise submitted, a step marked done) waits
for the day the week opens for their session. The dates are course/sessions.py's
`module_opens_on`; this module asks it for one step and says the refusal in words.
"""

import datetime

from django.db.models import OuterRef, Subquery, Value
from django.db.models.fields import DateField
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from config.typography import format_date
from course.models import CourseSession, Enrolment, ModulePage
from course.sessions import module_opens_on


def opens_later(opens_on: datetime.date | None, today: datetime.date) -> datetime.date | None:
    """`opens_on` when it is after `today` (the week has not opened yet), else None."""
    return opens_on if opens_on is not None and opens_on > today else None


def shown_step_opens_on(context: dict) -> datetime.date | None:
    """For a step's page: the day its week opens for the reader, if not open yet.

    Read from the page's outline, which `course.learning.learner_state` dated for the
    reader's session (the same dates as `step_opens_on`): no query.
    """
    outline = context.get("outline")
    module = outline.current_module if outline is not None else None
    return module.opens_on if module is not None and module.is_upcoming else None


def with_module_release(steps):
    """`steps` (a queryset of pages) with their module's release date and days after a
    session's start, read in the same statement: `step_opens_on` then asks only for the
    session's start, and only when the module counts from it."""
    modules = ModulePage.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    return steps.annotate(
        module_release_date=Subquery(modules.values("release_date")[:1]),
        module_opens_after_days=Subquery(modules.values("opens_after_days")[:1]),
    )


def step_opens_on(step: Page, enrolment: Enrolment | None) -> datetime.date | None:
    """The day `step`'s module opens for `enrolment`'s session (None: open from the start).

    Without an enrolment only a fixed release date is known. One query at most (none for
    a step read through `with_module_release` whose module opens on a fixed date or at once).
    """
    starts_on = (
        Enrolment.objects.filter(pk=enrolment.pk).values_list("session__starts_on", flat=True)
        if enrolment is not None
        else None
    )
    return _opens_on(step, starts_on)


def step_opens_in_session(step: Page, session_id: int) -> datetime.date | None:
    """The day `step`'s module opens for the learners of session `session_id`: as
    `step_opens_on`, for a reader known by their session only (the timeline's poll)."""
    return _opens_on(
        step, CourseSession.objects.filter(pk=session_id).values_list("starts_on", flat=True)
    )


def _opens_on(step: Page, starts_on) -> datetime.date | None:
    """`step`'s opening, `starts_on` being the query of its session's start (None: no session)."""
    if hasattr(step, "module_opens_after_days"):
        release_date, days = step.module_release_date, step.module_opens_after_days
        if days is None or starts_on is None:
            return module_opens_on(release_date, None, None)
        return module_opens_on(release_date, days, starts_on.first())
    found = (
        ModulePage.objects.filter(path=step.path[: (step.depth - 1) * Page.steplen])
        .annotate(
            starts_on=Subquery(starts_on[:1])
            if starts_on is not None
            else Value(None, output_field=DateField())
        )
        .values("release_date", "opens_after_days", "starts_on")
        .first()
    )
    if found is None:
        return None
    return module_opens_on(found["release_date"], found["opens_after_days"], found["starts_on"])


NOTHING_RECORDED = gettext_lazy(
    "This week opens on %(date)s: you can read it now and take part from that day. "
    "Nothing was recorded."
)
SUBMIT_THEN = gettext_lazy("This week opens on %(date)s: you can submit your answer from that day.")


def not_open_message(opens_on: datetime.date, message=NOTHING_RECORDED) -> str:
    """Why a post to a step of a week not open yet is refused, in the reader's language."""
    return message % {"date": format_date(opens_on, "WEEKDAY_DATE_FORMAT")}
