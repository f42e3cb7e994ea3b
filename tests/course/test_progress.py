"""Progress is a pure function of the outline and the completed pages (no database)."""

from dataclasses import dataclass

from course.outline import build_outline
from course.progress import compute_progress


@dataclass
class FakePage:
    pk: int
    path: str
    depth: int


def _outline():
    pages = [FakePage(10, "0001", 4)]
    pages += [FakePage(11 + i, f"0001000{i + 1}", 5) for i in range(3)]
    pages += [FakePage(20, "0002", 4)]
    pages += [FakePage(21 + i, f"0002000{i + 1}", 5) for i in range(2)]
    return build_outline(3, pages)


def test_nothing_done_resumes_at_the_first_step():
    progress = compute_progress(_outline(), set())
    assert (progress.done, progress.total, progress.percent) == (0, 5, 0)
    assert progress.next_step.pk == 11
    assert not progress.has_started and not progress.is_complete


def test_resume_goes_to_the_first_step_not_done_in_course_order():
    progress = compute_progress(_outline(), {11, 13, 21})
    assert progress.next_step.pk == 12
    assert [(m.done, m.total) for m in progress.modules] == [(2, 3), (1, 2)]
    assert progress.done == 3 and progress.percent == 60


def test_every_step_done_completes_the_course_and_marks_the_outline():
    outline = _outline()
    progress = compute_progress(outline, {11, 12, 13, 21, 22})
    assert progress.is_complete and progress.next_step is None and progress.percent == 100
    assert all(item.is_done for module in outline.modules for item in module.items)


def test_completions_of_pages_not_in_the_outline_do_not_count():
    progress = compute_progress(_outline(), {11, 999})
    assert progress.done == 1


def test_an_empty_course_is_never_complete():
    progress = compute_progress(build_outline(3, []), set())
    assert progress.total == 0 and not progress.is_complete and progress.percent == 0
