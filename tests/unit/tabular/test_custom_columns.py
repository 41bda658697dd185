"""A project's extra fields travel through CSV and XLSX files as columns headed by their codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for, intake
from openpyxl import load_workbook

from cl_desktop.services.children import Children
from cl_desktop.services.custom_fields import CustomFields
from cl_desktop.services.lists import ListQuery
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import location_id
from cl_desktop.tabular.exporter import export_list
from cl_desktop.tabular.importer import ImportRefused, import_file


@pytest.fixture
def world(office_db: Any) -> dict[str, Any]:
    ctx = ctx_for(office_db)
    project = Projects(ctx).create(
        {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
    )
    programme = Projects(ctx).create_programme(
        {"code": "KH-T-AP1", "project_id": project["id"], "title": "Kilns", "start_date": "2009-02-01",
         "end_date": "2012-11-30", "sectors": ["brick_making"], "strategy": ["withdrawal"]},
        [location_id("KH-8")],
    )  # fmt: skip
    service = CustomFields(ctx)
    base = {"project_id": project["id"], "form": "intake"}
    for spec in (
        {"code": "debt", "kind": "yes_no", "label_en": "In debt"},
        {"code": "debt_usd", "kind": "number", "label_en": "Debt", "minimum": 0, "maximum": 5000},
        {"code": "lender", "kind": "choice", "label_en": "Lender", "choices": "employer=Employer;kin=Kin"},
        {"code": "tasks", "kind": "choices", "label_en": "Tasks", "choices": "nets=Nets;sorting=Sorting"},
        {"code": "seen", "kind": "date", "label_en": "First seen"},
        {"code": "kiln", "kind": "text", "label_en": "Kiln"},
    ):
        service.define({**base, **spec})
    child = Children(ctx).register(
        intake(
            project,
            programme,
            location_id("KH-8"),
            custom={
                "debt": "yes",
                "debt_usd": "1200.5",
                "lender": "kin",
                "tasks": "nets,sorting",
                "seen": "2009-11-30",
                "kiln": "Kiln 4",
            },
        )
    )
    return {"ctx": ctx, "db": office_db, "child": child}


def test_an_export_carries_the_extra_fields_and_imports_back_unchanged(world: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "children.csv"
    export_list(world["db"], "children", path, ListQuery())
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    assert header[-6:] == ["debt", "debt_usd", "lender", "tasks", "seen", "kiln"]
    assert rows[1][-6:] == ["yes", "1200.5", "kin", "nets, sorting", "2009-11-30", "Kiln 4"]
    audit = world["db"].execute("SELECT count(*) FROM audit_log").fetchone()[0]
    result = import_file(world["ctx"], "children", path)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 1)
    assert world["db"].execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit


def test_an_edited_xlsx_changes_the_extra_fields_and_a_wrong_value_refuses_the_file(
    world: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "children.xlsx"
    export_list(world["db"], "children", path, ListQuery())
    wb = load_workbook(path)
    ws = wb.active
    header = [c.value for c in ws[1]]
    row = 2
    ws.cell(row, header.index("lender") + 1, "employer")
    ws.cell(row, header.index("debt_usd") + 1, 300)
    ws.cell(row, header.index("tasks") + 1, "")
    wb.save(path)
    assert import_file(world["ctx"], "children", path).updated == 1
    stored = json.loads(Children(world["ctx"]).get(world["child"]["id"])["custom"])
    assert (stored["lender"], stored["debt_usd"], "tasks" in stored) == ("employer", 300, False)
    ws.cell(row, header.index("lender") + 1, "bank")
    ws.cell(row, header.index("debt_usd") + 1, 9000)
    wb.save(path)
    with pytest.raises(ImportRefused) as refused:
        import_file(world["ctx"], "children", path)
    text = "\n".join(str(e) for e in refused.value.result.errors)
    assert "lender must be one of: employer, kin" in text and "debt_usd must be from 0 to 5000" in text
    assert json.loads(Children(world["ctx"]).get(world["child"]["id"])["custom"])["lender"] == "employer"


def test_a_pseudonymised_export_leaves_out_extra_free_text(world: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "children.csv"
    export_list(world["db"], "children", path, ListQuery(), pseudonymise=True)
    text = path.read_text(encoding="utf-8-sig")
    assert "Kiln 4" not in text and "kin" in text.splitlines()[1]
