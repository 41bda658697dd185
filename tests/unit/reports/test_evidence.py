"""The evidence behind every figure: the children and households listed equal the printed numbers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cl_desktop.cli import main
from cl_desktop.reports import catalogue, evidence, tpr
from cl_desktop.reports.common import BuildOptions

PagesText = Callable[[Path], list[str]]


def _counts(rows: list[evidence.EvidenceRow]) -> dict[str, Counter[str]]:
    """Per reference: period and cumulative counts by sex, as the form prints them."""
    out: dict[str, Counter[str]] = {}
    for r in rows:
        c = out.setdefault(r.reference, Counter())
        c[f"cum_{r.sex}"] += 1
        c["cum_total"] += 1
        if r.in_period:
            c[f"period_{r.sex}"] += 1
            c["period_total"] += 1
    return out


@pytest.mark.parametrize(
    ("project", "period"), [("KH-WFCL", "2012-04"), ("KH-WFCL", "2010-04"), ("CAR-WFCL", "2007-04"), ("CAR-WFCL", None)]
)
def test_every_figure_of_the_indicator_form_equals_its_evidence(demo_db: Any, project: str, period: str | None) -> None:
    ctx = tpr.collect(demo_db, project, period)
    counted = _counts(list(evidence.rows(demo_db, ctx.project, ctx.period)))
    form = tpr.with_references(tpr.indicator_form(ctx))
    assert len(form.rows) == 4
    for row in form.rows:
        ref = str(row[0]).split()[0]
        assert ref in evidence.REFERENCES, row[0]
        c = counted.get(ref, Counter())
        _, _, pf, pm, pt, cf, cm, ct, _ = row
        assert pt == c["period_total"] and ct == c["cum_total"], (ref, row, c)
        if ref != "A1.4":  # L1 prints totals only
            assert (pf, pm, cf, cm) == (c["period_F"], c["period_M"], c["cum_F"], c["cum_M"]), (ref, row, c)
    assert counted["A1.1"]["cum_total"] > 0 and counted["A1.3"]["cum_total"] > 0


def test_the_tpr_prints_the_references(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    out = tmp_path / "tpr.pdf"
    catalogue.build_report("tpr", demo_db, out, BuildOptions(project="CAR-WFCL", period="2007-04"))
    text = " ".join(" ".join(pdf_pages_text(out)).split())
    for ref in evidence.REFERENCES:
        assert ref in text


def test_every_counted_child_has_a_reason_and_a_rule_version(demo_db: Any) -> None:
    ctx = tpr.collect(demo_db, "CAR-WFCL", "2007-04")
    rows = list(evidence.rows(demo_db, ctx.project, ctx.period))
    assert rows and all(r.reason and f"v{evidence.RULES_VERSION}" in r.rule for r in rows)


def test_the_evidence_command_writes_the_workbook(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "evidence.xlsx"
    args = ["report", "evidence", "--db", str(demo_path), "--project", "CAR-WFCL", "--period", "2007-04"]
    assert main([*args, "-o", str(out)]) == 0
    book = load_workbook(out, read_only=True)
    try:
        values = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    assert list(values[0]) == list(evidence.HEADER)
    withdrawn = [v for v in values[1:] if v[0] == "A1.1"]
    import sqlite3

    with sqlite3.connect(demo_path) as db:
        expected = db.execute(
            "SELECT count(*) FROM children c JOIN projects p ON p.id = c.project_id WHERE p.code = 'CAR-WFCL' "
            "AND c.outcome = 'withdrawn' AND c.outcome_date <= '2007-09-30' AND c.deleted = 0"
        ).fetchone()[0]
    assert len(withdrawn) == expected > 0


def test_the_evidence_command_refuses_a_pdf(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "evidence.pdf"
    assert main(["report", "evidence", "--db", str(demo_path), "-o", str(out)]) == 2
    assert ".xlsx" in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize(("project", "period"), [("KH-WFCL", "2012-04"), ("CAR-WFCL", "2006-04")])
def test_e1_by_work_status_and_service_type_adds_up_to_e1(demo_db: Any, project: str, period: str) -> None:
    ctx = tpr.collect(demo_db, project, period)
    split = tpr.e1_split(ctx)
    (child_labour, at_risk), total = split.body, split.totals[0]
    e1_total = ctx.indicators.e1_cumulative["total"].total
    assert total[4] == child_labour[4] + at_risk[4] == e1_total > 0
    for row in (child_labour, at_risk):
        # A child given two types counts in each; the row total counts each child once.
        assert max(row[1:4]) <= row[4] <= sum(row[1:4])
    in_labour = demo_db.execute(
        "SELECT count(DISTINCT c.id) FROM children c JOIN services s ON s.child_id = c.id "
        "JOIN projects p ON p.id = c.project_id WHERE p.code = ? AND c.deleted = 0 AND s.deleted = 0 "
        "AND c.work_status IN ('hazardous', 'child_labour') AND s.start_date <= ? AND s.service_type IN "
        "('formal_education', 'nonformal_education', 'vocational_training', 'school_supplies', 'scholarship')",
        [project, ctx.until],
    ).fetchone()[0]
    assert child_labour[4] == in_labour


def test_the_common_indicators_table_has_poh1_to_poh4(demo_db: Any) -> None:
    table = tpr.poc_table(tpr.collect(demo_db, "CAR-WFCL", "2007-04"))
    codes = [str(row[0]).split()[0] for row in table.rows]
    assert codes == ["POC1", "POC2", "POC3", "POC4", "POH1", "POH2", "POH3", "POH4"]
    assert all(row[6] > 0 for row in table.rows)  # every ratio has a denominator
