"""Technical Progress Report: its tables add up and its PDF carries the database's numbers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.errors import NotFound
from cl_desktop.i18n.formats import format_number
from cl_desktop.reports import data, tpr
from cl_desktop.reports.data import ReportTable

PagesText = Callable[[Path], list[str]]


def _sex_triples(table: ReportTable) -> list[tuple[int, int, int]]:
    """Column indices (girls, boys, total) of each group band of three."""
    triples = []
    col = 0
    for _, span in table.groups:
        if span == 3:
            triples.append((col, col + 1, col + 2))
        col += span
    return triples


@pytest.mark.parametrize("lang", ["en", "km"])
def test_tpr_tables_add_up(demo_db: Any, lang: str) -> None:
    tables = tpr.tables(demo_db, "KH-WFCL", "2011-04", lang)  # type: ignore[arg-type]
    assert len(tables) >= 10
    checked = 0
    for table in tables:
        for row in table.rows:
            for g, b, t in _sex_triples(table):
                if isinstance(row[t], int) and isinstance(row[g], int) and isinstance(row[b], int):
                    assert row[g] + row[b] == row[t], (table.title, row)
                    checked += 1
        if table.total_rows == 1 and not table.title.startswith("E1"):
            (total,) = table.totals
            for c, value in enumerate(total):
                if isinstance(value, int) and c not in table.percent_columns:
                    column = [r[c] for r in table.body if isinstance(r[c], int)]
                    assert sum(column) == value, (table.title, c)
                    checked += 1
    assert checked > 100


def test_tpr_numbers_match_the_database(demo_db: Any) -> None:
    ctx = tpr.collect(demo_db, "KH-WFCL", "2011-04", "en")
    until, since = ctx.period["end_date"], ctx.period["start_date"]
    pid = ctx.project["id"]

    def count(sql: str, *args: object) -> int:
        return int(demo_db.execute(sql, list(args)).fetchone()[0])

    form = tpr.indicator_form(ctx)
    withdrawn = form.rows[0]
    assert withdrawn[4] == count(
        "SELECT count(*) FROM children WHERE project_id = ? AND outcome = 'withdrawn' AND deleted = 0 "
        "AND outcome_date BETWEEN ? AND ?",
        pid,
        since,
        until,
    )
    assert withdrawn[7] == count(
        "SELECT count(*) FROM children WHERE project_id = ? AND outcome = 'withdrawn' AND deleted = 0 "
        "AND outcome_date <= ?",
        pid,
        until,
    )
    assert withdrawn[1] == 6000
    by_age = tpr.beneficiary_tables(ctx)[0]
    assert by_age.totals[0][3] == withdrawn[7]


def test_tpr_pdf_shows_cover_tables_and_page_numbers(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    out = tmp_path / "tpr.pdf"
    pages = tpr.build(demo_db, out, project="CAR-WFCL", period="2006-04", lang="en")
    texts = pdf_pages_text(out)
    assert len(texts) == pages >= 5
    joined = " ".join(" ".join(texts).split())
    ctx = tpr.collect(demo_db, "CAR-WFCL", "2006-04", "en")
    assert "U.S. Department of Labor" in texts[0] and "Cover Sheet" in texts[0]
    assert f"Page 1 of {pages}" in texts[0] and f"Page {pages} of {pages}" in texts[-1]
    assert format_number(ctx.indicators.withdrawn_cumulative.total, "en") in joined
    assert "Indicator Data Reporting Form" in joined and "Results framework" in joined
    assert "Action programme status" in joined and "Narrative Report" in joined
    assert all("Technical Progress Report" in t for t in texts)


def test_tpr_unknown_period_is_refused(demo_db: Any) -> None:
    with pytest.raises(NotFound):
        tpr.collect(demo_db, "KH-WFCL", "1999-10", "en")
    with pytest.raises(NotFound):
        tpr.collect(demo_db, "NOPE", None, "en")


def test_default_project_and_period(demo_db: Any) -> None:
    ctx = tpr.collect(demo_db, None, None, "en")
    assert ctx.project["code"] == "CAR-WFCL"
    assert ctx.period["end_date"] <= "2026-01-01"
    # The latest period with records, not the empty one after the work ended.
    later = [p for p in data.periods(demo_db, ctx.project["id"]) if p["end_date"] > ctx.period["end_date"]]
    assert later and not any(data.period_has_data(demo_db, ctx.project["id"], p) for p in later)
    assert data.period_has_data(demo_db, ctx.project["id"], ctx.period)
