"""Spreadsheet import on a copy of the demo: round trips, all-or-nothing refusals, nothing written twice."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for, demo_households_search
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cl_desktop.errors import RefusedInput
from cl_desktop.services.lists import ListQuery
from cl_desktop.tabular.exporter import export_list
from cl_desktop.tabular.importer import ImportRefused, import_file
from cl_desktop.tabular.readers import open_table
from cl_desktop.tabular.writers import write_table

CHILDREN = "KH-PNP-00000"  # search text: the first nine children of the Phnom Penh office


@pytest.fixture(scope="module")
def shared_demo(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from cl_desktop.store import open_database

    path = tmp_path_factory.mktemp("import") / "demo.sqlite"
    src, dst = sqlite3.connect(demo_template), sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def demo_db(shared_demo: Any) -> Iterator[Any]:
    """The demo inside a transaction rolled back after the test: a fresh demo without copying it each time."""
    shared_demo.execute("BEGIN")
    yield shared_demo
    assert shared_demo.conn.in_transaction, "something committed the test's transaction"
    shared_demo.execute("ROLLBACK")


def export(db: Any, kind: str, path: Path, search: str = CHILDREN) -> tuple[list[str], list[list[Any]]]:
    export_list(db, kind, path, ListQuery(search=search))
    with open_table(path) as reader:
        return reader.header, [cells for _, cells in reader.rows()]


def cell(header: list[str], row: list[Any], label: str, value: Any = ...) -> Any:
    index = header.index(label)
    if value is not ...:
        row[index] = value
    return row[index]


def audit_count(db: Any) -> int:
    return int(db.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def content(db: Any) -> list[Any]:
    """Everything an import could touch, to check a refused import changed nothing."""
    out: list[Any] = [audit_count(db), db.execute("SELECT * FROM case_counters ORDER BY prefix").fetchall()]
    for table in ("children", "households", "services", "follow_ups"):
        # every write goes through store.records, which bumps the version and the update time
        sql = f"SELECT count(*), sum(version), max(rowid), max(updated_at), sum(deleted) FROM {table}"
        out.append(db.execute(sql).fetchone())
    return out


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_children_round_trip_updates_matched_rows_and_adds_new_ones(demo_db: Any, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"children.{suffix}"
    header, rows = export(demo_db, "children", path)
    assert len(rows) == 9
    cell(header, rows[0], "Name", "Пётр Ҷӯраев")
    # a working child: the sector of one who does not work is refused
    working = next(row for row in rows[1:] if str(cell(header, row, "Working")).lower() == "yes")
    cell(header, working, "Sector", "Fishing")  # a label, as the export writes it
    new = list(rows[2])
    cell(header, new, "Case number", "")
    cell(header, new, "Name", "ស្រី ពៅ")
    cell(header, new, "Household code", "")
    rows.append(new)
    write_table(path, header, rows)

    result = import_file(ctx_for(demo_db), "children", path)

    assert (result.added, result.updated, result.unchanged) == (1, 2, 7)
    first = demo_db.execute("SELECT name FROM children WHERE case_number = ?", [rows[0][0]]).fetchone()
    assert first[0] == "Пётр Ҷӯраев"
    added = demo_db.execute("SELECT case_number, household_id FROM children WHERE name = 'ស្រី ពៅ'").fetchall()
    assert len(added) == 1 and added[0][0].startswith("KH-PNP-") and added[0][1] is None
    sources = {r[0] for r in demo_db.execute("SELECT source FROM audit_log ORDER BY seq DESC LIMIT 3")}
    assert sources == {"import"}


def test_a_child_registered_again_from_a_spreadsheet_is_counted_among_the_pairs_awaiting_review(
    demo_db: Any, tmp_path: Path
) -> None:
    from cl_desktop.figures import duplicate_queue, duplicates

    path = tmp_path / "children.csv"
    header, rows = export(demo_db, "children", path)
    again = list(rows[0])  # the first child typed again in another spreadsheet, without its case number
    cell(header, again, "Case number", "")
    cell(header, again, "Household code", "")
    renamed = list(rows[1])  # and the second renamed as the first: no longer its own pairs
    cell(header, renamed, "Name", cell(header, rows[0], "Name"))
    cell(header, renamed, "Name in Latin letters", cell(header, rows[0], "Name in Latin letters"))
    write_table(path, header, [again, renamed])
    before = duplicate_queue.status(demo_db).pairs

    result = import_file(ctx_for(demo_db), "children", path)

    assert (result.added, result.updated) == (1, 1)
    status = duplicate_queue.status(demo_db)
    assert status.pairs == len(duplicates.unreviewed(demo_db)) > before and status.unchecked == 0
    first = demo_db.execute("SELECT id FROM children WHERE case_number = ?", [rows[0][0]]).fetchone()[0]
    assert first in duplicate_queue.children_in_pairs(demo_db)


def test_households_round_trip(demo_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "households.xlsx"
    header, rows = export(demo_db, "households", path, demo_households_search(demo_db))
    assert rows
    cell(header, rows[0], "Members", 9)
    new = list(rows[0])
    cell(header, new, "Household code", "HH-NEW-1")
    cell(header, new, "Head of household", "Айгерим Садыкова")
    cell(header, new, "Poverty markers", "")
    write_table(path, header, [*rows, new])

    result = import_file(ctx_for(demo_db), "households", path)

    assert (result.added, result.updated) == (1, 1)
    assert demo_db.execute("SELECT members FROM households WHERE code = ?", [rows[0][0]]).fetchone()[0] == 9
    assert demo_db.execute("SELECT head_name FROM households WHERE code = 'HH-NEW-1'").fetchone()[0] == (
        "Айгерим Садыкова"
    )


def test_services_round_trip_matches_by_id_and_adds_rows_without_one(demo_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "services.csv"
    header, rows = export(demo_db, "services", path)
    assert len(rows) >= 9  # the nine children's services
    cell(header, rows[0], "Provider", "Wat Phnom school")
    new = list(rows[0])
    cell(header, new, "Service ID", "")
    cell(header, new, "Service type", "Scholarship")
    cell(header, new, "Provider", "")
    write_table(path, header, [*rows, new])

    result = import_file(ctx_for(demo_db), "services", path)

    assert (result.added, result.updated, result.unchanged) == (1, 1, len(rows) - 1)
    assert demo_db.execute("SELECT provider FROM services WHERE id = ?", [rows[0][0]]).fetchone()[0] == (
        "Wat Phnom school"
    )
    child = demo_db.execute("SELECT id FROM children WHERE case_number = ?", [cell(header, new, "Child case number")])
    assert (
        demo_db.execute(
            "SELECT count(*) FROM services WHERE child_id = ? AND service_type = 'scholarship' AND start_date = ?",
            [child.fetchone()[0], str(cell(header, new, "Start date"))],
        ).fetchone()[0]
        >= 1
    )


def test_follow_ups_round_trip(demo_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "follow-ups.xlsx"
    header, rows = export(demo_db, "follow_ups", path)
    assert len(rows) >= 9  # every child has at least the visit that confirmed its intake
    cell(header, rows[0], "Visited by", "Чолпон")
    new = list(rows[0])
    cell(header, new, "Follow-up ID", "")
    cell(header, new, "Working", "да")
    cell(header, new, "Hours per week", 50)
    cell(header, new, "Hazardous conditions", "")
    write_table(path, header, [*rows, new])

    result = import_file(ctx_for(demo_db), "followups", path)

    assert (result.added, result.updated, result.unchanged) == (1, 1, len(rows) - 1)
    statuses = demo_db.execute("SELECT work_status FROM follow_ups WHERE hours_per_week = 50").fetchall()
    assert ("child_labour",) in statuses


@pytest.mark.parametrize("kind", ["children", "households", "services", "follow_ups"])
@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_reimporting_an_unchanged_export_changes_nothing(demo_db: Any, tmp_path: Path, kind: str, suffix: str) -> None:
    path = tmp_path / f"{kind}.{suffix}"
    search = demo_households_search(demo_db) if kind == "households" else CHILDREN
    _, rows = export(demo_db, kind, path, search)
    before = content(demo_db)

    result = import_file(ctx_for(demo_db), kind, path)

    assert (result.added, result.updated, result.unchanged) == (0, 0, len(rows))
    assert content(demo_db) == before


def test_khmer_and_cyrillic_names_round_trip_exactly_through_xlsx(demo_db: Any, tmp_path: Path) -> None:
    names = ["ស្ត្រី ក្សត្រិយ៍", "Ғайратҷон Қӯзиев", "Ёлка Щукина", "=not a formula"]
    path = tmp_path / "children.xlsx"
    header, rows = export(demo_db, "children", path)
    for row, name in zip(rows, names, strict=False):
        cell(header, row, "Name", name)
    write_table(path, header, rows)
    import_file(ctx_for(demo_db), "children", path)

    again = tmp_path / "again.xlsx"
    header2, rows2 = export(demo_db, "children", again)
    assert [cell(header2, r, "Name") for r in rows2[: len(names)]] == names
    assert import_file(ctx_for(demo_db), "children", again).unchanged == len(rows2)


def test_invalid_children_rows_import_nothing_and_each_error_names_row_and_column(demo_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "children.csv"
    header, rows = export(demo_db, "children", path)
    cell(header, rows[0], "Name", "A valid change that must not be saved")
    cell(header, rows[1], "Intake date", "31/02/2010")
    cell(header, rows[2], "Village code", "KH-99-NOWHERE")
    intake = date.fromisoformat(str(cell(header, rows[3], "Intake date"))[:10])
    cell(header, rows[3], "Date of birth", date(intake.year - 3, 1, 1).isoformat())  # aged 3 at intake
    cell(header, rows[4], "Sector", "Juggling")
    cell(header, rows[5], "Project", "NO-SUCH")
    cell(header, rows[6], "Working", "maybe")
    write_table(path, header, rows)
    before = content(demo_db)

    with pytest.raises(ImportRefused) as caught:
        import_file(ctx_for(demo_db), "children", path)

    errors = {(e.row, e.column) for e in caught.value.result.errors}
    assert errors == {
        (3, "Intake date"),
        (4, "Village code"),
        (5, "Date of birth"),
        (6, "Sector"),
        (7, "Project"),
        (8, "Working"),
    }
    messages = {e.column: e.message for e in caught.value.result.errors}
    assert "aged 5-17" in messages["Date of birth"] and "age 3" in messages["Date of birth"]
    assert "KH-99-NOWHERE" in messages["Village code"]
    assert content(demo_db) == before


def test_follow_up_before_intake_and_unknown_case_numbers_are_refused(demo_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "follow-ups.csv"
    header, rows = export(demo_db, "follow_ups", path)
    new = list(rows[0])
    cell(header, new, "Follow-up ID", "")
    cell(header, new, "Visit date", "2001-01-01")
    unknown = list(rows[1])
    cell(header, unknown, "Follow-up ID", "")
    cell(header, unknown, "Child case number", "KH-PNP-999999")
    write_table(path, header, [*rows, new, unknown])
    before = content(demo_db)

    with pytest.raises(ImportRefused) as caught:
        import_file(ctx_for(demo_db), "follow_ups", path)

    assert [(e.row, e.column) for e in caught.value.result.errors] == [
        (len(rows) + 2, "Visit date"),
        (len(rows) + 3, "Child case number"),
    ]
    assert "cannot be before" in caught.value.result.errors[0].message
    assert content(demo_db) == before


def test_services_for_unknown_children_or_ids_are_refused(demo_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "services.xlsx"
    header, rows = export(demo_db, "services", path)
    cell(header, rows[0], "Child case number", "KH-XXX-000001")
    cell(header, rows[1], "Service ID", "0000-not-an-id")
    cell(header, rows[2], "Start date", "")
    write_table(path, header, rows)
    before = content(demo_db)

    with pytest.raises(ImportRefused) as caught:
        import_file(ctx_for(demo_db), "services", path)

    assert [(e.row, e.column) for e in caught.value.result.errors] == [
        (2, "Child case number"),
        (3, "Service ID"),
        (4, "Start date"),
    ]
    assert content(demo_db) == before


def test_a_dry_run_reports_what_would_happen_and_writes_nothing(demo_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "children.xlsx"
    header, rows = export(demo_db, "children", path)
    cell(header, rows[0], "Notes", "changed")
    cell(header, rows[1], "Date of birth", "not a date")
    write_table(path, header, rows)
    before = content(demo_db)

    result = import_file(ctx_for(demo_db), "children", path, dry_run=True, preview_rows=5)

    assert [(e.row, e.column) for e in result.errors] == [(3, "Date of birth")]
    assert result.updated == 1 and len(result.preview) == 5 and result.preview[0][0] == 2
    assert content(demo_db) == before


def test_values_may_be_codes_or_labels_in_any_language(demo_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "children.csv"
    header, rows = export(demo_db, "children", path)
    cell(header, rows[0], "Working", "yes")
    cell(header, rows[0], "Hours per week", "20")
    cell(header, rows[0], "Sector", "brick_making")
    cell(header, rows[0], "Hazardous conditions", "Переноска тяжестей; extreme_heat")
    cell(header, rows[0], "Sex", "ស្រី")
    write_table(path, header, rows)

    import_file(ctx_for(demo_db), "children", path)

    row = demo_db.execute("SELECT sector, hazards, sex FROM children WHERE case_number = ?", [rows[0][0]]).fetchone()
    assert row[0] == "brick_making" and row[2] == "F"
    assert row[1] == '["heavy_loads", "extreme_heat"]'


def test_columns_that_are_not_in_the_list_are_refused(demo_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    write_table(path, ["Case number", "Favourite colour"], [["KH-PNP-000001", "blue"]])
    with pytest.raises(ImportRefused) as caught:
        import_file(ctx_for(demo_db), "children", path)
    assert [(e.row, e.column) for e in caught.value.result.errors] == [(1, "Favourite colour")]


def test_a_case_number_twice_in_one_file_is_an_error(demo_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "children.csv"
    header, rows = export(demo_db, "children", path)
    write_table(path, header, [rows[0], rows[0]])
    with pytest.raises(ImportRefused) as caught:
        import_file(ctx_for(demo_db), "children", path)
    assert [(e.row, e.column) for e in caught.value.result.errors] == [(3, "Case number")]


@pytest.fixture(scope="module")
def exported(shared_demo: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("exported")
    out: dict[str, bytes] = {}
    for kind, suffix in (("children", "csv"), ("follow_ups", "xlsx"), ("services", "csv")):
        path = folder / f"{kind}.{suffix}"
        export_list(shared_demo, kind, path, ListQuery(search=CHILDREN))
        out[f"{kind}.{suffix}"] = path.read_bytes()
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(["children.csv", "follow_ups.xlsx", "services.csv"]),
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=6),
    cut=st.one_of(st.none(), st.integers(min_value=0)),
    noise=st.one_of(st.none(), st.binary(max_size=300)),
)
def test_hostile_files_are_imported_whole_or_refused_without_a_trace(
    shared_demo: Any,
    exported: dict[str, bytes],
    tmp_path_factory: pytest.TempPathFactory,
    name: str,
    flips: list[tuple[int, int]],
    cut: int | None,
    noise: bytes | None,
) -> None:
    data = bytearray(noise if noise is not None else exported[name])
    for position, value in flips if data else []:
        data[position % len(data)] = value
    if cut is not None and data:
        data = data[: cut % len(data)]
    path = tmp_path_factory.mktemp("hostile") / name
    path.write_bytes(bytes(data))
    shared_demo.execute("BEGIN")
    try:
        before = content(shared_demo)
        try:
            import_file(ctx_for(shared_demo), name.split(".")[0], path)
        except RefusedInput as exc:
            assert str(exc) and "\n" not in str(exc)
            assert content(shared_demo) == before
    finally:
        shared_demo.execute("ROLLBACK")


def test_an_age_without_a_birth_date_imports_as_an_estimated_birth_date(demo_db: Any, tmp_path: Path) -> None:
    from cl_desktop.domain.rules import age_on, estimated_birth_date

    path = tmp_path / "children.csv"
    header, rows = export(demo_db, "children", path)
    new = list(rows[2])
    for label, value in (("Case number", ""), ("Name", "Age Only"), ("Household code", ""), ("Date of birth", "")):
        cell(header, new, label, value)
    cell(header, new, "Age at intake", "11")
    cell(header, rows[0], "Age at intake", "25")  # beside a birth date the age is ignored
    rows.append(new)
    write_table(path, header, rows)

    result = import_file(ctx_for(demo_db), "children", path)

    assert (result.added, result.updated) == (1, 0)
    added = demo_db.execute(
        "SELECT birth_date, birth_date_estimated, intake_date, age_at_intake FROM children WHERE name = 'Age Only'"
    ).fetchone()
    intake = date.fromisoformat(added[2])
    assert added[0] == estimated_birth_date(11, intake).isoformat()
    assert added[1] == 1 and added[3] == 11 == age_on(date.fromisoformat(added[0]), intake)


def test_an_impossible_estimated_age_names_its_row_and_column(demo_db: Any, tmp_path: Path) -> None:
    path = tmp_path / "children.csv"
    header, rows = export(demo_db, "children", path)
    cell(header, rows[1], "Date of birth", "")
    cell(header, rows[1], "Age at intake", "45")
    write_table(path, header, rows)
    before = content(demo_db)

    with pytest.raises(ImportRefused) as caught:
        import_file(ctx_for(demo_db), "children", path)

    assert [(e.row, e.column) for e in caught.value.result.errors] == [(3, "Age at intake")]
    assert "from 0 to 30" in caught.value.result.errors[0].message
    assert content(demo_db) == before
