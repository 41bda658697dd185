"""Many rows' changed columns applied by one statement.

Inside a large transaction (a national load, an import), each UPDATE statement opens and
releases a statement savepoint over every page the transaction has changed: an ``executemany``
of a million one-row updates takes minutes. Staged in a temporary table, the same changes are
applied by one ``UPDATE … FROM`` in rowid order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from itertools import count
from typing import Any

_names = count()  # one staging table per update: two may be open at once


class StagedUpdate:
    """New values of ``columns`` for rows of ``table``, each row given as ``(*values, rowid)``."""

    def __init__(self, conn: sqlite3.Connection, table: str, columns: Sequence[str]) -> None:
        self.conn, self.table, self.columns = conn, table, tuple(columns)
        self.name = f"_staged_{table}_{next(_names)}"
        self.made = False

    def add(self, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if not self.made:
            self.conn.execute(f"CREATE TEMP TABLE {self.name} ({', '.join(self.columns)}, rid INTEGER)")
            self.made = True
        marks = ", ".join("?" * (len(self.columns) + 1))
        self.conn.executemany(f"INSERT INTO temp.{self.name} VALUES ({marks})", rows)

    def apply(self) -> None:
        """Write the staged values (one statement) and drop the staging table."""
        if self.made:
            assignments = ", ".join(f"{c} = u.{c}" for c in self.columns)
            self.conn.execute(
                f"UPDATE {self.table} SET {assignments} FROM temp.{self.name} u WHERE {self.table}.rowid = u.rid"
            )
        self.discard()

    def discard(self) -> None:
        if self.made:
            self.conn.execute(f"DROP TABLE temp.{self.name}")
            self.made = False
