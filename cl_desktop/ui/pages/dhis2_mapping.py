"""Settings → DHIS2 mapping: the codes the ADX and DHIS2 exports use, as an editable table.

Headquarters' administrator edits the Code and Name cells and saves; the service checks every
changed row (unknown or duplicated codes are refused with the row named, and nothing changes).
Offices see the mapping headquarters sent them, read-only. Below the table, the check an export
runs before anything leaves (what DHIS2's dry run would say) can be run for a project and saved
as a text file to send with the figures or to the national IT officer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.atomic import atomic_write
from cl_desktop.errors import KnownError
from cl_desktop.exchange import mapping
from cl_desktop.exchange.values import CheckReport, check_report
from cl_desktop.services.context import Context
from cl_desktop.services.projects import Projects
from cl_desktop.ui import i18n
from cl_desktop.ui.catalogue import check_say
from cl_desktop.ui.fit import follow_text_in_tooltip
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.permits import allow, permit

KIND_NAMES = {
    "data_set": QT_TRANSLATE_NOOP("Dhis2MappingView", "Data set"),
    "data_element": QT_TRANSLATE_NOOP("Dhis2MappingView", "Data elements"),
    "category": QT_TRANSLATE_NOOP("Dhis2MappingView", "Categories"),
    "option": QT_TRANSLATE_NOOP("Dhis2MappingView", "Category options"),
    "org_unit": QT_TRANSLATE_NOOP("Dhis2MappingView", "Organisation units"),
}
KIND, KEY, CODE, NAME = range(4)


class Dhis2MappingView(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.is_hq and ctx.actor.can("reference.write")
        self.rows: list[mapping.Row] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Show"))
        self.kind = QComboBox()
        self.kind.setObjectName("mapping_kind")
        self.kind.addItem(self.tr("Everything"), "")
        for code, name in KIND_NAMES.items():
            self.kind.addItem(self.tr(name), code)
        label.setBuddy(self.kind)
        top.addWidget(label)
        top.addWidget(self.kind, 1)
        layout.addLayout(top)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("mapping_table")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Key"), self.tr("DHIS2 code"), self.tr("Name")])
        header = self.table.horizontalHeader()
        for column in (KIND, KEY, CODE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        if not self.editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("mapping_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save mapping"))
        self.save_button.setObjectName("mapping_save")
        allow(
            self.save_button,
            self.editable,
            self.tr("Headquarters' administrators keep the mapping; an office reads it."),
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setObjectName("mapping_revert")
        self.revert_button.clicked.connect(self.load)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self._check_box())
        if not self.editable:
            self.message.setText(
                self.tr("Headquarters keeps the DHIS2 mapping; this office receives it with the metadata.")
            )
        self.kind.currentIndexChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        current = mapping.load(self.ctx.db)
        wanted = self.kind.currentData()
        self.rows = [r for r in current.ordered() if not wanted or r.kind == wanted]
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            for column, text in (
                (KIND, self.tr(KIND_NAMES[row.kind])),
                (KEY, row.key),
                (CODE, row.code),
                (NAME, row.name),
            ):
                item = QTableWidgetItem(text)
                if column in (KIND, KEY):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, column, item)
        if self.editable:
            self.message.clear()

    def save(self) -> None:
        changes: list[tuple[int, mapping.Row]] = []
        for i, row in enumerate(self.rows):
            code_item, name_item = self.table.item(i, CODE), self.table.item(i, NAME)
            code = code_item.text().strip() if code_item is not None else row.code
            name = name_item.text().strip() if name_item is not None else row.name
            if (code, name) != (row.code, row.name):
                changes.append((i + 1, mapping.Row(row.kind, row.key, code, name)))
        if not changes:
            self.message.setText(self.tr("Nothing to save."))
            return
        try:
            changed = mapping.save(self.ctx, changes)
        except mapping.MappingRefused as exc:
            self.message.setText("\n".join(exc.errors))
            return
        except KnownError as exc:
            self.message.setText(str(exc))
            return
        self.load()
        self.message.setText(self.tr("%n mapping row(s) saved.", "", changed))

    # -- the export's check -------------------------------------------------------------------------
    def _check_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check an export before it leaves"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        project_label = QLabel(self.tr("&Project"))
        self.check_project = QComboBox()
        self.check_project.setObjectName("mapping_check_project")
        # a project's title can be a sentence long: the box keeps a laptop's width and elides
        self.check_project.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.check_project.setMinimumContentsLength(24)
        for project in Projects(self.ctx).list():
            self.check_project.addItem(f"{project['code']} — {project['title']}", project["code"])
        project_label.setBuddy(self.check_project)
        # A project's full title is long: the combo is cut on a netbook and its tooltip says it whole.
        self.check_project.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.check_project.setMinimumContentsLength(24)
        follow_text_in_tooltip(self.check_project)
        format_label = QLabel(self.tr("&Format"))
        self.check_format = QComboBox()
        self.check_format.setObjectName("mapping_check_format")
        self.check_format.addItem(self.tr("ADX (XML)"), "adx")
        self.check_format.addItem(self.tr("DHIS2 dataValueSets (JSON)"), "dhis2-json")
        format_label.setBuddy(self.check_format)
        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.setObjectName("mapping_check")
        self.check_button.clicked.connect(self.run_check)
        permit(self.check_button, self.ctx, "export.run")
        row.addWidget(project_label)
        row.addWidget(self.check_project, 1)
        row.addWidget(format_label)
        row.addWidget(self.check_format)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.check_summary = QLabel()
        self.check_summary.setObjectName("mapping_check_summary")
        self.check_summary.setWordWrap(True)
        layout.addWidget(self.check_summary)
        self.check_text = QPlainTextEdit()
        self.check_text.setObjectName("mapping_check_report")
        self.check_text.setReadOnly(True)
        self.check_text.setMaximumHeight(160)
        layout.addWidget(self.check_text)
        save_row = QHBoxLayout()
        self.check_save = QPushButton(self.tr("Save the &report…"))
        self.check_save.setObjectName("mapping_check_save")
        self.check_save.clicked.connect(self.save_check)
        allow(self.check_save, False, self.tr("Run the check first."))
        save_row.addStretch(1)
        save_row.addWidget(self.check_save)
        layout.addLayout(save_row)
        self.report: CheckReport | None = None
        self.report_text = ""
        self.check_project.currentIndexChanged.connect(self._forget_check)
        self.check_format.currentIndexChanged.connect(self._forget_check)
        return box

    def _forget_check(self) -> None:
        self.report = None
        self.check_text.clear()
        self.check_summary.clear()
        allow(self.check_save, False, self.tr("Run the check first."))

    def run_check(self) -> None:
        project = self.check_project.currentData()
        if not project:
            self.check_summary.setText(self.tr("There is no project to check."))
            return
        try:
            report = check_report(self.ctx, str(project), format=str(self.check_format.currentData()))
        except KnownError as exc:
            self._forget_check()
            self.check_summary.setText(str(exc))
            return
        self.report = report
        # in the interface language, shown and saved alike (the command line's stderr stays English)
        self.report_text = report.text(check_say, day=i18n.date_text(date.today()))
        self.check_text.setPlainText(self.report_text)
        if report.check.errors:
            summary = self.tr("The export cannot be written: {n} problem(s) to fix first.").format(
                n=len(report.check.errors)
            )
        elif report.check.missing:
            summary = self.tr(
                "{n} kind(s) of figures have no code; the export would leave them out, or fix the mapping."
            ).format(n=len(report.check.missing))
        else:
            summary = self.tr("No problem: {n} data value(s) are ready to export.").format(n=report.figures)
        self.check_summary.setText(summary)
        allow(self.check_save, True, "")

    def save_check(self) -> None:
        if self.report is None:
            return
        name = f"dhis2-check-{self.report.project}-{self.report.format}.txt"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the check report"), str(Path.home() / name), self.tr("Text files (*.txt)")
        )
        if not path:
            return
        try:
            with atomic_write(path, "w", encoding="utf-8") as fh:
                fh.write(self.report_text)
        except OSError as exc:
            from cl_desktop.ui.errors import known_message

            self.check_summary.setText(known_message(exc) or str(exc))
            return
        self.check_summary.setText(self.tr("The check report was saved to {path}.").format(path=path))
