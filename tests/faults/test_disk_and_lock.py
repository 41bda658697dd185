"""A full disk and a database held by another program give a clear message and no damage."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_world import build_office

from cl_desktop.atomic import atomic_write
from cl_desktop.errors import DatabaseError, KnownError
from cl_desktop.security import backup
from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.store import open_database


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("fault") / "office.sqlite"
    return path, build_office(path)


@pytest.fixture
def office(office_template: tuple[Path, dict[str, str]], tmp_path: Path) -> tuple[Path, dict[str, str]]:
    target = tmp_path / "office.sqlite"
    a, b = sqlite3.connect(office_template[0]), sqlite3.connect(target)
    a.backup(b)
    a.close()
    b.close()
    return target, office_template[1]


def _intake(ids: dict[str, str], name: str) -> dict[str, object]:
    return {
        "name": name,
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
        "notes": "x" * 5000,
    }


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM children").fetchone()[0])
    finally:
        conn.close()


# -- full disk ------------------------------------------------------------------


def test_a_full_database_refuses_the_save_with_a_clear_message(office: tuple[Path, dict[str, str]]) -> None:
    path, ids = office
    db = open_database(path)
    children = Children(Context(db, Actor("clerk", Role.CLERK, "KH-PNP")))
    children.register(_intake(ids, "Before"))
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full for this database
    with pytest.raises(DatabaseError, match=r"The disk is full; free some space and try again\."):
        for i in range(50):
            children.register(_intake(ids, f"Child {i}"))
    db.close()
    db = open_database(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    children = Children(Context(db, Actor("clerk", Role.CLERK, "KH-PNP")))
    children.register(_intake(ids, "After space was freed"))
    db.close()


def test_a_failing_write_leaves_no_file_and_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    final = tmp_path / "export ស.csv"
    final.write_text("the previous export")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(KnownError, match="No space left on device"), atomic_write(final, "w") as fh:
        fh.write("a,b\n" * 1000)
    assert final.read_text() == "the previous export"
    assert [p.name for p in tmp_path.iterdir()] == [final.name]


@contextlib.contextmanager
def _tiny_filesystem(where: Path, size: str = "96k") -> Iterator[Path]:
    where.mkdir()
    try:
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True, timeout=10
        )
    except (OSError, subprocess.TimeoutExpired):
        result = None
    if result is None or result.returncode != 0:
        pytest.skip("cannot mount a tiny filesystem here (needs root)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=10)


def test_a_backup_to_a_full_stick_says_so_and_leaves_nothing(
    office: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, _ = office
    with _tiny_filesystem(tmp_path / "stick") as stick:
        (stick / "photo.jpg").write_bytes(os.urandom(16 * 1024))
        with pytest.raises(KnownError) as raised:
            backup.make_backup(path, stick)
        message = str(raised.value)
        assert "full" in message.lower() or "no space" in message.lower(), message
        assert sorted(p.name for p in stick.iterdir()) == ["photo.jpg"]
    db = open_database(path)
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    db.close()


def test_a_database_on_a_full_disk_refuses_saves_and_stays_sound(
    office: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    src, ids = office
    size = src.stat().st_size
    # Room for the copy and a few saves: one registration writes about 150 KB of WAL beside the 32 KB index.
    with _tiny_filesystem(tmp_path / "disk", size=f"{size // 1024 + 640}k") as disk:
        path = disk / "office.sqlite"
        a, b = sqlite3.connect(src), sqlite3.connect(path)
        a.backup(b)
        a.close()
        b.close()
        db = open_database(path)
        children = Children(Context(db, Actor("clerk", Role.CLERK, "KH-PNP")))
        saved = 0
        with pytest.raises(KnownError, match=r"(?i)disk is full|full|space"):
            for i in range(500):
                children.register(_intake(ids, f"Child {i}"))
                saved += 1
        db.close()
        assert saved > 0
        db = open_database(path, create=False)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM children").fetchone()[0] == saved
        db.close()


# -- locked by another program ----------------------------------------------------


def test_a_database_held_by_another_program_gives_a_clear_message_within_the_busy_timeout(
    office: tuple[Path, dict[str, str]],
) -> None:
    path, ids = office
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        db = open_database(path, create=False, migrate=False)
        db.execute("PRAGMA busy_timeout = 500")  # the app waits 5 s; the test need not
        children = Children(Context(db, Actor("clerk", Role.CLERK, "KH-PNP")))
        started = time.monotonic()
        with pytest.raises(DatabaseError, match="in use by another program; close it and try again"):
            children.register(_intake(ids, "Blocked"))
        waited = time.monotonic() - started
        assert 0.4 <= waited <= 2.5  # it waited for the lock, then gave up with a message
        db.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _count(path) == 0


def test_a_save_waits_for_a_short_lock_instead_of_failing(office: tuple[Path, dict[str, str]]) -> None:
    path, ids = office
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(0.5, lambda: holder.execute("COMMIT")).start()
    db = open_database(path, create=False)
    Children(Context(db, Actor("clerk", Role.CLERK, "KH-PNP"))).register(_intake(ids, f"Patient {uuid.uuid4()}"))
    db.close()
    holder.close()
    assert _count(path) == 1


def test_restore_refuses_while_another_program_writes(
    office: tuple[Path, dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = office
    saved = backup.make_backup(path, tmp_path)
    monkeypatch.setattr(backup, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        before = path.read_bytes()
        with pytest.raises(DatabaseError, match="in use by another program"):
            backup.restore_backup(path, saved)
        assert path.read_bytes() == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_table_locked_by_our_own_reading_statement_is_not_blamed_on_another_program(tmp_path: Path) -> None:
    from cl_desktop.store.database import translate_sqlite_error

    conn = sqlite3.connect(tmp_path / "x.sqlite")
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(1,), (2,)])
    reading = conn.execute("SELECT x FROM t")
    reading.fetchone()
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("DROP TABLE t")
    message = str(translate_sqlite_error(caught.value, tmp_path / "x.sqlite"))
    assert "another program" not in message
    assert "table is locked" in message
