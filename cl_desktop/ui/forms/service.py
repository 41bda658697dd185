"""A service for one or many children at once (a whole class receiving uniforms), or for households."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from cl_desktop.services.children import Children
from cl_desktop.services.periods import Periods
from cl_desktop.services.projects import Projects
from cl_desktop.ui.forms.base import FormDialog
from cl_desktop.ui.forms.custom import CustomFieldsPanel
from cl_desktop.ui.i18n import plural
from cl_desktop.ui.widgets import CodeCombo, DateEdit, RecordCombo, RecordPicker


class ServiceForm(FormDialog):
    kind = "service"
    table = "services"
    title = "Service"
    form_width = 760
    form_height = 640
    household = False

    def window_title(self) -> str:
        if self.record_id:
            return self.tr("Service — edit")
        return self.tr("Livelihood service for households") if self.household else self.tr("Service for children")

    def build(self) -> None:
        self.children_service = Children(self.ctx)
        self.saved_rows: list[dict[str, Any]] = []  # a new service is one row per child or household
        g = self.section(self.tr("Households") if self.household else self.tr("Children"))
        if self.record is not None:
            who = self._label_of(self.record)
            self.add_field(g, "who", self.tr("Receives"), QLabel(who), focus=False)
            del self.fields["who"]
        else:
            placeholder = (
                self.tr("Type a head's name or household code")
                if self.household
                else self.tr("Type a name, case number or village")
            )
            self.picker = RecordPicker(self._search, placeholder=placeholder)
            name = "households" if self.household else "children"
            label = self.tr("&Households") if self.household else self.tr("C&hildren")
            self.add_field(g, name, label, self.picker, focus=False)
            self.focus_order += [self.picker.search_edit, self.picker.results, self.picker.chosen]
        g = self.section(self.tr("Service"))
        self.add_field(g, "service_type", self.tr("Service &type"), CodeCombo(self.refs, "service_type", self.lang))
        if self.household or (self.record is not None and self.record.get("household_id")):
            # USDOL's L1 is split by it: economic strengthening, adult employment, other
            kinds = CodeCombo(self.refs, "livelihood_kind", self.lang)
            self.add_field(g, "livelihood_kind", self.tr("&Kind of livelihood support"), kinds)
        self.add_field(g, "start_date", self.tr("&Start date"), DateEdit())
        self.add_field(g, "end_date", self.tr("&End date"), DateEdit())
        self.add_field(g, "provider", self.tr("&Provider"), QLineEdit())
        rows = Projects(self.ctx).programmes()
        self.programme_projects = {p["id"]: p["project_id"] for p in rows}
        programmes = [(p["id"], f"{p['code']} — {p['title']}") for p in rows]
        empty = self.tr("(none)") if self.household else self.tr("(each child's own programme)")
        programme = RecordCombo(programmes, empty=empty, searchable=True)
        self.add_field(g, "programme_id", self.tr("Action pro&gramme"), programme)
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(60)
        self.add_field(g, "notes", self.tr("N&otes"), notes)
        self.custom_panel = CustomFieldsPanel(self, "service", self.body_layout)
        self.field("programme_id", RecordCombo).currentIndexChanged.connect(self._project_changed)
        if self.record is None:
            self.picker.changed.connect(self._project_changed)

    def after_load(self) -> None:
        self._project_changed()

    def _project_changed(self, *_args: Any) -> None:
        """The extra fields of the service's project: its programme's, else its (first) child's."""
        if self._loading:
            return  # filled in once the record is loaded (after_load)
        project = self.programme_projects.get(self.field("programme_id", RecordCombo).value())
        if project is None:
            child_id = (self.record or {}).get("child_id")
            if child_id is None and self.record is None and not self.household and self.picker.ids():
                child_id = self.picker.ids()[0]
            project = self.children_service.get(child_id)["project_id"] if child_id else None
        self.custom_panel.set_project(project)

    def _label_of(self, row: dict[str, Any]) -> str:
        if row.get("child_id"):
            child = self.children_service.get(row["child_id"])
            return f"{child['case_number']} · {child['name']}"
        if row.get("household_id"):
            household = self.children_service.household(row["household_id"])
            return f"{household['code']} · {household['head_name']}"
        return ""

    def _search(self, text: str) -> list[tuple[str, str]]:
        if self.household:
            return [
                (h["id"], f"{h['code']} · {h['head_name']} · {h['village']}")
                for h in self.children_service.search_households(text)
            ]
        return [
            (c["id"], f"{c['case_number']} · {c['name']} · {c['birth_date'] or '?'} · {c['village']}")
            for c in self.children_service.search(text)
        ]

    def fill_preset(self, preset: dict[str, Any]) -> None:
        super().fill_preset({"start_date": date.today().isoformat(), **preset})
        if self.household:
            for household_id in preset.get("household_ids", []):
                h = self.children_service.household(household_id)
                self.picker.add(h["id"], f"{h['code']} · {h['head_name']}")
        else:
            for child_id in preset.get("child_ids", []):
                c = self.children_service.get(child_id)
                self.picker.add(c["id"], f"{c['case_number']} · {c['name']} · {c['birth_date'] or '?'}")
        if self.focus_order:
            self.focus_order[0].setFocus()

    def locked_reason(self) -> str:
        if self.record is None or not self.record.get("child_id"):
            return ""
        child = self.children_service.get(self.record["child_id"])
        period = Periods(self.ctx).locked_period(child["project_id"], self.record["start_date"])
        if not period:
            return ""
        return self.tr(
            "This service falls in the approved reporting period {period}; it is read-only. "
            "Headquarters can reopen the period."
        ).format(period=period)

    def values(self) -> dict[str, Any]:
        return super().values()

    def saved_notice(self) -> tuple[str, str, str, str] | None:
        rows = self.saved_rows
        if not rows:
            return None
        first = rows[0]
        if first.get("child_id"):
            key = str(self.children_service.get(first["child_id"])["case_number"])
        else:
            key = str(self.children_service.household(first["household_id"]).get("code") or "")
        if len(rows) == 1:
            text = self.tr("Recorded the service for {who}.").format(who=key)
        else:
            text = plural(self.tr("Recorded the service for %n children or households.", "", len(rows)), len(rows))
        return ("services", str(first["id"]), key if first.get("child_id") else "", text)

    def save(self, values: dict[str, Any]) -> list[str]:
        if self.record_id:
            values.pop("children", None)
            values.pop("households", None)
            self.saved = self.children_service.update_service(self.record_id, values, base_version=self.base_version())
            self.saved_rows = [self.saved]
            return ["services", "children"]
        if self.household:
            ids = values.pop("households")
            self.saved_rows = self.children_service.record_household_service(values, ids)
            self.saved = self.saved_rows[0] if self.saved_rows else None
            return ["services", "households"]
        ids = values.pop("children")
        self.saved_rows = self.children_service.record_services(values, ids)
        self.saved = self.saved_rows[0] if self.saved_rows else None
        return ["services", "children"]


class HouseholdServiceForm(ServiceForm):
    kind = "household_service"
    household = True

    def build(self) -> None:
        super().build()
        if self.record is None:
            self.field("service_type", RecordCombo).set_value("livelihood")
