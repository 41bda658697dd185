"""Commands that only read skip the whole-file check on a national-size database; writers never do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cl_desktop.cli import main
from cl_desktop.commands import core
from cl_desktop.store import database, open_database


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Paths ``quick_check`` ran on, with every database counted as big."""
    seen: list[Path] = []
    real = database._quick_check

    def counting(conn: Any, path: Path) -> None:
        seen.append(path)
        real(conn, path)

    monkeypatch.setattr(database, "_quick_check", counting)
    monkeypatch.setattr(core, "QUICK_CHECK_MAX_BYTES", 0)
    return seen


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    assert main(["init", "--db", str(path), "--office-code", "KH-PNP", "--office-name", "Phnom Penh"]) == 0
    return path


def test_a_big_database_is_read_without_the_whole_file_check(office: Path, checks: list[Path], tmp_path: Path) -> None:
    assert main(["stats", "--db", str(office)]) == 0
    assert main(["export", "children", "--db", str(office), "-o", str(tmp_path / "children.csv")]) == 0
    assert checks == []


def test_a_command_that_writes_checks_the_file_first(office: Path, checks: list[Path], tmp_path: Path) -> None:
    sheet = tmp_path / "children.csv"
    sheet.write_text("name\n", encoding="utf-8")
    main(["import", "children", str(sheet), "--db", str(office), "--dry-run"])
    assert checks == [office]


def test_a_damaged_big_database_is_still_refused_when_read(office: Path, checks: list[Path]) -> None:
    db = open_database(office)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.close()
    with office.open("r+b") as f:  # scribble over every page after the header page
        f.seek(4096)
        f.write(b"\xff" * 4096 * (pages - 1))
    assert main(["stats", "--db", str(office)]) != 0
