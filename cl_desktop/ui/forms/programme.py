"""Projects and their action programmes: dates, money, targets by sex, coverage."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from cl_desktop.errors import KnownError
from cl_desktop.services.directory import Organisations
from cl_desktop.services.locations import Locations, display_name
from cl_desktop.services.projects import Projects
from cl_desktop.ui.forms.base import FormDialog
from cl_desktop.ui.widgets import CodeChecklist, CodeCombo, DateEdit, NumberEdit, RecordCombo

TARGETS = (
    ("target_withdrawn_f", "target_withdrawn_m"),
    ("target_prevented_f", "target_prevented_m"),
)


class TargetsMixin(FormDialog):
    def add_targets(self, title: str) -> None:
        """Withdrawn and prevented targets as a small girls/boys grid."""
        g = self.section(title)
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Girls")), 0, 1)
        grid.addWidget(QLabel(self.tr("Boys")), 0, 2)
        for row, (label, names) in enumerate(zip((self.tr("Withdrawn"), self.tr("Prevented")), TARGETS, strict=True)):
            grid.addWidget(QLabel(label), row + 1, 0)
            for col, name in enumerate(names):
                edit = NumberEdit()
                edit.setObjectName(name)
                edit.setAccessibleName(f"{label} ({'girls' if name.endswith('_f') else 'boys'})")
                grid.addWidget(edit, row + 1, col + 1)
                self.fields[name] = edit
                self.focus_order.append(edit)
        grid.setColumnStretch(3, 1)
        g.addWidget(holder, 0, 0, 1, 2)
        for name in (n for pair in TARGETS for n in pair):
            self.add_error_label(name, g)


class ProgrammeForm(TargetsMixin):
    kind = "programme"
    table = "action_programmes"
    title = "Action programme"
    form_width = 780
    form_height = 700

    def window_title(self) -> str:
        return self.tr("Action programme — edit") if self.record_id else self.tr("New action programme")

    def build(self) -> None:
        self.projects = Projects(self.ctx)
        self.locations = Locations(self.db)
        g = self.section(self.tr("Action programme"))
        projects = [(p["id"], f"{p['code']} — {p['title']}") for p in self.projects.list()]
        self.add_field(g, "project_id", self.tr("Pro&ject"), RecordCombo(projects, empty=""))
        self.add_field(g, "code", self.tr("&Code"), QLineEdit())
        self.add_field(g, "title", self.tr("&Title"), QLineEdit())
        partners = [
            (o["id"], f"{o['name']} ({o['acronym']})" if o["acronym"] else o["name"])
            for o in Organisations(self.ctx).list()
        ]
        self.add_field(
            g, "partner_id", self.tr("Implementing &partner"), RecordCombo(partners, empty="", searchable=True)
        )
        self.add_field(g, "status", self.tr("St&atus"), CodeCombo(self.refs, "programme_status", self.lang, empty=None))
        self.add_field(g, "start_date", self.tr("&Start date"), DateEdit())
        self.add_field(g, "end_date", self.tr("&End date"), DateEdit())
        g = self.section(self.tr("Focus and coverage"))
        self.add_field(g, "strategy", self.tr("Strate&gy"), CodeChecklist.for_list(self.refs, "strategy", self.lang))
        self.add_field(
            g, "sectors", self.tr("Sect&ors"), CodeChecklist.for_list(self.refs, "sector", self.lang, rows=6)
        )
        provinces = [
            (p["id"], f"{display_name(p, self.lang)} ({c['code']})")
            for c in self.locations.countries()
            for p in sorted(self.locations.children_of(c["id"]), key=lambda r: display_name(r, self.lang))
        ]
        self.add_field(g, "provinces", self.tr("Pro&vinces covered"), CodeChecklist(provinces, rows=6))
        g = self.section(self.tr("Budget"))
        self.add_field(g, "budget", self.tr("&Budget"), NumberEdit(width=140))
        self.add_field(g, "expenditure", self.tr("Expendit&ure"), NumberEdit(width=140))
        self.add_field(g, "currency", self.tr("Curre&ncy"), QLineEdit())
        self.fields["currency"].setMaximumWidth(80)
        self.add_targets(self.tr("Targets"))

    def fill(self, record: dict[str, Any]) -> None:
        super().fill(record)
        provinces = [r["id"] for r in self.projects.programme_locations(record["id"])]
        self.field("provinces", CodeChecklist).set_codes(provinces)

    def fill_preset(self, preset: dict[str, Any]) -> None:
        projects = self.projects.list()
        only = {"project_id": projects[0]["id"]} if len(projects) == 1 else {}
        super().fill_preset({"currency": "USD", "status": "active", **only, **preset})

    def after_load(self) -> None:
        if self.record is not None:
            # coverage is set when the programme is created; edits of it go through headquarters
            self.field("provinces", CodeChecklist).setEnabled(False)

    def check(self, values: dict[str, Any]) -> None:
        self.projects.validate_programme({k: v for k, v in values.items() if k != "provinces"})

    def save(self, values: dict[str, Any]) -> list[str]:
        provinces = values.pop("provinces")
        if self.record_id:
            self.saved = self.projects.update_programme(self.record_id, values, base_version=self.base_version())
        else:
            self.saved = self.projects.create_programme(values, provinces)
        return ["action_programmes"]

    def refused_field(self, exc: KnownError) -> str | None:
        return "code" if "code" in str(exc) else None


class ProjectForm(TargetsMixin):
    kind = "project"
    table = "projects"
    title = "Project"
    form_width = 820
    form_height = 700

    def window_title(self) -> str:
        return self.tr("Project — edit") if self.record_id else self.tr("New project")

    def build(self) -> None:
        self.projects = Projects(self.ctx)
        g = self.section(self.tr("Project"))
        self.add_field(g, "code", self.tr("&Code"), QLineEdit())
        self.add_field(g, "title", self.tr("&Title"), QLineEdit())
        self.add_field(g, "short_title", self.tr("S&hort title"), QLineEdit())
        self.add_field(g, "region", self.tr("&Region / country"), QLineEdit())
        self.add_field(g, "start_date", self.tr("&Start date"), DateEdit())
        self.add_field(g, "end_date", self.tr("&End date"), DateEdit())
        # the project summary marks both, as the donor's summaries do
        self.add_field(g, "closed", self.tr("Closed"), QCheckBox(self.tr("The project is c&losed")))
        revised = QCheckBox(self.tr("The project's dates were re&vised"))
        self.add_field(g, "dates_revised", self.tr("Revised dates"), revised)
        g = self.section(self.tr("Funding"))
        self.add_field(g, "donor", self.tr("&Donor"), QLineEdit())
        self.add_field(g, "grantee", self.tr("&Grantee"), QLineEdit())
        self.add_field(g, "grant_number", self.tr("Grant n&umber"), QLineEdit())
        # the TPR cover sheet prints the DUNS number before 4 April 2022 and SAM.gov's UEI from then on
        self.add_field(g, "duns", self.tr("DU&NS number"), QLineEdit())
        self.add_field(g, "uei", self.tr("Unique entity &identifier (UEI)"), QLineEdit())
        self.add_field(g, "funding_amount", self.tr("&Funding"), NumberEdit(width=160))
        self.add_field(g, "currency", self.tr("Currenc&y"), QLineEdit())
        self.fields["currency"].setMaximumWidth(80)
        self.add_field(g, "fiscal_year", self.tr("Fiscal year"), QLineEdit())
        g = self.section(self.tr("Objectives"))
        for name, label in (
            ("problem", self.tr("Problem")),
            ("development_objective", self.tr("Development objective")),
            ("implementing_partners_text", self.tr("Implementing partners")),
            ("contact", self.tr("Contact")),
        ):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
            self.add_field(g, name, label, edit)
        self.add_targets(self.tr("Targets"))
        g = self.section(self.tr("Rule thresholds"))
        for name, label in (
            ("light_work_max_age", self.tr("Light work: highest age")),
            ("light_work_max_hours", self.tr("Light work: most hours per week")),
            ("max_hours_under_18", self.tr("Most hours per week under 18")),
            ("withdrawn_months", self.tr("Months without child labour to count as withdrawn")),
            ("attendance_threshold", self.tr("Regular attendance (%)")),
            ("period_start_month", self.tr("First month of a reporting period")),
            ("school_age_max", self.tr("Compulsory school age up to (POC4)")),
            ("chores_max_hours", self.tr("Household chores count as work above (hours a week; blank: never)")),
            ("chores_min_age", self.tr("Chores counted from age")),
            ("chores_max_age", self.tr("Chores counted up to age")),
            ("referral_service_days", self.tr("Days an accepted referral may wait for its service")),
        ):
            self.add_field(g, name, label, NumberEdit())

    def fill_preset(self, preset: dict[str, Any]) -> None:
        defaults = {
            "currency": "USD",
            "light_work_max_age": "14",
            "light_work_max_hours": "14",
            "max_hours_under_18": "40",
            "withdrawn_months": "3",
            "attendance_threshold": "75",
            "period_start_month": "10",
            "school_age_max": "14",
            "chores_min_age": "5",
            "chores_max_age": "14",
            "referral_service_days": "30",
        }
        super().fill_preset({**defaults, **preset})

    def check(self, values: dict[str, Any]) -> None:
        self.projects.validate_project(values)

    def save(self, values: dict[str, Any]) -> list[str]:
        if self.record_id and self.projects.rules_change(self.record_id, values):
            self.saved = self.update_with_progress(values)
            return ["projects", "reporting_periods", "children", "follow_ups"]
        if self.record_id:
            self.saved = self.projects.update(self.record_id, values, base_version=self.base_version())
        else:
            self.saved = self.projects.create(values)
        return ["projects", "reporting_periods"]

    def update_with_progress(self, values: dict[str, Any]) -> dict[str, Any]:
        """A new rule setting re-derives every child of the project: off the GUI thread, on a connection of
        its own, with progress and Cancel (the one transaction is rolled back: nothing saved)."""
        from PySide6.QtCore import QEventLoop

        from cl_desktop.errors import RefusedInput
        from cl_desktop.services.context import Context
        from cl_desktop.services.sync import database_path
        from cl_desktop.store import open_database
        from cl_desktop.ui.tasks import Job, Tasks

        record_id, base, actor = self.record_id, self.base_version(), self.ctx.actor
        assert record_id is not None
        path = database_path(self.ctx)
        text = self.tr("Working out every child's status again with the new rules…")

        def work(job: Job) -> dict[str, Any]:
            def progress(done: int, total: int) -> None:
                job.check()
                job.progress(done, total, text)

            if path is None:  # an in-memory database has only the one connection
                return Projects(self.ctx).update(record_id, values, base_version=base, progress=progress)
            db = open_database(path, create=False, migrate=False)
            try:
                return Projects(Context(db, actor)).update(record_id, values, base_version=base, progress=progress)
            finally:
                db.close()

        loop = QEventLoop(self)
        tasks: Tasks | None = getattr(self, "tasks", None)  # the window's runner when one was handed in
        if tasks is None:
            tasks = Tasks(self)
        task = tasks.run(self.tr("Saving the project's rules"), work, on_failure=lambda _exc: None)
        if not task.finished:
            task.done.connect(loop.quit)
            loop.exec()  # the window stays responsive; the progress dialog holds this form
        if task.was_cancelled:
            raise RefusedInput(self.tr("Cancelled: nothing was saved; the statuses stay as they were."))
        if task.error is not None:
            raise task.error
        return dict(task.result)

    def refused_field(self, exc: KnownError) -> str | None:
        return "code" if "code" in str(exc) else None
