"""Figures for the trainers' dashboard panel: enrolments per week, completion funnel.

The database does the counting (a fixed number of queries whatever the number
of learners); the shaping into weeks and modules is pure functions below.
"""

import datetime
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, Value
from django.db.models.functions import Substr, TruncDate
from django.utils import timezone
from wagtail.models import Page

from course.models import Completion, Enrolment

WEEKS = 8


@dataclass
class Bar:
    label: str
    value: int
    percent: int = 0  # of the largest bar, for drawing


def scale(bars: list[Bar]) -> list[Bar]:
    top = max((bar.value for bar in bars), default=0)
    for bar in bars:
        bar.percent = round(100 * bar.value / top) if top else 0
    return bars


def week_start(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def weekly_counts(
    counts_by_day: dict[datetime.date, int], today: datetime.date, weeks: int = WEEKS
) -> list[tuple[datetime.date, int]]:
    """(Monday, enrolments) for each of the last `weeks` weeks, this week last, gaps as 0."""
    this_week = week_start(today)
    starts = [this_week - datetime.timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    totals = dict.fromkeys(starts, 0)
    for day, count in counts_by_day.items():
        start = week_start(day)
        if start in totals:
            totals[start] += count
    return list(totals.items())


@dataclass
class ModuleFunnel:
    title: str
    started: int
    completed: int


def module_funnel(
    modules: list[tuple[str, str, int]], rows: list[tuple[str, int, int]]
) -> list[ModuleFunnel]:
    """Per module (path, title, steps): learners who started it and who did every step.

    `rows` are (module path, steps done in it, number of learners who did that many).
    """
    funnel = []
    for path, title, steps in modules:
        started = sum(learners for p, done, learners in rows if p == path and done > 0)
        completed = sum(
            learners for p, done, learners in rows if p == path and steps and done >= steps
        )
        funnel.append(ModuleFunnel(title=title, started=started, completed=completed))
    return funnel


def enrolments_per_week(today: datetime.date | None = None) -> list[Bar]:
    today = today or timezone.localdate()
    since = week_start(today) - datetime.timedelta(weeks=WEEKS - 1)
    tz = timezone.get_current_timezone()
    counts = dict(
        Enrolment.objects.filter(
            enrolled_at__gte=datetime.datetime.combine(since, datetime.time(), tzinfo=tz)
        )
        .annotate(day=TruncDate("enrolled_at", tzinfo=tz))
        .values("day")
        .annotate(n=Count("pk"))
        .values_list("day", "n")
    )
    return scale(
        [Bar(label=f"{start:%d/%m}", value=n) for start, n in weekly_counts(counts, today)]
    )


def course_funnel(course: Page) -> tuple[int, list[ModuleFunnel]]:
    """Active learners of the course, and how far they went, module by module. Three queries."""
    module_depth = course.depth + 1
    path_length = module_depth * Page.steplen
    pages = list(
        Page.objects.live()
        .filter(path__startswith=course.path, depth__in=[module_depth, module_depth + 1])
        .order_by("path")
        .values_list("path", "title", "depth")
    )
    modules = [
        (path, title, sum(1 for p, _t, d in pages if d == module_depth + 1 and p.startswith(path)))
        for path, title, depth in pages
        if depth == module_depth
    ]
    active = Enrolment.objects.active().filter(session__course_id=course.pk)
    learners = active.count()
    per_learner_module = (
        Completion.objects.filter(
            enrolment__in=active,
            page__live=True,
            page__depth=module_depth + 1,
            page__path__startswith=course.path,
        )
        .annotate(module_path=Substr("page__path", Value(1), Value(path_length)))
        .values("enrolment_id", "module_path")
        .annotate(done=Count("pk"))
        .values("module_path", "done")
    )
    # Counting the groups of a grouped query: the ORM cannot select from a subquery.
    sql, params = per_learner_module.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT module_path, done, COUNT(*) FROM (" + sql + ") per_learner "  # noqa: S608
            "GROUP BY module_path, done",
            params,
        )
        rows = cursor.fetchall()
    return learners, module_funnel(modules, rows)
