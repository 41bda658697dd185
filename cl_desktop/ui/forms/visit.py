"""A workplace monitoring visit: where, who visited, what they saw, and the children found there.

Children already on record are searched as in the intake's duplicate check and added; a child not
on record is registered from the visit ("New intake from this visit…"), the intake form starting
with the visit's village, sector and hazards, and the new child is added to the visit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from cl_desktop.services.children import Children
from cl_desktop.services.directory import Organisations
from cl_desktop.services.locations import Locations
from cl_desktop.services.projects import Projects
from cl_desktop.services.visits import MonitoringVisits
from cl_desktop.ui.forms.base import FormDialog
from cl_desktop.ui.permits import permit
from cl_desktop.ui.widgets import CodeChecklist, CodeCombo, DateEdit, LocationPicker, RecordCombo, RecordPicker


class MonitoringVisitForm(FormDialog):
    kind = "monitoring_visit"
    table = "monitoring_visits"
    title = "Monitoring visit"
    form_width = 760
    form_height = 700

    def window_title(self) -> str:
        return self.tr("Monitoring visit — edit") if self.record_id else self.tr("New monitoring visit")

    def build(self) -> None:
        self.visits = MonitoringVisits(self.ctx)
        self.children_service = Children(self.ctx)
        g = self.section(self.tr("Workplace"))
        self.add_field(g, "visit_date", self.tr("&Visit date"), DateEdit())
        locations = Locations(self.db)
        picker = LocationPicker(locations, self.lang, country_code=locations.office_country(self.ctx.office_code))
        self.add_field(g, "location_id", self.tr("&Village"), picker)
        self.add_field(g, "sector", self.tr("&Sector"), CodeCombo(self.refs, "sector", self.lang))
        self.add_field(g, "workplace", self.tr("Work&place"), QLineEdit())
        programmes = [(p["id"], f"{p['code']} — {p['title']}") for p in Projects(self.ctx).programmes()]
        self.add_field(g, "programme_id", self.tr("Action pro&gramme"), RecordCombo(programmes, empty=""))
        g = self.section(self.tr("Who visited, what they saw"))
        organisations = [(o["id"], o["name"]) for o in Organisations(self.ctx).list()]
        self.add_field(
            g, "organisation_id", self.tr("&Organisation"), RecordCombo(organisations, empty="", searchable=True)
        )
        self.add_field(g, "visitors", self.tr("Visit&ors (names and roles)"), QLineEdit())
        self.add_field(
            g, "hazards", self.tr("&Hazards observed"), CodeChecklist.for_list(self.refs, "hazard", self.lang, rows=5)
        )
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(50)
        self.add_field(g, "notes", self.tr("N&otes"), notes)
        g = self.section(self.tr("Children found"))
        self.picker = RecordPicker(self._search, placeholder=self.tr("Type a name, case number or village"))
        self.add_field(g, "children", self.tr("C&hildren on record"), self.picker, focus=False)
        self.focus_order += [self.picker.search_edit, self.picker.results, self.picker.chosen]
        self.intake_button = QPushButton(self.tr("New &intake from this visit…"))
        self.intake_button.setObjectName("new_intake_from_visit")
        self.intake_button.setToolTip(self.tr("Register a child found here: the intake starts with the visit's place"))
        self.intake_button.setAutoDefault(False)
        self.intake_button.clicked.connect(self.new_intake)
        g.addWidget(self.intake_button, g.rowCount(), 1)
        self.refer_button = QPushButton(self.tr("&Refer the chosen child…"))
        self.refer_button.setObjectName("refer_from_visit")
        self.refer_button.setToolTip(
            self.tr("A referral made from this visit for the child selected among the children found")
        )
        self.refer_button.setAutoDefault(False)
        self.refer_button.clicked.connect(self.new_referral)
        permit(self.refer_button, self.ctx, "referral.write")
        g.addWidget(self.refer_button, g.rowCount(), 1)
        self.referrals_label = QLabel()
        self.referrals_label.setObjectName("visit_referrals")
        self.referrals_label.setWordWrap(True)
        g.addWidget(self.referrals_label, g.rowCount(), 1)

    def _search(self, text: str) -> list[tuple[str, str]]:
        return [
            (c["id"], f"{c['case_number']} · {c['name']} · {c['birth_date'] or '?'} · {c['village']}")
            for c in self.children_service.search(text)
        ]

    def fill(self, record: dict[str, Any]) -> None:
        super().fill(record)
        for c in self.visits.children_of(record["id"]):
            self.picker.add(c["id"], f"{c['case_number']} · {c['name']}")
        self._show_referrals(record["id"])

    def save(self, values: dict[str, Any]) -> list[str]:
        ids = values.pop("children", [])
        if self.record_id:
            self.saved = self.visits.update(self.record_id, values, ids, base_version=self.base_version())
        else:
            self.saved = self.visits.create(values, ids)
        return ["monitoring_visits", "visit_children"]

    def new_intake(self) -> QWidget | None:
        """Save the visit first (the intake hangs on it), then open the intake with the visit's place and work."""
        from cl_desktop.ui.forms import open_form

        if not self.record_id and not self.submit_keep_open():
            return None
        assert self.record_id is not None
        form = open_form(
            "child", self.ctx, self.bus, self.parentWidget() or self, **self.visits.new_intake_preset(self.record_id)
        )
        visit_id = self.record_id
        form.accepted.connect(lambda: self._identified(visit_id, form))
        return form

    def new_referral(self) -> QWidget | None:
        """Refer the child selected among those found (the only one, when there is one), from this visit.

        The visit is saved first: the referral names it, and the child must be on its list."""
        from cl_desktop.ui.forms import open_form

        ids = self.picker.ids()
        row = self.picker.chosen.currentRow()
        if not ids:
            self.show_banner(self.tr("Add the child to the children found first, then refer it."))
            return None
        if len(ids) > 1 and row < 0:
            self.show_banner(self.tr("Select the child to refer in the list of children found."))
            return None
        child_id = ids[row] if 0 <= row < len(ids) else ids[0]
        if not self.record_id:
            if not self.submit_keep_open():
                return None
        elif child_id not in {c["id"] for c in self.visits.children_of(self.record_id)}:
            # a child just added to the list: record it with the visit before the referral names both
            self.visits.identify(self.record_id, child_id)
            self.bus.changed.emit("visit_children")
        assert self.record_id is not None
        form = open_form(
            "referral", self.ctx, self.bus, self.parentWidget() or self, child_id=child_id, visit_id=self.record_id
        )
        form.accepted.connect(self._referred)
        return form

    def _referred(self) -> None:
        if self.record_id and self.isVisible():
            self._show_referrals(self.record_id)

    def _show_referrals(self, visit_id: str) -> None:
        made = self.visits.referrals_of(visit_id)
        self.referrals_label.setText(
            self.tr("Referrals made from this visit: {n}").format(n=len(made))
            + ("" if not made else " — " + ", ".join(r["case_number"] or "" for r in made[:8]))
        )

    def _identified(self, visit_id: str, form: Any) -> None:
        if form.saved:
            MonitoringVisits(self.ctx).identify(visit_id, form.saved["id"])
            self.bus.changed.emit("monitoring_visits")
            self.bus.changed.emit("visit_children")
            if self.isVisible():
                self.picker.add(form.saved["id"], f"{form.saved['case_number']} · {form.saved['name']}")

    def submit_keep_open(self) -> bool:
        """Save a new visit and stay open on it (to register children found there)."""
        try:
            values = self.values()
            ids = values.pop("children", [])
            self.saved = self.visits.create(values, ids)
        except Exception as exc:  # the form's own display of refusals
            from cl_desktop.domain.validation import Invalid
            from cl_desktop.errors import KnownError

            if isinstance(exc, Invalid):
                self.show_errors(exc)
                return False
            if isinstance(exc, KnownError):
                self.show_banner(str(exc))
                return False
            raise
        self.record_id = self.saved["id"]
        self.record = self.saved
        self.dirty = False
        self.bus.changed.emit("monitoring_visits")
        self.setWindowTitle(self.window_title())
        return True
