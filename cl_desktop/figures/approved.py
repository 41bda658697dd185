"""Approved figures stay as approved: the snapshot an approval stores and the restatements after it.

A period's approval stores the indicator form's figures (children withdrawn, prevented, E1 and
L1, for the period and cumulatively, by sex) with the children or households each counted. A
later change to the records (a late follow-up, a merge, a corrected birth date) does not change
the approved report: it prints the stored figures. The next report compares each earlier
approval with the records as they are now and lists every figure that moved, with the children
that entered or left it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.rules import EDUCATION_SERVICES
from cl_desktop.ids import utc_now

#: The version of the counting rules; a snapshot records it (raise it when a rule changes meaning).
RULES_VERSION = 1
#: The indicator form's references and what each counts.
REFERENCES = ("A1.1", "A1.2", "A1.3", "A1.4")
_EDU = ", ".join(f"'{s}'" for s in sorted(EDUCATION_SERVICES))

Members = dict[str, list[tuple[str, str, bool]]]  # reference -> (case number or household code, sex, in period)


def counted(db: Database, project_id: str, period: dict[str, Any]) -> Members:
    """Who each figure counts up to the end of ``period`` (and whether in the period itself).

    The same conditions as ``figures.indicators``: outcome date in the span; an education service
    in the span for a child in or at risk of child labour; a livelihood service in the span for a
    household of the project.
    """
    since, until = str(period["start_date"]), str(period["end_date"])
    out: Members = {}
    for ref, outcome in (("A1.1", "withdrawn"), ("A1.2", "prevented")):
        out[ref] = [
            (case, sex, day >= since)
            for case, sex, day in db.execute(
                "SELECT case_number, sex, outcome_date FROM children WHERE deleted = 0 AND project_id = ? "
                "AND outcome = ? AND outcome_date <= ? ORDER BY case_number",
                [project_id, outcome, until],
            )
        ]
    out["A1.3"] = [
        (case, sex, bool(recent))
        for case, sex, recent in db.execute(
            f"""SELECT c.case_number, c.sex, max(s.start_date >= ?) FROM children c JOIN services s ON s.child_id = c.id
                WHERE c.deleted = 0 AND s.deleted = 0 AND c.project_id = ? AND c.work_status != 'not_at_risk'
                  AND s.service_type IN ({_EDU}) AND s.start_date <= ? GROUP BY c.id ORDER BY c.case_number""",
            [since, project_id, until],
        )
    ]
    out["A1.4"] = [
        (code, sex or "", bool(recent))
        for code, sex, recent in db.execute(
            """SELECT h.code, h.head_sex, max(s.start_date >= ?)
               FROM services s JOIN households h ON h.id = s.household_id
               WHERE s.deleted = 0 AND h.deleted = 0 AND s.service_type = 'livelihood' AND s.start_date <= ?
                 AND (s.programme_id IN (SELECT id FROM action_programmes WHERE project_id = ?)
                      OR h.programme_id IN (SELECT id FROM action_programmes WHERE project_id = ?))
               GROUP BY h.id ORDER BY h.code""",
            [since, until, project_id, project_id],
        )
    ]
    return out


def figures_of(members: Members) -> dict[str, dict[str, list[int]]]:
    """{reference: {"period": [girls, boys], "cumulative": [girls, boys]}} from the members."""
    out: dict[str, dict[str, list[int]]] = {}
    for ref in REFERENCES:
        f = {"period": [0, 0], "cumulative": [0, 0]}
        for _entity, sex, in_period in members.get(ref, []):
            i = 0 if sex == "F" else 1
            f["cumulative"][i] += 1
            if in_period:
                f["period"][i] += 1
        out[ref] = f
    return out


def store(db: Database, project_id: str, period: dict[str, Any]) -> None:
    """Freeze the period's figures and who they count (called inside the approval's transaction)."""
    members = counted(db, project_id, period)
    db.execute(
        "INSERT INTO approved_figures (period_id, project_id, approved_at, rules_version, figures, members) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(period_id) DO UPDATE SET approved_at = excluded.approved_at, "
        "rules_version = excluded.rules_version, figures = excluded.figures, members = excluded.members",
        [
            period["id"],
            project_id,
            utc_now(),
            RULES_VERSION,
            json.dumps(figures_of(members)),
            json.dumps({ref: [m[0] for m in rows] for ref, rows in members.items()}),
        ],
    )


def stored(db: Database, period_id: str) -> dict[str, dict[str, list[int]]] | None:
    """The figures an approval froze for the period, or None (not approved, or approved before snapshots)."""
    row = db.execute(
        "SELECT f.figures FROM approved_figures f JOIN reporting_periods p ON p.id = f.period_id "
        "WHERE f.period_id = ? AND p.status = 'approved'",
        [period_id],
    ).fetchone()
    return json.loads(row[0]) if row else None


@dataclass
class Restatement:
    """An approved figure the records no longer give."""

    period_code: str
    reference: str
    approved: int
    current: int
    entered: list[str] = field(default_factory=list)  # counted now, not when approved
    left: list[str] = field(default_factory=list)  # counted when approved, not now


def restatements(db: Database, project_id: str, before: str) -> list[Restatement]:
    """Changes to the cumulative figures of the periods approved before ``before`` (an ISO date)."""
    out: list[Restatement] = []
    for period_id, code, start, end, figures, members in db.execute(
        "SELECT p.id, p.code, p.start_date, p.end_date, f.figures, f.members FROM approved_figures f "
        "JOIN reporting_periods p ON p.id = f.period_id WHERE f.project_id = ? AND p.status = 'approved' "
        "AND p.deleted = 0 AND p.end_date < ? ORDER BY p.start_date",
        [project_id, before],
    ).fetchall():
        approved_members = json.loads(members)
        approved_figures = json.loads(figures)
        now = counted(db, project_id, {"id": period_id, "start_date": start, "end_date": end})
        for ref in REFERENCES:
            was = set(approved_members.get(ref, []))
            is_now = {m[0] for m in now.get(ref, [])}
            if was == is_now:
                continue
            out.append(
                Restatement(
                    code,
                    ref,
                    sum(approved_figures[ref]["cumulative"]),
                    len(is_now),
                    sorted(is_now - was),
                    sorted(was - is_now),
                )
            )
    return out
