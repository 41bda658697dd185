"""Monitoring visits: workplace visits that identify child labourers, and the children each found."""

from __future__ import annotations

from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.pages.list_page import ListPage


class MonitoringVisitsPage(ListPage):
    kind = "monitoring_visits"
    title = QT_TRANSLATE_NOOP("ListPage", "Monitoring visits")
    form_kind = "monitoring_visit"
    write_permission = "child.write"
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by workplace or visitors")
    changed_tables = ("children", "visit_children")
