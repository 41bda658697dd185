"""An office database encrypted at rest with SQLCipher, against the same file in plain SQLite.

Measured on the scoped office's database (one province of the data set: the size an office holds
once scoped), through the product's own path: a copy is encrypted by ``cl-desktop encrypt``'s
code (``security.at_rest.encrypt_existing``: ``sqlcipher_export``, checked, a key file written),
an account is added (its key slot follows), and both files are opened with
``store.open_database`` (the encrypted one with its raw 256-bit key: no key derivation per open).
Each operation runs through the app's own code:

- unlock: an account's password unwraps the database key from the key file (one Argon2id at the
  application's cost, as sign-in pays it; the plain file's sign-in pays the same hash);
- open: ``open_database`` and the first query;
- quick_check: the whole file read and checked, as start-up does (in the background for big files);
- search: first page and capped count for a name and a case number (``services.lists``);
- first page: the children list's first 100 rows;
- dashboard: every project's indicators (``figures.indicators``);
- save: one audited child update in its own transaction (``store.records``).
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cl_desktop.bench.harness import Measure, timed

PASSWORD = "bench at rest 2026"
TARGETS: dict[str, float | None] = {
    "unlock": 1000.0,
    "open": 1000.0,
    "quick_check": None,
    "search": 50.0,
    "first_page": 100.0,
    "dashboard": 1000.0,
    "save": 100.0,
}
LABELS = {
    "unlock": "unlock: a password unwraps the key (one Argon2id, as sign-in)",
    "open": "open_database and the first query",
    "quick_check": "quick_check of the whole file (in the background for big files)",
    "search": "search: first page + capped count",
    "first_page": "children list, first page of 100",
    "dashboard": "dashboard indicators, all projects",
    "save": "save one child (audited, own transaction)",
}


def measure_at_rest(plain: Path, runs: int, work: Path) -> list[Measure]:
    from cl_desktop.security import keyslots
    from cl_desktop.security.at_rest import encrypt_existing
    from cl_desktop.security.roles import Actor, Role
    from cl_desktop.services import accounts
    from cl_desktop.services.context import Context
    from cl_desktop.store import cipher, open_database

    encrypted = work / "scoped-encrypted.sqlite"
    for p in (encrypted, cipher.keys_path(encrypted), Path(f"{encrypted}-wal"), Path(f"{encrypted}-shm")):
        p.unlink(missing_ok=True)
    source = open_database(plain, create=False, migrate=False, check=False)
    source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source.close()
    shutil.copyfile(plain, encrypted)
    start = time.perf_counter()
    encrypt_existing(encrypted)
    convert_s = time.perf_counter() - start
    key = cipher.key_for(encrypted)
    assert key is not None
    db = open_database(encrypted, create=False, key=key)
    try:
        office = db.execute("SELECT value FROM meta WHERE key = 'office_code'").fetchone()
        ctx = Context(db, Actor("bench", Role.ADMIN, office[0] if office else "BENCH"))
        accounts.create_user(ctx, "bench.at.rest", PASSWORD, "coordinator")
        version = db.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        db.close()
    cipher.forget(encrypted)

    def open_plain() -> Any:
        return open_database(plain, create=False, migrate=False, check=False)

    def open_encrypted() -> Any:
        return open_database(encrypted, create=False, migrate=False, check=False, key=key)

    figures = {name: _figures(opener, runs) for name, opener in (("plain", open_plain), ("encrypted", open_encrypted))}
    figures["encrypted"]["unlock"] = [
        t * 1000 for t in timed(lambda: keyslots.unlock(encrypted, "bench.at.rest", PASSWORD), runs)
    ]
    out = []
    size = (plain.stat().st_size / 2**20, encrypted.stat().st_size / 2**20)
    for op, label in LABELS.items():
        m = Measure(f"at_rest_{op}", f"Scoped office encrypted (SQLCipher): {label}", "ms", target=TARGETS[op])
        m.runs = figures["encrypted"][op]
        enc_ms = statistics.median(m.runs)
        if op == "unlock":
            m.note = f"{keyslots.slot_count(encrypted)} key slots; converting the file took {convert_s:.1f} s"
        else:
            plain_ms = statistics.median(figures["plain"][op])
            m.limit = {"label": "the same on the plain file", "value": round(plain_ms, 2), "unit": "ms"}
            m.note = (
                f"plain {plain_ms:.1f} ms, encrypted {enc_ms:.1f} ms (×{enc_ms / max(plain_ms, 1e-6):.1f}); "
                f"SQLCipher {version}; files {size[0]:.1f} MB / {size[1]:.1f} MB"
            )
        out.append(m)
    return out


def _figures(opener: Callable[[], Any], runs: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {op: [] for op in LABELS if op != "unlock"}
    for run in range(runs + 1):
        start = time.perf_counter()
        db = opener()
        db.execute("SELECT count(*) FROM children").fetchone()
        out["open"].append(time.perf_counter() - start)
        out["quick_check"] += timed(lambda: db.execute("PRAGMA quick_check").fetchall(), 1)  # noqa: B023
        _round(db, run, out)
        db.close()
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
