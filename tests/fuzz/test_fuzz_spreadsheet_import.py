"""The spreadsheet importer refuses hostile files cleanly: no crash, no hang, no partial write."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for
from fuzz_world import FUZZ
from hypothesis import given
from hypothesis import strategies as st

from cl_desktop.errors import KnownError
from cl_desktop.tabular.importer import import_file

KINDS = ["children", "households", "services", "followups"]


def _counts(db: Any) -> tuple[int, int]:
    return (
        db.execute("SELECT count(*) FROM audit_log").fetchone()[0],
        db.execute("SELECT count(*) FROM children").fetchone()[0],
    )


def _import(office: dict[str, Any], path: Path, kind: str) -> None:
    before = _counts(office["db"])
    try:
        import_file(ctx_for(office["db"]), kind, path)
    except KnownError as exc:
        assert str(exc)
        assert _counts(office["db"]) == before, "a refused import wrote something"


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(KINDS), st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_arbitrary_bytes(
    office: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, data: bytes, kind: str, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("t") / f"register ស{suffix}"
    path.write_bytes(data)
    _import(office, path, kind)


CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@FUZZ
@given(
    st.lists(
        st.sampled_from(["name", "sex", "birth_date", "intake_date", "case_number", "hours_per_week", "x", ""]),
        min_size=1,
        max_size=8,
    ),
    st.lists(st.lists(CELL, max_size=9), max_size=6),
    st.sampled_from(KINDS),
)
def test_csv_with_real_column_names_and_any_cells(
    office: dict[str, Any],
    tmp_path_factory: pytest.TempPathFactory,
    header: list[str],
    rows: list[list[str]],
    kind: str,
) -> None:
    import csv

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("t") / "rows.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    _import(office, path, kind)


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "[Content_Types].xml",
                "xl/workbook.xml",
                "xl/worksheets/sheet1.xml",
                "xl/sharedStrings.xml",
                "_rels/.rels",
                "xl/_rels/workbook.xml.rels",
            ]
        ),
        st.binary(max_size=512),
        min_size=1,
    )
)
def test_zip_files_posing_as_workbooks(
    office: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, members: dict[str, bytes]
) -> None:
    path = tmp_path_factory.mktemp("t") / "book.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    _import(office, path, "children")
