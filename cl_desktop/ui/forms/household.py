"""A household on its own (head, members, poverty markers), e.g. for livelihood services."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLineEdit

from cl_desktop.services.children import Children
from cl_desktop.services.locations import Locations
from cl_desktop.services.projects import Projects
from cl_desktop.ui.forms.base import FormDialog
from cl_desktop.ui.forms.custom import CustomFieldsPanel
from cl_desktop.ui.widgets import CodeChecklist, DateEdit, LocationPicker, NumberEdit, RecordCombo


class HouseholdForm(FormDialog):
    kind = "household"
    table = "households"
    title = "Household"
    form_width = 640
    form_height = 660

    def window_title(self) -> str:
        return self.tr("Household — edit") if self.record_id else self.tr("New household")

    def build(self) -> None:
        self.children_service = Children(self.ctx)
        locations = Locations(self.db)
        g = self.section(self.tr("Household"))
        self.add_field(g, "head_name", self.tr("&Head of household"), QLineEdit())
        self.add_field(g, "head_name_latin", self.tr("Head's name in &Latin letters"), QLineEdit())
        sex = RecordCombo([("F", self.tr("Female")), ("M", self.tr("Male"))], empty="")
        self.add_field(g, "head_sex", self.tr("Head's se&x"), sex)
        self.add_field(g, "members", self.tr("&Members"), NumberEdit())
        self.add_field(g, "children_under_18", self.tr("&Children under 18"), NumberEdit())
        self.add_field(
            g,
            "poverty_markers",
            self.tr("&Poverty markers"),
            CodeChecklist.for_list(self.refs, "poverty_marker", self.lang, rows=5),
        )
        self.add_field(
            g,
            "income_sources",
            self.tr("&Income sources"),
            CodeChecklist.for_list(self.refs, "income_source", self.lang, rows=4),
        )
        g = self.section(self.tr("Where and when"))
        picker = LocationPicker(locations, self.lang, country_code=locations.office_country(self.ctx.office_code))
        self.add_field(g, "location_id", self.tr("&Location"), picker, focus=False)
        self.focus_order += list(picker.combos.values())
        self.add_field(g, "address", self.tr("&Address"), QLineEdit())
        rows = Projects(self.ctx).programmes()
        self.programme_projects = {p["id"]: p["project_id"] for p in rows}
        programmes = [(p["id"], f"{p['code']} — {p['title']}") for p in rows]
        programme = RecordCombo(programmes, empty="", searchable=True)
        self.add_field(g, "programme_id", self.tr("Action &programme"), programme)
        self.add_field(g, "registered_on", self.tr("&Registration date"), DateEdit())
        self.custom_panel = CustomFieldsPanel(self, "household", self.body_layout)
        self.field("programme_id", RecordCombo).currentIndexChanged.connect(self._project_changed)

    def after_load(self) -> None:
        self._project_changed()

    def _project_changed(self, *_args: Any) -> None:
        if self._loading:
            return  # filled in once the record is loaded (after_load)
        self.custom_panel.set_project(self.programme_projects.get(self.field("programme_id", RecordCombo).value()))

    def fill_preset(self, preset: dict[str, Any]) -> None:
        super().fill_preset({"registered_on": date.today().isoformat(), "members": "1", **preset})

    def saved_notice(self) -> tuple[str, str, str, str] | None:
        saved = self.saved or {}
        if not saved.get("id"):
            return None
        code, head = str(saved.get("code") or ""), str(saved.get("head_name") or "")
        text = (
            self.tr("Saved household {code} ({head}).")
            if self.record_id
            else self.tr("Registered the household of {head}: its code is {code}.")
        ).format(code=code, head=head)
        return ("households", str(saved["id"]), code, text)

    def check(self, values: dict[str, Any]) -> None:
        self.children_service.validate_household(values)

    def save(self, values: dict[str, Any]) -> list[str]:
        if self.record_id:
            self.saved = self.children_service.update_household(
                self.record_id, values, base_version=self.base_version()
            )
        else:
            self.saved = self.children_service.register_household(values)
        return ["households"]
