"""The UI boundary for failures: known errors become a message, bugs a crash dialog and a log file.

Known failures (``KnownError``: a locked or read-only file, a full disk, a
damaged database, a refused bundle, invalid input) carry one sentence that says
what to do; they are shown as is. Anything else is a bug: the traceback goes to
``paths.log_dir()/crash-<time>.log`` and a dialog shows it so it can be sent to
whoever maintains the installation. ``install_excepthook`` routes uncaught
exceptions (including those raised inside Qt slots) here.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cl_desktop import APP_NAME, __version__
from cl_desktop.errors import KnownError

log = logging.getLogger("cl_desktop.ui.errors")


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def known_message(exc: BaseException) -> str | None:
    """The sentence to show for a known failure, or None when ``exc`` is a bug."""
    if isinstance(exc, KnownError):
        return str(exc)
    if isinstance(exc, OSError) and exc.errno is not None:
        import errno

        if exc.errno == errno.ENOSPC:
            return _tr("The disk is full; free some space and try again.")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            name = exc.filename or ""
            return _tr("Cannot write {name}: permission denied; choose a folder you may write to.").format(name=name)
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        if "database is locked" in text or "busy" in text:  # not "table is locked": our own statement, a bug
            return _tr("The database is in use by another program; close it and try again.")
        if "disk" in text and "full" in text:
            return _tr("The disk is full; free some space and try again.")
        if "readonly" in text:
            return _tr("The database is read-only; copy it to a folder you can write to.")
    return None


def write_crash_log(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path:
    """Write the traceback to a new file in the log folder and return its path."""
    from cl_desktop.paths import log_dir

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    path = log_dir() / f"crash-{stamp}.log"
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    path.write_text(
        f"{APP_NAME} {__version__}\nPython {sys.version.split()[0]}\n{datetime.now(UTC).isoformat()}\n\n{text}",
        encoding="utf-8",
    )
    return path


class CrashDialog(QDialog):
    """Tells the user something went wrong that is not their fault, and where the details are."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.log_path = log_path
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "CL Desktop hit an unexpected error. Your saved data is safe: every save is written to disk "
                "at once. Please send the details below to whoever supports your installation."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if log_path is not None:
            where = QLabel(self.tr("The details were also saved to {path}").format(path=log_path))
            where.setObjectName("crash_log_path")
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crash_details")
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


# Dialogs without a parent window belong to Python: hold them until they close.
_open: set[QWidget] = set()


def _keep(dialog: QDialog) -> None:
    _open.add(dialog)
    dialog.finished.connect(lambda _result: _open.discard(dialog))


def _parent(parent: QWidget | None) -> QWidget | None:
    if parent is not None:
        return parent
    app = QApplication.instance()
    return app.activeWindow() if isinstance(app, QApplication) else None


def show_known(message: str, parent: QWidget | None = None, title: str = "") -> QMessageBox:
    """A window-modal message that does not block the caller (``open``, not ``exec``)."""
    box = QMessageBox(_parent(parent))
    box.setObjectName("known_error")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or APP_NAME)
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _keep(box)
    box.open()
    return box


def show_bug(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, parent: QWidget | None = None
) -> CrashDialog | None:
    try:
        path: Path | None = write_crash_log(exc_type, exc, tb)
    except OSError:
        path = None
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        return None
    dialog = CrashDialog("".join(traceback.format_exception(exc_type, exc, tb)), path, _parent(parent))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _keep(dialog)
    dialog.open()
    return dialog


def show_error(exc: BaseException, parent: QWidget | None = None) -> QWidget | None:
    """Show any failure the right way: a message for a known one, the crash dialog for a bug."""
    message = known_message(exc)
    if message is not None:
        log.info("known error: %s", message)
        return show_known(message, parent)
    return show_bug(type(exc), exc, exc.__traceback__, parent)


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    message = known_message(exc)
    if message is not None:
        show_known(message)
    else:
        show_bug(exc_type, exc, tb)


def install_excepthook() -> None:
    """Route uncaught exceptions (Python code and Qt slots alike) to :func:`excepthook`."""
    sys.excepthook = excepthook


__all__ = [
    "CrashDialog",
    "excepthook",
    "install_excepthook",
    "known_message",
    "show_bug",
    "show_error",
    "show_known",
    "write_crash_log",
]
