"""Indexes on the extra fields a list can filter by, kept in step with the definitions.

A filter on an extra field of one value (one choice, yes/no) reads
``CAST(json_extract(custom, '$."CODE"') AS TEXT)``; an expression index on exactly that, partial to the
rows that hold a value, lets SQLite find the matching rows instead of reading every row's JSON. A
number or a date is filtered by a range, and a text by its exact value, on the value as JSON holds it
(``json_extract(custom, '$."CODE"')``: a number as a number, so 9 sorts before 10, a date as ISO text),
with an index on that expression (``custom_raw_``...), which also serves the list's sort on the column.
One index per table, code and expression (a code defined by several projects shares it), for the
fields headquarters shows in lists (the only ones a list filters by). Definitions change at
headquarters and arrive at offices in bundles: :func:`refresh_custom_indexes` runs after either and
creates the missing indexes and drops those no field needs any more. Several choices (a JSON list) are
filtered through their own table, ``store.custom_choice_values``; a text's "contains" filter reads each
row's value (no index serves a substring).
"""

from __future__ import annotations

from typing import Any

from cl_desktop.store.migrations_custom_fields import CUSTOM_TABLES
from cl_desktop.store.schema import MIGRATIONS

TEXT_KINDS = ("choice", "yes_no")  # compared as text: a yes/no's 1 and the filter's "1" are equal
RAW_KINDS = ("number", "date", "text")  # compared as stored: numbers as numbers
INDEXED_KINDS = TEXT_KINDS + RAW_KINDS
INDEX_PREFIX = "custom_value_"
RAW_PREFIX = "custom_raw_"


def value_expression(code: str, alias: str = "") -> str:
    """The SQL a filter on a one-value field compares (and the index holds): the field's value as text."""
    return f"CAST({raw_expression(code, alias)} AS TEXT)"


def raw_expression(code: str, alias: str = "") -> str:
    """The field's value as JSON holds it (a number as a number): what a range or a text filter compares."""
    column = f"{alias}.custom" if alias else "custom"
    return f"json_extract({column}, '$.\"{code}\"')"


def index_name(table: str, code: str, kind: str = "choice") -> str:
    return f"{RAW_PREFIX if kind in RAW_KINDS else INDEX_PREFIX}{table}_{code}"


def wanted_indexes(db: Any) -> dict[str, tuple[str, str, str]]:
    """Index name -> (table, code, expression) for every field shown in lists whose filter an index serves."""
    out: dict[str, tuple[str, str, str]] = {}
    rows = db.execute(
        f"SELECT DISTINCT form, code, kind FROM custom_fields WHERE deleted = 0 AND in_lists = 1 "
        f"AND kind IN ({', '.join('?' * len(INDEXED_KINDS))})",
        list(INDEXED_KINDS),
    )
    for form, code, kind in rows:
        table = CUSTOM_TABLES.get(str(form))
        if table is not None:
            expression = raw_expression(str(code)) if kind in RAW_KINDS else value_expression(str(code))
            out[index_name(table, str(code), str(kind))] = (table, str(code), expression)
    return out


def present_indexes(db: Any) -> set[str]:
    return {
        str(r[0])
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND (name LIKE ? OR name LIKE ?)",
            [INDEX_PREFIX + "%", RAW_PREFIX + "%"],
        )
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
        table, _code, expression = wanted[name]
        db.execute(f"CREATE INDEX [{name}] ON [{table}]({expression}) WHERE {expression} IS NOT NULL")
        created.append(name)
    return created, dropped


@MIGRATIONS(name="0021_extra_custom_indexes")
def m0021_extra_custom_indexes(db: Any) -> None:
    """Databases whose fields were defined before the indexes existed get them now."""
    refresh_custom_indexes(db)
