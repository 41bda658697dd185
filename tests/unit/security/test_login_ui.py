"""The sign-in dialog and the idle lock, driven with real clicks and keys."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QPushButton

from cl_desktop.security.roles import Role
from cl_desktop.ui.login import IdleLock, LoginDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _sign_in(qtbot: Any, dialog: LoginDialog, user: str | None, password: str) -> None:
    """Type and click, as a user would, once the dialog is the active window.

    A dialog signed in and hidden before Qt delivered its activation would receive that
    activation later, hidden, and stay the application's active window with a focus
    widget: the next test's form would then not get the keyboard focus.
    """
    assert dialog.isActiveWindow()
    if user is not None:
        edit = dialog.findChild(QLineEdit, "login_user")
        edit.clear()
        qtbot.keyClicks(edit, user)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "login_password"), password)
    qtbot.mouseClick(dialog.findChild(QPushButton, "login_ok"), Qt.MouseButton.LeftButton)


def test_a_wrong_password_shows_the_services_message_and_the_right_one_signs_in(qtbot: Any, office_db: Any) -> None:
    dialog = LoginDialog(office_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)  # see _sign_in
    _sign_in(qtbot, dialog, "coord", "wrong")
    message = dialog.findChild(QLabel, "login_message")
    assert message.isVisible() and message.text() == "Wrong user name or password."
    assert dialog.findChild(QLineEdit, "login_password").text() == ""
    assert dialog.actor is None and dialog.isVisible()
    _sign_in(qtbot, dialog, None, "pw")
    assert dialog.actor is not None and dialog.actor.username == "coord" and dialog.actor.role == Role.COORDINATOR
    assert dialog.result() == LoginDialog.DialogCode.Accepted


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_the_idle_lock_hides_the_window_and_asks_for_the_password(qtbot: Any, office_db: Any) -> None:
    from cl_desktop.services.accounts import authenticate

    actor = authenticate(office_db, "coord", "pw")
    window = QMainWindow()
    window.setCentralWidget(QLabel("Children: សុខ ស្រីមុំ"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    clock = Clock()
    lock = IdleLock(window, office_db, actor, idle_seconds=600, check_ms=60_000, clock=clock)
    clock.t = 599
    lock.check()
    assert not lock.locked and window.centralWidget().isVisible()
    clock.t = 600
    lock.check()
    assert lock.locked and not window.centralWidget().isVisible()
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.findChild(QLineEdit, "login_user").isReadOnly()
    _sign_in(qtbot, dialog, None, "wrong")
    assert lock.locked and dialog.findChild(QLabel, "login_message").isVisible()
    _sign_in(qtbot, dialog, None, "pw")
    assert not lock.locked and window.centralWidget().isVisible()
    lock.stop()


def test_a_demo_password_is_pointed_out_at_sign_in(qtbot: Any, office_db: Any) -> None:
    from cl_desktop.security.passwords import hash_password

    office_db.execute("UPDATE users SET password_hash = ? WHERE username = 'coord'", [hash_password("coord")])
    dialog = LoginDialog(office_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    _sign_in(qtbot, dialog, "coord", "coord")
    message = dialog.findChild(QLabel, "login_message")
    assert message.isVisible() and "still has its demo password" in message.text()
    assert dialog.actor is None and dialog.isVisible()  # said before the window opens
    qtbot.mouseClick(dialog.findChild(QPushButton, "login_ok"), Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.username == "coord"
    assert dialog.result() == LoginDialog.DialogCode.Accepted
