"""Project summary: the results sentence is counted from the records."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.reports import summary

PagesText = Callable[[Path], list[str]]


@pytest.mark.parametrize(
    ("code", "withdrawn", "prevented"), [("KH-WFCL", "5,860", "5,884"), ("CAR-WFCL", "353", "374")]
)
def test_demo_summaries_state_the_seed_results(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText, code: str, withdrawn: str, prevented: str
) -> None:
    out = tmp_path / "summary.pdf"
    assert summary.build(demo_db, out, project=code, lang="en") == 2
    texts = pdf_pages_text(out)
    first = " ".join(texts[0].split())
    assert f"withdrew {withdrawn} children and prevented {prevented} children from the worst forms" in first
    assert "Page 1 of 2" in texts[0] and "Page 2 of 2" in texts[1]
    assert "Summary of activities" in texts[1] and "Contact information" in texts[1]


def test_results_follow_the_records(demo_db: Any) -> None:
    project = demo_db.execute("SELECT id FROM projects WHERE code = 'CAR-WFCL'").fetchone()[0]
    demo_db.execute(
        "UPDATE children SET outcome = 'in_progress' WHERE id IN (SELECT id FROM children "
        "WHERE project_id = ? AND outcome = 'withdrawn' LIMIT 3)",
        [project],
    )
    (table,) = summary.tables(demo_db, "CAR-WFCL", None, "ru")
    results = dict(table.rows)["Результаты"]
    assert "350" in results and "374" in results


def test_khmer_summary_renders(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    out = tmp_path / "summary-km.pdf"
    summary.build(demo_db, out, project="KH-WFCL", lang="km")
    assert "5.860" in " ".join(pdf_pages_text(out)[0].split())
