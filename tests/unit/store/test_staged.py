"""Many rows' changes applied by one statement (store/staged.py)."""

from __future__ import annotations

import sqlite3

from cl_desktop.store.staged import StagedUpdate


def test_staged_values_reach_their_rows_and_nothing_else() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a, b, c)")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?)", [(i, i, i) for i in range(10)])
    first, second = StagedUpdate(conn, "t", ("a", "b")), StagedUpdate(conn, "t", ("c",))
    first.add([(100, 200, 2), (101, 201, 5)])
    first.add([])
    second.add([(300, 5)])  # two staged updates of one table at once
    first.apply()
    second.apply()
    assert conn.execute("SELECT rowid, a, b, c FROM t WHERE a != rowid - 1 OR c != rowid - 1").fetchall() == [
        (2, 100, 200, 1),
        (5, 101, 201, 300),
    ]
    assert conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0  # nothing left behind


def test_nothing_staged_writes_nothing() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (a)")
    StagedUpdate(conn, "t", ("a",)).apply()
    assert conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0
