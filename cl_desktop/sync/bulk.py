"""Loading a large snapshot into empty tables: secondary indexes and search-index triggers set aside.

A first load at headquarters (or an office made from its setup file) inserts millions of rows into
tables that hold none yet. Keeping every secondary index and the full-text search index up to date
row by row costs several times the insert itself; building them once from the loaded rows sorts
instead of searching. Everything happens inside the import's transaction: the indexes and triggers
are dropped, the rows go in, then the same ``CREATE`` statements run again and each external-content
FTS5 table is rebuilt from its source. A refused or failed import rolls all of it back, so the
schema is never left without them. Primary keys and ``UNIQUE`` column constraints stay in place
(SQLite's own indexes), so duplicate ids are still refused while loading; a unique index set aside
is checked when it is built again, before the commit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from sqlite_utils import Database

from cl_desktop.store.migrations_lists import name_sort
from cl_desktop.store.migrations_names import name_translit

# Below this many arriving rows, row-by-row index upkeep is cheaper than rebuilding.
BULK_MIN_ROWS = 5_000


def empty_tables(db: Database, counts: Mapping[str, int], tables: Iterable[str]) -> set[str]:
    """The synced tables that will receive at least ``BULK_MIN_ROWS`` rows and hold none now."""
    out = set()
    for table in tables:
        if counts.get(table, 0) >= BULK_MIN_ROWS and db.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone() is None:
            out.add(table)
    return out


# Insert triggers that work out a row's own derived values in SQL (dozens of statements per row),
# with the one set-based statement, over the rows loaded, that stands in for each; the Python
# functions it calls are the ones the triggers mirror (``store/migrations_lists.py``, ``store/migrations_names.py``).
_STAND_INS = {
    "children_names_insert": (
        "children",
        "UPDATE children SET name_sort = cl_name_sort(name), name_translit = cl_name_translit(name) WHERE rowid > ?",
    ),
}


class BulkLoad:
    """Set aside the secondary indexes and FTS-feeding triggers of ``tables``; ``restore`` rebuilds them."""

    def __init__(self, db: Database, tables: Iterable[str]) -> None:
        self.db = db
        self.tables = sorted(set(tables))
        self._indexes: list[tuple[str, str]] = []
        self._triggers: list[tuple[str, str]] = []
        self._fts: list[str] = []
        self._stand_ins: list[tuple[str, str, str, int]] = []  # trigger, its SQL, the stand-in, rowid mark
        self.active = False

    def drop(self) -> None:
        if not self.tables:
            return
        assert self.db.conn.in_transaction, "a bulk load runs inside the import's transaction"
        fts = {
            str(name): str(sql)
            for name, sql in self.db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
            if re.search(r"USING\s+fts5", str(sql), re.IGNORECASE) and re.search(r"content\s*=\s*'[^']+'", str(sql))
        }
        marks = ", ".join("?" for _ in self.tables)
        self._indexes = [
            (str(n), str(s))
            for n, s in self.db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND tbl_name IN ({marks})",
                self.tables,
            )
        ]
        fed: set[str] = set()
        for name, sql in self.db.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})", self.tables
        ):
            targets = {f for f in fts if re.search(rf"\b{re.escape(f)}\b", str(sql))}
            if targets:
                self._triggers.append((str(name), str(sql)))
                fed |= targets
        self._fts = sorted(fed)
        for name, sql in self.db.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})", self.tables
        ).fetchall():
            if name in _STAND_INS and (name, sql) not in self._triggers:
                table, stand_in = _STAND_INS[name]
                mark = self.db.execute(f"SELECT coalesce(max(rowid), 0) FROM [{table}]").fetchone()[0]
                self._stand_ins.append((str(name), str(sql), stand_in, int(mark)))
        if self._stand_ins:  # before any row goes in: no function may be defined while statements run
            self.db.conn.create_function("cl_name_sort", 1, name_sort, deterministic=True)
            self.db.conn.create_function("cl_name_translit", 1, name_translit, deterministic=True)
        for name, *_rest in self._stand_ins:
            self.db.execute(f"DROP TRIGGER [{name}]")
        for name, _sql in self._indexes:
            self.db.execute(f"DROP INDEX [{name}]")
        for name, _sql in self._triggers:
            self.db.execute(f"DROP TRIGGER [{name}]")
        self.active = True

    def restore(self) -> None:
        """Build the indexes again, refill the search indexes from their sources, put the triggers back."""
        if not self.active:
            return
        for _name, _sql, stand_in, mark in self._stand_ins:  # before the indexes: no index to keep up
            self.db.execute(stand_in, [mark])
        for _name, sql, _stand_in, _mark in self._stand_ins:
            self.db.execute(sql)
        for _name, sql in self._indexes:
            self.db.execute(sql)
        for table in self._fts:
            self.db.execute(f"INSERT INTO [{table}]([{table}]) VALUES ('rebuild')")
        for _name, sql in self._triggers:
            self.db.execute(sql)
        self.active = False
