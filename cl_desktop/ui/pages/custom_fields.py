"""Settings → Extra fields: headquarters' questions added to a project's forms, with a preview."""

from __future__ import annotations

from typing import Any

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

from cl_desktop.services.context import Context
from cl_desktop.services.custom_fields import CustomFields
from cl_desktop.services.projects import Projects
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.errors import show_error
from cl_desktop.ui.forms.custom_field import FORM_NAMES, form_name, kind_name
from cl_desktop.ui.permits import allow
from cl_desktop.ui.widgets import ui_language


class CustomFieldsView(QWidget):
    """The extra fields of one form of one project: define, edit, retire, preview."""

    def __init__(self, ctx: Context, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("custom_fields_view")
        self.ctx = ctx
        self.bus = bus
        self.service = CustomFields(ctx)
        self.lang = ui_language()
        self.rows: list[dict[str, Any]] = []
        may = ctx.actor.can("project.write") and (ctx.is_hq or not ctx.meta("setup_from", ""))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Project:"))
        self.project = QComboBox()
        self.project.setObjectName("custom_fields_project")
        # Long project titles must not widen Settings past a small laptop screen.
        self.project.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.project.setMinimumContentsLength(24)
        label.setBuddy(self.project)
        top.addWidget(label)
        top.addWidget(self.project, 1)
        label = QLabel(self.tr("&Form:"))
        self.form = QComboBox()
        self.form.setObjectName("custom_fields_form")
        label.setBuddy(self.form)
        for key in FORM_NAMES:
            self.form.addItem(form_name(key), key)
        top.addWidget(label)
        top.addWidget(self.form)
        layout.addLayout(top)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("custom_fields_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Label"),
                self.tr("Type"),
                self.tr("Section"),
                self.tr("Required"),
                self.tr("Status"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New field…"))
        self.new_button.setObjectName("custom_field_new")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("custom_field_edit")
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.retire_button.setObjectName("custom_field_retire")
        self.preview_button = QPushButton(self.tr("Pre&view the form…"))
        self.preview_button.setObjectName("custom_fields_preview")
        self.may_not = self.tr("Headquarters' administrators define the extra fields; offices receive them.")
        for button in (self.new_button, self.edit_button, self.retire_button):
            allow(button, may, self.may_not)
            buttons.addWidget(button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        if not may:
            note = QLabel(self.tr("Headquarters' administrators define the extra fields; offices receive them."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.may = may
        self.new_button.clicked.connect(self.new_field)
        self.edit_button.clicked.connect(self.edit)
        self.retire_button.clicked.connect(self.retire)
        self.preview_button.clicked.connect(self.preview)
        self.project.currentIndexChanged.connect(self.show_fields)
        self.form.currentIndexChanged.connect(self.show_fields)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        bus.changed.connect(self._on_changed)
        self.load()

    def _on_changed(self, table: str) -> None:
        if table == "projects":
            self.load()
        elif table == "custom_fields":
            self.show_fields()

    def load(self) -> None:
        current = self.project.currentData()
        self.project.blockSignals(True)
        self.project.clear()
        for p in Projects(self.ctx).list():
            self.project.addItem(f"{p['code']} — {p.get('short_title') or p['title']}", p["id"])
        self.project.setCurrentIndex(max(self.project.findData(current), 0) if current else 0)
        self.project.blockSignals(False)
        self.show_fields()

    def show_fields(self, *_args: Any) -> None:
        project_id = self.project.currentData()
        form = self.form.currentData()
        self.rows = [r for r in self.service.list(project_id) if r["form"] == form] if project_id else []
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            label = r.get(f"label_{self.lang}") or r["label_en"]
            values = [
                r["code"],
                label,
                kind_name(r["kind"]),
                r.get(f"section_{self.lang}") or r["section"] or self.tr("Project questions"),
                self.tr("Yes") if r["required"] else "",
                self.tr("Retired") if r["retired"] else self.tr("In use"),
            ]
            for c, value in enumerate(values):
                self.table.setItem(i, c, QTableWidgetItem(str(value)))
        self._selection_changed()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        why = self.may_not if not self.may else self.tr("Select a field in the list first.")
        allow(self.edit_button, self.may and row is not None, why)
        allow(self.retire_button, self.may and row is not None, why)
        self.retire_button.setText(self.tr("&Bring back") if row and row["retired"] else self.tr("&Retire"))

    def _open(self, kind: str, record_id: str | None = None, **preset: Any) -> QWidget | None:
        from cl_desktop.ui.forms import open_form

        try:
            return open_form(kind, self.ctx, self.bus, self, record_id=record_id, **preset)
        except Exception as exc:  # the UI boundary
            show_error(exc, self)
            return None

    def new_field(self) -> QWidget | None:
        return self._open("custom_field", project_id=self.project.currentData(), form=self.form.currentData())

    def edit(self) -> QWidget | None:
        row = self.selected()
        return self._open("custom_field", row["id"]) if row and self.may else None

    def retire(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self.service.retire(row["id"], retired=not row["retired"])
        except Exception as exc:  # the UI boundary
            show_error(exc, self)
            return
        self.bus.changed.emit("custom_fields")

    def preview(self) -> QWidget | None:
        project_id = self.project.currentData()
        if not project_id:
            return None
        code = self.project.currentText().split(" — ")[0]
        return self._open(
            "custom_fields_preview", project_id=project_id, form=self.form.currentData(), project_code=code
        )
