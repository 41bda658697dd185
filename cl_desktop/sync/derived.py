"""Recompute derived columns after rows arrive from elsewhere.

Derived columns (``schema.DERIVED_COLUMNS``) never travel: each replica computes
them with the same rules the forms use (``domain.rules.classify_work``, then the
set-based outcome SQL), so a bundle cannot carry a stale or forged status.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.rules import Thresholds, age_on, classify_work
from cl_desktop.services.outcomes import refresh_outcomes

_BATCH = 500


def _batches(ids: Iterable[str] | None) -> Iterator[list[str] | None]:
    if ids is None:
        yield None
        return
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _BATCH):
        yield unique[start : start + _BATCH]


def _thresholds(db: Database) -> dict[str, Thresholds]:
    return {str(p["id"]): Thresholds.from_project(p) for p in db.query("SELECT * FROM projects")}


def _codes(text: Any) -> list[str]:
    try:
        value = json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def recompute_derived(
    db: Database, child_ids: Iterable[str] | None = None, follow_up_ids: Iterable[str] | None = None
) -> None:
    """Work status and age at intake of children, work status of follow-ups, then outcomes.

    ``None`` means every row. Children whose follow-ups changed get their outcome refreshed too.
    """
    thresholds = _thresholds(db)
    child_list = None if child_ids is None else list(dict.fromkeys(child_ids))
    fu_list = None if follow_up_ids is None else list(dict.fromkeys(follow_up_ids))
    outcome_ids: set[str] = set(child_list or [])
    with db.atomic():
        for batch in _batches(child_list):
            where, args = ("", []) if batch is None else (f" WHERE id IN ({', '.join('?' * len(batch))})", batch)
            updates = []
            for r in db.execute(
                "SELECT id, project_id, birth_date, intake_date, working, hours_per_week, hazards, risk_factors, "
                f"work_status, age_at_intake FROM children{where}",
                args,
            ).fetchall():
                cid, project, birth, intake, working, hours, hazards, risks, status, age = r
                if birth and intake:
                    age = age_on(date.fromisoformat(birth), date.fromisoformat(intake))
                new = classify_work(
                    int(age or 0),
                    working=bool(working),
                    hours_per_week=int(hours or 0),
                    hazards=_codes(hazards),
                    risk_factors=_codes(risks),
                    thresholds=thresholds.get(project, Thresholds()),
                )
                if str(new.value) != status or age != r[9]:
                    updates.append((str(new.value), int(age or 0), cid))
            db.conn.executemany("UPDATE children SET work_status = ?, age_at_intake = ? WHERE id = ?", updates)
        for batch in _batches(fu_list):
            where, args = ("", []) if batch is None else (f" WHERE f.id IN ({', '.join('?' * len(batch))})", batch)
            updates = []
            for r in db.execute(
                "SELECT f.id, f.child_id, c.project_id, c.birth_date, f.visit_date, f.working, f.hours_per_week, "
                f"f.hazards, f.work_status FROM follow_ups f JOIN children c ON c.id = f.child_id{where}",
                args,
            ).fetchall():
                fid, child, project, birth, visit, working, hours, hazards, status = r
                if fu_list is not None:
                    outcome_ids.add(child)
                if not birth or not visit:
                    continue
                new = classify_work(
                    age_on(date.fromisoformat(birth), date.fromisoformat(visit)),
                    working=bool(working),
                    hours_per_week=int(hours or 0),
                    hazards=_codes(hazards),
                    thresholds=thresholds.get(project, Thresholds()),
                )
                if str(new.value) != status:
                    updates.append((str(new.value), fid))
            db.conn.executemany("UPDATE follow_ups SET work_status = ? WHERE id = ?", updates)
        if child_list is None:
            refresh_outcomes(db, None)
        elif outcome_ids:
            refresh_outcomes(db, outcome_ids)
