"""Counts for ``cl-desktop stats`` and the status bar."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from cl_desktop.figures.indicators import summary_current

# the per-project counts held in the indicator summary (all days), by the column they fill
_SUMMED = {
    "children": ("registered", ""),
    "services": ("services", ""),
    "follow_ups": ("visits", ""),
    "withdrawn": ("withdrawn", "total"),
    "prevented": ("prevented", "total"),
}


def database_stats(db: Database) -> dict[str, Any]:
    if summary_current(db):
        counts = ", ".join(
            f"(SELECT coalesce(sum(n), 0) FROM indicator_summary WHERE project_id = p.id AND measure = '{m}' "
            f"AND dim = '{d}') AS {column}"
            for column, (m, d) in _SUMMED.items()
        )
        sql = f"""SELECT p.code, p.title,
          (SELECT count(*) FROM action_programmes a WHERE a.project_id = p.id AND a.deleted = 0) AS action_programmes,
          {counts}
        FROM projects p WHERE p.deleted = 0 ORDER BY p.start_date, p.code"""
        return _totals(db, list(db.query(sql)))
    sql = """
    SELECT p.code, p.title,
      (SELECT count(*) FROM action_programmes a WHERE a.project_id = p.id AND a.deleted = 0) AS action_programmes,
      (SELECT count(*) FROM children c WHERE c.project_id = p.id AND c.deleted = 0) AS children,
      (SELECT count(*) FROM services s JOIN children c ON c.id = s.child_id
         WHERE c.project_id = p.id AND s.deleted = 0 AND c.deleted = 0) AS services,
      (SELECT count(*) FROM follow_ups f JOIN children c ON c.id = f.child_id
         WHERE c.project_id = p.id AND f.deleted = 0 AND c.deleted = 0) AS follow_ups,
      (SELECT count(*) FROM children c WHERE c.project_id = p.id AND c.deleted = 0
         AND c.outcome = 'withdrawn') AS withdrawn,
      (SELECT count(*) FROM children c WHERE c.project_id = p.id AND c.deleted = 0
         AND c.outcome = 'prevented') AS prevented
    FROM projects p WHERE p.deleted = 0 ORDER BY p.start_date, p.code"""
    return _totals(db, list(db.query(sql)))


def _totals(db: Database, projects: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("action_programmes", "children", "services", "follow_ups", "withdrawn", "prevented")
    totals = {k: sum(p[k] for p in projects) for k in keys}
    totals["projects"] = len(projects)
    totals["households"] = db.execute("SELECT count(*) FROM households WHERE deleted = 0").fetchone()[0]
    return {"projects": projects, "totals": totals}
