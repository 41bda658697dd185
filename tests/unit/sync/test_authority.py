"""Each origin changes only what it owns: bundles crafted with an office's own keys are refused whole.

An attacker who holds an office laptop holds its database, its private keys and its command line:
every bundle here is signed with the office's real keys, most of them written by the real export
after the attacker changed the office file directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from replicas import Network, dump_digest
from test_refusals import refused

from cl_desktop.errors import RefusedInput
from cl_desktop.security.passwords import hash_password, verify_password
from cl_desktop.services.setup import create_database
from cl_desktop.store import records
from cl_desktop.store.authority import LOCAL_TABLES, RULES
from cl_desktop.store.schema import SYNCED_TABLES
from cl_desktop.sync import keys as sync_keys
from cl_desktop.sync.container import write_bundle
from cl_desktop.sync.payload import CHANGES_VERSION, ROWS_VERSION, encode_lines


def as_attacker(db: Any) -> Any:
    """The attacker edits the office file directly: the local guard is the application's, not theirs."""

    class Unguarded:
        def __enter__(self) -> None:
            self.saved = db.execute("SELECT value FROM meta WHERE key = 'setup_from'").fetchone()[0]
            db.execute("DELETE FROM meta WHERE key = 'setup_from'")

        def __exit__(self, *exc: object) -> None:
            db.execute("INSERT INTO meta(key, value) VALUES ('setup_from', ?)", [self.saved])

    return Unguarded()


def crafted(net: Network, code: str, records_: list[dict[str, Any]], ranges: dict[str, list[int]], name: str) -> Path:
    """An office bundle written by hand and signed with the office's own keys."""
    keys = sync_keys.load_own_keys(net.dbs[code])
    hq = sync_keys.hq_row(net.dbs[code])
    assert keys is not None and hq is not None
    counts: dict[str, int] = {}
    for rec in records_:
        counts[rec["e"]["table_name"]] = counts.get(rec["e"]["table_name"], 0) + 1
    lines = [{"k": "h", "v": CHANGES_VERSION, "sender": code, "full": False}, *records_, {"k": "z", "n": len(records_)}]
    path = net.folder / name
    low = min((r[0] for r in ranges.values()), default=0)
    high = max((r[1] for r in ranges.values()), default=0)
    write_bundle(
        path,
        {
            "kind": "office",
            "sender": code,
            "recipient": "HQ",
            "change_range": {"from_seq": low, "to_seq": high},
            "counts": counts,
            "payload_version": CHANGES_VERSION,
            "ranges": ranges,
            "received": {},
        },
        encode_lines(iter(lines)),
        keys,
        str(hq["encryption_key"]),
    )
    return path


def entry(office: str, seq: int, table: str, row_id: str, changes: dict[str, Any], action: str = "update") -> dict:
    return {
        "office": office,
        "office_seq": seq,
        "at": "2026-12-01T10:00:00Z",
        "user": "someone",
        "action": action,
        "table_name": table,
        "row_id": row_id,
        "row_version": 2,
        "base_version": 1,
        "changes": changes,
        "source": "form",
        "reason": "",
    }


def last_seq(db: Any, office: str) -> int:
    return int(
        db.execute("SELECT coalesce(max(office_seq), 0) FROM audit_log WHERE office = ?", [office]).fetchone()[0]
    )


# -- the three cases of the issue --------------------------------------------------------------------


def test_an_office_cannot_number_its_change_as_another_offices(net: Network) -> None:
    """A's bundle carrying a change numbered as B's next: refused whole; B's own change still counts."""
    child = net.register("KH-B")
    net.load("HQ", net.send("KH-B"))
    hq = net.dbs["HQ"]
    b_next = last_seq(hq, "KH-B") + 1
    forged = entry("KH-B", b_next, "children", child["id"], {"notes": ["", "forged by A"]})
    as_range = crafted(net, "KH-A", [{"k": "e", "e": forged}], {"KH-B": [b_next, b_next]}, "a-as-b.bundle")
    message = refused(net, as_range, "numbered as KH-B's, but it is signed by KH-A")
    assert "nothing was imported" in message
    # the same change under A's own range: the change itself names B as its origin
    hidden = crafted(net, "KH-A", [{"k": "e", "e": forged}], {"KH-A": [1, 1]}, "a-hides-b.bundle")
    message = refused(net, hidden, f"change {b_next} of KH-B")
    assert "signed by KH-A, who cannot speak for KH-B" in message
    # B's genuine change with that number arrives and applies
    net.edit("KH-B", "children", child["id"], notes="B's own note")
    result = net.load("HQ", net.send("KH-B"))
    assert result.receipt.updated == 1
    assert hq.execute("SELECT notes FROM children WHERE id = ?", [child["id"]]).fetchone()[0] == "B's own note"


def test_an_office_cannot_replace_another_offices_signing_key(net: Network) -> None:
    a = net.dbs["KH-A"]
    a_keys = sync_keys.load_own_keys(a)
    assert a_keys is not None
    # the application refuses it on the office laptop
    b_row = a.execute("SELECT id FROM offices WHERE code = 'KH-B'").fetchone()
    b_id = b_row[0] if b_row else None
    if b_id is None:  # offices hold only headquarters' row and their own: the attacker writes one
        b_id = net.dbs["HQ"].execute("SELECT id FROM offices WHERE code = 'KH-B'").fetchone()[0]
        row = dict(next(net.dbs["HQ"].query("SELECT * FROM offices WHERE id = ?", [b_id])))
        a["offices"].insert(row)
    with pytest.raises(RefusedInput, match="Only headquarters changes offices"):
        records.update(a, "offices", b_id, {"signing_key": a_keys.public.signing}, net.author("KH-A"))
    # the attacker goes around the application and exports with the real code
    with as_attacker(a):
        records.update(a, "offices", b_id, {"signing_key": a_keys.public.signing}, net.author("KH-A"))
    message = refused(net, net.send("KH-A"), "headquarters alone changes offices, their keys and revocations")
    assert f"of offices {b_id}" in message
    hq_b = net.dbs["HQ"].execute("SELECT signing_key FROM offices WHERE code = 'KH-B'").fetchone()[0]
    assert hq_b != a_keys.public.signing


def test_an_office_cannot_reset_headquarters_administrators_password(net: Network) -> None:
    hq = net.dbs["HQ"]
    records.insert(
        hq,
        "users",
        {
            "username": "hqadmin",
            "full_name": "HQ admin",
            "role": "admin",
            "office_code": "HQ",
            "password_hash": hash_password("the real one 1"),
        },
        net.author("HQ"),
    )
    admin = dict(next(hq.query("SELECT * FROM users WHERE username = 'hqadmin'")))
    a = net.dbs["KH-A"]
    with as_attacker(a):
        if a.execute("SELECT 1 FROM users WHERE id = ?", [admin["id"]]).fetchone() is None:
            a["users"].insert(admin)  # headquarters' accounts never reach offices: the attacker copies one
        records.update(a, "users", admin["id"], {"password_hash": hash_password("office knows 1")}, net.author("KH-A"))
    message = refused(net, net.send("KH-A"), "outside its authority")
    assert "accounts" in message
    stored = hq.execute("SELECT password_hash FROM users WHERE id = ?", [admin["id"]]).fetchone()[0]
    assert verify_password("the real one 1", stored)
    assert not verify_password("office knows 1", stored)


# -- more crafted changes ----------------------------------------------------------------------------


def test_an_office_cannot_create_a_record_in_another_offices_name(net: Network) -> None:
    a = net.dbs["KH-A"]
    child = net.register("KH-A")
    a.execute("UPDATE children SET office = 'KH-B' WHERE id = ?", [child["id"]])
    # the insert entry's row now says KH-B owns it
    refused(net, net.send("KH-A"), "only headquarters and the office that owns them change children")


def test_an_office_cannot_move_its_account_to_headquarters(net: Network) -> None:
    a = net.dbs["KH-A"]
    user = records.insert(
        a,
        "users",
        {
            "username": "a-clerk",
            "full_name": "Clerk",
            "role": "clerk",
            "office_code": "KH-A",
            "password_hash": hash_password("clerk pass 1"),
        },
        net.author("KH-A"),
    )
    net.load("HQ", net.send("KH-A"))  # the office's own account: accepted
    assert net.dbs["HQ"].execute("SELECT office_code FROM users WHERE id = ?", [user["id"]]).fetchone()[0] == "KH-A"
    with pytest.raises(RefusedInput, match="only its own accounts"):
        records.update(a, "users", user["id"], {"office_code": "HQ"}, net.author("KH-A"))
    with as_attacker(a):
        records.update(a, "users", user["id"], {"office_code": "HQ", "role": "admin"}, net.author("KH-A"))
    refused(net, net.send("KH-A"), "headquarters alone changes office_code")


def test_an_office_changes_its_own_accounts_password_and_headquarters_never_does(net: Network) -> None:
    a = net.dbs["KH-A"]
    user = records.insert(
        a,
        "users",
        {
            "username": "a-coord",
            "full_name": "Coordinator",
            "role": "coordinator",
            "office_code": "KH-A",
            "password_hash": hash_password("first pass 1"),
        },
        net.author("KH-A"),
    )
    net.load("HQ", net.send("KH-A"))
    records.update(a, "users", user["id"], {"password_hash": hash_password("second pass 2")}, net.author("KH-A"))
    net.load("HQ", net.send("KH-A"))
    stored = net.dbs["HQ"].execute("SELECT password_hash FROM users WHERE id = ?", [user["id"]]).fetchone()[0]
    assert verify_password("second pass 2", stored)
    with pytest.raises(RefusedInput, match="its password is set there, never at headquarters"):
        records.update(
            net.dbs["HQ"], "users", user["id"], {"password_hash": hash_password("hq sets 3")}, net.author("HQ")
        )


def test_headquarters_changing_an_office_accounts_password_is_refused_at_the_office(net: Network) -> None:
    a = net.dbs["KH-A"]
    user = records.insert(
        a,
        "users",
        {
            "username": "a-two",
            "full_name": "Two",
            "role": "clerk",
            "office_code": "KH-A",
            "password_hash": hash_password("first pass 1"),
        },
        net.author("KH-A"),
    )
    net.load("HQ", net.send("KH-A"))
    hq = net.dbs["HQ"]
    hq.execute("UPDATE meta SET value = '0' WHERE key = 'is_hq'")  # around headquarters' own guard
    try:
        records.update(hq, "users", user["id"], {"password_hash": hash_password("hq sets 3")}, net.author("HQ"))
    finally:
        hq.execute("UPDATE meta SET value = '1' WHERE key = 'is_hq'")
    refused(net, net.ret("KH-A"), "only the office that owns the account changes its password_hash", code="KH-A")
    assert verify_password(
        "first pass 1", a.execute("SELECT password_hash FROM users WHERE id = ?", [user["id"]]).fetchone()[0]
    )


def test_an_office_submits_a_period_but_cannot_approve_it(net: Network) -> None:
    hq = net.dbs["HQ"]
    period = records.insert(
        hq,
        "reporting_periods",
        {"project_id": net.project["id"], "code": "2010-1", "start_date": "2009-10-01", "end_date": "2010-03-31"},
        net.author("HQ"),
    )
    net.sync_all(rounds=1)
    a = net.dbs["KH-A"]
    records.update(
        a, "reporting_periods", period["id"], {"status": "submitted", "submitted_by": "c"}, net.author("KH-A")
    )
    with pytest.raises(RefusedInput, match="Only headquarters changes reporting periods"):
        records.update(a, "reporting_periods", period["id"], {"status": "approved"}, net.author("KH-A"))
    net.load("HQ", net.send("KH-A"))
    assert hq.execute("SELECT status FROM reporting_periods WHERE id = ?", [period["id"]]).fetchone()[0] == "submitted"
    with as_attacker(a):
        records.update(a, "reporting_periods", period["id"], {"status": "approved"}, net.author("KH-A"))
    refused(net, net.send("KH-A"), "headquarters alone changes reporting periods")


def test_an_office_cannot_change_a_programme(net: Network) -> None:
    a = net.dbs["KH-A"]
    with pytest.raises(RefusedInput, match="Only headquarters changes action programmes"):
        records.update(a, "action_programmes", net.programme["id"], {"title": "Mine now"}, net.author("KH-A"))
    with as_attacker(a):
        records.update(a, "action_programmes", net.programme["id"], {"title": "Mine now"}, net.author("KH-A"))
    refused(net, net.send("KH-A"), "headquarters alone changes action programmes")


def test_an_office_cannot_rewrite_a_records_owner_through_a_change(net: Network) -> None:
    child = net.register("KH-B")
    net.load("HQ", net.send("KH-B"))
    a_next = last_seq(net.dbs["HQ"], "KH-A") + 1
    steal = entry("KH-A", a_next, "children", child["id"], {"office": ["KH-B", "KH-A"]})
    refused(
        net,
        crafted(net, "KH-A", [{"k": "e", "e": steal}], {"KH-A": [a_next, a_next]}, "steal.bundle"),
        "identity, owner or stamps",
    )


def crafted_full(net: Network, code: str, tables: dict[str, list[dict[str, Any]]], name: str) -> Path:
    """A full office bundle written by hand from rows, signed with the office's own keys."""
    keys = sync_keys.load_own_keys(net.dbs[code])
    hq = sync_keys.hq_row(net.dbs[code])
    assert keys is not None and hq is not None
    lines: list[dict[str, Any]] = [{"k": "h", "v": ROWS_VERSION, "sender": code, "full": True}]
    for table, rows in tables.items():
        cols = list(rows[0])
        lines.append({"k": "R", "t": table, "c": cols, "v": [[r[c] for c in cols] for r in rows]})
    lines.append({"k": "z", "n": sum(len(r) for r in tables.values())})
    path = net.folder / name
    write_bundle(
        path,
        {
            "kind": "office",
            "sender": code,
            "recipient": "HQ",
            "change_range": None,
            "counts": {t: len(r) for t, r in tables.items()},
            "payload_version": ROWS_VERSION,
            "ranges": {},
            "received": {},
        },
        encode_lines(iter(lines)),
        keys,
        str(hq["encryption_key"]),
    )
    return path


def test_a_full_bundle_from_an_office_carries_no_headquarters_rows_and_none_are_accepted(net: Network) -> None:
    a = net.dbs["KH-A"]
    with as_attacker(a):
        records.update(a, "projects", net.project["id"], {"title": "Rewritten"}, net.author("KH-A"))
    # the real export leaves headquarters' tables out of an office's full bundle
    net.load("HQ", net.send("KH-A", full=True))
    hq = net.dbs["HQ"]
    assert hq.execute("SELECT title FROM projects WHERE id = ?", [net.project["id"]]).fetchone()[0] != "Rewritten"
    # a hand-made one with the changed project row, and one with a new partner organisation
    project = dict(next(a.query("SELECT * FROM projects WHERE id = ?", [net.project["id"]])))
    refused(
        net,
        crafted_full(net, "KH-A", {"projects": [project]}, "full-project.bundle"),
        "headquarters alone changes projects",
    )
    fake = {
        **dict(next(a.query("SELECT * FROM organisations LIMIT 1"))),
        "id": "0193aaaa-0000-7000-8000-000000000001",
        "code": "FAKE",
    }
    fake["office"] = "KH-A"
    refused(
        net,
        crafted_full(net, "KH-A", {"organisations": [fake]}, "full-org.bundle"),
        "headquarters alone changes organisations",
    )
    # rows of another office's children (the office column names the owner)
    child = net.register("KH-A")
    stolen = {**dict(next(a.query("SELECT * FROM children WHERE id = ?", [child["id"]]))), "office": "KH-B"}
    for column in (
        "work_status",
        "age_at_intake",
        "outcome",
        "outcome_date",
        "education_date",
        "name_sort",
        "name_translit",
    ):
        stolen.pop(column, None)
    refused(net, crafted_full(net, "KH-A", {"children": [stolen]}, "full-child.bundle"), "the office that owns them")
    assert hq.execute("SELECT count(*) FROM organisations WHERE code = 'FAKE'").fetchone()[0] == 0


def test_a_bundle_signed_by_another_office_is_refused_at_an_office(net: Network) -> None:
    """B holds its own key: a 'return' bundle it signs for A is still not headquarters'."""
    b_keys = sync_keys.load_own_keys(net.dbs["KH-B"])
    a_row = net.dbs["HQ"].execute("SELECT encryption_key FROM offices WHERE code = 'KH-A'").fetchone()
    assert b_keys is not None
    path = net.folder / "b-as-hq.bundle"
    write_bundle(
        path,
        {
            "kind": "return",
            "sender": "KH-B",
            "recipient": "KH-A",
            "change_range": None,
            "counts": {},
            "payload_version": CHANGES_VERSION,
            "ranges": {},
            "received": {},
        },
        encode_lines(iter([{"k": "h", "v": CHANGES_VERSION, "sender": "KH-B", "full": False}, {"k": "z", "n": 0}])),
        b_keys,
        str(a_row[0]),
    )
    refused(net, path, "not by headquarters", code="KH-A")


# -- the table itself --------------------------------------------------------------------------------


def test_every_synced_table_has_an_authority_rule(tmp_path: Path) -> None:
    """A table added later without a rule fails here, whether or not someone listed it as synced."""
    db = create_database(tmp_path / "any.sqlite", office_code="HQ", office_name="HQ", hq=True)
    shaped = {
        name
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if {"office", "version", "deleted", "updated_at"} <= set(db[name].columns_dict)
    }
    db.close()
    assert shaped - set(LOCAL_TABLES) == set(SYNCED_TABLES), "a table with the synced shape that is not synced"
    assert not set(LOCAL_TABLES) & set(SYNCED_TABLES)
    missing = [t for t in SYNCED_TABLES if t not in RULES]
    assert missing == [], f"synced tables without an authority rule: {missing}"
    assert set(RULES) <= set(SYNCED_TABLES)
    for table, rule in RULES.items():
        assert {rule.create, rule.change, rule.delete} <= {"hq", "owner", "scope"}, table
        assert rule.what, table


def test_the_rules_in_the_docs_match_the_code() -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "sync.md").read_text(encoding="utf-8")
    section = doc.split("## Authority", 1)[1].split("\n## ", 1)[0]
    for table, rule in RULES.items():
        line = next((ln for ln in section.splitlines() if ln.startswith(f"| `{table}` |")), None)
        assert line is not None, f"docs/sync.md does not list {table}"
        cells = [c.strip() for c in line.strip("|").split("|")]
        assert cells[1:4] == [rule.create, rule.change, rule.delete], table


def test_a_refused_bundle_changes_nothing_even_after_applying_earlier_changes(net: Network) -> None:
    """Good changes first, the offending one last: all of it is rolled back."""
    a = net.dbs["KH-A"]
    for _ in range(3):
        net.register("KH-A")
    with as_attacker(a):
        records.update(a, "projects", net.project["id"], {"title": "Late"}, net.author("KH-A"))
    before = dump_digest(net.dbs["HQ"])
    with pytest.raises(RefusedInput, match=rf"change {last_seq(a, 'KH-A')} of KH-A \(update of projects"):
        net.load("HQ", net.send("KH-A"))
    assert dump_digest(net.dbs["HQ"]) == before
