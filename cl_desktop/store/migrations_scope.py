"""Schema migrations for offices' scopes: what each office holds, and what headquarters sent it.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS


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
