"""An encrypted office in the GUI: chosen in the first-start wizard, the recovery key shown once, the
sign-in that unlocks it, and Forgot password with the recovery key — all through keys and clicks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QWizard

from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context
from cl_desktop.services.projects import Projects
from cl_desktop.services.setup import create_database
from cl_desktop.store import cipher, open_database
from cl_desktop.sync.setup_file import add_office
from cl_desktop.ui.at_rest import RecoverPasswordDialog, RecoveryKeyDialog
from cl_desktop.ui.login import LoginDialog
from cl_desktop.ui.tasks import SyncTasks
from cl_desktop.ui.wizard import FirstRunWizard

PASSWORD = "dara's own pass 9"


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr("cl_desktop.sync.keys.SCRYPT_N", 1 << 10)
    cipher.forget()
    yield
    cipher.forget()


def _setup_file(tmp_path: Path) -> Path:
    hq = create_database(tmp_path / "hq.sqlite", office_code="HQ", office_name="Headquarters", hq=True)
    ctx = Context(hq, Actor(username="admin", role=Role.ADMIN, office="HQ"))
    Projects(ctx).create(
        {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
    )
    setup = tmp_path / "KH-BTB.setup"
    add_office(hq, code="KH-BTB", name="Battambang office", out=setup, user="admin", passphrase="lotus pond 7",
               admin="dara", password=PASSWORD)  # fmt: skip
    hq.close()
    return setup


def _box(check: Any) -> QPoint:
    """Where the tick box of a check box is (its middle may be empty space beyond the text)."""
    return QPoint(8, check.height() // 2)


def _join_encrypted(qtbot: Any, tmp_path: Path) -> tuple[Path, str]:
    setup = _setup_file(tmp_path)
    path = tmp_path / "office.sqlite"
    wizard = FirstRunWizard(path, SyncTasks())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.choice_page.join, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.join_page
    qtbot.keyClicks(page.file, str(setup))
    qtbot.keyClicks(page.passphrase, "lotus pond 7")
    assert not page.encrypt.isChecked()
    qtbot.mouseClick(page.encrypt, Qt.MouseButton.LeftButton, pos=_box(page.encrypt))
    assert page.encrypt.isChecked()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.created == path, page.error.text()
    assert wizard.recovery_code is not None
    return path, wizard.recovery_code


def test_the_wizard_makes_an_encrypted_office_and_shows_its_recovery_key_once(qtbot: Any, tmp_path: Path) -> None:
    path, code = _join_encrypted(qtbot, tmp_path)
    assert path.read_bytes()[:16] != cipher.SQLITE_HEADER
    assert cipher.keys_path(path).is_file()
    assert b"dara" not in path.read_bytes() and b"dara" not in cipher.keys_path(path).read_bytes()
    dialog = RecoveryKeyDialog(code, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key_label.text() == code
    assert not dialog.close_button.isEnabled()  # not before the coordinator says the key is kept
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    pdf = tmp_path / "office-recovery-key.pdf"
    dialog.save_pdf(pdf)
    assert str(pdf) in dialog.message.text()
    pages = PdfReader(pdf).pages
    assert len(pages) == 1 and code in pages[0].extract_text()
    qtbot.mouseClick(dialog.kept, Qt.MouseButton.LeftButton, pos=_box(dialog.kept))
    assert dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def _sign_in(qtbot: Any, dialog: LoginDialog, user: str, password: str) -> None:
    dialog.user_edit.clear()
    qtbot.keyClicks(dialog.user_edit, user)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_sign_in_unlocks_the_encrypted_office_with_the_password_typed(qtbot: Any, tmp_path: Path) -> None:
    path, _code = _join_encrypted(qtbot, tmp_path)
    cipher.forget()
    dialog = LoginDialog(None, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    for user, password in (("dara", "not the password"), ("nobody", PASSWORD)):
        _sign_in(qtbot, dialog, user, password)
        assert dialog.message.text() == "Wrong user name or password."
        assert dialog.actor is None and dialog.db is None and not dialog.password_edit.text()
    _sign_in(qtbot, dialog, "dara", PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "dara" and dialog.actor.office == "KH-BTB"
    try:
        assert dialog.db.execute("SELECT code FROM projects").fetchall() == [("KH-T",)]
    finally:
        dialog.db.close()


def test_forgot_password_sets_a_new_one_with_the_recovery_key(qtbot: Any, tmp_path: Path) -> None:
    path, code = _join_encrypted(qtbot, tmp_path)
    cipher.forget()
    dialog = LoginDialog(None, path=path, username="dara")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.forgot is not None
    qtbot.mouseClick(dialog.forgot, Qt.MouseButton.LeftButton)
    recover = dialog.findChild(RecoverPasswordDialog)
    assert recover is not None and recover.isVisible()
    assert recover.user.text() == "dara"
    qtbot.keyClicks(recover.code, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.keyClicks(recover.password, "monsoon rains 12")
    qtbot.keyClicks(recover.password2, "monsoon rains 12")
    qtbot.mouseClick(recover.findChild(type(dialog.forgot), "recover_ok"), Qt.MouseButton.LeftButton)
    assert recover.message.text() == "That recovery key does not open this database."
    recover.code.clear()
    qtbot.keyClicks(recover.code, code.lower())
    qtbot.mouseClick(recover.findChild(type(dialog.forgot), "recover_ok"), Qt.MouseButton.LeftButton)
    assert not recover.isVisible()
    assert "Sign in with it" in dialog.message.text()
    assert not cipher.key_for(path)  # the new password unlocks it, not the recovery key left in memory
    _sign_in(qtbot, dialog, "dara", "monsoon rains 12")
    assert dialog.actor is not None and dialog.actor.username == "dara"
    dialog.db.close()
    cipher.forget()
    with pytest.raises(cipher.Locked):
        open_database(path)


def _answer(qtbot: Any, find: Any, act: Any) -> None:
    """When the modal window ``find()`` returns shows, ``act`` on it (a modal dialog blocks the test)."""
    from PySide6.QtCore import QTimer

    def poll() -> None:
        widget = find()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(20, poll)
            return
        act(widget)

    QTimer.singleShot(0, poll)


def test_an_existing_office_is_encrypted_from_the_file_menu(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cl_desktop.sync.setup_file import init_from_setup
    from cl_desktop.ui.main_window import MainWindow

    setup = _setup_file(tmp_path)
    path = tmp_path / "office.sqlite"
    db = init_from_setup(path, setup, "lotus pond 7", "dara")
    assert path.read_bytes()[:16] == cipher.SQLITE_HEADER  # plain, as offices made before encryption are
    window = MainWindow(Context(db, Actor("dara", Role.COORDINATOR, "KH-BTB")), tasks=SyncTasks(), db_path=path)
    qtbot.addWidget(window)
    window.show()
    action = window.findChild(QAction, "action_encrypt")
    assert action.isEnabled()
    seen: dict[str, Any] = {}

    def yes(box: QMessageBox) -> None:
        seen["question"] = box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    def keep(dialog: RecoveryKeyDialog) -> None:
        seen["code"] = dialog.key_label.text()
        assert not dialog.close_button.isEnabled()  # not before the key is kept
        qtbot.mouseClick(dialog.kept, Qt.MouseButton.LeftButton, pos=_box(dialog.kept))
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    def modal() -> Any:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, QMessageBox) else None

    _answer(qtbot, modal, yes)
    _answer(qtbot, lambda: window.findChild(RecoveryKeyDialog), keep)
    action.trigger()
    assert "office.sqlite" in seen["question"]
    assert path.read_bytes()[:16] != cipher.SQLITE_HEADER and cipher.keys_path(path).is_file()
    assert b"Battambang" not in path.read_bytes()
    # the window goes on with the same data, through the key
    assert window.ctx.db.execute("SELECT code FROM projects").fetchall() == [("KH-T",)]
    assert not action.isEnabled() and action.toolTip() == "This database is already encrypted."
    window.ctx.db.close()
    # the password opens it from now on, and the recovery key shown is the one that unlocks it
    cipher.forget()
    dialog = LoginDialog(None, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    _sign_in(qtbot, dialog, "dara", PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.db.close()
    cipher.forget()
    from cl_desktop.services import at_rest

    at_rest.unlock_with_recovery(path, seen["code"])
    open_database(path, create=False).close()


def test_a_database_in_use_elsewhere_is_left_plain_with_one_sentence(qtbot: Any, tmp_path: Path) -> None:
    import sqlite3

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cl_desktop.sync.setup_file import init_from_setup
    from cl_desktop.ui.main_window import MainWindow

    setup = _setup_file(tmp_path)
    path = tmp_path / "office.sqlite"
    db = init_from_setup(path, setup, "lotus pond 7", "dara")
    window = MainWindow(Context(db, Actor("dara", Role.COORDINATOR, "KH-BTB")), tasks=SyncTasks(), db_path=path)
    qtbot.addWidget(window)
    window.show()
    other = sqlite3.connect(path)  # another program holds the file open
    other.execute("SELECT count(*) FROM projects").fetchone()
    messages: list[str] = []

    def modal() -> Any:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, QMessageBox) else None

    def yes(box: QMessageBox) -> None:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        _answer(qtbot, modal, lambda warning: (messages.append(warning.text()), warning.accept()))

    _answer(qtbot, modal, yes)
    try:
        window.findChild(QAction, "action_encrypt").trigger()
    finally:
        other.close()
    assert messages == ["Another program has the database open, so it was not encrypted. Close it and try again."]
    assert path.read_bytes()[:16] == cipher.SQLITE_HEADER and not cipher.keys_path(path).exists()
    assert window.ctx.db.execute("SELECT code FROM projects").fetchall() == [("KH-T",)]  # open again, plain
    window.ctx.db.close()


def test_a_clerk_cannot_encrypt(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction

    from cl_desktop.errors import PermissionDenied
    from cl_desktop.sync.setup_file import init_from_setup
    from cl_desktop.ui.main_window import MainWindow

    path = tmp_path / "office.sqlite"
    db = init_from_setup(path, _setup_file(tmp_path), "lotus pond 7", "dara")
    window = MainWindow(Context(db, Actor("sok", Role.CLERK, "KH-BTB")), tasks=SyncTasks(), db_path=path)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "action_encrypt")
    assert not action.isEnabled() and action.toolTip()
    with pytest.raises(PermissionDenied):
        window.encrypt()
    assert path.read_bytes()[:16] == cipher.SQLITE_HEADER
    db.close()


def test_headquarters_has_no_encrypt_action(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction

    from cl_desktop.ui.main_window import MainWindow

    hq = create_database(tmp_path / "hq.sqlite", office_code="HQ", office_name="Headquarters", hq=True)
    window = MainWindow(
        Context(hq, Actor("admin", Role.ADMIN, "HQ")), tasks=SyncTasks(), db_path=tmp_path / "hq.sqlite"
    )
    qtbot.addWidget(window)
    assert window.findChild(QAction, "action_encrypt") is None
    hq.close()
