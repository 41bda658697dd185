"""The audit trail held against what others saw of it, and the rows held against the trail.

The hash chain alone proves only that the trail agrees with itself: whoever holds the file can
rewrite an entry and recompute every later hash, or cut the last entries off. So the chain's
head (the last entry's number and hash) leaves the file: every bundle carries its sender's
head in its signed manifest, the receiver keeps the heads each partner sent, and sends a
sample of them back in its own bundles. A database then checks its own trail against the heads
its partners hold (``acknowledged``): an entry rewritten at or before such a head, a tail cut
off below it, or a different history continued from an older copy no longer has that hash at
that number. Backups record the head they copied (``backup``).

``verify_rows`` replays the trail table by table and compares each row's audited columns with
what the trail says they are, so an edit made to the file directly (not through the app) is
reported with its table, row and column.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlite_utils import Database

from cl_desktop.ids import utc_now
from cl_desktop.store.schema import DERIVED_COLUMNS, META_COLUMNS, MIGRATIONS, SECRET_COLUMNS

THEIRS = "theirs"  # a partner's head, as its bundle carried it
ACKNOWLEDGED = "acknowledged"  # our head, as a partner holds it and sent it back
BACKUP = "backup"  # our head when a backup was taken
SAMPLE = 64  # heads sent back in one bundle: the newest half, and the older ones spread out

Head = tuple[int, str]


@MIGRATIONS(name="0014_audit_anchors")
def m0014_audit_anchors(db: Database) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS audit_anchors (peer TEXT NOT NULL, kind TEXT NOT NULL, seq INTEGER NOT NULL, "
        "hash TEXT NOT NULL, at TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', PRIMARY KEY (peer, kind, seq)) STRICT"
    )


def head(db: Database) -> Head | None:
    row = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def record(db: Database, peer: str, kind: str, anchor: Head, note: str = "") -> None:
    db.execute(
        "INSERT OR IGNORE INTO audit_anchors(peer, kind, seq, hash, at, note) VALUES (?, ?, ?, ?, ?, ?)",
        [peer, kind, anchor[0], anchor[1], utc_now(), note],
    )


def heads_of(db: Database, peer: str) -> list[list[Any]]:
    """The sample of ``peer``'s heads to send back to it: the newest, and older ones spread out."""
    rows = [
        [int(r[0]), str(r[1])]
        for r in db.execute(
            "SELECT seq, hash FROM audit_anchors WHERE peer = ? AND kind = ? ORDER BY seq", [peer, THEIRS]
        )
    ]
    if len(rows) <= SAMPLE:
        return rows
    newest, older = rows[-SAMPLE // 2 :], rows[: -SAMPLE // 2]
    step = len(older) / (SAMPLE // 2)
    return [older[int(i * step)] for i in range(SAMPLE // 2)] + newest


def parse_heads(value: Any) -> list[Head] | None:
    """``[[seq, hash], ...]`` from a manifest, or None when it is not of that shape."""
    if not isinstance(value, list) or len(value) > 4 * SAMPLE:
        return None
    out = []
    for item in value:
        if not (isinstance(item, list) and len(item) == 2 and type(item[0]) is int and isinstance(item[1], str)):
            return None
        if item[0] < 1 or len(item[1]) != 64:
            return None
        out.append((item[0], item[1]))
    return out


def check_heads(db: Database, heads: Sequence[Head], who: str) -> list[str]:
    """A sentence per head that this trail no longer has: rewritten, cut short, or another history."""
    problems = []
    last = head(db)
    for seq, digest in heads:
        row = db.execute("SELECT hash FROM audit_log WHERE seq = ?", [seq]).fetchone()
        if row is None:
            problems.append(
                f"The audit trail ends at entry {last[0] if last else 0}, but {who} holds it up to entry {seq}: "
                "its last entries were removed, or the file was replaced by an older copy."
            )
        elif row[0] != digest:
            problems.append(
                f"Audit entry {seq} is not the one {who} holds: the trail was rewritten, or the file was "
                "replaced by another copy."
            )
    return problems[:1] + ([] if len(problems) < 2 else [f"… and {len(problems) - 1} more such differences."])


def verify_anchors(db: Database) -> list[str]:
    """Check the trail against every head a partner acknowledged and every backup recorded."""
    if not db["audit_anchors"].exists():
        return []
    problems: list[str] = []
    for peer, kind in db.execute(
        "SELECT DISTINCT peer, kind FROM audit_anchors WHERE kind IN (?, ?) ORDER BY kind, peer", [ACKNOWLEDGED, BACKUP]
    ).fetchall():
        heads = [
            (int(s), str(h))
            for s, h in db.execute(
                "SELECT seq, hash FROM audit_anchors WHERE peer = ? AND kind = ? ORDER BY seq", [peer, kind]
            )
        ]
        who = f"{peer}" if kind == ACKNOWLEDGED else f"the backup {peer}"
        problems += check_heads(db, heads, who)
    return problems


# -- rows against the trail ---------------------------------------------------------------


def _same(stored: Any, said: Any) -> bool:
    if stored == said:
        return True
    if isinstance(said, bool) or isinstance(stored, bool):
        return int(bool(stored)) == int(bool(said)) if stored is not None and said is not None else False
    if isinstance(stored, (int, float)) and isinstance(said, (int, float)):
        return float(stored) == float(said)
    if isinstance(said, (list, dict)) and isinstance(stored, str):
        try:
            return bool(json.loads(stored) == said)
        except ValueError:
            return False
    return stored is not None and said is not None and str(stored) == str(said)


def _trail(db: Database, table: str) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """Per row of ``table`` (in id order): the value the trail gives each column, and whether it saw the insert."""
    cursor = db.execute(
        "SELECT row_id, action, changes FROM audit_log WHERE table_name = ? AND row_id IS NOT NULL "
        "ORDER BY row_id, seq",
        [table],
    )
    current: str | None = None
    said: dict[str, Any] = {}
    inserted = False
    for row_id, action, changes in cursor:
        if row_id != current:
            if current is not None:
                yield current, said, inserted
            current, said, inserted = row_id, {}, False
        try:
            decoded = json.loads(changes)
        except ValueError:
            continue  # the chain check reports an altered entry
        if action == "insert":
            said, inserted = {}, True
        for column, pair in decoded.items():
            if isinstance(pair, list) and len(pair) == 2:
                said[column] = pair[1]
    if current is not None:
        yield current, said, inserted


def verify_rows(db: Database, tables: Sequence[str], limit: int = 20) -> list[str]:
    """A sentence per row whose audited columns differ from what the trail says they are."""
    problems: list[str] = []
    skip_all = META_COLUMNS | {"deleted"}
    for table in tables:
        if not db[table].exists():
            continue
        columns = set(db[table].columns_dict)
        skip = skip_all | DERIVED_COLUMNS.get(table, frozenset()) | SECRET_COLUMNS.get(table, frozenset())
        missing = 0
        for row_id, said, inserted in _trail(db, table):
            wanted = [c for c in said if c in columns and c not in skip]
            if not wanted:
                continue
            row = db.execute(
                f"SELECT {', '.join(f'[{c}]' for c in wanted)} FROM [{table}] WHERE id = ?", [row_id]
            ).fetchone()
            if row is None:
                if inserted:
                    missing += 1
                    if missing <= 3:
                        problems.append(f"{table} row {row_id} is in the audit trail but not in the table: removed.")
                continue
            for column, value in zip(wanted, row, strict=True):
                if not _same(value, said[column]):
                    problems.append(
                        f"{table} row {row_id}: {column} is not what the audit trail says "
                        "(changed in the file, not through CL Desktop)."
                    )
                    break
            if len(problems) >= limit:
                problems.append("Further differences between rows and the audit trail not listed.")
                return problems
    return problems
