from __future__ import annotations

import json

import pytest

from cl_desktop.store import records
from cl_desktop.store.records import Author, StaleRecord


@pytest.fixture
def author() -> Author:
    return Author(user="clerk", office="KH-PNP")


def test_insert_update_delete_each_land_in_the_audit_trail(office_db, author) -> None:
    db = office_db
    row = records.insert(db, "organisations", {"code": "NGO1", "name": "Friends"}, author)
    records.update(db, "organisations", row["id"], {"name": "Friends International"}, author)
    records.delete(db, "organisations", row["id"], author, reason="merged")
    history = records.history(db, "organisations", row["id"])
    assert [h["action"] for h in history] == ["insert", "update", "delete"]
    assert history[1]["changes"] == {"name": ["Friends", "Friends International"]}
    assert history[2]["reason"] == "merged"
    current = records.get_row(db, "organisations", row["id"])
    assert current["version"] == 3 and current["deleted"] == 1


def test_office_sequence_is_gap_free(office_db, author) -> None:
    db = office_db
    for i in range(5):
        records.insert(db, "organisations", {"code": f"O{i}", "name": f"Org {i}"}, author)
    seqs = [r[0] for r in db.execute("SELECT office_seq FROM audit_log WHERE office = 'KH-PNP' ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))


def test_a_stale_edit_is_refused_and_changes_nothing(office_db, author) -> None:
    db = office_db
    row = records.insert(db, "organisations", {"code": "NGO1", "name": "A"}, author)
    records.update(db, "organisations", row["id"], {"name": "B"}, author, base_version=1)
    with pytest.raises(StaleRecord, match="changed by clerk"):
        records.update(db, "organisations", row["id"], {"name": "C"}, author, base_version=1)
    assert records.get_row(db, "organisations", row["id"])["name"] == "B"


def test_the_audit_trail_is_append_only(office_db, author) -> None:
    db = office_db
    records.insert(db, "organisations", {"code": "NGO1", "name": "A"}, author)
    with pytest.raises(Exception, match="append-only"):
        db.execute("UPDATE audit_log SET user = 'someone else'")
    with pytest.raises(Exception, match="append-only"):
        db.execute("DELETE FROM audit_log")


def test_the_hash_chain_detects_an_altered_entry(office_db, author) -> None:
    db = office_db
    row = records.insert(db, "organisations", {"code": "NGO1", "name": "A"}, author)
    records.update(db, "organisations", row["id"], {"name": "B"}, author)
    assert records.verify_audit_chain(db) == []
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET changes = ? WHERE action = 'update'", [json.dumps({"name": ["A", "Z"]})])
    problems = records.verify_audit_chain(db)
    assert problems and "altered" in problems[0]


def test_the_hash_chain_detects_a_removed_entry(office_db, author) -> None:
    db = office_db
    for i in range(3):
        records.insert(db, "organisations", {"code": f"O{i}", "name": "A"}, author)
    db.execute("DROP TRIGGER audit_log_no_delete")
    middle = db.execute("SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1 OFFSET 1").fetchone()[0]
    db.execute("DELETE FROM audit_log WHERE seq = ?", [middle])
    assert any("removed" in p for p in records.verify_audit_chain(db))


def test_password_hashes_never_reach_the_audit_trail(office_db) -> None:
    text = " ".join(r[0] for r in office_db.execute("SELECT changes FROM audit_log WHERE table_name = 'users'"))
    assert "scrypt$" not in text and "***" in text
