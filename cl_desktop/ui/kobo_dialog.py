"""Import submissions exported from Kobo or ODK Central: check the file (a dry run), then import.

The dialog only drives ``exchange.kobo.import_file`` through ``tasks`` (off the GUI thread): the
check rolls everything back and lists each problem with its row and column; Import is enabled after
a clean check of the same file and form.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
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
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.errors import KnownError
from cl_desktop.exchange.kobo import (
    FILE_MESSAGES,
    MESSAGES,
    Held,
    KoboFileRefused,
    KoboRefused,
    KoboResult,
    Problem,
    add_held,
    held,
    import_file,
    same_child,
)
from cl_desktop.services.context import Context
from cl_desktop.tabular.readers import TableRefused
from cl_desktop.ui import i18n
from cl_desktop.ui.catalogue import field_error_message, table_refusal, translate
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.permits import allow, permit

FORMS = (
    ("intake", QT_TRANSLATE_NOOP("KoboDialog", "Intake (new children)")),
    ("followup", QT_TRANSLATE_NOOP("KoboDialog", "Follow-up visits")),
)


def problem_text(problem: Problem) -> str:
    """A row's problem in the interface language (the file's column names stay as they are)."""
    if problem.field_error is not None:
        error = problem.field_error
        message = field_error_message(error, problem.message(), {error.field: problem.column})
    elif problem.code in MESSAGES and problem.code != "other":
        message = translate("kobo", MESSAGES[problem.code]).format(**problem.params)
    else:
        message = problem.message()  # a service's refusal: English only
    return QCoreApplication.translate("KoboDialog", "row {row}, column “{column}”: {message}").format(
        row=i18n.number(problem.row), column=problem.column, message=message
    )


def refusal_text(exc: KoboFileRefused) -> str:
    """Why the whole file was refused, in the interface language."""
    return translate("kobo", FILE_MESSAGES[exc.code]).format(**exc.params)


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
        # Submissions that resemble a child already recorded wait here, one line per child they resemble.
        self.held_label = QLabel()
        self.held_label.setObjectName("kobo_held_label")
        self.held_label.setWordWrap(True)
        layout.addWidget(self.held_label)
        self.held_table = QTableWidget(0, 6)
        self.held_table.setObjectName("kobo_held")
        self.held_table.setHorizontalHeaderLabels(
            [
                self.tr("Submission"),
                self.tr("Name"),
                self.tr("Sex"),
                self.tr("Born"),
                self.tr("Village"),
                self.tr("Resembles"),
            ]
        )
        self.held_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.held_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.held_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.held_table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.held_table.verticalHeader().setVisible(False)
        layout.addWidget(self.held_table, 1)
        review = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add as a &new child"))
        self.add_button.setObjectName("kobo_held_add")
        self.add_button.clicked.connect(self.add_as_new)
        self.same_button = QPushButton(self.tr("&Same child: add nothing"))
        self.same_button.setObjectName("kobo_held_same")
        self.same_button.clicked.connect(self.mark_same)
        review.addStretch(1)
        review.addWidget(self.add_button)
        review.addWidget(self.same_button)
        layout.addLayout(review)
        self.held_rows: list[tuple[str, str]] = []  # (held id, child id) per table row
        self.held_table.itemSelectionChanged.connect(self._review_buttons)
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
        self.refresh_held()

    # -- held for review -------------------------------------------------------------------------
    def refresh_held(self) -> None:
        waiting: list[Held] = held(self.ctx)
        lang = i18n.current()
        self.held_rows = []
        self.held_table.setRowCount(0)
        for item in waiting:
            values = item.values
            village = item.village.get("local" if lang == "km" else lang) or item.village.get("en", "")
            sex = {"F": translate("lists", "Female"), "M": translate("lists", "Male")}.get(values.get("sex", ""), "")
            for child in item.resembles:
                resembles = self.tr("{case}: {name}, {sex}, born {born}").format(
                    case=child.case_number,
                    name=child.name,
                    sex={"F": translate("lists", "Female"), "M": translate("lists", "Male")}.get(child.sex, ""),
                    born=i18n.date_text(child.birth_date),
                )
                cells = [
                    item.submission_id,
                    str(values.get("name", "")),
                    sex,
                    i18n.date_text(values.get("birth_date")),
                    village,
                    resembles,
                ]
                row = self.held_table.rowCount()
                self.held_table.insertRow(row)
                for column, text in enumerate(cells):
                    self.held_table.setItem(row, column, QTableWidgetItem(text))
                self.held_rows.append((item.id, child.child_id))
        count = len(waiting)
        self.held_label.setText(
            i18n.plural(
                self.tr(
                    "%n submission(s) resemble a child already recorded and wait for review: choose a line, then "
                    "add the submission as a new child or say it is the child it resembles.",
                    "",
                    count,
                ),
                count,
            )
            if count
            else self.tr("No submission waits for review.")
        )
        self.held_table.setVisible(bool(count))
        self._review_buttons()

    def _review_buttons(self) -> None:
        chosen = self.held_table.currentRow() >= 0 and bool(self.held_table.selectedItems())
        why = self.tr("Choose a line first.")
        permit(self.add_button, self.ctx, "child.write", (chosen, why))
        permit(self.same_button, self.ctx, "child.write", (chosen, why))
        self.add_button.setVisible(bool(self.held_rows))
        self.same_button.setVisible(bool(self.held_rows))

    def _chosen(self) -> tuple[str, str] | None:
        row = self.held_table.currentRow()
        return self.held_rows[row] if 0 <= row < len(self.held_rows) else None

    def add_as_new(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self._decide(lambda: add_held(self.ctx, chosen[0]), self.tr("The submission was added as a new child."))

    def mark_same(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self._decide(
                lambda: same_child(self.ctx, chosen[0], chosen[1]),
                self.tr("The submission was recorded as the child it resembles; nothing was added."),
            )

    def _decide(self, action: Any, done: str) -> None:
        try:
            action()
        except KnownError as exc:
            from cl_desktop.ui.errors import known_message

            self.summary.setText(known_message(exc) or str(exc))
            return
        self.summary.setText(done)
        self.bus.changed.emit("children")
        self.refresh_held()

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
            def progress(rows: int) -> None:
                job.check()  # a stop asked for ends the import here, rolled back
                job.progress(rows, 0, "")

            return import_file(self.ctx, form, path, dry_run=dry_run, progress=progress)

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
                    "{rows} submission(s) checked: {added} to add, {unchanged} already imported, {held} to hold "
                    "for review. Press Import to save them."
                ).format(rows=result.rows, added=result.added, unchanged=result.unchanged, held=result.held)
            )
            allow(self.import_button, result.added + result.held > 0, self.tr("The file holds no submission to add."))
            return
        self.checked = None
        self.summary.setText(
            self.tr(
                "Imported {added} submission(s); {unchanged} were already imported; {held} held for review."
            ).format(added=result.added, unchanged=result.unchanged, held=result.held)
        )
        if result.added:
            self.bus.changed.emit("children" if form == "intake" else "follow_ups")
        self.refresh_held()

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
            self.errors.setPlainText("\n".join(problem_text(p) for p in exc.problems))
        elif isinstance(exc, KoboFileRefused):
            self.summary.setText(refusal_text(exc))
        elif isinstance(exc, TableRefused):  # the spreadsheet reader's: an unreadable or hostile file
            self.summary.setText(table_refusal(exc))
        else:
            self.summary.setText(str(exc))
