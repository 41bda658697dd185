"""Services: every education, livelihood or other service a child or household received."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.pages.list_page import ListPage
from cl_desktop.ui.permits import permit


class ServicesPage(ListPage):
    kind = "services"
    title = QT_TRANSLATE_NOOP("ListPage", "Services")
    form_kind = "service"
    write_permission = "service.write"
    importable = True
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by child's name or case number")

    def extra_actions(self, layout: QHBoxLayout) -> None:
        self.household_button = QPushButton(self.tr("New &household service…"))
        self.household_button.setObjectName("new_household_service")
        self.household_button.setToolTip(self.tr("Livelihood and other services for households"))
        self.household_button.clicked.connect(self.new_household_service)
        permit(self.household_button, self.ctx, self.write_permission)
        layout.insertWidget(1, self.household_button)

    def new_household_service(self) -> QWidget | None:
        if not self.ctx.actor.can(self.write_permission):
            return None
        return self._form_of("household_service", **self.new_preset())

    def open_row(self, row: int) -> QWidget | None:
        """A household's service opens in the household form, a child's in the children's."""
        record_id = self.model.row_id(row)
        if not record_id:
            return None
        recipient = self.model.rows[row][self.model.column_index("recipient") + 1]
        return self._form_of("household_service" if recipient == "household" else "service", record_id=record_id)

    def _form_of(self, kind: str, **kwargs: object) -> QWidget | None:
        saved, self.form_kind = self.form_kind, kind
        try:
            return self._form(**kwargs)  # type: ignore[arg-type]
        finally:
            self.form_kind = saved
