"""The main window on a private copy of the demo database, with synchronous tasks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

WIDTH, HEIGHT = 1366, 768


@pytest.fixture(scope="session")
def gui_fonts(qapp: Any) -> None:
    from cl_desktop.ui.fonts import apply_fonts

    apply_fonts(qapp)


@pytest.fixture
def ctx(demo_path: Path, gui_fonts: None) -> Iterator[Any]:
    from cl_desktop.security.roles import Actor, Role
    from cl_desktop.services.context import Context
    from cl_desktop.store import open_database

    db = open_database(demo_path)
    yield Context(db, Actor(username="admin", role=Role.ADMIN, office="HQ"))
    db.close()


@pytest.fixture(scope="module")
def shared_ctx(demo_template: Path, tmp_path_factory: pytest.TempPathFactory, gui_fonts: None) -> Iterator[Any]:
    """One demo copy for a module's read-only tests (model checks): copying per test costs more than the test."""
    import sqlite3

    from cl_desktop.security.roles import Actor, Role
    from cl_desktop.services.context import Context
    from cl_desktop.store import open_database

    path = tmp_path_factory.mktemp("shared") / "demo.sqlite"
    src, dst = sqlite3.connect(demo_template), sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    db = open_database(path)
    yield Context(db, Actor(username="admin", role=Role.ADMIN, office="HQ"))
    db.close()


@pytest.fixture
def window(qtbot: Any, ctx: Any, demo_path: Path) -> Any:
    from cl_desktop.ui import settings
    from cl_desktop.ui.main_window import MainWindow
    from cl_desktop.ui.tasks import SyncTasks

    settings.put("window/page", "children")  # the dashboard's figures are computed only where a test needs them
    win = MainWindow(ctx, tasks=SyncTasks(), db_path=demo_path)
    qtbot.addWidget(win)
    win.resize(WIDTH, HEIGHT)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def click_page(qtbot: Any, window: Any) -> Any:
    """Choose a page in the sidebar with the mouse, as a user would; returns the page."""
    from PySide6.QtCore import Qt

    def click(key: str) -> Any:
        item = window.sidebar.item(window.page_keys().index(key))
        rect = window.sidebar.visualItemRect(item)
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_key() == key
        return window.current_page()

    return click
