"""Case numbers never clash: each office numbers in its own series, and an old clash (two offices
that handed out one number before the series carried the office code) is renumbered at import."""

from __future__ import annotations

from replicas import Network

from cl_desktop.services.children import Children
from cl_desktop.services.lists import ListQuery, page
from cl_desktop.store.records import verify_audit_chain

OLD = "KH-KDL-000001"


def test_each_office_numbers_in_its_own_series(net: Network) -> None:
    a = net.register("KH-A")
    b = net.register("KH-B")
    assert a["case_number"].startswith("KH-A-") and b["case_number"].startswith("KH-B-")
    net.sync_all()
    assert net.dbs["HQ"].execute("SELECT count(*) FROM children").fetchone()[0] == 2


def test_an_old_clash_is_renumbered_at_import_and_the_old_number_still_finds_the_child(net: Network) -> None:
    first = net.register("KH-A", name="Anna Clash", case_number=OLD)
    second = net.register("KH-B", name="Boris Clash", case_number=OLD)
    net.load("HQ", net.send("KH-A"))
    result = net.load("HQ", net.send("KH-B"))  # not refused
    assert result.receipt.added == 1
    assert f"Case number {OLD} was already another child's" in " ".join(result.receipt.notes)
    hq = net.dbs["HQ"]
    renumbered = hq.execute("SELECT case_number FROM children WHERE id = ?", [second["id"]]).fetchone()[0]
    assert renumbered == f"{OLD}-KH-B"
    assert hq.execute("SELECT case_number FROM children WHERE id = ?", [first["id"]]).fetchone()[0] == OLD
    # the renumbering is headquarters' audited change, with the reason, and the chain holds
    entry = hq.execute(
        "SELECT office, reason FROM audit_log WHERE table_name = 'children' AND row_id = ? AND action = 'update'",
        [second["id"]],
    ).fetchone()
    assert entry[0] == "HQ" and OLD in entry[1]
    assert verify_audit_chain(hq) == []
    net.sync_all()
    for code in ("HQ", "KH-A", "KH-B"):
        db = net.dbs[code]
        assert db.execute("SELECT case_number FROM children WHERE id = ?", [second["id"]]).fetchone()[0] == renumbered
        # search by the old number finds both children: the one numbered so, and the one renumbered
        found = {r["id"] for r in Children(net.ctx(code)).search(OLD)}
        assert found == {first["id"], second["id"]}, code
        listed = {r[0] for r in page(db, "children", ListQuery(search=OLD.lower()), 0, 50)}
        assert listed == {first["id"], second["id"]}, code
    assert Children(net.ctx("KH-B")).by_case(renumbered)["id"] == second["id"]


def test_a_former_number_alone_finds_its_child(net: Network) -> None:
    child = net.register("KH-B", case_number=OLD)
    other = net.register("KH-A", case_number=OLD)
    net.load("HQ", net.send("KH-A"))
    net.load("HQ", net.send("KH-B"))
    hq = net.dbs["HQ"]
    # the child that kept the number is renumbered by hand later: the old number now belongs to no one
    net.edit("HQ", "children", other["id"], case_number="KH-A-000777")
    assert Children(net.ctx("HQ")).by_case(OLD)["id"] == child["id"]
    assert {r[0] for r in page(hq, "children", ListQuery(search=OLD), 0, 50)} == {child["id"]}
