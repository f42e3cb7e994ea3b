"""The dashboard figures as pure functions: weeks with gaps, the module funnel."""

import datetime

from trainers.stats import Bar, module_funnel, scale, weekly_counts


def test_weekly_counts_fill_the_last_eight_weeks_with_zeros_and_end_this_week():
    today = datetime.date(2026, 11, 26)  # a Thursday
    counts = {
        datetime.date(2026, 11, 24): 3,  # this week (Monday 23rd)
        datetime.date(2026, 11, 26): 2,
        datetime.date(2026, 11, 16): 4,  # last week
        datetime.date(2026, 9, 1): 9,  # too old: ignored
    }
    weeks = weekly_counts(counts, today)
    assert len(weeks) == 8
    assert weeks[-1] == (datetime.date(2026, 11, 23), 5)
    assert weeks[-2] == (datetime.date(2026, 11, 16), 4)
    assert weeks[0] == (datetime.date(2026, 10, 5), 0)
    assert sum(n for _w, n in weeks) == 9


def test_module_funnel_counts_who_started_and_who_did_every_step():
    modules = [("0001", "Semaine 1", 3), ("0002", "Semaine 2", 2), ("0003", "Vide", 0)]
    rows = [
        ("0001", 3, 5),  # five learners did the 3 steps of week 1
        ("0001", 1, 2),  # two did one step
        ("0002", 2, 1),
        ("0002", 1, 4),
    ]
    funnel = module_funnel(modules, rows)
    assert [(m.title, m.started, m.completed) for m in funnel] == [
        ("Semaine 1", 7, 5),
        ("Semaine 2", 5, 1),
        ("Vide", 0, 0),
    ]


def test_bars_are_scaled_to_the_largest_and_survive_all_zeros():
    assert [b.percent for b in scale([Bar("a", 2), Bar("b", 4), Bar("c", 0)])] == [50, 100, 0]
    assert [b.percent for b in scale([Bar("a", 0)])] == [0]
