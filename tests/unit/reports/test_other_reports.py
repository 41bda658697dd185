"""Programme report, child profile, data-quality report and blank forms, in each language."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.errors import NotFound
from cl_desktop.figures.indicators import outcome_totals
from cl_desktop.i18n import labels
from cl_desktop.reports import catalogue, child_profile, programme, quality
from cl_desktop.reports.common import BuildOptions

PagesText = Callable[[Path], list[str]]


def test_programme_report_counts_its_own_children(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    ap = demo_db.execute("SELECT id, project_id FROM action_programmes WHERE code = 'CAR-WFCL-AP007'").fetchone()
    tables = programme.tables(demo_db, "CAR-WFCL", "2007-04", "en", "CAR-WFCL-AP007")
    withdrawn = outcome_totals(demo_db, ap[1], "withdrawn", until="2007-09-30", programme_id=ap[0])
    assert tables[0].rows[0][7] == withdrawn.total
    registered = demo_db.execute("SELECT count(*) FROM children WHERE programme_id = ? AND deleted = 0", [ap[0]])
    assert tables[1].totals[0][3] == registered.fetchone()[0]
    out = tmp_path / "ap.pdf"
    catalogue.build_report("programme", demo_db, out, BuildOptions(programme="CAR-WFCL-AP007", period="2007-04"))
    text = " ".join(pdf_pages_text(out))
    assert "CAR-WFCL-AP007" in text and "Action Programme Report" in text


def test_child_profile_explains_the_outcome(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    case = demo_db.execute(
        "SELECT case_number FROM children WHERE outcome = 'withdrawn' ORDER BY case_number LIMIT 1"
    ).fetchone()[0]
    info = child_profile.profile(demo_db, case, "en")
    assert info["outcome"].value == "withdrawn"
    out = tmp_path / "child.pdf"
    catalogue.build_report("child", demo_db, out, BuildOptions(child=case, lang="ru"))
    text = " ".join(" ".join(pdf_pages_text(out)).split())
    sex = demo_db.execute("SELECT sex FROM children WHERE case_number = ?", [case]).fetchone()[0]
    assert case in text and ("выведена " if sex == "F" else "выведен ") in text and "выведен(а)" not in text


def test_unknown_child_is_refused(demo_db: Any, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        catalogue.build_report("child", demo_db, tmp_path / "c.pdf", BuildOptions(child="KH-XXX-000000"))
    assert not (tmp_path / "c.pdf").exists()


def test_quality_findings_are_translated(demo_db: Any) -> None:
    (table,) = quality.tables(demo_db, "KH-WFCL", None, "km")
    assert table.rows
    assert all(any("\u1780" <= ch <= "\u17ff" for ch in row[1]) for row in table.rows)


@pytest.mark.parametrize("kind", ["intake-form", "followup-form"])
@pytest.mark.parametrize("lang", ["en", "km", "ru"])
def test_blank_forms_carry_the_reference_choices(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText, kind: str, lang: str
) -> None:
    out = tmp_path / f"{kind}.pdf"
    catalogue.build_report(kind, demo_db, out, BuildOptions(lang=lang))  # type: ignore[arg-type]
    text = " ".join(pdf_pages_text(out))
    column = {"en": "label_en", "km": "label_km", "ru": "label_ru"}[lang]
    hazard = demo_db.execute(f"SELECT {column} FROM reference_items WHERE list = 'hazard' ORDER BY sort").fetchone()[0]
    if lang != "km":  # pypdf cannot give back shaped Khmer text reliably
        assert hazard.split()[0] in text


def test_a_failure_mid_build_leaves_no_file(demo_db: Any, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "tpr.pdf"
    out.write_bytes(b"previous")

    def stop(page: int) -> None:
        if page == 2:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        catalogue.build_report("tpr", demo_db, out, BuildOptions(project="CAR-WFCL"), on_page=stop)
    assert out.read_bytes() == b"previous"
    assert sorted(p.name for p in folder.iterdir()) == ["tpr.pdf"]


@pytest.mark.parametrize("lang", ["en", "km", "ru"])
def test_the_profile_and_the_child_screen_take_the_same_child_file(demo_db: Any, lang: str) -> None:
    from factories import ctx_for

    from cl_desktop.services.children import Children
    from cl_desktop.ui import reasons

    case, child_id = demo_db.execute(
        "SELECT case_number, id FROM children WHERE outcome = 'withdrawn' AND sex = 'F' ORDER BY case_number LIMIT 1"
    ).fetchone()
    service = Children(ctx_for(demo_db))
    child = service.get(child_id)
    info = child_profile.profile(demo_db, case, lang)
    assert info["classification"] == service.classification(child)
    assert info["outcome"] == service.explain_outcome(child)
    if lang == "en":
        return  # English: the screen shows the rule's own sentence, paper the donor's spelling of it
    # The reason is worded from the same catalogue entry on screen and on paper (dates and numbers aside).
    on_screen = reasons.explain(info["outcome"], lang, service.ref.labels, sex="F")
    on_paper = child_profile._explain(info["outcome"], lang, demo_db, "F")
    template = labels.label(f"reason_{info['outcome'].reason_key}", lang)
    fixed = [part.strip() for part in re.split(r"\{[^}]*\}", template) if len(part.strip()) > 3]
    fixed = [labels.sexed(part, "F") if lang == "ru" else part for part in fixed]
    assert fixed and all(part in on_screen and part in on_paper for part in fixed), (fixed, on_screen, on_paper)


def test_a_deleted_code_keeps_its_label_on_paper(demo_db: Any) -> None:
    from cl_desktop.reports import data

    demo_db.execute("UPDATE reference_items SET deleted = 1 WHERE list = 'sector' AND code = 'fishing'")
    assert data.reference_labels(demo_db, "sector", "en")["fishing"] == "Fishing"
    assert "fishing" not in data.reference_order(demo_db, "sector")  # no longer offered on forms
