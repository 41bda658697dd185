"""Import submissions exported from Kobo or ODK Central: check the file (a dry run), then import.

The dialog only drives ``exchange.kobo.import_file`` through ``tasks`` (off the GUI thread): the
check rolls everything back and lists each problem with its row and column; Import is enabled after
a clean check of the same file and form.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.exchange.kobo import KoboRefused, KoboResult, import_file
from cl_desktop.services.context import Context
from cl_desktop.ui.permits import allow

FORMS = (
    ("intake", QT_TRANSLATE_NOOP("KoboDialog", "Intake (new children)")),
    ("followup", QT_TRANSLATE_NOOP("KoboDialog", "Follow-up visits")),
)


class KoboDialog(QDialog):
    def __init__(self, ctx: Context, bus: Any, tasks: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.tasks = tasks
        self.checked: tuple[str, str] | None = None
        self.rows = 0
        self.setObjectName("kobo_dialog")
        self.setWindowTitle(self.tr("Import Kobo/ODK submissions"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.form_combo = QComboBox()
        self.form_combo.setObjectName("kobo_form")
        for code, name in FORMS:
            self.form_combo.addItem(self.tr(name), code)
        form.addRow(self.tr("&Form"), self.form_combo)
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setObjectName("kobo_file")
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("kobo_browse")
        browse.clicked.connect(self.choose_file)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&Export file (CSV or XLSX)"))
        file_label.setBuddy(self.file)
        form.addRow(file_label, row)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setObjectName("kobo_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setObjectName("kobo_progress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.errors = QPlainTextEdit()
        self.errors.setObjectName("kobo_errors")
        self.errors.setReadOnly(True)
        layout.addWidget(self.errors, 1)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setObjectName("kobo_check")
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("kobo_import")
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.not_checked = self.tr("Check the file first: Import is possible once a check finds submissions to add.")
        allow(self.import_button, False, self.not_checked)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setObjectName("kobo_stop")
        self.stop_button.setToolTip(self.tr("Stop the check or the import; nothing is saved"))
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop)
        self.task: Any = None
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.file.textChanged.connect(self._invalidate)
        self.form_combo.currentIndexChanged.connect(self._invalidate)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Kobo/ODK export"), "", self.tr("Spreadsheets (*.csv *.xlsx)")
        )
        if path:
            self.file.setText(path)

    def _invalidate(self) -> None:
        self.checked = None
        allow(self.import_button, False, self.not_checked)

    def run(self, *, dry_run: bool) -> None:
        path, form = self.file.text().strip(), str(self.form_combo.currentData())
        if not path:
            self.summary.setText(self.tr("Choose a file first."))
            return
        if not dry_run and self.checked != (form, path):
            return
        busy = self.tr("Wait for the work under way to finish, or stop it.")
        allow(self.check_button, False, busy)
        allow(self.import_button, False, busy)
        self.progress.setVisible(True)
        self.progress.setRange(0, self.rows if not dry_run and self.rows else 0)
        self.summary.setText(self.tr("Reading {name}…").format(name=Path(path).name))

        def work(job: Any) -> KoboResult:
            return import_file(
                self.ctx, form, path, dry_run=dry_run, progress=lambda n: (job.check(), job.progress(n, 0, ""))
            )

        self.stop_button.setVisible(True)
        allow(self.stop_button, True, "")
        self.task = self.tasks.run(
            self.tr("Importing Kobo/ODK submissions"),
            work,
            on_success=lambda result: self._done(result, form, path),
            on_failure=self._failed,
            on_progress=lambda done, _total, _text: self.progress.setValue(done),
            on_cancel=self._stopped,
            show_progress=False,
        )

    def stop(self) -> None:
        """Cancel the running check or import: the import's transaction is rolled back."""
        if self.task is not None and not self.task.finished:
            allow(self.stop_button, False, self.tr("Stopping…"))
            self.task.cancel()

    def _stopped(self) -> None:
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        allow(self.check_button, True, "")
        self.checked = None
        allow(self.import_button, False, self.not_checked)
        self.summary.setText(self.tr("Stopped; nothing was imported."))

    def _done(self, result: KoboResult, form: str, path: str) -> None:
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        allow(self.check_button, True, "")
        self.errors.clear()
        self.rows = result.rows
        if result.dry_run:
            self.checked = (form, path)
            self.summary.setText(
                self.tr(
                    "{rows} submission(s) checked: {added} to add, {unchanged} already imported, {held} to the "
                    "duplicates queue. Press Import to save them."
                ).format(rows=result.rows, added=result.added, unchanged=result.unchanged, held=result.held)
            )
            allow(self.import_button, result.added > 0, self.tr("The file holds no submission to add."))
            return
        self.checked = None
        self.summary.setText(
            self.tr("Imported {added} submission(s); {unchanged} were already imported; {held} to review.").format(
                added=result.added, unchanged=result.unchanged, held=result.held
            )
        )
        if result.added:
            self.bus.changed.emit("children" if form == "intake" else "follow_ups")

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        allow(self.check_button, True, "")
        self.checked = None
        allow(self.import_button, False, self.not_checked)
        if isinstance(exc, KoboRefused):
            self.summary.setText(
                self.tr("{count} problem(s); fix them in the file and check it again. Nothing was imported.").format(
                    count=len(exc.errors)
                )
            )
            self.errors.setPlainText("\n".join(exc.errors))
        else:
            self.summary.setText(str(exc))
