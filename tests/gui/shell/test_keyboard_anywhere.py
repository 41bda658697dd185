"""The keyboard from anywhere in the window: a new child from every page and window, search to results and
back, and the children opened last on the Go menu and the dashboard."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QWidget

from cl_desktop.ui.forms.base import FormDialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def forms(window: Any, kind: str) -> list[FormDialog]:
    return [f for f in window.findChildren(FormDialog) if f.kind == kind and f.isVisible()]


def records(window: Any) -> list[QDialog]:
    return [d for d in window.findChildren(QDialog, "child_record_dialog") if d.isVisible()]


@pytest.fixture
def close_forms(window: Any) -> Iterator[None]:
    yield
    for form in window.findChildren(FormDialog):
        form.discard()


def open_from_the_list(qtbot: Any, page: Any, case_number: str) -> QDialog:
    """Ctrl+F, type the case number, Enter to the results, Enter on the row: the child's record."""
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.search
    qtbot.keyClicks(page.search, case_number)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert focused() is page.view
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    shown = [d for d in page.window().findChildren(QDialog, "child_record_dialog") if d.isVisible()]
    assert shown
    dialog = shown[-1]
    dialog.close()
    return dialog


# -- a new child from anywhere -----------------------------------------------------------------------------


def test_ctrl_n_on_the_dashboard_opens_a_new_child(qtbot: Any, window: Any, click_page: Any, close_forms: None) -> None:
    click_page("dashboard")
    qtbot.keyClick(window.current_page(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(forms(window, "child")) == 1


def test_ctrl_n_on_a_list_still_opens_that_lists_record(
    qtbot: Any, window: Any, click_page: Any, close_forms: None
) -> None:
    page = click_page("households")
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(forms(window, "household")) == 1
    assert forms(window, "child") == []


def test_ctrl_shift_n_opens_a_new_child_from_a_childs_record_window(
    qtbot: Any, window: Any, click_page: Any, close_forms: None
) -> None:
    page = click_page("children")
    first = page.view.visualRect(page.model.index(0, 0)).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # the first child's record, in its own window
    record = records(window)[-1]
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    qtbot.keyClick(
        QApplication.focusWidget() or record,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(forms(window, "child")) == 1
    record.close()


def test_the_file_menu_offers_a_new_child_with_its_shortcut(window: Any) -> None:
    action = window.findChild(QAction, "action_new_child")
    assert action is not None and action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+N"
    assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut


# -- from the search box to the results and back -------------------------------------------------------------


def test_enter_in_the_search_goes_to_the_results_and_enter_opens_the_row(
    qtbot: Any, window: Any, click_page: Any
) -> None:
    page = click_page("children")
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.search, "KH-RTK-000001")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)

    assert focused() is page.view
    assert page.view.currentIndex().row() == 0
    assert page.view.selectionModel().isRowSelected(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    opened = records(window)
    assert len(opened) == 1
    assert "KH-RTK-000001" in " ".join(label.text() for label in opened[0].findChildren(type(page.count_label)))
    opened[0].close()


def test_down_in_the_search_goes_to_the_results_and_esc_clears_the_search(
    qtbot: Any, window: Any, click_page: Any
) -> None:
    page = click_page("children")
    total = page.count_label.text()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.search, "KH-RTK")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert focused() is page.view
    assert page.model.query.search == "KH-RTK"
    assert page.count_label.text() != total

    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert page.count_label.text() == total
    assert focused() is page.search

    qtbot.keyClicks(page.search, "KH-RTK")
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)  # Esc in the search box too
    assert page.search.text() == "" and page.count_label.text() == total


def test_enter_on_a_search_that_finds_nothing_keeps_the_keyboard_in_the_search(
    qtbot: Any, window: Any, click_page: Any
) -> None:
    page = click_page("children")
    page.search.setFocus()
    qtbot.keyClicks(page.search, "no such child xq")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0
    assert focused() is page.search


# -- recent children ----------------------------------------------------------------------------------------


def test_the_go_menu_lists_the_children_opened_last_and_opens_one_by_its_number(
    qtbot: Any, window: Any, click_page: Any
) -> None:
    page = click_page("children")
    for case in ("KH-RTK-000001", "KG-CHU-000002"):
        page.search.clear()
        open_from_the_list(qtbot, page, case)

    menu = window.recent_menu
    window.fill_recent_menu()
    texts = [a.text() for a in menu.actions()]
    assert texts[0].startswith("&1 KG-CHU-000002 · ") and texts[1].startswith("&2 KH-RTK-000001 · ")

    go = next(m for m in window.menuBar().findChildren(QMenu) if menu in [a.menu() for a in m.actions()])
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(go.isVisible)
    qtbot.keyClick(go, Qt.Key.Key_R)  # &Recent children
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_2)
    opened = records(window)
    assert len(opened) == 1
    view_text = " ".join(label.text() for label in opened[0].findChildren(type(page.count_label)))
    assert "KH-RTK-000001" in view_text
    opened[0].close()
    window.fill_recent_menu()
    assert menu.actions()[0].text().startswith("&1 KH-RTK-000001")  # opened again: first now


def test_the_dashboard_shows_the_recent_children_and_enter_opens_one(qtbot: Any, window: Any, click_page: Any) -> None:
    page = click_page("children")
    open_from_the_list(qtbot, page, "KH-RTK-000001")
    dashboard = click_page("dashboard")
    box = dashboard.recent.list
    assert box.count() == 1 and box.item(0).text().startswith("KH-RTK-000001 · ")

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    opened = records(window)
    assert len(opened) == 1
    opened[0].close()


def test_the_recent_children_box_speaks_russian(qtbot: Any, qapp: Any, ctx: Any) -> None:
    from cl_desktop.ui import i18n
    from cl_desktop.ui.bus import DataBus
    from cl_desktop.ui.recent import RecentChildrenBox

    i18n.install(qapp, "ru")
    try:
        box = RecentChildrenBox(ctx, DataBus())
        qtbot.addWidget(box)
        assert box.list.item(0).text() == "Здесь появятся дети, которых вы откроете."
        assert "Недавние дети" in [label.text() for label in box.findChildren(QLabel)]
    finally:
        i18n.install(qapp, "en")
