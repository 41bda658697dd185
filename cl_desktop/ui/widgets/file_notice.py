"""Where a written file went: a line on the page with *Open folder* and *Copy path*.

Opening a file or a folder needs a handler on the desktop (a PDF viewer, a file manager); an office
laptop may have none, and Qt then only warns on stderr. The notice says so in the window and keeps the
path one click from the clipboard. ``output_folder`` is the folder files go to by default: Documents,
created when missing, else a folder that exists.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

log = logging.getLogger("cl_desktop.ui")

NOTE_STYLE = "QFrame#file_notice { background: #e8f4fd; border: 1px solid #b6dcf7; border-radius: 3px; }"
WARN_STYLE = "QFrame#file_notice { background: #fff4e5; border: 1px solid #ffd599; border-radius: 3px; }"


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        return False
    return True


def documents_folder() -> Path:
    """The user's Documents folder, which may not exist yet on an office laptop."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home() / "Documents"


def output_folder(preferred: str | Path | None = None) -> Path:
    """The folder to save into: ``preferred`` (the user's last choice) or Documents, created when missing;
    when neither can be written, the home folder, then the temporary folder. Always one that exists."""
    candidates = [Path(p) for p in (preferred, documents_folder()) if p]
    candidates += [Path.home(), Path(tempfile.gettempdir())]
    for folder in candidates:
        if _writable(folder):
            return folder
    return Path.cwd()


def open_path(path: str | Path) -> bool:
    """Ask the desktop to open a file or folder; False when nothing here can (Qt only warns on stderr)."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class FileNotice(QFrame):
    """A "Wrote …" line with *Open folder* and *Copy path*; hidden until a file is written."""

    opened = Signal(str, bool)  # what was asked to open, whether the desktop could

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_notice")
        self.setStyleSheet(NOTE_STYLE)
        self.path: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setObjectName("file_notice_text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.open_folder_button.setObjectName("file_notice_open_folder")
        self.open_folder_button.setToolTip(self.tr("Show the folder that holds the file"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.copy_button = QPushButton(self.tr("Cop&y path"))
        self.copy_button.setObjectName("file_notice_copy")
        self.copy_button.setToolTip(self.tr("Put the file's full path on the clipboard"))
        self.copy_button.clicked.connect(self.copy_path)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_folder_button)
        layout.addWidget(self.copy_button)
        self.hide()

    def show_file(self, path: str | Path, text: str, *, open_file: bool = False, what: str = "") -> bool:
        """Say ``text`` about ``path``; with ``open_file`` ask the desktop to open it and say so if it cannot.
        True unless opening was asked and failed."""
        self.path = Path(path)
        self.setStyleSheet(NOTE_STYLE)
        self.copy_button.setText(self.tr("Cop&y path"))
        self.label.setText(text)
        self.show()
        if not open_file:
            return True
        ok = open_path(self.path)
        self.opened.emit(str(self.path), ok)
        if not ok:
            log.info("no application opened %s", self.path)
            self.warn(
                self.tr(
                    "{text} It could not be opened: no application on this computer opens {what} files. "
                    "Open the folder or copy the path to open it another way."
                ).format(text=text, what=what or self.path.suffix.lstrip(".").upper())
            )
        return ok

    def warn(self, text: str) -> None:
        self.setStyleSheet(WARN_STYLE)
        self.label.setText(text)
        self.show()

    def open_folder(self) -> bool:
        if self.path is None:
            return False
        ok = open_path(self.path.parent)
        self.opened.emit(str(self.path.parent), ok)
        if not ok:
            self.warn(
                self.tr("No file manager opened the folder {folder}. Copy the path to find the file.").format(
                    folder=self.path.parent
                )
            )
        return ok

    def copy_path(self) -> None:
        if self.path is None:
            return
        QGuiApplication.clipboard().setText(str(self.path))
        self.copy_button.setText(self.tr("Path copied"))


__all__ = ["FileNotice", "documents_folder", "open_path", "output_folder"]
