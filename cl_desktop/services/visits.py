"""Workplace monitoring visits: who went where, what they saw, and which children they identified.

A labour inspector, social worker or teacher visits a workplace (a brick kiln, a plantation, a
market): the visit keeps the date, village, sector, workplace, the organisation and people who
visited and the hazards observed. Each child found there is either a child already on record
(searched as in the intake's duplicate check) or a new intake started from the visit, with place,
sector and hazards filled in; either way a ``visit_children`` row links the child to the visit, so a
child found at two visits is listed by both. A referral made from the visit (from its screen, or
for a child it identified) names it (``referrals.visit_id``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from cl_desktop.domain.validation import Checker, FieldError, Invalid
from cl_desktop.errors import NotFound
from cl_desktop.figures.current import writing
from cl_desktop.services.context import Context
from cl_desktop.services.reference import ReferenceLists
from cl_desktop.store import records
from cl_desktop.sync.scope import province_of

LABELS = {
    "visit_date": "Visit date",
    "location_id": "Village",
    "sector": "Sector",
    "workplace": "Workplace",
    "organisation_id": "Organisation",
    "visitors": "Visited by",
    "hazards": "Hazards observed",
    "notes": "Notes",
    "programme_id": "Action programme",
    "children": "Children",
}


class MonitoringVisits:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.db = ctx.db
        self.ref = ReferenceLists(ctx.db)

    def get(self, visit_id: str) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM monitoring_visits WHERE id = ? AND deleted = 0", [visit_id]))
        if not rows:
            raise NotFound(f"There is no monitoring visit {visit_id}.")
        return rows[0]

    def children_of(self, visit_id: str) -> list[dict[str, Any]]:
        """The children the visit identified (each once), by case number."""
        return list(
            self.db.query(
                "SELECT id, case_number, name, name_latin, sex, birth_date FROM children WHERE deleted = 0 AND id IN "
                "(SELECT child_id FROM visit_children WHERE visit_id = ? AND deleted = 0) ORDER BY case_number",
                [visit_id],
            )
        )

    def visits_of(self, child_id: str) -> list[dict[str, Any]]:
        """The monitoring visits that identified a child, latest first."""
        return list(
            self.db.query(
                "SELECT * FROM monitoring_visits WHERE deleted = 0 AND id IN (SELECT visit_id FROM visit_children "
                "WHERE child_id = ? AND deleted = 0) ORDER BY visit_date DESC, id DESC",
                [child_id],
            )
        )

    def referrals_of(self, visit_id: str) -> list[dict[str, Any]]:
        """The referrals made from the visit, oldest first, with the child's case number."""
        return list(
            self.db.query(
                "SELECT r.*, c.case_number FROM referrals r LEFT JOIN children c ON c.id = r.child_id "
                "WHERE r.visit_id = ? AND r.deleted = 0 ORDER BY r.referral_date, r.id",
                [visit_id],
            )
        )

    def validate(self, values: Mapping[str, Any]) -> dict[str, Any]:
        c = Checker(values, LABELS)
        c.date("visit_date", required=True)
        location = c.text("location_id", required=True)
        if location and not self.db.execute("SELECT 1 FROM locations WHERE id = ?", [location]).fetchone():
            c.fail("location_id", "not_found", value=location)
        c.choice("sector", self.ref.codes("sector"), required=True)
        c.text("workplace", maximum=500)
        organisation = c.text("organisation_id")
        if (
            organisation
            and not self.db.execute(
                "SELECT 1 FROM organisations WHERE id = ? AND deleted = 0", [organisation]
            ).fetchone()
        ):
            c.fail("organisation_id", "not_found", value=organisation)
        c.text("visitors", maximum=500)
        c.codes("hazards", self.ref.codes("hazard"))
        c.text("notes", maximum=2000)
        programme = c.text("programme_id")
        project = None
        if programme:
            row = self.db.execute(
                "SELECT project_id FROM action_programmes WHERE id = ? AND deleted = 0", [programme]
            ).fetchone()
            if row is None:
                c.fail("programme_id", "not_found", value=programme)
            else:
                project = row[0]
        clean = c.finish()
        clean["organisation_id"] = clean.get("organisation_id") or None
        clean["programme_id"] = clean.get("programme_id") or None
        clean["project_id"] = project
        clean["province_id"] = province_of(self.db, clean["location_id"])
        return clean

    def create(self, values: Mapping[str, Any], child_ids: Iterable[str] = ()) -> dict[str, Any]:
        """Record a visit and the children on record it found there, in one transaction."""
        self.ctx.require("child.write")
        clean = self.validate(values)
        with writing(self.db):
            row = records.insert(self.db, "monitoring_visits", clean, self.ctx.author())
            for child_id in dict.fromkeys(child_ids):
                self._identify(row, child_id)
        return row

    def update(
        self,
        visit_id: str,
        values: Mapping[str, Any],
        child_ids: Iterable[str] | None = None,
        *,
        base_version: int | None = None,
    ) -> dict[str, Any]:
        """Change a visit; ``child_ids`` (when given) is the whole list of children it found: the
        children left out of it are no longer listed by the visit (their link becomes a tombstone)."""
        self.ctx.require("child.write")
        existing = self.get(visit_id)
        clean = self.validate({**existing, **values})
        changes = {k: v for k, v in clean.items() if k in values or k in ("project_id", "province_id")}
        with writing(self.db):
            row = records.update(
                self.db, "monitoring_visits", visit_id, changes, self.ctx.author(), base_version=base_version
            )
            if child_ids is not None:
                wanted = list(dict.fromkeys(child_ids))
                for child_id in wanted:
                    self._identify(row, child_id)
                for link in list(
                    self.db.query(
                        "SELECT l.id FROM visit_children l JOIN children c ON c.id = l.child_id "
                        "WHERE l.visit_id = ? AND l.deleted = 0 AND c.deleted = 0 "
                        "AND l.child_id NOT IN (SELECT value FROM json_each(?))",
                        [visit_id, json.dumps(wanted)],
                    )
                ):
                    records.delete(self.db, "visit_children", link["id"], self.ctx.author())
        return row

    def identify(self, visit_id: str, child_id: str) -> None:
        """The visit found this child at work (a child on record, or one registered from the visit)."""
        self.ctx.require("child.write")
        visit = self.get(visit_id)
        with writing(self.db):
            self._identify(visit, child_id)

    def _identify(self, visit: Mapping[str, Any], child_id: str) -> None:
        rows = list(self.db.query("SELECT deleted FROM children WHERE id = ?", [child_id]))
        if not rows or rows[0]["deleted"]:
            raise Invalid([FieldError("children", "not_found", {"value": child_id})], LABELS)
        known = self.db.execute(
            "SELECT 1 FROM visit_children WHERE visit_id = ? AND child_id = ? AND deleted = 0", [visit["id"], child_id]
        ).fetchone()
        if known is None:
            records.insert(
                self.db, "visit_children", {"visit_id": visit["id"], "child_id": child_id}, self.ctx.author()
            )

    def new_intake_preset(self, visit_id: str) -> dict[str, Any]:
        """What a new intake started from the visit begins with: place, sector, hazards, working."""
        visit = self.get(visit_id)
        preset: dict[str, Any] = {
            "location_id": visit["location_id"],
            "sector": visit["sector"],
            "hazards": visit["hazards"],
            "working": True,
            "intake_date": visit["visit_date"],
        }
        if visit["programme_id"]:
            preset["programme_id"] = visit["programme_id"]
            preset["project_id"] = visit["project_id"]
        return preset
