"""``cl-desktop check`` reports a participant value outside its range, naming the record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from test_cli import cli


def test_check_reports_a_latitude_out_of_range(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as a file edited outside the application
    child = conn.execute("SELECT id FROM children ORDER BY rowid LIMIT 1").fetchone()[0]
    conn.execute("UPDATE children SET latitude = 123.5 WHERE id = ?", [child])
    conn.commit()
    conn.close()
    result = cli("check", "--db", str(demo_path))
    assert result.returncode == 1
    assert f"Out of range: children row {child} has latitude 123.5, outside -90 to 90." in result.stdout
