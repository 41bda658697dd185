"""Kobo/ODK exports and DHIS2 mapping files crafted to exhaust memory or flood the screen: each is
refused in one sentence, the database unchanged, in bounded memory.

Peak memory is measured in a child process (``VmHWM`` from ``/proc/self/status``) running the
command line, the way an officer would import the file.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for

from cl_desktop.errors import RefusedInput
from cl_desktop.exchange import mapping
from cl_desktop.tabular import readers

ROOT = Path(__file__).resolve().parents[2]
MIB = 1 << 20

CHILD = r"""
import sys
from cl_desktop.cli import main
code = main(sys.argv[1:])
status = open("/proc/self/status").read()
peak = next(line for line in status.splitlines() if line.startswith("VmHWM"))
print(code, int(peak.split()[1]) // 1024, flush=True)
"""

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/></Relationships>'
)
SHEET_START = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>_uuid</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c>'
    + b"".join(
        b'<c t="inlineStr"><is><t>%s</t></is></c>' % name
        for name in (b"sex", b"birth_date", b"programme", b"village", b"intake_date")
    )
    + b"</row>"
)
SHEET_END = b"</sheetData></worksheet>"
HEADER = b"_uuid,name,sex,birth_date,programme,village,intake_date\n"


def workbook(path: Path, sheet: Iterator[bytes]) -> Path:
    """A hand-made .xlsx whose worksheet is written from ``sheet`` in pieces (never whole in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(SHEET_START)
            for piece in sheet:
                fh.write(piece)
            fh.write(SHEET_END)
    return path


def letters(size: int) -> Iterator[bytes]:
    """``size`` bytes of a's and b's that deflate only about 50:1 (under the 200:1 bomb limit), so
    the zip directory's ratio does not give them away."""
    block = bytes(b"ab"[byte < 4] for byte in os.urandom(MIB))
    for _ in range(size // MIB):
        yield block


def one_huge_cell(size: int) -> Iterator[bytes]:
    yield b'<row r="2"><c r="A2" t="inlineStr"><is><t>uuid:1</t></is></c><c r="B2" t="inlineStr"><is><t>'
    yield from letters(size)
    yield b"</t></is></c></row>"


def one_huge_rich_cell(size: int) -> Iterator[bytes]:
    """One cell of many short rich-text runs: no tag or text is long, the cell is."""
    yield b'<row r="2"><c r="A2" t="inlineStr"><is><t>uuid:1</t></is></c><c r="B2" t="inlineStr"><is>'
    # Each run its own slice: one slice repeated would deflate past the 200:1 bomb limit on an unlucky draw.
    block = next(letters(MIB))
    runs = b"".join(b"<r><t>%s</t></r>" % block[i * 500 : (i + 1) * 500] for i in range(1000))
    for _ in range(size // len(runs)):
        yield runs
    yield b"</is></c></row>"


def one_endless_row(cells: int) -> Iterator[bytes]:
    """A row of millions of cells with random numbers, so that it deflates less than 200:1."""
    yield b'<row r="2">'
    for _ in range(cells // 10_000):
        yield b"".join(b"<c><v>%d</v></c>" % (int.from_bytes(os.urandom(3)) % 1_000_000) for _ in range(10_000))
    yield b"</row>"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(*args: str) -> tuple[int, int, str]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    code, peak_mib = (int(v) for v in done.stdout.split())
    return code, peak_mib, done.stderr


needs_proc = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc")


@needs_proc
@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: workbook(p, one_huge_cell(200 * MIB)), "has a cell longer than 100,000 characters"),
        (lambda p: workbook(p, one_huge_rich_cell(200 * MIB)), "has a cell longer than 100,000 characters"),
        (lambda p: workbook(p, one_endless_row(2_000_000)), "has a row of more than 16,384 cells"),
    ],
    ids=["a 200 MB cell", "a 200 MB cell of short runs", "a row of 2 million cells"],
)
def test_a_kobo_workbook_that_inflates_into_one_cell_or_row_is_refused_in_bounded_memory(
    demo_path: Path, tmp_path: Path, make: object, expected: str
) -> None:
    export = make(tmp_path / "kobo.xlsx")  # type: ignore[operator]
    assert export.stat().st_size < 12 * MIB
    before = digest(demo_path)
    code, peak_mib, stderr = run_cli("import", "kobo", "--db", str(demo_path), "--form", "intake", str(export))
    assert code == 1
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], stderr
    assert peak_mib <= 150, f"peak {peak_mib} MiB"  # the command line itself takes about 60 MiB
    assert digest(demo_path) == before
    print(f"{export.stat().st_size / MIB:.1f} MiB file refused at a peak of {peak_mib} MiB")


@needs_proc
def test_a_kobo_csv_whose_quoted_cells_carry_one_row_over_millions_of_lines_is_refused(
    demo_path: Path, tmp_path: Path
) -> None:
    export = tmp_path / "kobo.csv"
    with open(export, "w", encoding="utf-8") as fh:
        fh.write(HEADER.decode())
        for _ in range(50):
            fh.write('"a\nb",' * 100_000)  # every line short, every cell short, one row of 5 million cells
        fh.write("x\n")
    before = digest(demo_path)
    code, peak_mib, stderr = run_cli("import", "kobo", "--db", str(demo_path), "--form", "intake", str(export))
    assert code == 1 and "has a row longer than 1,000,000 characters" in stderr, stderr
    assert len(stderr.strip().splitlines()) == 1
    assert peak_mib <= 150, f"peak {peak_mib} MiB"
    assert digest(demo_path) == before
    print(f"{export.stat().st_size / MIB:.1f} MiB file refused at a peak of {peak_mib} MiB")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (HEADER + b"uuid:1," + b"A" * 110_000 + b"\n", "a cell longer than 100,000 characters"),
        (HEADER + b"uuid:1," + b"A," * 1_000_000 + b"\n", "a line longer than 1,000,000 characters"),
    ],
    ids=["a huge cell", "a huge line"],
)
def test_a_kobo_csv_with_a_huge_cell_or_line_is_refused_unchanged(
    demo_path: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    export = tmp_path / "kobo.csv"
    export.write_bytes(content)
    before = digest(demo_path)
    from cl_desktop.cli import main

    assert main(["import", "kobo", "--db", str(demo_path), "--form", "intake", str(export)]) == 1
    assert digest(demo_path) == before
    with pytest.raises(RefusedInput, match=expected), readers.open_table(export) as reader:
        list(reader.rows())


def test_a_zip_bomb_posing_as_a_kobo_workbook_is_refused_before_inflating(demo_path: Path, tmp_path: Path) -> None:
    def zeros() -> Iterator[bytes]:
        block = b"0" * MIB
        for _ in range(512):
            yield block

    export = workbook(tmp_path / "bomb.xlsx", zeros())
    assert export.stat().st_size < 2 * MIB  # 512 MB inflated
    before = digest(demo_path)
    with pytest.raises(RefusedInput, match="suspiciously compressed"), readers.open_table(export):
        pass
    from cl_desktop.cli import main

    assert main(["import", "kobo", "--db", str(demo_path), "--form", "intake", str(export)]) == 1
    assert digest(demo_path) == before


def test_a_kobo_export_quotes_long_values_briefly_and_refuses_long_ids(demo_path: Path, tmp_path: Path) -> None:
    from cl_desktop.exchange import kobo
    from cl_desktop.store import open_database

    export = tmp_path / "kobo.csv"
    header = "_uuid,name,sex,birth_date,programme,village,intake_date\n"
    export.write_text(
        header
        + f"{'u' * 5000},Sok,M,2000-01-01,KH-WFCL-AP001,KH-1,2010-06-15\n"
        + f"uuid:2,Sok,M,{'9' * 50_000},{'P' * 90_000},KH-1,2010-06-15\n",
        encoding="utf-8",
    )
    db = open_database(demo_path)
    try:
        with pytest.raises(kobo.KoboRefused) as refused:
            kobo.import_file(ctx_for(db), "intake", export)
    finally:
        db.close()
    errors = refused.value.errors
    assert any(e.startswith("row 2, column “_uuid”") and "longer than 100 characters" in e for e in errors), errors
    assert any(e.startswith("row 3, column “programme”") for e in errors), errors
    assert any(e.startswith("row 3, column “birth_date”") for e in errors), errors
    assert max(len(e) for e in errors) < 300, [len(e) for e in errors]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"kind,key,code,name\n" + b"data_set,data_set,X,\n" * 300_000, "is too large for a mapping"),
        (b"kind,key,code,name\n" + b"org_unit,KH-1,K,\n" * 20_000, "has more than 10,000 rows"),
        (b"kind,key,code,name\ndata_set,data_set,X," + b"n" * 200_000 + b"\n", "is not a CSV file"),
    ],
    ids=["a file over 5 MB", "too many rows", "a huge cell"],
)
def test_a_mapping_file_too_large_in_any_way_is_refused_in_one_sentence(
    demo_path: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "mapping.csv"
    path.write_bytes(content)
    before = digest(demo_path)
    from cl_desktop.cli import main

    assert main(["mapping", "import", "--db", str(demo_path), str(path)]) == 1
    assert digest(demo_path) == before
    with pytest.raises(RefusedInput, match=expected) as refused:
        mapping.read_csv(path)
    assert "\n" not in str(refused.value)


def test_a_mapping_row_quotes_long_codes_briefly_and_refuses_names_dhis2_cannot_hold(
    demo_db: Any, tmp_path: Path
) -> None:
    path = tmp_path / "mapping.csv"
    path.write_text(
        "kind,key,code,name\n"
        f"data_set,data_set,{'C' * 100_000},\n"
        f"org_unit,KH-12,KH12,{'N' * 231}\n"
        f"{'k' * 100_000},x,y,\n",
        encoding="utf-8",
    )
    with pytest.raises(mapping.MappingRefused) as refused:
        mapping.import_csv(ctx_for(demo_db), path)
    errors = refused.value.errors
    assert errors[0].startswith("Row 2: the code “CCCC") and "not a valid code" in errors[0]
    assert errors[1] == "Row 3: the name is longer than 230 characters (DHIS2's limit)."
    assert errors[2].startswith("Row 4: the kind “kkkk")
    assert max(len(e) for e in errors) < 300
