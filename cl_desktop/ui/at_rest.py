"""Dialogs of an encrypted office database: the recovery key shown once, and a password set with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.errors import KnownError
from cl_desktop.services import at_rest
from cl_desktop.ui import i18n


class RecoveryKeyDialog(QDialog):
    """The recovery key of a database just encrypted: shown once, saved as a PDF to print, acknowledged."""

    def __init__(self, code: str, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code, self.db_path = code, Path(db_path)
        self.saved: Path | None = None
        self.setObjectName("recovery_key_dialog")
        self.setWindowTitle(self.tr("Recovery key"))
        intro = QLabel(
            self.tr(
                "The database is encrypted. Each account's password unlocks it. If nobody remembers a password, "
                "only this recovery key opens it. It is shown only this once: print it or write it down, and "
                "keep it in a safe, away from the laptop."
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(code)
        self.key_label.setObjectName("recovery_key")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save as PDF to print…"))
        self.save_button.setObjectName("recovery_save")
        self.save_button.clicked.connect(self.choose_pdf)
        self.message = QLabel()
        self.message.setObjectName("recovery_message")
        self.message.setWordWrap(True)
        self.kept = QCheckBox(self.tr("I have &printed or written down the recovery key"))
        self.kept.setObjectName("recovery_kept")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("recovery_close")
        self.close_button.setEnabled(False)
        self.kept.toggled.connect(self.close_button.setEnabled)
        self.buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        for w in (intro, self.key_label, self.save_button, self.message, self.kept, self.buttons):
            layout.addWidget(w)

    def reject(self) -> None:  # Esc does not close it before the key is kept
        if self.kept.isChecked():
            super().reject()

    def choose_pdf(self) -> None:
        suggested = str(self.db_path.parent / f"{self.db_path.stem}-recovery-key.pdf")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key as"), suggested, "PDF (*.pdf)")
        if target:
            self.save_pdf(Path(target))

    def save_pdf(self, target: Path) -> None:
        try:
            at_rest.write_recovery_sheet(target, self.code, self.db_path, i18n.current())
        except KnownError as exc:
            self.message.setText(str(exc))
            return
        self.saved = target
        self.message.setText(
            self.tr("Wrote {path}. Print it, keep the page in a safe, then delete the file.").format(path=target)
        )


class RecoverPasswordDialog(QDialog):
    """Forgot password: the recovery key opens the database and an account gets a new password."""

    def __init__(self, db_path: Path, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setObjectName("recover_password_dialog")
        self.setWindowTitle(self.tr("Set a new password with the recovery key"))
        intro = QLabel(
            self.tr("Type the recovery key printed when the database was encrypted, the account and its new password.")
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("recover_code")
        self.code.setPlaceholderText("-".join(["XXXX"] * 8))  # the shape of a key, in every language
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance("XXXX-" * 8) + 16)  # the whole key
        self.user = QLineEdit(username)
        self.user.setObjectName("recover_user")
        self.password = QLineEdit()
        self.password.setObjectName("recover_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("recover_password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Recovery key"), self.code)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&New password"), self.password)
        form.addRow(self.tr("Re&peat it"), self.password2)
        self.message = QLabel()
        self.message.setObjectName("recover_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Set the password"))
        ok.setObjectName("recover_ok")
        buttons.accepted.connect(self.try_recover)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.code.setFocus()

    def try_recover(self) -> None:
        if self.password.text() != self.password2.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        try:
            at_rest.recover_account(self.db_path, self.code.text(), self.user.text().strip(), self.password.text())
        except KnownError as exc:
            self.message.setText(str(exc))
            return
        at_rest.lock(self.db_path)  # the new password unlocks it at sign-in, like any other
        self.accept()
