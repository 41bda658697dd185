"""CSV and XLSX files written and read back: encodings, formulas, dates, atomic writes, hostile bytes."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cl_desktop.errors import RefusedInput, UsageError
from cl_desktop.tabular.readers import open_table
from cl_desktop.tabular.writers import Table, format_of, write_table, write_tables

NAMES = ["សុខ ស្រីមុំ", "Бекзат Шарипов", "Ойгүл Тоҷиддинова", "Sok Srey Mom"]


def read_all(path: Path) -> tuple[list[str], list[list[Any]]]:
    with open_table(path) as reader:
        return reader.header, [cells for _, cells in reader.rows()]


def test_csv_starts_with_a_byte_order_mark_so_excel_reads_utf8(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    write_table(path, ["Name"], [[n] for n in NAMES])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[1:] == NAMES


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_khmer_and_cyrillic_names_and_dates_round_trip_exactly(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"ឯកសារ файл with spaces.{suffix}"
    rows = [[n, date(2010, 1, i + 1), i] for i, n in enumerate(NAMES)]
    assert write_table(path, ["Name", "Date", "N"], rows) == len(rows)
    header, back = read_all(path)
    assert header == ["Name", "Date", "N"]
    for original, read in zip(rows, back, strict=True):
        assert read[0] == original[0]
        assert str(read[1])[:10] == original[1].isoformat()
        assert str(read[2]) == str(original[2])
    if suffix == "xlsx":
        assert isinstance(back[0][1], date)  # a real date cell, not text


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1"])
def test_formula_injection_is_neutralised_in_csv_and_read_back_unchanged(tmp_path: Path, text: str) -> None:
    path = tmp_path / "x.csv"
    write_table(path, ["Notes"], [[text]])
    assert path.read_bytes().decode("utf-8-sig").splitlines()[1].lstrip('"').startswith("'")
    assert read_all(path)[1] == [[text]]


def test_xlsx_stores_formula_like_text_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "x.xlsx"
    write_table(path, ["Notes"], [["=1+1"], [-5]])
    cell = load_workbook(path)["Sheet1"]["A2"]
    assert (cell.value, cell.data_type) == ("=1+1", "s")
    assert read_all(path)[1] == [["=1+1"], [-5]]


def test_a_failed_export_leaves_nothing_under_the_final_name(tmp_path: Path) -> None:
    def rows() -> Iterator[list[Any]]:
        yield ["a"]
        raise RuntimeError("disk pulled out")

    for name in ("out.csv", "out.xlsx"):
        with pytest.raises(RuntimeError):
            write_table(tmp_path / name, ["x"], rows())
    assert list(tmp_path.iterdir()) == []


def test_output_format_comes_from_the_extension() -> None:
    assert format_of("a.CSV") == "csv"
    assert format_of("a b/ü.xlsx") == "xlsx"
    with pytest.raises(UsageError):
        format_of("a.pdf")


def test_several_tables_are_sheets_in_xlsx_and_one_long_table_in_csv(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    tables = [Table("By sex: total", ["Group", "F", "M"], [["5-8", 1, 2]]), Table("By sex: total", ["K", "V"], [])]
    write_tables(tmp_path / "t.xlsx", tables)
    assert load_workbook(tmp_path / "t.xlsx").sheetnames == ["By sex  total", "By sex  total (2)"]
    write_tables(tmp_path / "t.csv", tables)
    header, rows = read_all(tmp_path / "t.csv")
    assert header == ["Table", "Row", "Column", "Value"]
    assert rows == [["By sex: total", "5-8", "F", "1"], ["By sex: total", "5-8", "M", "2"]]


@pytest.mark.parametrize(
    ("content", "delimiter"),
    [("a;b\r\n1;2\r\n", ";"), ("a\tb\n1\t2\n", "\t"), ("a,b\n1,2\n", ",")],
)
def test_csv_delimiters_from_european_excel_are_recognised(tmp_path: Path, content: str, delimiter: str) -> None:
    path = tmp_path / "x.csv"
    path.write_text(content, encoding="utf-8")
    assert read_all(path) == (["a", "b"], [["1", "2"]])


def test_utf16_csv_from_excel_unicode_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Name\tSex\nБекзат\tM\n", encoding="utf-16")
    assert read_all(path) == (["Name", "Sex"], [["Бекзат", "M"]])


def test_blank_rows_are_skipped_and_row_numbers_are_the_spreadsheets(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text('a,b\n1,2\n,\n"multi\nline",4\n', encoding="utf-8")
    with open_table(path) as reader:
        assert [n for n, _ in reader.rows()] == [2, 4]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("x.csv", "Имя;Пол\nБекзат;М\n".encode("cp1251"), "not UTF-8"),
        ("x.csv", b"", "empty"),
        ("x.csv", b"a,b\x00c\n", "not a text"),
        ("x.xlsx", b"a,b\n1,2\n", "not an Excel workbook"),
        ("x.xlsx", b"PK\x03\x04garbage", "not a readable"),
        ("x.xls", b"\xd0\xcf\x11\xe0", "save the sheet as .xlsx"),
    ],
)
def test_unreadable_files_are_refused_with_one_sentence(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(RefusedInput, match=message):
        read_all(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RefusedInput, match="There is no file"):
        read_all(tmp_path / "nope.csv")


def test_a_huge_line_without_newlines_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"a" * 3_000_000)
    tracemalloc.start()
    with pytest.raises(RefusedInput, match="longer than"):
        read_all(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20_000_000


def test_a_big_csv_streams_in_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Name,Village,N\n")
        line = "សុខ ស្រីមុំ Бекзат Шарипов,Phum Prey," + "x" * 40 + "\n"
        fh.write(line * 30_000)
    assert path.stat().st_size > 3_000_000
    tracemalloc.start()
    with open_table(path) as reader:
        count = sum(1 for _ in reader.rows())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 30_000
    assert peak < 3_000_000


@pytest.fixture(scope="module")
def valid_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    tmp_path = tmp_path_factory.mktemp("valid")
    write_table(tmp_path / "v.csv", ["Case number", "Name", "Date"], [["KH-1", NAMES[0], date(2010, 1, 1)]] * 3)
    write_table(tmp_path / "v.xlsx", ["Case number", "Name", "Date"], [["KH-1", NAMES[1], date(2010, 1, 1)]] * 3)
    return {"csv": (tmp_path / "v.csv").read_bytes(), "xlsx": (tmp_path / "v.xlsx").read_bytes()}


def _read_or_refuse(path: Path) -> None:
    try:
        read_all(path)
    except RefusedInput as exc:
        assert str(exc) and "\n" not in str(exc)


@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_any_bytes_give_rows_or_a_clean_refusal(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    _read_or_refuse(path)


@settings(max_examples=60, deadline=3000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["csv", "xlsx"]),
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8),
    cut=st.one_of(st.none(), st.integers(min_value=0)),
)
def test_mutated_valid_files_give_rows_or_a_clean_refusal(
    tmp_path: Path, valid_files: dict[str, bytes], kind: str, flips: list[tuple[int, int]], cut: int | None
) -> None:
    data = bytearray(valid_files[kind])
    for position, value in flips:
        data[position % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    path = tmp_path / f"mutated.{kind}"
    path.write_bytes(bytes(data))
    _read_or_refuse(path)


def test_xlsx_with_damaged_sheet_xml_is_refused(tmp_path: Path, valid_files: dict[str, bytes]) -> None:
    source = valid_files["xlsx"]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                body = body[: len(body) // 2]
            zout.writestr(item, body)
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(out.getvalue())
    with pytest.raises(RefusedInput):
        read_all(path)


def test_excel_sep_directive_names_the_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("sep=;\nName;Sex\nБекзат, Шарипов;M\n", encoding="utf-8-sig")
    assert read_all(path) == (["Name", "Sex"], [["Бекзат, Шарипов", "M"]])


def test_a_workbook_refused_while_loading_leaves_no_file_open(tmp_path: Path) -> None:
    import gc
    import warnings

    source = tmp_path / "register.xlsx"
    write_table(source, ["Name", "Sex"], [["Сухроб", "M"]] * 50)
    out = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            zout.writestr(item, body[: len(body) // 2] if item.filename.startswith("xl/worksheets/") else body)
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(out.getvalue())

    def refused() -> str:  # the refusal's traceback (holding openpyxl's objects) ends with this frame
        with pytest.raises(RefusedInput) as caught:
            read_all(path)
        return str(caught.value)

    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always", ResourceWarning)
        assert "not a readable Excel workbook" in refused()
        gc.collect()  # a file handle left open by the refused read is reported here
    assert [str(w.message) for w in seen if issubclass(w.category, ResourceWarning)] == []


@pytest.mark.parametrize(
    ("name", "data", "code", "english"),
    [
        ("a.csv", "x,y\nJosé,1\n".encode("latin-1"), "not_utf8", "a.csv is not UTF-8 text: in Excel use"),
        ("a.csv", b"", "empty", "a.csv is empty."),
        ("a.xls", b"\xd0\xcf\x11\xe0", "old_format", "a.xls: save the sheet as .xlsx or CSV (UTF-8)"),
        ("a.csv", ("x," * 600 + "\n").encode(), "too_many_columns", "a.csv, row 1: more than 500 columns"),
        ("a.csv", b"x\n" + b"y" * 1_000_001, "long_line", "a.csv has a line longer than 1,000,000 characters"),
    ],
)
def test_a_refusal_carries_its_code_and_values_and_says_the_english_sentence(
    tmp_path: Path, name: str, data: bytes, code: str, english: str
) -> None:
    from cl_desktop.tabular.readers import MESSAGES, TableRefused, open_table

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(TableRefused) as refused, open_table(path) as reader:
        list(reader.rows())
    assert refused.value.code == code and str(refused.value).startswith(english)
    assert str(refused.value) == MESSAGES[code].format(
        **{k: f"{v:,}" if k == "maximum" else v for k, v in refused.value.params.items()}
    )
