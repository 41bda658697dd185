"""Projects, their results frameworks, action programmes, activities and narratives."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from cl_desktop.domain.referrals import DEFAULT_SERVICE_DAYS
from cl_desktop.domain.validation import Checker
from cl_desktop.errors import KnownError, NotFound, RefusedInput
from cl_desktop.figures.current import writing
from cl_desktop.figures.derived import recompute_derived
from cl_desktop.services.context import Context
from cl_desktop.services.periods import Periods
from cl_desktop.services.reference import ReferenceLists
from cl_desktop.store import records

Rows = list[dict[str, Any]]
TARGET_FIELDS = ("target_withdrawn_f", "target_withdrawn_m", "target_prevented_f", "target_prevented_m")


class Projects:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.db = ctx.db
        self.ref = ReferenceLists(ctx.db)
        self.periods = Periods(ctx)

    # -- projects --------------------------------------------------------
    def list(self) -> Rows:
        return list(self.db.query("SELECT * FROM projects WHERE deleted = 0 ORDER BY start_date"))

    def get(self, project_id: str) -> dict[str, Any]:
        return records.get_row(self.db, "projects", project_id)

    def by_code(self, code: str) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM projects WHERE code = ? AND deleted = 0", [code]))
        if not rows:
            raise NotFound(f"There is no project {code}.")
        return rows[0]

    def validate_project(self, values: Mapping[str, Any]) -> dict[str, Any]:
        c = Checker(values, PROJECT_LABELS)
        c.text("code", required=True, maximum=40)
        c.text("title", required=True, maximum=500)
        for name in (
            "short_title",
            "region",
            "donor",
            "grantee",
            "grant_number",
            "fiscal_year",
            "currency",
            "problem",
            "results_text",
            "development_objective",
            "implementing_partners_text",
            "contact",
        ):
            c.text(name)
        c.amount("funding_amount")
        start = c.date("start_date", required=True, allow_future=True)
        end = c.date("end_date", required=True, allow_future=True)
        c.not_before("end_date", end, "start_date", start)
        for name in TARGET_FIELDS:
            c.integer(name, default=0)
        for name, default, low, high in (
            ("min_work_age", 5, 0, 17),
            ("light_work_max_age", 14, 5, 17),
            ("light_work_max_hours", 14, 0, 168),
            ("max_hours_under_18", 40, 0, 168),
            ("withdrawn_months", 3, 1, 24),
            ("attendance_threshold", 75, 0, 100),
            ("period_start_month", 10, 1, 12),
        ):
            c.integer(name, default=default, minimum=low, maximum=high)
        # POC4 counts the children of compulsory school age: up to this age at intake
        c.integer("school_age_max", default=14, minimum=5, maximum=18)
        # an accepted referral is overdue this many days after acceptance without its service
        c.integer("referral_service_days", default=DEFAULT_SERVICE_DAYS, minimum=1, maximum=365)
        # the recipient's identifiers on the TPR cover sheet: DUNS (9 digits, maybe dashed or with +4), SAM.gov UEI
        c.text("duns", maximum=13)
        c.clean["uei"] = c.text("uei", maximum=12).upper()
        # the project summary marks a closed project's title and revised dates, as the donor's summaries do
        c.boolean("closed")
        c.boolean("dates_revised")
        # household chores count as work above this many hours a week, at these ages; blank: they do not count
        c.integer("chores_max_hours", maximum=168)
        youngest = c.integer("chores_min_age", default=5, maximum=17)
        oldest = c.integer("chores_max_age", default=14, maximum=17)
        if youngest is not None and oldest is not None and oldest < youngest:
            c.fail("chores_max_age", "out_of_range", minimum=youngest, maximum=17, value=oldest)
        for name in ("countries", "intermediate_objectives", "activities_summary"):
            value = values.get(name, [])
            c.clean[name] = value if isinstance(value, str) else json.dumps(list(value), ensure_ascii=False)
        return c.finish()

    def create(self, values: Mapping[str, Any], *, with_periods: bool = True) -> dict[str, Any]:
        self.ctx.require("project.write")
        clean = self.validate_project(values)
        with writing(self.db):
            if self.db.execute("SELECT 1 FROM projects WHERE code = ?", [clean["code"]]).fetchone():
                raise RefusedInput(f"A project with code {clean['code']} already exists.")
            row = records.insert(self.db, "projects", clean, self.ctx.author())
            if with_periods:
                self.periods.create_for_project(row)
        return row

    def update(
        self,
        project_id: str,
        values: Mapping[str, Any],
        *,
        base_version: int | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> dict[str, Any]:
        """Save the project; a change of a rule setting re-derives its children's statuses in the same
        transaction (``progress`` is told the rows done and may raise to stop: nothing is saved then)."""
        self.ctx.require("project.write")
        existing = self.get(project_id)
        clean = self.validate_project({**existing, **values})
        changes = {k: v for k, v in clean.items() if k in values}
        rules_changed = any(k in RULE_SETTINGS and existing.get(k) != v for k, v in changes.items())
        with writing(self.db):  # a new attendance threshold: who attends regularly, the figures again
            row = records.update(self.db, "projects", project_id, changes, self.ctx.author(), base_version=base_version)
            if rules_changed:  # the work status of the project's children and visits, then their outcomes
                children = [r[0] for r in self.db.execute("SELECT id FROM children WHERE project_id = ?", [project_id])]
                visits = [
                    r[0]
                    for r in self.db.execute(
                        "SELECT f.id FROM follow_ups f JOIN children c ON c.id = f.child_id WHERE c.project_id = ?",
                        [project_id],
                    )
                ]
                recompute_derived(self.db, children, visits, progress=progress)
        return row

    def rules_change(self, project_id: str, values: Mapping[str, Any]) -> bool:
        """Whether saving ``values`` changes a rule setting (and so re-derives every child of the project)."""
        existing = self.get(project_id)
        try:
            clean = self.validate_project({**existing, **values})
        except KnownError:
            return False  # the save says what is wrong
        return any(k in RULE_SETTINGS and k in values and existing.get(k) != clean.get(k) for k in clean)

    def add_location(self, project_id: str, location_id: str) -> None:
        self.ctx.require("project.write")
        records.insert(
            self.db, "project_locations", {"project_id": project_id, "location_id": location_id}, self.ctx.author()
        )

    def add_organisation(self, project_id: str, organisation_id: str, role: str, note: str = "") -> None:
        self.ctx.require("project.write")
        if role not in self.ref.codes("organisation_role"):
            raise RefusedInput(f"Unknown organisation role {role}.")
        records.insert(
            self.db,
            "project_organisations",
            {"project_id": project_id, "organisation_id": organisation_id, "role": role, "note": note},
            self.ctx.author(),
        )

    def organisations(self, project_id: str, role: str | None = None) -> Rows:
        sql = (
            "SELECT o.*, po.role, po.note FROM project_organisations po JOIN organisations o "
            "ON o.id = po.organisation_id WHERE po.project_id = ? AND po.deleted = 0"
        )
        args: list[Any] = [project_id]
        if role:
            sql += " AND po.role = ?"
            args.append(role)
        return list(self.db.query(sql + " ORDER BY po.rowid", args))

    def provinces(self, project_id: str) -> Rows:
        return list(
            self.db.query(
                "SELECT l.* FROM project_locations pl JOIN locations l ON l.id = pl.location_id "
                "WHERE pl.project_id = ? AND pl.deleted = 0 ORDER BY pl.rowid",
                [project_id],
            )
        )

    # -- results framework ----------------------------------------------
    def add_result(self, project_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        self.ctx.require("indicator.write")
        c = Checker(values)
        c.choice("level", ("objective", "outcome", "output"), required=True)
        c.text("code", required=True, maximum=40)
        c.text("title", required=True)
        c.text("parent_id")
        c.integer("sort", default=0)
        clean = c.finish()
        clean["parent_id"] = clean.get("parent_id") or None
        return records.insert(self.db, "results", {**clean, "project_id": project_id}, self.ctx.author())

    def validate_indicator(self, values: Mapping[str, Any]) -> dict[str, Any]:
        c = Checker(values, INDICATOR_LABELS)
        c.text("code", required=True, maximum=40)
        c.text("title", required=True)
        unit = c.choice("unit", ("count", "percent", "deliverable", "text"), default="count")
        c.text("result_id")
        c.text("common_code")
        for name in ("baseline_value", "target_value", "actual_value"):
            if c.raw(name) is None:
                c.clean[name] = None
            else:
                c.amount(name)
                if unit == "percent" and (c.clean.get(name) or 0) > 100:
                    c.fail(name, "too_large", maximum=100)
        c.integer("baseline_year", minimum=1990, maximum=2100)
        for name in ("baseline_text", "target_text", "actual_text", "means_of_verification", "disaggregation"):
            c.text(name)
        c.date("due_date", allow_future=True)
        c.integer("sort", default=0)
        clean = c.finish()
        clean["result_id"] = clean.get("result_id") or None
        clean["common_code"] = clean.get("common_code") or None
        return clean

    def add_indicator(self, project_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        self.ctx.require("indicator.write")
        return records.insert(
            self.db, "indicators", {**self.validate_indicator(values), "project_id": project_id}, self.ctx.author()
        )

    def update_indicator(
        self, indicator_id: str, values: Mapping[str, Any], *, base_version: int | None = None
    ) -> dict[str, Any]:
        self.ctx.require("indicator.write")
        existing = records.get_row(self.db, "indicators", indicator_id)
        clean = self.validate_indicator({**existing, **values})
        return records.update(
            self.db,
            "indicators",
            indicator_id,
            {k: v for k, v in clean.items() if k in values},
            self.ctx.author(),
            base_version=base_version,
        )

    def set_indicator_target(
        self, indicator_id: str, period_id: str | None, values: Mapping[str, Any]
    ) -> dict[str, Any]:
        self.ctx.require("indicator.write")
        c = Checker(values)
        for name in ("target_value", "actual_value"):
            if c.raw(name) is None:
                c.clean[name] = None
            else:
                c.amount(name)
        c.text("target_text")
        c.text("actual_text")
        clean = c.finish()
        existing = self.db.execute(
            "SELECT id FROM indicator_targets WHERE indicator_id = ? AND period_id IS ? AND deleted = 0",
            [indicator_id, period_id],
        ).fetchone()
        if existing:
            return records.update(self.db, "indicator_targets", existing[0], clean, self.ctx.author())
        return records.insert(
            self.db,
            "indicator_targets",
            {**clean, "indicator_id": indicator_id, "period_id": period_id},
            self.ctx.author(),
        )

    def results_framework(self, project_id: str) -> Rows:
        """Results (objective → outcome → output) in tree order, each with its indicators."""
        results = list(
            self.db.query(
                "SELECT * FROM results WHERE project_id = ? AND deleted = 0 ORDER BY sort, code", [project_id]
            )
        )
        indicators = list(
            self.db.query(
                "SELECT * FROM indicators WHERE project_id = ? AND deleted = 0 ORDER BY sort, code", [project_id]
            )
        )
        by_result: dict[str | None, list[dict[str, Any]]] = {}
        for ind in indicators:
            by_result.setdefault(ind["result_id"], []).append(ind)
        children: dict[str | None, list[dict[str, Any]]] = {}
        for r in results:
            children.setdefault(r["parent_id"], []).append(r)
        ordered: list[dict[str, Any]] = []

        def walk(parent: str | None, depth: int) -> None:
            for r in children.get(parent, []):
                ordered.append({**r, "depth": depth, "indicators": by_result.get(r["id"], [])})
                walk(r["id"], depth + 1)

        walk(None, 0)
        if by_result.get(None):
            ordered.append(
                {"id": None, "level": "objective", "code": "", "title": "", "depth": 0, "indicators": by_result[None]}
            )
        return ordered

    # -- action programmes -----------------------------------------------
    def programmes(self, project_id: str | None = None) -> Rows:
        if project_id:
            return list(
                self.db.query(
                    "SELECT * FROM action_programmes WHERE project_id = ? AND deleted = 0 ORDER BY code", [project_id]
                )
            )
        return list(self.db.query("SELECT * FROM action_programmes WHERE deleted = 0 ORDER BY code"))

    def programme_by_code(self, code: str) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM action_programmes WHERE code = ? AND deleted = 0", [code]))
        if not rows:
            raise NotFound(f"There is no action programme {code}.")
        return rows[0]

    def validate_programme(self, values: Mapping[str, Any]) -> dict[str, Any]:
        c = Checker(values, PROGRAMME_LABELS)
        c.text("code", required=True, maximum=40)
        c.text("title", required=True, maximum=500)
        project_id = c.text("project_id", required=True)
        c.text("partner_id")
        c.codes("strategy", self.ref.codes("strategy"))
        c.codes("sectors", self.ref.codes("sector"))
        start = c.date("start_date", required=True, allow_future=True)
        end = c.date("end_date", required=True, allow_future=True)
        c.not_before("end_date", end, "start_date", start)
        budget = c.amount("budget")
        spent = c.amount("expenditure")
        if spent > budget > 0:
            c.fail("expenditure", "too_large", maximum=f"{budget:,.0f}")
        c.text("currency")
        c.clean["currency"] = c.clean["currency"] or "USD"
        for name in TARGET_FIELDS:
            c.integer(name, default=0)
        c.choice("status", self.ref.codes("programme_status"), default="active")
        if project_id:
            rows = list(self.db.query("SELECT start_date, end_date FROM projects WHERE id = ?", [project_id]))
            if not rows:
                c.fail("project_id", "not_found", value=project_id)
            elif start and end:
                if start.isoformat() < rows[0]["start_date"]:
                    c.fail("start_date", "before", other="the project's start", other_value=rows[0]["start_date"])
                if end.isoformat() > rows[0]["end_date"]:
                    c.fail("end_date", "after", other="the project's end", other_value=rows[0]["end_date"])
        clean = c.finish()
        clean["partner_id"] = clean.get("partner_id") or None
        return clean

    def create_programme(self, values: Mapping[str, Any], location_ids: Sequence[str] | None = None) -> dict[str, Any]:
        self.ctx.require("programme.write")
        clean = self.validate_programme(values)
        with writing(self.db):
            if self.db.execute("SELECT 1 FROM action_programmes WHERE code = ?", [clean["code"]]).fetchone():
                raise RefusedInput(f"An action programme with code {clean['code']} already exists.")
            row = records.insert(self.db, "action_programmes", clean, self.ctx.author())
            for location_id in location_ids or []:
                records.insert(
                    self.db,
                    "programme_locations",
                    {"programme_id": row["id"], "location_id": location_id},
                    self.ctx.author(),
                )
        return row

    def update_programme(
        self, programme_id: str, values: Mapping[str, Any], *, base_version: int | None = None
    ) -> dict[str, Any]:
        self.ctx.require("programme.write")
        existing = records.get_row(self.db, "action_programmes", programme_id)
        clean = self.validate_programme({**existing, **values})
        with writing(self.db):  # L1 counts a household for the project of its programmes
            return records.update(
                self.db,
                "action_programmes",
                programme_id,
                {k: v for k, v in clean.items() if k in values},
                self.ctx.author(),
                base_version=base_version,
            )

    def programme_locations(self, programme_id: str) -> Rows:
        return list(
            self.db.query(
                "SELECT l.* FROM programme_locations pl JOIN locations l ON l.id = pl.location_id "
                "WHERE pl.programme_id = ? AND pl.deleted = 0",
                [programme_id],
            )
        )

    # -- activities and narratives -----------------------------------------
    def validate_activity(self, project_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        c = Checker(values, ACTIVITY_LABELS)
        c.choice("kind", self.ref.codes("activity_kind"), required=True)
        c.text("title", required=True, maximum=500)
        start = c.date("start_date", required=True)
        end = c.date("end_date", allow_future=True)
        c.not_before("end_date", end, "start_date", start)
        c.text("programme_id")
        c.text("location_id")
        c.integer("participants_f", default=0, maximum=1_000_000)
        c.integer("participants_m", default=0, maximum=1_000_000)
        c.text("output")
        self.periods.check_unlocked(c, project_id, "start_date", start)
        clean = c.finish()
        clean["programme_id"] = clean.get("programme_id") or None
        clean["location_id"] = clean.get("location_id") or None
        return clean

    def record_activity(self, project_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        self.ctx.require("activity.write")
        clean = self.validate_activity(project_id, values)
        return records.insert(self.db, "activities", {**clean, "project_id": project_id}, self.ctx.author())

    def activities(self, project_id: str) -> Rows:
        return list(
            self.db.query(
                "SELECT * FROM activities WHERE project_id = ? AND deleted = 0 ORDER BY start_date", [project_id]
            )
        )

    def save_narrative(self, period_id: str, section: str, body: str, language: str = "en") -> dict[str, Any]:
        self.ctx.require("narrative.write")
        period = self.periods.get(period_id)
        if period["status"] == "approved":
            raise RefusedInput(f"Period {period['code']} is approved; its narrative is locked.")
        if section not in self.ref.codes("narrative_section"):
            raise RefusedInput(f"Unknown narrative section {section}.")
        existing = self.db.execute(
            "SELECT id FROM narratives WHERE period_id = ? AND section = ? AND language = ? AND deleted = 0",
            [period_id, section, language],
        ).fetchone()
        if existing:
            return records.update(self.db, "narratives", existing[0], {"body": body}, self.ctx.author())
        return records.insert(
            self.db,
            "narratives",
            {
                "project_id": period["project_id"],
                "period_id": period_id,
                "section": section,
                "language": language,
                "body": body,
            },
            self.ctx.author(),
        )

    def narratives(self, period_id: str, language: str | None = None) -> dict[str, str]:
        sql = "SELECT section, body, language FROM narratives WHERE period_id = ? AND deleted = 0"
        rows = list(self.db.query(sql, [period_id]))
        chosen: dict[str, str] = {}
        for r in rows:
            if r["language"] == language or r["section"] not in chosen:
                chosen[r["section"]] = r["body"]
        return chosen


# The settings the work-status rule reads (``domain.rules.Thresholds``): a change re-derives the statuses.
RULE_SETTINGS = frozenset(
    {
        "min_work_age",
        "light_work_max_age",
        "light_work_max_hours",
        "max_hours_under_18",
        "chores_max_hours",
        "chores_min_age",
        "chores_max_age",
    }
)

PROJECT_LABELS = {
    "code": "Project code",
    "title": "Title",
    "start_date": "Start date",
    "end_date": "End date",
    "funding_amount": "Funding",
    "chores_max_hours": "Household chores counted as work above (hours per week)",
    "chores_min_age": "Chores counted from age",
    "chores_max_age": "Chores counted up to age",
    "school_age_max": "Compulsory school age up to",
    "referral_service_days": "Days an accepted referral may wait for its service",
    "duns": "DUNS number",
    "uei": "Unique entity identifier (UEI)",
}
INDICATOR_LABELS = {
    "code": "Indicator code",
    "title": "Indicator",
    "baseline_value": "Baseline",
    "target_value": "Target",
    "actual_value": "Actual",
    "due_date": "Due date",
}
PROGRAMME_LABELS = {
    "code": "Programme code",
    "title": "Title",
    "project_id": "Project",
    "start_date": "Start date",
    "end_date": "End date",
    "budget": "Budget",
    "expenditure": "Expenditure",
}
ACTIVITY_LABELS = {
    "kind": "Kind",
    "title": "Title",
    "start_date": "Start date",
    "end_date": "End date",
    "participants_f": "Participants (women and girls)",
    "participants_m": "Participants (men and boys)",
}
