"""Action programmes: partner, coverage, budget and targets."""

from __future__ import annotations

from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.pages.list_page import ListPage


class ProgrammesPage(ListPage):
    kind = "programmes"
    title = QT_TRANSLATE_NOOP("ListPage", "Action programmes")
    form_kind = "programme"
    write_permission = "programme.write"
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by code or title")
