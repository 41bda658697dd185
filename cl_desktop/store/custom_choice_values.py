"""Several-choices answers one row per chosen code, so a list filter finds its rows through an index.

An answer of several choices is a JSON list inside the record's ``custom`` object, which no expression
index can serve: a filter on it used to read every row's JSON (``json_each``) until it filled a page,
the whole table for a rare choice. ``custom_choice_values`` holds (table, rowid, field code, chosen
code) for every list in every ``custom`` object, keyed so that one code's rows come in rowid order.
Triggers on the four tables that carry extra fields keep it: whatever writes a row (a form, a
spreadsheet import, a sync bundle, a merge, a bulk load, plain SQL) writes through them, so the
table is never out of step and nothing else has to remember it. It holds no data of its own: it is
derived, never synced, and :func:`rebuild_choice_values` refills it from the rows.

Every list in the object is kept, whatever the field's definition says, so a definition that
changes (a field shown in lists later, a definition that arrives after its answers) needs no
refill. A row whose ``custom`` holds no ``[`` costs the insert trigger one ``instr``.
"""

from __future__ import annotations

from typing import Any

from cl_desktop.store.migrations_custom_fields import CUSTOM_TABLES

TABLE = "custom_choice_values"


def _values_of(table: str, row: str) -> str:
    """The (table, rowid, code, chosen code) rows of the lists in ``row``'s object: ``row`` is ``new`` or
    ``old`` in a trigger, or an alias of ``table`` (then the caller adds ``FROM table alias``)."""
    return (
        f"SELECT '{table}', CAST(j.key AS TEXT), CAST(e.atom AS TEXT), {row}.rowid "
        f"FROM json_each({row}.custom) j, json_each(j.value) e WHERE j.type = 'array' AND e.atom IS NOT NULL"
    )


def _truth(table: str) -> str:
    """Every (rowid, code, chosen code) the records of ``table`` hold, read from their objects."""
    return (
        "SELECT CAST(j.key AS TEXT) AS code, CAST(e.atom AS TEXT) AS value, t.rowid AS row_id "
        f"FROM {table} t, json_each(t.custom) j, json_each(j.value) e "
        "WHERE instr(t.custom, '[') > 0 AND j.type = 'array' AND e.atom IS NOT NULL"
    )


def trigger_statements(table: str) -> list[str]:
    insert = f"INSERT OR IGNORE INTO {TABLE}(tbl, code, value, row_id) {_values_of(table, 'new')};"
    forget = f"DELETE FROM {TABLE} WHERE tbl = '{table}' AND row_id = old.rowid;"
    return [
        f"""CREATE TRIGGER {TABLE}_{table}_insert AFTER INSERT ON {table}
WHEN instr(new.custom, '[') > 0 BEGIN {insert} END""",
        f"""CREATE TRIGGER {TABLE}_{table}_update AFTER UPDATE OF custom ON {table}
WHEN old.custom IS NOT new.custom BEGIN {forget} {insert} END""",
        f"""CREATE TRIGGER {TABLE}_{table}_delete AFTER DELETE ON {table}
WHEN instr(old.custom, '[') > 0 BEGIN {forget} END""",
    ]


def rebuild_choice_values(db: Any) -> int:
    """Refill the table from the rows (inside the caller's transaction); returns the rows written."""
    db.execute(f"DELETE FROM {TABLE}")
    for table in CUSTOM_TABLES.values():
        db.execute(
            f"INSERT OR IGNORE INTO {TABLE}(tbl, code, value, row_id) SELECT '{table}', * FROM ({_truth(table)})"
        )
    return int(db.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0])


def out_of_step(db: Any) -> int:
    """Rows the table lacks or holds wrongly, compared with the records (0 when it is in step)."""
    wrong = 0
    for table in CUSTOM_TABLES.values():
        kept = f"SELECT code, value, row_id FROM {TABLE} WHERE tbl = '{table}'"
        wrong += int(db.execute(f"SELECT count(*) FROM ({_truth(table)} EXCEPT {kept})").fetchone()[0])
        wrong += int(db.execute(f"SELECT count(*) FROM ({kept} EXCEPT {_truth(table)})").fetchone()[0])
    return wrong


def create_choice_values(db: Any) -> None:
    """The table, its index and its triggers, filled from the rows (migration ``0022_fields2_choice_values``)."""
    db.execute(
        f"""CREATE TABLE {TABLE} (
    tbl TEXT NOT NULL,
    code TEXT NOT NULL,
    value TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    PRIMARY KEY (tbl, code, value, row_id)
) STRICT, WITHOUT ROWID"""
    )  # columns in the key's order: SQLite 3.40's quick_check misreads a WITHOUT ROWID table whose aren't
    db.execute(f"CREATE INDEX {TABLE}_row ON {TABLE}(tbl, row_id)")
    for table in CUSTOM_TABLES.values():
        for sql in trigger_statements(table):
            db.execute(sql)
    rebuild_choice_values(db)
