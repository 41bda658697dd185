"""Signing in, and locking an unattended window.

``ask_login`` is called by ``ui.app`` before the main window opens. The idle
lock hides the window's content after the idle time (the office setting
``idle_lock_minutes``, 10 by default) and asks for the same user's password
again; lockout and back-off apply exactly as at sign-in because both go
through ``services.accounts.authenticate``. Timing lives in the Qt-free
``security.session.IdleTimer``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.errors import KnownError
from cl_desktop.i18n.languages import native_names
from cl_desktop.security.passwords import is_demo_password
from cl_desktop.security.roles import Actor
from cl_desktop.security.session import IDLE_SETTING, IdleTimer, idle_minutes_from
from cl_desktop.services.accounts import authenticate
from cl_desktop.store.meta import get_meta
from cl_desktop.ui import i18n

LANGUAGES = native_names()
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LoginDialog(QDialog):
    """User name, password and language; the service's refusal is shown under the fields."""

    def __init__(
        self,
        db: Any,
        parent: QWidget | None = None,
        *,
        username: str = "",
        locked: bool = False,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.path = path  # an encrypted office database, unlocked by the password typed here
        self.actor: Actor | None = None
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Unlock CL Desktop") if locked else self.tr("Sign in to CL Desktop"))
        self.user_edit = QLineEdit(username)
        self.user_edit.setObjectName("login_user")
        self.user_edit.setReadOnly(locked)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("login_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.language_box = QComboBox()
        self.language_box.setObjectName("login_language")
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        codes = [c for c, _ in LANGUAGES]
        current = _current_language() or i18n.current()  # nothing chosen yet: the language on screen
        self.language_box.setCurrentIndex(codes.index(current) if current in codes else 0)
        self._language_chosen = bool(_current_language())
        self._demo_warned = False
        self.language_box.currentIndexChanged.connect(lambda _: setattr(self, "_language_chosen", True))
        self.message = QLabel()
        self.message.setObjectName("login_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.user_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        if not locked:
            form.addRow(self.tr("&Language"), self.language_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock") if locked else self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("login_ok")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("login_cancel")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Sign out") if locked else self.tr("Cancel")
        )
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        self.forgot: QPushButton | None = None
        if path is not None:
            self.forgot = buttons.addButton(self.tr("&Forgot password…"), QDialogButtonBox.ButtonRole.ResetRole)
            self.forgot.setObjectName("login_forgot")
            self.forgot.clicked.connect(self.recover)
        if locked:
            intro = QLabel(self.tr("The window was locked after a time without use. Enter your password to go on."))
            intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        if locked:
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.password_edit if username else self.user_edit).setFocus()

    def _say(self, text: str, colour: str) -> None:
        """A message under the fields; the dialog grows to show all of it (a wrapped label does not ask)."""
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)
        self.message.show()
        self.setMinimumWidth(max(self.minimumWidth(), self.fontMetrics().averageCharWidth() * 48))
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()

    def recover(self) -> QDialog:
        """Forgot password: the recovery key sets a new one (``ui.at_rest.RecoverPasswordDialog``)."""
        from cl_desktop.ui.at_rest import RecoverPasswordDialog

        assert self.path is not None
        dialog = RecoverPasswordDialog(self.path, self.user_edit.text().strip(), self)

        def done() -> None:
            self.user_edit.setText(dialog.user.text().strip())
            self.password_edit.clear()
            self.password_edit.setFocus()
            self._say(self.tr("The password was set. Sign in with it."), "#1b5e20")

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def _unlock(self) -> bool:
        """An encrypted office: the password typed unlocks the file before the account is checked."""
        from cl_desktop.services import at_rest
        from cl_desktop.store import open_database

        assert self.path is not None
        try:
            at_rest.unlock(self.path, self.user_edit.text(), self.password_edit.text())
            if self.db is None:
                self.db = open_database(self.path, create=False)
        except KnownError as exc:  # the same one sentence as a wrong password on a plain database
            self._say(str(exc), "#b00020")
            self.password_edit.clear()
            self.password_edit.setFocus()
            return False
        return True

    def try_sign_in(self) -> None:
        if self.path is not None and not self._unlock():
            return
        try:
            self.actor = authenticate(self.db, self.user_edit.text(), self.password_edit.text())
        except KnownError as exc:  # wrong password, locked account: the service's own sentence
            self._say(str(exc), "#b00020")
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        if is_demo_password(self.user_edit.text(), self.password_edit.text()) and not self._demo_warned:
            # Said once, before the window opens: the next press of Sign in goes on.
            self._demo_warned = True
            self.actor = None
            self._say(
                self.tr(
                    "This account still has its demo password (the user name): anyone can sign in with it. "
                    "Change it under Settings, Users before entering real data. Press Sign in again to go on."
                ),
                "#8a5300",
            )
            return
        if self._language_chosen:  # else the account's language applies, as before
            _remember_language(str(self.language_box.currentData()))
        self.accept()


def _current_language() -> str:
    try:
        from cl_desktop.ui import settings

        return str(settings.get("ui/language") or "")
    except (ImportError, KeyError):
        return ""


def _remember_language(code: str) -> None:
    try:
        from cl_desktop.ui import settings

        settings.put("ui/language", code)
    except (ImportError, KeyError):
        pass


def ask_login(db: Any, parent: QWidget | None = None) -> Actor | None:
    """The signed-in user, or None when the dialog was cancelled."""
    dialog = LoginDialog(db, parent)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


def unlock_and_sign_in(path: Path, parent: QWidget | None = None, username: str = "") -> tuple[Any, Actor] | None:
    """An encrypted office database: (database, signed-in user) from the password typed, or None."""
    dialog = LoginDialog(None, parent, path=path, username=username)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None:
        return dialog.db, dialog.actor
    if dialog.db is not None:
        dialog.db.close()
    return None


class IdleLock(QObject):
    """Locks ``window`` after the idle time; only the signed-in user's password unlocks it.

    Install once after the main window is shown: ``IdleLock(window, ctx.db, ctx.actor)``.
    ``signed_out`` is emitted (and the window closed) when the user chooses Sign out.
    """

    def __init__(
        self,
        window: QWidget,
        db: Any,
        actor: Actor,
        *,
        idle_seconds: float | None = None,
        check_ms: int = 5000,
        clock: Any = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.actor = actor
        seconds = idle_seconds if idle_seconds is not None else 60 * idle_minutes_from(get_meta(db, IDLE_SETTING))
        self.timer = IdleTimer(seconds, clock) if clock else IdleTimer(seconds)
        self.dialog: LoginDialog | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(check_ms)
        self._ticker.timeout.connect(self.check)
        self._ticker.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt names it
        if event.type() in ACTIVITY_EVENTS:
            self.timer.activity()
        return False

    @property
    def locked(self) -> bool:
        return self.timer.locked

    def check(self) -> None:
        if self.timer.should_lock():
            self.lock()

    def lock(self) -> None:
        """Hide what the window shows and ask for the password (non-blocking, so timers keep running)."""
        self.timer.locked = True
        central = getattr(self.window, "centralWidget", lambda: None)()
        if central is not None:
            central.setVisible(False)
        # Open forms hide too (they show a child's data) but keep what was typed until the user is back.
        for form in getattr(self.window, "open_forms", list)():
            if form.isVisible():
                form.setProperty("held", True)
                form.hide()
        self.dialog = LoginDialog(self.db, self.window, username=self.actor.username, locked=True)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._sign_out)
        self.dialog.open()

    def _unlocked(self) -> None:
        central = getattr(self.window, "centralWidget", lambda: None)()
        if central is not None:
            central.setVisible(True)
        self.timer.unlock()
        self.dialog = None
        self._release_forms()

    def _release_forms(self) -> None:
        for form in getattr(self.window, "open_forms", list)():
            if form.property("held"):
                form.setProperty("held", False)
                form.show()
                form.raise_()

    def _sign_out(self) -> None:
        """Sign out from the lock: unsaved forms are asked about (Save / Discard / Cancel) without showing
        their content; Cancel goes back to the lock with everything kept."""
        self.dialog = None
        sign_out = getattr(self.window, "sign_out", None)
        if callable(sign_out):
            if not sign_out(reveal=False):
                self.lock()
                return
            self._ticker.stop()
            return
        self._ticker.stop()
        self.window.close()

    def stop(self) -> None:
        self._ticker.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
