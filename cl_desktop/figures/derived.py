"""Recompute derived columns after rows arrive from elsewhere.

Derived columns (``schema.DERIVED_COLUMNS``) never travel: each replica computes
them with the same rules the forms use (``domain.rules.classify_work``, then the
outcome rule through ``figures.outcomes``), so a bundle cannot carry a stale or forged status.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.rules import Thresholds, age_on, classify_work
from cl_desktop.figures.outcomes import invalidate_summary, refresh_outcomes, refresh_summary
from cl_desktop.store.staged import StagedUpdate

_BATCH = 500


def _batches(ids: Iterable[str] | None) -> Iterator[list[str] | None]:
    if ids is None:  # everything, in rowid pages (see _where): memory stays bounded
        yield None
        return
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), _BATCH):
        yield unique[start : start + _BATCH]


def _pages(
    db: Database, select: str, key: str, ids: list[str] | None
) -> Iterator[tuple[list[str] | None, list[tuple[Any, ...]]]]:
    """Rows of ``select`` for the given ids in batches, or all rows in rowid pages of 5,000."""
    if ids is not None:
        for batch in _batches(ids):
            assert batch is not None
            marks = ", ".join("?" * len(batch))
            yield batch, db.execute(f"{select} WHERE {key} IN ({marks})", batch).fetchall()
        return
    rowid = select.rsplit(",", 1)[1].split(" FROM ")[0].strip()  # the rowid column, last in the list
    last = -1
    while True:
        rows = db.execute(f"{select} WHERE {rowid} > ? ORDER BY {rowid} LIMIT 5000", [last]).fetchall()
        if not rows:
            return
        last = rows[-1][-1]
        yield None, rows


def _thresholds(db: Database) -> dict[str, Thresholds]:
    return {str(p["id"]): Thresholds.from_project(p) for p in db.query("SELECT * FROM projects")}


def _codes(text: Any) -> list[str]:
    try:
        value = json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _classifier(thresholds: dict[str, Thresholds]) -> Callable[[Any, int, bool, int, Any, Any, int], str]:
    """``classify_work``'s status for a row's raw values, remembered: a national load repeats the same
    few thousand combinations of project, age, hours and hazard lists millions of times."""

    @functools.lru_cache(maxsize=1 << 16)
    def classify(project: Any, age: int, working: bool, hours: int, hazards: Any, risks: Any, chores: int) -> str:
        return str(
            classify_work(
                age,
                working=working,
                hours_per_week=hours,
                hazards=_codes(hazards),
                risk_factors=_codes(risks) if risks is not None else (),
                thresholds=thresholds.get(project, Thresholds()),
                chores_hours=chores,
            ).value
        )

    return classify


def recompute_derived(
    db: Database,
    child_ids: Iterable[str] | None = None,
    follow_up_ids: Iterable[str] | None = None,
    *,
    before_outcomes: Callable[[], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Work status and age at intake of children, work status of follow-ups, then outcomes
    (``before_outcomes`` runs in between: a bulk load builds its indexes there). ``progress(rows done,
    rows)`` is told after each page of rows and may raise to stop (the caller's transaction then
    rolls back).

    ``None`` means every row. Children whose follow-ups changed get their outcome refreshed too,
    and the indicator summary follows (rebuilt after a full recomputation; otherwise the changed
    children and whatever the triggers marked, households included, are recomputed).
    """
    thresholds = _thresholds(db)
    classify = _classifier(thresholds)
    child_list = None if child_ids is None else list(dict.fromkeys(child_ids))
    fu_list = None if follow_up_ids is None else list(dict.fromkeys(follow_up_ids))
    outcome_ids: set[str] = set(child_list or [])
    children = StagedUpdate(db.conn, "children", ("work_status", "age_at_intake"))
    follow_ups = StagedUpdate(db.conn, "follow_ups", ("work_status",))
    total = done = 0
    if progress is not None:
        total = (
            len(child_list) if child_list is not None else db.execute("SELECT count(*) FROM children").fetchone()[0]
        ) + (len(fu_list) if fu_list is not None else db.execute("SELECT count(*) FROM follow_ups").fetchone()[0])
        progress(0, total)
    with db.atomic():
        if child_list is None:
            invalidate_summary(db)  # rebuilt at the end: no per-row bookkeeping meanwhile
        for _batch, rows in _pages(
            db,
            "SELECT id, project_id, birth_date, intake_date, working, hours_per_week, hazards, risk_factors, "
            "work_status, age_at_intake, chores_hours_per_week, rowid FROM children",
            "id",
            child_list,
        ):
            updates = []
            for r in rows:
                _, project, birth, intake, working, hours, hazards, risks, status, age, chores, rowid = r
                if birth and intake:
                    age = age_on(date.fromisoformat(birth), date.fromisoformat(intake))
                new = classify(project, int(age or 0), bool(working), int(hours or 0), hazards, risks, int(chores or 0))
                if new != status or age != r[9]:
                    updates.append((new, int(age or 0), rowid))
            children.add(updates)
            if progress is not None:
                done += len(rows)
                progress(done, total)
        children.apply()
        for _batch, rows in _pages(
            db,
            "SELECT f.id, f.child_id, c.project_id, c.birth_date, f.visit_date, f.working, f.hours_per_week, "
            "f.hazards, f.work_status, f.chores_hours_per_week, f.rowid "
            "FROM follow_ups f JOIN children c ON c.id = f.child_id",
            "f.id",
            fu_list,
        ):
            visits: list[tuple[str, int]] = []
            for r in rows:
                _, child, project, birth, visit, working, hours, hazards, status, chores, rowid = r
                if fu_list is not None:
                    outcome_ids.add(child)
                if not birth or not visit:
                    continue
                age = age_on(date.fromisoformat(birth), date.fromisoformat(visit))
                new = classify(project, age, bool(working), int(hours or 0), hazards, None, int(chores or 0))
                if new != status:
                    visits.append((new, rowid))
            follow_ups.add(visits)
            if progress is not None:
                done += len(rows)
                progress(done, total)
        follow_ups.apply()
        if before_outcomes is not None:
            before_outcomes()
        if child_list is None:
            refresh_outcomes(db, None)
        elif outcome_ids:
            refresh_outcomes(db, outcome_ids)
        else:
            refresh_summary(db)
