"""Activities and outputs: trainings, awareness events, studies, policy outputs with participants by sex."""

from __future__ import annotations

from typing import Any

from cl_desktop.ui import settings
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.pages.list_page import ListPage


class ActivitiesPage(ListPage):
    kind = "activities"
    title = QT_TRANSLATE_NOOP("ListPage", "Activities")
    form_kind = "activity"
    write_permission = "activity.write"
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by title or output")

    def new_preset(self) -> dict[str, Any]:
        """Activities belong to a project: the filtered one, else the one the dashboard shows."""
        preset = super().new_preset()
        preset.setdefault("project_id", settings.get("dashboard/project") or None)
        return {k: v for k, v in preset.items() if v}
