"""Children, households, services and follow-up visits: what a clerk records all day."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from cl_desktop.domain.custom_fields import check_values
from cl_desktop.domain.rules import (
    Explained,
    Thresholds,
    age_on,
    classify_work,
)
from cl_desktop.domain.validation import (
    Checker,
    FieldError,
    Invalid,
    check_intake_age,
    check_within,
    refuse_work_details,
)
from cl_desktop.errors import NotFound, RefusedInput
from cl_desktop.figures import child_file, duplicate_queue
from cl_desktop.figures.current import writing
from cl_desktop.services.context import Context
from cl_desktop.services.custom_fields import definitions, given_values
from cl_desktop.services.periods import Periods
from cl_desktop.services.reference import ReferenceLists, case_number_of_alias, has_alias
from cl_desktop.store import records

SEXES = ("F", "M")


class Children:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.db = ctx.db
        self.ref = ReferenceLists(ctx.db)
        self.periods = Periods(ctx)
        # None: each child saved is compared for duplicates at once; a list: collected for the caller to
        # compare together (a spreadsheet import, after its last row)
        self.compared_later: list[str] | None = None

    # -- reading ---------------------------------------------------------
    def get(self, child_id: str) -> dict[str, Any]:
        return records.get_row(self.db, "children", child_id)

    def transferred_to(self, child_id: str) -> dict[str, Any] | None:
        """The transfer of this child away from this office, if any: the child is then read-only here."""
        rows = list(
            self.db.query(
                "SELECT * FROM transfers WHERE child_id = ? AND from_office = ? AND deleted = 0 "
                "ORDER BY created_at DESC LIMIT 1",
                [child_id, self.ctx.office_code],
            )
        )
        return rows[0] if rows and not self.ctx.is_hq else None

    def _editable(self, child_id: str) -> None:
        moved = self.transferred_to(child_id)
        if moved is not None:
            raise RefusedInput(
                f"The child {moved['case_number']} was transferred to {moved['to_office']} on "
                f"{moved['transferred_on']}; the record is read-only here."
            )

    def by_case(self, case_number: str) -> dict[str, Any]:
        number = case_number_of_alias(self.db, case_number) or case_number.strip().upper()
        rows = list(self.db.query("SELECT * FROM children WHERE case_number = ? AND deleted = 0", [number]))
        if not rows:
            raise NotFound(f"There is no child with case number {case_number}.")
        return rows[0]

    def services_of(self, child_id: str) -> list[dict[str, Any]]:
        return list(
            self.db.query("SELECT * FROM services WHERE child_id = ? AND deleted = 0 ORDER BY start_date", [child_id])
        )

    def follow_ups_of(self, child_id: str) -> list[dict[str, Any]]:
        return list(
            self.db.query("SELECT * FROM follow_ups WHERE child_id = ? AND deleted = 0 ORDER BY visit_date", [child_id])
        )

    def thresholds(self, project_id: str) -> Thresholds:
        return Thresholds.from_project(records.get_row(self.db, "projects", project_id))

    def classification(self, child: Mapping[str, Any]) -> Explained:
        """The intake work status with its reason, e.g. 'child labour: age 12, 30 h/week' (as the profile prints it)."""
        return child_file.classification(self.db, child)

    def explain_outcome(self, child: Mapping[str, Any]) -> Explained:
        """Withdrawn / prevented / in progress with the rule that produced it (as the profile prints it)."""
        return child_file.outcome(self.db, child)

    # -- writing ---------------------------------------------------------
    def _participant_fields(self, c: Checker) -> int:
        """Household chores (hours a week, 0-168) and hazardous household tasks, at intake and each visit."""
        c.codes("household_hazards", self.ref.codes("household_task"))
        return c.integer("chores_hours_per_week", default=0, maximum=168) or 0

    def _custom(
        self,
        c: Checker,
        form: str,
        project_id: str | None,
        values: Mapping[str, Any],
        existing: Mapping[str, Any] | None,
    ) -> None:
        """The project's extra fields of ``form``: validated into ``c`` and their JSON object into ``c.clean``."""
        stored = (existing or {}).get("custom")
        if existing is not None and values.get("custom") == stored:
            values = {k: v for k, v in values.items() if k != "custom"}  # the stored object, merged back in
        given = given_values(values)
        if given is None and existing is not None:
            c.clean["custom"] = stored if stored is not None else "{}"  # not edited: kept as it is
            return
        fields = definitions(self.db, project_id, form)
        c.clean["custom"] = check_values(c, fields, given, stored, record={**(existing or {}), **c.clean})
        for f in fields:
            c.labels.setdefault(f.key, f.label())

    def validate(self, values: Mapping[str, Any], *, existing: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Check an intake form; returns clean values including derived columns."""
        merged = {**(existing or {}), **values}
        c = Checker(merged, LABELS)
        c.text("name", required=True, maximum=200)
        c.text("name_latin", maximum=200)
        c.choice("sex", SEXES, required=True)
        project_id = c.text("project_id", required=True)
        programme_id = c.text("programme_id", required=True)
        c.text("household_id")
        c.text("location_id", required=True)
        intake = c.date("intake_date", required=True)
        birth = c.date("birth_date", required=True)
        c.boolean("birth_date_estimated")
        c.text("guardian_name", required=True, maximum=200)
        c.choice("guardian_relation", self.ref.codes("relation"), required=True)
        consent = c.boolean("consent")
        if not consent:
            c.fail("consent", "required")
        consent_date = c.date("consent_date", required=True)
        c.not_after("consent_date", consent_date, "intake_date", intake)
        working = c.boolean("working")
        c.text("work_activities", maximum=2000)
        sector = c.choice("sector", ["", *self.ref.codes("sector")])
        hours = c.integer("hours_per_week", default=0, maximum=168) or 0
        hazards = c.codes("hazards", self.ref.codes("hazard"))
        c.integer("age_started_work", maximum=17)
        c.choice("school_status", self.ref.codes("school_status"), required=True)
        risks = c.codes("risk_factors", self.ref.codes("risk_factor"))
        chores = self._participant_fields(c)
        c.optional_boolean("job_to_return")
        c.choice("head_relation", ["", *self.ref.codes("head_relation")])
        c.decimal("latitude", minimum=-90, maximum=90)
        c.decimal("longitude", minimum=-180, maximum=180)
        c.text("notes")
        self._custom(c, "intake", project_id, values, existing)
        if working and not sector:
            c.fail("sector", "required")
        if not working:
            details = {"work_activities": c.clean.get("work_activities"), "sector": sector}
            refuse_work_details(c, {**details, "hours_per_week": hours, "hazards": hazards})
            c.clean["hours_per_week"] = hours = 0
        age = check_intake_age(c, birth, intake)
        if project_id and programme_id:
            programme = self._programme(c, programme_id, project_id)
            if programme:
                check_within(c, "intake_date", intake, programme["start_date"], programme["end_date"])
            self.periods.check_unlocked(c, project_id, "intake_date", intake)
            if existing and existing.get("intake_date") != c.clean.get("intake_date"):
                self.periods.check_unlocked(c, project_id, "intake_date", existing.get("intake_date"))
        location_id = c.clean.get("location_id")
        if location_id and not self.db.execute("SELECT 1 FROM locations WHERE id = ?", [location_id]).fetchone():
            c.fail("location_id", "not_found", value=location_id)
        clean = c.finish()
        assert age is not None
        status = classify_work(
            age,
            working=working,
            hours_per_week=hours,
            hazards=hazards,
            risk_factors=risks,
            thresholds=self.thresholds(project_id),
            chores_hours=chores,
        )
        clean.update(
            work_status=str(status.value),
            age_at_intake=age,
            province_id=self._province_of(str(location_id)),
            household_id=clean.get("household_id") or None,
        )
        return clean

    def _compare(self, child_ids: list[str]) -> None:
        """Keep the pairs awaiting review counted: the child is looked up as the intake form does, at once,
        or with the others of a bulk import after its last row (``compared_later``)."""
        if self.compared_later is not None:
            self.compared_later.extend(child_ids)
        else:  # only this child: others waiting (changed outside the forms) are left to an import or the full check
            duplicate_queue.check_children(self.db, child_ids, with_pending=False)

    def register(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Intake: validate, give a case number, save, derive the status."""
        self.ctx.require("child.write")
        clean = self.validate(values)
        with writing(self.db):
            clean["case_number"] = (values.get("case_number") or "").strip().upper() or self.next_case_number(
                clean["location_id"]
            )
            if self.db.execute("SELECT 1 FROM children WHERE case_number = ?", [clean["case_number"]]).fetchone():
                raise Invalid([FieldError("case_number", "duplicate", {"value": clean["case_number"]})], LABELS)
            derived = {k: clean.pop(k) for k in ("work_status", "age_at_intake")}
            row = records.insert(self.db, "children", clean, self.ctx.author())
            records.set_derived(self.db, "children", row["id"], derived)
            self._compare([row["id"]])
        return self.get(row["id"])

    def update(self, child_id: str, values: Mapping[str, Any], *, base_version: int | None = None) -> dict[str, Any]:
        self.ctx.require("child.write")
        self._editable(child_id)
        existing = self.get(child_id)
        clean = self.validate(values, existing=existing)
        derived = {k: clean.pop(k) for k in ("work_status", "age_at_intake")}
        changes = {k: v for k, v in clean.items() if k in values or k in ("province_id", "custom")}
        with writing(self.db):
            records.update(self.db, "children", child_id, changes, self.ctx.author(), base_version=base_version)
            records.set_derived(self.db, "children", child_id, derived)
            if duplicate_queue.waiting(self.db, child_id):  # a compared column changed
                self._compare([child_id])
        return self.get(child_id)

    def delete(self, child_id: str, reason: str) -> None:
        self.ctx.require("child.write")
        self._editable(child_id)
        child = self.get(child_id)
        if self.periods.locked_period(child["project_id"], child["intake_date"]):
            raise RefusedInput("This child was registered in an approved reporting period; it is locked.")
        with writing(self.db):
            records.delete(self.db, "children", child_id, self.ctx.author(), reason=reason)

    def case_prefix(self, location_id: str) -> str:
        """Whose series a new case number belongs to.

        Each office numbers its children under its own office code (``KH-PNP-000123`` for the
        Phnom Penh office), unique across offices, so two offices in one province never hand
        out the same number between syncs. Headquarters, which registers few children itself,
        numbers them under the province with an HQ mark (``KH-PNP-HQ-000007``).
        """
        if not self.ctx.is_hq and self.ctx.office_code:
            return self.ctx.office_code.upper()
        province = self._province_of(location_id)
        row = self.db.execute(
            "SELECT country_code, abbrev, code FROM locations WHERE id = ?", [province or location_id]
        ).fetchone()
        return f"{row[0]}-{row[1] or row[2].split('-')[-1]}-HQ" if row else "HQ"

    def next_case_number(self, location_id: str) -> str:
        """The next free number in this database's series (see ``case_prefix``)."""
        prefix = self.case_prefix(location_id)
        with self.db.atomic():
            last = self.db.execute("SELECT last FROM case_counters WHERE prefix = ?", [prefix]).fetchone()
            number = last[0] if last else 0
            while True:
                number += 1
                candidate = f"{prefix}-{number:06d}"
                if not self.db.execute("SELECT 1 FROM children WHERE case_number = ?", [candidate]).fetchone():
                    break
            self.db.execute(
                "INSERT INTO case_counters(prefix, last) VALUES (?, ?) "
                "ON CONFLICT(prefix) DO UPDATE SET last = excluded.last",
                [prefix, number],
            )
        return candidate

    def _province_of(self, location_id: str) -> str | None:
        row = self.db.execute(
            """WITH RECURSIVE up(id, parent_id, level) AS (
                 SELECT id, parent_id, level FROM locations WHERE id = ?
                 UNION ALL SELECT l.id, l.parent_id, l.level FROM locations l JOIN up ON l.id = up.parent_id)
               SELECT id FROM up WHERE level = 'province'""",
            [location_id],
        ).fetchone()
        return str(row[0]) if row else None

    def _programme(self, c: Checker, programme_id: str, project_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM action_programmes WHERE id = ? AND deleted = 0", [programme_id]))
        if not rows:
            c.fail("programme_id", "not_found", value=programme_id)
            return None
        if rows[0]["project_id"] != project_id:
            c.fail("programme_id", "choice", choices="the project's action programmes")
        return rows[0]

    # -- households ------------------------------------------------------
    def register_household(self, values: Mapping[str, Any]) -> dict[str, Any]:
        self.ctx.require("household.write")
        clean = self.validate_household(values)
        with writing(self.db):
            if not clean.get("code"):
                clean["code"] = self._next_household_code()
            return records.insert(self.db, "households", clean, self.ctx.author())

    def update_household(
        self, household_id: str, values: Mapping[str, Any], *, base_version: int | None = None
    ) -> dict[str, Any]:
        self.ctx.require("household.write")
        existing = records.get_row(self.db, "households", household_id)
        clean = self.validate_household({**existing, **values}, existing=existing)
        changes = {k: v for k, v in clean.items() if k in values or k == "custom"}
        with writing(self.db):
            row = records.update(
                self.db, "households", household_id, changes, self.ctx.author(), base_version=base_version
            )
        return row

    def validate_household(
        self, values: Mapping[str, Any], *, existing: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        c = Checker(values, LABELS)
        c.text("code", maximum=40)
        c.text("head_name", required=True, maximum=200)
        c.text("head_name_latin", maximum=200)
        c.choice("head_sex", ("", *SEXES))
        c.text("programme_id")
        c.text("location_id", required=True)
        members = c.integer("members", default=1, minimum=1, maximum=60)
        under = c.integer("children_under_18", default=0, maximum=60)
        if members is not None and under is not None and under > members:
            c.fail("children_under_18", "too_large", maximum=members)
        c.codes("poverty_markers", self.ref.codes("poverty_marker"))
        c.codes("income_sources", self.ref.codes("income_source"))
        c.text("address", maximum=500)
        c.date("registered_on", required=True)
        self._custom(c, "household", self._project_of_programme(c.clean.get("programme_id")), values, existing)
        clean = c.finish()
        clean["programme_id"] = clean.get("programme_id") or None
        return clean

    def _next_household_code(self) -> str:
        prefix = f"HH-{self.ctx.office_code}"
        row = self.db.execute("SELECT last FROM case_counters WHERE prefix = ?", [prefix]).fetchone()
        number = (row[0] if row else 0) + 1
        while self.db.execute("SELECT 1 FROM households WHERE code = ?", [f"{prefix}-{number:06d}"]).fetchone():
            number += 1
        self.db.execute(
            "INSERT INTO case_counters(prefix, last) VALUES (?, ?) "
            "ON CONFLICT(prefix) DO UPDATE SET last = excluded.last",
            [prefix, number],
        )
        return f"{prefix}-{number:06d}"

    def register_with_household(
        self, child_values: Mapping[str, Any], household_values: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Intake with a new household: both saved in one transaction, or neither.

        Both are validated first so the form can show every field error of both at once.
        """
        self.ctx.require("child.write")
        self.ctx.require("household.write")
        errors: list[FieldError] = []
        try:
            self.validate_household(household_values)
        except Invalid as exc:
            errors += [FieldError(f"household.{e.field}", e.code, e.params) for e in exc.field_errors]
        try:
            self.validate({**child_values, "household_id": ""})
        except Invalid as exc:
            errors += exc.field_errors
        if errors:
            raise Invalid(errors, {**LABELS, **self._household_labels(household_values)})
        with writing(self.db):
            household = self.register_household(household_values)
            return self.register({**child_values, "household_id": household["id"]})

    def update_with_household(
        self,
        child_id: str,
        child_values: Mapping[str, Any],
        household_values: Mapping[str, Any],
        *,
        base_version: int | None = None,
    ) -> dict[str, Any]:
        """Edit a child and attach a new household in one transaction."""
        self.ctx.require("household.write")
        try:
            self.validate_household(household_values)
        except Invalid as exc:
            labels = self._household_labels(household_values)
            errors = [FieldError(f"household.{e.field}", e.code, e.params) for e in exc.field_errors]
            raise Invalid(errors, labels) from exc
        with writing(self.db):
            household = self.register_household(household_values)
            return self.update(child_id, {**child_values, "household_id": household["id"]}, base_version=base_version)

    def households_in(self, location_id: str, limit: int = 500) -> list[dict[str, Any]]:
        """Households of one village, for the intake form's household picker."""
        return list(
            self.db.query(
                "SELECT * FROM households WHERE location_id = ? AND deleted = 0 ORDER BY head_name LIMIT ?",
                [location_id, limit],
            )
        )

    def household(self, household_id: str) -> dict[str, Any]:
        return records.get_row(self.db, "households", household_id)

    def search_households(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        """Households whose head's name or code starts with ``text``, with their village."""
        text = text.strip()
        if not text:
            return []
        pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return list(
            self.db.query(
                "SELECT h.*, coalesce(l.name_en, '') AS village FROM households h "
                "LEFT JOIN locations l ON l.id = h.location_id WHERE h.deleted = 0 AND "
                "(h.head_name LIKE ? ESCAPE '\\' OR h.head_name_latin LIKE ? ESCAPE '\\' OR h.code LIKE ? ESCAPE '\\') "
                "ORDER BY h.head_name LIMIT ?",
                [pattern, pattern, pattern.upper(), limit],
            )
        )

    def history(self, child_id: str) -> list[dict[str, Any]]:
        """The audit entries of a child's record, oldest first."""
        return records.history(self.db, "children", child_id)

    def search(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        """Children whose name (any script), Latin name, case number or village contains ``text``."""
        text = text.strip()
        if not text:
            return []
        if has_alias(self.db, text):  # a former case number: its child, and the child numbered so now
            former = list(
                self.db.query(
                    "SELECT c.id, c.case_number, c.name, c.name_latin, c.sex, c.birth_date, "
                    "coalesce(l.name_en, '') AS village FROM children c LEFT JOIN locations l ON l.id = c.location_id "
                    "WHERE c.deleted = 0 AND (c.case_number = ? OR c.id IN "
                    "(SELECT child_id FROM case_aliases WHERE case_number = ? AND deleted = 0)) ORDER BY c.name",
                    [text.upper(), text.upper()],
                )
            )
            return former[:limit]
        columns = "c.id, c.case_number, c.name, c.name_latin, c.sex, c.birth_date, coalesce(l.name_en, '') AS village"
        if len(text) >= 3:
            sql = (
                f"SELECT {columns} FROM children_fts f JOIN children c ON c.rowid = f.rowid "
                "LEFT JOIN locations l ON l.id = c.location_id "
                "WHERE children_fts MATCH ? AND c.deleted = 0 ORDER BY c.name LIMIT ?"
            )
            return list(self.db.query(sql, ['"' + text.replace('"', '""') + '"', limit]))
        pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql = (
            f"SELECT {columns} FROM children c LEFT JOIN locations l ON l.id = c.location_id "
            "WHERE c.deleted = 0 AND (c.name LIKE ? ESCAPE '\\' OR c.name_latin LIKE ? ESCAPE '\\' "
            "OR c.case_number LIKE ? ESCAPE '\\') ORDER BY c.name LIMIT ?"
        )
        return list(self.db.query(sql, [pattern, pattern, pattern, limit]))

    # -- services --------------------------------------------------------
    def record_services(self, values: Mapping[str, Any], child_ids: Iterable[str]) -> list[dict[str, Any]]:
        """One service for one or many children (a whole class receiving uniforms): one transaction."""
        self.ctx.require("service.write")
        ids = list(dict.fromkeys(child_ids))
        c = Checker(values, LABELS)
        if not ids:
            c.fail("children", "no_children")
        clean = self._validate_service(c)
        children = [self.get(i) for i in ids]
        for child in children:
            self.periods.check_unlocked(c, child["project_id"], "start_date", clean.get("start_date"))
        projects = {child["project_id"] for child in children}
        projects = projects or {self._project_of_programme(clean.get("programme_id"))}
        self._custom(c, "service", next(iter(projects)) if len(projects) == 1 else None, values, None)
        clean = c.finish()
        with writing(self.db):
            rows = [
                records.insert(
                    self.db,
                    "services",
                    {
                        **clean,
                        "child_id": child["id"],
                        "programme_id": clean.get("programme_id") or child["programme_id"],
                    },
                    self.ctx.author(),
                )
                for child in children
            ]
        return rows

    def record_household_service(self, values: Mapping[str, Any], household_ids: Iterable[str]) -> list[dict[str, Any]]:
        """Livelihood services for households (L1)."""
        self.ctx.require("service.write")
        ids = list(dict.fromkeys(household_ids))
        c = Checker(values, LABELS)
        if not ids:
            c.fail("households", "no_children")
        clean = self._validate_service(c)
        self._custom(c, "service", self._project_of_programme(clean.get("programme_id")), values, None)
        clean = c.finish()
        with writing(self.db):
            rows = [records.insert(self.db, "services", {**clean, "household_id": h}, self.ctx.author()) for h in ids]
        return rows

    def _validate_service(self, c: Checker) -> dict[str, Any]:
        kind = c.choice("service_type", self.ref.codes("service_type"), required=True)
        # a livelihood service's kind splits L1; other services have none
        livelihood = c.choice("livelihood_kind", self.ref.codes("livelihood_kind"))
        c.clean["livelihood_kind"] = livelihood if kind == "livelihood" else ""
        start = c.date("start_date", required=True)
        end = c.date("end_date", allow_future=True)
        c.not_before("end_date", end, "start_date", start)
        c.text("provider", maximum=200)
        c.text("notes")
        programme_id = c.text("programme_id")
        if programme_id:
            rows = list(self.db.query("SELECT * FROM action_programmes WHERE id = ?", [programme_id]))
            if rows:
                check_within(c, "start_date", start, rows[0]["start_date"], rows[0]["end_date"])
            else:
                c.fail("programme_id", "not_found", value=programme_id)
        c.clean["programme_id"] = programme_id or None
        return c.clean

    def update_service(
        self, service_id: str, values: Mapping[str, Any], *, base_version: int | None = None
    ) -> dict[str, Any]:
        self.ctx.require("service.write")
        existing = records.get_row(self.db, "services", service_id)
        c = Checker({**existing, **values}, LABELS)
        self._validate_service(c)
        project_id = self._project_of_service(existing)
        self._custom(c, "service", project_id, values, existing)
        if project_id:
            self.periods.check_unlocked(c, project_id, "start_date", existing["start_date"])
            self.periods.check_unlocked(c, project_id, "start_date", c.clean.get("start_date"))
        clean = c.finish()
        with writing(self.db):
            row = records.update(
                self.db,
                "services",
                service_id,
                {k: v for k, v in clean.items() if k in values or k == "custom"},
                self.ctx.author(),
                base_version=base_version,
            )
        return row

    def delete_service(self, service_id: str, reason: str) -> None:
        self.ctx.require("service.write")
        existing = records.get_row(self.db, "services", service_id)
        project_id = self._project_of_service(existing)
        if project_id and self.periods.locked_period(project_id, existing["start_date"]):
            raise RefusedInput("This service falls in an approved reporting period; it is locked.")
        with writing(self.db):
            records.delete(self.db, "services", service_id, self.ctx.author(), reason=reason)

    def _household_labels(self, household_values: Mapping[str, Any]) -> dict[str, str]:
        """Names of a household's fields inside the intake (``household.``), its project's extra fields too."""
        project = self._project_of_programme(household_values.get("programme_id"))
        extra = {f"household.{f.key}": f.label("en") for f in definitions(self.db, project, "household")}
        return {**{f"household.{k}": v for k, v in LABELS.items()}, **extra}

    def _project_of_programme(self, programme_id: Any) -> str | None:
        if not programme_id:
            return None
        row = self.db.execute("SELECT project_id FROM action_programmes WHERE id = ?", [programme_id]).fetchone()
        return str(row[0]) if row else None

    def _project_of_service(self, service: Mapping[str, Any]) -> str | None:
        if service.get("child_id"):
            return str(self.get(service["child_id"])["project_id"])
        if service.get("programme_id"):
            return str(records.get_row(self.db, "action_programmes", service["programme_id"])["project_id"])
        return None

    # -- follow-ups ------------------------------------------------------
    def validate_follow_up(
        self, child: Mapping[str, Any], values: Mapping[str, Any], *, existing: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        c = Checker(values, LABELS)
        visit = c.date("visit_date", required=True)
        c.not_before("visit_date", visit, "intake_date", date.fromisoformat(child["intake_date"]))
        working = c.boolean("working")
        hours = c.integer("hours_per_week", default=0, maximum=168) or 0
        hazards = c.codes("hazards", self.ref.codes("hazard"))
        chores = self._participant_fields(c)
        c.choice("school_status", self.ref.codes("school_status"), required=True)
        c.integer("attendance_percent", maximum=100)
        c.text("visited_by", required=True, maximum=200)
        c.decimal("latitude", minimum=-90, maximum=90)
        c.decimal("longitude", minimum=-180, maximum=180)
        c.text("notes")
        self._custom(c, "followup", child["project_id"], values, existing)
        if not working:
            refuse_work_details(c, {"hours_per_week": hours, "hazards": hazards})
        self.periods.check_unlocked(c, child["project_id"], "visit_date", visit)
        clean = c.finish()
        if not working:
            clean["hours_per_week"] = hours = 0
        assert visit is not None
        age = age_on(date.fromisoformat(child["birth_date"]), visit)
        status = classify_work(
            age,
            working=working,
            hours_per_week=hours,
            hazards=hazards,
            thresholds=self.thresholds(child["project_id"]),
            chores_hours=chores,
        )
        clean["work_status"] = str(status.value)
        return clean

    def record_follow_up(self, child_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        self.ctx.require("followup.write")
        self._editable(child_id)
        child = self.get(child_id)
        clean = self.validate_follow_up(child, values)
        status = clean.pop("work_status")
        with writing(self.db):
            row = records.insert(self.db, "follow_ups", {**clean, "child_id": child_id}, self.ctx.author())
            records.set_derived(self.db, "follow_ups", row["id"], {"work_status": status})
        return records.get_row(self.db, "follow_ups", row["id"])

    def update_follow_up(
        self, follow_up_id: str, values: Mapping[str, Any], *, base_version: int | None = None
    ) -> dict[str, Any]:
        self.ctx.require("followup.write")
        existing = records.get_row(self.db, "follow_ups", follow_up_id)
        child = self.get(existing["child_id"])
        if self.periods.locked_period(child["project_id"], existing["visit_date"]):
            raise RefusedInput("This visit falls in an approved reporting period; it is locked.")
        clean = self.validate_follow_up(child, {**existing, **values}, existing=existing)
        status = clean.pop("work_status")
        with writing(self.db):
            records.update(
                self.db,
                "follow_ups",
                follow_up_id,
                {k: v for k, v in clean.items() if k in values or k == "custom"},
                self.ctx.author(),
                base_version=base_version,
            )
            records.set_derived(self.db, "follow_ups", follow_up_id, {"work_status": status})
        return records.get_row(self.db, "follow_ups", follow_up_id)

    def delete_follow_up(self, follow_up_id: str, reason: str) -> None:
        self.ctx.require("followup.write")
        existing = records.get_row(self.db, "follow_ups", follow_up_id)
        child = self.get(existing["child_id"])
        if self.periods.locked_period(child["project_id"], existing["visit_date"]):
            raise RefusedInput("This visit falls in an approved reporting period; it is locked.")
        with writing(self.db):
            records.delete(self.db, "follow_ups", follow_up_id, self.ctx.author(), reason=reason)


LABELS = {
    "name": "Name",
    "name_latin": "Name in Latin letters",
    "sex": "Sex",
    "project_id": "Project",
    "programme_id": "Action programme",
    "household_id": "Household",
    "location_id": "Village",
    "intake_date": "Intake date",
    "birth_date": "Date of birth",
    "guardian_name": "Guardian",
    "guardian_relation": "Guardian's relation",
    "consent": "Consent",
    "consent_date": "Consent date",
    "sector": "Sector",
    "hours_per_week": "Hours per week",
    "hazards": "Hazardous conditions",
    "age_started_work": "Age started work",
    "school_status": "School status",
    "risk_factors": "Risk factors",
    "case_number": "Case number",
    "head_name": "Head of household",
    "members": "Members",
    "children_under_18": "Children under 18",
    "registered_on": "Registration date",
    "service_type": "Service type",
    "livelihood_kind": "Kind of livelihood support",
    "start_date": "Start date",
    "end_date": "End date",
    "visit_date": "Visit date",
    "visited_by": "Visited by",
    "attendance_percent": "School attendance (%)",
    "children": "Children",
    "households": "Households",
    "chores_hours_per_week": "Household chores (hours per week)",
    "household_hazards": "Hazardous household tasks",
    "job_to_return": "Has a job to return to",
    "head_relation": "Relationship to the household head",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "income_sources": "Income sources",
}
