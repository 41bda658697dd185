"""One child's record: profile, work status with its reason, services, follow-ups, outcome, history.

The outcome is shown with the rule that produced it (``Children.explain_outcome``),
so a coordinator can answer "why is this child not counted as withdrawn?".
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.domain.rules import WorkStatus
from cl_desktop.i18n import khmer
from cl_desktop.i18n.formats import format_coordinates
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.services.locations import Locations
from cl_desktop.services.periods import Periods
from cl_desktop.services.projects import Projects
from cl_desktop.ui import i18n, reasons
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.catalogue import field_labels
from cl_desktop.ui.fit import resize_to_fit
from cl_desktop.ui.permits import permit
from cl_desktop.ui.widgets import ui_language

OUTCOME_COLOURS = {"withdrawn": "#1b5e20", "prevented": "#0d47a1", "in_progress": "#8a5300"}
STATUS_COLOURS = {
    WorkStatus.HAZARDOUS.value: "#8b0000",
    WorkStatus.CHILD_LABOUR.value: "#b00020",
    WorkStatus.AT_RISK.value: "#8a5300",
    WorkStatus.NOT_AT_RISK.value: "#1b5e20",
}
WATCHED_TABLES = frozenset({"children", "services", "follow_ups", "households", "referrals", "referral_events"})


def _codes(value: Any) -> list[str]:
    return json.loads(value) if isinstance(value, str) else list(value or [])


class ChildRecordView(QWidget):
    """Shown in a dialog or a tab; refreshes itself when the bus says a child's tables changed."""

    def __init__(self, ctx: Context, bus: DataBus, child_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.child_id = child_id
        self.children_service = Children(ctx)
        self.locations = Locations(ctx.db)
        self.lang = ui_language()
        self.setObjectName("child_record")

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.heading, 1)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.service_button = QPushButton(self.tr("Add &service"))
        self.follow_up_button = QPushButton(self.tr("Add &follow-up"))
        self.refer_button = QPushButton(self.tr("&Refer…"))
        self.refer_button.setObjectName("child_refer")
        self.refer_button.setToolTip(self.tr("Refer the child to an organisation for a service"))
        self.transfer_button = QPushButton(self.tr("&Transfer…"))
        self.transfer_button.setObjectName("child_transfer")
        self.transfer_button.setToolTip(self.tr("Hand this child to another office (the family moved)"))
        buttons = (self.edit_button, self.service_button, self.follow_up_button, self.refer_button)
        for b in (*buttons, self.transfer_button):
            b.setAutoDefault(False)
            top.addWidget(b)
        outer.addLayout(top)
        self.lock_label = QLabel()
        self.lock_label.setWordWrap(True)
        self.lock_label.setStyleSheet(
            "background: #fff4e5; color: #663c00; border: 1px solid #ffd599; padding: 4px; border-radius: 3px;"
        )
        self.lock_label.hide()
        outer.addWidget(self.lock_label)

        boxes = QHBoxLayout()
        profile_box = QGroupBox(self.tr("Profile"))
        self.profile = QGridLayout(profile_box)
        self.profile.setColumnStretch(1, 1)
        self.profile.setColumnStretch(3, 1)
        boxes.addWidget(profile_box, 3)
        status_box = QGroupBox(self.tr("Status"))
        status_layout = QVBoxLayout(status_box)
        self.classification = QLabel()
        self.classification.setObjectName("classification")
        self.classification.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        status_layout.addWidget(QLabel(self.tr("<b>Work status at intake</b>")))
        status_layout.addWidget(self.classification)
        status_layout.addSpacing(8)
        status_layout.addWidget(QLabel(self.tr("<b>Withdrawn / prevented</b>")))
        status_layout.addWidget(self.outcome)
        status_layout.addStretch(1)
        boxes.addWidget(status_box, 2)
        outer.addLayout(boxes)

        self.tabs = QTabWidget()
        self.services_table = self._table(
            [self.tr("Service"), self.tr("Start"), self.tr("End"), self.tr("Provider"), self.tr("Programme")]
        )
        self.follow_ups_table = self._table(
            [
                self.tr("Visit"),
                self.tr("Work status"),
                self.tr("Hours"),
                self.tr("Hazards"),
                self.tr("School"),
                self.tr("Attendance"),
                self.tr("Visited by"),
            ]
        )
        self.referrals_table = self._table(
            [
                self.tr("Referred"),
                self.tr("To"),
                self.tr("Service"),
                self.tr("Status"),
                self.tr("Since"),
                self.tr("Answer expected"),
            ]
        )
        self.referrals_table.setObjectName("referrals_table")
        self.referrals_table.doubleClicked.connect(lambda index: self.open_referral(index.row()))
        self.history_table = self._table(
            [self.tr("When"), self.tr("Who"), self.tr("Office"), self.tr("Change"), self.tr("Reason")]
        )
        self.tabs.addTab(self.services_table, self.tr("Services"))
        self.tabs.addTab(self.follow_ups_table, self.tr("Follow-ups"))
        self.tabs.addTab(self.referrals_table, self.tr("Referrals"))
        self.tabs.addTab(self.history_table, self.tr("History"))
        outer.addWidget(self.tabs, 1)

        self.edit_button.clicked.connect(lambda: self._open("child", record_id=self.child_id))
        self.service_button.clicked.connect(lambda: self._open("service", child_ids=[self.child_id]))
        self.follow_up_button.clicked.connect(lambda: self._open("follow_up", child_id=self.child_id))
        self.refer_button.clicked.connect(lambda: self._open("referral", child_id=self.child_id))
        self.transfer_button.clicked.connect(self.transfer_clicked)
        bus.changed.connect(self._on_changed)
        self.refresh()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(True)
        return table

    def _open(self, kind: str, **kwargs: Any) -> QDialog:
        from cl_desktop.ui.forms import open_form

        return open_form(kind, self.ctx, self.bus, self, **kwargs)

    def _on_changed(self, table: str) -> None:
        if table in WATCHED_TABLES:
            self.refresh()

    def refresh(self) -> None:
        child = self.children_service.get(self.child_id)
        self.child = child
        labels = self.children_service.ref.labels
        sex = {"F": self.tr("girl"), "M": self.tr("boy")}.get(child["sex"], child["sex"])
        self.heading.setText(
            f"<span style='font-size: 15pt; font-weight: 600'>{child['name']}</span>"
            f"&nbsp;&nbsp;<span style='color:#555'>{child['name_latin']}</span><br>"
            "<span style='color:#555'>"
            + self.tr("{case} · {sex} · age {age} at intake").format(
                case=child["case_number"], sex=sex, age=i18n.number(child["age_at_intake"])
            )
            + "</span>"
        )
        period = Periods(self.ctx).locked_period(child["project_id"], child["intake_date"])
        moved = self.children_service.transferred_to(self.child_id)
        self.lock_label.setVisible(bool(period) or moved is not None)
        if period:
            self.lock_label.setText(
                self.tr("Registered in the approved reporting period {period}: the intake is read-only.").format(
                    period=period
                )
            )
        if moved is not None:
            self.lock_label.setText(
                self.tr("Transferred to {office} on {day}: the record is read-only here.").format(
                    office=moved["to_office"], day=moved["transferred_on"]
                )
            )
        for b in (self.edit_button, self.service_button, self.follow_up_button, self.transfer_button):
            permit(b, self.ctx, "child.write", (moved is None, self.tr("The child was transferred to another office.")))
        permit(
            self.refer_button,
            self.ctx,
            "referral.write",
            (moved is None, self.tr("The child was transferred to another office.")),
        )
        self._fill_profile(child, labels)
        status = self.children_service.classification(child)
        status_name = labels("work_status", self.lang).get(str(status.value), str(status.value))
        self.classification.setText(f"<b>{status_name}</b><br>{self._reason(status, labels)}")
        self.classification.setStyleSheet(f"color: {STATUS_COLOURS.get(str(status.value), '#000')};")
        outcome = self.children_service.explain_outcome(child)
        outcome_names = labels("outcome", self.lang)
        name = outcome_names.get(str(outcome.value), str(outcome.value)) if outcome.value else self.tr("Not counted")
        self.outcome.setText(f"<b>{name}</b><br>{self._reason(outcome, labels)}")
        self.outcome.setStyleSheet(f"color: {OUTCOME_COLOURS.get(str(outcome.value), '#333')};")
        self._fill_services(labels)
        self._fill_follow_ups(labels)
        self._fill_referrals(labels)
        self._fill_history()

    def choose_office(self, offices: list[tuple[str, str]]) -> str:
        """The office to hand the child to (tests replace this)."""
        from PySide6.QtWidgets import QInputDialog

        labels = [f"{code} — {name}" for code, name in offices]
        question = self.tr("Hand {case} to which office?").format(case=self.child["case_number"])
        chosen, ok = QInputDialog.getItem(self, self.tr("Transfer"), question, labels, 0, False)
        return offices[labels.index(chosen)][0] if ok and chosen in labels else ""

    def transfer_clicked(self) -> None:
        """Hand the child to another office, through the sync role layer."""
        from cl_desktop.errors import KnownError
        from cl_desktop.services.sync import Sync
        from cl_desktop.ui.errors import show_error

        try:
            sync = Sync(self.ctx)
            offices = [
                (str(o["code"]), str(o["name"]))
                for o in sync.offices()
                if not o["hq"] and not o["revoked_at"] and o["code"] != self.ctx.office_code
            ]
            code = self.choose_office(offices)
            if not code:
                return
            sync.transfer(self.child["case_number"], code)
        except KnownError as exc:
            self.lock_label.setText(str(exc))
            self.lock_label.show()
            return
        except Exception as exc:  # the UI boundary
            show_error(exc, self)
            return
        self.bus.changed.emit("children")
        self.refresh()

    def _reason(self, explained: Any, labels: Any) -> str:
        text = reasons.explain(explained, self.lang, labels, sex=self.child["sex"] if self.child else None)
        return khmer.word_wrapped(text)  # the rule's sentence, as the reports print it: wrapped between words

    def _fill_profile(self, child: dict[str, Any], labels: Any) -> None:
        while self.profile.count():
            item = self.profile.takeAt(0)
            gone = item.widget() if item is not None else None
            if gone:
                gone.deleteLater()
        programme = ""
        if child["programme_id"]:
            p = Projects(self.ctx).programmes(child["project_id"])
            programme = next((f"{r['code']} — {r['title']}" for r in p if r["id"] == child["programme_id"]), "")
        household = ""
        if child["household_id"]:
            h = self.children_service.household(child["household_id"])
            household = self.tr("{head} ({code}, {members} members)").format(
                head=h["head_name"], code=h["code"], members=i18n.number(h["members"])
            )
        birth = i18n.date_text(child["birth_date"] or "", numeric=False)
        if child["birth_date_estimated"]:
            birth += " " + self.tr("(estimated)")
        hazards = labels("hazard", self.lang)
        risks = labels("risk_factor", self.lang)
        rows = [
            (self.tr("Date of birth"), birth),
            (self.tr("Village"), self.locations.label(child["location_id"], self.lang)),
            (self.tr("Household"), household or "—"),
            (
                self.tr("Guardian"),
                f"{child['guardian_name']} ({labels('relation', self.lang).get(child['guardian_relation'], '')})",
            ),
            (
                self.tr("Consent"),
                i18n.date_text(child["consent_date"], numeric=False) if child["consent"] else self.tr("no"),
            ),
            (self.tr("Intake date"), i18n.date_text(child["intake_date"], numeric=False)),
            (self.tr("Action programme"), programme),
            (
                self.tr("Work at intake"),
                (
                    f"{labels('sector', self.lang).get(child['sector'], child['sector'])}, "
                    + self.tr("{hours} h/week").format(hours=i18n.number(child["hours_per_week"]))
                )
                if child["working"]
                else self.tr("not working"),
            ),
            (self.tr("Hazards"), ", ".join(hazards.get(c, c) for c in _codes(child["hazards"])) or "—"),
            (self.tr("School"), labels("school_status", self.lang).get(child["school_status"], "")),
            (self.tr("Risk factors"), ", ".join(risks.get(c, c) for c in _codes(child["risk_factors"])) or "—"),
            *self._participant_rows(child, labels),
        ]
        half = (len(rows) + 1) // 2
        for i, (label, value) in enumerate(rows):
            col = 0 if i < half else 2
            row = i if i < half else i - half
            caption = QLabel(label)
            caption.setStyleSheet("color: #555;")
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = QLabel(str(value))
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # level with its caption
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.profile.addWidget(caption, row, col)
            self.profile.addWidget(text, row, col + 1)

    def _participant_rows(self, child: dict[str, Any], labels: Any) -> list[tuple[str, str]]:
        """What USDOL's participant monitoring asks at intake: the relationship to the household head,
        household chores and their hazardous tasks, a job to return to, and the location if one was
        recorded."""
        tasks = labels("household_task", self.lang)
        relation = labels("head_relation", self.lang).get(child["head_relation"], child["head_relation"])
        chores = self.tr("{hours} h/week").format(hours=i18n.number(child["chores_hours_per_week"] or 0))
        hazardous = ", ".join(tasks.get(c, c) for c in _codes(child["household_hazards"]))
        job = child["job_to_return"]
        rows = [
            (self.tr("Relationship to the head"), relation or "—"),
            (self.tr("Household chores"), f"{chores}; {hazardous}" if hazardous else chores),
            (self.tr("Has a job to return to"), "—" if job is None else self.tr("yes") if job else self.tr("no")),
        ]
        if child["latitude"] is not None and child["longitude"] is not None:
            place = format_coordinates(child["latitude"], child["longitude"])
            rows.append((self.tr("Location (latitude, longitude)"), place))
        return rows

    @staticmethod
    def _set_rows(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(str(value)))
        table.resizeRowsToContents()

    def _fill_services(self, labels: Any) -> None:
        names = labels("service_type", self.lang)
        programmes = {p["id"]: p["code"] for p in Projects(self.ctx).programmes(self.child["project_id"])}
        rows = [
            [
                names.get(s["service_type"], s["service_type"]),
                i18n.date_text(s["start_date"]),
                i18n.date_text(s["end_date"] or ""),
                s["provider"],
                programmes.get(s["programme_id"], ""),
            ]
            for s in self.children_service.services_of(self.child_id)
        ]
        self._set_rows(self.services_table, rows)
        self.tabs.setTabText(0, self.tr("Services (%n)", "", len(rows)))

    def _fill_follow_ups(self, labels: Any) -> None:
        statuses = labels("work_status", self.lang)
        hazards = labels("hazard", self.lang)
        schools = labels("school_status", self.lang)
        rows = [
            [
                i18n.date_text(f["visit_date"]),
                statuses.get(f["work_status"], f["work_status"]),
                i18n.number(f["hours_per_week"]) if f["working"] else "—",
                ", ".join(hazards.get(c, c) for c in _codes(f["hazards"])),
                schools.get(f["school_status"], f["school_status"]),
                i18n.percent(f["attendance_percent"]),
                f["visited_by"],
            ]
            for f in self.children_service.follow_ups_of(self.child_id)
        ]
        self._set_rows(self.follow_ups_table, rows)
        self.tabs.setTabText(1, self.tr("Follow-ups (%n)", "", len(rows)))

    def _fill_referrals(self, labels: Any) -> None:
        """The referral timeline: each referral with its current status (overdue ones marked)."""
        from datetime import date

        from cl_desktop.domain.referrals import is_overdue
        from cl_desktop.services.directory import Organisations
        from cl_desktop.services.referrals import Referrals
        from cl_desktop.ui.forms.referral import status_name

        names = labels("service_type", self.lang)
        self.referral_ids = []
        rows = []
        organisations: dict[str, str] = {}
        for r in Referrals(self.ctx).of_child(self.child_id):
            if r["organisation_id"] not in organisations:
                organisations[r["organisation_id"]] = Organisations(self.ctx).get(r["organisation_id"])["name"]
            status = status_name(r["status"])
            late = is_overdue(
                r["status"], date.fromisoformat(r["expected_date"]), date.fromisoformat(r["status_date"]), date.today()
            )
            if late:
                status = "⚠ " + status + " — " + self.tr("overdue")
            self.referral_ids.append(r["id"])
            rows.append(
                [
                    i18n.date_text(r["referral_date"]),
                    organisations[r["organisation_id"]],
                    names.get(r["service_type"], r["service_type"]),
                    status,
                    i18n.date_text(r["status_date"]),
                    i18n.date_text(r["expected_date"]),
                ]
            )
        self._set_rows(self.referrals_table, rows)
        index = self.tabs.indexOf(self.referrals_table)
        self.tabs.setTabText(index, self.tr("Referrals (%n)", "", len(rows)))

    def open_referral(self, row: int) -> QDialog | None:
        """The referral's form: its timeline and the next answer."""
        if not 0 <= row < len(self.referral_ids):
            return None
        return self._open("referral", record_id=self.referral_ids[row])

    def _fill_history(self) -> None:
        rows = []
        for entry in reversed(self.children_service.history(self.child_id)):
            if entry["action"] == "insert":
                change = self.tr("registered")
            elif entry["action"] == "delete":
                change = self.tr("deleted")
            else:
                change = "; ".join(
                    f"{_field_name(k)}: {_short(v[0])} → {_short(v[1])}" for k, v in sorted(entry["changes"].items())
                )
            at = f"{i18n.date_text(entry['at'])} {i18n.digits_text(entry['at'][11:16])}".strip()
            rows.append([at, entry["user"], entry["office"], change, entry["reason"]])
        self._set_rows(self.history_table, rows)
        self.tabs.setTabText(self.tabs.indexOf(self.history_table), self.tr("History (%n)", "", len(rows)))


def _field_name(key: str) -> str:
    """A changed field as the forms name it, in the interface language."""
    english = field_labels().get(key)
    return QCoreApplication.translate("fields", english) if english else key


def _short(value: Any) -> str:
    """A changed value in the history: a date or a time as the tables write it, long text cut."""
    if isinstance(value, str) and i18n.is_stored_date(value):
        return i18n.date_text(value) if len(value) == 10 else i18n.timestamp_text(value)
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def open_child_record(ctx: Context, bus: DataBus, child_id: str, parent: QWidget | None = None) -> QDialog:
    """The record view in its own non-modal window (from a list or the duplicate panel)."""
    from cl_desktop.ui.recent import remember

    dialog = QDialog(parent)
    dialog.setObjectName("child_record_dialog")
    dialog.setWindowTitle(dialog.tr("Child record"))
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(0, 0, 0, 0)
    # On a netbook the record is taller than the screen: it scrolls rather than squeezing the profile.
    scroll = QScrollArea(dialog)
    scroll.setObjectName("child_record_scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    view = ChildRecordView(ctx, bus, child_id, scroll)
    view.setMinimumHeight(560)  # the profile whole and a few rows of each table
    scroll.setWidget(view)
    layout.addWidget(scroll)
    resize_to_fit(dialog, 1000, 640)
    dialog.show()
    remember(ctx, child_id)
    return dialog
