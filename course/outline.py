"""The course outline as a pure function of an ordered list of pages.

The caller fetches every page under a course in one query (tree order); this
module groups them into modules and finds the previous and next steps without
touching the database, so a page's navigation costs the same whatever the
course size.
"""

import datetime
from dataclasses import dataclass, field
from typing import Any

from course.sessions import module_opens_on


@dataclass
class OutlineItem:
    page: Any
    is_current: bool = False
    is_ancestor: bool = False


@dataclass
class OutlineModule:
    page: Any
    number: int
    items: list[OutlineItem] = field(default_factory=list)
    is_current: bool = False
    # Set by schedule_modules: when the module opens for the learner reading the outline.
    opens_on: datetime.date | None = None
    is_upcoming: bool = False
    # Set by course.progress.compute_progress: required steps done, and required steps.
    done: int = 0
    total: int = 0

    @property
    def opens_after_days(self) -> int | None:
        return getattr(self.page, "opens_after_days", None)

    @property
    def opens_on_day(self) -> int | None:
        """The day of a session the module opens on, counted from day 1."""
        days = self.opens_after_days
        return None if days is None else days + 1

    @property
    def opens_on_session_day(self) -> int | None:
        """For a reader without a session (no date known): the day it opens, after day 1."""
        return self.opens_on_day if self.opens_after_days and self.opens_on is None else None


@dataclass
class Outline:
    modules: list[OutlineModule]
    previous: Any = None
    next: Any = None
    position: int | None = None
    total: int = 0

    @property
    def steps(self) -> list[Any]:
        return [item.page for module in self.modules for item in module.items]

    @property
    def current_module(self) -> OutlineModule | None:
        return next((module for module in self.modules if module.is_current), None)

    @property
    def next_opening(self) -> OutlineModule | None:
        """The first module that has not opened yet for this learner."""
        return next((module for module in self.modules if module.is_upcoming), None)


def schedule_modules(
    outline: Outline, session_starts_on: datetime.date | None, today: datetime.date
) -> None:
    """Date each module for one learner: fixed dates, or days after their session starts."""
    for module in outline.modules:
        module.opens_on = module_opens_on(
            getattr(module.page, "release_date", None),
            module.opens_after_days,
            session_starts_on,
        )
        module.is_upcoming = module.opens_on is not None and module.opens_on > today


def build_outline(course_depth: int, pages: list[Any], current_id: int | None = None) -> Outline:
    """Group `pages` (ordered by tree path) into modules and their steps.

    Pages one level under the course are modules; pages two levels under are
    their steps (lessons, testimonials, exercises). Deeper pages are ignored.
    The reading order is the steps' order: the previous and next of a step are
    the steps around it, across module boundaries; the previous and next of a
    module are the first step of it and the last step before it.
    """
    modules: list[OutlineModule] = []
    for page in pages:
        if page.depth == course_depth + 1:
            modules.append(
                OutlineModule(page=page, number=len(modules) + 1, is_current=page.pk == current_id)
            )
        elif (
            page.depth == course_depth + 2
            and modules
            and page.path.startswith(modules[-1].page.path)
        ):
            modules[-1].items.append(OutlineItem(page=page, is_current=page.pk == current_id))

    outline = Outline(modules=modules)
    steps = outline.steps
    outline.total = len(steps)
    for index, step in enumerate(steps):
        if step.pk == current_id:
            outline.position = index + 1
            outline.previous = steps[index - 1] if index > 0 else None
            outline.next = steps[index + 1] if index + 1 < len(steps) else None
            for module in modules:
                if any(item.page.pk == current_id for item in module.items):
                    module.is_current = True
            break
    else:
        for module in modules:
            if module.page.pk == current_id:
                before = [s for s in steps if s.path < module.page.path]
                outline.previous = before[-1] if before else None
                outline.next = module.items[0].page if module.items else None
    return outline
