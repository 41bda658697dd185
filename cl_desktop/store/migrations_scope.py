"""Schema migrations for offices' scopes: what each office holds, and what headquarters sent it.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS, SYNC_COLUMNS


@MIGRATIONS(name="0009_office_scope")
def m0009_office_scope(db: Database) -> None:
    """An office's scope (provinces and action programmes, by code, as JSON; NULL: the whole
    country) travels with its office row. Headquarters remembers which of the scoped records it has
    put in an office's return bundles (``sync_scope_rows``) and which return bundle the office has
    confirmed (``sync_peers.scope_serial``/``scope_acked``), so rows that enter a scope are sent
    whole once and rows that leave it are removed from the office."""
    for sql in (
        "ALTER TABLE offices ADD COLUMN scope TEXT",
        """CREATE TABLE sync_scope_rows (
    office TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    serial INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('held', 'leaving')),
    PRIMARY KEY (office, table_name, row_id)
) STRICT, WITHOUT ROWID""",
        "ALTER TABLE sync_peers ADD COLUMN scope_serial INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE sync_peers ADD COLUMN scope_acked INTEGER NOT NULL DEFAULT 0",
    ):
        db.execute(sql)


@MIGRATIONS(name="0009_case_aliases")
def m0009_case_aliases(db: Database) -> None:
    """A case number a child no longer carries: two offices had handed out the same number before
    numbers carried the office code, and headquarters renumbered the one that arrived second. The old
    number stays findable (search, look-up by case number). Synced; headquarters alone writes it."""
    db.execute(
        f"""CREATE TABLE case_aliases (
    id TEXT PRIMARY KEY NOT NULL,
    child_id TEXT NOT NULL REFERENCES children(id),
    case_number TEXT NOT NULL,
{SYNC_COLUMNS}
) STRICT"""
    )
    db.execute("CREATE INDEX case_aliases_number ON case_aliases(case_number)")
    db.execute("CREATE INDEX case_aliases_child ON case_aliases(child_id)")


@MIGRATIONS(name="0009_transfers")
def m0009_transfers(db: Database) -> None:
    """A child handed from one office to another (families move for work). Written by the office that
    held the child, confirmed by headquarters (``confirmed_at``); the receiving office then holds the
    child and its history, the sending office keeps this row as the stub (case number, date, to whom).
    No reference to ``children``: the stub outlives the child's rows at the sending office."""
    db.execute(
        f"""CREATE TABLE transfers (
    id TEXT PRIMARY KEY NOT NULL,
    child_id TEXT NOT NULL,
    case_number TEXT NOT NULL,
    from_office TEXT NOT NULL,
    to_office TEXT NOT NULL,
    transferred_on TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    confirmed_at TEXT,
{SYNC_COLUMNS}
) STRICT"""
    )
    db.execute("CREATE INDEX transfers_child ON transfers(child_id)")
