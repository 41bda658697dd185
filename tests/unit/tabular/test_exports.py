"""List exports: the list screen's filters, project scopes, languages, and the TPR tables."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.errors import NotFound, UsageError
from cl_desktop.tabular.exporter import build_query, export_list, export_tpr_tables, flat_header, sheet_name
from cl_desktop.tabular.readers import open_table


@pytest.fixture(scope="module")
def demo(demo_template: Path) -> Iterator[Any]:
    """Exports only read: the session's demo template, opened read-only, serves every test."""
    from cl_desktop.store import open_database

    db = open_database(demo_template, create=False, read_only=True)
    yield db
    db.close()


def read(path: Path) -> tuple[list[str], list[list[Any]]]:
    with open_table(path) as reader:
        return reader.header, [cells for _, cells in reader.rows()]


def export(demo: Any, kind: str, path: Path, **options: Any) -> tuple[list[str], list[list[Any]]]:
    query, project = build_query(demo, kind, **options)
    export_list(demo, kind, path, query, project=project)
    return read(path)


def test_filters_take_codes_and_labels_and_narrow_the_rows(demo: Any, tmp_path: Path) -> None:
    header, rows = export(
        demo, "children", tmp_path / "c.csv", project="kh-wfcl", filters=["sex=Female", "programme=KH-WFCL-AP005"]
    )
    assert rows
    assert {r[header.index("Sex")] for r in rows} == {"F"}
    assert {r[header.index("Action programme")] for r in rows} == {"KH-WFCL-AP005"}
    expected = demo.execute(
        "SELECT count(*) FROM children c JOIN action_programmes a ON a.id = c.programme_id "
        "WHERE c.sex = 'F' AND a.code = 'KH-WFCL-AP005' AND c.deleted = 0"
    ).fetchone()[0]
    assert len(rows) == expected


def test_lists_without_a_project_filter_are_narrowed_to_the_project(demo: Any, tmp_path: Path) -> None:
    _, rows = export(demo, "followups", tmp_path / "f.csv", project="CAR-WFCL")
    expected = demo.execute(
        "SELECT count(*) FROM follow_ups f JOIN children c ON c.id = f.child_id JOIN projects p ON p.id = c.project_id "
        "WHERE p.code = 'CAR-WFCL' AND f.deleted = 0"
    ).fetchone()[0]
    assert len(rows) == expected > 0


def test_unknown_projects_and_filters_are_refused(demo: Any) -> None:
    with pytest.raises(NotFound, match="no project NOPE"):
        build_query(demo, "children", project="NOPE")
    with pytest.raises(UsageError, match="no filter 'colour'"):
        build_query(demo, "children", filters=["colour=red"])
    with pytest.raises(UsageError, match="key=value"):
        build_query(demo, "children", filters=["sex"])


def test_reference_labels_follow_the_export_language(demo: Any, tmp_path: Path) -> None:
    query, _ = build_query(demo, "children", search="KH-PNP-000001")
    export_list(demo, "children", tmp_path / "km.csv", query, lang="km")
    header, rows = read(tmp_path / "km.csv")
    status = rows[0][header.index("School status")]
    assert status and not status.isascii()


def test_other_lists_write_their_screen_columns_with_real_dates(demo: Any, tmp_path: Path) -> None:
    header, rows = export(demo, "programmes", tmp_path / "p.xlsx", project="KH-WFCL")
    assert header[:3] == ["Code", "Title", "Project"]
    assert {r[2] for r in rows} == {"KH-WFCL"}
    assert isinstance(rows[0][header.index("Start")], date)


def test_tpr_tables_are_one_sheet_each_in_xlsx_and_one_long_table_in_csv(demo: Any, tmp_path: Path) -> None:
    pytest.importorskip("cl_desktop.reports.tpr")
    from openpyxl import load_workbook

    export_tpr_tables(demo, tmp_path / "tpr.xlsx", "KH-WFCL", "2010-10")
    book = load_workbook(tmp_path / "tpr.xlsx", read_only=True)
    names = book.sheetnames
    assert names[-1] == "Contents" and len(names) > 5 and all(len(n) <= 31 for n in names)
    first = [list(r) for r in book[names[0]].iter_rows(values_only=True)]
    book.close()
    assert "This period: Girls" in first[0]

    export_tpr_tables(demo, tmp_path / "tpr.csv", "KH-WFCL", "2010-10")
    header, rows = read(tmp_path / "tpr.csv")
    assert header == ["Table", "Row", "Column", "Value"]
    by_key = {(r[0], r[1], r[2]): r[3] for r in rows}
    girls = int(by_key[("Indicator Data Reporting Form", "Children withdrawn", "This period: Girls")])
    boys = int(by_key[("Indicator Data Reporting Form", "Children withdrawn", "This period: Boys")])
    assert girls + boys == int(by_key[("Indicator Data Reporting Form", "Children withdrawn", "This period: Total")])


def test_column_groups_become_part_of_the_names() -> None:
    groups = (("", 1), ("Withdrawn", 2), ("Prevented", 2), ("", 1))
    assert flat_header(["Age", "F", "M", "F", "M", "Total"], groups) == [
        "Age",
        "Withdrawn: F",
        "Withdrawn: M",
        "Prevented: F",
        "Prevented: M",
        "Total",
    ]
    assert sheet_name("Children withdrawn and prevented by action programme (cumulative)") == "By action programme"
    assert sheet_name("E1: children provided education or vocational services, by service type") == (
        "E1 by service type"
    )


def test_pseudonymised_exports_carry_no_names_and_cannot_be_imported_back(demo: Any, tmp_path: Path) -> None:
    pytest.importorskip("cl_desktop.security.pseudonymise")
    from factories import ctx_for, demo_households_search

    from cl_desktop.tabular.importer import ImportRefused, import_file

    for kind in ("children", "households"):
        search = demo_households_search(demo) if kind == "households" else "KH-PNP-0000"
        query, _ = build_query(demo, kind, search=search)
        path = tmp_path / f"{kind}.csv"
        export_list(demo, kind, path, query, pseudonymise=True)
        header, rows = read(path)
        key = header[0]
        assert rows and all(r[1] == r[0] for r in rows), f"{kind}: names replaced by the {key}"
        assert not {"Guardian", "Notes", "Address", "Date of birth"} & set(header)
        text = path.read_text(encoding="utf-8-sig")
        assert not any("\u1780" <= ch <= "\u17ff" for ch in text)  # no Khmer names left
        with pytest.raises(ImportRefused) as caught:
            import_file(ctx_for(demo), kind, path)
        assert any("(pseudonym)" in e.column for e in caught.value.result.errors)


def test_the_indicator_aggregate_adds_up_to_the_indicators(demo: Any) -> None:
    from cl_desktop.figures.indicators import e1_counts, l1_count, outcome_totals
    from cl_desktop.tabular.exporter import indicator_aggregate

    pid = demo.execute("SELECT id FROM projects WHERE code = 'KH-WFCL'").fetchone()[0]
    rows = list(indicator_aggregate(demo, "KH-WFCL"))
    assert {r[0] for r in rows} == {"KH-WFCL"}

    def total(indicator: str, period: str | None = None, sex: str | None = None) -> int:
        return sum(
            r[5] for r in rows if r[3] == indicator and (period is None or r[1] == period) and (sex in (None, r[4]))
        )

    start, end = demo.execute(
        "SELECT start_date, end_date FROM reporting_periods WHERE project_id = ? AND code = '2010-10'", [pid]
    ).fetchone()
    e1 = e1_counts(demo, pid, since=start, until=end)["total"]
    l1 = l1_count(demo, pid, since=start, until=end)
    assert (total("E1", "2010-10", "F"), total("E1", "2010-10", "M")) == (e1.f, e1.m)
    assert (total("L1", "2010-10", "F"), total("L1", "2010-10", "M")) == (l1.f, l1.m)
    assert total("withdrawn") == outcome_totals(demo, pid, "withdrawn").total == 5860
    assert total("prevented") == 5884
