"""The beneficiary register prints a project's extra fields shown in lists and reports as columns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from factories import ctx_for

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
