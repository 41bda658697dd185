"""The command line as a user runs it: real processes, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cl_desktop", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def test_demo_reproduces_the_seed_results(demo_path: Path) -> None:
    result = cli("stats", "--db", str(demo_path), "--json")
    assert result.returncode == 0, result.stderr
    projects = {p["code"]: p for p in json.loads(result.stdout)["projects"]}
    assert (projects["KH-WFCL"]["withdrawn"], projects["KH-WFCL"]["prevented"]) == (5860, 5884)
    assert (projects["CAR-WFCL"]["withdrawn"], projects["CAR-WFCL"]["prevented"]) == (353, 374)
    assert projects["KH-WFCL"]["action_programmes"] >= 10
    assert projects["KH-WFCL"]["children"] > 5860 + 5884  # plus children in progress and at risk


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    from cl_desktop.demo import create_demo_database

    rows = []
    for name in ("a.sqlite", "b.sqlite"):
        db = create_demo_database(tmp_path / name)
        rows.append(
            list(
                db.execute(
                    "SELECT id, case_number, name, birth_date, outcome FROM children ORDER BY case_number LIMIT 200"
                )
            )
        )
        db.close()
    assert rows[0] == rows[1]


def test_demo_scales_up_without_touching_the_seed_projects(tmp_path: Path) -> None:
    path = tmp_path / "big.sqlite"
    assert cli("demo", "--db", str(path), "--children", "20000").returncode == 0
    stats = json.loads(cli("stats", "--db", str(path), "--json").stdout)
    projects = {p["code"]: p for p in stats["projects"]}
    assert stats["totals"]["children"] == 20000
    assert projects["KH-WFCL"]["withdrawn"] == 5860 and projects["CAR-WFCL"]["prevented"] == 374
    assert projects["KH-NAT-SCALE"]["withdrawn"] > 0


def test_check_reports_a_sound_demo_database(demo_path: Path) -> None:
    result = cli("check", "--db", str(demo_path))
    assert result.returncode == 0, result.stderr
    assert "The database file is sound." in result.stdout


def test_check_reads_the_pairs_awaiting_review_and_says_when_they_may_be_incomplete(demo_path: Path) -> None:
    import sqlite3
    from datetime import date

    result = cli("check", "--db", str(demo_path), "--json")
    [pairs] = [f for f in json.loads(result.stdout)["findings"] if f["key"] == "duplicates"]
    assert pairs["count"] > 0 and pairs["unchecked"] == 0 and pairs["checked_at"][:10] == date.today().isoformat()
    lines = cli("check", "--db", str(demo_path)).stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if "pairs of suspected duplicate children" in line)
    assert lines[at + 1].strip() == f"Last full check for duplicates: {date.today().isoformat()}."
    conn = sqlite3.connect(demo_path)  # two children renamed outside the application
    conn.execute("UPDATE children SET name = name || 'a' WHERE rowid IN (SELECT rowid FROM children LIMIT 2)")
    conn.commit()
    conn.close()
    lines = cli("check", "--db", str(demo_path)).stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if "pairs of suspected duplicate children" in line)
    assert "2 children added or changed since are not compared yet" in lines[at + 1]
    assert "cl-desktop sync duplicates --scan" in lines[at + 1]


def test_check_detects_a_tampered_audit_entry(demo_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(demo_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET user = 'intruder' WHERE seq = 5")
    conn.commit()
    conn.close()
    result = cli("check", "--db", str(demo_path))
    assert result.returncode == 1
    assert "altered" in result.stdout


def test_init_creates_an_office_database(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    result = cli("init", "--db", str(path), "--office-code", "KH-PNP", "--office-name", "Phnom Penh")
    assert result.returncode == 0, result.stderr
    again = cli("init", "--db", str(path), "--office-code", "KH-PNP", "--office-name", "Phnom Penh")
    assert again.returncode == 1 and "already exists" in again.stderr


@pytest.mark.parametrize("args", [("stats", "--bogus"), ("init", "--db", "x.sqlite"), ("no-such-command",)])
def test_usage_errors_exit_2_with_one_line(args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_file_that_is_not_a_database_exits_1_and_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "budget.sqlite"
    path.write_text("not a database")
    result = cli("stats", "--db", str(path))
    assert result.returncode == 1
    assert "not a CL Desktop database" in result.stderr and "Traceback" not in result.stderr
    assert path.read_text() == "not a database"


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    path = tmp_path / "budget.sqlite"
    path.write_text("not a database")
    assert "Traceback" in cli("--debug", "stats", "--db", str(path)).stderr


def test_version() -> None:
    from cl_desktop import __version__

    assert cli("--version").stdout.strip() == f"cl-desktop {__version__}"
