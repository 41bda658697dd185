"""What a donor sent back: lone Total rows, cut headers, rounded-up targets, units, dates, spelling, forms."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.reports import catalogue, tpr
from cl_desktop.reports.charts import ProgressBar, ProgressChart, below_target
from cl_desktop.reports.common import BuildOptions, percent_text

PagesText = Callable[[Path], list[str]]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_no_total_row_stands_alone_on_a_page(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    out = tmp_path / "tpr.pdf"
    catalogue.build_report("tpr", demo_db, out, BuildOptions(project="KH-WFCL", period="2012-04"))
    codes = [r[0] for r in demo_db.execute("SELECT code FROM action_programmes WHERE code LIKE 'KH-WFCL-AP%'")]
    for page in pdf_pages_text(out):
        lines = [line.strip() for line in page.splitlines()]
        if "Total" in lines and "Expenditure" in page:
            # The programme table's Total row shares its page with at least one programme.
            assert any(code in page for code in codes), page


def test_the_running_header_keeps_the_period(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    out = tmp_path / "tpr.pdf"
    catalogue.build_report("tpr", demo_db, out, BuildOptions(project="KH-WFCL", period="2012-04"))
    for page in pdf_pages_text(out)[1:]:
        head = _flat(page)[:300]
        assert "National Capacities to End WFCL in Cambodia by 2016" in head
        assert "Reporting period: 1 April 2012 – 30 September 2012" in head


def test_the_child_profile_header_keeps_the_case_number(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText
) -> None:
    case = demo_db.execute(
        "SELECT c.case_number FROM children c JOIN projects p ON p.id = c.project_id "
        "WHERE p.code = 'KH-WFCL' ORDER BY c.case_number LIMIT 1"
    ).fetchone()[0]
    out = tmp_path / "child.pdf"
    catalogue.build_report("child", demo_db, out, BuildOptions(child=case))
    pages = pdf_pages_text(out)
    assert len(pages) >= 2
    for page in pages:
        assert case in _flat(page)[:300]


@pytest.mark.parametrize(("value", "shown"), [(99.6, "99.6%"), (99.96, "99.9%"), (72.4, "72%"), (100.0, "100%")])
def test_the_progress_chart_never_rounds_a_missed_target_up(value: float, shown: str) -> None:
    chart = ProgressChart([ProgressBar("x", value, 100)], lang="en")
    assert chart._percent_text(chart.bars[0]) == shown
    assert below_target(value) < 100 or value >= 100


def test_percent_cells_never_round_a_missed_target_up() -> None:
    assert percent_text(99.96, "en") == "99.9%"
    assert percent_text(99.6, "en") == "99.6%"
    assert percent_text(100.0, "en") == "100%"


def test_services_are_labelled_as_services(demo_db: Any) -> None:
    table = tpr.services_table(tpr.collect(demo_db, "KH-WFCL", "2012-04"))
    assert table.header[1:4] == ("Services to girls", "Services to boys", "All services")


def test_the_child_profile_writes_dates_one_way(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    case = demo_db.execute(
        "SELECT c.case_number FROM children c WHERE EXISTS (SELECT 1 FROM services s WHERE s.child_id = c.id) "
        "ORDER BY c.case_number LIMIT 1"
    ).fetchone()[0]
    out = tmp_path / "child.pdf"
    catalogue.build_report("child", demo_db, out, BuildOptions(child=case))
    text = _flat(" ".join(pdf_pages_text(out)))
    assert not re.search(r"\b\d{2}/\d{2}/\d{4}\b", text)
    assert re.search(
        r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b",
        text,
    )


@pytest.mark.parametrize("kind", ["register", "child"])
def test_english_reports_spell_labor_one_way(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText, kind: str
) -> None:
    case = demo_db.execute(
        "SELECT case_number FROM children WHERE work_status = 'hazardous' ORDER BY case_number LIMIT 1"
    ).fetchone()[0]
    out = tmp_path / f"{kind}.pdf"
    catalogue.build_report(kind, demo_db, out, BuildOptions(project="CAR-WFCL", child=case))
    text = _flat(" ".join(pdf_pages_text(out)))
    # The app's own words (programme titles are the users' and stay as typed).
    assert "Hazardous child labor" in text
    assert "child labour" not in text.replace(_programme_title(demo_db, case), "")


def _programme_title(db: Any, case: str) -> str:
    row = db.execute(
        "SELECT ap.title FROM children c JOIN action_programmes ap ON ap.id = c.programme_id WHERE c.case_number = ?",
        [case],
    ).fetchone()
    return " ".join(str(row[0]).split()) if row else "\0"


@pytest.mark.parametrize("lang", ["en", "km", "ru"])
def test_the_blank_intake_form_has_consent_signature_and_project(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText, lang: str
) -> None:
    out = tmp_path / "intake.pdf"
    catalogue.build_report("intake-form", demo_db, out, BuildOptions(project="CAR-WFCL", lang=lang))
    text = _flat(" ".join(pdf_pages_text(out)))
    assert "CAR-WFCL" in text
    if lang == "en":
        assert "Signature or thumbprint of the parent or guardian" in text and "Date of consent" in text
    if lang == "ru":
        assert "Подпись родителя или опекуна" in text and "Дата согласия" in text


def test_the_follow_up_form_asks_who_visited(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    out = tmp_path / "followup.pdf"
    catalogue.build_report("followup-form", demo_db, out, BuildOptions(project="KH-WFCL"))
    text = _flat(" ".join(pdf_pages_text(out)))
    assert "Visited by" in text and "Field officer" not in text and "KH-WFCL" in text


@pytest.mark.parametrize("kind", ["tpr", "summary", "programme", "register", "child", "quality", "intake-form"])
def test_khmer_digits_everywhere_but_in_codes(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText, kind: str
) -> None:
    out = tmp_path / f"{kind}.pdf"
    options = BuildOptions(project="CAR-WFCL", lang="km", khmer_digits=True, child="KG-CHU-000009")
    catalogue.build_report(kind, demo_db, out, options)
    words = _flat(" ".join(pdf_pages_text(out))).split()
    latin_numbers = [w for w in words if re.search(r"[0-9]", w) and not re.search(r"[A-Za-z]", w)]
    assert latin_numbers == []
    assert any(re.search(r"[\u17e0-\u17e9]", w) for w in words)
    if kind in ("register", "child"):
        assert "KG-CHU-000009" in words  # case numbers are identifiers: Latin digits kept


def test_the_cover_sheet_has_usdols_boxes(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    out = tmp_path / "tpr.pdf"
    catalogue.build_report("tpr", demo_db, out, BuildOptions(project="KH-WFCL", period="2012-04"))
    first = _flat(pdf_pages_text(out)[0])
    for box in (
        "1. Federal agency",
        "USDOL/ILAB/OCFT",
        "2. Federal grant (cooperative agreement) number MISSING",
        "3. Recipient DUNS number MISSING",
        "4. Country and project name Cambodia",
        "5. Recipient contacts Headquarters:",
        "6. Project/grant period 30 September 2008 – 31 December 2012",
        "7. Reporting period end date 30 September 2012 (2012-04)",
        "8. Final report No",
        "9. Reporting frequency Semi-annual",
        "[X] A. Data reporting form",
        "H. Other",
        "11. Certification",
        "Telephone",
        "E-mail",
        "Date submitted",
    ):
        assert box in first, box
    assert "—" not in first.split("Fiscal year")[0]


def test_the_identifier_is_the_uei_from_april_2022(demo_db: Any) -> None:
    project = {"end_date": "2024-12-31", "uei": "", "duns": "123456789"}
    assert tpr.recipient_identifier(project, {"end_date": "2022-03-31"}) == ("DUNS", "123456789")
    assert tpr.recipient_identifier(project, {"end_date": "2022-09-30"}) == ("UEI", "")
    assert tpr.is_final(project, {"end_date": "2025-03-31"}) and not tpr.is_final(project, {"end_date": "2024-09-30"})


def test_a_missing_grant_number_or_identifier_is_a_quality_warning(demo_db: Any) -> None:
    from cl_desktop.reports import quality

    (table,) = quality.tables(demo_db, "KH-WFCL", None)
    issues = [row[1] for row in table.rows]
    assert any("no federal grant number" in text for text in issues)
    assert any("no recipient identifier (DUNS)" in text for text in issues)


def test_the_results_framework_prints_no_internal_keys_and_flags_objectives_without_indicators(demo_db: Any) -> None:
    table = tpr.results_table(tpr.collect(demo_db, "KH-WFCL", "2012-04"))
    codes = [row[0] for row in table.rows]
    assert "withdrawn" not in codes and "prevented" not in codes
    assert {"A1.1", "A1.2"} <= set(codes)
    for i, row in enumerate(table.rows):
        if str(row[0]).startswith("IO"):
            assert table.rows[i + 1][1] == "No indicator has been defined for this objective yet."
