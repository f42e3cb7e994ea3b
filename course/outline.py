"""The course outline as a pure function of an ordered list of pages.

The caller fetches every page under a course in one query (tree order); this
module groups them into modules and finds the previous and next steps without
touching the database, so a page's navigation costs the same whatever the
course size.
"""

from dataclasses import dataclass, field
from typing import Any


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
