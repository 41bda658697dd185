"""Start-up when the database is damaged, and the automatic backups around a session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from cl_desktop.security.backup import REPLACED, list_backups, make_backup
from cl_desktop.store import open_database
from cl_desktop.ui import app as app_module


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 60), 4096):
        data[offset : offset + 300] = b"\xff" * 300
    path.write_bytes(bytes(data))


def test_a_damaged_database_offers_the_latest_good_backup(demo_path: Path, monkeypatch: Any, qapp: Any) -> None:
    make_backup(demo_path)
    damage(demo_path)
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setenv(app_module.AUTOLOGIN_ENV, "admin")
    monkeypatch.setenv(app_module.EXIT_AFTER_START_ENV, "1")
    assert app_module.run(demo_path) == 0
    assert asked and "damaged" in asked[0] and "Restore it now?" in asked[0]
    assert any(b.kind == REPLACED for b in list_backups(demo_path))
    open_database(demo_path).close()  # the restored file passes quick_check


def test_declining_the_backup_closes_the_app_without_touching_the_file(
    demo_path: Path, monkeypatch: Any, qapp: Any
) -> None:
    make_backup(demo_path)
    damage(demo_path)
    before = demo_path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setenv(app_module.AUTOLOGIN_ENV, "admin")
    assert app_module.run(demo_path) == 1
    assert demo_path.read_bytes() == before


def test_closing_the_app_makes_a_verified_backup(demo_path: Path) -> None:
    app_module.backup_at_exit(demo_path)
    backups = list_backups(demo_path)
    assert backups and all(not b.encrypted for b in backups)
