"""XLSForms that pyxform converts, and Kobo/ODK exports of them imported by the intake form's rules."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from factories import ctx_for
from pyxform.xls2xform import convert

from cl_desktop.exchange import kobo, xlsform


def counts(db: Any) -> tuple[int, ...]:
    return tuple(
        db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("children", "follow_ups", "form_submissions", "audit_log", "sync_duplicates")
    )


def converted(db: Any, form: str, tmp_path: Path) -> tuple[list[str], dict[str, list[str]]]:
    """The form's field names as pyxform's XForm binds them, and its choice lists."""
    path = tmp_path / f"{form}.xlsx"
    xlsform.write(db, "KH-WFCL", form, path)
    xform = convert(xlsform=str(path)).xform
    assert "/meta/instanceID" in xform  # the submission id every export carries
    fields = re.findall(r'<bind nodeset="/[^/"]+/([a-z_]+)"', xform)
    lists: dict[str, list[str]] = {}
    for row in openpyxl.load_workbook(path)["choices"].iter_rows(min_row=2, values_only=True):
        lists.setdefault(row[0], []).append(row[1])
    return fields, lists


@pytest.mark.parametrize("form", ["intake", "followup"])
def test_the_forms_convert_with_pyxform_in_three_languages(demo_db: Any, form: str, tmp_path: Path) -> None:
    path = tmp_path / f"{form}.xlsx"
    xlsform.write(demo_db, "KH-WFCL", form, path)
    xform = convert(xlsform=str(path)).xform
    assert "<h:title>KH-WFCL" in xform
    for lang in ("English (en)", "Khmer (km)", "Russian (ru)"):
        assert f'<translation lang="{lang}"' in xform or f'lang="{lang}"' in xform
    assert "ស្ថានភាពសិក្សា" in xform and "Обучение в школе" in xform  # "School status" in Khmer and Russian
    if form == "intake":
        assert 'relevant=" /' in xform and "${working}" not in xform  # skip logic resolved to paths
        assert ". &lt;= 168" in xform and "today()" in xform and "365.25" in xform
    else:
        survey = openpyxl.load_workbook(path)["choices"]
        cases = [r[1] for r in survey.iter_rows(min_row=2, values_only=True) if r[0] == "child"]
        total = demo_db.execute(
            "SELECT count(*) FROM children c JOIN projects p ON p.id = c.project_id WHERE p.code = 'KH-WFCL' "
            "AND c.deleted = 0"
        ).fetchone()[0]
        assert len(cases) == total


def intake_rows(fields: list[str], lists: dict[str, list[str]], n: int) -> list[dict[str, str]]:
    rows = []
    for i in range(n):
        row = {f: "" for f in fields}
        row.update(
            intake_date="2010-06-15",
            name=f"Kobo Child {i}",
            name_latin=f"Kobo Child {i}",
            sex="F" if i % 2 else "M",
            birth_date=f"{1997 + i % 5}-03-0{1 + i % 9}",
            birth_date_estimated="no",
            programme=lists["programme"][0],
            village=lists["village"][i % 5],
            guardian_name="Guardian",
            guardian_relation="mother",
            consent="yes",
            consent_date="2010-06-15",
            working="yes" if i % 3 else "no",
            school_status="attending_irregularly",
        )
        if i % 3:
            row.update(
                sector=lists["sector"][0],
                hours_per_week="30",
                hazards=" ".join(lists["hazard"][:2]),
                work_activities="carrying bricks",
            )
        rows.append(row)
    return rows


def write_export(path: Path, rows: list[dict[str, str]], fields: list[str]) -> Path:
    """A Kobo CSV export: group-prefixed headers, ';' separated, metadata columns after the fields."""
    header = [f"group_child/{f}" if f not in ("start", "end") else f for f in fields]
    header += ["meta/instanceID", "_id", "_uuid", "_submission_time"]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(header)
        for i, row in enumerate(rows):
            uuid = row.get("_key", f"0f8fad5b-d9cb-469f-a165-70867728{i:04d}")
            writer.writerow([row.get(f, "") for f in fields] + [f"uuid:{uuid}", str(i), uuid, "2010-06-16T08:00:00"])
    return path


def test_an_intake_export_imports_once_and_again_changes_nothing(demo_db: Any, tmp_path: Path) -> None:
    fields, lists = converted(demo_db, "intake", tmp_path)
    assert {"name", "birth_date", "village", "programme", "hours_per_week"} <= set(fields)
    export = write_export(tmp_path / "kobo.csv", intake_rows(fields, lists, 6), fields)
    ctx = ctx_for(demo_db)
    before = counts(demo_db)
    result = kobo.import_file(ctx, "intake", export)
    assert (result.rows, result.added, result.unchanged) == (6, 6, 0)
    after = counts(demo_db)
    assert after[0] == before[0] + 6 and after[2] == before[2] + 6
    child = next(demo_db.query("SELECT * FROM children WHERE name = 'Kobo Child 1'"))
    assert child["work_status"] in ("child_labour", "hazardous") and child["hours_per_week"] == 30
    assert child["case_number"].startswith("KH-")
    idle = next(demo_db.query("SELECT * FROM children WHERE name = 'Kobo Child 0'"))
    assert idle["working"] == 0 and idle["hours_per_week"] == 0
    again = kobo.import_file(ctx, "intake", export)
    assert (again.added, again.unchanged) == (0, 6)
    assert counts(demo_db) == after


def test_a_damaged_export_is_refused_whole_with_row_and_column(demo_db: Any, tmp_path: Path) -> None:
    fields, lists = converted(demo_db, "intake", tmp_path)
    rows = intake_rows(fields, lists, 4)
    rows[1]["birth_date"] = "2008-01-01"  # two years old at intake
    rows[3]["village"] = "XX-NOWHERE"
    rows[3]["guardian_relation"] = "neighbour"  # reported with the village: every problem of a row at once
    export = write_export(tmp_path / "kobo.csv", rows, fields)
    before = counts(demo_db)
    with pytest.raises(kobo.KoboRefused) as refused:
        kobo.import_file(ctx_for(demo_db), "intake", export)
    errors = refused.value.errors
    assert any(e.startswith("row 3, column “birth_date”") and "aged 5-17" in e for e in errors), errors
    assert any(e.startswith("row 5, column “village”") for e in errors), errors
    assert any(e.startswith("row 5, column “guardian_relation”") for e in errors), errors
    assert counts(demo_db) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"name,sex\nA,F\n", b"meta/instanceID,name\nuuid:1,A\n", b"PK\x03\x04broken", b"\x00\x01\x02\xff"],
)
def test_a_file_that_is_not_an_export_changes_nothing(demo_db: Any, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    before = counts(demo_db)
    with pytest.raises(kobo.RefusedInput):
        kobo.import_file(ctx_for(demo_db), "intake", path)
    assert counts(demo_db) == before


def resembling(demo_db: Any, tmp_path: Path, key: str = "held-1") -> tuple[dict[str, Any], Path]:
    """An existing child of intake age, and an export with one submission that looks like them."""
    fields, lists = converted(demo_db, "intake", tmp_path)
    for existing in demo_db.query(
        "SELECT c.*, l.code AS village FROM children c JOIN locations l ON l.id = c.location_id "
        "JOIN action_programmes ap ON ap.id = c.programme_id WHERE ap.code = ? AND c.deleted = 0 "
        "AND c.birth_date BETWEEN '1993-06-16' AND '2005-06-15' ORDER BY c.case_number LIMIT 1",
        [lists["programme"][0]],
    ):
        row = intake_rows(fields, lists, 1)[0]
        row.update(
            name=existing["name"],
            name_latin=existing["name_latin"],
            sex=existing["sex"],
            birth_date=existing["birth_date"],
            village=existing["village"],
            _key=key,
        )
        return existing, write_export(tmp_path / "kobo.csv", [row], fields)
    raise AssertionError("the demo has no child of intake age in the programme")


def test_a_submission_resembling_an_existing_child_is_held_for_review_not_inserted(
    demo_db: Any, tmp_path: Path
) -> None:
    existing, export = resembling(demo_db, tmp_path)
    ctx = ctx_for(demo_db)
    before = counts(demo_db)
    result = kobo.import_file(ctx, "intake", export)
    assert (result.added, result.held, result.unchanged) == (0, 1, 0)
    assert "held for review" in result.summary()
    after = counts(demo_db)
    assert after[0] == before[0] and after[2] == before[2] and after[4] == before[4]  # no child, no pair
    [waiting] = kobo.held(ctx)
    assert waiting.values["name"] == existing["name"]
    assert waiting.resembles[0].child_id == existing["id"] and waiting.resembles[0].case_number
    again = kobo.import_file(ctx, "intake", export)
    assert (again.added, again.held, again.unchanged) == (0, 0, 1)
    assert counts(demo_db)[:3] == after[:3]

    child_id = kobo.add_held(ctx, waiting.id)  # the reviewer: a new child after all
    child = next(demo_db.query("SELECT * FROM children WHERE id = ?", [child_id]))
    assert child["name"] == existing["name"] and child["id"] != existing["id"]
    assert kobo.held(ctx) == []
    with pytest.raises(kobo.RefusedInput, match="already been reviewed"):
        kobo.add_held(ctx, waiting.id)
    final = kobo.import_file(ctx, "intake", export)
    assert (final.added, final.held, final.unchanged) == (0, 0, 1)
    assert counts(demo_db)[0] == before[0] + 1


def test_a_held_submission_found_to_be_the_same_child_adds_nothing(demo_db: Any, tmp_path: Path) -> None:
    existing, export = resembling(demo_db, tmp_path, key="held-2")
    ctx = ctx_for(demo_db)
    kobo.import_file(ctx, "intake", export)
    before = counts(demo_db)
    [waiting] = kobo.held(ctx)
    with pytest.raises(kobo.RefusedInput, match="not one the submission resembles"):
        kobo.same_child(ctx, waiting.id, "0190aaaa-0000-7000-8000-000000000000")
    kobo.same_child(ctx, waiting.id, existing["id"])
    after = counts(demo_db)
    assert after[0] == before[0] and after[2] == before[2] + 1  # counted as imported, as that child
    assert kobo.held(ctx) == []
    assert kobo.import_file(ctx, "intake", export).unchanged == 1
    audit = demo_db.execute(
        "SELECT action FROM audit_log WHERE table_name = 'form_held' AND row_id = ? ORDER BY seq", [waiting.id]
    ).fetchall()
    assert [a[0] for a in audit] == ["insert", "update"]


def test_follow_up_visits_import_for_the_chosen_children(demo_db: Any, tmp_path: Path) -> None:
    fields, lists = converted(demo_db, "followup", tmp_path)
    case = lists["child"][0]
    child = next(demo_db.query("SELECT * FROM children WHERE case_number = ?", [case]))
    row = {f: "" for f in fields}
    row.update(
        child=case,
        visit_date=max(child["intake_date"], "2012-11-01"),
        working="no",
        school_status="attending_regularly",
        attendance_percent="90",
        visited_by="Field officer",
    )
    export = write_export(tmp_path / "visits.csv", [row], fields)
    before = counts(demo_db)
    result = kobo.import_file(ctx_for(demo_db), "followup", export)
    assert result.added == 1 and counts(demo_db)[1] == before[1] + 1
    visit = next(
        demo_db.query("SELECT * FROM follow_ups WHERE child_id = ? ORDER BY rowid DESC LIMIT 1", [child["id"]])
    )
    assert visit["attendance_percent"] == 90 and visit["work_status"]
    assert kobo.import_file(ctx_for(demo_db), "followup", export).unchanged == 1


def test_an_xlsx_export_imports_too(demo_db: Any, tmp_path: Path) -> None:
    fields, lists = converted(demo_db, "intake", tmp_path)
    rows = intake_rows(fields, lists, 2)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([*fields, "_uuid"])
    for i, row in enumerate(rows):
        ws.append([row.get(f, "") for f in fields] + [f"abc-{i}"])
    path = tmp_path / "kobo.xlsx"
    wb.save(path)
    assert kobo.import_file(ctx_for(demo_db), "intake", path).added == 2
