"""Schema for exchanging figures with national systems (DHIS2).

``0012_dhis2_mappings`` holds headquarters' codes for DHIS2: the data set, each data element, each
category and its options, and each organisation unit. Only the rows headquarters changed are stored;
``exchange.mapping`` lays them over the default that ships with the app. The table is synced like the
other metadata (``schema.SYNCED_TABLES``), so offices export with headquarters' codes.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS, SYNC_COLUMNS


@MIGRATIONS(name="0012_dhis2_mappings")
def m0012_dhis2_mappings(db: Database) -> None:
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


@MIGRATIONS(name="0013_form_submissions")
def m0013_form_submissions(db: Database) -> None:
    """Kobo/ODK submissions already imported, by submission id, so importing an export again adds nothing.

    Synced, so headquarters and the offices know each other's imports. Not unique: two offices may
    import the same export before they sync; the import looks the id up instead.
    """
    db.execute(
        f"""CREATE TABLE form_submissions (
    id TEXT PRIMARY KEY NOT NULL,
    submission_id TEXT NOT NULL,
    form TEXT NOT NULL CHECK (form IN ('intake', 'followup')),
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
{SYNC_COLUMNS}
) STRICT"""
    )
    db.execute("CREATE INDEX form_submissions_submission ON form_submissions(submission_id)")


@MIGRATIONS(name="0020_form_held")
def m0020_form_held(db: Database) -> None:
    """Kobo/ODK intake submissions that resemble a child already recorded, held for a person to review.

    Nothing is inserted for them until someone decides: a new child (``status`` 'added', ``record_id``
    the child made from it) or the child already recorded (``status`` 'same', ``record_id`` that
    child). ``submission_values`` holds the submission as the intake form reads it, ``candidates``
    the children it resembles with their scores. Local to the office that imported the export; every
    change is audited.
    """
    db.execute(
        f"""CREATE TABLE form_held (
    id TEXT PRIMARY KEY NOT NULL,
    submission_id TEXT NOT NULL,
    form TEXT NOT NULL CHECK (form IN ('intake')),
    submission_values TEXT NOT NULL,
    candidates TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'added', 'same')),
    record_id TEXT,
{SYNC_COLUMNS}
) STRICT"""
    )
    db.execute("CREATE INDEX form_held_submission ON form_held(submission_id)")
