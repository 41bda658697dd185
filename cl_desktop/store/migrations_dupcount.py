"""Schema migrations for the count of suspected duplicate pairs awaiting review, read rather than recomputed.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS

# The columns a child is compared on (``figures.duplicates``): a change to one of them may make or
# unmake a pair, so the child waits to be compared again. A deleted child takes part in no pair.
COMPARED_COLUMNS = (
    "name",
    "name_latin",
    "sex",
    "birth_date",
    "birth_date_estimated",
    "location_id",
    "office",
    "deleted",
)


@MIGRATIONS(name="0021_dupcount_queue")
def m0021_dupcount_queue(db: Database) -> None:
    """The review queue (``sync_duplicates``) as the figure the reports read, and what says whether it is current.

    ``duplicate_check`` (one row, this replica's own, never synced): every live child at or below
    ``checked_rowid`` has been compared with the others, by the full scan (``full_at``, under the
    matching ``rules`` of that time) or by the look-up made when it was saved or imported.
    ``duplicate_pending`` holds the children changed in a compared column since they were
    compared; children added above the mark without a look-up (a bulk load, a big bundle) and
    pending children are what make the count stale, and the reports say so. Like
    ``child_name_keys_mark``, no trigger fires on insert (it would double the cost of a bulk load):
    new children are found by rowid; deleting the last child lowers the mark, so a reused rowid is
    never taken for compared.
    """
    db.execute(
        """CREATE TABLE duplicate_check (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_rowid INTEGER NOT NULL DEFAULT 0,
    full_at TEXT NOT NULL DEFAULT '',
    rules TEXT NOT NULL DEFAULT ''
) STRICT"""
    )
    db.execute("INSERT INTO duplicate_check (id) VALUES (1)")
    db.execute("CREATE TABLE duplicate_pending (child_id TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID")
    changed = " OR ".join(f"new.{c} IS NOT old.{c}" for c in COMPARED_COLUMNS)
    db.execute(
        f"""CREATE TRIGGER duplicate_pending_update AFTER UPDATE OF {", ".join(COMPARED_COLUMNS)} ON children
WHEN new.deleted = 0 AND ({changed}) BEGIN
INSERT OR IGNORE INTO duplicate_pending(child_id) VALUES (new.id); END"""
    )
    db.execute(
        """CREATE TRIGGER duplicate_check_delete AFTER DELETE ON children BEGIN
DELETE FROM duplicate_pending WHERE child_id = old.id;
UPDATE duplicate_check SET checked_rowid = min(checked_rowid, coalesce((SELECT max(rowid) FROM children), 0)); END"""
    )
    # a child's pairs, whichever side of the pair it is on (the unique key serves child_a)
    db.execute("CREATE INDEX IF NOT EXISTS sync_duplicates_b ON sync_duplicates(child_b)")
