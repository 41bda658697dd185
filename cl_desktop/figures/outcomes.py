"""Derive withdrawn / prevented status for children in SQL.

The same rule as ``domain.rules.derive_outcome`` (a property test holds them
equal), written as set-based SQL so a million children are refreshed in one
statement and a single save refreshes one child cheaply.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlite_utils import Database

from cl_desktop.domain.referrals import DEFAULT_SERVICE_DAYS
from cl_desktop.domain.rules import Outcome, Visit, WorkStatus, derive_outcome
from cl_desktop.figures import indicator_facts
from cl_desktop.store.staged import StagedUpdate

_EDU = indicator_facts.EDU_SQL

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


# For the children given, the planner must start from them and look their records up by index
# (CROSS JOIN fixes the order), or a single save pays for a scan of every service. (Everyone:
# ``_derive_everyone``.)
_LOOKUP = {
    "edu_join": "target t CROSS JOIN services s ON s.child_id = t.id",
    "fu_join": "edu e CROSS JOIN follow_ups f ON f.child_id = e.child_id",
}


def refresh_outcomes(db: Database, child_ids: Iterable[str] | None = None) -> int:
    """Recompute derived outcome columns; all children when ``child_ids`` is None.

    Returns the number of children whose status changed. The indicators' precomputed
    contributions of those children (and of anything else changed since) follow in the same
    transaction: all of them are rebuilt when ``child_ids`` is None.
    """
    changed = 0
    with db.atomic():
        if child_ids is None:
            invalidate_summary(db)
            changed = _derive_everyone(db)
            rebuild_summary(db)
            return changed
        ids = list(dict.fromkeys(child_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            db.execute(_DERIVE.format(where=f"c.id IN ({marks})", **_LOOKUP), chunk)
            changed += db.execute("SELECT changes()").fetchone()[0]
        refresh_summary(db, ids)
    return int(changed)


_BATCH = indicator_facts.BATCH
_IN_CHILD_LABOUR = frozenset({WorkStatus.HAZARDOUS, WorkStatus.CHILD_LABOUR})


def _derive_everyone(db: Database) -> int:
    """The rule of :func:`~cl_desktop.domain.rules.derive_outcome` for every child, in batches.

    At national scale the one-statement form (``_DERIVE``) sorts every follow-up visit of the
    country several times and updates the children in id order, page by random page (about six
    minutes at a million children); here the children are read in storage order, their education
    services and visits looked up per batch through the ``child_id`` indexes, and the children
    whose outcome changed are updated in the same order.
    """
    conn = db.conn
    conn.execute("DROP TABLE IF EXISTS temp._out_b")
    conn.execute("CREATE TEMP TABLE _out_b (id TEXT PRIMARY KEY) WITHOUT ROWID")
    staged = StagedUpdate(conn, "children", ("education_date", "outcome", "outcome_date"))
    changed, after = 0, -1
    try:
        while batch := conn.execute(
            "SELECT c.rowid, c.id, c.work_status, p.withdrawn_months, c.education_date, c.outcome, c.outcome_date "
            "FROM children c JOIN projects p ON p.id = c.project_id "
            "WHERE c.rowid > ? AND c.deleted = 0 ORDER BY c.rowid LIMIT ?",
            (after, _BATCH),
        ).fetchall():
            after = batch[-1][0]
            conn.executemany("INSERT INTO temp._out_b (id) VALUES (?)", [(c[1],) for c in batch])
            education = dict(
                conn.execute(
                    "SELECT s.child_id, min(s.start_date) FROM temp._out_b b CROSS JOIN services s "
                    f"ON s.child_id = b.id WHERE s.deleted = 0 AND s.service_type IN ({_EDU}) GROUP BY s.child_id"
                )
            )
            visits: dict[str, list[tuple[str, str]]] = {}
            for child_id, day, status in conn.execute(
                "SELECT f.child_id, f.visit_date, f.work_status FROM temp._out_b b "
                "CROSS JOIN follow_ups f ON f.child_id = b.id WHERE f.deleted = 0"
            ):
                visits.setdefault(child_id, []).append((day, status))
            conn.execute("DELETE FROM temp._out_b")
            updates = []
            for rowid, child_id, status, months, *now in batch:
                new = _derived(status, education.get(child_id), visits.get(child_id, ()), months)
                if new != tuple(now):
                    updates.append((*new, rowid))
            staged.add(updates)
            changed += len(updates)
        staged.apply()
    finally:
        conn.execute("DROP TABLE IF EXISTS temp._out_b")
        staged.discard()
    return changed


def _derived(
    status: str, education: str | None, visits: Iterable[tuple[str, str]], months: int
) -> tuple[str | None, str | None, str | None]:
    """(education date, outcome, outcome date) as ``_DERIVE`` sets them."""
    if education is None or status == WorkStatus.NOT_AT_RISK:
        return education, None, None
    start = date.fromisoformat(education)
    result = derive_outcome(
        status,
        [start],
        [Visit(date.fromisoformat(day), ws in _IN_CHILD_LABOUR) for day, ws in visits if day >= education],
        withdrawn_months=months,
    )
    outcome = result.value
    day = result.params.get("outcome_date") if outcome in (Outcome.WITHDRAWN, Outcome.PREVENTED) else None
    return education, None if outcome is None else str(outcome), None if day is None else str(day)


# -- the indicators' precomputed contributions (store/migrations_summary.py) --------------------
#
# Each child and each household contributes rows ``(measure, key, day, n)`` to its project's
# figures, by its sex (a household: its head's); ``indicator_summary`` holds their sums per
# project. A figure "up to a date" is then the sum of ``n`` over the days up to it:
#   withdrawn / prevented  +1 on the outcome date, once per dimension (total, age group, sector,
#                          province, programme) — kept from the children's rows by triggers;
#   registered / services / visits  +1 on each child's intake date, each service's start date
#                          (by type), each follow-up's visit date — kept by triggers too;
#   e1                     +1 on the first education service of each type, and of any type;
#   l1                     +1 on a household's first livelihood service for the project;
#   poc / poh              the status (in child labour, hazardous, worst forms, attending
#                          regularly) as a series of spans: +1 where a status starts, -1 where the
#                          next one replaces it, so the sum up to a date is the status on that date.
# Days are ISO dates; '' stands for no date (counted only when no bound is asked for).

_WORST = "(SELECT code FROM reference_items WHERE list = 'sector' AND json_extract(attributes, '$.worst_form') = 1)"


def _age_group_sql() -> str:
    from cl_desktop.figures.indicators import AGE_GROUP_SQL

    return AGE_GROUP_SQL


def _summary_active(db: Database) -> bool | None:
    """True when the summary is kept, False when it awaits a rebuild, None before the migration."""
    try:
        row = db.execute("SELECT rebuild FROM indicator_state").fetchone()
    except sqlite3.OperationalError:
        return None
    return bool(row) and row[0] == 0


def _select_children(db: Database, full: bool) -> None:
    """Copy the counted children (with what their facts need) to the temporary table ``_ind_t``.

    Every child when ``full``; else the children in ``_ind_cids`` (the targets) and every child of
    the households in ``_ind_hids``, since a household's status needs all of its children.
    """
    db.execute("DROP TABLE IF EXISTS temp._ind_t")
    scope = (
        ""
        if full
        else " AND (c.id IN (SELECT id FROM temp._ind_cids) OR c.household_id IN (SELECT id FROM temp._ind_hids))"
    )
    target = "1" if full else "c.id IN (SELECT id FROM temp._ind_cids)"
    db.execute(f"""CREATE TEMP TABLE _ind_t AS
        SELECT c.id, c.project_id, coalesce(c.sex, '') AS sex, c.household_id AS hh, c.work_status,
            c.school_status, c.intake_date, c.sector IN {_WORST} AS worst,
            (SELECT CASE WHEN coalesce(p.attendance_threshold, 0) = 0 THEN 75 ELSE p.attendance_threshold END
             FROM projects p WHERE p.id = c.project_id) AS thr, {target} AS target,
            (c.age_at_intake IS NULL OR c.age_at_intake <=
             (SELECT p.school_age_max FROM projects p WHERE p.id = c.project_id)) AS school_age,
            c.sector, c.outcome, c.outcome_date, {_age_group_sql()} AS age_group,
            c.province_id, c.programme_id
        FROM children c WHERE c.deleted = 0 AND c.project_id IS NOT NULL{scope}""")


# A full rebuild adds its sums to the summary every this many keys: at 200,000 they held some
# 50 MB of an import's 300 MB.
SUMS_FLUSH = 50_000


class _FactWriter:
    """Writes facts in batches. A full rebuild (``full``) also sums them into ``indicator_summary``
    (whose triggers stand still meanwhile), flushing the sums before they take much memory, and
    stages the facts in a temporary table: they arrive household by household, and a million
    inserts in random key order into ``indicator_facts`` would rewrite its pages over and over
    (88 GB read at a million children); staged, they are sorted once and appended in key order.
    """

    def __init__(self, db: Database, full: bool) -> None:
        self.db = db
        self.rows: list[tuple[str, str, str, str]] = []
        self.sums: defaultdict[tuple[str, str, str, str, str], int] | None = defaultdict(int) if full else None
        self.table = "temp._ind_facts" if full else "indicator_facts"
        if full:
            db.execute("DROP TABLE IF EXISTS temp._ind_facts")
            db.execute("DROP TABLE IF EXISTS temp._ind_sums")
            db.execute("CREATE TEMP TABLE _ind_facts (entity TEXT, project_id TEXT, sex TEXT, facts TEXT)")
            # Made here and emptied after each flush, dropped at close: the sums are flushed while the
            # facts pass reads the children, and SQLite refuses a DROP TABLE while a statement reads.
            db.execute("CREATE TEMP TABLE _ind_sums (p, m, d, k, s, n)")

    def __call__(self, entity: tuple[str, str, str], facts: list[tuple[str, str, str, int]]) -> None:
        self.rows.append((*entity, indicator_facts.to_json(facts)))
        if len(self.rows) >= 5000:
            self.flush()
        if self.sums is not None:
            _, project, sex = entity
            sums = self.sums
            for m, k, day, n in facts:
                sums[(project, m, day, k, sex)] += n
            if len(sums) >= SUMS_FLUSH:
                self.flush_sums()

    def flush(self) -> None:
        self.db.conn.executemany(
            f"INSERT INTO {self.table} (entity, project_id, sex, facts) VALUES (?, ?, ?, ?)", self.rows
        )
        self.rows.clear()

    def flush_sums(self) -> None:
        if self.sums:
            # staged, then added in one statement, in key order (see store/staged.py on statements)
            conn = self.db.conn
            conn.executemany(
                "INSERT INTO temp._ind_sums VALUES (?, ?, ?, ?, ?, ?)",
                [(*key, n) for key, n in sorted(self.sums.items()) if n],
            )
            conn.execute(
                "INSERT INTO indicator_summary (project_id, measure, dim, day, key, sex, n) "
                "SELECT p, m, '', d, k, s, n FROM temp._ind_sums WHERE true "
                "ON CONFLICT DO UPDATE SET n = n + excluded.n"
            )
            conn.execute("DELETE FROM temp._ind_sums")
            self.sums.clear()

    def close(self) -> None:
        self.flush()
        if self.sums is not None:
            self.flush_sums()
            self.db.execute(
                "INSERT INTO indicator_facts (entity, project_id, sex, facts) "
                "SELECT entity, project_id, sex, facts FROM temp._ind_facts ORDER BY entity, project_id"
            )
            self.db.execute("DROP TABLE temp._ind_facts")
            self.db.execute("DROP TABLE temp._ind_sums")


# withdrawn / prevented come from the children's own rows (triggers keep them, see the migration)
_OUTCOME_DIMS = (
    ("total", "'total'"),
    ("age_group", "c.age_group"),
    ("sector", "coalesce(c.sector, '')"),
    ("province", "coalesce(c.province_id, '')"),
    ("programme", "coalesce(c.programme_id, '')"),
)


def _drop_temp(db: Database) -> None:
    for t in ("_ind_t", "_ind_cids", "_ind_hids", "_ind_rids"):
        db.execute(f"DROP TABLE IF EXISTS temp.{t}")


def rebuild_summary(db: Database) -> None:
    """Recompute every contribution and the per-project sums from the records (after bulk loads).

    One set-based pass; the direct queries answer meanwhile only inside this transaction.
    """
    if _summary_active(db) is None:
        return
    with db.atomic():
        db.execute("UPDATE indicator_state SET rebuild = 1")  # the triggers stand still meanwhile
        db.execute("DELETE FROM indicator_pending")
        db.execute("DELETE FROM indicator_facts")
        db.execute("DELETE FROM indicator_summary")
        into = "INSERT INTO indicator_summary (project_id, measure, dim, day, key, sex, n)"
        cache = db.execute("PRAGMA temp.cache_size").fetchone()[0]
        # 64 MB: most of the working tables stay off the disk at national scale, and an import at
        # headquarters (which rebuilds) stays within its memory budget.
        db.execute("PRAGMA temp.cache_size = -65536")
        try:
            _select_children(db, full=True)  # one pass over the children: the counts below read its copy
            for dim, key in _OUTCOME_DIMS:
                db.execute(f"""{into} SELECT c.project_id, c.outcome, '{dim}', coalesce(c.outcome_date, ''), {key},
                        c.sex, count(*)
                    FROM temp._ind_t c WHERE c.outcome IN ('withdrawn', 'prevented') GROUP BY 1, 2, 4, 5, 6""")
            db.execute(f"""{into} SELECT c.project_id, 'registered', '', coalesce(c.intake_date, ''), 'total',
                    c.sex, count(*)
                FROM temp._ind_t c GROUP BY 1, 4, 6""")
            for measure, table, key, day in (
                ("services", "services", "x.service_type", "x.start_date"),
                ("visits", "follow_ups", "'total'", "x.visit_date"),
            ):
                db.execute(f"""{into} SELECT c.project_id, '{measure}', '', coalesce({day}, ''), {key},
                        coalesce(c.sex, ''), count(*)
                    FROM {table} x CROSS JOIN temp._ind_t c ON c.id = x.child_id
                    WHERE x.deleted = 0 GROUP BY 1, 4, 5, 6""")
            writer = _FactWriter(db, full=True)
            indicator_facts.compute(db, None, writer)
            indicator_facts.compute_referrals(db, False, writer, DEFAULT_SERVICE_DAYS)
            writer.close()
            db.execute("DELETE FROM indicator_summary WHERE n = 0")
            _drop_temp(db)
        finally:
            db.execute(f"PRAGMA temp.cache_size = {int(cache)}")
        db.execute("UPDATE indicator_state SET rebuild = 0")


def invalidate_summary(db: Database) -> None:
    """Stop keeping the summary (readers use the direct queries) until :func:`rebuild_summary`.

    For bulk loads: the triggers then cost next to nothing per row.
    """
    if _summary_active(db) is not None:
        db.execute("UPDATE indicator_state SET rebuild = 1")


_SMALL = 2000  # children: below this a full rebuild takes well under a second


def refresh_summary(db: Database, child_ids: Iterable[str] = ()) -> int:
    """Recompute the contributions of ``child_ids`` and of everything the triggers marked pending.

    Returns how many children and households were recomputed. While the summary awaits a full
    rebuild this does nothing, unless the database is small enough to rebuild it at once.
    """
    active = _summary_active(db)
    if active is None:
        return 0
    if not active:
        small = db.execute("SELECT count(*) FROM (SELECT 1 FROM children LIMIT ?)", [_SMALL + 1]).fetchone()[0]
        if small <= _SMALL:
            rebuild_summary(db)
        return 0
    with db.atomic():
        db.execute("DROP TABLE IF EXISTS temp._ind_cids")
        db.execute("DROP TABLE IF EXISTS temp._ind_hids")
        db.execute("CREATE TEMP TABLE _ind_cids (id TEXT PRIMARY KEY) WITHOUT ROWID")
        db.execute("CREATE TEMP TABLE _ind_hids (id TEXT PRIMARY KEY) WITHOUT ROWID")
        db.execute("DROP TABLE IF EXISTS temp._ind_rids")
        db.execute(
            "CREATE TEMP TABLE _ind_rids AS SELECT substr(entity, 3) AS id FROM indicator_pending "
            "WHERE entity >= 'r:' AND entity < 'r;'"
        )
        ids = [(i,) for i in dict.fromkeys(child_ids) if i]
        db.conn.executemany("INSERT OR IGNORE INTO temp._ind_cids VALUES (?)", ids)
        db.execute(
            "INSERT OR IGNORE INTO temp._ind_cids SELECT substr(entity, 3) FROM indicator_pending "
            "WHERE entity >= 'c:' AND entity < 'c;'"
        )
        db.execute(
            "INSERT OR IGNORE INTO temp._ind_hids SELECT substr(entity, 3) FROM indicator_pending "
            "WHERE entity >= 'h:' AND entity < 'h;'"
        )
        db.execute(
            "INSERT OR IGNORE INTO temp._ind_hids SELECT c.household_id FROM temp._ind_cids x "
            "CROSS JOIN children c ON c.id = x.id WHERE c.household_id IS NOT NULL"
        )
        referrals = db.execute("SELECT count(*) FROM temp._ind_rids").fetchone()[0]
        if referrals:
            db.execute("DELETE FROM indicator_facts WHERE entity IN (SELECT 'r:' || id FROM temp._ind_rids)")
            writer = _FactWriter(db, full=False)
            indicator_facts.compute_referrals(db, True, writer, DEFAULT_SERVICE_DAYS)
            writer.close()
        count = db.execute(
            "SELECT (SELECT count(*) FROM temp._ind_cids) + (SELECT count(*) FROM temp._ind_hids)"
        ).fetchone()[0]
        if count:
            _select_children(db, full=False)
            db.execute("DELETE FROM indicator_facts WHERE entity IN (SELECT 'c:' || id FROM temp._ind_cids)")
            db.execute("DELETE FROM indicator_facts WHERE entity IN (SELECT 'h:' || id FROM temp._ind_hids)")
            households = {row[0] for row in db.execute("SELECT id FROM temp._ind_hids")}
            writer = _FactWriter(db, full=False)
            indicator_facts.compute(db, households, writer)
            writer.close()
        db.execute("DELETE FROM indicator_pending")
        _drop_temp(db)
    return int(count) + int(referrals)
