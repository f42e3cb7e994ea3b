"""The outline is a pure function: modules, steps, position, previous and next."""

import datetime
from dataclasses import dataclass

from course.outline import build_outline, schedule_modules


@dataclass
class FakePage:
    pk: int
    path: str
    depth: int
    title: str = ""
    release_date: datetime.date | None = None
    opens_after_days: int | None = None


def _course():
    # course at depth 3 (path 0001 0001 0001); two modules, 2 and 1 steps, a deeper page ignored.
    return [
        FakePage(10, "000100010001" + "0001", 4, "Module 1"),
        FakePage(11, "0001000100010001" + "0001", 5, "Leçon 1.1"),
        FakePage(99, "00010001000100010001" + "0001", 6, "Too deep"),
        FakePage(12, "0001000100010001" + "0002", 5, "Leçon 1.2"),
        FakePage(20, "000100010001" + "0002", 4, "Module 2"),
        FakePage(21, "0001000100010002" + "0001", 5, "Leçon 2.1"),
    ]


def test_steps_are_grouped_under_their_module_in_tree_order():
    outline = build_outline(3, _course())
    assert [m.page.pk for m in outline.modules] == [10, 20]
    assert [[i.page.pk for i in m.items] for m in outline.modules] == [[11, 12], [21]]
    assert [m.number for m in outline.modules] == [1, 2]
    assert outline.total == 3


def test_previous_and_next_cross_module_boundaries():
    outline = build_outline(3, _course(), current_id=12)
    assert outline.previous.pk == 11
    assert outline.next.pk == 21
    assert outline.position == 2
    assert outline.modules[0].is_current and not outline.modules[1].is_current


def test_first_step_has_no_previous_and_last_has_no_next():
    assert build_outline(3, _course(), current_id=11).previous is None
    assert build_outline(3, _course(), current_id=21).next is None


def test_current_step_is_marked_and_only_it():
    outline = build_outline(3, _course(), current_id=21)
    marked = [i.page.pk for m in outline.modules for i in m.items if i.is_current]
    assert marked == [21]


def test_a_module_page_leads_to_its_first_step_and_back_to_the_previous_module():
    outline = build_outline(3, _course(), current_id=20)
    assert outline.next.pk == 21
    assert outline.previous.pk == 12
    assert outline.position is None


def test_an_empty_course_has_no_steps():
    outline = build_outline(3, [])
    assert outline.modules == [] and outline.total == 0 and outline.next is None


def test_modules_are_dated_for_the_learners_own_session():
    pages = _course()
    pages[0].opens_after_days = 0
    pages[4].opens_after_days = 7
    outline = build_outline(3, pages, current_id=21)
    today = datetime.date(2027, 3, 4)
    schedule_modules(outline, datetime.date(2027, 3, 1), today)
    first, second = outline.modules
    assert (first.opens_on, first.is_upcoming) == (datetime.date(2027, 3, 1), False)
    assert (second.opens_on, second.is_upcoming) == (datetime.date(2027, 3, 8), True)
    assert second.opens_on_day == 8
    assert outline.next_opening is second
    assert outline.current_module is second


def test_without_a_session_only_fixed_dates_are_known():
    pages = _course()
    pages[0].release_date = datetime.date(2027, 1, 1)
    pages[4].opens_after_days = 7
    outline = build_outline(3, pages)
    schedule_modules(outline, None, datetime.date(2027, 3, 4))
    assert [m.opens_on for m in outline.modules] == [datetime.date(2027, 1, 1), None]
    assert outline.next_opening is None
