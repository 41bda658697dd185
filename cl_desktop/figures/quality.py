"""Data-quality findings a coordinator acts on before printing a report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from cl_desktop.figures import duplicate_queue

FOLLOW_UP_INTERVAL_DAYS = 180


@dataclass(frozen=True)
class Finding:
    kind: str  # missing, overdue, duplicate, integrity
    severity: str  # warning or error
    message: str
    count: int
    examples: tuple[str, ...] = ()
    key: str = ""  # which check (``CHECKS``, overdue, orphan_services, duplicates): the list of its rows
    # duplicates: when the last full check ran ("" if never) and the children not compared since (the count
    # may then be incomplete)
    checked_at: str = ""
    unchecked: int = 0


@dataclass(frozen=True)
class Check:
    """A finding counted over children: its kind, severity, wording and the condition on children ``c``."""

    kind: str
    severity: str
    text: str
    condition: str


CHECKS: dict[str, Check] = {
    "no_household": Check("missing", "warning", "children without a household", "c.household_id IS NULL"),
    "estimated_birth": Check(
        "missing", "warning", "children with an estimated date of birth", "c.birth_date_estimated = 1"
    ),
    "no_hours": Check(
        "missing", "warning", "working children without hours per week", "c.working = 1 AND c.hours_per_week = 0"
    ),
    "no_latin_name": Check(
        "missing",
        "warning",
        "children without a Latin transliteration of a non-Latin name",
        "c.name_latin = '' AND c.name GLOB '*[^ -~]*'",
    ),
    "no_consent": Check("missing", "error", "children without consent", "c.consent = 0"),
    "no_education": Check(
        "missing",
        "warning",
        "children in child labour or at risk without any education service",
        "c.work_status != 'not_at_risk' AND c.education_date IS NULL",
    ),
}


def overdue_follow_ups_sql(
    today: date | None = None, interval_days: int = FOLLOW_UP_INTERVAL_DAYS
) -> tuple[str, list[Any]]:
    """Children still followed (not yet withdrawn or prevented) with no visit in the interval."""
    cutoff = ((today or date.today()) - timedelta(days=interval_days)).isoformat()
    # from the programmes still running (a few) to their children, by index: only those can be overdue
    sql = """SELECT c.id FROM action_programmes ap CROSS JOIN children c ON c.programme_id = ap.id
             WHERE ap.end_date >= ? AND c.deleted = 0 AND c.work_status != 'not_at_risk'
               AND coalesce(c.outcome, '') NOT IN ('withdrawn', 'prevented')
               AND coalesce((SELECT max(f.visit_date) FROM follow_ups f
                             WHERE f.child_id = c.id AND f.deleted = 0), c.intake_date) < ?"""
    return sql, [cutoff, cutoff]


def findings(
    db: Database,
    *,
    today: date | None = None,
    project_id: str | None = None,
    include_duplicates: bool = True,
    programme_id: str | None = None,
) -> list[Finding]:
    """What to fix, counted over the project (and programme) when given, else over the whole database."""
    scope, args = ("AND c.project_id = ?", [project_id]) if project_id else ("", [])
    if programme_id:
        scope += " AND c.programme_id = ?"
        args = [*args, programme_id]
    out: list[Finding] = []
    for key, check in CHECKS.items():
        # each check's children are a partial index of their own (store/migrations_quality.py): its range
        # by project and programme gives the count and the first examples without reading the children
        found = f"FROM children c INDEXED BY children_quality_{key} WHERE c.deleted = 0 AND {check.condition} {scope}"
        count = db.execute(f"SELECT count(*) {found}", args).fetchone()[0]
        if count:
            examples = tuple(str(r[0]) for r in db.execute(f"SELECT c.case_number {found} LIMIT 5", args))
            out.append(Finding(check.kind, check.severity, f"{count:,} {check.text}", count, examples, key))
    sql, overdue_args = overdue_follow_ups_sql(today)
    overdue = db.execute(f"SELECT count(*) FROM ({sql} {scope})", [*overdue_args, *args]).fetchone()[0]
    if overdue:
        out.append(
            Finding(
                "overdue",
                "warning",
                f"{overdue:,} children have had no follow-up visit for more than {FOLLOW_UP_INTERVAL_DAYS} days",
                overdue,
                key="overdue",
            )
        )
    orphans = db.execute(
        "SELECT count(*) FROM services s LEFT JOIN children c ON c.id = s.child_id "
        # In a scope, only services of deleted children of the scope (a missing child belongs to none).
        f"WHERE s.deleted = 0 AND s.child_id IS NOT NULL AND (c.id IS NULL OR c.deleted = 1) "
        f"{'AND c.id IS NOT NULL ' + scope if scope else ''}",
        args,
    ).fetchone()[0]
    if orphans:
        out.append(
            Finding(
                "integrity", "error", f"{orphans:,} services belong to deleted children", orphans, key="orphan_services"
            )
        )
    if include_duplicates:
        # read from the review queue, kept current by every save, import and full check: never a scan here
        queue = duplicate_queue.status(db, project_id=project_id, programme_id=programme_id, examples=5)
        if queue.pairs or queue.stale:
            out.append(
                Finding(
                    "duplicate",
                    "warning",
                    f"{queue.pairs:,} pairs of suspected duplicate children",
                    queue.pairs,
                    tuple(f"{a} / {b}" for a, b in queue.examples),
                    key="duplicates",
                    checked_at=queue.full_at,
                    unchecked=queue.unchecked,
                )
            )
    return out
