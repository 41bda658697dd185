"""Write tables as CSV or XLSX, streamed, to a temporary file renamed when complete.

CSV is UTF-8 with a byte-order mark: without it Excel opens the file in the
machine's legacy code page and Khmer or Cyrillic names become mojibake. Text
cells a spreadsheet would run as a formula get a leading apostrophe (CSV
injection); XLSX cells are typed explicitly as text, so they never run.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cl_desktop.atomic import atomic_path
from cl_desktop.errors import UsageError

FORMATS = ("csv", "xlsx")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot hold; openpyxl refuses them, so they are dropped.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_SHEET_TITLE = 31

Progress = Callable[[int], None]


@dataclass(frozen=True)
class Table:
    """A titled table: what one XLSX sheet holds."""

    title: str
    header: Sequence[str]
    rows: Iterable[Sequence[Any]]


def format_of(path: str | os.PathLike[str]) -> str:
    """``csv`` or ``xlsx`` from the file name; anything else is a usage error."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UsageError(f"The output file must end in .csv or .xlsx (got {Path(path).name}).")
    return suffix


def neutralise(value: str) -> str:
    """Defuse a text cell that Excel or LibreOffice would read as a formula."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def csv_cell(value: Any) -> str:
    if type(value) is str:  # the common case first: exports are mostly text
        return "'" + value if value.startswith(FORMULA_PREFIXES) else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return str(value)
    return neutralise(str(value))


def write_csv(
    path: str | os.PathLike[str], header: Sequence[str], rows: Iterable[Sequence[Any]], progress: Progress | None = None
) -> int:
    """Write one table; returns the number of data rows."""
    count = 0
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow([csv_cell(h) for h in header])
        for row in rows:
            writer.writerow([csv_cell(v) for v in row])
            count += 1
            if progress and count % 1000 == 0:
                progress(count)
    return count


def write_xlsx(path: str | os.PathLike[str], tables: Iterable[Table], progress: Progress | None = None) -> int:
    """Write one sheet per table with openpyxl's write-only (streaming) mode; returns total data rows."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    count = 0
    with atomic_path(path) as tmp:
        wb = Workbook(write_only=True)
        try:
            used: set[str] = set()
            for table in tables:
                ws = wb.create_sheet(_sheet_title(table.title, used))
                ws.freeze_panes = "A2"
                for index, name in enumerate(table.header, start=1):
                    ws.column_dimensions[get_column_letter(index)].width = min(max(len(str(name)) + 2, 10), 40)
                ws.append([_xlsx_cell(ws, h) for h in table.header])
                for row in table.rows:
                    ws.append([_xlsx_cell(ws, v) for v in row])
                    count += 1
                    if progress and count % 1000 == 0:
                        progress(count)
            if not used:
                wb.create_sheet("Sheet1")
            wb.save(tmp)
        except BaseException:
            _discard(wb)
            raise
    return count


def _discard(wb: Any) -> None:
    """Close the sheets' streams and remove openpyxl's temporary files after a failed export."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            if getattr(ws, "_rows", None) is not None:
                ws._rows.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(Exception):
                writer.cleanup()


def write_table(
    path: str | os.PathLike[str],
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    title: str = "Sheet1",
    progress: Progress | None = None,
) -> int:
    """One table to CSV or XLSX, chosen by the file name."""
    if format_of(path) == "csv":
        return write_csv(path, header, rows, progress)
    return write_xlsx(path, [Table(title, header, rows)], progress)


def write_tables(path: str | os.PathLike[str], tables: Iterable[Table], progress: Progress | None = None) -> int:
    """Several tables: XLSX gets a sheet per table; CSV gets one long table.

    The CSV form (Table, Row, Column, Value: one line per cell) keeps tables
    with different headers in one file that other systems can load as is.
    """
    if format_of(path) == "xlsx":
        return write_xlsx(path, tables, progress)

    def cells() -> Iterable[list[Any]]:
        for table in tables:
            header = list(table.header)
            for row in table.rows:
                values = list(row)
                label = values[0] if values else ""
                for column, value in zip(header[1:], values[1:], strict=False):
                    yield [table.title, label, column, value]

    return write_csv(path, ["Table", "Row", "Column", "Value"], cells(), progress)


def _xlsx_cell(ws: Any, value: Any) -> Any:
    """Plain values where openpyxl types them right; an explicit text cell where it would see a formula."""
    if type(value) is str:
        if _ILLEGAL_XML.search(value):
            value = _ILLEGAL_XML.sub("", value)
        if not value.startswith("="):
            return value
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(ws, value=None)
        cell._value = value  # set directly: the value setter would turn "=..." into a formula
        cell.data_type = "s"
        return cell
    if value is None or isinstance(value, (bool, int, float, date)):
        return value  # openpyxl gives dates the yyyy-mm-dd format
    return _xlsx_cell(ws, str(value))


def _sheet_title(title: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\ , unique in the workbook."""
    base = re.sub(r"[\[\]:*?/\\]", " ", title).strip().strip("'") or "Sheet"
    base = base[:MAX_SHEET_TITLE]
    name, n = base, 1
    while name.lower() in used:
        n += 1
        suffix = f" ({n})"
        name = base[: MAX_SHEET_TITLE - len(suffix)] + suffix
    used.add(name.lower())
    return name
