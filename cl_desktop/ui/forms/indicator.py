"""Indicators of the results framework, activities, reporting periods and narratives."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from cl_desktop.errors import KnownError, RefusedInput
from cl_desktop.i18n.languages import names_with_english
from cl_desktop.services.activities import narrative_text, update_activity
from cl_desktop.services.locations import Locations
from cl_desktop.services.periods import Periods
from cl_desktop.services.projects import Projects
from cl_desktop.ui import catalogue, i18n
from cl_desktop.ui.forms.base import FormDialog
from cl_desktop.ui.widgets import CodeCombo, DateEdit, LocationPicker, NumberEdit, RecordCombo

UNITS = tuple(catalogue.UNITS)


class ProjectBound(FormDialog):
    """Forms of records that belong to a project (preset ``project_id`` or the record's own)."""

    def project_id(self) -> str:
        if self.record and self.record.get("project_id"):
            return str(self.record["project_id"])
        return str(self.preset.get("project_id") or "")

    def add_project_line(self, g: Any) -> None:
        project = Projects(self.ctx).get(self.project_id()) if self.project_id() else None
        g.addWidget(QLabel(self.tr("Project")), g.rowCount(), 0, Qt.AlignmentFlag.AlignRight)
        g.addWidget(QLabel(f"{project['code']} — {project['title']}" if project else "—"), g.rowCount() - 1, 1)

    def next_preset(self) -> dict[str, Any]:
        """The next record of "Save and new" belongs to the same project, after an edit too."""
        project = self.project_id()
        return {**self.preset, "project_id": project} if project else dict(self.preset)

    def require_project(self) -> str:
        if not self.project_id():
            raise RefusedInput(self.tr("Open this form from a project."))
        return self.project_id()


class IndicatorForm(ProjectBound):
    kind = "indicator"
    table = "indicators"
    title = "Indicator"
    form_width = 720
    form_height = 680

    def window_title(self) -> str:
        return self.tr("Indicator — edit") if self.record_id else self.tr("New indicator")

    def build(self) -> None:
        self.projects = Projects(self.ctx)
        g = self.section(self.tr("Indicator"))
        self.add_project_line(g)
        results = [
            (r["id"], f"{'   ' * r['depth']}{r['code']} {r['title']}")
            for r in (self.projects.results_framework(self.project_id()) if self.project_id() else [])
            if r["id"]
        ]
        self.add_field(g, "result_id", self.tr("&Result"), RecordCombo(results, empty=""))
        self.add_field(g, "code", self.tr("&Code"), QLineEdit())
        title = QPlainTextEdit()
        title.setTabChangesFocus(True)
        title.setFixedHeight(56)
        self.add_field(g, "title", self.tr("&Indicator"), title)
        self.add_field(g, "unit", self.tr("&Unit"), RecordCombo([(u, catalogue.unit_label(u)) for u in UNITS]))
        g = self.section(self.tr("Baseline and target"))
        self.add_field(g, "baseline_value", self.tr("&Baseline"), NumberEdit(width=120))
        self.add_field(g, "baseline_year", self.tr("Baseline &year"), NumberEdit(width=80))
        self.add_field(g, "baseline_text", self.tr("Baseline (text)"), QLineEdit())
        self.add_field(g, "target_value", self.tr("&Target"), NumberEdit(width=120))
        self.add_field(g, "target_text", self.tr("Target (text)"), QLineEdit())
        self.add_field(g, "due_date", self.tr("&Due date"), DateEdit())
        self.add_field(g, "means_of_verification", self.tr("&Means of verification"), QLineEdit())
        self.add_field(g, "disaggregation", self.tr("Disaggre&gation"), QLineEdit())

    def check(self, values: dict[str, Any]) -> None:
        self.projects.validate_indicator(values)

    def save(self, values: dict[str, Any]) -> list[str]:
        if self.record_id:
            self.saved = self.projects.update_indicator(self.record_id, values, base_version=self.base_version())
        else:
            self.saved = self.projects.add_indicator(self.require_project(), values)
        return ["indicators"]


class ActivityForm(ProjectBound):
    kind = "activity"
    table = "activities"
    title = "Activity"
    form_width = 680
    form_height = 640

    def window_title(self) -> str:
        return self.tr("Activity — edit") if self.record_id else self.tr("New activity")

    def build(self) -> None:
        self.projects = Projects(self.ctx)
        locations = Locations(self.db)
        g = self.section(self.tr("Activity"))
        self.add_project_line(g)
        self.add_field(g, "kind", self.tr("&Kind"), CodeCombo(self.refs, "activity_kind", self.lang))
        self.add_field(g, "title", self.tr("&Title"), QLineEdit())
        self.add_field(g, "start_date", self.tr("&Start date"), DateEdit())
        self.add_field(g, "end_date", self.tr("&End date"), DateEdit())
        programmes = [
            (p["id"], f"{p['code']} — {p['title']}")
            for p in (self.projects.programmes(self.project_id()) if self.project_id() else [])
        ]
        programme = RecordCombo(programmes, empty="", searchable=True)
        self.add_field(g, "programme_id", self.tr("Action &programme"), programme)
        picker = LocationPicker(locations, self.lang, country_code=locations.office_country(self.ctx.office_code))
        self.add_field(g, "location_id", self.tr("P&lace"), picker, focus=False)
        self.focus_order += list(picker.combos.values())
        g = self.section(self.tr("Participants and output"))
        self.add_field(g, "participants_f", self.tr("Participants: women and &girls"), NumberEdit())
        self.add_field(g, "participants_m", self.tr("Participants: men and &boys"), NumberEdit())
        output = QPlainTextEdit()
        output.setTabChangesFocus(True)
        output.setFixedHeight(60)
        self.add_field(g, "output", self.tr("&Output"), output)

    def fill_preset(self, preset: dict[str, Any]) -> None:
        defaults = {"start_date": date.today().isoformat(), "participants_f": "0", "participants_m": "0"}
        super().fill_preset({**defaults, **preset})

    def locked_reason(self) -> str:
        if self.record is None:
            return ""
        period = Periods(self.ctx).locked_period(self.record["project_id"], self.record["start_date"])
        if not period:
            return ""
        return self.tr("This activity falls in the approved reporting period {period}; it is read-only.").format(
            period=period
        )

    def save(self, values: dict[str, Any]) -> list[str]:
        if self.record_id:
            self.saved = update_activity(self.ctx, self.record_id, values, base_version=self.base_version())
        else:
            self.saved = self.projects.record_activity(self.require_project(), values)
        return ["activities"]


class PeriodForm(ProjectBound):
    kind = "period"
    table = "reporting_periods"
    title = "Reporting period"
    form_width = 520
    form_height = 340

    def window_title(self) -> str:
        return self.tr("Reporting period") if self.record_id else self.tr("New reporting period")

    def build(self) -> None:
        g = self.section(self.tr("Reporting period"))
        self.add_project_line(g)
        self.add_field(g, "code", self.tr("&Code"), QLineEdit())
        self.field("code", QLineEdit).setPlaceholderText(self.tr("e.g. 2010-H1"))
        self.add_field(g, "start_date", self.tr("&Start date"), DateEdit())
        self.add_field(g, "end_date", self.tr("&End date"), DateEdit())

    def locked_reason(self) -> str:
        if self.record is None:
            return ""
        status = self.record["status"]
        if status == "approved":
            return self.tr("Period {code} is approved and locked; headquarters can reopen it with a reason.").format(
                code=self.record["code"]
            )
        return self.tr("Period {code} is {status}; its dates are fixed once created.").format(
            code=self.record["code"], status=status
        )

    def save(self, values: dict[str, Any]) -> list[str]:
        self.saved = Periods(self.ctx).create(self.require_project(), values)
        return ["reporting_periods"]

    def refused_field(self, exc: KnownError) -> str | None:
        return "code" if "already has" in str(exc) else None


class NarrativeForm(FormDialog):
    kind = "narrative"
    table = "narratives"
    title = "Narrative"
    form_width = 760
    form_height = 620

    def window_title(self) -> str:
        return self.tr("Narrative")

    def build(self) -> None:
        self.projects = Projects(self.ctx)
        self.periods = Periods(self.ctx)
        period_id = self.record["period_id"] if self.record else self.preset.get("period_id")
        self.period = self.periods.get(period_id) if period_id else None
        g = self.section(self.tr("Narrative"))
        p = self.period
        text = f"{p['code']} ({i18n.date_text(p['start_date'])} – {i18n.date_text(p['end_date'])})" if p else "—"
        g.addWidget(QLabel(self.tr("Reporting period")), 0, 0, Qt.AlignmentFlag.AlignRight)
        g.addWidget(QLabel(text), 0, 1)
        sections = CodeCombo(self.refs, "narrative_section", self.lang, empty=None)
        self.add_field(g, "section", self.tr("&Section"), sections)
        self.add_field(g, "language", self.tr("&Language"), RecordCombo(names_with_english()))
        body = QPlainTextEdit()
        body.setTabChangesFocus(True)
        body.setMinimumHeight(300)
        self.add_field(g, "body", self.tr("&Text"), body)
        self.field("section", RecordCombo).currentIndexChanged.connect(self._load_text)
        self.field("language", RecordCombo).currentIndexChanged.connect(self._load_text)

    def fill_preset(self, preset: dict[str, Any]) -> None:
        super().fill_preset({k: v for k, v in preset.items() if k != "period_id"})
        self.field("language", RecordCombo).set_value(preset.get("language") or self.lang)
        self._load_text()

    def _load_text(self, *_args: Any) -> None:
        if self.period is None:
            return
        if self.dirty and not self._loading and not self.ask(self.tr("Discard the text you changed?")):
            return
        loading, self._loading = self._loading, True
        self.field("body", QPlainTextEdit).setPlainText(
            narrative_text(
                self.ctx,
                self.period["id"],
                self.field("section", RecordCombo).value(),
                self.field("language", RecordCombo).value(),
            )
        )
        self._loading = loading
        self.dirty = False

    def locked_reason(self) -> str:
        if self.period and self.period["status"] == "approved":
            return self.tr("Period {code} is approved; its narrative is read-only.").format(code=self.period["code"])
        return ""

    def save(self, values: dict[str, Any]) -> list[str]:
        if self.period is None:
            raise RefusedInput(self.tr("Open the narrative from a reporting period."))
        self.saved = self.projects.save_narrative(
            self.period["id"], values["section"], values["body"], values["language"]
        )
        return ["narratives"]
