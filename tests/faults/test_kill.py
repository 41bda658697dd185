"""SIGKILL in the middle of a save, a backup, a restore and a report: nothing is lost or half-written."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

import pytest
from fault_world import SAVE_LOOP, build_office, dumps, kill, start, wait_for_lines

from cl_desktop.security import backup
from cl_desktop.store import open_database
from cl_desktop.store.records import verify_audit_chain


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("fault") / "office.sqlite"
    ids = build_office(path)
    return path, ids


def _copy(src: Path, dst: Path) -> Path:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    a.backup(b)
    a.close()
    b.close()
    return dst


def _assert_sound(path: Path) -> None:
    db = open_database(path, create=False)  # runs quick_check and refuses a damaged file
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert verify_audit_chain(db) == []
        # no half-written row: every child has its audit entry and its derived status
        orphans = db.execute(
            "SELECT count(*) FROM children c WHERE NOT EXISTS "
            "(SELECT 1 FROM audit_log a WHERE a.table_name = 'children' AND a.row_id = c.id)"
        ).fetchone()[0]
        assert orphans == 0
        assert db.execute("SELECT count(*) FROM children WHERE age_at_intake = 0").fetchone()[0] == 0
    finally:
        db.close()


@pytest.mark.parametrize("after", [1, 7, 23])
def test_kill_during_a_save_loses_no_committed_child(
    office_template: tuple[Path, dict[str, str]], tmp_path: Path, after: int
) -> None:
    path = _copy(office_template[0], tmp_path / "office ស.sqlite")
    proc = start(SAVE_LOOP, str(path), dumps(office_template[1]))
    committed = wait_for_lines(proc, after)
    time.sleep(random.Random(after).uniform(0, 0.05))  # land somewhere inside the next save
    out, _ = kill(proc)
    committed += [line.strip() for line in out.splitlines() if line.strip()]
    _assert_sound(path)
    conn = sqlite3.connect(path)
    stored = {r[0] for r in conn.execute("SELECT case_number FROM children")}
    conn.close()
    assert set(committed) <= stored
    assert len(stored) - len(committed) <= 1  # at most the save that committed as the kill landed


BACKUP = r"""
import sys
from cl_desktop.security.backup import make_backup
print("start", flush=True)
make_backup(sys.argv[1], sys.argv[2], passphrase=sys.argv[3] or None)
print("done", flush=True)
"""


@pytest.mark.parametrize(("delay", "passphrase"), [(0.05, ""), (0.3, ""), (0.2, "correct horse")])
def test_kill_during_a_backup_leaves_no_half_file_under_a_final_name(
    demo_path: Path, tmp_path: Path, delay: float, passphrase: str
) -> None:
    usb = tmp_path / "USB stick"
    usb.mkdir()
    proc = start(BACKUP, str(demo_path), str(usb), passphrase)
    wait_for_lines(proc, 1)
    time.sleep(delay)
    out, _ = kill(proc)
    finals = [p for p in usb.iterdir() if not p.name.startswith(".")]
    if "done" not in out:
        assert finals == []
    for p in finals:
        backup.verify_backup(p, passphrase or None)
    if passphrase:  # the plain copy is never made on the stick
        assert not any(b"SQLite format 3" in p.read_bytes()[:16] for p in usb.iterdir())
    db = open_database(demo_path, create=False)
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    db.close()


RESTORE = r"""
import sys
from cl_desktop.security.backup import restore_backup
print("start", flush=True)
restore_backup(sys.argv[1], sys.argv[2])
print("done", flush=True)
"""


@pytest.mark.parametrize("delay", [0.05, 0.3])
def test_kill_during_a_restore_leaves_the_old_or_the_new_database(
    demo_path: Path, tmp_path: Path, delay: float
) -> None:
    saved = backup.make_backup(demo_path, tmp_path)
    db = open_database(demo_path)
    db.execute("DELETE FROM case_counters")  # a visible difference from the backup
    db.execute("INSERT INTO case_counters(prefix, last) VALUES ('after-backup', 1)")
    db.close()
    proc = start(RESTORE, str(demo_path), str(saved))
    wait_for_lines(proc, 1)
    time.sleep(delay)
    kill(proc)
    db = open_database(demo_path, create=False)
    counters = {r[0] for r in db.execute("SELECT prefix FROM case_counters")}
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert counters == {"after-backup"} or "after-backup" not in counters


@pytest.mark.parametrize("delay", [0.1, 0.4])
def test_kill_during_a_report_leaves_no_half_pdf(demo_path: Path, tmp_path: Path, delay: float) -> None:
    out = tmp_path / "register ស.pdf"
    code = "import sys; from cl_desktop.cli import main; print('start', flush=True); sys.exit(main(sys.argv[1:]))"
    proc = start(code, "report", "register", "--db", str(demo_path), "-o", str(out))
    wait_for_lines(proc, 1)
    time.sleep(delay)
    if proc.poll() is not None:
        proc.communicate(timeout=30)  # closes the pipes
        pytest.skip("the report finished before the kill")
    kill(proc)
    assert not out.exists()
    db = open_database(demo_path, create=False)
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    db.close()
