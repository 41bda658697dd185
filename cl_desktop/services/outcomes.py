"""Derive withdrawn / prevented status for children in SQL.

The same rule as ``domain.rules.derive_outcome`` (a property test holds them
equal), written as set-based SQL so a million children are refreshed in one
statement and a single save refreshes one child cheaply.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from cl_desktop.domain.rules import EDUCATION_SERVICES

_EDU = ", ".join(f"'{s}'" for s in sorted(EDUCATION_SERVICES))

_DERIVE = f"""
WITH target AS (
    SELECT c.id, c.work_status, p.withdrawn_months AS months
    FROM children c JOIN projects p ON p.id = c.project_id
    WHERE {{where}}
),
edu AS (
    SELECT s.child_id, min(s.start_date) AS sd
    FROM {{edu_join}}
    WHERE s.deleted = 0 AND s.service_type IN ({_EDU})
    GROUP BY s.child_id
),
fu AS (
    SELECT f.child_id, f.visit_date AS d,
           f.work_status IN ('hazardous', 'child_labour') AS bad
    FROM {{fu_join}}
    WHERE f.deleted = 0 AND f.visit_date >= e.sd
),
summary AS (
    SELECT child_id, max(d) AS latest, max(CASE WHEN bad THEN d END) AS last_bad
    FROM fu GROUP BY child_id
),
clean AS (
    SELECT fu.child_id, min(fu.d) AS first_clean
    FROM fu JOIN summary s ON s.child_id = fu.child_id
    WHERE NOT fu.bad AND (s.last_bad IS NULL OR fu.d > s.last_bad)
    GROUP BY fu.child_id
),
reached AS (
    SELECT fu.child_id, min(fu.d) AS reached
    FROM fu JOIN clean c ON c.child_id = fu.child_id
            JOIN summary s ON s.child_id = fu.child_id
            JOIN target t ON t.id = fu.child_id
    WHERE NOT fu.bad AND (s.last_bad IS NULL OR fu.d > s.last_bad)
      AND fu.d >= date(c.first_clean, '+' || t.months || ' months')
    GROUP BY fu.child_id
),
derived AS (
    SELECT t.id, e.sd AS education_date,
        CASE
            WHEN t.work_status = 'not_at_risk' OR e.sd IS NULL THEN NULL
            WHEN s.latest IS NULL OR s.last_bad = s.latest THEN 'in_progress'
            WHEN t.work_status = 'at_risk' THEN 'prevented'
            WHEN r.reached IS NOT NULL THEN 'withdrawn'
            ELSE 'in_progress'
        END AS outcome,
        CASE
            WHEN t.work_status = 'not_at_risk' OR e.sd IS NULL THEN NULL
            WHEN s.latest IS NULL OR s.last_bad = s.latest THEN NULL
            WHEN t.work_status = 'at_risk' THEN c.first_clean
            ELSE r.reached
        END AS outcome_date
    FROM target t
    LEFT JOIN edu e ON e.child_id = t.id
    LEFT JOIN summary s ON s.child_id = t.id
    LEFT JOIN clean c ON c.child_id = t.id
    LEFT JOIN reached r ON r.child_id = t.id
)
UPDATE children SET
    education_date = derived.education_date,
    outcome = derived.outcome,
    outcome_date = derived.outcome_date
FROM derived
WHERE children.id = derived.id
  AND (children.outcome IS NOT derived.outcome
       OR children.outcome_date IS NOT derived.outcome_date
       OR children.education_date IS NOT derived.education_date)
"""


# For everyone, scanning services and follow-ups once is cheapest; for a few children the
# planner must start from them and look their records up by index (CROSS JOIN fixes the order),
# or a single save pays for a scan of every service.
_SCAN = {
    "edu_join": "services s JOIN target t ON t.id = s.child_id",
    "fu_join": "follow_ups f JOIN edu e ON e.child_id = f.child_id",
}
_LOOKUP = {
    "edu_join": "target t CROSS JOIN services s ON s.child_id = t.id",
    "fu_join": "edu e CROSS JOIN follow_ups f ON f.child_id = e.child_id",
}


def refresh_outcomes(db: Database, child_ids: Iterable[str] | None = None) -> int:
    """Recompute derived outcome columns; all children when ``child_ids`` is None.

    Returns the number of children whose status changed.
    """
    before = db.conn.total_changes
    with db.atomic():
        if child_ids is None:
            db.execute(_DERIVE.format(where="c.deleted = 0", **_SCAN))
        else:
            ids = list(dict.fromkeys(child_ids))
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                db.execute(_DERIVE.format(where=f"c.id IN ({marks})", **_LOOKUP), chunk)
    # cursor.rowcount is -1 for statements that start with WITH
    return db.conn.total_changes - before
