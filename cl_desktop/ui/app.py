"""Start the GUI: one QApplication, the database opened once, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from cl_desktop import APP_NAME, __version__
from cl_desktop.errors import KnownError
from cl_desktop.paths import default_database
from cl_desktop.services.stats import database_stats
from cl_desktop.store import open_database


class MainWindow(QMainWindow):
    """What the database holds, per project."""

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.setWindowTitle(f"{APP_NAME} — {db_path.name}")
        self.db = open_database(db_path)
        stats = database_stats(self.db)
        body = QWidget()
        layout = QVBoxLayout(body)
        for p in stats["projects"]:
            layout.addWidget(
                QLabel(
                    self.tr("{code}: {children} children, {withdrawn} withdrawn, {prevented} prevented").format(
                        **{k: f"{v:,}" if isinstance(v, int) else v for k, v in p.items()}
                    )
                )
            )
        layout.addStretch()
        self.setCentralWidget(body)
        self.statusBar().showMessage(str(db_path))
        self.resize(900, 600)


def run(db_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    path = db_path or default_database()
    try:
        window = MainWindow(path)
    except KnownError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window.show()
    if os.environ.get("CL_DESKTOP_EXIT_AFTER_START"):
        return 0
    return int(app.exec())
