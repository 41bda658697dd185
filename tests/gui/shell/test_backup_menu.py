"""File → Back up and File → Restore, through the main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from cl_desktop.errors import PermissionDenied
from cl_desktop.security.backup import REPLACED, list_backups
from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context
from cl_desktop.store import open_database


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_back_up_to_a_folder_then_restore_it(window: Any, demo_path: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb stick"
    stick.mkdir()
    window.back_up(str(stick))
    copies = list(stick.iterdir())
    assert len(copies) == 1 and copies[0].stat().st_size > 0
    count = window.ctx.db.execute("SELECT count(*) FROM children").fetchone()[0]
    assert window.restore(str(copies[0]))
    assert any(b.kind == REPLACED for b in list_backups(demo_path))
    db = open_database(demo_path)
    assert db.execute("SELECT count(*) FROM children").fetchone()[0] == count
    db.close()


def test_a_clerk_cannot_restore(qtbot: Any, demo_path: Path, tmp_path: Path) -> None:
    from cl_desktop.ui.main_window import MainWindow
    from cl_desktop.ui.tasks import SyncTasks

    db = open_database(demo_path)
    window = MainWindow(Context(db, Actor("clerk", Role.CLERK, "HQ")), tasks=SyncTasks(), db_path=demo_path)
    qtbot.addWidget(window)
    with pytest.raises(PermissionDenied):
        window.restore(str(tmp_path / "whatever.sqlite"))
    db.close()
