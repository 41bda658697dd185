"""The audit trail anchored outside its file: partners hold each other's chain heads.

What someone holding an office's file could do with the sqlite3 tool (drop the append-only
triggers, rewrite an entry and recompute every later hash, cut the last entries off, edit a row)
passes the chain check alone; here each is caught by ``check`` or by the next exchange.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from replicas import Network

from cl_desktop.cli import main
from cl_desktop.security import backup
from cl_desktop.store.records import GENESIS_HASH, HASHED_FIELDS, entry_hash, verify_audit_chain


def _path(net: Network, code: str) -> Path:
    return net.folder / ("hq.sqlite" if code == "HQ" else f"{code}.sqlite")


def _tamper(net: Network, code: str, work: Any) -> None:
    """Close the database, open the file as an attacker would, and let ``work`` change it."""
    net.dbs[code].execute("PRAGMA wal_checkpoint(TRUNCATE)")
    net.dbs[code].close()
    conn = sqlite3.connect(_path(net, code))
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    with conn:
        work(conn)
    conn.execute("""CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""")
    conn.execute("""CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""")
    conn.close()
    net.reopen(code)


def _rechain(conn: sqlite3.Connection, start: int) -> None:
    """Recompute every hash from entry ``start`` on: the chain agrees with itself again."""
    prev = conn.execute("SELECT hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 1", [start]).fetchone()
    prev_hash = prev[0] if prev else GENESIS_HASH
    cols = ["seq", *HASHED_FIELDS]
    for values in conn.execute(
        f"SELECT {', '.join(cols)} FROM audit_log WHERE seq >= ? ORDER BY seq", [start]
    ).fetchall():
        entry = dict(zip(cols, values, strict=True))
        entry["prev_hash"] = prev_hash
        prev_hash = entry_hash(entry)
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", [entry["prev_hash"], prev_hash, entry["seq"]]
        )


def _rewrite_first_name(conn: sqlite3.Connection) -> None:
    """Rename the first child in its insert entry and in the row, and recompute the later hashes."""
    seq, row_id, changes = conn.execute(
        "SELECT seq, row_id, changes FROM audit_log WHERE table_name = 'children' AND action = 'insert' ORDER BY seq"
    ).fetchone()
    decoded = json.loads(changes)
    decoded["name"] = [None, "Somebody else"]
    conn.execute("UPDATE audit_log SET changes = ? WHERE seq = ?", [json.dumps(decoded, sort_keys=True), seq])
    conn.execute("UPDATE children SET name = 'Somebody else' WHERE id = ?", [row_id])
    _rechain(conn, seq)


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["check", "--db", str(path)])
    return code, capsys.readouterr().out


def _exchange(net: Network, code: str) -> str:
    """The office sends, headquarters answers: the office's receipt sentence."""
    net.load("HQ", net.send(code))
    return net.load(code, net.ret(code)).sentence()


def test_an_untouched_exchange_leaves_every_check_sound(net: Network, capsys: pytest.CaptureFixture[str]) -> None:
    net.register("KH-A", name="សុខ")
    for _ in range(2):
        assert "Warning" not in _exchange(net, "KH-A")
    held = net.dbs["KH-A"].execute("SELECT count(*) FROM audit_anchors WHERE kind = 'acknowledged'").fetchone()[0]
    assert held >= 1
    net.dbs["KH-A"].execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _check(_path(net, "KH-A"), capsys)[0] == 0
    assert _check(_path(net, "HQ"), capsys)[0] == 0


def test_a_rewritten_trail_is_reported_by_check(net: Network, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(3):
        net.register("KH-A", name=f"Child {i}")
    _exchange(net, "KH-A")
    _tamper(net, "KH-A", _rewrite_first_name)
    assert verify_audit_chain(net.dbs["KH-A"]) == []  # the chain alone agrees with itself
    code, out = _check(_path(net, "KH-A"), capsys)
    assert code == 1
    assert "is not the one HQ holds: the trail was rewritten" in out


def test_a_rewrite_with_the_anchors_removed_too_is_caught_at_the_next_exchange(
    net: Network, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(3):
        net.register("KH-A", name=f"Child {i}")
    _exchange(net, "KH-A")

    def thorough(conn: sqlite3.Connection) -> None:
        _rewrite_first_name(conn)
        conn.execute("DELETE FROM audit_anchors")  # and every trace of what the partners hold
        conn.execute("DELETE FROM children WHERE 0")

    _tamper(net, "KH-A", thorough)
    net.register("KH-A", name="After the rewrite")
    sentence = _exchange(net, "KH-A")  # the office's next bundle, and headquarters' answer
    assert "Warning: Audit entry" in sentence and "is not the one HQ holds" in sentence
    net.dbs["KH-A"].execute("PRAGMA wal_checkpoint(TRUNCATE)")
    code, out = _check(_path(net, "KH-A"), capsys)
    assert code == 1 and "the trail was rewritten" in out


def test_a_deleted_tail_is_caught_at_the_next_exchange(net: Network, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(3):
        net.register("KH-A", name=f"Child {i}")
    _exchange(net, "KH-A")

    def cut(conn: sqlite3.Connection) -> None:
        last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        conn.execute("DELETE FROM audit_log WHERE seq > ?", [last - 3])
        conn.execute("DELETE FROM audit_anchors")

    _tamper(net, "KH-A", cut)
    assert verify_audit_chain(net.dbs["KH-A"]) == []
    sentence = net.load("KH-A", net.ret("KH-A")).sentence()
    assert "Warning: The audit trail ends at entry" in sentence and "HQ holds it up to entry" in sentence


def test_a_forked_history_from_an_older_copy_is_caught(net: Network, tmp_path: Path) -> None:
    net.register("KH-A", name="First")
    old = tmp_path / "old-copy.sqlite"
    net.dbs["KH-A"].execute("PRAGMA wal_checkpoint(TRUNCATE)")
    a, b = sqlite3.connect(_path(net, "KH-A")), sqlite3.connect(old)
    a.backup(b)
    a.close()
    b.close()
    net.register("KH-A", name="Second")
    _exchange(net, "KH-A")
    # the file is replaced by the older copy, which then goes on with other entries
    net.dbs["KH-A"].close()
    old.replace(_path(net, "KH-A"))
    net.reopen("KH-A")
    for name in ("Other second", "Other third", "Other fourth"):
        net.register("KH-A", name=name)
    sentence = net.load("KH-A", net.ret("KH-A")).sentence()
    assert "Warning: Audit entry" in sentence and "replaced by another copy" in sentence


def test_a_row_edited_in_the_file_is_named_by_check(net: Network, capsys: pytest.CaptureFixture[str]) -> None:
    child = net.register("KH-A", name="សុខ")
    net.dbs["KH-A"].execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _check(_path(net, "KH-A"), capsys)[0] == 0

    def edit(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE children SET name = 'Someone else', sex = 'M' WHERE id = ?", [child["id"]])

    _tamper(net, "KH-A", edit)
    code, out = _check(_path(net, "KH-A"), capsys)
    assert code == 1
    assert f"children row {child['id']}: name is not what the audit trail says" in out


def test_a_backup_records_the_head_it_holds(net: Network, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    net.register("KH-A", name="Before the backup")
    net.dbs["KH-A"].execute("PRAGMA wal_checkpoint(TRUNCATE)")
    saved = backup.make_backup(_path(net, "KH-A"), tmp_path)
    row = net.dbs["KH-A"].execute("SELECT peer, seq FROM audit_anchors WHERE kind = 'backup'").fetchone()
    assert row[0] == saved.name
    assert row[1] == net.dbs["KH-A"].execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    _tamper(net, "KH-A", _rewrite_first_name)
    code, out = _check(_path(net, "KH-A"), capsys)
    assert code == 1 and f"is not the one the backup {saved.name} holds" in out
