"""Import a spreadsheet register: choose the file and the list, see every problem, then import.

The check is a dry run of the real import (``tabular.importer.import_file`` with
``dry_run=True``): every row goes through the services' validation inside a
transaction that is rolled back, so the preview shows exactly the errors and
counts the import would give. Import is enabled only after a clean check of the
same file. Both run off the GUI thread through ``tasks`` (on the window's
connection, as list exports do: the dialog is modal while they run, and a
second connection would mean a second integrity check of a possibly large
file); the dialog never touches the database itself.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.errors import KnownError
from cl_desktop.services.context import Context
from cl_desktop.tabular.importer import TABLES, ImportRefused, ImportResult, import_file, normalise_kind
from cl_desktop.tabular.readers import TableRefused
from cl_desktop.ui.catalogue import table_refusal
from cl_desktop.ui.fit import resize_to_fit
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.permits import allow

log = logging.getLogger("cl_desktop.ui.import_dialog")

PREVIEW_ROWS = 50
KIND_NAMES: tuple[tuple[str, str], ...] = (
    ("children", QT_TRANSLATE_NOOP("ImportDialog", "Children")),
    ("households", QT_TRANSLATE_NOOP("ImportDialog", "Households")),
    ("services", QT_TRANSLATE_NOOP("ImportDialog", "Services")),
    ("follow_ups", QT_TRANSLATE_NOOP("ImportDialog", "Follow-up visits")),
)
ERROR_BRUSH = QColor(255, 222, 222)


class ImportDialog(QDialog):
    """``ImportDialog(ctx, bus, tasks, parent)``; ``kind`` and ``path`` preselect the list and the file."""

    def __init__(
        self,
        ctx: Context,
        bus: Any,
        tasks: Any,
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        path: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.tasks = tasks
        self.checked: tuple[str, str, float] | None = None  # (kind, path, mtime) of the last clean check
        self.result: ImportResult | None = None
        self.total_rows = 0
        self.running = False
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        resize_to_fit(self, 900, 600)
        self._build()
        if kind:
            index = self.kind.findData(normalise_kind(kind))
            if index >= 0:
                self.kind.setCurrentIndex(index)
        if path:
            self.file.setText(str(path))
        self._update_buttons()

    # -- layout ------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        self.kind = QComboBox(objectName="kind")
        for key, name in KIND_NAMES:
            self.kind.addItem(self.tr(name), key)
        form.addRow(self.tr("&List:"), self.kind)

        self.file = QLineEdit(objectName="file")
        self.file.setPlaceholderText(self.tr("A .csv or .xlsx file with the columns of the list's export"))
        self.browse = QPushButton(self.tr("&Browse…"), objectName="browse")
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file)
        form.addRow(file_label, row)

        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr(
                "Export the list first to get the right columns. Rows with a case number, household code or "
                "ID that exists are updated; the others are added. If any row is invalid, nothing is imported."
            )
        )
        self.progress = QProgressBar(objectName="progress")
        self.progress.setVisible(False)

        self.preview = QTableWidget(objectName="preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.errors = QTableWidget(0, 3, objectName="errors")
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.errors.verticalHeader().setVisible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.preview)
        split.addWidget(self.errors)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        self.check = QPushButton(self.tr("&Check file"), objectName="check")
        self.import_button = QPushButton(self.tr("&Import"), objectName="import")
        self.close_button = QPushButton(self.tr("Close"), objectName="close")
        self.stop_button = QPushButton(self.tr("&Stop"), objectName="stop")
        self.stop_button.setToolTip(self.tr("Stop the check or the import; nothing is saved"))
        self.stop_button.setVisible(False)
        self.task: Any = None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.check, self.import_button, self.stop_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.check.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self.browse.clicked.connect(self.choose_file)
        self.check.clicked.connect(self.run_check)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        self.stop_button.clicked.connect(self.stop)
        self.kind.currentIndexChanged.connect(self._invalidate)
        self.file.textChanged.connect(self._invalidate)
        self.errors.cellDoubleClicked.connect(self._show_error_cell)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.run_import)

    # -- actions -------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(Path(self.file.text()).parent) if self.file.text() else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a spreadsheet"), start, self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)")
        )
        if path:
            self.file.setText(path)

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current_path(self) -> str:
        return self.file.text().strip()

    def run_check(self) -> None:
        """Dry run: every row validated, nothing kept; fills the preview and the error list."""
        path, kind = self.current_path(), self.current_kind()
        if not path:
            self._say(self.tr("Choose a file first."), error=True)
            return
        self._busy(True, self.tr("Checking {name}…").format(name=Path(path).name))

        def work(job: Any) -> ImportResult:
            return import_file(
                self.ctx,
                kind,
                path,
                dry_run=True,
                preview_rows=PREVIEW_ROWS,
                progress=lambda n: (job.check(), job.progress(n, 0, "")),
            )

        self.task = self.tasks.run(
            self.tr("Checking the file"),
            work,
            on_success=lambda result: self._checked(result, kind, path),
            on_failure=self._failed,
            on_progress=self._progressed,
            on_cancel=lambda: self._stopped(self.tr("Check stopped; nothing was imported.")),
            show_progress=False,
        )

    def run_import(self) -> None:
        path, kind = self.current_path(), self.current_kind()
        if not self.import_button.isEnabled():
            return
        self._busy(True, self.tr("Importing {name}…").format(name=Path(path).name))
        total = self.total_rows

        def work(job: Any) -> ImportResult:
            return import_file(self.ctx, kind, path, progress=lambda n: (job.check(), job.progress(n, total, "")))

        self.task = self.tasks.run(
            self.tr("Importing"),
            work,
            on_success=lambda result: self._imported(result, kind),
            on_failure=self._failed,
            on_progress=self._progressed,
            on_cancel=lambda: self._stopped(self.tr("Import stopped; nothing was imported (all or nothing).")),
            show_progress=False,
        )

    def stop(self) -> None:
        """Cancel the running check or import: the import's transaction is rolled back."""
        if self.running and self.task is not None:
            allow(self.stop_button, False, self.tr("Stopping…"))
            self.task.cancel()

    def _stopped(self, text: str) -> None:
        self._busy(False)
        self.checked = None
        self._say(text)
        self._update_buttons()

    # -- outcomes --------------------------------------------------------------
    def _checked(self, result: ImportResult, kind: str, path: str) -> None:
        self._busy(False)
        self.result = result
        self._fill_preview(result)
        self._fill_errors(result)
        self.total_rows = result.rows
        if result.errors:
            self.checked = None
            count = len(result.errors) + result.more_errors
            self._say(
                self.tr(
                    "{count} problem(s) in {rows} row(s). Fix them in the file and check it again; "
                    "nothing was imported."
                ).format(count=count, rows=result.rows),
                error=True,
            )
        else:
            self.checked = (kind, path, _mtime(path))
            self._say(
                self.tr(
                    "{rows} row(s) checked: {added} to add, {updated} to update, {unchanged} unchanged. "
                    "Press Import to save them."
                ).format(rows=result.rows, added=result.added, updated=result.updated, unchanged=result.unchanged)
            )
        self._update_buttons()

    def _imported(self, result: ImportResult, kind: str) -> None:
        self._busy(False)
        self.result = result
        self.checked = None
        self._say(
            self.tr("Imported {rows} row(s): {added} added, {updated} updated, {unchanged} unchanged.").format(
                rows=result.rows, added=result.added, updated=result.updated, unchanged=result.unchanged
            )
        )
        self._update_buttons()
        if result.added or result.updated:
            self.bus.changed.emit(TABLES[kind])

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.checked = None
        if isinstance(exc, ImportRefused):
            self.result = exc.result
            self._fill_errors(exc.result)
            self._say(self.tr("Nothing was imported: {message}").format(message=str(exc)), error=True)
        elif isinstance(exc, KnownError):
            self.preview.clear()
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.errors.setRowCount(0)
            self._say(table_refusal(exc) if isinstance(exc, TableRefused) else str(exc), error=True)
        else:
            from cl_desktop.ui.errors import show_error

            self._say(self.tr("The import failed; nothing was saved."), error=True)
            show_error(exc, self)
        self._update_buttons()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setMaximum(max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        self.progress.setFormat(self.tr("{done} row(s)").format(done=done))

    # -- helpers --------------------------------------------------------------
    def _fill_preview(self, result: ImportResult) -> None:
        header = result.header
        self.preview.clear()
        self.preview.setColumnCount(len(header))
        self.preview.setRowCount(len(result.preview))
        self.preview.setHorizontalHeaderLabels(header)
        bad: dict[tuple[int, str], str] = {(e.row, e.column): e.message for e in result.errors}
        bad_rows = {e.row for e in result.errors}
        for r, (number, *cells) in enumerate(result.preview):
            self.preview.setVerticalHeaderItem(r, QTableWidgetItem(str(number)))
            for c, value in enumerate(cells[: len(header)]):
                item = QTableWidgetItem("" if value is None else str(value))
                message = bad.get((number, header[c]))
                if message:
                    item.setBackground(QBrush(ERROR_BRUSH))
                    item.setToolTip(message)
                elif number in bad_rows:
                    item.setBackground(QBrush(ERROR_BRUSH.lighter(108)))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()

    def _fill_errors(self, result: ImportResult) -> None:
        self.errors.setRowCount(len(result.errors))
        for r, error in enumerate(result.errors):
            row = QTableWidgetItem()
            row.setData(Qt.ItemDataRole.DisplayRole, error.row)
            self.errors.setItem(r, 0, row)
            self.errors.setItem(r, 1, QTableWidgetItem(error.column))
            message = QTableWidgetItem(error.message)
            message.setToolTip(error.message)
            self.errors.setItem(r, 2, message)
        self.errors.resizeColumnToContents(0)
        self.errors.resizeColumnToContents(1)

    def _show_error_cell(self, r: int, _c: int) -> None:
        """Double-click an error: select the offending cell in the preview when it is shown there."""
        if self.result is None or r >= len(self.result.errors):
            return
        error = self.result.errors[r]
        for p, (number, *_cells) in enumerate(self.result.preview):
            if number == error.row:
                column = self.result.header.index(error.column) if error.column in self.result.header else 0
                self.preview.setCurrentCell(p, column)
                return

    def _invalidate(self) -> None:
        self.checked = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        path, kind = self.current_path(), self.current_kind()
        fresh = self.checked is not None and self.checked == (kind, path, _mtime(path))
        allow(
            self.import_button,
            fresh,
            self.tr("Check the file first: Import is possible once a check finds no problem in it."),
        )
        allow(self.check, bool(path), self.tr("Choose a file first."))

    def reject(self) -> None:
        """Esc and Close wait for a running check or import: its results come back to this dialog."""
        if self.running:
            return
        super().reject()

    def _busy(self, busy: bool, text: str = "") -> None:
        self.running = busy
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        allow(self.stop_button, busy, "")
        allow(self.close_button, not busy, self.tr("Wait for the work under way to finish, or stop it."))
        for widget in (self.check, self.import_button, self.browse, self.kind, self.file):
            allow(widget, not busy, self.tr("Wait for the work under way to finish, or stop it."))
        if busy:
            self.progress.setValue(0)
            self.progress.setMaximum(0)
            self._say(text)
        else:
            self.kind.setEnabled(True)
            self.file.setEnabled(True)
            self.browse.setEnabled(True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setProperty("error", error)
        self.summary.setStyleSheet("color: #a40000;" if error else "")


def _mtime(path: str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return -1.0
