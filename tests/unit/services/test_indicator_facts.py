"""A child's status spans and a household's, as the indicator facts compute them.

The whole computation is held equal to the direct queries in ``test_indicators_summary``; these
pin the rules the spans follow, and the shortcut for one-child households.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from cl_desktop.figures.indicator_facts import _KEYS, Segment, child_segments, household_segments

#       id   project sex  household work_status   school_status          intake        worst thr target
CHILD = ("c1", "p1", "F", "h1", "child_labour", "attending_irregularly", "2008-03-01", 1, 75, 1)


def visit(day: str, ws: str | None = None, ss: str | None = None, ap: int | None = None) -> tuple[Any, ...]:
    return ("c1", day, ws, ss, ap)


def test_a_child_is_in_child_labour_from_intake_until_a_visit_finds_otherwise() -> None:
    segments = child_segments(CHILD, [visit("2008-06-01", "in_school", ap=80)])
    assert segments == [
        ("2008-03-01", "2008-06-01", (1, 0, 1, 0)),
        ("2008-06-01", None, (0, 0, 0, 1)),
    ]


def test_the_visit_recorded_last_on_a_date_counts_and_an_early_visit_counts_from_intake() -> None:
    visits = [visit("2008-01-15", "hazardous"), visit("2008-05-01", "hazardous"), visit("2008-05-01", "in_school")]
    segments = child_segments(CHILD, visits)
    assert [(s, e) for s, e, _ in segments] == [
        ("2008-03-01", "2008-03-01"),  # intake, replaced at once by the visit before it
        ("2008-03-01", "2008-05-01"),
        ("2008-05-01", None),
    ]
    assert segments[1][2][1] == 1 and segments[2][2][0] == 0  # hazardous, then out of child labour


def test_attendance_below_the_threshold_is_not_regular_and_no_figure_falls_back_to_the_status() -> None:
    segments = child_segments(CHILD, [visit("2008-04-01", ap=74), visit("2008-05-01", ss="attending_regularly")])
    assert [f[3] for _, _, f in segments] == [0, 0, 1]
    assert child_segments((*CHILD[:6], None, *CHILD[7:]), [visit("2008-04-01")]) == []  # no intake date


def test_a_household_is_in_child_labour_while_any_child_is_and_regular_while_all_are() -> None:
    a: list[Segment] = [("2008-01-01", "2008-06-01", (1, 0, 0, 1)), ("2008-06-01", None, (0, 0, 0, 1))]
    b: list[Segment] = [("2008-03-01", None, (0, 0, 0, 0))]
    assert household_segments(a + b) == [
        ("2008-01-01", "2008-03-01", _KEYS[(1, 0, 0, 1)]),
        ("2008-03-01", "2008-06-01", _KEYS[(1, 0, 0, 0)]),
        ("2008-06-01", None, _KEYS[(0, 0, 0, 0)]),
    ]


def _general(segments: list[Any]) -> list[Any]:
    """The many-children path, forced (a second child that never counts: no spans of its own)."""
    days = sorted({s[0] for s in segments})
    out = []
    for day in days:
        active = [s[2] for s in segments if s[0] <= day and (s[1] is None or day < s[1])]
        if active:
            out.append((day, _KEYS[active[0]]))
    return [(d, out[i + 1][0] if i + 1 < len(out) else None, k) for i, (d, k) in enumerate(out)]


flags = st.tuples(*[st.sampled_from([None, 0, 1])] * 4)
days = st.lists(st.dates().map(str), min_size=1, max_size=6).map(sorted)


@given(days, st.lists(flags, min_size=6, max_size=6))
def test_a_one_child_household_has_its_childs_status(starts: list[str], status: list[Any]) -> None:
    segments = [(d, starts[i + 1] if i + 1 < len(starts) else None, status[i]) for i, d in enumerate(starts)]
    assert household_segments(segments) == _general(segments)
