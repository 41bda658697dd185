"""Counts for ``cl-desktop stats`` and the status bar."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.referrals import Status
from cl_desktop.figures.indicators import counts

# The per-project counts, as the indicator summary holds them (all days) and from the records.
_COUNTED = """
SELECT 'registered', '', '', count(*) FROM children c WHERE c.project_id = ?1 AND c.deleted = 0
UNION ALL
SELECT 'services', '', '', count(*) FROM services s JOIN children c ON c.id = s.child_id
  WHERE c.project_id = ?1 AND s.deleted = 0 AND c.deleted = 0
UNION ALL
SELECT 'visits', '', '', count(*) FROM follow_ups f JOIN children c ON c.id = f.child_id
  WHERE c.project_id = ?1 AND f.deleted = 0 AND c.deleted = 0"""
_OUTCOMES = """
SELECT c.outcome, 'total', '', count(*) FROM children c
  WHERE c.project_id = ?1 AND c.deleted = 0 AND c.outcome IN ('withdrawn', 'prevented') GROUP BY c.outcome"""
# the column each measure fills
_COLUMNS = {
    "registered": "children",
    "services": "services",
    "visits": "follow_ups",
    "withdrawn": "withdrawn",
    "prevented": "prevented",
}


def database_stats(db: Database) -> dict[str, Any]:
    projects = []
    for row in db.query(
        """SELECT p.id, p.code, p.title,
          (SELECT count(*) FROM action_programmes a WHERE a.project_id = p.id AND a.deleted = 0) AS action_programmes
        FROM projects p WHERE p.deleted = 0 ORDER BY p.start_date, p.code"""
    ):
        pid = row.pop("id")
        row.update(dict.fromkeys(_COLUMNS.values(), 0))
        for measures, dim, sql in (
            (("registered", "services", "visits"), "", _COUNTED),
            (("withdrawn", "prevented"), "total", _OUTCOMES),
        ):
            for measure, _key, _sex, n in counts(db, pid, measures, dim=dim, direct=(sql, [pid])):
                row[_COLUMNS[measure]] += n
        row["referrals"] = _referrals(db, pid)
        projects.append(row)
    return _totals(db, projects)


def _referrals(db: Database, project_id: str) -> dict[str, int]:
    """The project's referrals by status, every status present (read from the referrals alone)."""
    found = dict.fromkeys((s.value for s in Status), 0)
    for status, n in db.execute(
        "SELECT status, count(*) FROM referrals WHERE project_id = ? AND deleted = 0 GROUP BY status",
        [project_id],
    ):
        found[status] = n
    return found


def _totals(db: Database, projects: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("action_programmes", "children", "services", "follow_ups", "withdrawn", "prevented")
    totals = {k: sum(p[k] for p in projects) for k in keys}
    totals["projects"] = len(projects)
    totals["households"] = db.execute("SELECT count(*) FROM households WHERE deleted = 0").fetchone()[0]
    return {"projects": projects, "totals": totals}
