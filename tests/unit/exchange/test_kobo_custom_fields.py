"""The XLSForm asks the project's extra questions and USDOL's participant data; a Kobo export of it brings the
answers back through the intake form's rules (coordinates from the geopoint, extra fields by code)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from factories import ctx_for
from pyxform.xls2xform import convert
from test_exchange_kobo import converted, intake_rows, write_export

from cl_desktop.exchange import kobo, xlsform
from cl_desktop.services.custom_fields import CustomFields


@pytest.fixture
def defined(demo_db: Any) -> None:
    project = demo_db.execute("SELECT id FROM projects WHERE code = 'KH-WFCL'").fetchone()[0]
    service = CustomFields(ctx_for(demo_db))
    base = {"project_id": project, "form": "intake"}
    service.define({**base, "code": "debt", "kind": "yes_no", "label_en": "In debt", "label_km": "ជំពាក់បំណុល"})
    service.define(
        {**base, "code": "debt_usd", "kind": "number", "label_en": "Debt", "minimum": 0, "maximum": 5000,
         "show_when": "debt", "help_en": "In US dollars"}
    )  # fmt: skip
    service.define({**base, "code": "lender", "kind": "choice", "label_en": "Lender", "choices": "boss=Boss;kin=Kin"})
    service.define({**base, "code": "tasks", "kind": "choices", "label_en": "Tasks", "choices": "nets=Nets;sort=Sort"})
    service.define({**base, "code": "seen", "kind": "date", "label_en": "First seen"})
    old = service.define({**base, "code": "kiln", "kind": "text", "label_en": "Kiln"})
    service.retire(old["id"])


def test_the_xlsform_asks_the_extra_questions_and_converts(demo_db: Any, defined: None, tmp_path: Path) -> None:
    path = tmp_path / "intake.xlsx"
    xlsform.write(demo_db, "KH-WFCL", "intake", path)
    xform = convert(xlsform=str(path)).xform
    for name in ("cf_debt", "cf_debt_usd", "cf_lender", "cf_tasks", "cf_seen", "location", "chores_hours_per_week"):
        assert f"/{name}" in xform, name
    assert "cf_kiln" not in xform  # retired: not asked any more
    assert "ជំពាក់បំណុល" in xform and "In US dollars" in xform
    assert ". &gt;= 0 and . &lt;= 5000" in xform
    survey = {row[1]: row for row in openpyxl.load_workbook(path)["survey"].iter_rows(min_row=2, values_only=True)}
    assert survey["cf_tasks"][0] == "select_multiple cf_tasks" and survey["cf_debt_usd"][-1] == "${cf_debt} != ''"


def test_a_kobo_export_brings_the_answers_back(demo_db: Any, defined: None, tmp_path: Path) -> None:
    fields, lists = converted(demo_db, "intake", tmp_path)
    rows = intake_rows(fields, lists, 2)
    rows[0].update(cf_debt="yes", cf_debt_usd="250", cf_lender="kin", cf_tasks="nets sort", cf_seen="2010-05-01")
    rows[0].update(location="11.5564 104.9282 12 5", chores_hours_per_week="20", job_to_return="no")
    rows[0].update(household_hazards="open_fire water_loads", head_relation="grandchild")
    export = write_export(tmp_path / "kobo.csv", rows, fields)
    assert kobo.import_file(ctx_for(demo_db), "intake", export).added == 2
    child = next(demo_db.query("SELECT * FROM children WHERE name = 'Kobo Child 0'"))
    assert json.loads(child["custom"]) == {
        "debt": 1, "debt_usd": 250, "lender": "kin", "seen": "2010-05-01", "tasks": ["nets", "sort"]
    }  # fmt: skip
    assert (child["latitude"], child["longitude"], child["chores_hours_per_week"]) == (11.5564, 104.9282, 20)
    assert (child["job_to_return"], child["head_relation"]) == (0, "grandchild")
    assert json.loads(child["household_hazards"]) == ["open_fire", "water_loads"]
    other = next(demo_db.query("SELECT * FROM children WHERE name = 'Kobo Child 1'"))
    assert (json.loads(other["custom"]), other["latitude"], other["job_to_return"]) == ({}, None, None)


def test_a_wrong_extra_answer_is_refused_under_its_column(demo_db: Any, defined: None, tmp_path: Path) -> None:
    fields, lists = converted(demo_db, "intake", tmp_path)
    rows = intake_rows(fields, lists, 1)
    rows[0].update(cf_debt="yes", cf_debt_usd="9000")
    export = write_export(tmp_path / "kobo.csv", rows, fields)
    with pytest.raises(kobo.KoboRefused) as refused:
        kobo.import_file(ctx_for(demo_db), "intake", export)
    assert "column “cf_debt_usd”: cf_debt_usd must be from 0 to 5000" in "\n".join(refused.value.errors)
