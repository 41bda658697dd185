"""`cl-desktop export` and `cl-desktop import` as a user runs them: real processes, real files."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cl_desktop", *args], capture_output=True, text=True, env=dict(os.environ), timeout=300
    )


def test_export_edit_import_round_trip_through_the_command_line(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "папка ថត with spaces"
    folder.mkdir()
    out = folder / "дети កុមារ.csv"
    result = cli("export", "children", "--db", str(demo_path), "-o", str(out), "--search", "KH-PNP-00000")
    assert result.returncode == 0, result.stderr
    assert "9 row(s)" in result.stdout

    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[1][rows[0].index("Notes")] = "=cmd|' /C calc'!A0"  # comes back as plain text
    rows[2][rows[0].index("Date of birth")] = "2009-13-40"
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)

    refused = cli("import", "children", "--db", str(demo_path), str(out))
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert lines[0].endswith("row 3, column “Date of birth”: Date of birth: a year has 12 months (got “2009-13-40”).")
    assert lines[-1].startswith("cl-desktop: ") and "nothing was imported" in lines[-1]

    rows[2][rows[0].index("Date of birth")] = "2000-01-01"
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    done = cli("import", "children", "--db", str(demo_path), str(out))
    assert done.returncode == 0, done.stderr
    assert "0 were added, 2 were updated, 7 unchanged" in done.stdout


def test_export_refusals_exit_with_one_line_and_leave_no_file(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.xlsx"
    unknown = cli("export", "children", "--db", str(demo_path), "-o", str(out), "--project", "NOPE")
    assert unknown.returncode == 1
    assert unknown.stderr == "cl-desktop: There is no project NOPE.\n"
    wrong = cli("export", "children", "--db", str(demo_path), "-o", str(folder / "x.pdf"))
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1
    bad_filter = cli("export", "households", "--db", str(demo_path), "-o", str(out), "--filter", "colour=red")
    assert bad_filter.returncode == 2 and "no filter 'colour'" in bad_filter.stderr
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("kind", ["programmes", "activities", "indicators", "indicators-aggregate"])
def test_other_lists_and_the_indicator_aggregate_export(demo_path: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.csv"
    result = cli("export", kind, "--db", str(demo_path), "-o", str(out), "--project", "KH-WFCL")
    assert result.returncode == 0, result.stderr
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) > 1
    if kind == "indicators-aggregate":
        assert rows[0] == ["Project", "Period", "Province", "Indicator", "Sex", "Value"]
        indicators = {r[3] for r in rows[1:]}
        assert {"withdrawn", "prevented", "E1", "L1"} <= indicators
        withdrawn = sum(int(r[5]) for r in rows[1:] if r[3] == "withdrawn")
        assert withdrawn == 5860


def test_importing_garbage_is_refused_cleanly(demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "registre.xlsx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(3000))
    result = cli("import", "households", "--db", str(demo_path), str(path))
    assert result.returncode == 1
    assert result.stderr.startswith("cl-desktop: registre.xlsx is not") and result.stderr.count("\n") == 1


def test_an_age_in_place_of_a_birth_date_imports_as_an_estimate_through_the_command_line(
    demo_path: Path, tmp_path: Path
) -> None:
    import sqlite3
    from datetime import date

    from cl_desktop.domain.rules import estimated_birth_date

    out = tmp_path / "children.csv"
    exported = cli("export", "children", "--db", str(demo_path), "-o", str(out), "--search", "KH-PNP-000001")
    assert exported.returncode == 0, exported.stderr
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header, row = rows[0], rows[1]
    case = row[header.index("Case number")]
    row[header.index("Date of birth")] = ""
    row[header.index("Age at intake")] = "13"
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows[:2])

    done = cli("import", "children", "--db", str(demo_path), str(out))

    assert done.returncode == 0, done.stderr
    assert "1 were updated" in done.stdout
    with sqlite3.connect(demo_path) as conn:
        birth, estimated, intake = conn.execute(
            "SELECT birth_date, birth_date_estimated, intake_date FROM children WHERE case_number = ?", [case]
        ).fetchone()
    assert birth == estimated_birth_date(13, date.fromisoformat(intake)).isoformat() and estimated == 1
