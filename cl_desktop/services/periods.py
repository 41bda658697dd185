"""Reporting periods: Draft → Submitted → Approved; an approved period is locked."""

from __future__ import annotations

from datetime import date
from typing import Any

from cl_desktop.domain.rules import periods_between
from cl_desktop.domain.validation import Checker
from cl_desktop.errors import NotFound, RefusedInput
from cl_desktop.figures import approved
from cl_desktop.ids import utc_now
from cl_desktop.services.context import Context
from cl_desktop.store import records

Rows = list[dict[str, Any]]


class Periods:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.db = ctx.db

    def list(self, project_id: str) -> Rows:
        return list(
            self.db.query(
                "SELECT * FROM reporting_periods WHERE project_id = ? AND deleted = 0 ORDER BY start_date", [project_id]
            )
        )

    def get(self, period_id: str) -> dict[str, Any]:
        return records.get_row(self.db, "reporting_periods", period_id)

    def find(self, project_id: str, code: str) -> dict[str, Any]:
        rows = list(
            self.db.query(
                "SELECT * FROM reporting_periods WHERE project_id = ? AND code = ? AND deleted = 0", [project_id, code]
            )
        )
        if not rows:
            raise NotFound(f"The project has no reporting period {code}.")
        return rows[0]

    def containing(self, project_id: str, day: date | str) -> dict[str, Any] | None:
        rows = list(
            self.db.query(
                "SELECT * FROM reporting_periods WHERE project_id = ? AND deleted = 0 "
                "AND start_date <= ? AND end_date >= ?",
                [project_id, str(day), str(day)],
            )
        )
        return rows[0] if rows else None

    def latest_closed(self, project_id: str, today: date | None = None) -> dict[str, Any] | None:
        """The most recent period that has ended (or the last one, for closed projects)."""
        today = today or date.today()
        rows = list(
            self.db.query(
                "SELECT * FROM reporting_periods WHERE project_id = ? AND deleted = 0 AND end_date <= ? "
                "ORDER BY end_date DESC LIMIT 1",
                [project_id, today.isoformat()],
            )
        )
        return rows[0] if rows else None

    def default(self, project_id: str, today: date | None = None) -> dict[str, Any] | None:
        """The period a screen opens on, the one a report prints when none is named: the period of today
        for a running project, else the latest with records or a narrative (``reports.data.default_period``),
        so a finished project does not open on an empty period after it ended."""
        from cl_desktop.reports.data import default_period

        project = records.get_row(self.db, "projects", project_id)
        return default_period(self.db, project, today)

    def create_for_project(self, project: dict[str, Any]) -> int:
        """Create the semi-annual periods spanning the project; returns how many were added."""
        self.ctx.require("project.write")
        existing = {p["code"] for p in self.list(project["id"])}
        spans = periods_between(
            date.fromisoformat(project["start_date"]),
            date.fromisoformat(project["end_date"]),
            int(project.get("period_start_month") or 10),
        )
        added = 0
        with self.db.atomic():
            for span in spans:
                if span.code in existing:
                    continue
                records.insert(
                    self.db,
                    "reporting_periods",
                    {
                        "project_id": project["id"],
                        "code": span.code,
                        "start_date": span.start.isoformat(),
                        "end_date": span.end.isoformat(),
                        "status": "draft",
                    },
                    self.ctx.author(),
                )
                added += 1
        return added

    def create(self, project_id: str, values: dict[str, Any]) -> dict[str, Any]:
        self.ctx.require("project.write")
        c = Checker(values)
        code = c.text("code", required=True, maximum=20)
        start = c.date("start_date", required=True, allow_future=True)
        end = c.date("end_date", required=True, allow_future=True)
        c.not_before("end_date", end, "start_date", start)
        clean = c.finish()
        if any(p["code"] == code for p in self.list(project_id)):
            raise RefusedInput(f"The project already has a reporting period {code}.")
        return records.insert(
            self.db, "reporting_periods", {**clean, "project_id": project_id, "status": "draft"}, self.ctx.author()
        )

    def submit(self, period_id: str) -> dict[str, Any]:
        self.ctx.require("period.submit")
        period = self.get(period_id)
        if period["status"] != "draft":
            raise RefusedInput(f"Period {period['code']} is {period['status']}; only a draft can be submitted.")
        return records.update(
            self.db,
            "reporting_periods",
            period_id,
            {"status": "submitted", "submitted_at": utc_now(), "submitted_by": self.ctx.actor.username},
            self.ctx.author(),
        )

    def approve(self, period_id: str) -> dict[str, Any]:
        self.ctx.require("period.approve")
        period = self.get(period_id)
        if period["status"] != "submitted":
            raise RefusedInput(f"Period {period['code']} is {period['status']}; submit it before approving it.")
        with self.db.atomic():
            updated = records.update(
                self.db,
                "reporting_periods",
                period_id,
                {"status": "approved", "approved_at": utc_now(), "approved_by": self.ctx.actor.username},
                self.ctx.author(),
            )
            # The approved report prints these figures from now on, whatever the records do later.
            approved.store(self.db, period["project_id"], period)
        return updated

    def reopen(self, period_id: str, reason: str) -> dict[str, Any]:
        self.ctx.require("period.reopen")
        if not reason.strip():
            raise RefusedInput("Give a reason for reopening the period; the audit trail keeps it.")
        period = self.get(period_id)
        if period["status"] == "draft":
            raise RefusedInput(f"Period {period['code']} is already open.")
        return records.update(
            self.db,
            "reporting_periods",
            period_id,
            {"status": "draft", "reopen_reason": reason.strip()},
            self.ctx.author(),
            reason=reason.strip(),
        )

    def locked_period(self, project_id: str, day: date | str | None) -> str | None:
        """The code of the approved period containing ``day``, if any."""
        if not day:
            return None
        row = self.db.execute(
            "SELECT code FROM reporting_periods WHERE project_id = ? AND deleted = 0 AND status = 'approved' "
            "AND start_date <= ? AND end_date >= ?",
            [project_id, str(day), str(day)],
        ).fetchone()
        return str(row[0]) if row else None

    def check_unlocked(self, checker: Checker, project_id: str, field: str, day: date | str | None) -> None:
        code = self.locked_period(project_id, day)
        if code:
            checker.fail(field, "period_locked", value=str(day), period=code)
