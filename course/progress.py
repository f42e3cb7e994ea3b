"""Progress through a course as a pure function of its outline and what was done.

What counts as required: every live step of the course, that is every page
directly under one of its modules (lessons, testimonials, exercises, quizzes…), as
the outline shows them now, except the steps a trainer made optional
(course/steps.py): those show their checkmark but count in no total.
Completions are kept by page, so:
- a page added later is one more step to do;
- a page moved inside the course keeps its completion;
- an unpublished or deleted page no longer counts, done or not (a deleted
  page's completions are deleted with it; an unpublished page's return);
- a certificate, once issued, is kept even if steps are added afterwards.
"""

from dataclasses import dataclass, field
from typing import Any

from course.outline import Outline


@dataclass
class ModuleProgress:
    module: Any
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


@dataclass
class CourseProgress:
    done: int
    total: int
    modules: list[ModuleProgress] = field(default_factory=list)
    next_step: Any = None

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def is_complete(self) -> bool:
        return self.total > 0 and self.done >= self.total

    @property
    def has_started(self) -> bool:
        return self.done > 0


def compute_progress(outline: Outline, completed_page_ids: set[int]) -> CourseProgress:
    """Mark each outline item done or not, and count per module and for the course.

    The next step ("resume") is the first step not done, in course order.
    """
    modules = []
    next_step = None
    for module in outline.modules:
        done = total = 0
        for item in module.items:
            item.is_done = item.page.pk in completed_page_ids
            if not getattr(item.page, "is_optional", False):
                total += 1
                done += item.is_done
            if not item.is_done and next_step is None:
                next_step = item.page
        module.done = done
        module.total = total
        modules.append(ModuleProgress(module=module.page, done=done, total=total))
    return CourseProgress(
        done=sum(m.done for m in modules),
        total=sum(m.total for m in modules),
        modules=modules,
        next_step=next_step,
    )
