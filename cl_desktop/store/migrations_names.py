"""Schema migrations: one transliteration table; duplicate detection that survives a move.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.

Released migrations freeze what they compute: the transliteration table below is a copy of
``domain.translit.CYRILLIC_LATIN`` as it stood when ``0010_one_transliteration`` was written (a test
holds the two equal, so changing the table means a new migration that rewrites the stored keys again).
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store import migrations_lists
from cl_desktop.store.schema import MIGRATIONS

# Cyrillic to Latin (lower case), frozen: ``domain.translit.CYRILLIC_LATIN`` of 0010.
TRANSLIT_0010: dict[str, str] = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєўқғҳҷӯөүұңһәӣ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
            "i",
            "i",
            "e",
            "o",
            "q",
            "gh",
            "h",
            "j",
            "u",
            "o",
            "u",
            "u",
            "ng",
            "h",
            "a",
            "i",
        ],
        strict=True,
    )
)
TRANSLIT_0010 = {k: "" if v == "_" else v for k, v in TRANSLIT_0010.items()}


def name_translit(name: str) -> str:
    """``children.name_translit`` as the triggers of 0010 write it: Latin letters for a Cyrillic name, else ''."""
    return migrations_lists.name_translit(name, TRANSLIT_0010)


@MIGRATIONS(name="0010_one_transliteration")
def m0010_one_transliteration(db: Database) -> None:
    """Search's transliteration of Cyrillic names made from the one table duplicate detection uses.

    0008 transliterated ``ў`` as ``u`` for search while duplicate detection read ``o`` (the Uzbek
    Latin ``oʻ``). The name triggers are made again from :data:`TRANSLIT_0010` and the stored
    ``name_translit`` rewritten where it changes (its own trigger keeps the search index in step);
    the duplicate keys are emptied, to be computed again on first use.
    """
    for name in ("children_names_insert", "children_names_update"):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in migrations_lists.triggers(TRANSLIT_0010)[:2]:  # the name triggers; the index's are unchanged
        db.execute(sql)
    db.conn.create_function("cl_name_translit_0010", 1, name_translit, deterministic=True)
    db.execute(
        "UPDATE children SET name_translit = cl_name_translit_0010(name) "
        "WHERE name GLOB '*[\u0400-\u04ff]*' AND name_translit != cl_name_translit_0010(name)"
    )
    if "child_name_keys" in db.table_names():
        db.execute("UPDATE child_name_keys SET name_key = NULL WHERE name_key IS NOT NULL")


@MIGRATIONS(name="0011_duplicate_review")
def m0011_duplicate_review(db: Database) -> None:
    """Keys that find a child registered twice wherever it was registered, and the decisions on pairs.

    ``child_match_keys`` holds each child's blocking keys (sex, the sound of the name in any script,
    birth year): this replica's own, derived, never synced, computed by the figures code for the
    children above ``child_name_keys_mark`` and those with an empty ``child_name_keys.name_key``
    (emptied here, and by the triggers when a name, the sex or the birth date changes; a child once
    keyed has no row there).

    ``duplicate_decisions`` is synced like the records: a pair headquarters found to be two children
    ("distinct") is not asked again on any replica; a pair found to be one child ("same") counts
    once until it is merged. Its id is made from the pair, so two replicas deciding the same pair
    write the same row.
    """
    db.execute(
        "CREATE TABLE child_match_keys (key TEXT NOT NULL, child_id TEXT NOT NULL, PRIMARY KEY (key, child_id)) "
        "STRICT, WITHOUT ROWID"
    )
    db.execute("CREATE INDEX child_match_keys_child ON child_match_keys(child_id)")
    db.execute(
        """CREATE TRIGGER child_name_keys_born AFTER UPDATE OF sex, birth_date ON children
WHEN new.sex IS NOT old.sex OR new.birth_date IS NOT old.birth_date BEGIN
INSERT OR REPLACE INTO child_name_keys(child_id, name_key) VALUES (new.id, NULL); END"""
    )
    db.execute(
        """CREATE TRIGGER child_match_keys_delete AFTER DELETE ON children BEGIN
DELETE FROM child_match_keys WHERE child_id = old.id; END"""
    )
    db.execute(
        """CREATE TABLE duplicate_decisions (
    id TEXT PRIMARY KEY NOT NULL,
    child_a TEXT NOT NULL,
    child_b TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('distinct', 'same')),
    kept_id TEXT,
    note TEXT NOT NULL DEFAULT '',
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (child_a < child_b)
) STRICT"""
    )
    db.execute("CREATE UNIQUE INDEX duplicate_decisions_pair ON duplicate_decisions(child_a, child_b)")
    db.execute("CREATE INDEX duplicate_decisions_b ON duplicate_decisions(child_b)")
    # The scan reads every child from one covering index (now with the estimate flag and the office).
    db.execute("DROP INDEX IF EXISTS children_dupe_scan")
    db.execute(
        "CREATE INDEX children_dupe_keys ON children(sex, birth_date, location_id, name, name_latin, case_number, id, "
        "birth_date_estimated, office) WHERE deleted = 0"
    )
    if "child_name_keys" in db.table_names():
        db.execute("UPDATE child_name_keys SET name_key = NULL WHERE name_key IS NOT NULL")
