"""The suspected duplicate pairs awaiting review, kept current so that reports read the count, never recompute it.

The review queue (``sync_duplicates``) holds every suspected pair the full scan
(``figures.duplicates.scan``) would list. It is kept so by:

- the full check (:func:`check_all`: the Sync page's *Scan all children*, ``cl-desktop sync
  duplicates --scan``, the demo's generation), which makes the queue exactly the scan's pairs and
  stamps the time and the matching rules;
- the look-up of each child saved at intake or edited (``services.children``) and of each child a
  bundle brings or changes (``sync.engine``): :func:`check_children`, the look-up the intake form
  shows while typing, at the scan's threshold;
- the decisions: a pair decided on ("not the same child", "the same child") leaves the count at
  once, on this replica and, through sync, on every other.

What a look-up did not reach is counted, not guessed: children added above ``duplicate_check.
checked_rowid`` by a bulk load or a big bundle, and children changed in a compared column since
(``duplicate_pending``, filled by a trigger), or every child when the matching rules changed since
the last full check. :func:`status` says how many, and the reports print the count as possibly
incomplete until the next full check.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from sqlite_utils import Database

from cl_desktop.figures.duplicates import KEYS_VERSION, SCAN_POINTS, SCAN_THRESHOLD, candidates, refresh_keys, scan
from cl_desktop.ids import utc_now, uuid7

# The matching rules a full check ran under: the blocking keys' version, the scan's threshold and
# this number, raised whenever the scoring changes (the pairs found under older rules may differ).
SCORING_VERSION = "1"
RULES = f"{KEYS_VERSION}/{SCAN_POINTS}/{SCORING_VERSION}"
# Up to this many children, each is looked up like a typed intake; above it one scan of every child,
# kept to the pairs with one of them, costs less. Every child is compared either way.
LOOKUPS = 2000

# A pair waits for review while open, both children live and undecided: kept on the pair by triggers
# (migration 0021), so the count reads the partial index ``sync_duplicates_waiting`` alone.
_WAITING = "FROM sync_duplicates d WHERE d.status = 'open' AND d.live = 1 AND d.decided = 0"


class QueueStatus(NamedTuple):
    """How many suspected pairs await review, and how far the count can be trusted."""

    pairs: int
    full_at: str  # when the last full check ran (UTC, ISO), "" when none has
    unchecked: int  # live children not compared since they were added or changed (all, after new rules)
    examples: tuple[tuple[str, str], ...] = ()  # case numbers of the likeliest pairs

    @property
    def stale(self) -> bool:
        return self.unchecked > 0


def _has_tables(db: Database) -> bool:
    """A database opened without migrating (``cl-desktop check`` reads an older file as it is)."""
    return (
        db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'duplicate_check'").fetchone()
        is not None
    )


def _scope(project_id: str | None, programme_id: str | None) -> tuple[str, list[Any]]:
    """Pairs with a child of the project (and programme): the other may sit elsewhere."""
    where, args = "", []
    if project_id:
        where += " AND (d.project_a = ? OR d.project_b = ?)"
        args += [project_id, project_id]
    if programme_id:
        where += " AND (d.programme_a = ? OR d.programme_b = ?)"
        args += [programme_id, programme_id]
    return where, args


def status(
    db: Database, *, project_id: str | None = None, programme_id: str | None = None, examples: int = 0
) -> QueueStatus:
    """The pairs awaiting review (with a child of ``project_id``/``programme_id`` when given), read from the queue."""
    if not _has_tables(db):  # a file from before the count was kept, read as it is (cl-desktop check)
        return _unmigrated(db, project_id, programme_id)
    where, args = _scope(project_id, programme_id)
    pairs = int(db.execute(f"SELECT count(*) {_WAITING}{where}", args).fetchone()[0])
    shown: tuple[tuple[str, str], ...] = ()
    if examples and pairs:
        shown = tuple(
            (str(r[0]), str(r[1]))
            for r in db.execute(
                f"SELECT (SELECT case_number FROM children WHERE id = d.child_a), "
                f"(SELECT case_number FROM children WHERE id = d.child_b) {_WAITING}{where} "
                "ORDER BY d.score DESC, d.found_at, d.id LIMIT ?",
                [*args, examples],
            )
        )
    full_at, unchecked = freshness(db)
    return QueueStatus(pairs, full_at, unchecked, shown)


def _unmigrated(db: Database, project_id: str | None, programme_id: str | None) -> QueueStatus:
    where, args = "", []
    for column, value in (("project_id", project_id), ("programme_id", programme_id)):
        if value:
            where += f" AND (a.{column} = ? OR b.{column} = ?)"
            args += [value, value]
    pairs = db.execute(
        "SELECT count(*) FROM sync_duplicates d CROSS JOIN children a ON a.id = d.child_a CROSS JOIN children b "
        "ON b.id = d.child_b WHERE d.status = 'open' AND a.deleted = 0 AND b.deleted = 0 AND NOT EXISTS (SELECT 1 "
        "FROM duplicate_decisions x WHERE x.child_a = d.child_a AND x.child_b = d.child_b AND x.deleted = 0)" + where,
        args,
    ).fetchone()[0]
    return QueueStatus(int(pairs), *freshness(db))


def freshness(db: Database) -> tuple[str, int]:
    """When the last full check ran ("" if never) and how many live children are not compared since they
    were added or changed (every child when the matching rules changed since that check)."""
    live = "SELECT count(*) FROM children WHERE deleted = 0"
    if not _has_tables(db):
        return "", int(db.execute(live).fetchone()[0])
    mark, full_at, rules = db.execute("SELECT checked_rowid, full_at, rules FROM duplicate_check").fetchone()
    if rules != RULES:
        return str(full_at), int(db.execute(live).fetchone()[0])
    unchecked = int(db.execute(f"{live} AND rowid > ?", [mark]).fetchone()[0])
    unchecked += int(
        db.execute(
            "SELECT count(*) FROM duplicate_pending p CROSS JOIN children c ON c.id = p.child_id "
            "WHERE c.deleted = 0 AND c.rowid <= ?",
            [mark],
        ).fetchone()[0]
    )
    return str(full_at), unchecked


def waiting(db: Database, child_id: str) -> bool:
    """Whether the child changed in a compared column since it was last compared."""
    return db.execute("SELECT 1 FROM duplicate_pending WHERE child_id = ?", [child_id]).fetchone() is not None


def children_in_pairs(db: Database, *, project_id: str | None = None) -> list[str]:
    """The children of the pairs awaiting review (with a child of the project), for listing them."""
    where, args = _scope(project_id, None)
    rows = db.execute(f"SELECT d.child_a, d.child_b {_WAITING}{where}", args)
    return sorted({c for r in rows for c in r})


Pair = tuple[str, str, float, tuple[str, ...]]


def _store(db: Database, pairs: Iterable[Pair], bundle_id: str) -> int:
    """Put the pairs in the queue (an open pair already there takes the new score and reasons); returns how
    many are new. A pair decided on is not listed again; one dismissed or merged keeps its status."""
    new = 0
    now = utc_now()
    for one, two, score, reasons in pairs:
        first, second = sorted((one, two))
        why = json.dumps(list(reasons))
        row = db.execute(
            "SELECT id, status FROM sync_duplicates WHERE child_a = ? AND child_b = ?", [first, second]
        ).fetchone()
        if row is None:
            new += db.execute(
                "INSERT INTO sync_duplicates(id, child_a, child_b, score, reasons, found_at, bundle_id) "
                "SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM duplicate_decisions "
                "WHERE child_a = ? AND child_b = ? AND deleted = 0)",
                [uuid7(), first, second, score, why, now, bundle_id, first, second],
            ).rowcount
        elif row[1] == "open":
            db.execute("UPDATE sync_duplicates SET score = ?, reasons = ? WHERE id = ?", [score, why, row[0]])
    return new


def _drop_open(db: Database, child_ids: list[str], keep: set[tuple[str, str]]) -> None:
    """Open pairs with one of the children that the comparison no longer finds (a name corrected, a date fixed)."""
    for start in range(0, len(child_ids), 500):
        part = child_ids[start : start + 500]
        marks = ", ".join("?" * len(part))
        rows = db.execute(
            f"SELECT id, child_a, child_b FROM sync_duplicates WHERE status = 'open' AND "
            f"(child_a IN ({marks}) OR child_b IN ({marks}))",
            [*part, *part],
        ).fetchall()
        gone = [(r[0],) for r in rows if (r[1], r[2]) not in keep]
        db.conn.executemany("DELETE FROM sync_duplicates WHERE id = ?", gone)


def _lookup(db: Database, child_id: str) -> list[Pair]:
    row = db.execute(
        "SELECT name, name_latin, sex, birth_date, location_id, birth_date_estimated, office "
        "FROM children WHERE id = ? AND deleted = 0",
        [child_id],
    ).fetchone()
    if row is None:
        return []
    name, latin, sex, birth, location, estimated, office = row
    return [
        (child_id, c.child_id, c.score, c.reasons)
        for c in candidates(
            db,
            name=name,
            sex=sex,
            birth_date=birth,
            location_id=location,
            name_latin=latin or "",
            birth_date_estimated=bool(estimated),
            office=office or "",
            exclude_id=child_id,
            limit=None,
        )
        if c.score >= SCAN_THRESHOLD
    ]


def check_children(
    db: Database, child_ids: Iterable[str], bundle_id: str = "", *, with_pending: bool = True, key_first: bool = False
) -> int:
    """Compare these children (saved, imported) and those waiting since a change with every other child;
    keep their pairs in the queue, drop the pairs they no longer make. Returns how many pairs are new.

    Runs in the caller's transaction. Advances the mark when no child above it is left uncompared.
    ``key_first``: key the children waiting for blocking keys first (a bundle's many); a form's save
    leaves that to the application's idle keying (the look-up reads children not keyed yet directly).
    """
    ids = list(dict.fromkeys(child_ids))
    if with_pending and _has_tables(db):
        named = set(ids)
        ids += [r[0] for r in db.execute("SELECT child_id FROM duplicate_pending") if r[0] not in named]
    if not ids:
        return 0
    with db.atomic():
        mark, _full_at, rules = db.execute("SELECT checked_rowid, full_at, rules FROM duplicate_check").fetchone()
        first_children = mark == 0 and rules == ""  # nothing compared yet: these may be the first children
        pairs: list[Pair] = []
        if len(ids) > LOOKUPS:
            pairs = [(a.child_id, b.child_id, a.score, a.reasons) for a, b in scan(db, only=set(ids))]
        else:
            if key_first:
                refresh_keys(db)
            for child_id in ids:
                pairs += _lookup(db, child_id)
        found = {tuple(sorted((one, two))) for one, two, _s, _r in pairs}
        _drop_open(db, ids, found)  # type: ignore[arg-type]
        new = _store(db, pairs, bundle_id)
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            db.execute(f"DELETE FROM duplicate_pending WHERE child_id IN ({', '.join('?' * len(part))})", part)
        wanted = set(ids)
        above = [
            r[0]
            for r in db.execute("SELECT id FROM children WHERE rowid > ? AND deleted = 0 LIMIT ?", [mark, len(ids) + 1])
        ]
        if all(child in wanted for child in above):
            db.execute("UPDATE duplicate_check SET checked_rowid = (SELECT coalesce(max(rowid), 0) FROM children)")
            if first_children:
                db.execute("UPDATE duplicate_check SET rules = ?", [RULES])  # every child ever, under these rules
    return new


def check_all(db: Database, progress: Callable[[int, int], None] | None = None) -> int:
    """The full check: compare every child with every other it could be, make the queue exactly the pairs
    found, and stamp the time and rules. Returns how many pairs are new. ``progress`` may raise to stop:
    nothing changes then."""
    with db.atomic():
        top = db.execute("SELECT coalesce(max(rowid), 0) FROM children").fetchone()[0]
        pairs = [(a.child_id, b.child_id, a.score, a.reasons) for a, b in scan(db, progress=progress)]
        found = {tuple(sorted((one, two))) for one, two, _s, _r in pairs}
        gone = [
            (r[0],)
            for r in db.execute("SELECT id, child_a, child_b FROM sync_duplicates WHERE status = 'open'")
            if (r[1], r[2]) not in found
        ]
        db.conn.executemany("DELETE FROM sync_duplicates WHERE id = ?", gone)
        new = _store(db, pairs, "scan")
        db.execute("DELETE FROM duplicate_pending")
        db.execute("UPDATE duplicate_check SET checked_rowid = ?, full_at = ?, rules = ?", [top, utc_now(), RULES])
    return new
