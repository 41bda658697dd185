"""A referral: a child sent to an organisation for a service; once made, its answers one status at a time.

A new referral needs the child, the organisation (those offering the service needed come first),
the service, the urgency, and the guardian's answer on sharing the child's data (yes or no, never
left blank). An existing one shows its timeline and takes the next answer the flow allows, dated,
with a note: "service provided" links one of the child's service records or creates it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from cl_desktop.domain import referrals as rules
from cl_desktop.errors import KnownError, RefusedInput
from cl_desktop.services.children import Children
from cl_desktop.services.directory import Organisations
from cl_desktop.services.referrals import Referrals
from cl_desktop.services.visits import MonitoringVisits
from cl_desktop.ui import i18n
from cl_desktop.ui.catalogue import translate
from cl_desktop.ui.forms.base import FormDialog
from cl_desktop.ui.permits import permit
from cl_desktop.ui.widgets import CodeCombo, DateEdit, RecordCombo, RecordPicker
from cl_desktop.ui.widgets.file_notice import FileNotice, output_folder

STATUS_NAMES = {
    "referred": "Referred",
    "accepted": "Accepted",
    "declined": "Declined",
    "no_response": "No response",
    "service_provided": "Service provided",
    "closed": "Closed",
    "cancelled": "Cancelled",
}
URGENCY_NAMES = {"emergency": "Emergency", "high": "High", "normal": "Normal", "low": "Low"}


def status_name(code: str) -> str:
    """A referral status in the interface language (the list's labels)."""
    return translate("lists", STATUS_NAMES.get(code, code))


def urgency_name(code: str) -> str:
    return translate("lists", URGENCY_NAMES.get(code, code))


class _Refused(RefusedInput):
    """A refusal the form found itself, in the user's language, shown beside ``field``."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(text)
        self.field = field


class ReferralForm(FormDialog):
    kind = "referral"
    table = "referrals"
    title = "Referral"
    form_width = 720
    form_height = 640

    def window_title(self) -> str:
        return self.tr("Referral") if self.record_id else self.tr("New referral")

    # -- building ----------------------------------------------------------------
    def build(self) -> None:
        self.children_service = Children(self.ctx)
        self.referrals = Referrals(self.ctx)
        self.organisations = Organisations(self.ctx)
        self.visits = MonitoringVisits(self.ctx)
        self.child: dict[str, Any] | None = None
        if self.record is not None:
            self._build_existing(self.record)
        else:
            self._build_new()

    def _build_new(self) -> None:
        g = self.section(self.tr("Child"))
        child_id = self.preset.get("child_id")
        if child_id:
            self.child = self.children_service.get(child_id)
            self.add_field(g, "who", self.tr("Child"), QLabel(self._child_label(self.child)), focus=False)
            del self.fields["who"]
            self.picker = None
        else:
            self.picker = RecordPicker(self._search, placeholder=self.tr("Type a name, case number or village"))
            self.add_field(g, "children", self.tr("C&hild"), self.picker, focus=False)
            self.focus_order += [self.picker.search_edit, self.picker.results, self.picker.chosen]
        g = self.section(self.tr("Referral"))
        self.add_field(g, "service_type", self.tr("Service &needed"), CodeCombo(self.refs, "service_type", self.lang))
        self.organisation_combo = RecordCombo([], empty=self.tr("(choose an organisation)"), searchable=True)
        self.add_field(g, "organisation", self.tr("Refer &to"), self.organisation_combo)
        urgency = RecordCombo([(u.value, urgency_name(u.value)) for u in rules.Urgency], empty=None)
        self.add_field(g, "urgency", self.tr("&Urgency"), urgency)
        self.add_field(g, "referral_date", self.tr("&Referral date"), DateEdit())
        self.add_field(g, "expected_date", self.tr("Answer &expected by"), DateEdit())
        reason = QPlainTextEdit()
        reason.setTabChangesFocus(True)
        reason.setFixedHeight(60)
        self.add_field(g, "reason", self.tr("Rea&son"), reason)
        consent = RecordCombo(
            [
                ("yes", self.tr("Yes: the organisation may receive the child's data")),
                ("no", self.tr("No: the slip carries the case number only")),
            ],
            empty=self.tr("(ask the guardian)"),
        )
        self.add_field(g, "consent_to_share", self.tr("Guardian's &consent to share"), consent)
        if self.child is not None:
            # made from a monitoring visit that found the child: the latest one, unless another is named
            visits = self.referrals.visits_for(self.child["id"])
            if visits:
                choices = [(v["id"], self._visit_label(v)) for v in visits]
                combo = RecordCombo(choices, empty=self.tr("(not made from a monitoring visit)"))
                self.add_field(g, "visit_id", self.tr("From monitoring &visit"), combo)
        self.fields["service_type"].currentIndexChanged.connect(lambda _i: self._fill_organisations())
        self.fields["urgency"].currentIndexChanged.connect(lambda _i: self._suggest_expected())
        self.fields["referral_date"].textChanged.connect(lambda _t: self._suggest_expected())
        self.fields["expected_date"].edited.connect(lambda: setattr(self, "expected_typed", True))
        self.expected_typed = False

    def _build_existing(self, record: dict[str, Any]) -> None:
        self.child = self.children_service.get(record["child_id"]) if record.get("child_id") else None
        g = self.section(self.tr("Referral"))
        organisation = self.organisations.get(record["organisation_id"])
        services = self.children_service.ref.labels("service_type", self.lang)
        overdue = rules.is_overdue(
            record["status"],
            date.fromisoformat(record["expected_date"]),
            date.fromisoformat(record["status_date"]),
            date.today(),
        )
        status = status_name(record["status"])
        if overdue:
            status += " — " + self.tr("overdue")
        rows = [
            (self.tr("Child"), self._child_label(self.child) if self.child else "—"),
            (self.tr("Referred to"), self._organisation_label(organisation)),
            (self.tr("Service needed"), services.get(record["service_type"], record["service_type"])),
            (self.tr("Urgency"), urgency_name(record["urgency"])),
            (self.tr("Referral date"), i18n.date_text(record["referral_date"], numeric=False)),
            (self.tr("Answer expected by"), i18n.date_text(record["expected_date"], numeric=False)),
            (self.tr("Consent to share"), self.tr("yes") if record["consent_to_share"] else self.tr("no")),
            (
                self.tr("From monitoring visit"),
                self._visit_label(self.visits.get(record["visit_id"])) if record.get("visit_id") else "—",
            ),
            (self.tr("Status"), status),
        ]
        for caption, text in rows:
            label = QLabel(text)
            label.setWordWrap(True)
            row = g.rowCount()
            name = QLabel(caption)
            name.setStyleSheet("color: #555;")
            g.addWidget(name, row, 0)
            g.addWidget(label, row, 1)
        self.status_text = label  # the last row: the status
        self.status_text.setObjectName("status_text")
        box = self.section(self.tr("Timeline"))
        self.timeline = QTableWidget(0, 4)
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Status"), self.tr("By"), self.tr("Note")])
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.verticalHeader().hide()
        self.timeline.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.setMinimumHeight(130)
        events = self.referrals.events(record["id"])
        self.timeline.setRowCount(len(events))
        for r, e in enumerate(events):
            for c, value in enumerate(
                (i18n.date_text(e["event_date"]), status_name(e["status"]), e["by_user"], e["note"])
            ):
                self.timeline.setItem(r, c, QTableWidgetItem(str(value)))
        box.addWidget(self.timeline, 0, 0, 1, 2)
        slip_row = QHBoxLayout()
        self.slip_button = QPushButton(self.tr("&Print the referral slip…"))
        self.slip_button.setObjectName("print_slip")
        self.slip_button.setToolTip(
            self.tr("One page for the family or the organisation; without consent it names only the case number")
        )
        self.slip_button.clicked.connect(lambda: self.print_slip())
        permit(self.slip_button, self.ctx, "referral.write")
        slip_row.addWidget(self.slip_button)
        slip_row.addStretch(1)
        box.addLayout(slip_row, 1, 0, 1, 2)
        self.slip_notice = FileNotice(self)
        box.addWidget(self.slip_notice, 2, 0, 1, 2)
        self.next_statuses = self.referrals.next_statuses(record["id"])
        if not self.next_statuses:
            return
        g = self.section(self.tr("Record an answer"))
        self.add_field(
            g, "status", self.tr("New &status"), RecordCombo([(s, status_name(s)) for s in self.next_statuses])
        )
        self.add_field(g, "on", self.tr("&Date"), DateEdit())
        note = QPlainTextEdit()
        note.setTabChangesFocus(True)
        note.setFixedHeight(60)
        self.add_field(g, "note", self.tr("N&ote"), note)
        if "service_provided" in self.next_statuses and self.child is not None:
            labels = self.children_service.ref.labels("service_type", self.lang)
            choices = [
                (s["id"], f"{labels.get(s['service_type'], s['service_type'])} · {i18n.date_text(s['start_date'])}")
                for s in self.children_service.services_of(self.child["id"])
            ]
            combo = RecordCombo(choices, empty=self.tr("(record a new service on that date)"))
            self.add_field(g, "service_id", self.tr("Ser&vice record"), combo)

    def print_slip(self) -> None:
        """Ask where, then write this referral's slip in the interface's language (one page, quick)."""
        from cl_desktop.reports.referrals import build_slip

        case = self.child["case_number"] if self.child else "referral"
        suggested = output_folder() / f"referral-slip-{case}-{self.lang}.pdf"
        path_text, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the referral slip as"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if not path_text:
            return
        path = Path(path_text if path_text.lower().endswith(".pdf") else path_text + ".pdf")
        try:
            self.ctx.require("referral.write")
            build_slip(self.ctx.db, path, str(self.record_id), self.lang)
        except KnownError as exc:
            self.slip_notice.warn(str(exc))
            return
        self.slip_notice.show_file(path, self.tr("Wrote {path}.").format(path=path), open_file=True, what="PDF")

    # -- helpers ---------------------------------------------------------------
    def _visit_label(self, visit: dict[str, Any]) -> str:
        place = self.visits.ref.labels("sector", self.lang).get(visit["sector"], visit["sector"])
        where = " · ".join(x for x in (visit.get("workplace") or "", place) if x)
        return f"{i18n.date_text(visit['visit_date'])} · {where}"

    def _child_label(self, child: dict[str, Any]) -> str:
        return f"{child['case_number']} · {child['name']}"

    def _organisation_label(self, o: dict[str, Any]) -> str:
        extra = " · ".join(x for x in (o.get("contact_person") or "", o.get("telephone") or "") if x)
        return f"{o['name']}" + (f" ({extra})" if extra else "")

    def _search(self, text: str) -> list[tuple[str, str]]:
        return [
            (c["id"], f"{c['case_number']} · {c['name']} · {c['birth_date'] or '?'} · {c['village']}")
            for c in self.children_service.search(text)
        ]

    def _fill_organisations(self) -> None:
        """The directory, those offering the service needed first (marked ★)."""
        service = self.fields["service_type"].value()
        choices = []
        for o in self.organisations.providers(service or None):
            label = self._organisation_label(o)
            if service and service in json.loads(o.get("services_offered") or "[]"):
                label = "★ " + label
            choices.append((o["id"], label))
        self.organisation_combo.set_choices(choices)

    def _suggest_expected(self) -> None:
        if self.expected_typed:
            return
        referred = self.fields["referral_date"].date()
        if referred is None:
            return
        urgency = self.fields["urgency"].value() or "normal"
        self.fields["expected_date"].set_iso(rules.expected_date(referred, urgency).isoformat())

    def fill_preset(self, preset: dict[str, Any]) -> None:
        if self.record is not None:
            return
        self.fields["urgency"].set_value("normal")
        self.fields["referral_date"].set_iso(date.today().isoformat())
        super().fill_preset({k: v for k, v in preset.items() if k not in ("child_id", "visit_id")})
        if "visit_id" in self.fields:
            combo = self.fields["visit_id"]
            chosen = preset.get("visit_id")
            combo.set_value(chosen if chosen and combo.findData(chosen) >= 0 else combo.itemData(1))
        self._fill_organisations()
        self._suggest_expected()

    def fill(self, record: dict[str, Any]) -> None:
        if "on" in self.fields:
            self.fields["on"].set_iso(date.today().isoformat())

    # -- saving --------------------------------------------------------------------
    def refused_field(self, exc: Any) -> str | None:
        if isinstance(exc, _Refused):
            return exc.field
        text = str(exc).lower()
        for needle, field in (
            ("expected response date", "expected_date"),
            ("referral date", "referral_date"),
            ("organisation", "organisation"),
            ("consent", "consent_to_share"),
        ):
            if needle in text and field in self.fields:
                return field
        return None

    def _day(self, field: str) -> date:
        day = self.fields[field].date()
        if day is None:
            raise _Refused(field, self.tr("Write the date as {pattern}.").format(pattern=self.fields[field].pattern()))
        return day

    def save(self, values: dict[str, Any]) -> list[str]:
        if self.record is not None:
            return self._save_answer(values)
        child = self.child
        if child is None:
            ids = values.get("children") or []
            if len(ids) != 1:
                raise _Refused("children", self.tr("Choose the one child to refer."))
            child = self.children_service.get(ids[0])
        if not values.get("organisation"):
            raise _Refused("organisation", self.tr("Choose the organisation the child is referred to."))
        if not values.get("consent_to_share"):
            raise _Refused(
                "consent_to_share",
                self.tr("Ask the guardian whether the child's data may be shared, and record the answer."),
            )
        referred = self._day("referral_date")
        if referred > date.today():
            raise _Refused("referral_date", self.tr("The referral date cannot be in the future."))
        if referred.isoformat() < str(child["intake_date"]):
            raise _Refused("referral_date", self.tr("The referral date cannot be before the child's intake."))
        visit_id = values.get("visit_id") or None
        if visit_id:
            visit = self.visits.get(visit_id)
            if referred.isoformat() < visit["visit_date"]:
                raise _Refused(
                    "visit_id",
                    self.tr("The referral date cannot be before the monitoring visit ({day}).").format(
                        day=i18n.date_text(visit["visit_date"])
                    ),
                )
        expected = self._day("expected_date")
        if expected < referred:
            raise _Refused("expected_date", self.tr("An answer cannot be expected before the referral date."))
        self.saved = self.referrals.create(
            {
                "case_number": child["case_number"],
                "organisation": values["organisation"],
                "service_type": values["service_type"],
                "urgency": values["urgency"] or "normal",
                "reason": values["reason"],
                "consent_to_share": values["consent_to_share"],
                "referral_date": referred.isoformat(),
                "expected_date": expected.isoformat(),
                "visit_id": visit_id,
            }
        )
        return ["referrals", "referral_events"]

    def _save_answer(self, values: dict[str, Any]) -> list[str]:
        assert self.record is not None
        day = self._day("on")
        if day > date.today():
            raise _Refused("on", self.tr("The date cannot be in the future."))
        if day.isoformat() < self.record["status_date"]:
            raise _Refused(
                "on",
                self.tr("The date cannot be before the referral's last status change ({day}).").format(
                    day=i18n.date_text(self.record["status_date"])
                ),
            )
        self.saved = self.referrals.change_status(
            self.record["id"],
            values["status"],
            on=day,
            note=values.get("note") or "",
            service_id=values.get("service_id") or None,
        )
        return ["referrals", "referral_events", "services", "children"]
