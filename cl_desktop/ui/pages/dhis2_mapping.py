"""Settings → DHIS2 mapping: the codes the ADX and DHIS2 exports use, as an editable table.

Headquarters' administrator edits the Code and Name cells and saves; the service checks every
changed row (unknown or duplicated codes are refused with the row named, and nothing changes).
Offices see the mapping headquarters sent them, read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.errors import KnownError
from cl_desktop.exchange import mapping
from cl_desktop.services.context import Context

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
        self.save_button.setEnabled(self.editable)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setObjectName("mapping_revert")
        self.revert_button.clicked.connect(self.load)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
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
            code = self.table.item(i, CODE).text().strip()
            name = self.table.item(i, NAME).text().strip()
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
