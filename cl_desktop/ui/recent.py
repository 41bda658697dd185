"""The children a user opened last: on the Go menu and the dashboard, to get back to them in one step.

Only record ids are kept, in the interface settings, per office database and user: names are read
from the database when shown, so a child deleted or out of reach simply drops off the list.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cl_desktop.errors import KnownError
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.ui import settings
from cl_desktop.ui.bus import DataBus

log = logging.getLogger("cl_desktop.ui")

KEEP = 10  # children remembered per user and database
SHOWN = 8  # children listed on the menu and the dashboard


def _owner(ctx: Context) -> str:
    """Whose list: one per office database and user (a shared laptop keeps each clerk's own)."""
    return f"{ctx.office_code}/{ctx.actor.username}"


def _all() -> dict[str, list[str]]:
    try:
        value = json.loads(settings.get("recent/children"))
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): [str(i) for i in v if isinstance(i, str)] for k, v in value.items() if isinstance(v, list)}


def recent_ids(ctx: Context) -> list[str]:
    return _all().get(_owner(ctx), [])


def remember(ctx: Context, child_id: str) -> None:
    """Put a child at the top of the user's recent list."""
    lists = _all()
    owner = _owner(ctx)
    lists[owner] = [child_id, *(i for i in lists.get(owner, []) if i != child_id)][:KEEP]
    settings.put("recent/children", json.dumps(lists))


def recent_children(ctx: Context, limit: int = SHOWN) -> list[dict[str, Any]]:
    """The recent children that still exist, newest first: id, case number and name."""
    children = Children(ctx)
    found: list[dict[str, Any]] = []
    for child_id in recent_ids(ctx):
        try:
            row = children.get(child_id)
        except KnownError:
            continue  # deleted, or a list kept for another database of the same office
        if row.get("deleted"):
            continue
        found.append({"id": row["id"], "case_number": row["case_number"], "name": row["name"]})
        if len(found) == limit:
            break
    return found


def label(child: dict[str, Any]) -> str:
    return f"{child['case_number']} · {child['name']}"


def open_child(ctx: Context, bus: DataBus, child_id: str, parent: QWidget | None) -> QWidget | None:
    """The child's record view (which puts the child at the top of the list)."""
    from cl_desktop.ui.errors import show_error
    from cl_desktop.ui.record.child_view import open_child_record

    try:
        return open_child_record(ctx, bus, child_id, parent)
    except Exception as exc:  # the UI boundary: a record that fails to open must not take the window down
        show_error(exc, parent)
        return None


class _ListKeys(QListWidget):
    """Enter opens the current child (``itemActivated`` on Enter depends on the platform style)."""

    opened = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.opened.emit(str(self.currentItem().data(Qt.ItemDataRole.UserRole)))
            return
        super().keyPressEvent(event)


class RecentChildrenBox(QWidget):
    """The dashboard's "Recent children": Enter or a double click opens one."""

    def __init__(self, ctx: Context, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.setObjectName("recent_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        title = QLabel(self.tr("Recent children"))
        title.setObjectName("section_title")
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        layout.addWidget(title)
        self.list = _ListKeys()
        self.list.setObjectName("recent_children")
        self.list.setToolTip(self.tr("The children you opened last; Enter or a double click opens one."))
        title.setBuddy(self.list)
        layout.addWidget(self.list)
        self.list.opened.connect(self.open)
        self.list.itemDoubleClicked.connect(lambda item: self.open(str(item.data(Qt.ItemDataRole.UserRole) or "")))
        bus.changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        children = recent_children(self.ctx)
        for child in children:
            item = QListWidgetItem(label(child))
            item.setData(Qt.ItemDataRole.UserRole, child["id"])
            self.list.addItem(item)
        if not children:
            empty = QListWidgetItem(self.tr("Children you open appear here."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        else:
            self.list.setCurrentRow(0)
        rows = max(self.list.count(), 1)
        self.list.setFixedHeight(min(8, rows) * (self.list.sizeHintForRow(0) or 22) + 2 * self.list.frameWidth() + 4)

    def open(self, child_id: str) -> QWidget | None:
        if not child_id:
            return None
        dialog = open_child(self.ctx, self.bus, child_id, self)
        self.refresh()
        return dialog

    def _changed(self, table: str) -> None:
        if table == "children" and self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        self.refresh()
        super().showEvent(event)
