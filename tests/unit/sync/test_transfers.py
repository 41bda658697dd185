"""A child handed from one office to another: the receiving office gets it whole, the sending office keeps
only the transfer stub once headquarters confirms, and nothing else about the child changes."""

from __future__ import annotations

import pytest
from replicas import Network, content, dump_digest
from test_scope import enrol_scoped, exchange, raw_bytes

from cl_desktop.errors import KnownError
from cl_desktop.services.children import Children
from cl_desktop.services.reference import location_id
from cl_desktop.services.sync import Sync
from cl_desktop.sync.setup_file import revoke_office

NAME = "Theodora Wanderwell"


@pytest.fixture
def moving(net: Network) -> tuple[Network, dict]:
    enrol_scoped(net, "KH-S", ["KH-8"])  # the kilns where the family worked
    enrol_scoped(net, "KH-T", ["KH-12"])  # Phnom Penh, where they went
    child = net.register("KH-S", name=NAME, name_latin=NAME, location_id=location_id("KH-8"))
    Children(net.ctx("KH-S")).record_follow_up(
        child["id"],
        {"visit_date": "2010-06-01", "working": True, "hours_per_week": 30, "school_status": "dropped_out",
         "visited_by": "Dara"},
    )  # fmt: skip
    for code in ("KH-S", "KH-T"):
        exchange(net, code)
    return net, child


def test_a_transfer_hands_the_child_and_its_history_to_the_receiving_office(moving: tuple[Network, dict]) -> None:
    net, child = moving
    assert net.dbs["KH-T"].execute("SELECT count(*) FROM children").fetchone()[0] == 0
    t = Sync(net.ctx("KH-S")).transfer(child["case_number"], "kh-t", "family moved to Phnom Penh")
    assert t["to_office"] == "KH-T" and t["confirmed_at"] is None
    # read-only at the sending office from now on
    with pytest.raises(KnownError, match="transferred to KH-T"):
        Children(net.ctx("KH-S")).update(child["id"], {"notes": "late edit"})
    net.load("HQ", net.send("KH-S"))
    hq = net.dbs["HQ"]
    assert hq.execute("SELECT confirmed_at FROM transfers WHERE id = ?", [t["id"]]).fetchone()[0] is not None
    net.load("KH-T", net.ret("KH-T"))
    t_db = net.dbs["KH-T"]
    row = t_db.execute("SELECT case_number, name FROM children WHERE id = ?", [child["id"]]).fetchone()
    assert tuple(row) == (child["case_number"], NAME)  # the case number is unchanged
    assert t_db.execute("SELECT count(*) FROM follow_ups WHERE child_id = ?", [child["id"]]).fetchone()[0] == 1
    # the receiving office now edits the child, and headquarters accepts it
    net.edit("KH-T", "children", child["id"], notes="enrolled in school in Phnom Penh")
    net.load("HQ", net.send("KH-T"))
    assert hq.execute("SELECT notes FROM children WHERE id = ?", [child["id"]]).fetchone()[0].startswith("enrolled")
    # the sending office keeps the stub only, and the name leaves its file
    net.load("KH-S", net.ret("KH-S"))
    s_db = net.dbs["KH-S"]
    assert s_db.execute("SELECT count(*) FROM children WHERE id = ?", [child["id"]]).fetchone()[0] == 0
    assert s_db.execute("SELECT count(*) FROM follow_ups WHERE child_id = ?", [child["id"]]).fetchone()[0] == 0
    stub = s_db.execute("SELECT case_number, to_office, transferred_on FROM transfers").fetchone()
    assert stub[0] == child["case_number"] and stub[1] == "KH-T" and stub[2]
    net.reopen("KH-S")
    assert NAME.encode() not in raw_bytes(net, "KH-S")
    # headquarters still counts the child once, with its outcome history, as before
    assert hq.execute("SELECT count(*) FROM children WHERE id = ? AND deleted = 0", [child["id"]]).fetchone()[0] == 1
    for code in ("KH-S", "KH-T"):
        exchange(net, code)
        assert content(net.dbs[code]) == content(hq, code)


def test_a_transfer_to_an_unknown_or_revoked_office_is_refused(moving: tuple[Network, dict]) -> None:
    net, child = moving
    revoke_office(net.dbs["HQ"], "KH-T", "laptop stolen", "admin")
    exchange(net, "KH-S")  # the revocation reaches the office
    s_db = net.dbs["KH-S"]
    before = dump_digest(s_db)
    with pytest.raises(KnownError, match="KH-T has been revoked"):
        Sync(net.ctx("KH-S")).transfer(child["case_number"], "KH-T")
    with pytest.raises(KnownError, match="no office KH-NOWHERE"):
        Sync(net.ctx("KH-S")).transfer(child["case_number"], "KH-NOWHERE")
    with pytest.raises(KnownError, match="already held by KH-S"):
        Sync(net.ctx("KH-S")).transfer(child["case_number"], "KH-S")
    assert dump_digest(s_db) == before


def test_only_the_office_holding_the_child_transfers_it(moving: tuple[Network, dict]) -> None:
    net, child = moving
    exchange(net, "KH-A")  # an office without a scope holds every child
    with pytest.raises(KnownError, match="Only the office that holds the child"):
        Sync(net.ctx("KH-A")).transfer(child["case_number"], "KH-T")
    # headquarters may transfer any child, and confirms at once
    t = Sync(net.ctx("HQ")).transfer(child["case_number"], "KH-T")
    assert t["confirmed_at"] is not None
