"""Upgrades never lose data: a database saved by the first release opens, migrates and keeps every row.

``tests/fixtures/schema-0001.sqlite`` was made with only ``0001_initial`` applied and filled through
the services of that release (``tests/fixtures/make_fixture.py``). Each test works on a copy.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.cli import main
from cl_desktop.errors import DatabaseError
from cl_desktop.store import open_database
from cl_desktop.store.records import verify_audit_chain
from cl_desktop.store.schema import MIGRATIONS, known_migration_names

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
FIRST_RELEASE = FIXTURES / "schema-0001.sqlite"

# A later migration that drops or renames a column must say so here, with the column it moved
# the data to; anything else that disappears is lost data.
DROPPED_COLUMNS: dict[str, set[str]] = {"children": {"visit_id"}}  # 0021: to visit_children

Snapshot = dict[str, dict[tuple[Any, ...], dict[str, Any]]]


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables, without SQLite's own, the FTS index (rebuilt from children) and migration records."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'children_fts%' AND name != ?",
        [MIGRATIONS.migrations_table],
    )
    return sorted(r[0] for r in rows)


def snapshot(path: Path) -> Snapshot:
    """Every row of every table, keyed by primary key (rowid where there is none)."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        result: Snapshot = {}
        for table in _user_tables(conn):
            info = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
            pk = [r["name"] for r in sorted(info, key=lambda r: r["pk"]) if r["pk"]] or ["rowid"]
            cols = ", ".join(f"[{c}]" if c != "rowid" else "rowid AS rowid" for c in pk)
            rows = conn.execute(f"SELECT {cols}, * FROM [{table}]").fetchall()
            result[table] = {tuple(r[c] for c in pk): dict(r) for r in rows}
        return result
    finally:
        conn.close()


def applied_migrations(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute(f"SELECT name FROM {MIGRATIONS.migrations_table} ORDER BY id")]
    finally:
        conn.close()


def assert_nothing_lost(before: Snapshot, after: Snapshot) -> None:
    missing_tables = set(before) - set(after)
    assert not missing_tables, f"tables lost in the upgrade: {sorted(missing_tables)}"
    for table, rows in before.items():
        assert rows.keys() <= after[table].keys(), f"{table}: rows lost in the upgrade"
        for key, old in rows.items():
            new = after[table][key]
            lost = set(old) - set(new) - DROPPED_COLUMNS.get(table, set())
            assert not lost, f"{table}: columns lost in the upgrade: {sorted(lost)}"
            changed = {c: (v, new[c]) for c, v in old.items() if c in new and new[c] != v}
            assert not changed, f"{table} row {key}: values changed in the upgrade: {changed}"


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    target = tmp_path / "office" / "cl-desktop.sqlite"
    target.parent.mkdir()
    shutil.copyfile(FIRST_RELEASE, target)
    return target


def test_the_first_release_fixture_is_small_and_stops_at_schema_0001() -> None:
    assert FIRST_RELEASE.stat().st_size < 300_000
    assert applied_migrations(FIRST_RELEASE) == ["0001_initial"]


def test_opening_a_first_release_database_migrates_it_and_keeps_every_row(old_db: Path, capsys: Any) -> None:
    before = snapshot(old_db)
    assert len(before["children"]) == 5 and len(before["audit_log"]) > 30

    db = open_database(old_db)
    try:
        assert [m.name for m in MIGRATIONS.applied(db)] == known_migration_names()
        assert verify_audit_chain(db) == []
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    assert_nothing_lost(before, snapshot(old_db))

    backups = sorted((old_db.parent / "backups").glob("cl-desktop-before-migration-*.sqlite"))
    if len(known_migration_names()) > 1:
        assert len(backups) == 1
        check_backup(backups[0], before)
    else:
        assert backups == []  # nothing to migrate, nothing to back up

    assert main(["stats", "--db", str(old_db), "--json"]) == 0
    totals = json.loads(capsys.readouterr().out)["totals"]
    assert {k: totals[k] for k in ("projects", "action_programmes", "children", "withdrawn", "prevented")} == {
        "projects": 1,
        "action_programmes": 2,
        "children": 4,  # the fifth was deleted (a tombstone)
        "withdrawn": 2,
        "prevented": 2,
    }


def check_backup(path: Path, before: Snapshot) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert applied_migrations(path) == ["0001_initial"]
    assert snapshot(path) == before


def test_a_migration_that_rebuilds_a_table_backs_up_first_and_keeps_every_row(
    old_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever migrations exist today, one that rebuilds the children table (the riskiest kind) is safe."""

    def rebuild_children(db: Any) -> None:
        db["children"].transform(types={"notes": str})
        db.execute("ALTER TABLE children ADD COLUMN upgrade_probe TEXT")

    extra = MIGRATIONS._Migration("9999_test_rebuild_children", rebuild_children)
    monkeypatch.setattr(MIGRATIONS, "_migrations", [*MIGRATIONS._migrations, extra])
    before = snapshot(old_db)

    db = open_database(old_db)
    try:
        assert MIGRATIONS.pending(db) == []
        assert db.execute("SELECT count(*) FROM children WHERE upgrade_probe IS NULL").fetchone()[0] == 5
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
    assert_nothing_lost(before, snapshot(old_db))
    (backup,) = (old_db.parent / "backups").glob("*-before-migration-*.sqlite")
    check_backup(backup, before)


def test_a_failing_migration_leaves_the_old_database_usable(old_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(db: Any) -> None:
        db.execute("ALTER TABLE children ADD COLUMN half_done TEXT")
        raise sqlite3.OperationalError("disk I/O error")

    extra = MIGRATIONS._Migration("9999_test_broken", broken)
    monkeypatch.setattr(MIGRATIONS, "_migrations", [*MIGRATIONS._migrations, extra])
    before = snapshot(old_db)
    with pytest.raises(DatabaseError, match=r"disk I/O error"):
        open_database(old_db)
    after = snapshot(old_db)
    assert_nothing_lost(before, after)
    assert "half_done" not in next(iter(after["children"].values()))
    assert applied_migrations(old_db)[-1] != "9999_test_broken"
