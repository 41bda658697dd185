"""An office database encrypted at rest with SQLCipher, against the same file in plain SQLite.

Measured on the scoped office's database (one province of the data set: the size an office holds
once scoped) when the ``sqlcipher3`` package is importable; it is not a dependency of the app, so
otherwise the rows say "not measured". The encrypted copy is made with ``sqlcipher_export`` (the
migration path ``docs/security.md`` names) and keyed with a passphrase (SQLCipher 4 defaults:
PBKDF2-HMAC-SHA512, 256,000 iterations). Each operation runs through the app's own code on a
``sqlite_utils.Database`` over either connection, with the pragmas ``store.open_database`` sets:

- open: connect, key and the first query (the key derivation is paid here);
- quick_check: the whole file read and checked, as start-up does (in the background for big files);
- search: first page and capped count for a name and a case number (``services.lists``);
- first page: the children list's first 100 rows;
- dashboard: every project's indicators (``figures.indicators``);
- save: one audited child update in its own transaction (``store.records``).
"""

from __future__ import annotations

import importlib
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cl_desktop.bench.harness import Measure, timed

KEY = "bench-at-rest-passphrase"
TARGETS: dict[str, float | None] = {
    "open": 1000.0,
    "quick_check": None,
    "search": 50.0,
    "first_page": 100.0,
    "dashboard": 1000.0,
    "save": 100.0,
}
LABELS = {
    "open": "open, key and the first query",
    "quick_check": "quick_check of the whole file (in the background for big files)",
    "search": "search: first page + capped count",
    "first_page": "children list, first page of 100",
    "dashboard": "dashboard indicators, all projects",
    "save": "save one child (audited, own transaction)",
}


def measure_at_rest(plain: Path, runs: int, work: Path) -> list[Measure]:
    try:
        sqlcipher: Any = importlib.import_module("sqlcipher3")
    except ImportError:
        out = []
        for op, label in LABELS.items():
            m = Measure(f"at_rest_{op}", f"Scoped office encrypted (SQLCipher): {label}", "ms", target=TARGETS[op])
            m.status = "not measured"
            m.note = "the sqlcipher3 package is not installed (it is not a dependency of the app)"
            out.append(m)
        return out
    encrypted = work / "scoped-encrypted.sqlite"
    conn = sqlcipher.connect(str(plain))
    conn.execute("ATTACH DATABASE ? AS enc KEY ?", [str(encrypted), KEY])
    conn.execute("SELECT sqlcipher_export('enc')")
    conn.execute("DETACH DATABASE enc")
    conn.close()
    version = sqlcipher.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]

    def open_plain() -> Any:
        import sqlite3

        return sqlite3.connect(str(plain), check_same_thread=False)

    def open_encrypted() -> Any:
        c = sqlcipher.connect(str(encrypted), check_same_thread=False)
        c.execute(f"PRAGMA key = '{KEY}'")
        return c

    figures = {name: _figures(opener, runs) for name, opener in (("plain", open_plain), ("encrypted", open_encrypted))}
    out = []
    size = (plain.stat().st_size / 2**20, encrypted.stat().st_size / 2**20)
    for op, label in LABELS.items():
        m = Measure(f"at_rest_{op}", f"Scoped office encrypted (SQLCipher): {label}", "ms", target=TARGETS[op])
        m.runs = figures["encrypted"][op]
        plain_ms = statistics.median(figures["plain"][op])
        m.limit = {"label": "the same on the plain file", "value": round(plain_ms, 2), "unit": "ms"}
        m.note = (
            f"plain {plain_ms:.1f} ms, encrypted {statistics.median(m.runs):.1f} ms "
            f"(×{statistics.median(m.runs) / plain_ms:.1f}); SQLCipher {version}; files {size[0]:.1f} MB / "
            f"{size[1]:.1f} MB"
        )
        out.append(m)
    return out


def _figures(opener: Callable[[], Any], runs: int) -> dict[str, list[float]]:
    from sqlite_utils import Database

    out: dict[str, list[float]] = {op: [] for op in LABELS}
    for run in range(runs + 1):
        start = time.perf_counter()
        conn = opener()
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        db = Database(conn)
        db.execute("SELECT count(*) FROM children").fetchone()
        out["open"].append(time.perf_counter() - start)
        out["quick_check"] += timed(lambda: conn.execute("PRAGMA quick_check").fetchall(), 1)  # noqa: B023
        _round(db, run, out)
        conn.close()
    return {op: [t * 1000 for t in values] for op, values in out.items()}


def _round(db: Any, run: int, out: dict[str, list[float]]) -> None:
    """Search, first page, dashboard and a save on an open database (seconds appended to ``out``)."""
    from cl_desktop.bench.core import current_period
    from cl_desktop.figures import indicators
    from cl_desktop.services import lists
    from cl_desktop.services.lists import ListQuery
    from cl_desktop.store import records

    child_id, name, case = db.execute(
        "SELECT id, name, case_number FROM children ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    for term in (name.split()[-1], case):
        out["search"] += timed(
            lambda term=term: (
                lists.page(db, "children", ListQuery(search=term), 0, 100),
                lists.count(db, "children", ListQuery(search=term), cap=10_000),
            ),
            1,
        )
    out["first_page"] += timed(lambda: lists.page(db, "children", ListQuery(), 0, 100), 1)
    projects = list(db.query("SELECT * FROM projects WHERE deleted = 0 ORDER BY code"))
    periods = {p["id"]: current_period(db, p) for p in projects}
    out["dashboard"] += timed(lambda: [indicators.project_indicators(db, p, periods[p["id"]]) for p in projects], 1)
    author = records.Author(user="bench", office="BENCH")

    def save() -> None:
        with db.atomic():
            records.update(db, "children", child_id, {"notes": f"measured at rest {run}"}, author)

    out["save"] += timed(save, 1)
