"""Child intake: the child, household, guardian and consent, work and school at intake.

While the clerk types, a side panel shows the work-status classification the
rules give (``classify_work``) and children already registered who resemble
this one (``duplicates.candidates``), so a duplicate is caught before saving.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.domain.rules import MAX_ESTIMATED_AGE, WorkStatus, age_on, classify_work, estimated_birth_date
from cl_desktop.domain.validation import FieldError, Invalid
from cl_desktop.figures import duplicates
from cl_desktop.figures.duplicate_reasons import reasons_text
from cl_desktop.services.children import LABELS, Children
from cl_desktop.services.locations import Locations
from cl_desktop.services.periods import Periods
from cl_desktop.services.projects import Projects
from cl_desktop.ui import i18n, reasons
from cl_desktop.ui.forms.base import FormDialog
from cl_desktop.ui.forms.coordinates import CoordinatesMixin
from cl_desktop.ui.forms.custom import CustomFieldsPanel
from cl_desktop.ui.widgets import (
    CodeChecklist,
    CodeCombo,
    DateEdit,
    LocationPicker,
    NumberEdit,
    RecordCombo,
    field_value,
    set_field_value,
)

STATUS_COLOURS = {
    WorkStatus.HAZARDOUS: "#8b0000",
    WorkStatus.CHILD_LABOUR: "#b00020",
    WorkStatus.AT_RISK: "#8a5300",
    WorkStatus.NOT_AT_RISK: "#1b5e20",
}

HOUSEHOLD_NONE, HOUSEHOLD_EXISTING, HOUSEHOLD_NEW = "none", "existing", "new"
# Disabled and cleared while "The child works" is unticked (the service refuses them for such a child).
WORK_DETAILS = ("work_activities", "sector", "hours_per_week", "hazards")


def parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if len(text.strip()) == 10 else None
    except ValueError:
        return None


def yes_no_combo(yes: str, no: str) -> RecordCombo:
    """Yes, no, or not asked (blank)."""
    return RecordCombo([("1", yes), ("0", no)], empty="")


def parse_int(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


class ChildForm(CoordinatesMixin, FormDialog):
    kind = "child"
    table = "children"
    title = "Child intake"
    form_width = 1240
    form_height = 700

    def window_title(self) -> str:
        if self.record_id:
            return self.tr("Child record — edit")
        return self.tr("Child intake")

    def build(self) -> None:
        self.children_service = Children(self.ctx)
        self.locations = Locations(self.db)
        self.candidates: list[duplicates.Candidate] = []
        self.programmes = {p["id"]: p for p in Projects(self.ctx).programmes()}
        country = self.locations.office_country(self.ctx.office_code)

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.body_layout.addLayout(columns)

        g = self.section(self.tr("Child"), left)
        if self.record is not None:
            case = QLabel(self.record["case_number"])
            case.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            g.addWidget(QLabel(self.tr("Case number")), g.rowCount(), 0, Qt.AlignmentFlag.AlignRight)
            g.addWidget(case, g.rowCount() - 1, 1)
        self.add_field(g, "name", self.tr("&Name"), QLineEdit())
        self.field("name", QLineEdit).setPlaceholderText(self.tr("as written, in any script"))
        self.add_field(g, "name_latin", self.tr("Name in &Latin letters"), QLineEdit())
        sex = RecordCombo([("F", self.tr("Female")), ("M", self.tr("Male"))], empty="")
        self.add_field(g, "sex", self.tr("Se&x"), sex)
        birth = DateEdit()
        self.age_edit = NumberEdit(width=60)
        age_label = QLabel(self.tr("or &age (estimated)"))
        age_label.setBuddy(self.age_edit)
        self.add_field(
            g, "birth_date", self.tr("Date of &birth"), birth, display=self.row_of(birth, age_label, self.age_edit)
        )
        self.fields["age_estimated"] = self.age_edit
        self.age_edit.setObjectName("age_estimated")
        self.age_edit.setAccessibleName(self.tr("Age (estimated)"))
        self.focus_order.append(self.age_edit)
        self.error_labels["age_estimated"] = self.error_labels["birth_date"]
        self.add_field(g, "intake_date", self.tr("&Intake date"), DateEdit())
        programme = RecordCombo(
            sorted(((pid, f"{p['code']} — {p['title']}") for pid, p in self.programmes.items()), key=lambda c: c[1]),
            empty="",
            searchable=True,
        )
        self.add_field(g, "programme_id", self.tr("Action &programme"), programme)
        self.error_labels["project_id"] = self.error_labels["programme_id"]
        picker = LocationPicker(self.locations, self.lang, country_code=country)
        self.add_field(g, "location_id", self.tr("&Location"), picker, focus=False)
        self.focus_order += list(picker.combos.values())
        self.add_coordinates(g)

        g = self.section(self.tr("Household"), left)
        mode = RecordCombo(
            [
                (HOUSEHOLD_NONE, self.tr("Not recorded")),
                (HOUSEHOLD_EXISTING, self.tr("An existing household in the village")),
                (HOUSEHOLD_NEW, self.tr("A new household")),
            ]
        )
        self.add_field(g, "household_mode", self.tr("Hous&ehold"), mode)
        self.add_field(
            g, "head_relation", self.tr("Relationship to the head"), CodeCombo(self.refs, "head_relation", self.lang)
        )
        self.household_combo = RecordCombo(empty="", searchable=True)
        self.add_field(g, "household_id", self.tr("Existing household"), self.household_combo)
        self.new_household = QWidget()
        hg_layout = QVBoxLayout(self.new_household)
        hg_layout.setContentsMargins(0, 0, 0, 0)
        hg = self.section(self.tr("New household"), hg_layout)
        self.add_field(hg, "household.head_name", self.tr("Head of household"), QLineEdit())
        self.add_field(
            hg,
            "household.head_sex",
            self.tr("Head's sex"),
            RecordCombo([("F", self.tr("Female")), ("M", self.tr("Male"))], empty=""),
        )
        self.add_field(hg, "household.members", self.tr("Members"), NumberEdit())
        self.add_field(hg, "household.children_under_18", self.tr("Children under 18"), NumberEdit())
        self.add_field(
            hg,
            "household.poverty_markers",
            self.tr("Poverty markers"),
            CodeChecklist.for_list(self.refs, "poverty_marker", self.lang, rows=4),
        )
        # the new household's errors name its fields as this form labels them, in the user's language
        self.extra_labels.update({k: v for k, v in self.captions.items() if k.startswith("household.")})
        # the household's own extra fields, as the household form shows them, for the new household
        self.household_panel = CustomFieldsPanel(self, "household", hg_layout, prefix="household.", stored={})
        g.addWidget(self.new_household, g.rowCount(), 0, 1, 2)

        g = self.section(self.tr("Guardian and consent"), left)
        self.add_field(g, "guardian_name", self.tr("&Guardian"), QLineEdit())
        self.add_field(g, "guardian_relation", self.tr("Relation"), CodeCombo(self.refs, "relation", self.lang))
        self.add_field(g, "consent", self.tr("Consent"), QCheckBox(self.tr("The guardian gave informed &consent")))
        self.add_field(g, "consent_date", self.tr("Consent date"), DateEdit())

        g = self.section(self.tr("Work at intake"), right)
        self.add_field(g, "working", self.tr("Working"), QCheckBox(self.tr("The child &works")))
        self.add_field(g, "work_activities", self.tr("Activities"), QLineEdit())
        self.add_field(g, "sector", self.tr("Sec&tor"), CodeCombo(self.refs, "sector", self.lang))
        self.add_field(g, "hours_per_week", self.tr("&Hours per week"), NumberEdit())
        self.add_field(
            g,
            "hazards",
            self.tr("Ha&zardous conditions"),
            CodeChecklist.for_list(self.refs, "hazard", self.lang, rows=5),
        )
        self.add_field(g, "age_started_work", self.tr("Age started work"), NumberEdit())
        job = yes_no_combo(self.tr("Yes"), self.tr("No"))
        self.add_field(g, "job_to_return", self.tr("Has a job to return to"), job)
        self.add_field(g, "chores_hours_per_week", self.tr("Household &chores (hours a week)"), NumberEdit())
        self.add_field(
            g,
            "household_hazards",
            self.tr("Hazardous household tasks"),
            CodeChecklist.for_list(self.refs, "household_task", self.lang, rows=3),
        )

        g = self.section(self.tr("School and risk"), right)
        self.add_field(g, "school_status", self.tr("&School status"), CodeCombo(self.refs, "school_status", self.lang))
        self.add_field(
            g, "risk_factors", self.tr("&Risk factors"), CodeChecklist.for_list(self.refs, "risk_factor", self.lang)
        )
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(60)
        self.add_field(g, "notes", self.tr("N&otes"), notes)
        self.custom_panel = CustomFieldsPanel(self, "intake", right)
        programme.currentIndexChanged.connect(self._project_changed)
        right.addStretch(1)
        left.addStretch(1)

        self._build_side_panel()
        mode.currentIndexChanged.connect(self._household_mode_changed)
        picker.changed.connect(self._refresh_households)
        # The consent date follows the intake date until the clerk sets it.
        self.consent_follows_intake = True
        self.field("intake_date", DateEdit).textChanged.connect(self._intake_date_changed)
        self.field("consent_date", DateEdit).edited.connect(self._consent_date_set)
        self.field("working", QCheckBox).toggled.connect(self._working_changed)

    def _build_side_panel(self) -> None:
        self.side.show()
        heading = QLabel(self.tr("<b>Work status at intake</b>"))
        self.status_label = QLabel()
        self.status_label.setObjectName("classification")
        self.status_label.setWordWrap(True)
        self.status_label.setMinimumHeight(48)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.side_layout.addWidget(heading)
        self.side_layout.addWidget(self.status_label)
        self.side_layout.addSpacing(12)
        self.duplicate_heading = QLabel(self.tr("<b>Children who resemble this one</b>"))
        self.duplicate_hint = QLabel(
            self.tr("Filled name, sex, date of birth and village are compared with the children already registered.")
        )
        self.duplicate_hint.setWordWrap(True)
        self.duplicate_hint.setStyleSheet("color: #555;")
        self.duplicate_list = QListWidget()
        self.duplicate_list.setObjectName("duplicates")
        self.duplicate_list.setWordWrap(True)
        self.open_duplicate = QPushButton(self.tr("&Open the selected child"))
        self.open_duplicate.setAutoDefault(False)
        self.open_duplicate.setEnabled(False)
        self.different_child = QCheckBox(self.tr("This is a &different child"))
        self.different_child.setObjectName("different_child")
        self.different_child.setEnabled(False)
        for w in (self.duplicate_heading, self.duplicate_hint, self.duplicate_list, self.open_duplicate):
            self.side_layout.addWidget(w)
        self.side_layout.addWidget(self.different_child)
        self.side_layout.addStretch(1)
        # Narrower on a netbook, so the two columns of fields keep their width beside it; never narrower
        # than its buttons' texts (longer in Russian and Khmer).
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1366
        buttons = max(w.sizeHint().width() for w in (self.open_duplicate, self.different_child))
        margins = self.side_layout.contentsMargins()
        self.side.setFixedWidth(max(220, min(290, screen // 4), buttons + margins.left() + margins.right() + 4))
        self.open_duplicate.clicked.connect(self._open_candidate)
        self.duplicate_list.itemActivated.connect(lambda _i: self._open_candidate())
        self.duplicate_timer = QTimer(self)
        self.duplicate_timer.setSingleShot(True)
        self.duplicate_timer.setInterval(300)
        self.duplicate_timer.timeout.connect(self.check_duplicates)

    def _apply_tab_order(self) -> None:
        self.focus_order += [self.duplicate_list, self.open_duplicate, self.different_child]
        super()._apply_tab_order()

    # -- loading ---------------------------------------------------------------
    def fill(self, record: dict[str, Any]) -> None:
        super().fill(record)
        job = record.get("job_to_return")
        self.field("job_to_return", RecordCombo).set_value("" if job is None else str(int(job)))
        self.consent_follows_intake = record.get("consent_date") == record.get("intake_date")
        self._working_changed(bool(record.get("working")))
        self.field("location_id", LocationPicker).set_location(record.get("location_id"))
        self._refresh_households()
        if record.get("household_id"):
            self.field("household_mode", RecordCombo).set_value(HOUSEHOLD_EXISTING)
            self.household_combo.set_value(record["household_id"])
        self._household_mode_changed()

    def fill_preset(self, preset: dict[str, Any]) -> None:
        intake = preset.get("intake_date") or date.today().isoformat()
        preset = {"intake_date": intake, "consent_date": intake, **preset}
        super().fill_preset(preset)
        self.consent_follows_intake = preset["consent_date"] == preset["intake_date"]
        if len(self.programmes) == 1 and "programme_id" not in preset:
            self.field("programme_id", RecordCombo).set_value(next(iter(self.programmes)))
        self._household_mode_changed()
        self._working_changed(self.field("working", QCheckBox).isChecked())

    def next_preset(self) -> dict[str, Any]:
        """The next child of a round of intakes: same programme, village and intake date."""
        keep = ("programme_id", "location_id", "intake_date")
        values = {name: field_value(self.fields[name]) for name in keep}
        return {**self.preset, **{k: v for k, v in values.items() if v}}

    def after_load(self) -> None:
        self._project_changed()
        self.update_classification()

    def _project_changed(self, *_args: Any) -> None:
        """The project's extra fields follow the action programme chosen (its project's questions)."""
        if self._loading:
            return  # filled in once the record is loaded (after_load)
        programme = self.programmes.get(self.field("programme_id", RecordCombo).value())
        project = programme["project_id"] if programme else (self.record or {}).get("project_id")
        self.custom_panel.set_project(project)
        self.household_panel.set_project(project)

    def locked_reason(self) -> str:
        if self.record is None:
            return ""
        period = Periods(self.ctx).locked_period(self.record["project_id"], self.record["intake_date"])
        if not period:
            return ""
        return self.tr(
            "This child was registered in the approved reporting period {period}; the record is read-only. "
            "Headquarters can reopen the period."
        ).format(period=period)

    # -- linked fields ---------------------------------------------------------
    def _intake_date_changed(self, text: str) -> None:
        if self.consent_follows_intake:
            self.field("consent_date", DateEdit).setText(text)

    def _consent_date_set(self) -> None:
        self.consent_follows_intake = False

    def _working_changed(self, working: bool) -> None:
        """Skip logic: a child who does not work has no activities, sector, hours or hazards."""
        if self.read_only:
            return
        for name in WORK_DETAILS:
            widget = self.fields[name]
            if not working:
                set_field_value(widget, None)
            widget.setEnabled(working)

    # -- live panels -----------------------------------------------------------
    def on_change(self) -> None:
        self.update_classification()
        self.duplicate_timer.start()

    def _household_mode_changed(self, *_args: Any) -> None:
        mode = self.field("household_mode", RecordCombo).value()
        self.household_combo.setVisible(mode == HOUSEHOLD_EXISTING)
        caption = self._caption_of(self.household_combo)
        if caption is not None:
            caption.setVisible(mode == HOUSEHOLD_EXISTING)
        self.new_household.setVisible(mode == HOUSEHOLD_NEW)

    def _caption_of(self, widget: QWidget) -> QLabel | None:
        for label in self.findChildren(QLabel):
            if label.buddy() is widget:
                return label
        return None

    def _refresh_households(self) -> None:
        location = self.field("location_id", LocationPicker).location_id()
        rows = self.children_service.households_in(location) if location else []
        self.household_combo.set_choices(
            (
                h["id"],
                self.tr("{head} ({code}, {members} members)").format(
                    head=h["head_name"], code=h["code"], members=i18n.number(h["members"])
                ),
            )
            for h in rows
        )

    def current_age(self) -> int | None:
        intake = self.field("intake_date", DateEdit).date()
        birth = self.field("birth_date", DateEdit).date()
        if birth and intake:
            return age_on(birth, intake)
        if not self.field("birth_date", DateEdit).text().strip():
            return parse_int(self.age_edit.text())
        return None

    def update_classification(self) -> None:
        age = self.current_age()
        programme = self.programmes.get(self.field("programme_id", RecordCombo).value())
        hours = parse_int(self.field("hours_per_week", QLineEdit).text()) or 0
        if age is None:
            self.status_label.setText(self.tr("Type the date of birth (or the age) and the intake date."))
            self.status_label.setStyleSheet("color: #555;")
            return
        thresholds = self.children_service.thresholds(programme["project_id"]) if programme else None
        working = self.field("working", QCheckBox).isChecked()
        kwargs: dict[str, Any] = {
            "working": working,
            "hours_per_week": hours if working else 0,
            "hazards": self.field("hazards", CodeChecklist).codes(),
            "risk_factors": self.field("risk_factors", CodeChecklist).codes(),
            "chores_hours": parse_int(self.field("chores_hours_per_week", QLineEdit).text()) or 0,
        }
        if thresholds is not None:
            kwargs["thresholds"] = thresholds
        result = classify_work(age, **kwargs)
        assert result.value is not None  # the work rule always gives a status (only outcomes may give none)
        status = WorkStatus(result.value)
        labels = self.refs.labels("work_status", self.lang)
        reason = reasons.explain(result, self.lang, self.refs.labels)
        self.status_label.setText(f"<b>{labels.get(status.value, status.value)}</b><br>{reason}")
        self.status_label.setStyleSheet(f"color: {STATUS_COLOURS[status]};")

    def check_duplicates(self) -> None:
        self.duplicate_timer.stop()
        name = self.field("name", QLineEdit).text().strip()
        sex = self.field("sex", RecordCombo).value()
        birth = self.field("birth_date", DateEdit).date()
        estimated = bool(self.record and self.record.get("birth_date_estimated"))
        if birth is None and not self.field("birth_date", DateEdit).text().strip():
            # only an age: the child is looked for around the birth date it gives (an estimate)
            age, intake = parse_int(self.age_edit.text()), self.field("intake_date", DateEdit).date()
            if age is not None and intake is not None and 0 <= age <= MAX_ESTIMATED_AGE:
                birth, estimated = estimated_birth_date(age, intake), True
        location = self.field("location_id", LocationPicker).location_id()
        found: list[duplicates.Candidate] = []
        if name and sex:  # wherever and whenever the child was registered: the place only weighs
            found = duplicates.candidates(
                self.db,
                name=name,
                sex=sex,
                birth_date=birth.isoformat() if birth else None,
                birth_date_estimated=estimated,
                location_id=location or None,
                name_latin=self.field("name_latin", QLineEdit).text().strip(),
                exclude_id=self.record_id,
            )
        if [c.child_id for c in found] != [c.child_id for c in self.candidates]:
            self.different_child.setChecked(False)
        self.candidates = found
        self.duplicate_list.clear()
        for c in found:
            item = QListWidgetItem(
                f"{c.case_number} · {c.name}\n{c.birth_date or '?'} · {c.village}\n"
                f"{reasons_text(c.reasons, self.lang, i18n.number)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, c.child_id)
            self.duplicate_list.addItem(item)
        if found:
            self.duplicate_list.setCurrentRow(0)
            heading = self.tr("<b>Registered children who resemble this one: %n</b>", "", len(found))
            self.duplicate_heading.setText(heading)
            self.duplicate_heading.setStyleSheet("color: #b00020;")
        else:
            self.duplicate_heading.setText(self.tr("<b>Children who resemble this one</b>"))
            self.duplicate_heading.setStyleSheet("")
        self.open_duplicate.setEnabled(bool(found))
        self.different_child.setEnabled(bool(found))

    def _open_candidate(self) -> None:
        item = self.duplicate_list.currentItem()
        if item is None:
            return
        from cl_desktop.ui.record.child_view import open_child_record

        open_child_record(self.ctx, self.bus, str(item.data(Qt.ItemDataRole.UserRole)), self)

    # -- saving ----------------------------------------------------------------
    def confirm_save(self) -> bool:
        self.check_duplicates()
        if self.candidates and not self.different_child.isChecked():
            return self.ask(
                self.tr(
                    "Registered children who resemble this one: %n. Open them to check, or tick "
                    "“This is a different child”. Save as a new child anyway?",
                    "",
                    len(self.candidates),
                )
            )
        return True

    def values(self) -> dict[str, Any]:
        raw = super().values()
        self.local_errors: list[FieldError] = []
        child = {
            k: v
            for k, v in raw.items()
            if not k.startswith("household.") and k not in ("age_estimated", "household_mode")
        }
        programme = self.programmes.get(raw["programme_id"])
        child["project_id"] = programme["project_id"] if programme else ""
        child["birth_date_estimated"] = False
        age_text = raw["age_estimated"].strip()
        if age_text and not raw["birth_date"].strip():
            age = parse_int(age_text)
            intake = parse_day(raw["intake_date"])
            if age is None or not 0 <= age <= MAX_ESTIMATED_AGE:
                self.local_errors.append(FieldError("age_estimated", "bad_number", {"value": age_text}))
            elif intake is not None:
                child["birth_date"] = estimated_birth_date(age, intake).isoformat()
                child["birth_date_estimated"] = True
        elif self.record and self.record.get("birth_date_estimated") and raw["birth_date"] == self.record["birth_date"]:
            child["birth_date_estimated"] = True
        mode = raw["household_mode"]
        child["household_id"] = raw["household_id"] if mode == HOUSEHOLD_EXISTING else ""
        household = None
        if mode == HOUSEHOLD_NEW:
            household = {k.split(".", 1)[1]: v for k, v in raw.items() if k.startswith("household.")}
            household.update(
                location_id=child["location_id"],
                programme_id=child["programme_id"],
                registered_on=child["intake_date"],
                head_name_latin="",
            )
        return {"child": child, "household": household}

    def saved_notice(self) -> tuple[str, str, str, str] | None:
        saved = self.saved or {}
        child = saved.get("child", saved) if isinstance(saved, dict) else {}
        if not child.get("id"):
            return None
        case, name = str(child.get("case_number") or ""), str(child.get("name") or "")
        text = (
            self.tr("Saved {name}, case number {case}.")
            if self.record_id
            else self.tr("Registered {name}: the case number is {case}.")
        ).format(name=name, case=case)
        return ("children", str(child["id"]), case, text)

    def check(self, values: dict[str, Any]) -> None:
        child, household = values["child"], values["household"]
        errors: list[FieldError] = list(self.local_errors)
        try:
            if household is not None:
                self.children_service.validate_household(household)
        except Invalid as exc:
            errors += [FieldError(f"household.{e.field}", e.code, e.params) for e in exc.field_errors]
        try:
            self.children_service.validate(
                {**child, "household_id": "" if household is not None else child["household_id"]}
            )
        except Invalid as exc:
            local = {e.field for e in self.local_errors}
            errors += [e for e in exc.field_errors if not (local and e.field == "birth_date")]
        if errors:
            raise Invalid(errors, {**LABELS, **self.extra_labels})

    def save(self, values: dict[str, Any]) -> list[str]:
        child, household = values["child"], values["household"]
        if self.local_errors:
            errors = list(self.local_errors)
            try:
                self.children_service.validate(child)
            except Invalid as exc:
                errors += [e for e in exc.field_errors if e.field != "birth_date"]
            raise Invalid(errors, {**LABELS, "age_estimated": self.tr("Age (estimated)")})
        tables = ["children"]
        if self.record_id is None:
            if household is not None:
                self.saved = self.children_service.register_with_household(child, household)
                tables.append("households")
            else:
                self.saved = self.children_service.register(child)
        else:
            if household is not None:
                self.saved = self.children_service.update_with_household(
                    self.record_id, child, household, base_version=self.base_version()
                )
                tables.append("households")
            else:
                self.saved = self.children_service.update(self.record_id, child, base_version=self.base_version())
        from cl_desktop.ui.recent import remember

        remember(self.ctx, str(self.saved["id"]))
        return tables
