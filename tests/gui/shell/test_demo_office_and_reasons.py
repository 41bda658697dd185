"""The demo ships with an enrolled field office and a bundle to try; every disabled action says why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTabBar, QTabWidget, QWidget

from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context


def test_the_demo_has_an_enrolled_office_and_its_bundle_imports(qtbot: Any, window: Any, click_page: Any) -> None:
    db = window.ctx.db
    office = db.execute("SELECT name, scope, signing_key, revoked_at FROM offices WHERE code = 'KH-DEMO'").fetchone()
    assert office[0] == "Battambang field office (demo)" and office[2] and office[3] is None
    assert "KH-WFCL-AP009" in office[1]
    visits = db.execute("SELECT count(*) FROM follow_ups").fetchone()[0]
    page = click_page("sync")
    assert "enrolled field office, KH-DEMO" in page.message.text()
    assert page.office.findData("KH-DEMO") >= 0  # return bundles can be made for it
    assert page.offered_button.isVisible() and page.offered_button.text() == "Import the demo office's bundle"
    qtbot.mouseClick(page.offered_button, Qt.MouseButton.LeftButton)
    assert db.execute("SELECT count(*) FROM follow_ups").fetchone()[0] == visits + 1
    assert "from KH-DEMO, 1 added" in page.receipts.toPlainText()
    assert not page.offered_button.isVisible()
    row = db.execute("SELECT f.notes, f.office FROM follow_ups f ORDER BY f.created_at DESC LIMIT 1").fetchone()
    assert row == ("Visit recorded at the Battambang field office.", "KH-DEMO")


def test_the_demo_keeps_the_seed_projects_figures(demo_template: Path) -> None:
    """The office and its bundle change no figure until the bundle is imported."""
    import sqlite3

    from cl_desktop.demo.generator import SEED_RESULTS

    conn = sqlite3.connect(demo_template)
    try:
        for code, (withdrawn, prevented) in SEED_RESULTS.items():
            got = dict(
                conn.execute(
                    "SELECT outcome, count(*) FROM children c JOIN projects p ON p.id = c.project_id "
                    "WHERE p.code = ? AND c.deleted = 0 GROUP BY outcome",
                    [code],
                ).fetchall()
            )
            assert (got.get("withdrawn"), got.get("prevented")) == (withdrawn, prevented), code
        assert conn.execute("SELECT count(*) FROM follow_ups WHERE office = 'KH-DEMO'").fetchone()[0] == 0
    finally:
        conn.close()


def disabled_without_reason(root: QWidget) -> list[str]:
    """Buttons, fields and combos shown on ``root`` (every tab of it) that are disabled with no tooltip."""
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield from _check(tabs.widget(i))
    yield from _check(root)


def _check(root: QWidget) -> list[str]:
    found = []
    for widget in [*root.findChildren(QAbstractButton), *root.findChildren(QLineEdit), *root.findChildren(QComboBox)]:
        if widget.isVisibleTo(root) and not widget.isEnabled() and not widget.toolTip().strip():
            if isinstance(widget.parent(), (QComboBox, QAbstractButton, QTabBar)):
                continue  # a combo's own line edit, a tab bar's scroll arrows
            found.append(f"{widget.objectName() or widget.metaObject().className()} {getattr(widget, 'text', str)()!r}")
    return found


@pytest.mark.parametrize("role", [Role.CLERK, Role.COORDINATOR, Role.ADMIN])
def test_every_disabled_action_says_why(qtbot: Any, ctx: Any, demo_path: Path, role: Role) -> None:
    from cl_desktop.ui.main_window import MainWindow
    from cl_desktop.ui.tasks import SyncTasks

    win = MainWindow(
        Context(ctx.db, Actor(username=role.value, role=role, office="HQ")), tasks=SyncTasks(), db_path=demo_path
    )
    qtbot.addWidget(win)
    win.show()
    missing: list[str] = []
    for key in win.page_keys():
        page = win.show_page(key)
        missing += [f"{key}: {w}" for w in disabled_without_reason(page)]
    for action in win.findChildren(QAction):
        if action.text() and not action.isEnabled() and not action.toolTip().strip():
            missing.append(f"menu: {action.text()}")
    assert missing == []
    if role is Role.CLERK:
        sync = win.show_page("sync")
        assert "Not with your role (clerk): ask a coordinator or an administrator." in sync.export_button.toolTip()
        restore = next(a for a in win.findChildren(QAction) if a.objectName() == "action_restore")
        assert not restore.isEnabled() and "ask an administrator" in restore.toolTip()
    if role is Role.COORDINATOR:
        sync = win.show_page("sync")
        assert not sync.import_button.isEnabled()
        assert sync.import_button.toolTip() == "Not with your role (coordinator): ask an administrator."
