"""Reporting periods of a project: create, submit, approve, reopen (with a reason the audit trail keeps).

Who may do what is decided by the service (``services.periods``): the buttons
follow the role for convenience, and a refused action shows the service's own
sentence.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.errors import KnownError
from cl_desktop.services.context import Context
from cl_desktop.services.periods import Periods
from cl_desktop.ui import i18n
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.errors import show_error, show_known
from cl_desktop.ui.permits import permit


class PeriodsPanel(QWidget):
    """The periods table for one project with the workflow buttons."""

    acted = Signal(str, str)  # action, period id

    def __init__(self, ctx: Context, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.project_id: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.setObjectName("periods")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("periods_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Period"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Status"),
                self.tr("Approved"),
                self.tr("Reopen reason"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New period…"))
        self.new_button.setObjectName("period_new")
        self.submit_button = QPushButton(self.tr("&Submit"))
        self.submit_button.setObjectName("period_submit")
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.setObjectName("period_approve")
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        self.reopen_button.setObjectName("period_reopen")
        self.new_button.clicked.connect(self.new_period)
        self.submit_button.clicked.connect(lambda: self.act("submit"))
        self.approve_button.clicked.connect(lambda: self.act("approve"))
        self.reopen_button.clicked.connect(self.ask_reopen)
        for b in (self.new_button, self.submit_button, self.approve_button, self.reopen_button):
            buttons.addWidget(b)
        buttons.addStretch()
        layout.addLayout(buttons)
        bus.changed.connect(lambda table: self.load() if table == "reporting_periods" else None)
        self.update_buttons()

    def set_project(self, project_id: str | None) -> None:
        self.project_id = project_id
        self.load()

    def load(self) -> None:
        selected = self.selected()
        self.rows = Periods(self.ctx).list(self.project_id) if self.project_id else []
        status = {"draft": self.tr("Draft"), "submitted": self.tr("Submitted"), "approved": self.tr("Approved")}
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = [
                row["code"],
                i18n.date_text(row["start_date"]),
                i18n.date_text(row["end_date"]),
                status.get(row["status"], row["status"]),
                i18n.date_text(row.get("approved_at") or ""),
                row.get("reopen_reason") or "",
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                self.table.setItem(r, c, item)
        if selected:
            self.select(selected["id"])
        self.update_buttons()

    def selected(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def select(self, period_id: str) -> None:
        for r, row in enumerate(self.rows):
            if row["id"] == period_id:
                self.table.selectRow(r)
                self.table.setCurrentCell(r, 0)
                return

    def select_code(self, code: str) -> None:
        for row in self.rows:
            if row["code"] == code:
                self.select(row["id"])
                return

    def update_buttons(self) -> None:
        row = self.selected()
        status = row["status"] if row else None
        actor = self.ctx.actor
        del actor
        choose = self.tr("Select a reporting period first.")
        permit(self.new_button, self.ctx, "project.write", (bool(self.project_id), self.tr("Choose a project first.")))
        permit(
            self.submit_button,
            self.ctx,
            "period.submit",
            (status == "draft", choose if row is None else self.tr("Only a draft period can be submitted.")),
        )
        permit(
            self.approve_button,
            self.ctx,
            "period.approve",
            (status == "submitted", choose if row is None else self.tr("Only a submitted period can be approved.")),
        )
        permit(
            self.reopen_button,
            self.ctx,
            "period.reopen",
            (
                status in ("submitted", "approved"),
                choose if row is None else self.tr("Only a submitted or approved period can be reopened."),
            ),
        )

    def act(self, action: str, reason: str = "") -> bool:
        row = self.selected()
        if row is None:
            return False
        periods = Periods(self.ctx)
        try:
            if action == "submit":
                periods.submit(row["id"])
            elif action == "approve":
                periods.approve(row["id"])
            else:
                periods.reopen(row["id"], reason)
        except KnownError as exc:
            show_known(str(exc), self)
            return False
        self.bus.changed.emit("reporting_periods")
        self.acted.emit(action, row["id"])
        return True

    def ask_reopen(self) -> QInputDialog | None:
        if self.selected() is None:
            return None
        dialog = QInputDialog(self)
        dialog.setObjectName("reopen_reason")
        dialog.setWindowTitle(self.tr("Reopen period"))
        dialog.setLabelText(self.tr("Why reopen this period? The reason is kept in the audit trail."))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.textValueSelected.connect(lambda text: self.act("reopen", text.strip()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_period(self) -> QWidget | None:
        if not self.project_id:
            return None
        try:
            forms = importlib.import_module("cl_desktop.ui.forms")
            return forms.open_form("period", self.ctx, self.bus, self, project_id=self.project_id)
        except ImportError:
            return None
        except Exception as exc:  # the UI boundary
            show_error(exc, self)
            return None
