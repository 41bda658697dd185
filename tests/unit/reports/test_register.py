"""Beneficiary register: one line per selected child, streamed, Khmer shaped."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from cl_desktop.errors import NotFound
from cl_desktop.reports import register
from cl_desktop.reports.common import BuildOptions
from cl_desktop.reports.layout import PageHeader, build_pdf
from cl_desktop.reports.streamed import streamed_table

PagesText = Callable[[Path], list[str]]
CASE = re.compile(r"\b[A-Z]{2}-[A-Z]{3}-\d{6}\b")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_register_lists_each_selected_child_once(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText, lang: str
) -> None:
    out = tmp_path / "register.pdf"
    options = BuildOptions(programme="CAR-WFCL-AP009", lang=lang)  # type: ignore[arg-type]
    pages = register.build_with("register", demo_db, out, options, None)
    expected = demo_db.execute(
        "SELECT case_number FROM children c JOIN action_programmes ap ON ap.id = c.programme_id "
        "WHERE ap.code = 'CAR-WFCL-AP009' AND c.deleted = 0 ORDER BY case_number"
    ).fetchall()
    texts = pdf_pages_text(out)
    found = [m for t in texts for m in CASE.findall(t)]
    assert found == [r[0] for r in expected]
    assert pages == len(texts) >= 2
    assert all(("Case number" if lang == "en" else "Регистрационный") in t for t in texts[1:])


def test_register_filters_by_outcome(demo_db: Any) -> None:
    (table,) = register.tables(demo_db, "CAR-WFCL", None, "en", outcome="withdrawn")
    assert len(table.rows) == 353
    assert {row[7] for row in table.rows} == {"Withdrawn"}


def test_unknown_programme_or_province_is_refused(demo_db: Any, tmp_path: Path) -> None:
    for options in (BuildOptions(programme="NOPE"), BuildOptions(province="XX-99")):
        with pytest.raises(NotFound):
            register.build_with("register", demo_db, tmp_path / "r.pdf", options, None)
    assert not (tmp_path / "r.pdf").exists()


def test_streamed_table_splits_across_pages_with_headers(tmp_path: Path, pdf_pages_text: PagesText) -> None:
    rows = ((f"row {i:04d}", "x " * (i % 30), str(i)) for i in range(400))
    out = tmp_path / "t.pdf"
    pages = build_pdf(
        out,
        [streamed_table(("Name", "Text", "N"), rows, [100.0, 300.0, 80.0], numeric_columns=[2])],
        header=PageHeader("T"),
    )
    texts = pdf_pages_text(out)
    assert pages > 3
    numbers = [int(n) for t in texts for n in re.findall(r"row (\d{4})", t)]
    assert numbers == list(range(400))
    assert all(t.count("Name") >= 1 for t in texts)


def test_streamed_khmer_cells_are_shaped(tmp_path: Path, text_shows: Any) -> None:
    """Clusters shape (fewer glyphs than code points) and the Latin cell after them sits on the line."""
    out = tmp_path / "km.pdf"
    rows = iter([("ក្រសួងការងារ", "Latin 2012")])
    build_pdf(out, [streamed_table(("A", "B"), rows, [200.0, 200.0], lang="km")], header=PageHeader("T"), lang="km")
    shows = text_shows(PdfReader(str(out)), 0)
    khmer = [s for s in shows if "Khmer" in s.font]
    assert khmer, "the Khmer cell was not drawn in the Khmer font"
    assert sum(s.glyphs for s in khmer) < len("ក្រសួងការងារ")
    latin = [s for s in shows if "Khmer" not in s.font]
    assert latin and all(s.rise == 0 for s in latin)


def test_pseudonymised_register_and_profile_print_no_names(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText
) -> None:
    from cl_desktop.reports import catalogue

    case, latin = demo_db.execute(
        "SELECT c.case_number, c.name_latin FROM children c JOIN action_programmes ap ON ap.id = c.programme_id "
        "WHERE ap.code = 'CAR-WFCL-AP007' ORDER BY c.case_number LIMIT 1"
    ).fetchone()
    for kind, options in (
        ("register", BuildOptions(programme="CAR-WFCL-AP007", pseudonymise=True)),
        ("child", BuildOptions(child=case, pseudonymise=True)),
    ):
        out = tmp_path / f"{kind}.pdf"
        catalogue.build_report(kind, demo_db, out, options)
        text = " ".join(pdf_pages_text(out))
        assert case in text and latin not in text, kind
