"""Every writer that takes many rows is all or nothing on a really full disk, and says so once.

Each test puts the database on a small tmpfs, fills the rest of it with a file, and runs the
writer: SQLite answers the full disk by rolling back the whole transaction (savepoints
included), so a writer that went on after the first error would save the rest row by row.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fault_world import build_office
from sqlite_utils import Database

from cl_desktop.errors import DatabaseError, KnownError
from cl_desktop.security import backup
from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.store import open_database

FULL = r"The disk is full; free some space and try again\."


@contextlib.contextmanager
def small_disk(where: Path, size_mib: int) -> Iterator[Path]:
    where.mkdir()
    try:
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_mib}m", "tmpfs", str(where)], capture_output=True, timeout=10
        )
    except (OSError, subprocess.TimeoutExpired):
        result = None
    if result is None or result.returncode != 0:
        pytest.skip("cannot mount a small filesystem here (mounting a tmpfs needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=10)


def fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` with one file until ``leave`` bytes are free; return the file (remove it to free space)."""
    filler = disk / "filler.bin"
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize
    with open(filler, "wb") as fh:
        remaining = max(free - leave, 0)
        block = b"\0" * (1 << 20)
        while remaining:
            n = fh.write(block[: min(remaining, len(block))])
            remaining -= n
    return filler


def copy_db(src: Path, dst: Path) -> Path:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    a.backup(b)
    a.close()
    b.close()
    return dst


def state(path: Path) -> list[Any]:
    """What any audited write changes: the trail, and each table's rows and versions."""
    conn = sqlite3.connect(path)
    try:
        out: list[Any] = [conn.execute("PRAGMA integrity_check").fetchone()[0]]
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            if table.startswith(("sqlite_", "search")) or "fts" in table:
                continue
            cols = {r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")}
            version = "total(version)" if "version" in cols else "0"
            out.append((table, *conn.execute(f"SELECT count(*), {version} FROM [{table}]").fetchone()))
        return out
    finally:
        conn.close()


def full_disk_once(exc: BaseException) -> None:
    message = str(exc)
    assert "disk is full" in message.lower(), message
    assert message.lower().count("full") == 1, message  # said once, not once per row
    assert "\n" not in message


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("full") / "office.sqlite"
    return path, build_office(path)


# -- spreadsheet import ------------------------------------------------------------


def _children_csv(db: Database, ids: dict[str, str], path: Path, rows: int) -> None:
    from cl_desktop.tabular.exporter import export_list
    from cl_desktop.tabular.readers import open_table
    from cl_desktop.tabular.writers import write_table

    children = Children(Context(db, Actor("coord", Role.ADMIN, "KH-PNP")))
    children.register(
        {
            "name": "សុខ",
            "sex": "F",
            "project_id": ids["project"],
            "programme_id": ids["programme"],
            "location_id": ids["village"],
            "intake_date": "2010-01-10",
            "birth_date": "1997-05-01",
            "guardian_name": "Chan",
            "guardian_relation": "mother",
            "consent": True,
            "consent_date": "2010-01-10",
            "working": False,
            "school_status": "dropped_out",
            "risk_factors": ["orphan"],
        }
    )
    model = path.with_name("model.csv")
    export_list(db, "children", model)
    with open_table(model) as reader:
        header, first = reader.header, next(cells for _, cells in reader.rows())
    out = []
    for i in range(rows):
        row = list(first)
        row[header.index("Case number")] = ""
        row[header.index("Name")] = f"សុខ {i}"
        if "Notes" in header:
            row[header.index("Notes")] = "ក" * 3000
        out.append(row)
    write_table(path, header, out)


def test_a_spreadsheet_import_on_a_full_disk_saves_nothing_and_says_so_once(
    office_template: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    from cl_desktop.tabular.importer import import_file

    src, ids = office_template
    work = copy_db(src, tmp_path / "work.sqlite")
    db = open_database(work)
    sheet = tmp_path / "children.csv"
    _children_csv(db, ids, sheet, 3000)
    db.close()
    with small_disk(tmp_path / "disk", 24) as disk:
        path = copy_db(work, disk / "office.sqlite")
        db = open_database(path)
        db.execute("PRAGMA cache_size = -256")  # spill to the WAL early, as a big import does
        before = state(path)
        fill(disk, 1024 * 1024)  # room for some rows, not for 3,000
        ctx = Context(db, Actor("coord", Role.ADMIN, "KH-PNP"))
        with pytest.raises(DatabaseError) as raised:
            import_file(ctx, "children", sheet)
        full_disk_once(raised.value)
        assert not db.conn.in_transaction
        db.close()
        (disk / "filler.bin").unlink()
        assert state(path) == before
        db = open_database(path, create=False)
        assert db.execute("SELECT count(*) FROM children").fetchone()[0] == 1
        db.close()


def test_the_cli_import_on_a_full_disk_prints_one_line(
    office_template: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    src, ids = office_template
    work = copy_db(src, tmp_path / "work.sqlite")
    db = open_database(work)
    sheet = tmp_path / "children.csv"
    _children_csv(db, ids, sheet, 3000)
    db.close()
    with small_disk(tmp_path / "disk", 24) as disk:
        path = copy_db(work, disk / "office.sqlite")
        open_database(path).close()
        before = state(path)
        fill(disk, 1024 * 1024)
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        import sys

        done = subprocess.run(
            [sys.executable, "-m", "cl_desktop", "import", "children", "--db", str(path), str(sheet)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert done.returncode == 1, done.stderr
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and "disk is full" in lines[0].lower(), done.stderr[-2000:]
        (disk / "filler.bin").unlink()
        assert state(path) == before


# -- sync import ---------------------------------------------------------------------


def test_a_sync_import_on_a_full_disk_saves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from unit.sync.replicas import Network

    import cl_desktop.sync.keys as sync_keys
    from cl_desktop.demo import names as demo_names
    from cl_desktop.sync.engine import import_bundle

    monkeypatch.setattr(sync_keys, "SCRYPT_N", 1 << 10)
    (tmp_path / "net").mkdir()
    net = Network(tmp_path / "net")
    # 400 different children (the same name and birth date 400 times would be 79,800 suspected pairs)
    families, givens = sorted(set(demo_names.KHMER_FAMILY_WIDE)), sorted(set(demo_names.KHMER_GIRLS_WIDE))
    for i in range(400):
        family, given = families[i % len(families)], givens[i // len(families)]
        net.register("KH-A", name=f"{family[0]} {given[0]}", name_latin=f"{family[1]} {given[1]}", notes="ក" * 2000)
    bundle = net.send("KH-A")
    net.close()
    with small_disk(tmp_path / "disk", 24) as disk:
        path = copy_db(tmp_path / "net" / "hq.sqlite", disk / "hq.sqlite")
        db = open_database(path)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = state(path)
        fill(disk, 512 * 1024)
        with pytest.raises(DatabaseError) as raised:
            import_bundle(db, bundle, user="test")
        full_disk_once(raised.value)
        db.close()
        (disk / "filler.bin").unlink()
        assert state(path) == before
        db = open_database(path)
        assert import_bundle(db, bundle, user="test").receipt.added == 400  # with room, it goes through
        db.close()


# -- merges, thresholds, demo generation, restore ---------------------------------------


@pytest.fixture
def demo_on_disk(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    size = demo_template.stat().st_size // (1 << 20) + 24
    with small_disk(tmp_path / "disk", size) as disk:
        path = copy_db(demo_template, disk / "demo.sqlite")
        yield disk, path


def test_a_merge_on_a_full_disk_saves_nothing(demo_on_disk: tuple[Path, Path]) -> None:
    from cl_desktop.sync.conflicts import merge_children

    disk, path = demo_on_disk
    db = open_database(path, check=False)
    keep, other = (
        r[0]
        for r in db.execute(
            "SELECT child_id FROM services WHERE child_id IS NOT NULL "
            "GROUP BY child_id ORDER BY count(*) DESC, child_id LIMIT 2"
        ).fetchall()
    )
    before = state(path)
    fill(disk, 0)
    with pytest.raises(DatabaseError) as raised:
        merge_children(db, keep, other, user="test")
    full_disk_once(raised.value)
    db.close()
    (disk / "filler.bin").unlink()
    assert state(path) == before


def test_a_threshold_change_on_a_full_disk_saves_nothing(demo_on_disk: tuple[Path, Path]) -> None:
    from cl_desktop.services.projects import Projects

    disk, path = demo_on_disk
    db = open_database(path, check=False)
    db.execute("PRAGMA cache_size = -256")
    project = db.execute("SELECT id, attendance_threshold FROM projects ORDER BY code LIMIT 1").fetchone()
    before = state(path)
    fill(disk, 256 * 1024)
    with pytest.raises(DatabaseError) as raised:
        Projects(Context(db, Actor("admin", Role.ADMIN, "HQ"))).update(
            project[0], {"attendance_threshold": 60 if project[1] != 60 else 70}
        )
    full_disk_once(raised.value)
    db.close()
    (disk / "filler.bin").unlink()
    assert state(path) == before


def test_demo_generation_on_a_full_disk_says_so_and_leaves_no_file(tmp_path: Path) -> None:
    from cl_desktop.demo import create_demo_database

    with small_disk(tmp_path / "disk", 8) as disk:
        with pytest.raises(KnownError) as raised:
            create_demo_database(disk / "demo.sqlite")
        full_disk_once(raised.value)
        assert sorted(p.name for p in disk.iterdir()) == []


def test_a_restore_onto_a_full_disk_keeps_the_database(demo_template: Path, tmp_path: Path) -> None:
    # a copy: a backup records itself in the database it copies, and the template is shared
    saved = backup.make_backup(copy_db(demo_template, tmp_path / "demo.sqlite"), tmp_path / "backups")
    with small_disk(tmp_path / "disk", demo_template.stat().st_size // (1 << 20) + 8) as disk:
        path = copy_db(demo_template, disk / "demo.sqlite")
        before = state(path)
        fill(disk, 1024 * 1024)
        names = sorted(p.name for p in disk.iterdir())
        with pytest.raises(KnownError) as raised:
            backup.restore_backup(path, saved)
        message = str(raised.value).lower()
        assert "full" in message or "no space" in message, message
        assert sorted(p.name for p in disk.iterdir()) == names  # no half-copied backup left beside it
        (disk / "filler.bin").unlink()
        assert state(path) == before


def test_a_writer_that_swallows_the_error_still_commits_nothing(
    office_template: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    """The store's own guard: after SQLite dropped the transaction, no later row saves on its own."""
    src, ids = office_template
    with small_disk(tmp_path / "disk", 24) as disk:
        path = copy_db(src, disk / "office.sqlite")
        db = open_database(path)
        db.execute("PRAGMA cache_size = -64")
        before = state(path)
        fill(disk, 512 * 1024)
        children = Children(Context(db, Actor("coord", Role.ADMIN, "KH-PNP")))
        refused = 0
        with pytest.raises(DatabaseError) as raised, db.atomic():
            for i in range(400):
                try:
                    with db.atomic():
                        children.register(
                            {
                                "name": f"Child {i}",
                                "sex": "M",
                                "project_id": ids["project"],
                                "programme_id": ids["programme"],
                                "location_id": ids["village"],
                                "intake_date": "2010-01-10",
                                "birth_date": "1997-05-01",
                                "guardian_name": "Chan",
                                "guardian_relation": "mother",
                                "consent": True,
                                "consent_date": "2010-01-10",
                                "working": False,
                                "school_status": "dropped_out",
                                "risk_factors": ["orphan"],
                                "notes": "x" * 8000,
                            }
                        )
                except DatabaseError:
                    refused += 1  # the mistake the spreadsheet import made: note it, carry on
        assert refused > 0
        full_disk_once(raised.value)
        db.close()
        (disk / "filler.bin").unlink()
        assert state(path) == before
