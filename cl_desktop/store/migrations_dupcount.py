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


# A pair's state from its children and the decisions (``sync_duplicates`` as the row being set).
PAIR_STATE = """project_a = (SELECT project_id FROM children WHERE id = sync_duplicates.child_a),
project_b = (SELECT project_id FROM children WHERE id = sync_duplicates.child_b),
programme_a = (SELECT programme_id FROM children WHERE id = sync_duplicates.child_a),
programme_b = (SELECT programme_id FROM children WHERE id = sync_duplicates.child_b),
live = (SELECT count(*) FROM children
    WHERE id IN (sync_duplicates.child_a, sync_duplicates.child_b) AND deleted = 0) = 2,
decided = EXISTS (SELECT 1 FROM duplicate_decisions x WHERE x.child_a = sync_duplicates.child_a
    AND x.child_b = sync_duplicates.child_b AND x.deleted = 0)"""

PAIR_TRIGGERS = (
    f"""CREATE TRIGGER sync_duplicates_child_update AFTER UPDATE OF id, project_id, programme_id, deleted ON children
WHEN new.id IS NOT old.id OR new.project_id IS NOT old.project_id OR new.programme_id IS NOT old.programme_id
    OR new.deleted IS NOT old.deleted BEGIN
UPDATE sync_duplicates SET {PAIR_STATE} WHERE child_a IN (old.id, new.id);
UPDATE sync_duplicates SET {PAIR_STATE} WHERE child_b IN (old.id, new.id); END""",
    """CREATE TRIGGER sync_duplicates_child_delete AFTER DELETE ON children BEGIN
UPDATE sync_duplicates SET live = 0 WHERE child_a = old.id;
UPDATE sync_duplicates SET live = 0 WHERE child_b = old.id; END""",
    """CREATE TRIGGER sync_duplicates_decision_insert AFTER INSERT ON duplicate_decisions BEGIN
UPDATE sync_duplicates SET decided = (new.deleted = 0) WHERE child_a = new.child_a AND child_b = new.child_b; END""",
    f"""CREATE TRIGGER sync_duplicates_decision_update AFTER UPDATE OF child_a, child_b, deleted ON duplicate_decisions
BEGIN
UPDATE sync_duplicates SET {PAIR_STATE} WHERE child_a IN (old.child_a, new.child_a);
END""",
    """CREATE TRIGGER sync_duplicates_decision_delete AFTER DELETE ON duplicate_decisions BEGIN
UPDATE sync_duplicates SET decided = 0 WHERE child_a = old.child_a AND child_b = old.child_b; END""",
    # a pair written by any code (an older writer, a test) gets its state as it is inserted
    f"""CREATE TRIGGER sync_duplicates_insert AFTER INSERT ON sync_duplicates BEGIN
UPDATE sync_duplicates SET {PAIR_STATE} WHERE id = new.id; END""",
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
    # What the count of a project's pairs needs, kept on each pair by triggers, so that counting reads one
    # small index instead of two children and a decision per pair (about 8 µs a pair: a second for the
    # 140,000 pairs a million children may hold): the children's projects and programmes, whether both
    # are live, whether the pair was decided on (a decision may arrive by sync).
    for column in ("project_a", "project_b", "programme_a", "programme_b"):
        db.execute(f"ALTER TABLE sync_duplicates ADD COLUMN {column} TEXT")
    db.execute("ALTER TABLE sync_duplicates ADD COLUMN live INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE sync_duplicates ADD COLUMN decided INTEGER NOT NULL DEFAULT 0")
    db.execute(f"UPDATE sync_duplicates SET {PAIR_STATE}")
    for sql in PAIR_TRIGGERS:
        db.execute(sql)
    db.execute(
        "CREATE INDEX sync_duplicates_waiting ON sync_duplicates(project_a, project_b, programme_a, programme_b) "
        "WHERE status = 'open' AND live = 1 AND decided = 0"
    )
