"""Schema migrations for sync: keys, what each replica received, bundles and receipts, conflicts, duplicates.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS


@MIGRATIONS(name="0002_sync")
def m0002_sync(db: Database) -> None:
    """Bookkeeping of the sync engine; none of these tables travel in bundles."""
    statements = [
        # This database's own private keys (64 raw bytes, see sync/crypto.py). One row.
        """CREATE TABLE sync_keys (
    name TEXT PRIMARY KEY NOT NULL,
    private_key BLOB NOT NULL,
    created_at TEXT NOT NULL
) STRICT""",
        # The highest office_seq of each origin office whose changes this database holds.
        """CREATE TABLE sync_received (
    origin TEXT PRIMARY KEY NOT NULL,
    seq INTEGER NOT NULL
) STRICT""",
        # What each exchange partner has confirmed: at an office, headquarters' acknowledgement of our
        # changes; at headquarters, per office, the acknowledgement we sent and what the office holds.
        """CREATE TABLE sync_peers (
    peer TEXT PRIMARY KEY NOT NULL,
    acked_seq INTEGER NOT NULL DEFAULT 0,
    holds TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL
) STRICT""",
        # Every bundle written or imported here, with its receipt.
        """CREATE TABLE sync_bundles (
    id TEXT PRIMARY KEY NOT NULL,
    bundle_id TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('export', 'import', 'setup')),
    kind TEXT NOT NULL,
    sender TEXT NOT NULL,
    recipient TEXT NOT NULL,
    file_name TEXT NOT NULL,
    full INTEGER NOT NULL DEFAULT 0 CHECK (full IN (0, 1)),
    change_from INTEGER,
    change_to INTEGER,
    counts TEXT NOT NULL DEFAULT '{}',
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    merged INTEGER NOT NULL DEFAULT 0,
    conflicted INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    by TEXT NOT NULL
) STRICT""",
        "CREATE INDEX sync_bundles_bundle ON sync_bundles(bundle_id)",
        # Concurrent edits of one field (or delete against edit) waiting for a person to decide.
        """CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('field', 'delete_edited', 'edit_deleted', 'full')),
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    base_value TEXT,
    local_value TEXT,
    local_office TEXT NOT NULL DEFAULT '',
    local_user TEXT NOT NULL DEFAULT '',
    local_at TEXT NOT NULL DEFAULT '',
    remote_value TEXT,
    remote_office TEXT NOT NULL,
    remote_seq INTEGER NOT NULL,
    remote_user TEXT NOT NULL,
    remote_at TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution TEXT,
    resolved_value TEXT,
    resolved_by TEXT,
    resolved_at TEXT,
    UNIQUE (remote_office, remote_seq, table_name, row_id, field)
) STRICT""",
        "CREATE INDEX sync_conflicts_status ON sync_conflicts(status, created_at)",
        # Suspected duplicate children found when bundles arrive.
        """CREATE TABLE sync_duplicates (
    id TEXT PRIMARY KEY NOT NULL,
    child_a TEXT NOT NULL,
    child_b TEXT NOT NULL,
    score REAL NOT NULL,
    reasons TEXT NOT NULL DEFAULT '[]',
    found_at TEXT NOT NULL,
    bundle_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'dismissed')),
    UNIQUE (child_a, child_b)
) STRICT""",
        # Merged children: the tombstone points to the record that was kept.
        """CREATE TABLE sync_merges (
    merged_id TEXT PRIMARY KEY NOT NULL,
    kept_id TEXT NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL
) STRICT""",
    ]
    for sql in statements:
        db.execute(sql)


@MIGRATIONS(name="0002_sync_delete_basis")
def m0002_sync_delete_basis(db: Database) -> None:
    """At an office: the content a record had when the office deleted it, kept while the delete has not
    reached headquarters, so headquarters can tell whether someone edited the record meanwhile."""
    db.execute(
        """CREATE TABLE sync_delete_basis (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    delete_seq INTEGER NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id, delete_seq)
) STRICT"""
    )
