"""Each office holds only its scope: the children of its provinces and programmes and what it created,
with their households, services and visits; records that leave the scope leave the office's file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from replicas import Network, content, dump_digest

from cl_desktop.errors import KnownError
from cl_desktop.figures import duplicates
from cl_desktop.services.children import Children
from cl_desktop.services.reference import location_id
from cl_desktop.services.sync import Sync
from cl_desktop.store import open_database, records
from cl_desktop.sync.setup_file import add_office, init_from_setup, set_scope

# Latin names no other data holds, so their bytes can be looked for in the raw file
NAMES = {"KH-12": "Zephyrine Quokkaby", "KH-3": "Maximilian Ostrowe", "KH-8": "Philippa Vantongeren"}


def child_in(net: Network, province: str, name: str, code: str = "HQ") -> dict[str, Any]:
    return net.register(code, name=name, name_latin=name, location_id=location_id(province))


def enrol_scoped(net: Network, code: str, provinces: list[str], programmes: list[str] | None = None) -> None:
    setup = net.folder / f"{code}.setup"
    add_office(
        net.dbs["HQ"],
        code=code,
        name=f"Office {code}",
        out=setup,
        user="admin",
        passphrase=f"pw-{code}",
        provinces=provinces,
        programmes=programmes,
    )
    net.dbs[code] = init_from_setup(net.folder / f"{code}.sqlite", setup, f"pw-{code}")


def names(net: Network, code: str) -> set[str]:
    return {r[0] for r in net.dbs[code].execute("SELECT name_latin FROM children")}


def exchange(net: Network, code: str) -> None:
    net.load("HQ", net.send(code))
    net.load(code, net.ret(code))


def raw_bytes(net: Network, code: str) -> bytes:
    path = net.folder / f"{code}.sqlite"
    data = path.read_bytes()
    for suffix in ("-wal", "-journal"):
        extra = Path(str(path) + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


@pytest.fixture
def scoped(net: Network) -> Network:
    """Headquarters with a child in each of three provinces and office KH-C scoped to KH-12."""
    for province, name in NAMES.items():
        child = child_in(net, province, name)
        Children(net.ctx("HQ")).record_follow_up(
            child["id"],
            {"visit_date": "2010-06-01", "working": False, "school_status": "attending_regularly", "visited_by": "V"},
        )
    enrol_scoped(net, "KH-C", ["KH-12"])
    return net


def test_a_setup_file_carries_only_the_offices_scope(scoped: Network) -> None:
    net = scoped
    assert names(net, "KH-C") == {NAMES["KH-12"]}
    c = net.dbs["KH-C"]
    assert c.execute("SELECT count(*) FROM follow_ups").fetchone()[0] == 1
    assert content(c) == content(net.dbs["HQ"], "KH-C")
    data = raw_bytes(net, "KH-C")
    assert NAMES["KH-3"].encode() not in data and NAMES["KH-8"].encode() not in data


def test_return_bundles_carry_the_scope_and_what_the_office_created(scoped: Network) -> None:
    net = scoped
    child_in(net, "KH-12", "Ingeborg Wittgenfeld")
    child_in(net, "KH-3", "Cornelius Abernathy")
    child_in(net, "KH-12", "Rosalind Featherstone", code="KH-A")  # another office registers in C's area
    mine = child_in(net, "KH-8", "Bartholomew Quince", code="KH-C")  # C registers a migrant elsewhere
    net.sync_all()
    exchange(net, "KH-C")
    assert names(net, "KH-C") == {NAMES["KH-12"], "Ingeborg Wittgenfeld", "Rosalind Featherstone", "Bartholomew Quince"}
    assert net.dbs["HQ"].execute("SELECT office FROM children WHERE id = ?", [mine["id"]]).fetchone()[0] == "KH-C"
    for code in ("KH-A", "KH-B", "KH-C"):
        assert content(net.dbs[code]) == content(net.dbs["HQ"], code), code
    assert b"Cornelius Abernathy" not in raw_bytes(net, "KH-C")


def test_a_child_in_two_scopes_reaches_both_and_their_edits_merge(scoped: Network) -> None:
    net = scoped
    enrol_scoped(net, "KH-D", ["KH-12", "KH-3"])
    child = next(net.dbs["HQ"].query("SELECT id FROM children WHERE name_latin = ?", [NAMES["KH-12"]]))
    net.edit("KH-C", "children", child["id"], notes="seen by C")
    net.edit("KH-D", "children", child["id"], hours_per_week=12)
    for _ in range(2):
        for code in ("KH-C", "KH-D"):
            exchange(net, code)
    for code in ("KH-C", "KH-D"):
        row = net.dbs[code].execute("SELECT notes, hours_per_week FROM children WHERE id = ?", [child["id"]]).fetchone()
        assert tuple(row) == ("seen by C", 12)
        assert content(net.dbs[code]) == content(net.dbs["HQ"], code)
    assert names(net, "KH-D") == {NAMES["KH-12"], NAMES["KH-3"]}


def test_a_shrunk_scope_removes_the_records_that_left_it_from_the_office_file(scoped: Network) -> None:
    net = scoped
    exchange(net, "KH-C")
    child = next(net.dbs["HQ"].query("SELECT id FROM children WHERE name_latin = ?", [NAMES["KH-12"]]))
    net.edit("HQ", "children", child["id"], notes="edited at headquarters before the move")
    exchange(net, "KH-C")
    set_scope(net.dbs["HQ"], "KH-C", provinces=["KH-3"], programmes=None, user="admin")
    result = net.load("KH-C", net.ret("KH-C"))
    assert "left this office's scope" in " ".join(result.receipt.notes)
    c = net.dbs["KH-C"]
    assert names(net, "KH-C") == {NAMES["KH-3"]}
    # not a deletion: nothing at the office or at headquarters calls it one
    assert c.execute("SELECT count(*) FROM audit_log WHERE action = 'delete'").fetchone()[0] == 0
    hq_row = net.dbs["HQ"].execute("SELECT deleted FROM children WHERE id = ?", [child["id"]]).fetchone()
    assert hq_row[0] == 0
    assert c.execute("SELECT count(*) FROM follow_ups WHERE child_id = ?", [child["id"]]).fetchone()[0] == 0
    # the name is gone from the raw bytes of the file (pages overwritten, write-ahead log emptied)
    net.reopen("KH-C")
    data = raw_bytes(net, "KH-C")
    assert NAMES["KH-12"].encode() not in data
    assert NAMES["KH-3"].encode() in data  # the child still in scope is there: the check can fail
    # the audit trail stays a verifiable chain
    from cl_desktop.store.records import verify_audit_chain

    assert verify_audit_chain(net.dbs["KH-C"]) == []
    exchange(net, "KH-C")
    assert content(net.dbs["KH-C"]) == content(net.dbs["HQ"], "KH-C")


def test_a_scope_shrink_waits_for_the_offices_unsent_changes(scoped: Network) -> None:
    net = scoped
    exchange(net, "KH-C")
    child = next(net.dbs["HQ"].query("SELECT id FROM children WHERE name_latin = ?", [NAMES["KH-12"]]))
    net.edit("KH-C", "children", child["id"], notes="not sent yet")
    set_scope(net.dbs["HQ"], "KH-C", provinces=["KH-3"], programmes=None, user="admin")
    path = net.ret("KH-C")
    before = dump_digest(net.dbs["KH-C"])
    with pytest.raises(KnownError, match="send a bundle to headquarters first") as info:
        net.load("KH-C", path)
    assert str(info.value).count(". ") == 0
    assert dump_digest(net.dbs["KH-C"]) == before
    exchange(net, "KH-C")
    hq = net.dbs["HQ"]
    assert hq.execute("SELECT notes FROM children WHERE id = ?", [child["id"]]).fetchone()[0] == "not sent yet"
    assert names(net, "KH-C") == {NAMES["KH-3"]}


def test_records_entering_a_scope_travel_whole_and_a_lost_return_bundle_is_made_good(scoped: Network) -> None:
    net = scoped
    hq = net.dbs["HQ"]
    other = next(hq.query("SELECT id FROM children WHERE name_latin = ?", [NAMES["KH-8"]]))
    net.edit("HQ", "children", other["id"], notes="history before it entered")
    set_scope(hq, "KH-C", provinces=["KH-12", "KH-8"], programmes=None, user="admin")
    net.ret("KH-C")  # lost on the way
    net.load("KH-C", net.ret("KH-C"))
    assert names(net, "KH-C") == {NAMES["KH-12"], NAMES["KH-8"]}
    row = net.dbs["KH-C"].execute("SELECT notes FROM children WHERE id = ?", [other["id"]]).fetchone()
    assert row[0] == "history before it entered"
    # a child moved into the scope by an edit at headquarters
    moved = next(hq.query("SELECT id FROM children WHERE name_latin = ?", [NAMES["KH-3"]]))
    Children(net.ctx("HQ")).update(moved["id"], {"location_id": location_id("KH-12")})
    exchange(net, "KH-C")
    assert NAMES["KH-3"] in names(net, "KH-C")
    exchange(net, "KH-C")
    assert content(net.dbs["KH-C"]) == content(hq, "KH-C")


def test_a_scope_by_programme(net: Network) -> None:
    child_in(net, "KH-3", NAMES["KH-3"])
    enrol_scoped(net, "KH-E", [], [str(net.programme["code"])])
    assert names(net, "KH-E") == {NAMES["KH-3"]}


@pytest.mark.parametrize(
    ("provinces", "programmes", "message"),
    [
        (["KH-99"], None, "no province with the code KH-99"),
        (["KH-12-01"], None, "no province with the code KH-12-01"),
        (["KH-12"], ["AP404"], "no action programme with the code AP404"),
        ([], [], "Give the office's provinces or action programmes"),
    ],
)
def test_bad_scopes_are_refused_and_change_nothing(
    scoped: Network, provinces: list[str], programmes: list[str] | None, message: str
) -> None:
    hq = scoped.dbs["HQ"]
    before = dump_digest(hq)
    with pytest.raises(KnownError, match=message):
        set_scope(hq, "KH-C", provinces=provinces, programmes=programmes, user="admin")
    if provinces or programmes:  # with neither, an office holds the whole country
        with pytest.raises(KnownError, match=message):
            add_office(
                hq,
                code="KH-F",
                name="F",
                out=scoped.folder / "f.setup",
                user="admin",
                passphrase="p",
                provinces=provinces,
                programmes=programmes,
            )
    assert dump_digest(hq) == before
    assert not (scoped.folder / "f.setup").exists()


def test_an_unscoped_office_given_a_scope_loses_the_rest(net: Network) -> None:
    for province, name in NAMES.items():
        child_in(net, province, name)
    net.sync_all()
    assert names(net, "KH-A") == set(NAMES.values())
    set_scope(net.dbs["HQ"], "KH-A", provinces=["KH-8"], programmes=None, user="admin")
    exchange(net, "KH-A")
    assert names(net, "KH-A") == {NAMES["KH-8"]}
    net.reopen("KH-A")
    assert NAMES["KH-3"].encode() not in raw_bytes(net, "KH-A")
    assert content(net.dbs["KH-A"]) == content(net.dbs["HQ"], "KH-A")
    db = open_database(net.folder / "KH-A.sqlite")
    assert records.verify_audit_chain(db) == []
    db.close()


def test_an_office_is_offered_duplicates_only_among_the_children_it_holds(scoped: Network) -> None:
    """Duplicate review across offices stays at headquarters: at an office, the look-up while typing and
    the scan find only children in its scope, and none of those that left it."""
    net = scoped
    hq, c = net.dbs["HQ"], net.dbs["KH-C"]
    mine = next(hq.query("SELECT * FROM children WHERE name_latin = ?", [NAMES["KH-12"]]))
    away = child_in(net, "KH-3", NAMES["KH-12"])  # the same child registered again in another office's area
    near = child_in(net, "KH-12", NAMES["KH-12"])  # and again in the office's own area
    exchange(net, "KH-C")

    def typed(db: Any) -> set[str]:
        found = duplicates.candidates(
            db, name=mine["name"], name_latin=mine["name_latin"], sex=mine["sex"], birth_date=mine["birth_date"],
            limit=None,
        )  # fmt: skip
        return {x.child_id for x in found}

    def listed(db: Any, code: str) -> set[frozenset[str]]:
        sync = Sync(net.ctx(code))
        sync.scan_duplicates()
        return {frozenset((d["a_id"], d["b_id"])) for d in sync.duplicates()}

    everyone = {mine["id"], away["id"], near["id"]}
    assert typed(hq) == everyone  # headquarters sees all three: the check can fail
    assert frozenset((mine["id"], away["id"])) in listed(hq, "HQ")
    assert typed(c) == {mine["id"], near["id"]}
    assert listed(c, "KH-C") == {frozenset((mine["id"], near["id"]))}
    # the scope moves to KH-3: the children of KH-12 leave the office, with their keys and listed pairs
    set_scope(hq, "KH-C", provinces=["KH-3"], programmes=None, user="admin")
    net.load("KH-C", net.ret("KH-C"))
    assert typed(c) == {away["id"]}
    gone = [mine["id"], near["id"]]
    kept = (("child_match_keys", "child_id"), ("sync_duplicates", "child_a"), ("sync_duplicates", "child_b"))
    for table, column in kept:
        assert c.execute(f"SELECT count(*) FROM {table} WHERE {column} IN (?, ?)", gone).fetchone()[0] == 0, table
    assert listed(c, "KH-C") == set()
