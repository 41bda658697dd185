"""The DHIS2 mapping: default, CSV round trip, refusals named by row, headquarters only, synced."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for

from cl_desktop.errors import PermissionDenied, RefusedInput
from cl_desktop.exchange import mapping
from cl_desktop.services.context import Context
from cl_desktop.store.schema import SYNCED_TABLES


def hq(db: Any) -> Context:
    return Context(db, ctx_for(db).actor)


def test_the_default_maps_everything_the_export_counts(demo_db: Any) -> None:
    m = mapping.load(demo_db)
    assert m.data_set == "CL_CHILD_LABOUR"
    assert m.code("data_element", "withdrawn") == "CL_WITHDRAWN"
    assert m.option("sex", "F") == "FEMALE"
    assert m.option("age_group", "15-17") == "Y15_17"
    assert m.code("category", "work_status") == "CL_WORK_STATUS"
    # organisation units carry the reference data's official codes
    assert m.code("org_unit", "KH-12") == "KH-12"
    assert m.code("org_unit", "project:KH-WFCL") == "KH"
    assert m.code("org_unit", "project:CAR-WFCL") == "CAR-WFCL"  # four countries: a unit of its own
    assert mapping.check(m, [(n, r) for n, r in enumerate(m.ordered(), 2)]) == []


def test_export_then_import_round_trips_and_changes_nothing(demo_db: Any, tmp_path: Path) -> None:
    out = tmp_path / "mapping.csv"
    count = mapping.export_csv(demo_db, out)
    assert count == len(mapping.load(demo_db).rows)
    assert mapping.import_csv(hq(demo_db), out) == 0
    assert demo_db.execute("SELECT count(*) FROM dhis2_mappings").fetchone()[0] == 0


def test_an_edited_code_is_stored_audited_and_exported_again(demo_db: Any, tmp_path: Path) -> None:
    out = tmp_path / "mapping.csv"
    mapping.export_csv(demo_db, out)
    text = out.read_text(encoding="utf-8").replace("option,sex:F,FEMALE,", "option,sex:F,F,")
    text = text.replace("org_unit,KH-12,KH-12,", "org_unit,KH-12,ou_PNP,")
    out.write_text(text, encoding="utf-8")
    assert mapping.import_csv(hq(demo_db), out) == 2
    m = mapping.load(demo_db)
    assert (m.option("sex", "F"), m.code("org_unit", "KH-12")) == ("F", "ou_PNP")
    audited = demo_db.execute("SELECT count(*) FROM audit_log WHERE table_name = 'dhis2_mappings'").fetchone()[0]
    assert audited == 2
    again = tmp_path / "again.csv"
    mapping.export_csv(demo_db, again)
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
    assert mapping.import_csv(hq(demo_db), again) == 0


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["option,sex:F,MALE,"], "Row 2: the code “MALE” is used twice"),
        (["data_element,withdrawn,CL_X,", "data_element,prevented,CL_X,"], "Row 3: the code “CL_X” is used twice"),
        (["data_element,nonsense,CL_X,"], "Row 2: there is no data element “nonsense”"),
        (["colour,sex,CL_X,"], "Row 2: the kind “colour” is unknown"),
        (["org_unit,KH-12,A,", "org_unit,KH-12,B,"], "Row 3: org unit “KH-12” is already on row 2"),
        (["category,sex,9SEX,"], "Row 2: the code “9SEX” is not a valid code"),
        (["category,sex,value,"], "Row 2: the category code “value” is a name ADX itself uses"),
        (["org_unit,KH-1,KH-2,"], "Row 2: the code “KH-2” is used twice"),
    ],
)
def test_unknown_or_duplicated_codes_are_refused_with_the_row_named(
    demo_db: Any, tmp_path: Path, lines: list[str], expected: str
) -> None:
    before = demo_db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    path = tmp_path / "bad.csv"
    path.write_text("kind,key,code,name\n" + "\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(mapping.MappingRefused) as refused:
        mapping.import_csv(hq(demo_db), path)
    assert any(e.startswith(expected) for e in refused.value.errors), refused.value.errors
    assert demo_db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    assert demo_db.execute("SELECT count(*) FROM dhis2_mappings").fetchone()[0] == 0


@pytest.mark.parametrize(
    "content",
    [b"", b"kind;key\n", b"\xff\xfe\x00garbage", b"kind,key,code\n", b'kind,key,code\n"unclosed,x,y\n'],
)
def test_a_file_that_is_not_a_mapping_is_refused_in_one_sentence(demo_db: Any, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(RefusedInput) as refused:
        mapping.import_csv(hq(demo_db), path)
    assert "\n" not in str(refused.value)


def test_only_headquarters_changes_the_mapping(office_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("kind,key,code\ndata_set,data_set,DS2\n", encoding="utf-8")
    with pytest.raises(PermissionDenied):
        mapping.import_csv(ctx_for(office_db), path)
    assert office_db.execute("SELECT count(*) FROM dhis2_mappings").fetchone()[0] == 0


def test_the_mapping_travels_with_the_metadata() -> None:
    assert "dhis2_mappings" in SYNCED_TABLES


def test_a_blank_code_is_accepted_and_reported_by_the_export_check(demo_db: Any) -> None:
    assert mapping.save(hq(demo_db), [(2, mapping.Row("data_element", "registered", ""))]) == 1
    assert mapping.load(demo_db).code("data_element", "registered") == ""


def test_the_table_refuses_an_unknown_kind_even_written_directly(demo_db: Any) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        demo_db.execute(
            "INSERT INTO dhis2_mappings (id, kind, key, code, office, created_at, created_by, updated_at, updated_by)"
            " VALUES ('x', 'colour', 'k', 'c', 'HQ', '', '', '', '')"
        )
