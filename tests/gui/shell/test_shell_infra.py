"""The shell's plumbing: long work off the GUI thread, the error boundary, fonts, first run, start-up."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget, QWizard

from cl_desktop.errors import DatabaseError
from cl_desktop.ui.tasks import Cancelled, Job, SyncTasks, Tasks


def test_work_runs_off_the_gui_thread_and_callbacks_come_back_on_it(qtbot: Any) -> None:
    tasks = Tasks()
    seen: dict[str, Any] = {}
    main = threading.get_ident()

    def work(job: Job) -> int:
        seen["worker"] = threading.get_ident()
        for i in range(3):
            job.progress(i + 1, 3, f"step {i + 1}")
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    progress: list[tuple[int, int, str]] = []
    task = tasks.run("Counting", work, on_success=done, on_progress=lambda *a: progress.append(a), show_progress=False)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and seen["worker"] != main and seen["callback"] == main
    assert progress[-1] == (3, 3, "step 3")
    qtbot.waitUntil(lambda: not tasks.busy)
    assert task.finished


def test_a_failure_reaches_the_failure_callback_and_cancel_stops_quietly(qtbot: Any) -> None:
    tasks = Tasks()
    errors: list[BaseException] = []
    tasks.run("Failing", lambda job: 1 / 0, on_failure=errors.append, show_progress=False)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)

    started = threading.Event()
    outcome: list[str] = []

    def slow(job: Job) -> None:
        started.set()
        while True:
            job.check()

    task = tasks.run(
        "Slow",
        slow,
        on_success=lambda r: outcome.append("ok"),
        on_failure=lambda e: outcome.append("x"),
        show_progress=False,
    )
    assert started.wait(10)
    task.cancel()
    qtbot.waitUntil(lambda: task.finished)
    assert outcome == []


def test_the_progress_dialog_has_a_cancel_button_that_cancels(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = Tasks(parent)
    release = threading.Event()

    def work(job: Job) -> None:
        release.wait(10)
        job.check()

    task = tasks.run("Exporting", work)
    assert task.dialog is not None
    button = task.dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.click()
    assert task.job.cancelled
    release.set()
    qtbot.waitUntil(lambda: task.finished)
    assert task.error is None and task.result is None


def test_sync_tasks_run_at_once_for_tests() -> None:
    out: list[int] = []
    SyncTasks().run("now", lambda job: 7, on_success=out.append)
    assert out == [7]
    job = Job(lambda *a: None)
    job.cancel()
    with pytest.raises(Cancelled):
        job.check()


def test_a_known_error_is_a_message_that_says_what_to_do(qtbot: Any) -> None:
    from cl_desktop.ui.errors import show_error

    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_error(DatabaseError("The disk is full; free some space and try again."), parent)
    assert isinstance(box, QMessageBox) and box.text().startswith("The disk is full")
    box.close()


def test_a_bug_opens_the_crash_dialog_and_writes_the_log(qtbot: Any, data_dir: Path) -> None:
    from cl_desktop.paths import log_dir
    from cl_desktop.ui.errors import CrashDialog, excepthook

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    try:
        raise ValueError("a bug in the code")
    except ValueError as exc:
        info = (type(exc), exc, exc.__traceback__)
    excepthook(*info)
    logs = list(log_dir().glob("crash-*.log"))
    assert len(logs) == 1 and "ValueError: a bug in the code" in logs[0].read_text(encoding="utf-8")
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]
    assert dialogs and "a bug in the code" in dialogs[-1].details.toPlainText()
    assert str(logs[0]) in dialogs[-1].findChild(QWidget, "crash_log_path").text()
    for d in dialogs:
        d.close()


def test_disk_full_and_locked_database_are_known_errors() -> None:
    import errno
    import sqlite3

    from cl_desktop.ui.errors import known_message

    assert "disk is full" in (known_message(OSError(errno.ENOSPC, "No space left on device")) or "")
    assert "in use" in (known_message(sqlite3.OperationalError("database is locked")) or "")
    assert known_message(KeyError("x")) is None


def test_bundled_fonts_shape_khmer(qapp: Any) -> None:
    from cl_desktop.ui.fonts import FAMILIES, apply_fonts, load_fonts, shapes_khmer

    apply_fonts(qapp)
    assert {"Noto Sans", "Noto Sans Khmer"} <= set(load_fonts())
    assert qapp.font().families()[: len(FAMILIES)] == FAMILIES
    assert shapes_khmer()


def test_first_run_wizard_creates_an_office_database(qtbot: Any, tmp_path: Path) -> None:
    from cl_desktop.store import open_database
    from cl_desktop.ui.wizard import FirstRunWizard

    path = tmp_path / "office.sqlite"
    wizard = FirstRunWizard(path, SyncTasks())
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.choice_page.office.isChecked()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.office_page
    assert wizard.currentPage() is page
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.keyClicks(page.code, "kh-pnp")
    qtbot.keyClicks(page.name, "Phnom Penh office")
    page.province.setCurrentIndex(page.province.findData("KH-12"))
    qtbot.keyClicks(page.username, "sokha")
    qtbot.keyClicks(page.full_name, "Sokha Chan")
    qtbot.keyClicks(page.password, "mekong river 1")
    qtbot.keyClicks(page.password2, "mekong river 2")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert "differ" in page.error.text() and not path.exists()
    page.password2.clear()
    qtbot.keyClicks(page.password2, "mekong river 1")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.created == path
    db = open_database(path)
    try:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        assert meta["office_code"] == "KH-PNP" and meta["is_hq"] == "0"
        users = [r[0] for r in db.execute("SELECT username FROM users")]
        assert users == ["sokha"]
    finally:
        db.close()


def test_first_run_wizard_creates_a_headquarters_database(qtbot: Any, tmp_path: Path) -> None:
    from cl_desktop.store import open_database
    from cl_desktop.ui.wizard import FirstRunWizard

    path = tmp_path / "hq.sqlite"
    wizard = FirstRunWizard(path, SyncTasks())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice_page.hq.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.office_page
    assert page.code.text() == "HQ"
    qtbot.keyClicks(page.name, "National Project Office")
    qtbot.keyClicks(page.username, "admin")
    qtbot.keyClicks(page.password, "mekong river 1")
    qtbot.keyClicks(page.password2, "mekong river 1")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    db = open_database(path)
    try:
        assert dict(db.execute("SELECT key, value FROM meta").fetchall())["is_hq"] == "1"
        assert db.execute("SELECT role FROM users").fetchone()[0] == "admin"
    finally:
        db.close()


def test_first_run_wizard_builds_the_demo_with_progress(
    qtbot: Any, tmp_path: Path, demo_template: Path, monkeypatch: Any
) -> None:
    import shutil

    import cl_desktop.demo
    from cl_desktop.store import open_database
    from cl_desktop.ui.wizard import FirstRunWizard

    def quick_demo(path: Path, progress: Any = None) -> Any:
        """The generator has its own tests; here only the wizard's side: progress, result, the file."""
        for step, fraction in (("Accounts and projects", 0.0), ("Children", 0.5)):
            progress(step, fraction)
        shutil.copy2(demo_template, path)
        return open_database(path)

    monkeypatch.setattr(cl_desktop.demo, "create_demo_database", quick_demo)
    path = tmp_path / "demo.sqlite"
    wizard = FirstRunWizard(path, SyncTasks())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice_page.demo.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.demo_page.done and wizard.demo_page.progress.value() == 100
    assert wizard.created == path and path.exists()


def test_the_app_starts_on_a_database_and_signs_in_from_the_environment(
    demo_path: Path, monkeypatch: Any, qapp: Any
) -> None:
    from cl_desktop.ui import app

    monkeypatch.setenv(app.AUTOLOGIN_ENV, "admin")
    monkeypatch.setenv(app.EXIT_AFTER_START_ENV, "1")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs the crash dialog hook
    assert app.run(demo_path) == 0


def test_the_app_signs_in_through_the_login_dialog(demo_path: Path, monkeypatch: Any, qapp: Any) -> None:
    login = pytest.importorskip("cl_desktop.ui.login")
    from cl_desktop.security.roles import Actor, Role
    from cl_desktop.ui import app

    asked: list[Any] = []

    def ask_login(db: Any, parent: Any = None) -> Actor:
        asked.append(db)
        return Actor(username="clerk", role=Role.CLERK, office="HQ")

    monkeypatch.delenv(app.AUTOLOGIN_ENV, raising=False)
    monkeypatch.setenv(app.EXIT_AFTER_START_ENV, "1")
    monkeypatch.setattr(login, "ask_login", ask_login)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app.run(demo_path) == 0
    assert len(asked) == 1


def test_cancelling_the_login_closes_the_app(demo_path: Path, monkeypatch: Any, qapp: Any) -> None:
    login = pytest.importorskip("cl_desktop.ui.login")
    from cl_desktop.ui import app

    monkeypatch.delenv(app.AUTOLOGIN_ENV, raising=False)
    monkeypatch.setattr(login, "ask_login", lambda db, parent=None: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app.run(demo_path) == 1
