"""Work is never lost: closing, quitting, signing out or the idle lock with an unsaved form asks first."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

SAVE, DISCARD, CANCEL = (
    QMessageBox.StandardButton.Save,
    QMessageBox.StandardButton.Discard,
    QMessageBox.StandardButton.Cancel,
)


@pytest.fixture(autouse=True)
def _no_question_at_teardown(window: Any) -> Any:
    yield
    for form in window.open_forms():
        form.dirty = False  # a failed test must not leave a question nobody answers


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` on the next question box, as the user would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def new_child_form(qtbot: Any, window: Any) -> Any:
    """Children → Ctrl+N → a name typed, from the keyboard."""
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "children"
    qtbot.keyClick(window.current_page().view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    forms = window.open_forms()
    assert len(forms) == 1
    form = forms[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.fields["name"])
    qtbot.keyClicks(form.fields["name"], "Qorvath Zzyzx")
    assert form.dirty
    return form


def fill_valid_child(form: Any) -> None:
    """The rest of a valid intake (the keyboard path through every field is tested in tests/gui/forms)."""
    from cl_desktop.services.reference import location_id
    from cl_desktop.ui.widgets import set_field_value

    for name, value in (
        ("sex", "M"),
        ("birth_date", "1998-05-01"),
        ("intake_date", "2010-06-01"),
        ("consent_date", "2010-06-01"),
        ("guardian_relation", "mother"),
        ("school_status", "dropped_out"),
        ("guardian_name", "Qorvath Mira"),
        ("consent", True),
    ):
        set_field_value(form.fields[name], value)
    form.fields["location_id"].set_location(location_id("KH-8"))
    programme = form.fields["programme_id"]
    programme.setCurrentIndex(programme.count() - 1)


def children_named(window: Any, name: str) -> int:
    return int(
        window.ctx.db.execute(
            "select count(*) from children where name_latin = ? or name = ?", [name, name]
        ).fetchone()[0]
    )


def test_the_idle_lock_hides_the_form_keeps_its_text_and_sign_out_from_the_lock_asks(qtbot: Any, window: Any) -> None:
    from cl_desktop.ui.login import IdleLock

    form = new_child_form(qtbot, window)
    lock = IdleLock(window, window.ctx.db, window.ctx.actor, idle_seconds=3600, check_ms=3_600_000)
    lock.lock()
    assert not form.isVisible()  # a child's data is not left on screen
    seen: list[str] = []
    answer(CANCEL, seen)
    qtbot.mouseClick(lock.dialog.findChild(QPushButton, "login_cancel"), Qt.MouseButton.LeftButton)  # "Sign out"
    assert len(seen) == 1
    assert window.isVisible() and lock.locked and lock.dialog is not None  # back at the lock
    assert not form.isVisible() and form.dirty
    assert form.fields["name"].text() == "Qorvath Zzyzx"
    answer(DISCARD, seen)
    qtbot.mouseClick(lock.dialog.findChild(QPushButton, "login_cancel"), Qt.MouseButton.LeftButton)
    assert window.signed_out and not window.isVisible()
    lock.stop()


def test_closing_the_window_with_an_unsaved_form_cancel_keeps_everything_then_save_saves(
    qtbot: Any, window: Any
) -> None:
    form = new_child_form(qtbot, window)
    fill_valid_child(form)
    seen: list[str] = []
    answer(CANCEL, seen)
    assert not window.close()
    assert seen and "not saved" in seen[0]
    assert window.isVisible() and form.isVisible() and form.dirty
    assert form.fields["name"].text() == "Qorvath Zzyzx"

    answer(SAVE, seen)
    assert window.close(), {k: form.error_text(k) for k in form.error_labels if form.error_text(k)}
    assert children_named(window, "Qorvath Zzyzx") == 1
    assert not window.isVisible()


def test_quit_with_an_unsaved_form_and_discard_closes_without_saving(qtbot: Any, window: Any) -> None:
    form = new_child_form(qtbot, window)
    seen: list[str] = []
    answer(DISCARD, seen)
    window.findChild(QAction, "action_quit").trigger()  # File → Quit (Ctrl+Q)
    assert len(seen) == 1
    assert not window.isVisible() and not form.isVisible()
    assert children_named(window, "Qorvath Zzyzx") == 0
