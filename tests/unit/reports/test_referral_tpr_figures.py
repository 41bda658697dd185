"""The TPR's referral figures: the summary, the recorded status counted in SQL and the dated events agree."""

from __future__ import annotations

import statistics
from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from cl_desktop.domain.referrals import DEFAULT_SERVICE_DAYS, is_overdue
from cl_desktop.figures import indicators
from cl_desktop.reports import referrals
from cl_desktop.reports.referrals import OUTCOMES


def from_events(db: Any, project_id: str, end: str) -> dict[str, Any]:
    """Every referral's status on ``end`` read from its dated events alone, one referral at a time."""
    counts: dict[str, dict[str, int]] = {}
    days: list[int] = []
    overdue = 0
    rows = db.execute(
        "SELECT o.organisation_type, r.id, r.referral_date, r.expected_date, "
        f"coalesce(p.referral_service_days, {DEFAULT_SERVICE_DAYS}) FROM referrals r "
        "JOIN organisations o ON o.id = r.organisation_id LEFT JOIN projects p ON p.id = r.project_id "
        "WHERE r.project_id = ? AND r.deleted = 0 AND r.referral_date <= ?",
        [project_id, end],
    ).fetchall()
    for kind, rid, referred, expected, service_days in rows:
        events = db.execute(
            "SELECT status, event_date FROM referral_events WHERE referral_id = ? AND deleted = 0 "
            "AND event_date <= ? ORDER BY event_date, rowid",
            [rid, end],
        ).fetchall()
        status, since = events[-1] if events else ("referred", referred)
        counts.setdefault(kind, dict.fromkeys(OUTCOMES, 0))[status] += 1
        answers = [d for s, d in events if s in ("accepted", "declined")]
        if answers:
            days.append((date.fromisoformat(answers[0]) - date.fromisoformat(referred)).days)
        overdue += is_overdue(
            status, date.fromisoformat(expected), date.fromisoformat(since), date.fromisoformat(end), service_days
        )
    return {
        "counts": counts,
        "median_days": statistics.median(days) if days else None,
        "answered": len(days),
        "overdue": overdue,
    }


def test_the_figures_equal_the_events_on_every_day_that_matters(demo_db: Any) -> None:
    projects = [r[0] for r in demo_db.execute("SELECT DISTINCT project_id FROM referrals")]
    assert projects
    assert indicators.summary_current(demo_db)  # the report reads the summary; direct=True the records
    # every month end over the referrals' years, and days on which statuses changed
    first, last = demo_db.execute("SELECT min(referral_date), max(status_date) FROM referrals").fetchone()
    days = {f"{y}-{m:02d}-28" for y in range(int(first[:4]), int(last[:4]) + 2) for m in range(1, 13)}
    days |= {
        r[0] for r in demo_db.execute("SELECT DISTINCT event_date FROM referral_events ORDER BY random() LIMIT 20")
    }
    # the days on which a referral falls overdue: its expected answer, and an acceptance's service days
    days |= {r[0] for r in demo_db.execute("SELECT DISTINCT expected_date FROM referrals ORDER BY random() LIMIT 10")}
    days |= {
        r[0]
        for r in demo_db.execute(
            f"SELECT DISTINCT date(status_date, '+{DEFAULT_SERVICE_DAYS} days') FROM referrals "
            "WHERE status = 'accepted' ORDER BY random() LIMIT 10"
        )
    }
    changed_since = 0
    for project_id in projects:
        for end in sorted(days):
            expected = from_events(demo_db, project_id, end)
            assert referrals.tpr_figures(demo_db, project_id, end) == expected, end
            assert referrals.tpr_figures(demo_db, project_id, end, direct=True) == expected, end
            changed_since += demo_db.execute(
                "SELECT count(*) FROM referrals WHERE project_id = ? AND referral_date <= ? AND status_date > ?",
                [project_id, end, end],
            ).fetchone()[0]
    assert changed_since, "no day read a status from the events: the second path went untested"


@given(st.lists(st.integers(0, 400), max_size=60))
def test_the_median_of_counted_values_is_the_median_of_the_values(values: list[int]) -> None:
    counted: dict[int, int] = {}
    for v in values:
        counted[v] = counted.get(v, 0) + 1
    assert referrals._median(counted, len(values)) == (statistics.median(values) if values else None)
