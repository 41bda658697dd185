"""A follow-up visit: is the child still working, under which conditions, and in school?"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit

from cl_desktop.services.children import Children
from cl_desktop.services.periods import Periods
from cl_desktop.ui.forms.base import FormDialog
from cl_desktop.ui.forms.coordinates import CoordinatesMixin
from cl_desktop.ui.forms.custom import CustomFieldsPanel
from cl_desktop.ui.i18n import date_text
from cl_desktop.ui.widgets import CodeChecklist, CodeCombo, DateEdit, NumberEdit, set_field_value


class FollowUpForm(CoordinatesMixin, FormDialog):
    kind = "follow_up"
    table = "follow_ups"
    title = "Follow-up visit"
    form_width = 640
    form_height = 640

    def window_title(self) -> str:
        return self.tr("Follow-up visit — edit") if self.record_id else self.tr("Follow-up visit")

    def build(self) -> None:
        self.children_service = Children(self.ctx)
        child_id = self.record["child_id"] if self.record else self.preset.get("child_id")
        self.child = self.children_service.get(child_id) if child_id else None
        g = self.section(self.tr("Child"))
        who = QLabel(f"{self.child['case_number']} · {self.child['name']}" if self.child else self.tr("(no child)"))
        g.addWidget(QLabel(self.tr("Child")), 0, 0, Qt.AlignmentFlag.AlignRight)
        g.addWidget(who, 0, 1)
        g = self.section(self.tr("Visit"))
        self.add_field(g, "visit_date", self.tr("&Visit date"), DateEdit())
        self.add_field(g, "working", self.tr("Working"), QCheckBox(self.tr("The child &works")))
        self.add_field(g, "hours_per_week", self.tr("&Hours per week"), NumberEdit())
        self.add_field(
            g,
            "hazards",
            self.tr("Ha&zardous conditions"),
            CodeChecklist.for_list(self.refs, "hazard", self.lang, rows=5),
        )
        self.add_field(g, "chores_hours_per_week", self.tr("Household &chores (hours a week)"), NumberEdit())
        self.add_field(
            g,
            "household_hazards",
            self.tr("Hazardous household tasks"),
            CodeChecklist.for_list(self.refs, "household_task", self.lang, rows=3),
        )
        self.add_field(g, "school_status", self.tr("&School status"), CodeCombo(self.refs, "school_status", self.lang))
        self.add_field(g, "attendance_percent", self.tr("School &attendance (%)"), NumberEdit())
        self.add_field(g, "visited_by", self.tr("Visited &by"), QLineEdit())
        self.add_coordinates(g)
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(60)
        self.add_field(g, "notes", self.tr("N&otes"), notes)
        self.custom_panel = CustomFieldsPanel(self, "followup", self.body_layout)
        self.custom_panel.set_project(self.child["project_id"] if self.child else None)
        self.field("working", QCheckBox).toggled.connect(self._working_changed)

    def _working_changed(self, working: bool) -> None:
        """Skip logic: no hours or hazards for a child who no longer works."""
        if self.read_only:
            return
        for name in ("hours_per_week", "hazards"):
            if not working:
                set_field_value(self.fields[name], None)
            self.fields[name].setEnabled(working)

    def fill(self, record: dict[str, Any]) -> None:
        super().fill(record)
        self._working_changed(bool(record.get("working")))

    def next_preset(self) -> dict[str, Any]:
        return {"child_id": self.child["id"]} if self.child else dict(self.preset)

    def check(self, values: dict[str, Any]) -> None:
        if self.child is None:
            raise NotImplementedError
        self.children_service.validate_follow_up(self.child, values)

    def fill_preset(self, preset: dict[str, Any]) -> None:
        defaults = {"visit_date": date.today().isoformat(), "visited_by": self.ctx.actor.full_name or ""}
        super().fill_preset({**defaults, **preset})
        self._working_changed(self.field("working", QCheckBox).isChecked())

    def locked_reason(self) -> str:
        if self.record is None or self.child is None:
            return ""
        period = Periods(self.ctx).locked_period(self.child["project_id"], self.record["visit_date"])
        if not period:
            return ""
        return self.tr(
            "This visit falls in the approved reporting period {period}; it is read-only. "
            "Headquarters can reopen the period."
        ).format(period=period)

    def saved_notice(self) -> tuple[str, str, str, str] | None:
        if not self.saved or self.child is None:
            return None
        case = str(self.child["case_number"])
        text = self.tr("Recorded the follow-up visit of {case} on {day}.").format(
            case=case, day=date_text(self.saved.get("visit_date"))
        )
        return ("follow_ups", str(self.saved["id"]), case, text)

    def save(self, values: dict[str, Any]) -> list[str]:
        if self.child is None:
            from cl_desktop.errors import RefusedInput

            raise RefusedInput(self.tr("Open the follow-up form from a child's record."))
        if self.record_id:
            self.saved = self.children_service.update_follow_up(
                self.record_id, values, base_version=self.base_version()
            )
        else:
            self.saved = self.children_service.record_follow_up(self.child["id"], values)
        return ["follow_ups", "children"]
