"""Applying arriving rows and changes: the merge rules.

Headquarters is where concurrent edits meet, so headquarters merges field by
field: a remote change applies to a field whose local value still equals the
value the sender started from; a field changed on both sides to different
values becomes a conflict (the local value stays until someone decides); a
delete of a row edited here, or an edit of a row deleted here, is a conflict.
The entry appended to headquarters' audit trail records what was applied, so
what travels on to other offices is headquarters' decision.

An office takes headquarters' changes as they come (headquarters already
merged them); its own edits that headquarters has not seen yet are still in
its change log and meet headquarters' values there. Replaying the same change
log in the same order gives the same rows everywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.custom_fields import PREFIX, decode, encode
from cl_desktop.ids import utc_now, uuid7
from cl_desktop.store import records
from cl_desktop.store.authority import RULES
from cl_desktop.store.meta import get_meta
from cl_desktop.store.migrations_custom_fields import CUSTOM_TABLES
from cl_desktop.store.schema import DERIVED_COLUMNS, META_COLUMNS, SECRET_COLUMNS, SYNCED_TABLES
from cl_desktop.sync.payload import damaged

MERGED_INTO = "merged into "
CUSTOM_COLUMN = "custom"  # a project's extra fields: one JSON object, merged key by key
BULK_BATCH = 2_000  # snapshot rows per executemany into a table that was empty


@dataclass
class Receipt:
    """Counts of one import, as the Sync page and the CLI show them."""

    added: int = 0
    updated: int = 0
    merged: int = 0
    conflicted: int = 0
    skipped: int = 0
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "merged": self.merged,
            "conflicted": self.conflicted,
            "skipped": self.skipped,
        }


def normal(value: Any) -> Any:
    """Values as SQLite holds them: lists and objects as JSON text, booleans as integers."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=repr, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def content_columns(db: Database, table: str) -> list[str]:
    return [c for c in db[table].columns_dict if c not in META_COLUMNS and c not in DERIVED_COLUMNS.get(table, ())]


def travelling_columns(db: Database, table: str) -> list[str]:
    """Every column a bundle carries for a row: all but the derived ones."""
    return [c for c in db[table].columns_dict if c not in DERIVED_COLUMNS.get(table, ())]


class _LazyColumns(dict[str, list[str]]):
    """Column lists per synced table, read from the schema on first use."""

    def __init__(self, db: Database, read: Any) -> None:
        super().__init__()
        self._db = db
        self._read = read

    def __contains__(self, table: object) -> bool:
        return table in SYNCED_TABLES

    def __missing__(self, table: str) -> list[str]:
        self[table] = value = self._read(self._db, table)
        return value  # type: ignore[no-any-return]


class Applier:
    """Applies one bundle's records inside the caller's transaction."""

    def __init__(
        self,
        db: Database,
        *,
        hq: bool,
        bundle_id: str,
        acked: int = 0,
        track: bool = True,
        bulk: frozenset[str] | set[str] = frozenset(),
    ) -> None:
        self.db = db
        self.track = track  # remember touched rows for recomputing; a full load recomputes everything
        self._insert_sql: dict[tuple[str, tuple[str, ...]], str] = {}
        # Tables that held no row when the import began: their snapshot rows cannot meet a local
        # one, so they go in by executemany in batches (a repeated id still fails on the key).
        self.bulk = frozenset(bulk)
        self._bulk_sql: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...] | None]] = {}
        self._pending_sql = ""
        self._pending: list[list[Any]] = []
        self.acked = acked  # at an office: the highest of our changes headquarters has seen
        self.hq = hq
        self.bundle_id = bundle_id
        self.receipt = Receipt()
        self.child_ids: set[str] = set()
        self.follow_up_ids: set[str] = set()
        self.new_children: list[str] = []
        self.renumbered: list[tuple[str, str, str]] = []  # (child, old number, new number)
        self.receipt_user = "sync"  # who the import's own changes (confirmations) are recorded as
        self._prev_hash: str | None = None
        self._columns = _LazyColumns(db, travelling_columns)
        self._content = _LazyColumns(db, content_columns)
        # ``sync.authority.Authority`` of the import, checking each change and row before it applies
        self.authority: Any = None
        self._own: str | None = None
        # what the sender holds of each origin's changes (its manifest's ``received``): a full row's
        # extra field that differs from ours was edited there after it saw our value, or is older
        self.sender_holds: dict[str, int] = {}
        self.file_name = "bundle"  # the bundle's file name, for a refusal

    @property
    def own(self) -> str:
        if self._own is None:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'office_code'").fetchone()
            self._own = str(row[0]) if row else ""
        return self._own

    # -- helpers -------------------------------------------------------------
    def _get(self, table: str, row_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]))
        return rows[0] if rows else None

    def _touch(self, table: str, row: dict[str, Any]) -> None:
        if table == "children":
            self.child_ids.add(row["id"])
        elif table == "follow_ups":
            self.follow_up_ids.add(row["id"])
            if row.get("child_id"):
                self.child_ids.add(row["child_id"])
        elif table == "services" and row.get("child_id"):
            self.child_ids.add(row["child_id"])

    def _insert(self, table: str, row: dict[str, Any]) -> None:
        if table == "children" and row.get("case_number"):
            number = str(row["case_number"])
            clash = self.db.execute(
                "SELECT id, office FROM children WHERE case_number = ? AND id != ?", [number, row["id"]]
            ).fetchone()
            if clash and self.hq:
                # Two offices handed out the same number (before numbers carried the office code): the
                # child that arrives second is renumbered by an audited change of headquarters', which
                # travels with the old number kept as an alias.
                row = {**row, "case_number": free_case_number(self.db, number, str(row.get("office") or ""))}
                self.renumbered.append((str(row["id"]), number, str(row["case_number"])))
            elif clash:
                # At an office the child already here is the one headquarters renumbered (headquarters
                # sends a renumbered child under its new number): it takes that number now, and
                # headquarters' change, further on, finds it done.
                self.db.execute(
                    "UPDATE children SET case_number = ? WHERE id = ?",
                    [free_case_number(self.db, number, str(clash[1])), clash[0]],
                )
        cols = [c for c in self._columns[table] if c in row]
        self.db.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})",
            [normal(row[c]) for c in cols],
        )
        self._touch(table, row)
        if table == "children":
            self.new_children.append(row["id"])

    def _set(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        cols = list(values)
        self.db.execute(
            f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in cols)} WHERE id = ?",
            [*(normal(values[c]) for c in cols), row_id],
        )

    # -- snapshot rows -------------------------------------------------------
    def apply_row(self, table: str, row: dict[str, Any], sender: str) -> None:
        """A row of a full bundle: new rows are inserted; at an office, headquarters' row wins;
        at headquarters, a differing field is a conflict, never an overwrite."""
        if table not in self._columns:
            self.receipt.skipped += 1
            return
        if table in self.bulk:
            if self.authority is not None:
                self.authority.row(table, row, None, [])
            self._queue(table, row)
            return
        self.flush()
        if self.authority is not None and self.authority.signer != self.authority.hq:
            here = self._get(table, row["id"])
            fields = self._content[table]
            self.authority.row(
                table, row, here, [c for c in fields if c in row and normal(row[c]) != here[c]] if here else []
            )
        # One statement per new row (the common case: a first load): insert unless the id is here.
        # Snapshot values come straight from the sender's SQLite, so they need no normalising.
        cols = tuple(c for c in self._columns[table] if c in row)
        sql = self._insert_sql.get((table, cols))
        if sql is None:
            sql = self._insert_sql[(table, cols)] = (
                f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
                f"VALUES ({', '.join('?' * len(cols))}) ON CONFLICT(id) DO NOTHING"
            )
        if self.db.conn.execute(sql, [row[c] for c in cols]).rowcount == 1:
            if self.track:
                self._touch(table, row)
                if table == "children":
                    self.new_children.append(row["id"])
            self.receipt.added += 1
            return
        local = self._get(table, row["id"])
        assert local is not None
        fields = self._content[table]
        differing = [c for c in fields if c in row and normal(row[c]) != local[c]]
        if not differing:
            self.receipt.skipped += 1
            return
        if not self.hq:
            values = {c: row[c] for c in self._columns[table] if c in row and c != "id"}
            for column in RULES[table].owner_only_columns if table in RULES else ():
                if local.get(RULES[table].owner_column) == self.own:
                    values.pop(column, None)  # our own account's password is ours: never from a copy
            values.update(self._pending_values(table, row["id"], local, row))
            self._set(table, row["id"], values)
            if self.track:
                self._touch(table, {**local, **values})
            self.receipt.updated += 1
            return
        if CUSTOM_COLUMN in differing and table in CUSTOM_TABLES.values():
            differing.remove(CUSTOM_COLUMN)
            clashed = self._full_custom(table, row, local, sender)
            if not differing:
                if clashed:
                    self.receipt.conflicted += 1
                return
        for c in differing:
            self._conflict(
                kind="full",
                table=table,
                row_id=row["id"],
                column=c,
                base=None,
                local=local,
                remote_value=row[c],
                remote_office=sender,
                remote_seq=-int(row.get("version") or 0),
                remote_user=str(row.get("updated_by") or ""),
                remote_at=str(row.get("updated_at") or ""),
            )
        self.receipt.conflicted += 1

    def apply_rows(self, table: str, cols: list[str], rows: list[list[Any]], sender: str) -> None:
        """A batch of snapshot rows (payload version 2): straight in when the table was empty."""
        if table not in self._columns:
            self.receipt.skipped += len(rows)
            return
        if table not in self.bulk:
            for values in rows:
                self.apply_row(table, dict(zip(cols, values, strict=True)), sender)
            return
        if self.authority is not None:
            self.authority.new_rows(table, cols, rows)
        known = self._columns[table]
        keep = [i for i, c in enumerate(cols) if c in known]
        names = [cols[i] for i in keep]
        self.flush()
        sql = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in names)}) VALUES ({', '.join('?' * len(names))})"
        self.db.conn.executemany(sql, rows if len(keep) == len(cols) else ([r[i] for i in keep] for r in rows))
        if self.track:
            for values in rows:
                self._touch(table, dict(zip(cols, values, strict=True)))
                if table == "children":
                    self.new_children.append(values[cols.index("id")])
        self.receipt.added += len(rows)

    def _queue(self, table: str, row: dict[str, Any]) -> None:
        keys = tuple(row)
        plan = self._bulk_sql.get((table, keys))
        if plan is None:
            names = tuple(c for c in self._columns[table] if c in row)
            sql = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in names)}) VALUES ({', '.join('?' * len(names))})"
            plan = self._bulk_sql[(table, keys)] = (sql, None if names == keys else names)
        sql, cols = plan
        if sql != self._pending_sql:
            self.flush()
            self._pending_sql = sql
        # The usual row carries exactly the travelling columns in order: take its values as they are.
        self._pending.append(list(row.values()) if cols is None else [row[c] for c in cols])
        if self.track:
            self._touch(table, row)
            if table == "children":
                self.new_children.append(row["id"])
        self.receipt.added += 1
        if len(self._pending) >= BULK_BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the queued snapshot rows; call before anything reads the tables being loaded."""
        if self._pending:
            self.db.conn.executemany(self._pending_sql, self._pending)
            self._pending = []

    # -- change entries ------------------------------------------------------
    def apply_entry(self, entry: dict[str, Any], row: dict[str, Any] | None, secrets: dict[str, Any] | None) -> None:
        """Apply one audit entry from another office and append it to the local trail."""
        self.flush()
        table = entry["table_name"]
        action = entry["action"]
        effective: dict[str, Any] = {}
        local = self._get(table, entry["row_id"]) if entry.get("row_id") and table in self._columns else None
        if self.authority is not None:
            self.authority.entry(entry, local, row)
        row_version = local["version"] if local else entry.get("row_version")
        base_version = local["version"] if local else entry.get("base_version")
        if action == "bulk" or table not in self._columns:
            self.receipt.skipped += 1
            effective = dict(entry["changes"])
        elif action == "insert":
            if local is not None or row is None:
                self.receipt.skipped += 1
            else:
                full = {**row, **(secrets or {})}
                self._insert(table, full)
                self.receipt.added += 1
                effective = dict(entry["changes"])
                row_version, base_version = full.get("version", 1), None
        elif local is None:
            self.receipt.skipped += 1
            self.receipt.notes.append(f"A change to {table} {entry['row_id']} was skipped: the record is not here.")
        elif self.hq:
            effective = self._merge(entry, local, row, secrets or {})
        else:
            effective = self._overwrite(entry, local, secrets or {})
        if effective and table in self._columns and action != "bulk" and local is not None:
            row_version = local["version"] + 1
            self._set(
                table,
                local["id"],
                {
                    **{k: v[1] for k, v in effective.items()},
                    "version": row_version,
                    "updated_at": entry["at"],
                    "updated_by": entry["user"],
                },
            )
            self._touch(table, {**local, **{k: v[1] for k, v in effective.items()}})
        if action == "delete" and "deleted" in effective and str(entry.get("reason", "")).startswith(MERGED_INTO):
            self._record_merge(entry)
        self._append(
            {
                "office": entry["office"],
                "office_seq": int(entry["office_seq"]),
                "at": entry["at"],
                "user": entry["user"],
                "action": action,
                "table_name": table,
                "row_id": entry.get("row_id"),
                "row_version": row_version,
                "base_version": base_version,
                "changes": json.dumps(_redact(table, effective), ensure_ascii=False, sort_keys=True, default=str),
                "source": entry.get("source") or "sync",
                "reason": entry.get("reason") or "",
            }
        )
        if self.renumbered:
            if self.hq:
                self.record_renumbering(records.Author(user="sync", office=self.own, source="sync"))
            else:
                self.renumbered = []  # headquarters' renumbering arrives as its own change

    def record_renumbering(self, author: records.Author) -> None:
        """At headquarters: the audited change of each clashing child's number and its alias."""
        for child_id, old, new in self.renumbered:
            row = self.db.execute("SELECT version FROM children WHERE id = ?", [child_id]).fetchone()
            self.db.execute("UPDATE children SET version = ? WHERE id = ?", [row[0] + 1, child_id])
            reason = f"case number {old} was also another child's"
            records.append_audit(
                self.db,
                author,
                action="update",
                table="children",
                row_id=child_id,
                row_version=row[0] + 1,
                base_version=row[0],
                changes={"case_number": [old, new]},
                reason=reason,
            )
            records.insert(self.db, "case_aliases", {"child_id": child_id, "case_number": old}, author, reason=reason)
            self.receipt.notes.append(f"Case number {old} was already another child's: the child arrived as {new}.")
        self.renumbered = []
        self._prev_hash = None  # entries were appended behind our back: read the chain's end again

    def _append(self, entry: dict[str, Any]) -> None:
        """``records.append_audit`` for replayed entries, without its per-entry look-ups: the import
        holds the write lock, so the previous hash can be carried from one entry to the next."""
        if self._prev_hash is None:
            row = self.db.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
            self._prev_hash = row[0] if row else records.GENESIS_HASH
        entry["prev_hash"] = self._prev_hash
        entry["hash"] = records.entry_hash(entry)
        cols = list(entry)
        self.db.conn.execute(
            f"INSERT INTO audit_log ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [entry[c] for c in cols],
        )
        self._prev_hash = entry["hash"]

    def _overwrite(self, entry: dict[str, Any], local: dict[str, Any], secrets: dict[str, Any]) -> dict[str, Any]:
        """At an office: take headquarters' values; a tombstone keeps its content unless undeleted."""
        changes = entry["changes"]
        if local["deleted"] and "deleted" not in changes:
            pending = self._delete_pending(entry["table_name"], local["id"])
            if pending is not None:
                # Our own delete has not reached headquarters yet: keep the content it was made on, so
                # that headquarters can tell whether someone edited the record meanwhile.
                self.db.execute(
                    "INSERT OR IGNORE INTO sync_delete_basis(table_name, row_id, delete_seq, content) "
                    "VALUES (?, ?, ?, ?)",
                    [entry["table_name"], local["id"], pending, json.dumps(local, ensure_ascii=False, default=str)],
                )
        effective = {}
        for column, (old, new) in changes.items():
            value = secrets.get(column, new)
            if column == CUSTOM_COLUMN and entry["table_name"] in CUSTOM_TABLES.values() and column in local:
                # headquarters' extra fields key by key: the keys it changed take its value, the others
                # (this office's own edits on their way to headquarters) stay
                value = apply_custom(old, new, local[column])
            if column in local and normal(value) != local[column]:
                effective[column] = [local[column], value]
        if effective:
            self.receipt.updated += 1
        else:
            self.receipt.skipped += 1
        return effective

    def _pending_values(
        self, table: str, row_id: str, local: dict[str, Any], row: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Fields of a row this office changed and headquarters has not acknowledged: a copy of the row
        from headquarters does not undo them (our change is on its way and will merge there). Extra
        fields count one by one: headquarters' object with our pending keys laid over it."""
        kept: dict[str, Any] = {}
        keys: set[str] = set()
        for (changes,) in self.db.execute(
            "SELECT changes FROM audit_log WHERE table_name = ? AND row_id = ? AND office = ? AND office_seq > ?",
            [table, row_id, self.own, self.acked],
        ):
            decoded = json.loads(changes)
            for column in decoded:
                if column in local:
                    kept[column] = local[column]
            if CUSTOM_COLUMN in decoded and isinstance(decoded[CUSTOM_COLUMN], list):
                before, after = (decode(v) for v in decoded[CUSTOM_COLUMN][:2])
                keys |= {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        if CUSTOM_COLUMN in kept and row is not None and CUSTOM_COLUMN in row and table in CUSTOM_TABLES.values():
            mine, theirs = decode(local[CUSTOM_COLUMN]), decode(row[CUSTOM_COLUMN])
            for key in keys:
                if key in mine:
                    theirs[key] = mine[key]
                else:
                    theirs.pop(key, None)
            kept[CUSTOM_COLUMN] = local[CUSTOM_COLUMN] if theirs == mine else encode(theirs)
        return kept

    def _custom_history(
        self, table: str, row_id: str
    ) -> tuple[list[tuple[str, int, dict[str, Any], dict[str, Any]]], tuple[str, int] | None]:
        """Every change of a row's extra fields held here, newest first: (origin, its number, before, after);
        and the row's arrival here (origin and number of its insert), the last change of a key never edited."""
        out = []
        arrival = None
        for office, seq, action, changes in self.db.execute(
            "SELECT office, office_seq, action, changes FROM audit_log WHERE table_name = ? AND row_id = ? "
            "ORDER BY seq DESC",
            [table, row_id],
        ):
            if action == "insert":
                arrival = (str(office), int(seq))
            pair = json.loads(changes).get(CUSTOM_COLUMN)
            if isinstance(pair, list) and len(pair) == 2:
                out.append((str(office), int(seq), decode(pair[0]), decode(pair[1])))
        return out, arrival

    def _full_custom(self, table: str, row: dict[str, Any], local: dict[str, Any], sender: str) -> bool:
        """At headquarters, a full row's extra fields key by key. Where the sender's value differs from
        ours, the trail here says which side moved: if the last change of that key here is one the
        sender holds (its own, or one it received), the sender edited the key since and its value
        applies; if the sender's value is one this key held here before, the sender is behind and ours
        stays (it travels back); otherwise both sides changed it: a conflict on that field alone.
        The keys taken are written as headquarters' audited change, so they reach every office.
        Returns whether any key conflicted."""
        raw = row[CUSTOM_COLUMN]
        try:
            whole = json.loads(raw) if isinstance(raw, str) else None
        except ValueError:
            whole = None
        if not isinstance(whole, dict):
            raise damaged(self.file_name)  # what CL Desktop writes there is always one JSON object
        theirs_all, mine_all = decode(whole), decode(local[CUSTOM_COLUMN])
        merged = dict(mine_all)
        history: list[tuple[str, int, dict[str, Any], dict[str, Any]]] | None = None
        arrival: tuple[str, int] | None = None
        clashed = False
        for key in sorted(set(theirs_all) | set(mine_all)):
            theirs, mine = theirs_all.get(key), mine_all.get(key)
            if theirs == mine:
                continue
            if history is None:
                history, arrival = self._custom_history(table, row["id"])
            changes = [(o, s, b.get(key), a.get(key)) for o, s, b, a in history if b.get(key) != a.get(key)]
            last = changes[0][:2] if changes else arrival
            if last is not None and (last[0] == sender or last[1] <= self.sender_holds.get(last[0], 0)):
                if theirs is None:
                    merged.pop(key, None)
                else:
                    merged[key] = theirs
            elif any(before == theirs for _o, _s, before, _a in changes):
                continue
            else:
                clashed = True
                self._conflict(
                    kind="full",
                    table=table,
                    row_id=row["id"],
                    column=PREFIX + key,
                    base=None,
                    local={**local, PREFIX + key: mine},
                    remote_value=theirs,
                    remote_office=sender,
                    remote_seq=-int(row.get("version") or 0),
                    remote_user=str(row.get("updated_by") or ""),
                    remote_at=str(row.get("updated_at") or ""),
                )
        if merged != mine_all:
            author = records.Author(user=self.receipt_user, office=self.own, source="sync")
            records.update(
                self.db, table, row["id"], {CUSTOM_COLUMN: encode(merged)}, author, reason=f"full bundle of {sender}"
            )
            self._prev_hash = None  # an entry was appended behind our back: read the chain's end again
            self.receipt.merged += 1
        elif not clashed:
            self.receipt.skipped += 1
        return clashed

    def _delete_pending(self, table: str, row_id: str) -> int | None:
        """The change number of our own delete of this record that headquarters has not seen yet."""
        own = get_meta(self.db, "office_code")
        row = self.db.execute(
            "SELECT max(office_seq) FROM audit_log WHERE table_name = ? AND row_id = ? AND office = ? "
            "AND action = 'delete' AND office_seq > ?",
            [table, row_id, own, self.acked],
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def _merge(
        self, entry: dict[str, Any], local: dict[str, Any], row: dict[str, Any] | None, secrets: dict[str, Any]
    ) -> dict[str, Any]:
        """At headquarters: three-way merge per field against the value the sender started from."""
        table = entry["table_name"]
        changes = entry["changes"]
        if entry["action"] == "delete":
            if local["deleted"]:
                self.receipt.skipped += 1
                return {}
            seen = row or {}
            edited = [c for c in self._content[table] if c != "deleted" and c in seen and normal(seen[c]) != local[c]]
            if edited:
                self._conflict(
                    kind="delete_edited",
                    table=table,
                    row_id=local["id"],
                    column="deleted",
                    base=0,
                    local=local,
                    remote_value=1,
                    entry=entry,
                    local_fields=edited,
                )
                self.receipt.conflicted += 1
                return {}
            self.receipt.updated += 1
            return {"deleted": [0, 1]}
        if local["deleted"] and normal(changes.get("deleted", [None, 1])[1]) != 0:
            real = {c: v for c, v in changes.items() if c in local and normal(v[1]) != local[c]}
            if not real:
                self.receipt.skipped += 1
                return {}
            self._conflict(
                kind="edit_deleted",
                table=table,
                row_id=local["id"],
                column="deleted",
                base=0,
                local=local,
                remote_value={c: v[1] for c, v in real.items()},
                entry=entry,
            )
            self.receipt.conflicted += 1
            return {}
        effective: dict[str, Any] = {}
        conflicted = False
        secret = SECRET_COLUMNS.get(table, frozenset())
        for column, (old, new) in changes.items():
            if column not in local:
                continue
            if column in secret:
                value = secrets.get(column)
                if value is not None and value != local[column]:
                    effective[column] = [local[column], value]
                continue
            current = local[column]
            if normal(new) == current:
                continue
            if column == CUSTOM_COLUMN and table in CUSTOM_TABLES.values():
                value, clashes = merge_custom(old, new, current)
                for key, base, mine, theirs in clashes:
                    conflicted = True
                    self._conflict(
                        kind="field",
                        table=table,
                        row_id=local["id"],
                        column=PREFIX + key,
                        base=base,
                        local={**local, PREFIX + key: mine},
                        remote_value=theirs,
                        entry=entry,
                    )
                if decode(value) != decode(current):
                    effective[column] = [current, value]
                continue
            if normal(old) == current:
                effective[column] = [current, new]
                continue
            conflicted = True
            self._conflict(
                kind="field",
                table=table,
                row_id=local["id"],
                column=column,
                base=old,
                local=local,
                remote_value=new,
                entry=entry,
            )
        if conflicted:
            self.receipt.conflicted += 1
        elif not effective:
            self.receipt.skipped += 1
        elif entry.get("base_version") is not None and local["version"] != entry["base_version"]:
            self.receipt.merged += 1
        else:
            self.receipt.updated += 1
        return effective

    def _last_change(self, table: str, row_id: str, column: str) -> tuple[str, str, str]:
        for office, user, at, changes in self.db.execute(
            "SELECT office, user, at, changes FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY seq DESC",
            [table, row_id],
        ):
            decoded = json.loads(changes)
            if column in decoded or (column == "deleted" and decoded):
                return str(office), str(user), str(at)
            if column.startswith(PREFIX) and isinstance(decoded.get(CUSTOM_COLUMN), list):
                before, after = (decode(v) for v in decoded[CUSTOM_COLUMN][:2])
                key = column[len(PREFIX) :]
                if before.get(key) != after.get(key):
                    return str(office), str(user), str(at)
        return "", "", ""

    def _conflict(
        self,
        *,
        kind: str,
        table: str,
        row_id: str,
        column: str,
        base: Any,
        local: dict[str, Any],
        remote_value: Any,
        entry: dict[str, Any] | None = None,
        remote_office: str = "",
        remote_seq: int = 0,
        remote_user: str = "",
        remote_at: str = "",
        local_fields: list[str] | None = None,
    ) -> None:
        if entry is not None:
            remote_office, remote_seq = entry["office"], int(entry["office_seq"])
            remote_user, remote_at = entry["user"], entry["at"]
        local_value: Any = local[column]
        if local_fields:
            local_value = {c: local[c] for c in local_fields}
        office, user, at = self._last_change(table, row_id, local_fields[0] if local_fields else column)
        self.db.execute(
            "INSERT OR IGNORE INTO sync_conflicts(id, kind, table_name, row_id, field, base_value, local_value, "
            "local_office, local_user, local_at, remote_value, remote_office, remote_seq, remote_user, remote_at, "
            "bundle_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                uuid7(),
                kind,
                table,
                row_id,
                column,
                json.dumps(base, ensure_ascii=False),
                json.dumps(local_value, ensure_ascii=False),
                office or str(local.get("office") or ""),
                user or str(local.get("updated_by") or ""),
                at or str(local.get("updated_at") or ""),
                json.dumps(remote_value, ensure_ascii=False),
                remote_office,
                remote_seq,
                remote_user,
                remote_at,
                self.bundle_id,
                utc_now(),
            ],
        )

    def _record_merge(self, entry: dict[str, Any]) -> None:
        kept = str(entry["reason"])[len(MERGED_INTO) :].strip()
        self.db.execute(
            "INSERT OR IGNORE INTO sync_merges(merged_id, kept_id, at, by) VALUES (?, ?, ?, ?)",
            [entry["row_id"], kept, entry["at"], entry["user"]],
        )


def merge_custom(old: Any, new: Any, current: Any) -> tuple[str, list[tuple[str, Any, Any, Any]]]:
    """Three-way merge of a record's extra fields, each key on its own as if it were a column: a key
    the sender changed takes its new value where ours still holds the value it started from; a key
    changed on both sides to different values is a clash (key, base, ours, theirs) and keeps ours."""
    before, after, here = decode(old), decode(new), decode(current)
    merged = dict(here)
    clashes: list[tuple[str, Any, Any, Any]] = []
    for key in sorted(set(before) | set(after)):
        base, theirs, mine = before.get(key), after.get(key), here.get(key)
        if base == theirs or mine == theirs:
            continue
        if mine == base:
            if theirs is None:
                merged.pop(key, None)
            else:
                merged[key] = theirs
        else:
            clashes.append((key, base, mine, theirs))
    return encode(merged), clashes


def apply_custom(old: Any, new: Any, current: Any) -> str:
    """At an office: the keys of headquarters' change (those whose value differs between ``old`` and
    ``new``) laid over this office's object."""
    before, after = decode(old), decode(new)
    result = decode(current)
    for key in set(before) | set(after):
        if before.get(key) != after.get(key):
            if after.get(key) is None:
                result.pop(key, None)
            else:
                result[key] = after[key]
    return current if result == decode(current) else encode(result)


def free_case_number(db: Database, number: str, origin: str) -> str:
    """The number a clashing child is given: its old one with its office's code, made unique."""
    base = f"{number}-{origin}" if origin else f"{number}-B"
    candidate, n = base, 1
    while db.execute("SELECT 1 FROM children WHERE case_number = ?", [candidate]).fetchone():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _redact(table: str, changes: dict[str, Any]) -> dict[str, Any]:
    secret = SECRET_COLUMNS.get(table)
    if not secret:
        return changes
    return {k: ([records.REDACTED, records.REDACTED] if k in secret else v) for k, v in changes.items()}
