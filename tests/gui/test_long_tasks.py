"""Every long task shows progress and can be cancelled, and a Cancel leaves nothing half-done: no file,
no temporary file, no row. The real task runner (a thread pool and its progress dialog) runs the work;
the pool's one thread is held until the user has pressed Cancel, so the work starts already cancelled
and stops at its first progress report, in the middle of writing its file or its transaction."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context
from cl_desktop.services.lists import ListQuery
from cl_desktop.store import open_database
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.tasks import Tasks

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing)", "OpenType support missing"
)


class Held:
    """A task runner whose one thread waits for ``release``: the dialog is on screen before the work runs."""

    def __init__(self, parent: QWidget) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.gate = threading.Event()
        self.pool.start(self.gate.wait)
        self.tasks = Tasks(parent, self.pool, show_after_ms=0)

    def cancel_on_screen(self, qtbot: Any, parent: QWidget) -> str:
        """Press the progress dialog's Cancel, let the work run, wait for it to end; the dialog's title."""
        qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=20000)
        dialog = next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())
        title = dialog.windowTitle()
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        self.gate.set()
        qtbot.waitUntil(lambda: not self.tasks.busy, timeout=120000)
        self.pool.waitForDone(60000)
        return title


@pytest.fixture
def admin(demo_path: Path) -> Iterator[Context]:
    db = open_database(demo_path)
    yield Context(db, Actor(username="admin", role=Role.ADMIN, office="HQ"))
    db.close()


def count(ctx: Context, sql: str) -> int:
    return int(ctx.db.execute(sql).fetchone()[0])


def test_cancelling_a_list_export_leaves_no_file(qtbot: Any, admin: Context, tmp_path: Path) -> None:
    from cl_desktop.ui.pages.children import ChildrenPage

    holder = QWidget()
    qtbot.addWidget(holder)
    held = Held(holder)
    page = ChildrenPage(admin, DataBus(), held.tasks, holder)
    holder.show()
    out = tmp_path / "out"
    out.mkdir()
    page.export_to(out / "children.xlsx")
    assert held.cancel_on_screen(qtbot, holder).startswith("Exporting")
    assert list(out.iterdir()) == []
    assert not page.notice.isVisible()


@pytest.fixture
def sync_page(qtbot: Any, admin: Context, tmp_path: Path) -> Iterator[tuple[Any, Held]]:
    from cl_desktop.ui.pages.sync import SyncPage

    holder = QWidget()
    qtbot.addWidget(holder)
    held = Held(holder)
    page = SyncPage(admin, DataBus(), held.tasks, holder)
    page.choose_folder = lambda: str(tmp_path / "stick")  # type: ignore[method-assign]
    (tmp_path / "stick").mkdir()
    holder.show()
    yield page, held
    held.gate.set()


def test_cancelling_a_bundle_export_writes_nothing(qtbot: Any, sync_page: Any, admin: Context, tmp_path: Path) -> None:
    page, held = sync_page
    history = count(admin, "SELECT count(*) FROM sync_bundles")
    assert page.office.currentData() == "KH-DEMO"
    qtbot.mouseClick(page.full, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert held.cancel_on_screen(qtbot, page.window()) == "Exporting a bundle"
    assert list((tmp_path / "stick").iterdir()) == []
    assert count(admin, "SELECT count(*) FROM sync_bundles") == history
    assert page.message.text() == "Cancelled; no bundle was written."


def test_cancelling_the_demo_bundle_import_changes_nothing(qtbot: Any, sync_page: Any, admin: Context) -> None:
    page, held = sync_page
    visits = count(admin, "SELECT count(*) FROM follow_ups")
    assert page.offered_button.isVisible() and page.offered_button.isEnabled()
    qtbot.mouseClick(page.offered_button, Qt.MouseButton.LeftButton)
    assert held.cancel_on_screen(qtbot, page.window()) == "Importing bundles"
    assert count(admin, "SELECT count(*) FROM follow_ups") == visits
    assert count(admin, "SELECT count(*) FROM sync_bundles WHERE direction = 'import'") == 0
    assert "Cancelled: the bundle being imported changed nothing" in page.message.text()


def test_cancelling_the_duplicate_scan_lists_nothing_new(qtbot: Any, sync_page: Any, admin: Context) -> None:
    page, held = sync_page
    pairs = count(admin, "SELECT count(*) FROM sync_duplicates")
    page.tabs.setCurrentIndex(3)
    qtbot.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)
    assert held.cancel_on_screen(qtbot, page.window()) == "Scanning for duplicates"
    assert count(admin, "SELECT count(*) FROM sync_duplicates") == pairs
    assert page.message.text() == "Cancelled; the list of suspected duplicates is unchanged."


def test_cancelling_add_office_adds_none_and_writes_no_setup_file(
    qtbot: Any, sync_page: Any, admin: Context, tmp_path: Path
) -> None:
    page, held = sync_page
    setup = tmp_path / "stick" / "KH-NEW-setup.clbundle"
    page.choose_save_path = lambda _caption, _name: str(setup)  # type: ignore[method-assign]
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    qtbot.keyClicks(page.new_code, "KH-NEW")
    qtbot.keyClicks(page.new_name, "New office")
    qtbot.mouseClick(page.add_office_button, Qt.MouseButton.LeftButton)
    assert not page.add_office_button.isEnabled() and "being added" in page.add_office_button.toolTip()
    assert held.cancel_on_screen(qtbot, page.window()) == "Adding office KH-NEW"
    assert count(admin, "SELECT count(*) FROM offices WHERE code = 'KH-NEW'") == 0
    assert list((tmp_path / "stick").iterdir()) == []
    assert page.add_office_button.isEnabled()
    assert "office KH-NEW was not added" in page.message.text()


@pytest.fixture
def window(qtbot: Any, admin: Context, demo_path: Path) -> Iterator[tuple[Any, Held]]:
    from cl_desktop.ui import settings
    from cl_desktop.ui.main_window import MainWindow

    settings.put("window/page", "children")  # no dashboard figures computing meanwhile

    win = MainWindow(admin, db_path=demo_path)
    held = Held(win)
    win.tasks = held.tasks
    qtbot.addWidget(win)
    win.show()
    yield win, held
    held.gate.set()


def test_cancelling_a_backup_leaves_no_file(qtbot: Any, window: Any, tmp_path: Path) -> None:
    win, held = window
    stick = tmp_path / "stick"
    stick.mkdir()
    win.back_up(str(stick))
    assert held.cancel_on_screen(qtbot, win) == "Backing up"
    assert list(stick.iterdir()) == []
    assert win.statusBar().currentMessage() == "Backup cancelled; no file was written."


def test_cancelling_a_restore_keeps_the_database(
    qtbot: Any, window: Any, admin: Context, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from cl_desktop.security.backup import make_backup

    win, held = window
    backup = make_backup(demo_path, tmp_path)
    children = count(admin, "SELECT count(*) FROM children")
    before = sorted(p.name for p in demo_path.parent.iterdir())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    win.restore(str(backup))
    assert held.cancel_on_screen(qtbot, win) == "Restoring"
    assert win.statusBar().currentMessage() == "Restore cancelled; the database is unchanged."
    assert count(win.ctx, "SELECT count(*) FROM children") == children  # reopened, same data
    assert not getattr(win, "restored", False)
    assert sorted(p.name for p in demo_path.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        n for n in before if not n.endswith(("-wal", "-shm"))
    ]


def test_cancelling_a_rule_change_saves_nothing(qtbot: Any, admin: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    from cl_desktop.ui.forms import create_form

    project = admin.db.execute("SELECT id, light_work_max_hours FROM projects WHERE code = 'KH-WFCL'").fetchone()
    statuses = admin.db.execute("SELECT work_status, count(*) FROM children GROUP BY 1 ORDER BY 1").fetchall()
    form = create_form("project", admin, DataBus(), None, record_id=project[0])
    qtbot.addWidget(form)
    held = Held(form)
    form.tasks = held.tasks
    form.show()
    field = form.fields["light_work_max_hours"]  # a rule setting: every child's status is worked out again
    field.selectAll()
    qtbot.keyClicks(field, "20")
    # Save waits for the recomputation (the window stays responsive): Cancel is pressed meanwhile.
    from PySide6.QtCore import QTimer

    titles: list[str] = []

    def press_cancel() -> None:
        dialogs = [d for d in form.findChildren(QProgressDialog) if d.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, press_cancel)
            return
        titles.append(dialogs[0].windowTitle())
        qtbot.mouseClick(dialogs[0].findChild(QPushButton), Qt.MouseButton.LeftButton)
        held.gate.set()

    QTimer.singleShot(0, press_cancel)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert titles == ["Saving the project's rules"]
    assert form.banner.text() == "Cancelled: nothing was saved; the statuses stay as they were."
    assert form.isVisible() and form.dirty
    again = admin.db.execute("SELECT light_work_max_hours FROM projects WHERE id = ?", [project[0]]).fetchone()[0]
    assert again == project[1]
    assert admin.db.execute("SELECT work_status, count(*) FROM children GROUP BY 1 ORDER BY 1").fetchall() == statuses
    form.dirty = False


def test_an_export_reports_its_progress_in_rows(qtbot: Any, admin: Context, tmp_path: Path) -> None:
    """Without Cancel the file is written whole, and the progress counts the rows of the list."""
    from cl_desktop.ui.pages.list_page import export_list
    from cl_desktop.ui.tasks import Job

    reports: list[tuple[int, int]] = []
    job = Job(lambda done, total, _text: reports.append((done, total)))
    from cl_desktop.services import lists

    n = export_list(admin.db, "children", tmp_path / "c.csv", ListQuery(), "en", job)
    assert n == lists.count(admin.db, "children", ListQuery()) and (tmp_path / "c.csv").exists()
    assert reports and all(total == n for _done, total in reports)


def test_figures_computed_while_the_window_closes_reach_nobody(qtbot: Any, admin: Context, demo_path: Path) -> None:
    """Closing waits for the work, but its outcome is still queued: it must not reach a page whose database the
    caller closes next (the sign-out and start-up check paths close it straight after the window)."""
    from cl_desktop.ui import settings
    from cl_desktop.ui.main_window import MainWindow

    settings.put("window/page", "dashboard")
    host = QWidget()
    qtbot.addWidget(host)
    held = Held(host)
    win = MainWindow(admin, tasks=held.tasks, db_path=demo_path)
    qtbot.addWidget(win)
    win.show()
    assert held.tasks.busy  # the dashboard's figures, waiting for the one thread
    held.gate.set()
    win.close()
    admin.db.close()
    qtbot.waitUntil(lambda: not held.tasks.busy, timeout=20000)  # the outcome arrived, and went nowhere
    assert win.current_page().loading
