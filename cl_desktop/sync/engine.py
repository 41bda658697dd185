"""Exporting and importing sync bundles.

An office bundle carries the office's audit entries above what headquarters
acknowledged; a return bundle carries every entry headquarters holds that the
office does not (from headquarters and from other offices, in the order
headquarters applied them) plus the acknowledgement. ``--full`` bundles carry
rows instead. Import verifies everything (the container: format, recipient,
signature, hashes; here: the bundle's direction and the continuity of each
office's change numbers), then applies the whole bundle in one transaction.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from cl_desktop.errors import KnownError, RefusedInput
from cl_desktop.figures.current import writing
from cl_desktop.figures.derived import recompute_derived
from cl_desktop.figures.duplicate_queue import LOOKUPS, check_all, check_children
from cl_desktop.figures.outcomes import invalidate_summary
from cl_desktop.ids import utc_now, uuid7
from cl_desktop.security import keyslots
from cl_desktop.store import anchors, records
from cl_desktop.store.authority import SCOPED_TABLES
from cl_desktop.store.custom_indexes import refresh_custom_indexes
from cl_desktop.store.meta import set_meta
from cl_desktop.store.records import ENTRY_FIELDS
from cl_desktop.store.schema import SECRET_COLUMNS, SYNCED_TABLES
from cl_desktop.sync import keys as sync_keys
from cl_desktop.sync import state
from cl_desktop.sync.apply import Applier, Receipt, _LazyColumns, travelling_columns
from cl_desktop.sync.authority import Authority
from cl_desktop.sync.bulk import BulkLoad, empty_tables
from cl_desktop.sync.container import Manifest, open_bundle, read_manifest, write_bundle
from cl_desktop.sync.outgoing import Selection, whole_rows
from cl_desktop.sync.payload import (
    CHANGES_VERSION,
    PAYLOAD_VERSION,
    ROWS_PER_LINE,
    ROWS_VERSION,
    damaged,
    decode_lines,
    encode_lines,
    entry_record,
    row_batch,
)
from cl_desktop.sync.transfers import confirm_transfers, transferred_away

log = logging.getLogger("cl_desktop.sync")

Progress = Callable[[int, int], None]  # (plaintext bytes done, total); records when writing
PROGRESS_EVERY = 500  # records between two progress reports of an export

# A one-transaction import of a large bundle touches many index pages; with SQLite's default 2 MiB
# cache it spills to the WAL over and over. 32 MiB keeps memory bounded and the import several
# times faster (a first load builds its indexes at the end, so it needs less than row-by-row upkeep:
# 64 MiB took as long at 100,000 children and peaked 55 MB higher).
IMPORT_CACHE_KIB = 32 * 1024


@dataclass
class ImportResult:
    file: str
    bundle_id: str
    sender: str
    receipt: Receipt
    full: bool

    def sentence(self) -> str:
        r = self.receipt
        text = (
            f"{self.file}: from {self.sender}, {r.added} added, {r.updated} updated, {r.merged} merged, "
            f"{r.conflicted} conflicted, {r.skipped} skipped"
        )
        if not (r.added or r.updated or r.merged or r.conflicted):
            text += " (nothing new: everything in it was already here)"
        warnings = [n for n in r.notes if n.startswith("Warning: ")]
        return text + "." + "".join(f" {w}" for w in warnings)


def hq_code(db: Database) -> str:
    """Headquarters' office code, as this database knows it."""
    if sync_keys.is_hq(db):
        return sync_keys.own_office(db)
    row = sync_keys.hq_row(db)
    return str(row["code"]) if row else ""


def _author(db: Database, user: str, source: str = "sync") -> records.Author:
    return records.Author(user=user, office=sync_keys.own_office(db), source=source)


# -- export ---------------------------------------------------------------------


def _snapshot(
    db: Database, tables: tuple[str, ...], counts: dict[str, int], selection: Selection
) -> Iterator[dict[str, Any]]:
    """The rows of ``tables`` the recipient may hold, in ``R`` lines of up to ``ROWS_PER_LINE`` rows
    (payload version 2)."""
    for table in tables:
        cols = travelling_columns(db, table)
        where, args = selection.rows_where(table)
        cursor = db.execute(
            f"SELECT {', '.join(f'[{c}]' for c in cols)} FROM [{table}] WHERE {where} ORDER BY rowid", args
        )
        while True:
            batch = cursor.fetchmany(ROWS_PER_LINE)
            if not batch:
                break
            counts[table] = counts.get(table, 0) + len(batch)
            yield {"k": "R", "t": table, "c": cols, "v": batch}


def _entries(db: Database, where: str, args: list[Any], counts: dict[str, int]) -> Iterator[dict[str, Any]]:
    cols = ", ".join(ENTRY_FIELDS)
    cursor = db.conn.cursor()
    cursor.execute(f"SELECT {cols} FROM audit_log WHERE {where} ORDER BY seq", args)
    columns = _LazyColumns(db, travelling_columns)
    while True:
        batch = cursor.fetchmany(1000)
        if not batch:
            break
        for values in batch:
            entry = dict(zip(ENTRY_FIELDS, values, strict=True))
            entry["changes"] = json.loads(entry["changes"])
            table = entry["table_name"]
            counts[table] = counts.get(table, 0) + 1
            record: dict[str, Any] = {"k": "e", "e": entry}
            if entry["row_id"] and table in columns and entry["action"] in ("insert", "delete", "update"):
                current = db.execute(
                    f"SELECT {', '.join(f'[{c}]' for c in columns[table])} FROM [{table}] WHERE id = ?",
                    [entry["row_id"]],
                ).fetchone()
                if current is not None:
                    now = dict(zip(columns[table], current, strict=True))
                    secret = SECRET_COLUMNS.get(table, frozenset())
                    if secret:
                        record["s"] = {c: now[c] for c in secret if c in entry["changes"]}
                    if entry["action"] == "insert":
                        # office/created_* never change after insert; the content is the entry's own.
                        row = {c: now[c] for c in ("id", "office", "created_at", "created_by")}
                        row.update({k: v[1] for k, v in entry["changes"].items() if k not in secret})
                        row.update(updated_at=entry["at"], updated_by=entry["user"], version=entry["row_version"] or 1)
                        # a child renumbered here after a clash travels under its new number
                        if (
                            table == "children"
                            and now["case_number"] != row.get("case_number")
                            and db.execute(
                                "SELECT 1 FROM case_aliases WHERE child_id = ? AND case_number = ?",
                                [entry["row_id"], row.get("case_number")],
                            ).fetchone()
                        ):
                            row["case_number"] = now["case_number"]
                        row["deleted"] = 0
                        record["r"] = row
                    elif entry["action"] == "delete":
                        # what the deleting office saw, to detect an edit made meanwhile
                        basis = db.execute(
                            "SELECT content FROM sync_delete_basis WHERE table_name = ? AND row_id = ? "
                            "AND delete_seq = ?",
                            [table, entry["row_id"], entry["office_seq"]],
                        ).fetchone()
                        record["r"] = json.loads(basis[0]) if basis else now
            yield record


def export_bundle(
    db: Database,
    path: str | Path,
    *,
    user: str,
    full: bool = False,
    office: str | None = None,
    progress: Progress | None = None,
) -> Manifest:
    """Write an office bundle (or, at headquarters with ``office``, that office's return bundle).

    ``progress(records written, records in all)`` may raise to stop: then no file is left and nothing
    is recorded (the temporary file is removed and the transaction rolled back)."""
    path = Path(path)
    own = sync_keys.own_office(db)
    hq = sync_keys.is_hq(db)
    author = _author(db, user)
    keys = sync_keys.ensure_own_keys(db, author) if hq else sync_keys.load_own_keys(db)
    if keys is None:
        raise RefusedInput("This database has no sync keys; create it from a setup file from headquarters.")
    if hq:
        if not office:
            raise RefusedInput("At headquarters, name the office the return bundle is for (--office CODE).")
        target = sync_keys.office_row(db, office)
        if target is None or target.get("is_hq"):
            raise RefusedInput(f"There is no office {office} enrolled here.")
        if target["revoked_at"]:
            raise RefusedInput(f"The office {office} has been revoked; it gets no more bundles.")
        kind = "return"
    else:
        if office and office != own:
            raise RefusedInput("An office can only export its own bundle; --office is for headquarters.")
        target = sync_keys.hq_row(db)
        if target is None or not target.get("encryption_key"):
            raise RefusedInput("This database does not know its headquarters' key; create it from a setup file.")
        kind = "office"
    if not target.get("encryption_key"):
        raise RefusedInput(f"The office {target['code']} has no encryption key enrolled.")
    with db.atomic():  # one consistent snapshot: counts, ranges and records agree
        manifest, counts = _write(db, path, keys, own=own, kind=kind, target=target, full=full, progress=progress)
        _history(db, manifest, direction="export", file_name=path.name, counts=counts, receipt=None, user=user)
        set_meta(db, "last_sync_at", utc_now())
    return manifest


def _write(
    db: Database,
    path: Path,
    keys: Any,
    *,
    own: str,
    kind: str,
    target: dict[str, Any],
    full: bool,
    extra: dict[str, Any] | None = None,
    progress: Progress | None = None,
) -> tuple[Manifest, dict[str, int]]:
    recipient = str(target["code"])
    counts: dict[str, int] = {}
    ranges: dict[str, list[int]] = {}
    holds = state.received(db)
    where, args = "0", []
    selection = Selection(db, kind=kind, own=own, recipient=recipient, hq=hq_code(db))
    whole: dict[str, list[str]] = {}
    leaving: list[tuple[str, str]] = []
    extra = dict(extra or {})
    if kind == "office":
        extra["scope_serial"] = state.peer(db, recipient)["scope_serial"]  # the last return bundle taken in
    elif selection.scoped:
        peer = state.peer(db, recipient)
        serial = peer["scope_serial"] + 1 if "setup" not in extra else 0
        extra["scope_serial"] = serial
        state.update_peer(db, recipient, scope_serial=serial)
        if full:
            selection.mark_sent(serial)
        else:
            whole, leaving = selection.plan_scope(serial, peer["scope_acked"])
    if full:
        for table in SYNCED_TABLES:
            rows_where, rows_args = selection.rows_where(table)
            counts[table] = db.execute(f"SELECT count(*) FROM [{table}] WHERE {rows_where}", rows_args).fetchone()[0]
        change_range = None
    elif kind == "office":
        acked = state.peer(db, recipient)["acked_seq"]
        last = state.own_last_seq(db)
        if last > acked:
            ranges[own] = [acked + 1, last]
        where, args = "office = ? AND office_seq > ?", [own, acked]
        change_range = {"from_seq": acked + 1, "to_seq": last} if last > acked else {"from_seq": acked, "to_seq": acked}
    else:
        known = state.peer(db, recipient)["holds"]
        for origin, top in holds.items():
            start = int(known.get(origin, 0)) + 1
            if origin != recipient and top >= start:
                ranges[origin] = [start, top]
        only, only_args = selection.entries_where()
        where = f"office != ? AND office_seq > coalesce(json_extract(?, '$.\"' || office || '\"'), 0) AND {only}"
        args = [recipient, json.dumps(known), *only_args]
        mine = ranges.get(own)
        seen = int(known.get(own, 0))
        change_range = {"from_seq": mine[0], "to_seq": mine[1]} if mine else {"from_seq": seen, "to_seq": seen}
    if not full:
        for table, n in db.execute(f"SELECT table_name, count(*) FROM audit_log WHERE {where} GROUP BY 1", args):
            counts[table] = n
        for table, ids in whole.items():
            counts[table] = counts.get(table, 0) + len(ids)
        for table, _row_id in leaving:
            counts[table] = counts.get(table, 0) + 1
    streamed: dict[str, int] = {}
    if full:
        records_iter = _snapshot(db, SYNCED_TABLES, streamed, selection)
    else:
        records_iter = _scoped(db, whole, leaving, _entries(db, where, args, streamed), streamed)

    version = ROWS_VERSION if full else CHANGES_VERSION

    total = sum(counts.values())

    def lines() -> Iterator[dict[str, Any]]:
        yield {"k": "h", "v": version, "sender": own, "full": full}
        n = 0
        told = 0
        if progress:
            progress(0, total)
        for rec in records_iter:
            n += len(rec["v"]) if rec["k"] == "R" else 1
            yield rec
            if progress and n - told >= PROGRESS_EVERY:
                told = n
                progress(n, total)
        if streamed != {t: c for t, c in counts.items() if c}:
            raise RuntimeError("the database changed while the bundle was written")
        yield {"k": "z", "n": n}

    manifest = write_bundle(
        path,
        {
            "kind": kind,
            "sender": own,
            "recipient": recipient,
            "bundle_id": uuid7(),
            "change_range": change_range,
            "counts": {t: c for t, c in counts.items() if c},
            "payload_version": version,
            "ranges": ranges,
            "received": holds,
            # The sender's audit-chain head, signed with the manifest, and the recipient's heads as
            # the sender holds them, for the recipient to check its own trail against.
            "audit": {"head": list(anchors.head(db) or []) or None, "seen": anchors.heads_of(db, recipient)},
            **extra,
        },
        encode_lines(lines()),
        keys,
        str(target["encryption_key"]),
    )
    return manifest, counts


def _scoped(
    db: Database,
    whole: dict[str, list[str]],
    leaving: list[tuple[str, str]],
    entries: Iterator[dict[str, Any]],
    counts: dict[str, int],
) -> Iterator[dict[str, Any]]:
    """A return bundle's records: rows entering the office's scope whole (``r``), then the changes,
    then the rows that left it (``x``: removed from the office, not deleted)."""
    columns = _LazyColumns(db, travelling_columns)
    for table, row in whole_rows(db, whole, columns):
        counts[table] = counts.get(table, 0) + 1
        yield {"k": "r", "t": table, "r": row}
    yield from entries
    for table, row_id in leaving:
        counts[table] = counts.get(table, 0) + 1
        yield {"k": "x", "t": table, "i": row_id}


def _history(
    db: Database,
    manifest: Manifest,
    *,
    direction: str,
    file_name: str,
    counts: dict[str, int],
    receipt: Receipt | None,
    user: str,
    note: str = "",
) -> None:
    r = receipt or Receipt()
    cr = manifest.change_range
    db.execute(
        "INSERT INTO sync_bundles(id, bundle_id, direction, kind, sender, recipient, file_name, full, change_from, "
        "change_to, counts, added, updated, merged, conflicted, skipped, note, at, by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            uuid7(),
            manifest.bundle_id,
            direction,
            manifest.kind,
            manifest.sender,
            manifest.recipient,
            file_name,
            int(manifest.is_full),
            cr.from_seq if cr else None,
            cr.to_seq if cr else None,
            json.dumps(counts, sort_keys=True),
            r.added,
            r.updated,
            r.merged,
            r.conflicted,
            r.skipped,
            note,
            utc_now(),
            user,
        ],
    )


# -- import ---------------------------------------------------------------------


def _ranges(manifest: Manifest, name: str) -> dict[str, tuple[int, int]]:
    raw = manifest.extra.get("ranges", {})
    if not isinstance(raw, dict):
        raise damaged(name)
    out = {}
    for origin, pair in raw.items():
        if not (isinstance(pair, list) and len(pair) == 2 and all(type(v) is int for v in pair) and pair[0] <= pair[1]):
            raise damaged(name)
        out[str(origin)] = (pair[0], pair[1])
    return out


def verify_for_import(db: Database, path: str | Path) -> Manifest:
    """Every check that needs no decryption: direction, addressee, format, continuity."""
    path = Path(path)
    name = path.name
    manifest = read_manifest(path)
    own = sync_keys.own_office(db)
    hq = sync_keys.is_hq(db)
    version = manifest.extra.get("payload_version", 1)
    if type(version) is not int or version > PAYLOAD_VERSION:
        raise RefusedInput(
            f"The bundle file {name} was made by a newer version of CL Desktop (payload {version}); "
            "update CL Desktop to import it."
        )
    if manifest.sender == own:
        raise RefusedInput(f"The bundle file {name} was made by this database ({own}); import it at its recipient.")
    if hq and manifest.kind != "office":
        raise RefusedInput(f"The bundle file {name} is a return bundle for an office, not for headquarters.")
    if not hq and manifest.kind != "return":
        raise RefusedInput(f"The bundle file {name} is an office bundle for headquarters, not for this office.")
    if not hq and manifest.sender != hq_code(db):
        raise RefusedInput(
            f"The bundle file {name} is signed by {manifest.sender}, not by headquarters; an office imports "
            "only the bundles headquarters sends it."
        )
    ranges = _ranges(manifest, name)
    if hq and set(ranges) - {manifest.sender}:
        other = sorted(set(ranges) - {manifest.sender})[0]
        raise RefusedInput(
            f"The bundle file {name} carries changes numbered as {other}'s, but it is signed by {manifest.sender}, "
            "who cannot speak for another office; nothing was imported."
        )
    for origin, (start, _end) in ranges.items():
        have = state.received_from(db, origin)
        if start > have + 1:
            raise RefusedInput(
                f"The bundle file {name} starts at change {start} of {origin}, but this database has its changes "
                f"only up to {have}: import the bundle with changes {have + 1} to {start - 1} first."
            )
    return manifest


def import_order(db: Database, paths: list[str | Path]) -> list[Path]:
    """The files in the order their change ranges require, whatever order they were given in.

    Each file goes after the files holding the changes it builds on, as far as the given files
    supply them: a file whose first change follows the database's last one, or the last one of
    a file placed before it, is placed next (in the given order among those ready). Files that
    cannot be placed (a change truly missing) and files whose manifest cannot be read keep their
    turn at the end and in place, so the import refuses them with its own sentence.
    """
    pending: list[tuple[Path, dict[str, tuple[int, int]]]] = []
    for raw in paths:
        path = Path(raw)
        try:
            ranges = _ranges(read_manifest(path), path.name)
        except (KnownError, OSError):
            ranges = {}
        pending.append((path, ranges))
    have = {origin: state.received_from(db, origin) for _, ranges in pending for origin in ranges}
    ordered: list[Path] = []
    while pending:
        ready = next(
            (
                i
                for i, (_path, ranges) in enumerate(pending)
                if all(start <= have[origin] + 1 for origin, (start, _end) in ranges.items())
            ),
            None,
        )
        if ready is None:
            ordered += [path for path, _ in pending]  # truly missing changes: refused when imported
            break
        path, ranges = pending.pop(ready)
        for origin, (_start, end) in ranges.items():
            have[origin] = max(have[origin], end)
        ordered.append(path)
    return ordered


def import_bundle(db: Database, path: str | Path, *, user: str, progress: Progress | None = None) -> ImportResult:
    """Verify, then apply in one transaction; raises a KnownError and changes nothing on any refusal."""
    path = Path(path)
    name = path.name
    verify_for_import(db, path)
    keys = sync_keys.load_own_keys(db)
    if keys is None:
        raise RefusedInput("This database has no sync keys yet, so it cannot open bundles.")
    manifest, stream = open_bundle(path, recipient_private=keys, trusted_signers=sync_keys.trusted_signers(db))  # type: ignore[arg-type]
    hq = sync_keys.is_hq(db)
    ranges = _ranges(manifest, name)
    ack = manifest.extra.get("received", {}).get(sync_keys.own_office(db)) if not hq else 0
    acked = max(state.peer(db, manifest.sender)["acked_seq"], ack if type(ack) is int else 0)
    applier = Applier(db, hq=hq, bundle_id=manifest.bundle_id, acked=acked, track=not manifest.is_full)
    applier.file_name = name
    holds = manifest.extra.get("received")
    if isinstance(holds, dict):
        applier.sender_holds = {str(k): v for k, v in holds.items() if type(v) is int}
    applier.authority = Authority(db, file_name=name, signer=manifest.sender, hq_code=hq_code(db), at_hq=hq)
    bulk: BulkLoad | None = None
    total = manifest.plaintext_size
    done = 0

    def counted() -> Iterator[bytes]:
        nonlocal done
        for piece in stream:
            done += len(piece)
            if progress:
                progress(done, total)
            yield piece

    counts: dict[str, int] = {}
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        with writing(db):
            # Rows arrive parents first, but some tables refer sideways (targets to periods): check at commit.
            db.execute("PRAGMA defer_foreign_keys = ON")
            if manifest.is_full:
                # A first load into empty tables: rows by executemany, indexes built once at the end.
                applier.bulk = frozenset(empty_tables(db, manifest.counts, SYNCED_TABLES))
                bulk = BulkLoad(db, applier.bulk)
                bulk.drop()
                if applier.bulk:
                    # The dashboard summary is rebuilt once with the derived columns (refresh_outcomes);
                    # meanwhile its row triggers do nothing.
                    invalidate_summary(db)
            expected = {o: state.received_from(db, o) for o in ranges}
            serial = manifest.extra.get("scope_serial")
            # rows entering and leaving this office's scope, unless a later return bundle already came
            fresh = not hq and type(serial) is int and serial > state.peer(db, manifest.sender)["scope_serial"]
            leaving: list[tuple[str, str]] = []
            n = 0
            saw_end = False
            for rec in decode_lines(counted(), name):
                kind = rec["k"]
                if kind == "h":
                    if rec.get("v", 0) > PAYLOAD_VERSION:
                        raise RefusedInput(f"The bundle file {name} was made by a newer version of CL Desktop.")
                    continue
                if kind == "z":
                    if rec.get("n") != n:
                        raise damaged(name)
                    saw_end = True
                    continue
                if kind == "R":
                    table, cols, rows = row_batch(rec, name)
                    n += len(rows)
                    counts[table] = counts.get(table, 0) + len(rows)
                    applier.apply_rows(table, cols, rows, manifest.sender)
                    continue
                n += 1
                if kind == "r":
                    table = str(rec["t"])
                    counts[table] = counts.get(table, 0) + 1
                    if hq or manifest.is_full or fresh:
                        applier.apply_row(table, rec["r"], manifest.sender)
                    else:
                        applier.receipt.skipped += 1
                elif kind == "x" and not hq:
                    table = str(rec["t"])
                    counts[table] = counts.get(table, 0) + 1
                    if table not in SCOPED_TABLES:
                        raise damaged(name)
                    if fresh:
                        leaving.append((table, str(rec["i"])))
                elif kind == "e":
                    entry = entry_record(rec, name)
                    origin, seq = str(entry["office"]), int(entry["office_seq"])
                    applier.authority.origin(entry)
                    counts[entry["table_name"]] = counts.get(entry["table_name"], 0) + 1
                    have = expected.get(origin, state.received_from(db, origin))
                    if seq <= have:
                        applier.receipt.skipped += 1
                        continue
                    # an office bundle carries every change of its office; a return bundle only those of
                    # records the office holds, so its numbers may skip (never past the range it states)
                    if seq != have + 1 and (hq or origin not in ranges or seq > ranges[origin][1]):
                        raise damaged(name)
                    expected[origin] = seq
                    applier.apply_entry(entry, rec.get("r"), rec.get("s"))
                else:
                    raise damaged(name)
            if not saw_end or counts != dict(manifest.counts):
                raise damaged(name)
            applier.flush()
            if not hq and not manifest.is_full:
                for origin, (_start, end) in ranges.items():
                    state.set_received(db, origin, end)
            if leaving:
                removed = remove_from_scope(db, leaving, acked=applier.acked, file_name=name)
                applier.receipt.notes.append(f"{removed} records left this office's scope and were removed from it.")
            if type(serial) is int:
                if hq:
                    state.update_peer(db, manifest.sender, scope_acked=serial)
                else:
                    state.update_peer(db, manifest.sender, scope_serial=serial)
            _after_import(db, applier, manifest, hq, bulk)
            _anchor(db, manifest, applier.receipt, name)
            _history(
                db,
                manifest,
                direction="import",
                file_name=name,
                counts=counts,
                receipt=applier.receipt,
                user=user,
                note=" ".join(applier.receipt.notes[:5]),
            )
            set_meta(db, "last_sync_at", utc_now())
    except sqlite3.IntegrityError as exc:
        raise RefusedInput(
            f"The bundle file {name} holds a record that clashes with one here ({exc}); nothing was imported."
        ) from exc
    except (sqlite3.ProgrammingError, sqlite3.InterfaceError) as exc:
        # a value SQLite cannot store (an object where a column value belongs): not what CL Desktop writes
        raise damaged(name) from exc
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")
    if leaving:
        wipe_free_pages(db)
    return ImportResult(name, manifest.bundle_id, manifest.sender, applier.receipt, manifest.is_full)


REMOVED_CHANGES = records.REMOVED_CHANGES


def remove_from_scope(db: Database, rows: list[tuple[str, str]], *, acked: int, file_name: str) -> int:
    """Take records that left this office's scope out of its database: not deletions (headquarters and
    the other offices keep them, and no entry says so), and with secure_delete on, so their pages are
    overwritten; other origins' audit entries about them keep their place in the chain but lose their
    content. Refused while this office has changes to them that headquarters has not received."""
    own = sync_keys.own_office(db)
    by_table: dict[str, list[str]] = {}
    for table, row_id in rows:
        by_table.setdefault(table, []).append(row_id)
    pending = 0
    for table, ids in by_table.items():
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ", ".join("?" * len(part))
            pending += db.execute(
                f"SELECT count(*) FROM audit_log WHERE office = ? AND office_seq > ? AND table_name = ? "
                f"AND row_id IN ({marks})",
                [own, acked, table, *part],
            ).fetchone()[0]
    if pending:
        raise RefusedInput(
            f"The bundle file {file_name} removes records that left this office's scope, but this office "
            "changed some of them since its last bundle reached headquarters; send a bundle to headquarters "
            "first and import the return bundle it answers with."
        )
    trigger = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_log_no_update'"
    ).fetchone()
    db.execute("PRAGMA secure_delete = ON")
    removed = 0
    if trigger:
        db.execute("DROP TRIGGER audit_log_no_update")
    for table in (
        "referral_events",
        "referrals",
        "visit_children",
        "follow_ups",
        "services",
        "case_aliases",
        "children",
        "households",
    ):
        ids = by_table.get(table, [])
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ", ".join("?" * len(part))
            # an office's own rows go too when the child was handed to another office
            child = {
                "children": "id",
                "services": "child_id",
                "follow_ups": "child_id",
                "case_aliases": "child_id",
                "referrals": "child_id",
                "referral_events": "child_id",
                "visit_children": "child_id",
            }
            moved = f" OR {child[table]} IN {transferred_away(own)}" if table in child else ""
            gone = [
                r[0]
                for r in db.execute(
                    f"SELECT id FROM [{table}] WHERE id IN ({marks}) AND (office != ?{moved})", [*part, own]
                )
            ]
            if not gone:
                continue
            marks = ", ".join("?" * len(gone))
            removed += db.execute(f"DELETE FROM [{table}] WHERE id IN ({marks})", gone).rowcount
            # other origins' entries about them lose their content; so do this office's own about a child
            # it handed over (headquarters holds them: no change of them is still to send)
            db.execute(
                f"UPDATE audit_log SET changes = ? WHERE table_name = ? AND row_id IN ({marks}) "
                f"AND (office != ?{' OR 1' if moved else ''})",
                [REMOVED_CHANGES, table, *gone, own],
            )
            part = gone
            db.execute(f"DELETE FROM sync_delete_basis WHERE table_name = ? AND row_id IN ({marks})", [table, *part])
            if table == "children":
                # the review queue found here: no pair may name a child this office no longer holds
                db.execute(
                    f"DELETE FROM sync_duplicates WHERE child_a IN ({marks}) OR child_b IN ({marks})", [*part, *part]
                )
    if trigger:
        db.execute(trigger[0])
    if removed:
        # the full-text indexes keep old segments until merged: merge them so the names go with the rows
        for fts in ("children_fts", "children_translit_fts"):
            db.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
    return removed


def wipe_free_pages(db: Database) -> None:
    """After a removal: copy the overwritten pages into the file and empty the write-ahead log, so
    neither keeps the removed records."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA secure_delete = OFF")


def _anchor(db: Database, manifest: Manifest, receipt: Receipt, name: str) -> None:
    """Keep the sender's head; check this trail against the heads of it the sender holds."""
    audit = manifest.extra.get("audit")
    if audit is None:
        return  # a bundle from a version before anchoring
    if not isinstance(audit, dict):
        raise damaged(name)
    own_head = audit.get("head")
    seen = anchors.parse_heads(audit.get("seen", []))
    theirs = anchors.parse_heads([own_head]) if own_head is not None else []
    if seen is None or theirs is None:
        raise damaged(name)
    for anchor in theirs:
        anchors.record(db, manifest.sender, anchors.THEIRS, anchor, note=manifest.bundle_id)
    for anchor in seen:
        anchors.record(db, manifest.sender, anchors.ACKNOWLEDGED, anchor, note=manifest.bundle_id)
    problems = anchors.verify_anchors(db)
    if problems:
        receipt.notes.insert(0, "Warning: " + " ".join(problems))


def _nothing() -> None:
    pass


def _after_import(db: Database, applier: Applier, manifest: Manifest, hq: bool, bulk: BulkLoad | None = None) -> None:
    received = manifest.extra.get("received", {})
    if not isinstance(received, dict):
        received = {}
    own = sync_keys.own_office(db)
    sender = manifest.sender
    if manifest.is_full:
        # A snapshot holds the sender's rows as of its change numbers: no need to replay older entries.
        for origin, seq in received.items():
            if type(seq) is int and origin != own and (not hq or origin == sender):
                state.set_received(db, str(origin), seq)
    if hq:
        state.update_peer(db, sender, holds={str(k): v for k, v in received.items() if type(v) is int})
    else:
        ack = received.get(own)
        state.update_peer(db, sender, acked_seq=ack if type(ack) is int else 0)
        db.execute("DELETE FROM sync_delete_basis WHERE delete_seq <= ?", [state.peer(db, sender)["acked_seq"]])
    # The indexes set aside come back before the outcomes, which look each batch of children's
    # services and visits up through the child_id indexes (without them, every batch would read
    # the whole tables), and after the work status and ages of a full load (no index upkeep for
    # every child they change).
    restore = bulk.restore if bulk is not None else _nothing
    r = applier.receipt
    if manifest.is_full and (r.added or r.updated):
        recompute_derived(db, None, None, before_outcomes=restore)
    else:
        restore()
        if applier.child_ids or applier.follow_up_ids:
            recompute_derived(db, applier.child_ids, applier.follow_up_ids)
    refresh_custom_indexes(db)  # extra fields defined or shown in lists by headquarters get their index
    if hq:
        applier.receipt.notes.extend(confirm_transfers(db, user=applier.receipt_user))
    # The children the bundle brought or changed are compared with every child here (the count of pairs
    # awaiting review stays current); a full load of more than a bundle's worth is left to the full check
    # (the count says it is incomplete until then).
    if not manifest.is_full or len(applier.new_children) <= LOOKUPS:
        find_duplicates(db, applier.new_children, manifest.bundle_id)
    if not hq:
        # Accounts headquarters sent (new ones, reset passwords, disabled ones) unlock an encrypted office.
        keyslots.rebuild(db)


def scan_duplicates(db: Database, progress: Progress | None = None) -> int:
    """Compare every child with those who could be the same child, wherever registered; make the review
    queue exactly the pairs found (the full check). ``progress(children compared, children)`` may raise
    to stop: nothing changes then."""
    return check_all(db, progress)


def find_duplicates(
    db: Database, child_ids: list[str], bundle_id: str, *, whole_scan: bool = False, progress: Progress | None = None
) -> int:
    """List the suspected duplicates of children who arrived in a bundle (and of those changed since they were
    last compared), or of every child (``whole_scan``), for review; returns how many pairs are new.

    Every pair is listed, the same office's too (the clerk saw them while typing, but nobody decided):
    the queue is what the reports count. Pairs already decided are never listed again.
    """
    if whole_scan:
        return check_all(db, progress)
    return check_children(db, child_ids, bundle_id, key_first=True)


def bundle_history(db: Database, limit: int = 500) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM sync_bundles ORDER BY at DESC LIMIT ?", [limit]))


def history_text(db: Database) -> str:
    """The bundle history with receipts as plain text, for printing or filing."""
    lines = [f"Sync history of {sync_keys.own_office(db)}, printed {utc_now()[:16].replace('T', ' ')} UTC", ""]
    for r in bundle_history(db, limit=10_000):
        counts = json.loads(r["counts"])
        when = r["at"][:19].replace("T", " ")
        lines.append(f"{when}  {r['direction']:<6}  {r['sender']} -> {r['recipient']}  {r['file_name']}")
        lines.append(
            f"    bundle {r['bundle_id']}, {sum(counts.values())} records"
            + (", full" if r["full"] else f", changes {r['change_from']}-{r['change_to']}")
        )
        if r["direction"] == "import":
            lines.append(
                f"    receipt: {r['added']} added, {r['updated']} updated, {r['merged']} merged, "
                f"{r['conflicted']} conflicted, {r['skipped']} skipped"
            )
        if r["note"]:
            lines.append(f"    note: {r['note']}")
    return "\n".join(lines) + "\n"


def save_history(db: Database, path: str | Path) -> None:
    from cl_desktop.atomic import atomic_write

    with atomic_write(path, "w", encoding="utf-8") as fh:
        fh.write(history_text(db))


def database_path(db: Database) -> Path | None:
    """The file behind a connection (None in memory), so long work can open its own connection."""
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None
