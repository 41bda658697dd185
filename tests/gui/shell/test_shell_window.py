"""The main window on the demo: every page opens, fits 1366×768, keyboard shortcuts, status bar, memory."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from cl_desktop.ui.main_window import PAGES, MainWindow
from cl_desktop.ui.tasks import SyncTasks

WIDTH, HEIGHT = 1366, 768


def test_every_page_opens_from_the_sidebar_and_fits_a_small_laptop_screen(window: Any, click_page: Any) -> None:
    assert window.width() <= WIDTH and window.height() <= HEIGHT
    assert window.minimumSizeHint().width() <= WIDTH and window.minimumSizeHint().height() <= HEIGHT
    for key in window.page_keys():
        page = click_page(key)
        assert page.isVisible()
        hint = page.minimumSizeHint()
        assert hint.width() <= window.stack.width() and hint.height() <= window.stack.height(), key
    assert {
        "dashboard",
        "projects",
        "programmes",
        "children",
        "households",
        "services",
        "follow_ups",
        "activities",
        "settings",
    } <= set(window.page_keys())


def test_pages_not_yet_built_by_others_are_left_out_not_shown_as_placeholders(window: Any) -> None:
    import importlib.util

    for spec in PAGES:
        present = importlib.util.find_spec(spec.module) is not None
        assert (spec.key in window.page_keys()) == present


def test_ctrl_digits_switch_pages_and_ctrl_f_focuses_the_search(qtbot: Any, window: Any) -> None:
    children = window.page_keys().index("children") + 1
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + children), Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "children"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "dashboard"
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + children), Qt.KeyboardModifier.ControlModifier)
    window.current_page().view.setFocus()
    qtbot.keyClick(window.current_page().view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    focused = window.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.objectName() == "search"


def test_ctrl_n_starts_a_new_record_on_the_current_page(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    import cl_desktop.ui.forms as forms

    opened: list[tuple[str, Any]] = []
    monkeypatch.setattr(
        forms, "open_form", lambda kind, ctx, bus, parent, record_id=None, **p: opened.append((kind, record_id))
    )
    window.show_page("children")
    qtbot.keyClick(window.current_page().view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [("child", None)]


def test_status_bar_names_office_user_file_backup_and_sync(window: Any, ctx: Any, demo_path: Any) -> None:
    from cl_desktop.store.meta import set_meta

    assert "HQ" in window.office_label.text()
    assert "admin" in window.user_label.text()
    assert demo_path.name in window.file_label.text()
    assert "never" in window.backup_label.text() and "never" in window.sync_label.text()
    set_meta(ctx.db, "last_backup_at", "2026-11-20T10:15:00Z")
    set_meta(ctx.db, "last_sync_at", "2026-11-21T09:00:00Z")
    window.bus.changed.emit("meta")
    assert "20/11/2026 10:15" in window.backup_label.text()  # as the interface language writes dates
    assert "21/11/2026 09:00" in window.sync_label.text()


def test_window_remembers_its_geometry_and_last_page(qtbot: Any, window: Any, ctx: Any, demo_path: Any) -> None:
    from cl_desktop.ui import settings

    window.show_page("services")
    window.resize(1100, 700)
    window.close()
    assert settings.get("window/geometry") == window.saveGeometry()
    again = MainWindow(ctx, tasks=SyncTasks(), db_path=demo_path)
    qtbot.addWidget(again)
    assert again.current_key() == "services"
    # The offscreen screen is 800 pixels wide, so Qt clamps the restored width to the window's minimum.
    assert again.height() == 700


def test_the_sidebar_works_from_the_keyboard(qtbot: Any, window: Any) -> None:
    window.sidebar.setFocus()
    start = window.current_key()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    keys = window.page_keys()
    assert window.current_key() == keys[keys.index(start) + 1]
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Home)
    assert window.current_key() == "dashboard"
