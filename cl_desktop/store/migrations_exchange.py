"""Schema for exchanging figures with national systems (DHIS2).

``0009_dhis2_mappings`` holds headquarters' codes for DHIS2: the data set, each data element, each
category and its options, and each organisation unit. Only the rows headquarters changed are stored;
``exchange.mapping`` lays them over the default that ships with the app. The table is synced like the
other metadata (``schema.SYNCED_TABLES``), so offices export with headquarters' codes.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS, SYNC_COLUMNS


@MIGRATIONS(name="0009_dhis2_mappings")
def m0009_dhis2_mappings(db: Database) -> None:
    db.execute(
        f"""CREATE TABLE dhis2_mappings (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('data_set', 'data_element', 'category', 'option', 'org_unit')),
    key TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
{SYNC_COLUMNS},
    UNIQUE (kind, key)
) STRICT"""
    )
