"""Referrals: a child (or household) sent to an organisation for a service, and each answer.

A clerk records referrals and the organisations' answers; a coordinator also cancels and closes
them. Each change writes the referral's new status and a dated ``referral_events`` row in one
transaction, both through ``store.records`` so the audit trail holds them. "Service provided"
links to the child's service record, or creates it, so an education service given through a
referral counts for withdrawn and prevented like any other.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from cl_desktop.domain import referrals as rules
from cl_desktop.domain.referrals import Status
from cl_desktop.errors import NotFound, RefusedInput
from cl_desktop.figures.current import writing
from cl_desktop.services.context import Context
from cl_desktop.services.reference import ReferenceLists, case_number_of_alias
from cl_desktop.store import records

MAX_TEXT = 2000

# Statuses waiting for the organisation's answer.
UNANSWERED = (Status.REFERRED.value, Status.NO_RESPONSE.value)


def overdue_sql(alias: str, today: date) -> tuple[str, list[Any]]:
    """The overdue rule (``domain.referrals.is_overdue``) as a condition on referrals ``alias``.

    Unanswered past the expected date, or accepted and without a service more than the project's
    ``referral_service_days`` after acceptance. Each half reads an index range of
    ``referrals_status`` (status, expected date).
    """
    a = alias
    day = today.isoformat()
    sql = (
        f"(({a}.status IN ('referred', 'no_response') AND {a}.expected_date < ?) OR ({a}.status = 'accepted' "
        f"AND {a}.status_date < date(?, '-' || coalesce((SELECT op.referral_service_days FROM projects op "
        f"WHERE op.id = {a}.project_id), {rules.DEFAULT_SERVICE_DAYS}) || ' days')))"
    )
    return sql, [day, day]


def _date(value: Any, what: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise RefusedInput(f"The {what} {value!r} is not a date (YYYY-MM-DD).") from None


def _text(value: Any, what: str) -> str:
    text = str(value or "").strip()
    if len(text) > MAX_TEXT:
        raise RefusedInput(f"The {what} is longer than {MAX_TEXT} characters.")
    return text


class Referrals:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.db = ctx.db
        self.ref = ReferenceLists(ctx.db)

    # -- reading ---------------------------------------------------------
    def get(self, referral_id: str) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM referrals WHERE id = ? AND deleted = 0", [referral_id]))
        if not rows:
            raise NotFound(f"There is no referral {referral_id}.")
        return rows[0]

    def events(self, referral_id: str) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                "SELECT * FROM referral_events WHERE referral_id = ? AND deleted = 0 ORDER BY event_date, created_at",
                [referral_id],
            )
        )

    def of_child(self, child_id: str) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                "SELECT * FROM referrals WHERE child_id = ? AND deleted = 0 ORDER BY referral_date", [child_id]
            )
        )

    def listing(
        self, *, today: date | None = None, status: str | None = None, overdue: bool | None = None
    ) -> list[dict[str, Any]]:
        """The referrals with case number, organisation and an ``overdue`` flag, oldest first."""
        self.ctx.require("data.read")
        day = today or date.today()
        where, args = ["r.deleted = 0"], []
        if status:
            where.append("r.status = ?")
            args.append(rules.status_of(status).value)
        rows = []
        for row in self.db.query(
            "SELECT r.*, c.case_number, c.project_id AS child_project, h.code AS household_code, "
            "o.code AS organisation_code, o.name AS organisation_name, m.visit_date, "
            "COALESCE(p.referral_service_days, 30) AS service_days "
            "FROM referrals r LEFT JOIN children c ON c.id = r.child_id "
            "LEFT JOIN households h ON h.id = r.household_id "
            "LEFT JOIN organisations o ON o.id = r.organisation_id "
            "LEFT JOIN monitoring_visits m ON m.id = r.visit_id "
            "LEFT JOIN projects p ON p.id = c.project_id "
            f"WHERE {' AND '.join(where)} ORDER BY r.referral_date, r.id",
            args,
        ):
            row["overdue"] = rules.is_overdue(
                row["status"],
                date.fromisoformat(row["expected_date"]),
                date.fromisoformat(row["status_date"]),
                day,
                int(row.pop("service_days")),
            )
            if overdue is None or row["overdue"] == overdue:
                rows.append(row)
        return rows

    def overdue_count(self, *, project_id: str | None = None, today: date | None = None) -> int:
        """How many referrals are overdue today (of one project, or all)."""
        sql, args = overdue_sql("r", today or date.today())
        where = f"r.deleted = 0 AND {sql}"
        if project_id:
            where += " AND r.project_id = ?"
            args.append(project_id)
        return int(self.db.execute(f"SELECT count(*) FROM referrals r WHERE {where}", args).fetchone()[0])

    def next_statuses(self, referral_id: str) -> list[str]:
        """The statuses this user may move the referral to now, in the flow's order."""
        current = rules.status_of(self.get(referral_id)["status"])
        allowed = rules.TRANSITIONS[current]
        return [
            s.value
            for s in Status
            if s in allowed
            and self.ctx.actor.can("referral.close" if s in rules.COORDINATOR_STATUSES else "referral.write")
        ]

    def counts_by_project(self) -> dict[str, dict[str, int]]:
        """Referral counts by status, per project code (a household's referrals under ``""``)."""
        out: dict[str, dict[str, int]] = {}
        for code, status, n in self.db.execute(
            "SELECT COALESCE(p.code, ''), r.status, COUNT(*) FROM referrals r "
            "LEFT JOIN children c ON c.id = r.child_id LEFT JOIN projects p ON p.id = c.project_id "
            "WHERE r.deleted = 0 GROUP BY 1, 2 ORDER BY 1, 2"
        ):
            out.setdefault(code, {s.value: 0 for s in Status})[status] = n
        return out

    # -- writing ---------------------------------------------------------
    def _organisation(self, ref: str) -> dict[str, Any]:
        key = str(ref or "").strip()
        rows = list(self.db.query("SELECT * FROM organisations WHERE (id = ? OR code = ?) LIMIT 1", [key, key]))
        found = rows[0] if rows else None
        rules.check_organisation(key, found)
        assert found is not None
        return found

    def _child(self, case_number: str) -> dict[str, Any]:
        number = case_number_of_alias(self.db, case_number) or str(case_number).strip().upper()
        rows = list(self.db.query("SELECT * FROM children WHERE case_number = ? ORDER BY deleted LIMIT 1", [number]))
        found = rows[0] if rows else None
        rules.check_child(number, found)
        assert found is not None
        return found

    def create(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Refer a child (``case_number``) or a household (``household_id``); one sentence on bad input."""
        self.ctx.require("referral.write")
        child = household = None
        if values.get("case_number"):
            child = self._child(str(values["case_number"]))
        elif values.get("household_id"):
            rows = list(self.db.query("SELECT * FROM households WHERE id = ?", [values["household_id"]]))
            if not rows or rows[0]["deleted"]:
                raise RefusedInput(f"There is no household {values['household_id']}.")
            household = rows[0]
        else:
            raise RefusedInput("Say which child (case number) or household is referred.")
        organisation = self._organisation(str(values.get("organisation") or ""))
        service_type = str(values.get("service_type") or "").strip()
        if service_type not in self.ref.codes("service_type"):
            raise RefusedInput(f"Unknown service type {service_type!r}.")
        urgency = rules.urgency_of(str(values.get("urgency") or "normal"))
        consent = rules.check_consent(values.get("consent_to_share"))
        referred = _date(values.get("referral_date") or date.today().isoformat(), "referral date")
        if referred > date.today():
            raise RefusedInput(f"The referral date {referred.isoformat()} is in the future.")
        if child is not None and referred.isoformat() < str(child["intake_date"]):
            raise RefusedInput(
                f"The referral date {referred.isoformat()} is before the child's intake ({child['intake_date']})."
            )
        expected = (
            _date(values["expected_date"], "expected response date")
            if values.get("expected_date")
            else rules.expected_date(referred, urgency)
        )
        rules.check_expected(referred, expected)
        visit_id = self._visit(values.get("visit_id"), child, referred)
        if child is not None:
            project_id = child["project_id"]
        else:
            assert household is not None
            found = self.db.execute(
                "SELECT project_id FROM action_programmes WHERE id = ?", [household["programme_id"]]
            ).fetchone()
            project_id = found[0] if found else None
        row = {
            "child_id": child["id"] if child else None,
            "project_id": project_id,
            "household_id": household["id"] if household else (child["household_id"] if child else None),
            "referral_date": referred.isoformat(),
            "referring_office": self.ctx.actor.office,
            "referring_user": self.ctx.actor.username,
            "organisation_id": organisation["id"],
            "service_type": service_type,
            "urgency": urgency.value,
            "reason": _text(values.get("reason"), "reason"),
            "consent_to_share": int(consent),
            "expected_date": expected.isoformat(),
            "status": Status.REFERRED.value,
            "status_date": referred.isoformat(),
            "visit_id": visit_id,
        }
        with writing(self.db):
            created = records.insert(self.db, "referrals", row, self.ctx.author())
            self._event(created, Status.REFERRED, referred, "", None)
        return created

    def _visit(self, ref: Any, child: Mapping[str, Any] | None, referred: date) -> str | None:
        """The monitoring visit a referral is made from: one that identified the child, on or before the referral."""
        key = str(ref or "").strip()
        if not key:
            return None
        rows = list(self.db.query("SELECT * FROM monitoring_visits WHERE id = ? AND deleted = 0", [key]))
        if not rows:
            raise RefusedInput(f"There is no monitoring visit {key}.")
        visit = rows[0]
        if (
            child is None
            or not self.db.execute(
                "SELECT 1 FROM visit_children WHERE visit_id = ? AND child_id = ? AND deleted = 0", [key, child["id"]]
            ).fetchone()
        ):
            raise RefusedInput(
                "The monitoring visit did not identify the referred child; add the child to the visit first."
            )
        if visit["visit_date"] > referred.isoformat():
            raise RefusedInput(
                f"The referral date {referred.isoformat()} is before the monitoring visit ({visit['visit_date']})."
            )
        return key

    def visits_for(self, child_id: str, on: date | None = None) -> list[dict[str, Any]]:
        """The visits a referral of this child may be made from (those that identified it by ``on``), latest first."""
        day = (on or date.today()).isoformat()
        return list(
            self.db.query(
                "SELECT m.* FROM monitoring_visits m WHERE m.deleted = 0 AND m.visit_date <= ? AND m.id IN "
                "(SELECT visit_id FROM visit_children WHERE child_id = ? AND deleted = 0) "
                "ORDER BY m.visit_date DESC, m.id DESC",
                [day, child_id],
            )
        )

    def set_expected(self, referral_id: str, expected: date | str) -> dict[str, Any]:
        """Change the date an answer is expected (only while none has come)."""
        self.ctx.require("referral.write")
        referral = self.get(referral_id)
        if referral["status"] not in (Status.REFERRED.value, Status.NO_RESPONSE.value):
            raise RefusedInput("The referral was answered; its expected response date no longer matters.")
        day = _date(expected, "expected response date")
        rules.check_expected(date.fromisoformat(referral["referral_date"]), day)
        with writing(self.db):
            return records.update(
                self.db, "referrals", referral_id, {"expected_date": day.isoformat()}, self.ctx.author()
            )

    def _event(self, referral: Mapping[str, Any], status: Status, day: date, note: str, service_id: str | None) -> None:
        records.insert(
            self.db,
            "referral_events",
            {
                "referral_id": referral["id"],
                "child_id": referral["child_id"],
                "household_id": referral["household_id"],
                "status": status.value,
                "event_date": day.isoformat(),
                "by_user": self.ctx.actor.username,
                "note": note,
                "service_id": service_id,
            },
            self.ctx.author(),
        )

    def change_status(
        self,
        referral_id: str,
        status: str,
        *,
        on: date | str | None = None,
        note: str = "",
        service_id: str | None = None,
        source: str = "form",
    ) -> dict[str, Any]:
        """Move a referral to ``status`` on ``on``; "service_provided" links or creates the service."""
        new = rules.status_of(status)
        self.ctx.require("referral.close" if new in rules.COORDINATOR_STATUSES else "referral.write")
        referral = self.get(referral_id)
        day = _date(on or date.today().isoformat(), "date")
        if day > date.today():
            raise RefusedInput(f"The date {day.isoformat()} is in the future.")
        rules.check_transition(referral["status"], new)
        rules.check_event_date(
            date.fromisoformat(referral["referral_date"]), date.fromisoformat(referral["status_date"]), day
        )
        text = _text(note, "note")
        author = self.ctx.author(source)
        with writing(self.db):
            linked = referral["service_id"]
            if new == Status.SERVICE_PROVIDED:
                linked = self._service(referral, day, service_id, author)
            changes: dict[str, Any] = {"status": new.value, "status_date": day.isoformat()}
            if linked != referral["service_id"]:
                changes["service_id"] = linked
            updated = records.update(self.db, "referrals", referral_id, changes, author)
            records.insert(
                self.db,
                "referral_events",
                {
                    "referral_id": referral_id,
                    "child_id": referral["child_id"],
                    "household_id": referral["household_id"],
                    "status": new.value,
                    "event_date": day.isoformat(),
                    "by_user": self.ctx.actor.username,
                    "note": text,
                    "service_id": linked if new == Status.SERVICE_PROVIDED else None,
                },
                author,
            )
        return updated

    def _service(self, referral: Mapping[str, Any], day: date, service_id: str | None, author: Any) -> str:
        if service_id:
            rows = list(self.db.query("SELECT * FROM services WHERE id = ? AND deleted = 0", [service_id]))
            if not rows:
                raise RefusedInput(f"There is no service {service_id}.")
            service = rows[0]
            if (service["child_id"] or service["household_id"]) not in (referral["child_id"], referral["household_id"]):
                raise RefusedInput(f"The service {service_id} was given to someone else than the referred child.")
            return str(service["id"])
        organisation = records.get_row(self.db, "organisations", referral["organisation_id"])
        programme = None
        if referral["child_id"]:
            programme = records.get_row(self.db, "children", referral["child_id"])["programme_id"]
        row = records.insert(
            self.db,
            "services",
            {
                "child_id": referral["child_id"],
                "household_id": None if referral["child_id"] else referral["household_id"],
                "programme_id": programme,
                "service_type": referral["service_type"],
                "start_date": day.isoformat(),
                "provider": organisation["name"][:200],
                "notes": f"referral {referral['id']}",
            },
            author,
        )
        return str(row["id"])

    # -- exchange with a national case-management system -----------------------
    def export_records(self, *, today: date | None = None) -> dict[str, Any]:
        """The referrals keyed by case number and referral id; the child's data only with consent."""
        self.ctx.require("export.run")
        out = []
        for row in self.listing(today=today):
            item: dict[str, Any] = {
                "referral_id": row["id"],
                "case_number": row["case_number"],
                "household_code": row["household_code"],
                "organisation_code": row["organisation_code"],
                "organisation_name": row["organisation_name"],
                "service_type": row["service_type"],
                "urgency": row["urgency"],
                "referral_date": row["referral_date"],
                "expected_date": row["expected_date"],
                "status": row["status"],
                "status_date": row["status_date"],
                "overdue": row["overdue"],
                "referring_office": row["referring_office"],
                "consent_to_share": bool(row["consent_to_share"]),
                "visit_id": row["visit_id"],
                "visit_date": row["visit_date"],
                "events": [
                    {"status": e["status"], "date": e["event_date"], "by": e["by_user"], "note": e["note"]}
                    for e in self.events(row["id"])
                ],
            }
            if row["consent_to_share"]:
                item["reason"] = row["reason"]
                if row["child_id"]:
                    child = records.get_row(self.db, "children", row["child_id"])
                    item["child"] = {
                        k: child[k]
                        for k in ("name", "name_latin", "sex", "birth_date", "guardian_name", "guardian_relation")
                    }
            else:
                item["events"] = [{k: v for k, v in e.items() if k != "note"} for e in item["events"]]
            out.append(item)
        return {"format": "cl-desktop-referrals", "version": 1, "referrals": out}

    def import_responses(self, rows: Any, *, source: str = "import", dry_run: bool = False) -> dict[str, int]:
        """Status updates keyed by ``referral_id`` (and ``case_number``): all or nothing, safe to run twice.

        A row whose referral already has that status on that date changes nothing. Any refused row
        names its number and nothing is imported.
        """
        if isinstance(rows, Mapping):
            rows = rows.get("responses")
        if not isinstance(rows, list):
            raise RefusedInput("The file holds no list of responses (a JSON list, or an object with 'responses').")
        try:
            return self._apply_responses(rows, source, dry_run)
        except _DryRun as done:
            return done.result

    def _apply_responses(self, rows: list[Any], source: str, dry_run: bool) -> dict[str, int]:
        applied = skipped = 0
        with writing(self.db):
            for n, item in enumerate(rows, 1):
                try:
                    if not isinstance(item, Mapping):
                        raise RefusedInput("it is not an object")
                    rid = str(item.get("referral_id") or "").strip()
                    found = list(self.db.query("SELECT * FROM referrals WHERE id = ? AND deleted = 0", [rid]))
                    if not rid or not found:
                        raise RefusedInput(f"unknown referral id {rid!r}")
                    referral = found[0]
                    case = str(item.get("case_number") or "").strip().upper()
                    if case and referral["child_id"]:
                        number = self.db.execute(
                            "SELECT case_number FROM children WHERE id = ?", [referral["child_id"]]
                        ).fetchone()[0]
                        if number != case:
                            raise RefusedInput(f"referral {rid} is for case {number}, not {case}")
                    status = rules.status_of(str(item.get("status") or ""))
                    day = _date(item.get("date") or "", "date")
                    if referral["status"] == status.value and referral["status_date"] == day.isoformat():
                        skipped += 1
                        continue
                    self.change_status(rid, status.value, on=day, note=str(item.get("note") or ""), source=source)
                    applied += 1
                except RefusedInput as exc:
                    text = str(exc).rstrip(".")
                    raise RefusedInput(f"Response {n}: {text[:1].lower() + text[1:]}; nothing was imported.") from None
            if dry_run:
                raise _DryRun({"applied": applied, "unchanged": skipped})
        return {"applied": applied, "unchanged": skipped}


class _DryRun(Exception):
    """Carries the result out of the transaction: raised inside it on a dry run, so it is rolled back."""

    def __init__(self, result: dict[str, int]) -> None:
        super().__init__()
        self.result = result
