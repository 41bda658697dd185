"""Data-quality findings a coordinator acts on before printing a report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from cl_desktop.figures import duplicates

FOLLOW_UP_INTERVAL_DAYS = 180


@dataclass(frozen=True)
class Finding:
    kind: str  # missing, overdue, duplicate, integrity
    severity: str  # warning or error
    message: str
    count: int
    examples: tuple[str, ...] = ()


def overdue_follow_ups_sql(
    today: date | None = None, interval_days: int = FOLLOW_UP_INTERVAL_DAYS
) -> tuple[str, list[Any]]:
    """Children still followed (not yet withdrawn or prevented) with no visit in the interval."""
    cutoff = ((today or date.today()) - timedelta(days=interval_days)).isoformat()
    sql = """SELECT c.id FROM children c
             WHERE c.deleted = 0 AND c.work_status != 'not_at_risk'
               AND coalesce(c.outcome, '') NOT IN ('withdrawn', 'prevented')
               AND coalesce((SELECT max(f.visit_date) FROM follow_ups f
                             WHERE f.child_id = c.id AND f.deleted = 0), c.intake_date) < ?
               AND EXISTS (SELECT 1 FROM action_programmes ap
                           WHERE ap.id = c.programme_id AND ap.end_date >= ?)"""
    return sql, [cutoff, cutoff]


def findings(
    db: Database, *, today: date | None = None, project_id: str | None = None, include_duplicates: bool = True
) -> list[Finding]:
    scope, args = ("AND c.project_id = ?", [project_id]) if project_id else ("", [])
    checks = [
        ("missing", "warning", "children without a household", "c.household_id IS NULL"),
        ("missing", "warning", "children with an estimated date of birth", "c.birth_date_estimated = 1"),
        ("missing", "warning", "working children without hours per week", "c.working = 1 AND c.hours_per_week = 0"),
        (
            "missing",
            "warning",
            "children without a Latin transliteration of a non-Latin name",
            "c.name_latin = '' AND c.name GLOB '*[^ -~]*'",
        ),
        ("missing", "error", "children without consent", "c.consent = 0"),
        (
            "missing",
            "warning",
            "children in child labour or at risk without any education service",
            "c.work_status != 'not_at_risk' AND c.education_date IS NULL",
        ),
    ]
    out: list[Finding] = []
    for kind, severity, text, condition in checks:
        rows = db.execute(
            f"SELECT count(*), group_concat(case_number, ', ') FROM "
            f"(SELECT c.case_number FROM children c WHERE c.deleted = 0 AND {condition} {scope})",
            args,
        ).fetchone()
        if rows[0]:
            examples = tuple((rows[1] or "").split(", ")[:5])
            out.append(Finding(kind, severity, f"{rows[0]:,} {text}", rows[0], examples))
    sql, overdue_args = overdue_follow_ups_sql(today)
    overdue = db.execute(f"SELECT count(*) FROM ({sql} {scope})", [*overdue_args, *args]).fetchone()[0]
    if overdue:
        out.append(
            Finding(
                "overdue",
                "warning",
                f"{overdue:,} children have had no follow-up visit for more than {FOLLOW_UP_INTERVAL_DAYS} days",
                overdue,
            )
        )
    orphans = db.execute(
        "SELECT count(*) FROM services s LEFT JOIN children c ON c.id = s.child_id "
        "WHERE s.deleted = 0 AND s.child_id IS NOT NULL AND (c.id IS NULL OR c.deleted = 1)"
    ).fetchone()[0]
    if orphans:
        out.append(Finding("integrity", "error", f"{orphans:,} services belong to deleted children", orphans))
    if include_duplicates:
        pairs = duplicates.unreviewed(db, project_id=project_id)
        if pairs:
            out.append(
                Finding(
                    "duplicate",
                    "warning",
                    f"{len(pairs):,} pairs of suspected duplicate children",
                    len(pairs),
                    tuple(f"{a.case_number} / {b.case_number}" for a, b in pairs[:5]),
                )
            )
    return out
