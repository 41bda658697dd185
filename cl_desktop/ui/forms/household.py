"""A household on its own (head, members, poverty markers), e.g. for livelihood services."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLineEdit

from cl_desktop.services.children import Children
from cl_desktop.services.locations import Locations
from cl_desktop.services.projects import Projects
from cl_desktop.ui.forms.base import FormDialog
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
        self.children = Children(self.ctx)
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
        g = self.section(self.tr("Where and when"))
        picker = LocationPicker(locations, self.lang, country_code=locations.office_country(self.ctx.office_code))
        self.add_field(g, "location_id", self.tr("&Location"), picker, focus=False)
        self.focus_order += list(picker.combos.values())
        self.add_field(g, "address", self.tr("&Address"), QLineEdit())
        programmes = [(p["id"], f"{p['code']} — {p['title']}") for p in Projects(self.ctx).programmes()]
        programme = RecordCombo(programmes, empty="", searchable=True)
        self.add_field(g, "programme_id", self.tr("Action &programme"), programme)
        self.add_field(g, "registered_on", self.tr("&Registration date"), DateEdit())

    def fill_preset(self, preset: dict[str, Any]) -> None:
        super().fill_preset({"registered_on": date.today().isoformat(), "members": "1", **preset})

    def check(self, values: dict[str, Any]) -> None:
        self.children.validate_household(values)

    def save(self, values: dict[str, Any]) -> list[str]:
        if self.record_id:
            self.saved = self.children.update_household(self.record_id, values, base_version=self.base_version())
        else:
            self.saved = self.children.register_household(values)
        return ["households"]
