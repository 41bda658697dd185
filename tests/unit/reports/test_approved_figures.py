"""Approved numbers are stable: a later change shows as a restatement in the next report, not in the approved one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from factories import ctx_for

from cl_desktop.figures import indicators
from cl_desktop.reports import catalogue, data, tpr
from cl_desktop.reports.common import BuildOptions
from cl_desktop.services.periods import Periods
from cl_desktop.sync.conflicts import merge_children

PagesText = Callable[[Path], list[str]]


def _approve(db: Any, project: str, code: str) -> None:
    periods = Periods(ctx_for(db))
    period = data.period_by_code(db, data.project_by_code(db, project), code)
    periods.submit(period["id"])
    periods.approve(period["id"])


def test_a_change_after_approval_is_restated_not_rewritten(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText
) -> None:
    _approve(demo_db, "CAR-WFCL", "2007-04")
    approved_form = tpr.indicator_form(tpr.collect(demo_db, "CAR-WFCL", "2007-04")).rows
    # A merge after approval: a child counted as withdrawn in the period turns out to be another's duplicate.
    other, keep = (
        demo_db.execute(
            "SELECT c.case_number FROM children c JOIN projects p ON p.id = c.project_id WHERE p.code = 'CAR-WFCL' "
            f"AND {condition} AND c.deleted = 0 ORDER BY c.case_number LIMIT 1"
        ).fetchone()[0]
        for condition in (
            "c.outcome = 'withdrawn' AND c.outcome_date BETWEEN '2007-04-01' AND '2007-09-30'",
            # at high risk, never withdrawn: whatever the merge gives it, the withdrawn figure loses one
            "c.work_status = 'at_risk' AND c.outcome IS NULL",
        )
    )
    merge_children(demo_db, keep, other, user="hq")

    # The records now give another figure...
    project = data.project_by_code(demo_db, "CAR-WFCL")
    period = data.period_by_code(demo_db, project, "2007-04")
    now = indicators.project_indicators(demo_db, project, period).withdrawn_cumulative.total
    assert now == approved_form[0][7] - 1
    # ...but the approved report still prints what was approved.
    assert tpr.indicator_form(tpr.collect(demo_db, "CAR-WFCL", "2007-04")).rows == approved_form
    out = tmp_path / "approved.pdf"
    catalogue.build_report("tpr", demo_db, out, BuildOptions(project="CAR-WFCL", period="2007-04"))
    text = " ".join(" ".join(pdf_pages_text(out)).split())
    assert "are those approved for this period" in text

    # The next report lists the restatement: figure, approved and current values, who moved, why.
    nxt = tpr.collect(demo_db, "CAR-WFCL", "2007-10")
    table = tpr.restatement_table(nxt)
    assert table is not None
    (row,) = [r for r in table.rows if r[1].startswith("A1.1")]
    assert row[0] == "2007-04" and (row[2], row[3]) == (approved_form[0][7], now)
    assert f"-{other}" in row[4] and "no longer counted" in row[5]
    out = tmp_path / "next.pdf"
    catalogue.build_report("tpr", demo_db, out, BuildOptions(project="CAR-WFCL", period="2007-10"))
    text = " ".join(" ".join(pdf_pages_text(out)).split())
    assert "Restatements of approved figures" in text and other in text


def test_without_changes_nothing_is_restated(demo_db: Any) -> None:
    _approve(demo_db, "CAR-WFCL", "2007-04")
    assert tpr.restatement_table(tpr.collect(demo_db, "CAR-WFCL", "2007-10")) is None
    # The stored figures are the figures the records give.
    stored = tpr.indicator_form(tpr.collect(demo_db, "CAR-WFCL", "2007-04")).rows
    project = data.project_by_code(demo_db, "CAR-WFCL")
    period = data.period_by_code(demo_db, project, "2007-04")
    live = indicators.project_indicators(demo_db, project, period)
    assert stored[0][7] == live.withdrawn_cumulative.total and stored[1][7] == live.prevented_cumulative.total
    assert stored[2][7] == live.e1_cumulative["total"].total and stored[3][7] == live.l1_cumulative.total
