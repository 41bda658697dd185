"""Figures measured in-process on the database: dashboard, search, duplicates, outcomes."""

from __future__ import annotations

import json
import statistics
from datetime import date
from pathlib import Path
from typing import Any

from cl_desktop.bench.harness import Measure, timed

SEARCH_TERMS: dict[str, list[str]] = {}  # database path -> terms the core search used, reused by the GUI probe


# -- measurements ------------------------------------------------------------
def current_period(db: Any, project: dict[str, Any]) -> dict[str, Any] | None:
    """The dashboard's "this period": the one containing today, else the project's last one."""
    periods = list(
        db.query(
            "SELECT * FROM reporting_periods WHERE project_id = ? AND deleted = 0 ORDER BY start_date", [project["id"]]
        )
    )
    today = date.today().isoformat()
    for p in periods:
        if p["start_date"] <= today <= p["end_date"]:
            return p
    return periods[-1] if periods else None


def measure_core(path: Path, runs: int, quick: bool) -> list[Measure]:
    from cl_desktop.figures import duplicates, indicators
    from cl_desktop.figures.outcomes import refresh_outcomes
    from cl_desktop.services import lists
    from cl_desktop.services.lists import ListQuery
    from cl_desktop.store import open_database

    db = open_database(path, create=False)
    out: list[Measure] = []
    projects = list(db.query("SELECT * FROM projects WHERE deleted = 0 ORDER BY code"))
    periods = {p["id"]: current_period(db, p) for p in projects}

    def dashboard() -> None:
        for p in projects:
            indicators.project_indicators(db, p, periods[p["id"]])

    m = Measure(
        "dashboard_indicators", "Dashboard indicators, all projects (this period and cumulative)", "s", target=1.0
    )
    m.runs = timed(dashboard, runs, m.cpu_runs)
    per_project = {}
    for p in projects:
        per_project[p["code"]] = round(
            statistics.median(timed(lambda p=p: indicators.project_indicators(db, p, periods[p["id"]]), 1)), 3
        )
    m.note = "per project (one run): " + ", ".join(f"{k} {v} s" for k, v in per_project.items())
    out.append(m)

    # search: a Khmer name, a Cyrillic name, a Latin name, a case number, as typed in the list's search box
    kh = db.execute(
        "SELECT name, name_latin, case_number FROM children "
        "WHERE case_number LIKE 'KH-%' AND deleted = 0 ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    ru = db.execute("SELECT name FROM children WHERE name GLOB '*[А-я]*' AND deleted = 0 LIMIT 1").fetchone()
    terms = {
        "Khmer": kh[0].split()[-1],
        "Cyrillic": (ru[0].split()[0] if ru else "Айгерим"),
        "Latin": kh[1].split()[-1],
        "case number": kh[2],
    }
    SEARCH_TERMS[str(path)] = list(terms.values())
    search_runs: list[float] = []
    search_cpu: list[float] = []
    by_term = {}
    for label, term in terms.items():
        times = timed(
            lambda term=term: (
                lists.page(db, "children", ListQuery(search=term), 0, 100),
                lists.count(db, "children", ListQuery(search=term), cap=10_000),
            ),
            runs + 2,
            search_cpu,
        )
        search_runs += times
        by_term[label] = f"{term!r} {statistics.median(times) * 1000:.1f} ms"
    m = Measure(
        "search", "Search by name (Khmer, Cyrillic, Latin) or case number: first page + capped count", "ms", target=50
    )
    m.runs = [t * 1000 for t in search_runs]
    m.cpu_runs = [t * 1000 for t in search_cpu]
    m.note = "; ".join(f"{k}: {v}" for k, v in by_term.items())
    out.append(m)

    sample = list(
        db.query(
            "SELECT name, name_latin, sex, birth_date, location_id FROM children WHERE deleted = 0 "
            "AND rowid % ? = 0 LIMIT 6",
            [max(1, db.execute("SELECT max(rowid) FROM children").fetchone()[0] // 7)],
        )
    )
    cand_runs: list[float] = []
    cand_cpu: list[float] = []
    for r in sample:
        cand_runs += timed(
            lambda r=r: duplicates.candidates(
                db,
                name=r["name"],
                sex=r["sex"],
                birth_date=r["birth_date"],
                location_id=r["location_id"],
                name_latin=r["name_latin"],
            ),
            runs,
            cand_cpu,
        )
    m = Measure("duplicate_candidates", "Duplicate candidates while typing a new child", "ms", target=50)
    m.runs = [t * 1000 for t in cand_runs]
    m.cpu_runs = [t * 1000 for t in cand_cpu]
    m.note = f"{len(sample)} existing children typed again (name in their script, Latin name, sex, birth date, village)"
    out.append(m)

    m = Measure("duplicate_scan", "Full duplicate scan across all children", "s", target=30)
    # A data set loaded in bulk has no name keys yet: the first scan (or look-up) fills them once.
    filled: list[int] = []
    keys_time = timed(lambda: filled.append(duplicates.refresh_keys(db)), 1)[0]
    found: list[list[tuple[Any, Any]]] = []
    first = timed(lambda: found.append(duplicates.scan(db)), 1, m.cpu_runs)
    m.runs = first + (timed(lambda: duplicates.scan(db), max(0, runs - 1), m.cpu_runs) if first[0] < 60 else [])
    pairs = found[0]
    found.clear()
    m.note = f"{len(pairs):,} suspected pairs listed for review" + ("; one run (over 60 s)" if first[0] >= 60 else "")
    if filled[0]:
        m.note += f"; keys of {filled[0]:,} children filled first in {keys_time:.1f} s (once after a bulk load)"
    out.append(m)
    out.append(measure_review_list(db, pairs, runs))
    out.append(measure_pairs_count(db, projects, runs))
    out += measure_recall(db, pairs)
    m = Measure("refresh_outcomes", "Derive withdrawn/prevented for every child (refresh_outcomes, no change)", "s")
    m.runs = timed(lambda: refresh_outcomes(db), max(1, runs - 1), m.cpu_runs)
    out.append(m)
    db.close()
    return out


def measure_review_list(db: Any, pairs: list[tuple[Any, Any]], runs: int) -> Measure:
    """The review queue as the Sync page reads it: the count, the first page and a page deep in the
    queue, with every pair of the full scan listed (inserted in a transaction rolled back afterwards,
    so the cached data set is left as it was)."""
    from cl_desktop.ids import uuid7
    from cl_desktop.sync import conflicts

    m = Measure("duplicate_review_list", "Duplicate review list: pairs counted, first and a deep page", "ms", target=50)
    with_pairs = [
        (uuid7(), *sorted((a.child_id, b.child_id)), a.score, json.dumps(list(a.reasons)), f"2026-01-01T{n:09d}")
        for n, (a, b) in enumerate(pairs)
    ]
    db.execute("SAVEPOINT review_list")
    try:
        db.conn.executemany(
            "INSERT OR IGNORE INTO sync_duplicates(id, child_a, child_b, score, reasons, found_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            with_pairs,
        )
        total = conflicts.open_duplicates_count(db)
        middle = conflicts.duplicates_page(db, limit=max(1, total // 2))[-1] if total else None
        after = (middle["score"], middle["found_at"], middle["id"]) if middle else None
        parts: dict[str, list[float]] = {"count": [], "first": [], "deep": []}

        def one() -> None:
            for part, call in (
                ("count", lambda: conflicts.open_duplicates_count(db, conflicts.REVIEW_COUNT_CAP)),
                ("first", lambda: conflicts.duplicates_page(db, limit=conflicts.REVIEW_PAGE)),
                ("deep", lambda: conflicts.duplicates_page(db, after=after, limit=conflicts.REVIEW_PAGE)),
            ):
                parts[part] += timed(call, 1)

        m.runs = [t * 1000 for t in timed(one, runs + 2, m.cpu_runs)]
        m.cpu_runs = [t * 1000 for t in m.cpu_runs]
    finally:
        db.execute("ROLLBACK TO review_list")
        db.execute("RELEASE review_list")
    m.note = (
        f"{total:,} open pairs; medians: count (up to {conflicts.REVIEW_COUNT_CAP:,}) "
        f"{statistics.median(parts['count']) * 1000:.1f} ms, first page of "
        f"{conflicts.REVIEW_PAGE} {statistics.median(parts['first']) * 1000:.1f} ms, "
        f"the page after pair {total // 2:,} {statistics.median(parts['deep']) * 1000:.1f} ms "
        "(read by key along the review-order index; the count grows with the pairs up to its cap, "
        "the pages do not)"
    )
    return m


def measure_pairs_count(db: Any, projects: list[dict[str, Any]], runs: int) -> Measure:
    """The count of pairs awaiting review as the TPR, the data-quality report and the dashboard read it
    (``figures.duplicate_queue.status``: the queue the full check and every save keep), per project."""
    from cl_desktop.figures import duplicate_queue

    m = Measure(
        "duplicate_pairs_count",
        "Pairs awaiting review as the reports read them, every project (no scan)",
        "ms",
        target=1000,
    )
    counted: dict[str, int] = {}

    def every_project() -> None:
        for p in projects:
            counted[p["code"]] = duplicate_queue.status(db, project_id=p["id"], examples=5).pairs

    m.runs = [t * 1000 for t in timed(every_project, runs + 2, m.cpu_runs)]
    m.cpu_runs = [t * 1000 for t in m.cpu_runs]
    full_at, unchecked = duplicate_queue.freshness(db)
    m.note = (
        f"{', '.join(f'{k} {v:,}' for k, v in counted.items())} pairs; last full check {full_at[:16] or 'never'}"
        + (f", {unchecked:,} children not compared since" if unchecked else ", every child compared")
    )
    return m


# The review load of the scan before duplicate detection blocked on the name's sound instead of the
# commune (docs/benchmarks.md, before issue 23): 4,054 pairs at 100,000 children, 203,713 at 1,000,000.
REVIEW_LOAD_BEFORE = {100_000: 40.5, 1_000_000: 203.7}


def measure_recall(db: Any, pairs: list[tuple[Any, Any]]) -> list[Measure]:
    """Recall of the children registered twice on purpose, by kind, by the scan and by the look-up while
    typing; the review load; the look-up's time for each planted child typed again."""
    from cl_desktop.figures import duplicates

    planted = duplicates.planted_pairs(db)
    if not planted:
        return []
    result = duplicates.recall(db, planted, pairs)
    m = Measure("duplicate_recall", "Planted duplicates found by the full scan", "%", target=99.0, target_kind="min")
    m.runs = [100 * result.overall]
    kinds = sorted(result.planted)
    m.note = (
        f"{sum(result.found.values())} of {sum(result.planted.values())}; by kind: "
        + ", ".join(f"{k} {result.found.get(k, 0)}/{result.planted[k]}" for k in kinds)
        + (f"; missed: {', '.join(f'{a}/{b} ({k})' for a, b, k in result.missed[:5])}" if result.missed else "")
    )
    worst = min(100 * result.of(k) for k in kinds)
    m.note += f"; lowest kind {worst:.1f} %"
    out = [m]
    load = Measure(
        "duplicate_review_load",
        "Pairs a reviewer looks at per 1,000 children (full scan)",
        "pairs",
        target=REVIEW_LOAD_BEFORE.get(result.children),
    )
    load.runs = [result.review_load]
    load.note = f"{result.pairs:,} pairs for {result.children:,} children"
    if load.target is None:
        load.note += "; no earlier figure at this size"
    out.append(load)
    # The same children typed again at intake (or arriving in a bundle): found by the look-up?
    rows = {
        r[0]: r
        for r in db.execute(
            "SELECT id, name, name_latin, sex, birth_date, location_id, birth_date_estimated, office FROM children "
            "WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps([p[1] for p in planted])],
        )
    }
    hits: dict[str, int] = {}
    times: list[float] = []
    cpu: list[float] = []
    for first, second, kind in planted:
        r = rows[second]
        got: list[Any] = []
        times += timed(
            lambda r=r, got=got: got.append(
                duplicates.candidates(
                    db,
                    name=r[1],
                    name_latin=r[2] or "",
                    sex=r[3],
                    birth_date=r[4],
                    location_id=r[5],
                    birth_date_estimated=bool(r[6]),
                    office=r[7] or "",
                    exclude_id=r[0],
                    limit=None,
                )
            ),
            1,
            cpu,
        )
        hits[kind] = hits.get(kind, 0) + any(c.child_id == first for c in got[0])
    typing = Measure(
        "duplicate_recall_typing",
        "Planted duplicates found by the look-up while typing",
        "%",
        target=99.0,
        target_kind="min",
    )
    typing.runs = [100 * sum(hits.values()) / len(planted)]
    typing.note = ", ".join(f"{k} {hits.get(k, 0)}/{result.planted[k]}" for k in kinds)
    out.append(typing)
    lookup = Measure(
        "duplicate_candidates_planted", "Look-up while typing, each planted child typed again", "ms", target=50
    )
    lookup.runs = [t * 1000 for t in times]
    lookup.cpu_runs = [t * 1000 for t in cpu]
    lookup.note = f"{len(times)} look-ups, slowest {max(times) * 1000:.1f} ms"
    out.append(lookup)
    return out
