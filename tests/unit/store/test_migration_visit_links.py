"""0021_loop_visit_links: every child a visit identified keeps its link when ``children.visit_id`` goes."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from cl_desktop.ids import stable_id
from cl_desktop.store import open_database
from cl_desktop.store.schema import MIGRATIONS

# the columns a CHECK constraint restricts, with a value it accepts
ALLOWED = {"sex": "F", "level": "village", "urgency": "normal", "status": "referred"}


def _row(conn: sqlite3.Connection, table: str, **values: Any) -> None:
    """Insert a row giving every NOT NULL column without a default a value its type accepts."""
    row = dict(values)
    for _cid, name, kind, notnull, default, pk in conn.execute(f"PRAGMA table_info([{table}])"):
        if notnull and default is None and not pk and name not in row:
            row[name] = ALLOWED.get(name, 0 if kind in ("INTEGER", "REAL") else "x")
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO [{table}] ({', '.join(row)}) VALUES ({marks})", list(row.values()))


def _old_database(path: Path) -> None:
    """A database at 0020 whose children point to the last visit that found them (``children.visit_id``)."""
    db = open_database(path, migrate=False)
    MIGRATIONS.apply(db, stop_before="0021_loop_visit_links")
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    _row(conn, "locations", id="v1")
    for visit in ("visit-a", "visit-b"):
        _row(conn, "monitoring_visits", id=visit, visit_date="2010-01-01", location_id="v1", office="KH-A")
    for child, visit in (("child-1", "visit-a"), ("child-2", "visit-a"), ("child-3", "visit-b"), ("child-4", None)):
        _row(conn, "children", id=child, case_number=child.upper(), visit_id=visit, office="KH-A")
    _row(conn, "organisations", id="org")
    _row(conn, "referrals", id="ref-1", child_id="child-1", organisation_id="org", consent_to_share=1)
    conn.commit()
    conn.close()


def test_every_visit_link_survives_and_every_replica_makes_the_same_rows(tmp_path: Path) -> None:
    made = []
    for name in ("hq.sqlite", "office.sqlite"):
        path = tmp_path / name
        _old_database(path)
        db = open_database(path)
        try:
            assert "visit_id" not in db["children"].columns_dict
            assert "visit_id" in db["referrals"].columns_dict
            assert db.execute("SELECT visit_id FROM referrals WHERE id = 'ref-1'").fetchone()[0] is None
            links = db.execute(
                "SELECT id, visit_id, child_id, office, deleted FROM visit_children ORDER BY child_id"
            ).fetchall()
            assert db.execute("PRAGMA foreign_key_check(visit_children)").fetchall() == []
        finally:
            db.close()
        assert [(v, c, o, d) for _i, v, c, o, d in links] == [
            ("visit-a", "child-1", "KH-A", 0),
            ("visit-a", "child-2", "KH-A", 0),
            ("visit-b", "child-3", "KH-A", 0),
        ]
        # the key is the application's stable key of the pair: the same on every replica
        assert [i for i, *_ in links] == [stable_id("visit_child", f"{v}:{c}") for _i, v, c, _o, _d in links]
        made.append(links)
    assert made[0] == made[1]
