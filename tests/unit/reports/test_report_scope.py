"""Which period a report shows by default, and that every report counts only its own project."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.reports import catalogue, data, quality, tpr
from cl_desktop.reports.common import BuildOptions

PagesText = Callable[[Path], list[str]]


def _project(db: Any, code: str) -> dict[str, Any]:
    return data.project_by_code(db, code)


@pytest.mark.parametrize(("code", "expected"), [("KH-WFCL", "2012-04"), ("CAR-WFCL", "2007-04")])
def test_a_finished_project_defaults_to_its_last_period_with_records(demo_db: Any, code: str, expected: str) -> None:
    project = _project(demo_db, code)
    # The period after the work ended (2012-10, 2007-10) has ended too, but holds no record.
    assert data.period_by_code(demo_db, project, None, today=date(2026, 1, 1))["code"] == expected


def test_a_running_project_defaults_to_the_period_containing_today(demo_db: Any) -> None:
    project = _project(demo_db, "KH-WFCL")
    assert data.period_by_code(demo_db, project, None, today=date(2010, 11, 15))["code"] == "2010-10"


def test_a_period_outside_the_project_is_never_the_default(demo_db: Any) -> None:
    project = _project(demo_db, "KH-DWCP-2008")
    demo_db.execute(
        "INSERT INTO reporting_periods (id, project_id, code, start_date, end_date, status, office, created_at, "
        "created_by, updated_at, updated_by) VALUES ('late', ?, '2015-04', '2015-04-01', '2015-09-30', 'draft', "
        "'HQ', '2020-01-01', 't', '2020-01-01', 't')",
        [project["id"]],
    )
    chosen = data.period_by_code(demo_db, project, None, today=date(2026, 1, 1))
    assert chosen["code"] != "2015-04"
    assert chosen["start_date"] <= project["end_date"]


def test_the_default_tpr_reports_the_periods_work(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    form = tpr.tables(demo_db, "KH-WFCL", None)[0]
    withdrawn, prevented = form.rows[0], form.rows[1]
    assert withdrawn[4] + prevented[4] > 0  # this period's totals
    out = tmp_path / "tpr.pdf"
    catalogue.build_report("tpr", demo_db, out, BuildOptions(project="KH-WFCL"))
    pages = pdf_pages_text(out)
    assert "Reporting period: 1 April 2012 – 30 September 2012" in pages[0]
    assert "30 September 2012 (2012-04)" in pages[0]
    assert "Nothing was recorded" not in pages[0]
    assert "No narrative was written" not in " ".join(pages)


@pytest.mark.parametrize(("lang", "words"), [("en", "Nothing was recorded"), ("ru", "ничего не зарегистрировано")])
def test_a_tpr_for_an_empty_period_says_so_on_page_one(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText, lang: str, words: str
) -> None:
    out = tmp_path / "tpr.pdf"
    catalogue.build_report("tpr", demo_db, out, BuildOptions(project="KH-WFCL", period="2012-10", lang=lang))
    first = " ".join(pdf_pages_text(out)[0].split())
    assert words in first


def _case_numbers(text: str) -> set[str]:
    return set(re.findall(r"\b[A-Z]{2}-[A-Z]{3}-\d{6}\b", text))


def test_the_quality_report_counts_duplicates_of_its_own_project(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText
) -> None:
    (empty,) = quality.tables(demo_db, "KH-DWCP-2008", None)
    assert not [row for row in empty.rows if "duplicate" in row[1] or row[2] > 1]
    out = tmp_path / "q.pdf"
    catalogue.build_report("quality", demo_db, out, BuildOptions(project="KH-DWCP-2008"))
    text = " ".join(" ".join(pdf_pages_text(out)).split())
    # the mentions are the line saying none await review and when that was last checked in full: no pair
    # listed, no database-wide count
    assert "Pairs of suspected duplicate children awaiting review 0" in text
    assert "Last full check for duplicates" in text
    assert text.count("duplicate") == 2 and "717" not in text

    counts = {}
    for code, prefix in (("KH-WFCL", "KH-"), ("CAR-WFCL", ("KG-", "KZ-", "TJ-", "UZ-"))):
        (table,) = quality.tables(demo_db, code, None)
        duplicates = [row for row in table.rows if "duplicate" in row[1]]
        assert duplicates, code
        counts[code] = duplicates[0][2]
        # Every pair listed has a child of the project (the other may be registered in another one).
        pairs = [pair.split(" / ") for pair in duplicates[0][3].split(", ")]
        assert pairs and all(any(case.startswith(prefix) for case in pair) for pair in pairs), code
        out = tmp_path / f"q-{code}.pdf"
        catalogue.build_report("quality", demo_db, out, BuildOptions(project=code))
        assert any(case.startswith(prefix) for case in _case_numbers(" ".join(pdf_pages_text(out))))
    # The two projects' pairs are different sets, not one database-wide count printed twice.
    assert counts["KH-WFCL"] != counts["CAR-WFCL"]


def test_the_quality_report_of_a_programme_counts_its_children(demo_db: Any) -> None:
    (whole,) = quality.tables(demo_db, "CAR-WFCL", None)
    (one,) = quality.tables(demo_db, "CAR-WFCL", None, programme_code="CAR-WFCL-AP007")
    consent = {row[1]: row[2] for row in whole.rows}
    mine = {row[1]: row[2] for row in one.rows}
    assert mine and all(mine[k] <= consent[k] for k in mine)
    assert sum(mine.values()) < sum(consent.values())
