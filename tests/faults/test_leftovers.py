"""No temporary files left behind: not by a killed or refused writer, not after the next run, not by check.

Each writer's temporaries are hidden files beside their destination (``.NAME.XXXX.part`` and the
journal SQLite keeps beside a copy); a killed writer cannot remove its own, so the next run of the
same writer removes those whose writer is gone (it holds a lock on its own while it writes).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_world import ROOT, kill, start, wait_for_lines
from test_full_disk_writers import copy_db, fill, small_disk

from cl_desktop.errors import KnownError
from cl_desktop.security import backup

BACKUP = r"""
import sys
from cl_desktop.security.backup import make_backup
print("start", flush=True)
make_backup(sys.argv[1], sys.argv[2], passphrase=sys.argv[3] or None)
print("done", flush=True)
"""


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _killed_with_a_part(code: str, args: list[str], folder: Path) -> None:
    """Run a writer in a child and kill it while its temporary file exists."""
    proc = start(code, *args)
    wait_for_lines(proc, 1)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".part") for p in folder.iterdir()):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.communicate(timeout=30)
            pytest.skip("the writer finished before a temporary file could be seen")
        time.sleep(0.005)
    kill(proc)


@pytest.mark.parametrize("passphrase", ["", "correct horse"])
def test_the_next_backup_removes_what_a_killed_one_left(demo_path: Path, tmp_path: Path, passphrase: str) -> None:
    stick = tmp_path / "USB stick"
    stick.mkdir()
    watched = stick if not passphrase else demo_path.parent  # an encrypted backup's plain copy is beside the db
    _killed_with_a_part(BACKUP, [str(demo_path), str(stick), passphrase], watched)
    left = _hidden(stick) + [n for n in _hidden(demo_path.parent) if ".part" in n]
    assert left, "the kill left nothing to clean up"
    saved = backup.make_backup(demo_path, stick, passphrase=passphrase or None)
    assert _hidden(stick) == []
    assert [n for n in _hidden(demo_path.parent) if ".part" in n] == []
    backup.verify_backup(saved, passphrase or None)


def test_a_running_writers_temporary_is_not_taken_for_a_dead_ones(tmp_path: Path) -> None:
    from cl_desktop.atomic import atomic_path

    final = tmp_path / "report.pdf"
    with atomic_path(final) as first:
        first.write_bytes(b"half")
        with atomic_path(tmp_path / "report.pdf.other") as _other:
            pass
        with pytest.raises(RuntimeError), atomic_path(final):
            raise RuntimeError("a second writer of the same file fails")
        assert first.exists()  # the live writer's file was left alone
    assert final.read_bytes() == b"half" and _hidden(tmp_path) == []


@pytest.mark.parametrize("room_kib", [64, 1024, 4096])
def test_a_backup_refused_for_lack_of_space_leaves_no_part_or_journal(
    office_db: object, tmp_path: Path, room_kib: int
) -> None:
    office = Path(office_db.execute("PRAGMA database_list").fetchone()[2])  # type: ignore[attr-defined]
    office_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[attr-defined]
    size_mib = office.stat().st_size // (1 << 20) + 8
    with small_disk(tmp_path / "stick", size_mib) as stick:
        fill(stick, room_kib * 1024)
        before = sorted(p.name for p in stick.iterdir())
        try:
            backup.make_backup(office, stick)
        except KnownError as exc:
            assert "space" in str(exc).lower() or "full" in str(exc).lower(), exc
            assert sorted(p.name for p in stick.iterdir()) == before
        else:
            assert _hidden(stick) == []


def test_the_next_report_removes_what_a_killed_one_left(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "register ស.pdf"
    code = "import sys; from cl_desktop.cli import main; print('start', flush=True); sys.exit(main(sys.argv[1:]))"
    args = ["report", "register", "--db", str(demo_path), "-o", str(out)]
    _killed_with_a_part(code, args, tmp_path)
    assert any(n.endswith(".part") for n in _hidden(tmp_path))
    from cl_desktop.cli import main

    assert main(args) == 0
    assert out.exists() and _hidden(tmp_path) == []


def test_check_on_a_damaged_file_leaves_nothing_beside_it(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "office.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 2000)
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    data[8192 : 8192 + 3000] = b"\xff" * 3000
    path.write_bytes(bytes(data))
    from cl_desktop.cli import main

    assert main(["check", "--db", str(path)]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.sqlite"]
    assert path.read_bytes() == bytes(data)


def test_stats_json_into_a_reader_that_stops_early_exits_quietly(demo_path: Path, tmp_path: Path) -> None:
    copy = copy_db(demo_path, tmp_path / "copy.sqlite")
    proc = subprocess.Popen(
        [sys.executable, "-m", "cl_desktop", "stats", "--json", "--db", str(copy)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    proc.stdout.close()  # like `| head` having read what it wanted before anything was written
    _, err = proc.communicate(timeout=120)
    assert err == b"", err.decode()
    assert proc.returncode == 1
