"""Backups are verified, rotated 7 daily + 4 weekly, restorable, and refuse what is not sound."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from factories import ctx_for, intake
from security_world import World

from cl_desktop.cli import main
from cl_desktop.errors import DatabaseError, KnownError, RefusedInput
from cl_desktop.security import backup
from cl_desktop.security.crypto_at_rest import WrongPassphrase, is_encrypted
from cl_desktop.services.children import Children
from cl_desktop.store import open_database
from cl_desktop.store.meta import get_meta


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cl_desktop.security.crypto_at_rest.LOG2_N", 10)


T0 = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)  # a Monday


def _path(world: World) -> Path:
    return Path(world.db.execute("PRAGMA database_list").fetchone()[2])


def _children(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute("SELECT id, name FROM children ORDER BY id"))
    finally:
        conn.close()


def test_a_backup_is_a_verified_self_contained_copy_and_is_recorded(world: World) -> None:
    path = _path(world)
    target = backup.make_backup(path, now=T0)
    assert target.parent == path.parent / "backups" and target.name == "office-manual-20260302T180000Z.sqlite"
    with open(target, "rb") as fh:
        header = fh.read(20)
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL: one file is the whole backup
    assert not Path(f"{target}-wal").exists()
    assert _children(target) == _children(path)
    assert get_meta(world.db, "last_backup_at") == "2026-03-02T18:00:00Z"
    backup.verify_backup(target)


def test_a_backup_to_a_folder_with_spaces_and_khmer_in_its_name(world: World, tmp_path: Path) -> None:
    folder = tmp_path / "USB ស្ទីក Резерв"
    folder.mkdir()
    target = backup.make_backup(_path(world), folder, now=T0)
    assert target.parent == folder and _children(target) == _children(_path(world))
    again = backup.make_backup(_path(world), folder, now=T0)
    assert again != target and again.exists()  # same second: a second name, not an overwrite


def test_an_encrypted_backup_round_trips_and_refuses_a_wrong_passphrase(world: World, tmp_path: Path) -> None:
    path = _path(world)
    target = backup.make_backup(path, tmp_path, passphrase="correct horse", now=T0)
    assert target.name.endswith(".sqlite.enc") and is_encrypted(target)
    assert "សុខ".encode() not in target.read_bytes()
    assert not list(path.parent.glob(".*.part")) and not list(tmp_path.glob(".*"))
    with pytest.raises(WrongPassphrase):
        backup.verify_backup(target, "wrong horse")
    backup.verify_backup(target, "correct horse")
    with pytest.raises(RefusedInput, match="passphrase"):
        backup.make_backup(path, tmp_path, passphrase="short")


def test_restore_verifies_first_keeps_the_replaced_file_and_swaps_atomically(world: World) -> None:
    path = _path(world)
    saved = backup.make_backup(path, now=T0)
    before = _children(path)
    ctx = ctx_for(world.db)
    Children(ctx).register(intake(world.project, world.programme, world.village, name="After the backup"))
    after = _children(path)
    world.db.close()
    aside = backup.restore_backup(path, saved, now=T0 + timedelta(hours=1))
    assert _children(path) == before
    assert aside is not None and _children(aside) == after  # the replaced state is not lost
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    db = open_database(path)  # opens, WAL again, the chain intact
    from cl_desktop.store.records import verify_audit_chain

    assert verify_audit_chain(db) == []
    db.close()


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(world: World, tmp_path: Path) -> None:
    path = _path(world)
    good = backup.make_backup(path, now=T0)
    world.db.close()
    original = path.read_bytes()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(good.read_bytes())
    data[5000:9000] = os.urandom(4000)
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE x (a)").connection.close()
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    for bad in (damaged, foreign, text):
        with pytest.raises(KnownError):
            backup.restore_backup(path, bad)
        assert path.read_bytes() == original
    assert not list(path.parent.glob(".*.part"))


def test_restore_of_an_encrypted_backup_needs_its_passphrase(world: World, tmp_path: Path) -> None:
    path = _path(world)
    enc = backup.make_backup(path, tmp_path, passphrase="correct horse")
    world.db.close()
    with pytest.raises(RefusedInput, match="encrypted"):
        backup.restore_backup(path, enc)
    with pytest.raises(WrongPassphrase):
        backup.restore_backup(path, enc, passphrase="not the one")
    backup.restore_backup(path, enc, passphrase="correct horse")
    open_database(path).close()


def test_keep_set_keeps_seven_days_then_four_weeks() -> None:
    stamps = [T0 - timedelta(days=d, hours=h) for d in range(60) for h in (0, 5)]
    kept = backup.keep_set(stamps)
    days = sorted({s.date() for s in kept}, reverse=True)
    assert len(kept) == 11
    assert days[:7] == [(T0 - timedelta(days=d)).date() for d in range(7)]
    assert all(s.hour == 18 for s in kept)  # the newest of each day
    weeks = [s.isocalendar()[:2] for s in sorted(kept, reverse=True)[7:]]
    assert len(set(weeks)) == 4


def test_daily_and_on_exit_backups_rotate_with_a_fake_clock(world: World) -> None:
    path = _path(world)
    made_at_start = 0
    for day in range(30):
        morning = T0 + timedelta(days=day)
        if backup.backup_if_due(path, now=morning):
            made_at_start += 1
        assert backup.backup_if_due(path, now=morning + timedelta(hours=1)) is None  # at most one a day
        if day % 7 < 5:  # the app is closed in the evening on working days only
            backup.backup_on_exit(path, now=morning + timedelta(hours=9))
    autos = [b for b in backup.list_backups(path) if b.kind == "auto"]
    assert 8 <= made_at_start <= 12  # weekends are covered by the daily check, weekdays by the exit
    assert len(autos) == 11
    assert len({b.taken_at.date() for b in autos}) == 11
    manual = backup.make_backup(path)
    backup.rotate(path)
    assert manual.exists()  # manual backups are never rotated away


def test_latest_good_backup_skips_damaged_ones(world: World) -> None:
    path = _path(world)
    assert backup.latest_good_backup(path) is None
    good = backup.make_backup(path, kind="auto", now=T0)
    newer = backup.make_backup(path, kind="auto", now=T0 + timedelta(days=1))
    newer.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    assert backup.latest_good_backup(path) == good


def test_a_damaged_database_is_not_backed_up(world: World) -> None:
    path = _path(world)
    world.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    world.db.close()
    data = bytearray(path.read_bytes())
    data[8192:12288] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="damaged"):
        backup.make_backup(path)
    assert backup.list_backups(path) == []


def test_backup_and_restore_commands(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _path(world)
    world.db.close()
    out = tmp_path / "copy one.sqlite"
    assert main(["backup", "--db", str(path), "-o", str(out)]) == 0
    assert "verified" in capsys.readouterr().out and out.exists()
    monkeypatch.setenv("CL_DESKTOP_BACKUP_PASSPHRASE", "correct horse")
    assert main(["backup", "--db", str(path), "-o", str(tmp_path), "--encrypt"]) == 0
    enc = next(tmp_path.glob("*.sqlite.enc"))
    assert main(["restore", "--db", str(path), str(enc)]) == 0
    assert "replaced database was kept" in capsys.readouterr().out
    assert main(["restore", "--db", str(path), str(tmp_path / "missing.sqlite")]) == 1
    assert "no backup file" in capsys.readouterr().err
