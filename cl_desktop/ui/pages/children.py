"""Children: the register a clerk searches all day (by name in any script, case number or village)."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from cl_desktop.ui.fit import resize_to_fit
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.pages.list_page import ListPage

log = logging.getLogger("cl_desktop.ui.pages")


class ChildrenPage(ListPage):
    kind = "children"
    title = QT_TRANSLATE_NOOP("ListPage", "Children")
    form_kind = "child"
    write_permission = "child.write"
    importable = True
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by name (any script), case number or village")
    # A service or follow-up changes a child's derived outcome.
    changed_tables = ("services", "follow_ups", "households")

    def open_record(self, record_id: str) -> QWidget | None:
        """The child's record view (profile, classification, timeline, history)."""
        from cl_desktop.ui.errors import show_error

        try:
            module = importlib.import_module("cl_desktop.ui.record.child_view")
        except ImportError:
            return super().open_record(record_id)
        try:
            opener = getattr(module, "open_child_record", None)
            if callable(opener):
                return opener(self.ctx, self.bus, record_id, self)
            dialog = QDialog(self)
            dialog.setWindowTitle(self.tr("Child record"))
            layout = QVBoxLayout(dialog)
            layout.addWidget(module.ChildRecordView(self.ctx, self.bus, record_id, dialog))
            resize_to_fit(dialog, 1000, 640)
            dialog.show()
            return dialog
        except Exception as exc:  # the UI boundary
            show_error(exc, self)
            return None
