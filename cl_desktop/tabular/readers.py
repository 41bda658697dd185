"""Read CSV and XLSX tables row by row, refusing anything unreadable with one sentence.

Files come from USB sticks and e-mail, so any byte string must give either
rows or a ``RefusedInput``: never a crash, a hang or the whole file in memory.
CSV lines are read with a length cap (a 100 MB file without a newline would
otherwise become one 100 MB string); XLSX goes through openpyxl's read-only
mode, after a look at the zip directory to turn away compression bombs.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import re
import warnings
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any

from cl_desktop.errors import RefusedInput
from cl_desktop.tabular.writers import FORMULA_PREFIXES

MAX_LINE_CHARS = 1_000_000
MAX_FIELD_CHARS = 100_000
MAX_COLUMNS = 500
MAX_ROWS = 2_000_000
MAX_INFLATE_RATIO = 200
# What the zip directory may declare (zipfile never inflates a member past its declared size).
# openpyxl's read-only mode streams the worksheet but holds the shared strings in memory, so they
# get their own, lower limit; 64 MiB of shared strings is about 2 million distinct 30-character cells.
MAX_UNCOMPRESSED = 1024**3
MAX_SHARED_STRINGS = 64 * 1024**2
ZIP_MAGIC = b"PK\x03\x04"
# openpyxl builds a whole row, a whole cell and a whole tag in memory before we see them, so each
# workbook part is read through once, in pieces, before openpyxl opens it: a cell, a shared string
# or a tag may take at most MAX_CELL_BYTES of XML (escapes and UTF-8 take up to ten bytes a
# character), a row at most MAX_ROW_CELLS cells (Excel's widest sheet).
MAX_CELL_BYTES = 10 * MAX_FIELD_CHARS
MAX_ROW_CELLS = 16_384
_SCAN_CHUNK = 256 * 1024  # smaller than MAX_CELL_BYTES: a gap inside one piece cannot pass the limit
# The start or end of a row, a cell or a shared string (any namespace prefix), and markup that
# spreadsheet programs never write (comments, CDATA, DOCTYPE, processing instructions), whose
# content could hold any number of "<".
_XML_MARK = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]{0,15}:)?(row|c|si)(?=[\s/>])|<[!?]")

Row = list[Any]

# Why a file is refused, by code: the reader raises :class:`TableRefused` with one of these and its
# values, so the command line prints the English sentence and the window shows it translated.
MESSAGES: dict[str, str] = {
    "no_file": "There is no file {path}.",
    "folder": "{path} is a folder, not a spreadsheet.",
    "unreadable": "Could not read {path}: {error}.",
    "damaged_xlsx": "{name} is not an Excel workbook (.xlsx); it may be damaged.",
    "old_format": "{name}: save the sheet as .xlsx or CSV (UTF-8) and import that file.",
    "empty": "{name} is empty.",
    "not_text": "{name} is not a text (CSV) file.",
    "not_utf8": "{name} is not UTF-8 text: in Excel use “Save as… CSV UTF-8 (comma delimited)”.",
    "long_line": "{name} has a line longer than {maximum} characters; it is not a table.",
    "long_row": "{name} has a row longer than {maximum} characters; it is not a table.",
    "bad_csv_line": "{name}, row {row}: not a valid CSV line ({error}).",
    "too_many_rows": "{name} has more than {maximum} rows; split it into smaller files.",
    "too_many_columns": "{name}, row {row}: more than {maximum} columns; it is not a register.",
    "long_cell_in_row": "{name}, row {row}: a cell longer than {maximum} characters.",
    "unreadable_xlsx": "{name} is not a readable Excel workbook (.xlsx).",
    "no_sheet": "{name} has no worksheet.",
    "not_xlsx": "{name} is not an Excel workbook (.xlsx).",
    "compressed": "{name} is suspiciously compressed; it is refused.",
    "too_much_text": "{name} holds more text than a register can; split it into smaller files.",
    "too_large": "{name} is too large to import; split it into smaller files.",
    "odd_xml": "{name} holds XML that spreadsheet programs do not write; it is refused.",
    "wide_row": "{name} has a row of more than {maximum} cells; it is not a register.",
    "long_cell": "{name} has a cell longer than {maximum} characters; it is not a register.",
    "damaged_sheet": "{name}: the worksheet is damaged after row {row}.",
}


class TableRefused(RefusedInput):
    """A file refused by the reader: ``code`` names the sentence in ``MESSAGES``, ``params`` its values
    (numbers as numbers, for the window to write them in the user's language)."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        english = {k: f"{v:,}" if isinstance(v, int) and k == "maximum" else v for k, v in params.items()}
        super().__init__(MESSAGES[code].format(**english))


class TableReader:
    """A header and a stream of ``(row_number, cells)``; row 1 is the header."""

    def __init__(self, name: str, header: list[str], rows: Iterator[tuple[int, Row]], closer: Any = None) -> None:
        self.name = name
        self.header = header
        self._rows = rows
        self._closer = closer

    def rows(self) -> Iterator[tuple[int, Row]]:
        width = len(self.header)
        for number, cells in self._rows:
            if all(_blank(c) for c in cells):
                continue
            if len(cells) < width:
                cells = cells + [None] * (width - len(cells))
            yield number, cells

    def close(self) -> None:
        if self._closer is not None:
            with contextlib.suppress(Exception):
                self._closer()
            self._closer = None


@contextlib.contextmanager
def open_table(path: str | os.PathLike[str]) -> Iterator[TableReader]:
    """Open a CSV or XLSX file (told apart by content, not only by name)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except FileNotFoundError:
        raise TableRefused("no_file", path=str(path)) from None
    except IsADirectoryError:
        raise TableRefused("folder", path=str(path)) from None
    except OSError as exc:
        raise TableRefused("unreadable", path=str(path), error=str(exc.strerror or exc)) from None
    suffix = path.suffix.lower()
    if head == ZIP_MAGIC:
        reader = _open_xlsx(path)
    elif suffix in (".xlsx", ".xlsm"):
        raise TableRefused("damaged_xlsx", name=path.name)
    elif suffix in (".xls", ".ods"):
        raise TableRefused("old_format", name=path.name)
    else:
        reader = _open_csv(path)
    try:
        yield reader
    finally:
        reader.close()


# -- CSV -----------------------------------------------------------------
def _open_csv(path: Path) -> TableReader:
    raw = open(path, "rb")  # noqa: SIM115 - closed through the text wrapper by the reader
    text: io.TextIOWrapper | None = None
    try:
        encoding = _csv_encoding(raw.read(4096), path)
        raw.seek(0)
        text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
        sample = _peek_lines(text)
        text.seek(0)
        separator = re.match(r"sep=(.)\r?\n", sample)
        if separator:  # Excel's "sep=;" directive line: it names the delimiter and is not a row
            text.readline()
            dialect = _dialect(separator.group(1))
        else:
            dialect = _dialect(sample)
        lines = _CappedLines(text, path)
        rows = _csv_rows(csv.reader(lines, dialect), path, lines)
        first = next(rows, None)
        if first is None:
            raise TableRefused("empty", name=path.name)
        header = [_header_cell(c) for c in first[1]]
        return TableReader(path.name, header, rows, text.close)
    except BaseException:
        if text is not None:
            text.close()
        else:
            raw.close()
        raise


def _csv_encoding(start: bytes, path: Path) -> str:
    if start.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in start:
        raise TableRefused("not_text", name=path.name)
    try:
        start.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(start) - 4:  # not just a character cut at the end of the sample
            raise TableRefused("not_utf8", name=path.name) from None
    return "utf-8"


def _peek_lines(text: IO[str]) -> str:
    try:
        return text.read(64 * 1024)
    except UnicodeDecodeError:
        return ""
    except (ValueError, OSError):
        return ""


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    """Comma, semicolon (Excel in many European locales) or tab, from the header line."""
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d])
    if counts[delimiter] == 0:
        delimiter = ","

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect


class _CappedLines:
    """The file's lines for the csv module, each at most MAX_LINE_CHARS; ``record`` counts the
    characters handed out since the last complete row, so that a quoted cell cannot carry one row
    over any number of lines (each cell is bounded, but not how many there are)."""

    def __init__(self, text: IO[str], path: Path) -> None:
        self.text = text
        self.path = path
        self.record = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        path = self.path
        try:
            line = self.text.readline(MAX_LINE_CHARS)
        except UnicodeDecodeError:
            raise TableRefused("not_utf8", name=path.name) from None
        except (ValueError, OSError) as exc:
            raise TableRefused("unreadable", path=path.name, error=str(exc)) from None
        if not line:
            raise StopIteration
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            raise TableRefused("long_line", name=path.name, maximum=MAX_LINE_CHARS)
        self.record += len(line)
        if self.record > MAX_LINE_CHARS:
            raise TableRefused("long_row", name=path.name, maximum=MAX_LINE_CHARS)
        return line


def _csv_rows(reader: Any, path: Path, lines: _CappedLines) -> Iterator[tuple[int, Row]]:
    number = 0
    while True:
        lines.record = 0
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise TableRefused("bad_csv_line", name=path.name, row=number + 1, error=str(exc)) from None
        number += 1
        if number > MAX_ROWS:
            raise TableRefused("too_many_rows", name=path.name, maximum=MAX_ROWS)
        if len(cells) > MAX_COLUMNS:
            raise TableRefused("too_many_columns", name=path.name, row=number, maximum=MAX_COLUMNS)
        for cell in cells:
            if len(cell) > MAX_FIELD_CHARS:
                raise TableRefused("long_cell_in_row", name=path.name, row=number, maximum=MAX_FIELD_CHARS)
        yield number, [_csv_value(c) for c in cells]


def _csv_value(cell: str) -> str:
    """Undo the apostrophe the exporter puts before formula-like text."""
    if len(cell) > 1 and cell[0] == "'" and cell[1:].startswith(FORMULA_PREFIXES):
        return cell[1:]
    return cell


# -- XLSX ----------------------------------------------------------------
def _open_xlsx(path: Path) -> TableReader:
    _check_zip(path)
    from openpyxl import load_workbook

    # The file is opened here and closed with the workbook: openpyxl leaves a worksheet's zip member
    # open when its XML breaks mid-sheet, which would keep the file open until garbage collection.
    fh = open(path, "rb")  # noqa: SIM115 - closed by the reader's closer or below
    try:
        with warnings.catch_warnings():  # openpyxl warns about features it skips (data validation, styles)
            warnings.simplefilter("ignore")
            wb = load_workbook(fh, read_only=True, data_only=True, keep_links=False)
    except Exception:  # openpyxl raises anything from KeyError to XML errors on a damaged file
        fh.close()
        raise TableRefused("unreadable_xlsx", name=path.name) from None

    def close() -> None:
        try:
            wb.close()
        finally:
            fh.close()

    try:
        sheets = wb.worksheets
        if not sheets:
            raise TableRefused("no_sheet", name=path.name)
        ws = sheets[0]
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()  # a forged dimension must not make every row 16,384 cells wide
        rows = _xlsx_rows(ws, path)
        first = next(rows, None)
        if first is None:
            raise TableRefused("empty", name=path.name)
        header = [_header_cell(c) for c in first[1]]
        while header and not header[-1]:
            header.pop()
        return TableReader(path.name, header, rows, close)
    except RefusedInput:
        close()
        raise
    except Exception:
        close()
        raise TableRefused("unreadable_xlsx", name=path.name) from None


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, KeyError, NotImplementedError):
        raise TableRefused("unreadable_xlsx", name=path.name) from None
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        raise TableRefused("not_xlsx", name=path.name)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > 10 * 1024**2 and info.file_size > MAX_INFLATE_RATIO * max(info.compress_size, 1):
            raise TableRefused("compressed", name=path.name)
        if info.filename.lower() == "xl/sharedstrings.xml" and info.file_size > MAX_SHARED_STRINGS:
            raise TableRefused("too_much_text", name=path.name)
    if total > MAX_UNCOMPRESSED:
        raise TableRefused("too_large", name=path.name)
    try:
        with zipfile.ZipFile(path) as zf:
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels")):
                    _scan_xml(zf, info, path)
    except RefusedInput:
        raise
    except Exception:  # zipfile and zlib raise anything from zlib.error to RuntimeError (encrypted member)
        raise TableRefused("unreadable_xlsx", name=path.name) from None


def _scan_xml(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """Read one workbook part in pieces and refuse it when a tag, a text, a cell, a shared string or a
    row is larger than any spreadsheet writes; memory stays at a few pieces whatever the part holds."""
    gap = 0  # bytes since the last "<": bounds every tag and every text
    done = 0  # bytes of the part before ``carry``
    carry = b""
    unit_start = -1  # where the open cell or shared string began, -1 when none is open
    cells = 0  # cells in the current row
    with zf.open(info) as fh:
        while True:
            piece = fh.read(_SCAN_CHUNK)
            first = piece.find(b"<")
            if first < 0:
                gap += len(piece)
            else:
                gap = max(gap + first, 0)
                if gap > MAX_CELL_BYTES:
                    break
                gap = len(piece) - piece.rfind(b"<") - 1
            if gap > MAX_CELL_BYTES:
                break
            buf = carry + piece
            # Marks are looked for up to the last ">": a mark that starts before it ends before it.
            cut = len(buf) if not piece else buf.rfind(b">") + 1
            for match in _XML_MARK.finditer(buf, 0, cut):
                at = done + match.start()
                name = match.group(2)
                if name is None:
                    if match.group(0) == b"<?" and at < 8:
                        continue  # the XML declaration (after a byte-order mark at most)
                    raise TableRefused("odd_xml", name=path.name)
                if unit_start >= 0 and at - unit_start > MAX_CELL_BYTES:
                    break
                unit_start = -1
                if match.group(1):
                    continue  # an end tag closes the open cell or shared string
                if name == b"row":
                    cells = 0
                    continue
                unit_start = at
                if name == b"c":
                    cells += 1
                    if cells > MAX_ROW_CELLS:
                        raise TableRefused("wide_row", name=path.name, maximum=MAX_ROW_CELLS)
            else:
                if unit_start >= 0 and done + cut - unit_start > MAX_CELL_BYTES + _SCAN_CHUNK:
                    break
                if not piece:
                    return
                done += cut
                carry = buf[cut:]
                if len(carry) > MAX_CELL_BYTES:  # a tag that does not end
                    break
                continue
            break
    raise TableRefused("long_cell", name=path.name, maximum=MAX_FIELD_CHARS)


def _xlsx_rows(ws: Any, path: Path) -> Iterator[tuple[int, Row]]:
    iterator = ws.iter_rows(values_only=False)
    count = 0
    while True:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                cells = next(iterator)
        except StopIteration:
            return
        except Exception:
            raise TableRefused("damaged_sheet", name=path.name, row=count) from None
        count += 1
        if count > MAX_ROWS:
            raise TableRefused("too_many_rows", name=path.name, maximum=MAX_ROWS)
        values: Row = []
        number = count
        for cell in cells:
            if len(values) >= MAX_COLUMNS:
                break
            row = getattr(cell, "row", None)
            if isinstance(row, int):
                number = row
            values.append(_xlsx_value(cell))
        yield number, values


def _xlsx_value(cell: Any) -> Any:
    value = getattr(cell, "value", None)
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0) else value
    if isinstance(value, (str, int, float, bool, date)) or value is None:
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            return value[:MAX_FIELD_CHARS]
        return value
    return str(value)


# -- shared --------------------------------------------------------------
def _header_cell(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
