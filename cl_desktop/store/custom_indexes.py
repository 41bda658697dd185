"""Indexes on the extra fields a list can filter by, kept in step with the definitions.

A filter on an extra field of one value (one choice, yes/no) reads
``CAST(json_extract(custom, '$."CODE"') AS TEXT)``; an expression index on exactly that, partial to the
rows that hold a value, lets SQLite find the matching rows instead of reading every row's JSON. One
index per table and code (a code defined by several projects shares it), for the fields headquarters
shows in lists (the only ones a list filters by). Definitions change at headquarters and arrive at
offices in bundles: :func:`refresh_custom_indexes` runs after either and creates the missing indexes
and drops those no field needs any more. Several choices (a JSON list) are filtered by ``json_each``,
which no index serves.
"""

from __future__ import annotations

from typing import Any

from cl_desktop.store.migrations_custom_fields import CUSTOM_TABLES
from cl_desktop.store.schema import MIGRATIONS

INDEXED_KINDS = ("choice", "yes_no")
INDEX_PREFIX = "custom_value_"


def value_expression(code: str, alias: str = "") -> str:
    """The SQL a filter compares (and the index holds): the field's value as text."""
    column = f"{alias}.custom" if alias else "custom"
    return f"CAST(json_extract({column}, '$.\"{code}\"') AS TEXT)"


def index_name(table: str, code: str) -> str:
    return f"{INDEX_PREFIX}{table}_{code}"


def wanted_indexes(db: Any) -> dict[str, tuple[str, str]]:
    """Index name -> (table, code) for every field shown in lists whose filter an index serves."""
    out: dict[str, tuple[str, str]] = {}
    rows = db.execute(
        f"SELECT DISTINCT form, code FROM custom_fields WHERE deleted = 0 AND in_lists = 1 "
        f"AND kind IN ({', '.join('?' * len(INDEXED_KINDS))})",
        list(INDEXED_KINDS),
    )
    for form, code in rows:
        table = CUSTOM_TABLES.get(str(form))
        if table is not None:
            out[index_name(table, str(code))] = (table, str(code))
    return out


def present_indexes(db: Any) -> set[str]:
    return {
        str(r[0])
        for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE ?", [INDEX_PREFIX + "%"])
    }


def refresh_custom_indexes(db: Any) -> tuple[list[str], list[str]]:
    """Create the indexes the definitions call for and drop the others; inside the caller's transaction.
    Returns (created, dropped)."""
    wanted = wanted_indexes(db)
    present = present_indexes(db)
    created, dropped = [], []
    for name in sorted(present - set(wanted)):
        db.execute(f"DROP INDEX IF EXISTS [{name}]")
        dropped.append(name)
    for name in sorted(set(wanted) - present):
        table, code = wanted[name]
        expression = value_expression(code)
        db.execute(f"CREATE INDEX [{name}] ON [{table}]({expression}) WHERE {expression} IS NOT NULL")
        created.append(name)
    return created, dropped


@MIGRATIONS(name="0021_extra_custom_indexes")
def m0021_extra_custom_indexes(db: Any) -> None:
    """Databases whose fields were defined before the indexes existed get them now."""
    refresh_custom_indexes(db)
