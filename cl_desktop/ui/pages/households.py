"""Households: heads, members and poverty markers; livelihood services go to them."""

from __future__ import annotations

from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.pages.list_page import ListPage


class HouseholdsPage(ListPage):
    kind = "households"
    title = QT_TRANSLATE_NOOP("ListPage", "Households")
    form_kind = "household"
    write_permission = "household.write"
    importable = True
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by household code or head's name")
