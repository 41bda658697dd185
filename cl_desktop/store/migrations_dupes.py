"""Schema migrations for duplicate detection at national scale.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.

The keys themselves are computed by the figures code (``figures.duplicates``), never here: a
migration does the same thing whenever it runs, and the transliteration behind the keys may
change. A migration leaves the keys empty; the figures code fills the empty ones on first use (the
full scan and ``refresh_keys`` key them, and a look-up while typing computes them as it reads).
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS

# Every writer (the forms, a bundle being applied, a bulk load) leaves an empty key for a
# changed name; ``figures.duplicates.refresh_keys`` fills the empty ones.
NAME_KEY_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS child_name_keys_insert AFTER INSERT ON children BEGIN
INSERT OR REPLACE INTO child_name_keys(child_id, name_key) VALUES (new.id, NULL); END""",
    """CREATE TRIGGER IF NOT EXISTS child_name_keys_update AFTER UPDATE OF id, name, name_latin ON children
WHEN new.id IS NOT old.id OR new.name IS NOT old.name OR new.name_latin IS NOT old.name_latin BEGIN
DELETE FROM child_name_keys WHERE child_id = old.id;
INSERT OR REPLACE INTO child_name_keys(child_id, name_key) VALUES (new.id, NULL); END""",
    """CREATE TRIGGER IF NOT EXISTS child_name_keys_delete AFTER DELETE ON children BEGIN
DELETE FROM child_name_keys WHERE child_id = old.id; END""",
)


@MIGRATIONS(name="0007_duplicate_keys")
def m0007_duplicate_keys(db: Database) -> None:
    """Each child's name in the form duplicate detection compares, kept beside the children.

    The key is the Latin transliteration, or the name itself normalised and, for Cyrillic,
    transliterated (``domain.names.comparable``), so children typed in different scripts meet.
    It lives in its own table, not in a column of ``children``: it is filled lazily on each
    replica (empty until the next scan or refresh), and the synced rows must stay identical on
    every replica. The full scan reads the children in (sex, birth date) order from one covering
    index and sorts each block by this key, instead of joining the villages, sorting a million
    rows and normalising every name again; the intake form looks a typed name up by its key.
    """
    db.execute(
        "CREATE TABLE IF NOT EXISTS child_name_keys (child_id TEXT PRIMARY KEY NOT NULL, name_key TEXT) "
        "STRICT, WITHOUT ROWID"
    )
    db.execute("INSERT OR IGNORE INTO child_name_keys(child_id, name_key) SELECT id, NULL FROM children")
    for sql in NAME_KEY_TRIGGERS:
        db.execute(sql)
    db.execute("CREATE INDEX IF NOT EXISTS child_name_keys_key ON child_name_keys(name_key)")
    db.execute(
        "CREATE INDEX IF NOT EXISTS children_dupe_scan ON children("
        "sex, birth_date, location_id, name, name_latin, case_number, id) WHERE deleted = 0"
    )


# A name in Cyrillic typed without its Latin spelling: found from a Latin spelling by its key alone
# (the trigram index holds only the Cyrillic). U+0400-U+04FF is the Cyrillic block.
def _cyrillic_alone(row: str) -> str:
    return f"(coalesce({row}.name_latin, '') = '' AND {row}.name GLOB '*[\u0400-\u04ff]*')"


CYRILLIC_KEY_TRIGGERS = (
    f"""CREATE TRIGGER child_name_keys_insert AFTER INSERT ON children BEGIN
INSERT OR REPLACE INTO child_name_keys(child_id, name_key, cyrillic_alone)
VALUES (new.id, NULL, {_cyrillic_alone("new")}); END""",
    f"""CREATE TRIGGER child_name_keys_update AFTER UPDATE OF id, name, name_latin ON children
WHEN new.id IS NOT old.id OR new.name IS NOT old.name OR new.name_latin IS NOT old.name_latin BEGIN
DELETE FROM child_name_keys WHERE child_id = old.id;
INSERT OR REPLACE INTO child_name_keys(child_id, name_key, cyrillic_alone)
VALUES (new.id, NULL, {_cyrillic_alone("new")}); END""",
)


@MIGRATIONS(name="0007_duplicate_keys_cyrillic")
def m0007_duplicate_keys_cyrillic(db: Database) -> None:
    """Mark the keys of Cyrillic names typed without a Latin spelling, and index only those.

    The intake form looks a typed name up by key only to find such children; indexing every
    key made it read a thousand namesakes per look-up on a million children. Empty keys (to be
    filled) get their own small index.
    """
    if "child_name_keys" not in db.table_names():
        m0007_duplicate_keys(db)
    db.execute("ALTER TABLE child_name_keys ADD COLUMN cyrillic_alone INTEGER NOT NULL DEFAULT 0")
    db.execute("DROP TRIGGER IF EXISTS children_name_key_reset")
    for name in ("child_name_keys_insert", "child_name_keys_update"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in CYRILLIC_KEY_TRIGGERS:
        db.execute(sql)
    db.execute(
        "UPDATE child_name_keys SET cyrillic_alone = 1 FROM children c "
        f"WHERE c.id = child_name_keys.child_id AND {_cyrillic_alone('c')}"
    )
    db.execute("DROP INDEX IF EXISTS child_name_keys_key")
    db.execute("CREATE INDEX child_name_keys_todo ON child_name_keys(child_id) WHERE name_key IS NULL")
    db.execute("CREATE INDEX child_name_keys_cyrillic ON child_name_keys(name_key) WHERE cyrillic_alone = 1")


@MIGRATIONS(name="0007_duplicate_keys_mark")
def m0007_duplicate_keys_mark(db: Database) -> None:
    """New children are found by rowid above a mark instead of by an insert trigger.

    Any trigger on inserting a child makes every insert open a statement journal: it doubled the
    cost of inserting children (23 to 47 µs each), which bulk loads and bundle imports pay. The
    children above ``child_name_keys_mark.last_rowid`` are the ones added since the keys were
    last refreshed; deleting the last child lowers the mark, so a reused rowid is not missed.
    """
    db.execute("DROP TRIGGER IF EXISTS child_name_keys_insert")
    db.execute(
        "CREATE TABLE child_name_keys_mark (id INTEGER PRIMARY KEY CHECK (id = 1), last_rowid INTEGER NOT NULL) STRICT"
    )
    db.execute(
        "INSERT INTO child_name_keys_mark (id, last_rowid) SELECT 1, coalesce((SELECT max(c.rowid) FROM children c), 0)"
    )
    db.execute(
        """CREATE TRIGGER child_name_keys_mark_delete AFTER DELETE ON children BEGIN
UPDATE child_name_keys_mark SET last_rowid = min(last_rowid, coalesce((SELECT max(rowid) FROM children), 0)); END"""
    )
