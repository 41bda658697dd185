"""Activities and outputs: trainings, awareness events, studies, policy outputs with participants by sex."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cl_desktop.ui.pages.list_page import ListPage


class ActivitiesPage(ListPage):
    kind = "activities"
    title = QT_TRANSLATE_NOOP("ListPage", "Activities")
    form_kind = "activity"
    write_permission = "activity.write"
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by title or output")
