"""The audited write path: every insert, update and delete goes through here.

Each change bumps the row's version and appends one entry to the audit trail
in the same transaction. The trail doubles as the office's change log: entries
are numbered gap-free per office (``office_seq``), which is what sync bundles
carry, and each entry is hash-chained to the previous one so that removing or
altering an entry is detectable.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from cl_desktop.errors import KnownError, NotFound, RefusedInput
from cl_desktop.ids import utc_now, uuid7
from cl_desktop.store.authority import HQ_TABLES, RULES
from cl_desktop.store.faults import translated
from cl_desktop.store.schema import DERIVED_COLUMNS, META_COLUMNS, SECRET_COLUMNS

GENESIS_HASH = "0" * 64
REDACTED = "***"
# The content of another origin's entry about a record that left this office's scope: the entry keeps
# its place (and hash) in the chain, its content is gone with the record (sync/engine.remove_from_scope).
REMOVED_CHANGES = '{"~": "removed from this office with its record"}'


@dataclass(frozen=True)
class Author:
    """Who makes a change, from which office, through which path."""

    user: str
    office: str
    source: str = "form"  # form, import, sync, merge, resolution, demo, system


class StaleRecord(KnownError):
    """The row changed since the caller read it (another window, an import)."""


@translated
def insert(db: Database, table: str, values: Mapping[str, Any], author: Author, *, reason: str = "") -> dict[str, Any]:
    now = utc_now()
    row = dict(values)
    row.setdefault("id", uuid7())
    row.update(
        office=row.get("office") or author.office,
        created_at=now,
        created_by=author.user,
        updated_at=now,
        updated_by=author.user,
        version=1,
        deleted=0,
    )
    with db.atomic():
        _within_authority(db, table, None, row, set(row))
        db.table(table).insert(row)
        changes = {k: [None, v] for k, v in _content(table, row).items()}
        append_audit(
            db,
            author,
            action="insert",
            table=table,
            row_id=row["id"],
            row_version=1,
            base_version=None,
            changes=changes,
            at=now,
            reason=reason,
        )
    return row


@translated
def update(
    db: Database,
    table: str,
    row_id: str,
    changes: Mapping[str, Any],
    author: Author,
    *,
    base_version: int | None = None,
    reason: str = "",
) -> dict[str, Any]:
    """Apply ``changes`` to a row; refuse if it moved past ``base_version``."""
    with db.atomic():
        current = get_row(db, table, row_id)
        if base_version is not None and current["version"] != base_version:
            raise StaleRecord(
                f"This record was changed by {current['updated_by']} at {current['updated_at']} "
                "since you opened it; reopen it and make your change again."
            )
        diff = {k: [current.get(k), v] for k, v in changes.items() if current.get(k) != v}
        if not diff:
            return current
        _within_authority(db, table, current, {k: v[1] for k, v in diff.items()}, set(diff))
        now = utc_now()
        new_version = current["version"] + 1
        db.table(table).update(
            row_id,
            {
                **{k: v[1] for k, v in diff.items()},
                "updated_at": now,
                "updated_by": author.user,
                "version": new_version,
            },
        )
        audited = {k: v for k, v in diff.items() if _audited(table, k)}
        append_audit(
            db,
            author,
            action="update",
            table=table,
            row_id=row_id,
            row_version=new_version,
            base_version=current["version"],
            changes=_redact(table, audited),
            at=now,
            reason=reason,
        )
        current.update({k: v[1] for k, v in diff.items()}, updated_at=now, updated_by=author.user, version=new_version)
    return current


@translated
def delete(db: Database, table: str, row_id: str, author: Author, *, reason: str = "") -> None:
    """Soft-delete: the row stays as a tombstone so the delete can travel."""
    with db.atomic():
        current = get_row(db, table, row_id)
        if current["deleted"]:
            return
        _within_authority(db, table, current, {"deleted": 1}, {"deleted"})
        now = utc_now()
        new_version = current["version"] + 1
        db.table(table).update(
            row_id, {"deleted": 1, "updated_at": now, "updated_by": author.user, "version": new_version}
        )
        append_audit(
            db,
            author,
            action="delete",
            table=table,
            row_id=row_id,
            row_version=new_version,
            base_version=current["version"],
            changes={"deleted": [0, 1]},
            at=now,
            reason=reason,
        )


# Tables where a local write may lie outside this database's authority (store/authority.py).
_GUARDED = HQ_TABLES | {t for t, r in RULES.items() if r.office_may_set or r.hq_columns or r.owner_only_columns}


def _within_authority(
    db: Database, table: str, current: Mapping[str, Any] | None, new: Mapping[str, Any], changed: set[str]
) -> None:
    """Refuse a local change that headquarters or an office would refuse when it arrives, so that no
    bundle is ever refused for what its sender was allowed to do. Databases not enrolled in sync
    (no headquarters, no setup file) are their own authority."""
    if table not in _GUARDED:
        return
    rule = RULES[table]
    keys = "('is_hq', 'setup_from', 'office_code')"
    meta = dict(db.execute(f"SELECT key, value FROM meta WHERE key IN {keys}").fetchall())
    own = str(meta.get("office_code", ""))
    owner = str((current or new).get(rule.owner_column) or "")
    if meta.get("is_hq") == "1":
        if current is not None and changed & rule.owner_only_columns and owner != own:
            raise RefusedInput(
                f"The account belongs to the office {owner}: its password is set there, never at headquarters."
            )
        return
    if not meta.get("setup_from"):
        return
    refused = RefusedInput(f"Only headquarters changes {rule.what}; this office receives them from headquarters.")
    if table in HQ_TABLES:
        raise refused
    if rule.office_may_set:
        allowed = dict(rule.office_may_set)
        if current is None or not changed <= set(allowed):
            raise refused
        for column in changed:
            values = allowed[column]
            if values is not None and new.get(column) not in values:
                raise refused
        return
    if owner != own or (current is not None and changed & rule.hq_columns):
        raise RefusedInput(f"This office changes only its own {rule.what}; the others belong to headquarters.")


def get_row(db: Database, table: str, row_id: str) -> dict[str, Any]:
    rows = list(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]))
    if not rows:
        raise NotFound(f"No record {row_id} in {table}.")
    return rows[0]


def set_derived(db: Database, table: str, row_id: str, values: Mapping[str, Any]) -> None:
    """Write derived columns, which are recomputed by every replica and not audited."""
    allowed = DERIVED_COLUMNS.get(table, frozenset())
    bad = set(values) - allowed
    if bad:
        raise ValueError(f"{sorted(bad)} are not derived columns of {table}")
    db.table(table).update(row_id, dict(values))


def append_audit(
    db: Database,
    author: Author,
    *,
    action: str,
    table: str,
    row_id: str | None,
    row_version: int | None,
    base_version: int | None,
    changes: Mapping[str, Any],
    at: str | None = None,
    reason: str = "",
    office: str | None = None,
    office_seq: int | None = None,
    user: str | None = None,
) -> dict[str, Any]:
    """Append one hash-chained entry; must run inside the caller's transaction.

    ``office``/``office_seq``/``user``/``at`` are given when replaying an entry
    that was made elsewhere (sync); otherwise the entry belongs to the author's
    office and takes the next number in its gap-free sequence.
    """
    office = office or author.office
    if office_seq is None:
        last = db.execute("SELECT max(office_seq) FROM audit_log WHERE office = ?", [office]).fetchone()[0]
        office_seq = (last or 0) + 1
    prev = db.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    entry: dict[str, Any] = {
        "office": office,
        "office_seq": office_seq,
        "at": at or utc_now(),
        "user": user or author.user,
        "action": action,
        "table_name": table,
        "row_id": row_id,
        "row_version": row_version,
        "base_version": base_version,
        "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str),
        "source": author.source,
        "reason": reason,
        "prev_hash": prev[0] if prev else GENESIS_HASH,
    }
    entry["hash"] = entry_hash(entry)
    db.table("audit_log").insert(entry)
    return entry


# What an audit entry says; with the previous entry's hash, what its own hash covers.
ENTRY_FIELDS = (
    "office",
    "office_seq",
    "at",
    "user",
    "action",
    "table_name",
    "row_id",
    "row_version",
    "base_version",
    "changes",
    "source",
    "reason",
)
HASHED_FIELDS = ("prev_hash", *ENTRY_FIELDS)


def append_bulk_audit(
    db: Database,
    author: Author,
    table: str,
    rows: int,
    *,
    origin: str | None = None,
    at: str | None = None,
    reason: str = "",
) -> dict[str, Any]:
    """One audit entry for many rows written at once (a load, a demo, a setup file): how many, and from where."""
    return append_audit(
        db,
        author,
        action="bulk",
        table=table,
        row_id=None,
        row_version=None,
        base_version=None,
        changes={"rows": rows} if origin is None else {"rows": rows, "from": origin},
        at=at,
        reason=reason,
    )


def entry_hash(entry: Mapping[str, Any]) -> str:
    payload = json.dumps([entry[f] for f in HASHED_FIELDS], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _row_gone(db: Database, table: str, row_id: str | None) -> bool:
    """A record taken out of this office (handed to another office): its own entries may be emptied."""
    with_child = (
        "children",
        "services",
        "follow_ups",
        "case_aliases",
        "referrals",
        "referral_events",
        "visit_children",
    )
    if table not in with_child or not row_id:
        return False
    return db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [row_id]).fetchone() is None


def verify_audit_chain(db: Database) -> list[str]:
    """Return a sentence per broken link; an empty list means the trail is intact."""
    problems: list[str] = []
    row = db.execute("SELECT value FROM meta WHERE key = 'office_code'").fetchone()
    own = str(row[0]) if row else ""
    prev_hash = GENESIS_HASH
    prev_seq = 0
    cursor = db.execute(f"SELECT seq, {', '.join(HASHED_FIELDS)}, hash FROM audit_log ORDER BY seq")
    names = ["seq", *HASHED_FIELDS, "hash"]
    for values in cursor:
        entry = dict(zip(names, values, strict=True))
        if entry["prev_hash"] != prev_hash:
            problems.append(
                f"Audit entry {entry['seq']} does not follow entry {prev_seq}: an entry was removed or altered."
            )
        removed = entry["changes"] == REMOVED_CHANGES and (
            entry["office"] != own or _row_gone(db, entry["table_name"], entry["row_id"])
        )
        if not removed and entry_hash(entry) != entry["hash"]:
            problems.append(f"Audit entry {entry['seq']} was altered after it was written.")
        prev_hash = entry["hash"]
        prev_seq = entry["seq"]
        if len(problems) >= 20:
            problems.append("Further audit problems not listed.")
            break
    return problems


def history(db: Database, table: str, row_id: str) -> list[dict[str, Any]]:
    """A record's audit entries, oldest first, with ``changes`` decoded."""
    rows = db.query(
        "SELECT seq, office, at, user, action, source, reason, row_version, changes "
        "FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY seq",
        [table, row_id],
    )
    return [{**r, "changes": json.loads(r["changes"])} for r in rows]


def _audited(table: str, column: str) -> bool:
    return column not in META_COLUMNS and column not in DERIVED_COLUMNS.get(table, frozenset())


def _content(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    return _redact(table, {k: v for k, v in row.items() if _audited(table, k) and k != "deleted"})


def _redact(table: str, changes: dict[str, Any]) -> dict[str, Any]:
    secret = SECRET_COLUMNS.get(table)
    if not secret:
        return changes
    return {
        k: ([REDACTED, REDACTED] if k in secret and isinstance(v, list) else REDACTED if k in secret else v)
        for k, v in changes.items()
    }


@translated
def insert_many_unaudited(
    db: Database, table: str, rows: Iterable[Mapping[str, Any]], author: Author, batch_size: int = 10_000
) -> int:
    """Bulk load (demo, reference data at creation) with one summary audit entry.

    Used only where rows are generated, not typed: the summary entry records
    who loaded how many rows of which table.
    """
    now = utc_now()
    count = 0

    def stamped() -> Iterable[dict[str, Any]]:
        nonlocal count
        for r in rows:
            count += 1
            row = dict(r)
            row.setdefault("id", uuid7())
            row.setdefault("office", author.office)
            row.setdefault("created_at", now)
            row.setdefault("created_by", author.user)
            row.setdefault("updated_at", now)
            row.setdefault("updated_by", author.user)
            row.setdefault("version", 1)
            row.setdefault("deleted", 0)
            yield row

    with db.atomic():
        db.table(table).insert_all(stamped(), batch_size=batch_size)
        append_bulk_audit(db, author, table, count, at=now)
    return count
