"""Services: every education, livelihood or other service a child or household received."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cl_desktop.ui.pages.list_page import ListPage


class ServicesPage(ListPage):
    kind = "services"
    title = QT_TRANSLATE_NOOP("ListPage", "Services")
    form_kind = "service"
    write_permission = "service.write"
    importable = True
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by child's name or case number")
