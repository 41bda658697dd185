"""The beneficiary register prints a project's extra fields shown in lists and reports as columns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for
from pypdf import PdfReader

from cl_desktop.reports import catalogue, register
from cl_desktop.reports.common import BuildOptions
from cl_desktop.services.children import Children
from cl_desktop.services.custom_fields import CustomFields


def test_the_register_prints_the_extra_fields_shown_in_reports(
    demo_db: Any, tmp_path: Path, pdf_pages_text: Callable[[Path], list[str]]
) -> None:
    ctx = ctx_for(demo_db)
    project = demo_db.execute("SELECT id FROM projects WHERE code = 'CAR-WFCL'").fetchone()[0]
    service = CustomFields(ctx)
    base = {"project_id": project, "form": "intake", "in_lists": True}
    service.define({**base, "code": "debt", "kind": "yes_no", "label_en": "Debt", "label_ru": "Долг"})
    service.define({**base, "code": "crop", "kind": "choice", "label_en": "Crop", "label_ru": "Культура",
                    "choices": "cotton=Cotton|កប្បាស|Хлопок;tobacco=Tobacco|ថ្នាំជក់|Табак"})  # fmt: skip
    service.define({**base, "code": "note", "kind": "text", "label_en": "Not in reports", "in_lists": False})
    case, child_id = demo_db.execute(
        "SELECT case_number, id FROM children WHERE project_id = ? ORDER BY case_number LIMIT 1", [project]
    ).fetchone()
    Children(ctx).update(child_id, {"custom": {"debt": "yes", "crop": "cotton", "note": "secret"}})
    (table,) = register.tables(demo_db, "CAR-WFCL", lang="ru")
    assert table.header[-2:] == ("Долг", "Культура")
    row = next(r for r in table.rows if r[0] == case)
    assert row[-2:] == ("Да", "Хлопок")
    out = tmp_path / "register.pdf"
    catalogue.build_report("register", demo_db, out, BuildOptions(project="CAR-WFCL"))
    text = " ".join(pdf_pages_text(out))
    assert "Debt" in text and "Crop" in text and "Cotton" in text and "Not in reports" not in text
    other = tmp_path / "all.pdf"
    catalogue.build_report("register", demo_db, other, BuildOptions(project="KH-WFCL"))
    assert "Crop" not in " ".join(pdf_pages_text(other))  # another project's register has its own columns


LABELS = [
    ("debt", "yes_no", "Debt", "Долг"),
    ("usd", "number", "Amount owed", "Сумма долга"),
    ("kiln", "text", "Kiln name", "Название печи"),
    ("seen", "date", "First seen", "Впервые замечен"),
    ("bond", "yes_no", "Bonded", "Кабала"),
    ("night", "yes_no", "Night work", "Ночная работа"),
    ("boat", "text", "Boat owner", "Владелец лодки"),
    ("nets", "number", "Nets hauled", "Сетей вытянуто"),
    ("sea", "yes_no", "Days at sea", "Дни в море"),
]


def _with_fields(demo_db: Any, n: int) -> tuple[str, str]:
    """``n`` intake fields shown in reports on a small programme's project, answered by its first child."""
    ctx = ctx_for(demo_db)
    programme, project = demo_db.execute(
        "SELECT a.code, a.project_id FROM action_programmes a JOIN children c ON c.programme_id = a.id "
        "WHERE c.deleted = 0 GROUP BY a.id ORDER BY count(*), a.code LIMIT 1"
    ).fetchone()
    service = CustomFields(ctx)
    for code, kind, en, ru in LABELS[:n]:
        service.define({"project_id": project, "form": "intake", "in_lists": True, "code": code, "kind": kind,
                        "label_en": en, "label_ru": ru})  # fmt: skip
    case, child_id = demo_db.execute(
        "SELECT c.case_number, c.id FROM children c JOIN action_programmes a ON a.id = c.programme_id "
        "WHERE a.code = ? AND c.deleted = 0 ORDER BY c.case_number LIMIT 1",
        [programme],
    ).fetchone()
    answers = {"debt": "yes", "usd": "250", "kiln": "Kiln 4", "seen": "2010-01-02", "bond": "no", "night": "yes",
               "boat": "Uncle Sok", "nets": "12", "sea": "no"}  # fmt: skip
    Children(ctx).update(child_id, {"custom": {c: answers[c] for c, *_ in LABELS[:n]}})
    return programme, case


@pytest.mark.parametrize(
    ("n", "orientation", "continued"), [(2, "portrait", 0), (5, "landscape", 0), (9, "landscape", 3)]
)
def test_every_field_shown_in_reports_prints_beside_the_columns_or_on_continuation_pages(
    demo_db: Any, tmp_path: Path, n: int, orientation: str, continued: int
) -> None:
    programme, case = _with_fields(demo_db, n)
    out = tmp_path / "register.pdf"
    catalogue.build_report("register", demo_db, out, BuildOptions(programme=programme))
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (box.width > box.height) == (orientation == "landscape")
    pages = [p.extract_text() for p in reader.pages]
    text = " ".join(pages)
    for _code, _kind, en, _ru in LABELS[:n]:
        assert en in " ".join(text.split()), en
    assert "Uncle Sok" in text if n >= 7 else "Uncle Sok" not in text
    continuation = [i for i, page in enumerate(pages) if "Project questions" in page]
    assert len(continuation) == (1 if continued else 0)
    if continued:
        # the continuation follows the register: the same child again, by case number, with the other answers
        later = " ".join(pages[continuation[0] :])
        assert case in later and "Uncle Sok" in later and "Kiln 4" not in later
        first = " ".join(pages[: continuation[0]])
        assert "Kiln 4" in first and "Uncle Sok" not in first
    (table,) = register.tables(demo_db, None, programme=programme)
    assert len(table.header) == 8 + n, "an export has room for every field"


def test_the_continuation_prints_in_russian_and_khmer(demo_db: Any, tmp_path: Path) -> None:
    programme, case = _with_fields(demo_db, 9)
    for lang in ("ru", "km"):
        out = tmp_path / f"register-{lang}.pdf"
        pages = catalogue.build_report("register", demo_db, out, BuildOptions(programme=programme, lang=lang))
        texts = [p.extract_text() for p in PdfReader(out).pages]
        assert len(texts) == pages
        starts = [i for i, t in enumerate(texts) if "Kiln 4" not in t and case in t]
        assert starts, "the child's line on a continuation page"
        if lang == "ru":
            joined = " ".join(" ".join(texts).split())
            assert "Вопросы проекта" in joined and "Владелец лодки" in joined and "Дни в море" in joined
