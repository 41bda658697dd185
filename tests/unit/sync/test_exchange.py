"""Two offices and headquarters exchanging real bundle files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from replicas import Network, content, dump_digest
from sqlite_utils import Database

from cl_desktop.errors import RefusedInput
from cl_desktop.services.children import Children
from cl_desktop.sync.conflicts import dismiss_duplicate, list_conflicts, list_duplicates, merge_children, resolve
from cl_desktop.sync.engine import import_bundle


def assert_converged(net: Network) -> None:
    for code in net.offices:
        assert content(net.dbs[code]) == content(net.dbs["HQ"], code), f"{code} differs from headquarters"


def test_offices_start_equal_to_headquarters_once_every_enrolment_went_around(net: Network) -> None:
    net.sync_all()
    assert_converged(net)


def test_children_registered_at_two_offices_reach_everyone(net: Network) -> None:
    a = net.register("KH-A", name="សុខ ស្រីមុំ")
    b = net.register("KH-B", name="ចាន់ ដារ៉ា", sex="M")
    net.sync_all()
    assert_converged(net)
    for db in net.dbs.values():
        ids = {r[0] for r in db.execute("SELECT id FROM children")}
        assert {a["id"], b["id"]} <= ids
        # derived columns are recomputed at each replica, not carried
        row = db.execute("SELECT work_status, age_at_intake FROM children WHERE id = ?", [a["id"]]).fetchone()
        assert row == ("child_labour", 12)


def test_edits_of_different_fields_merge(net: Network) -> None:
    child = net.register("KH-A")
    net.sync_all()
    net.edit("KH-A", "children", child["id"], notes="seen at the kiln")
    net.edit("HQ", "children", child["id"], guardian_name="សុខ ចាន់ថា")
    result = net.load("HQ", net.send("KH-A"))
    assert result.receipt.merged == 1 and result.receipt.conflicted == 0
    net.sync_all()
    assert_converged(net)
    row = net.dbs["KH-B"].execute("SELECT notes, guardian_name FROM children WHERE id = ?", [child["id"]]).fetchone()
    assert row == ("seen at the kiln", "សុខ ចាន់ថា")
    assert list_conflicts(net.dbs["HQ"]) == []


def test_same_field_edits_are_one_conflict_and_nothing_is_overwritten(net: Network) -> None:
    child = net.register("KH-A")
    net.sync_all()
    net.edit("KH-A", "children", child["id"], hours_per_week=20)
    net.edit("KH-B", "children", child["id"], hours_per_week=35)
    a = net.send("KH-A")
    b = net.send("KH-B")
    assert net.load("HQ", a).receipt.updated == 1
    assert net.load("HQ", b).receipt.conflicted == 1
    net.load("HQ", b)  # re-sent: no second conflict
    net.sync_all()
    conflicts = list_conflicts(net.dbs["HQ"])
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c["field"], c["local_value"], c["remote_value"]) == ("hours_per_week", 20, 35)
    assert (c["local_user"], c["local_office"], c["remote_user"], c["remote_office"]) == (
        "user-KH-A",
        "KH-A",
        "user-KH-B",
        "KH-B",
    )
    # the local value stays until someone decides, everywhere
    assert_converged(net)
    for db in net.dbs.values():
        assert db.execute("SELECT hours_per_week FROM children").fetchone()[0] == 20
    resolve(net.dbs["HQ"], c["id"], keep="remote", user="admin")
    net.sync_all()
    assert_converged(net)
    for db in net.dbs.values():
        assert db.execute("SELECT hours_per_week FROM children").fetchone()[0] == 35
    for db in net.dbs.values():
        assert db.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0] == (1 if db is net.dbs["HQ"] else 0)


def test_a_typed_value_settles_a_conflict_and_travels(net: Network) -> None:
    child = net.register("KH-A")
    net.sync_all()
    net.edit("KH-A", "children", child["id"], notes="a")
    net.edit("HQ", "children", child["id"], notes="hq")
    net.load("HQ", net.send("KH-A"))
    (c,) = list_conflicts(net.dbs["HQ"])
    resolve(net.dbs["HQ"], c["id"], value="both: a and hq", user="admin")
    net.sync_all()
    assert_converged(net)
    assert net.dbs["KH-A"].execute("SELECT notes FROM children").fetchone()[0] == "both: a and hq"
    with pytest.raises(RefusedInput, match="already resolved"):
        resolve(net.dbs["HQ"], c["id"], keep="local", user="admin")


def test_delete_travels_as_a_tombstone(net: Network) -> None:
    child = net.register("KH-A")
    net.sync_all()
    net.delete("KH-B", "children", child["id"])
    net.sync_all()
    assert_converged(net)
    for db in net.dbs.values():
        assert db.execute("SELECT deleted FROM children WHERE id = ?", [child["id"]]).fetchone()[0] == 1


def test_delete_against_edit_is_a_conflict(net: Network) -> None:
    child = net.register("KH-A")
    net.sync_all()
    net.edit("KH-A", "children", child["id"], notes="still here")
    net.delete("KH-B", "children", child["id"])
    net.load("HQ", net.send("KH-A"))
    assert net.load("HQ", net.send("KH-B")).receipt.conflicted == 1
    (c,) = list_conflicts(net.dbs["HQ"])
    assert c["kind"] == "delete_edited"
    assert net.dbs["HQ"].execute("SELECT deleted FROM children").fetchone()[0] == 0
    resolve(net.dbs["HQ"], c["id"], keep="local", user="admin")
    net.sync_all()
    assert_converged(net)
    for db in net.dbs.values():
        assert db.execute("SELECT deleted, notes FROM children").fetchone() == (0, "still here")


def test_edit_of_a_record_deleted_at_headquarters_is_a_conflict(net: Network) -> None:
    child = net.register("KH-A")
    net.sync_all()
    net.delete("HQ", "children", child["id"])
    net.edit("KH-A", "children", child["id"], notes="edited meanwhile")
    assert net.load("HQ", net.send("KH-A")).receipt.conflicted == 1
    (c,) = list_conflicts(net.dbs["HQ"])
    assert c["kind"] == "edit_deleted" and c["remote_value"] == {"notes": "edited meanwhile"}
    resolve(net.dbs["HQ"], c["id"], keep="remote", user="admin")
    net.sync_all()
    assert_converged(net)
    for db in net.dbs.values():
        assert db.execute("SELECT deleted, notes FROM children").fetchone() == (0, "edited meanwhile")


def test_resent_and_overlapping_bundles_change_nothing_the_second_time(net: Network) -> None:
    child = net.register("KH-A")
    first = net.send("KH-A")
    net.edit("KH-A", "children", child["id"], notes="second")
    overlapping = net.send("KH-A")  # not yet acknowledged: carries the first bundle's changes again
    assert net.load("HQ", first).receipt.added == 1
    before = content(net.dbs["HQ"])
    again = net.load("HQ", first)
    assert (again.receipt.added, again.receipt.updated, again.receipt.conflicted) == (0, 0, 0)
    assert "nothing new" in again.sentence()
    assert content(net.dbs["HQ"]) == before
    result = net.load("HQ", overlapping)
    assert result.receipt.updated == 1 and result.receipt.added == 0
    assert net.dbs["HQ"].execute("SELECT notes FROM children").fetchone()[0] == "second"


def test_a_gap_is_refused_until_the_missing_bundle_arrives(net: Network, tmp_path: Path) -> None:
    child = net.register("KH-A")
    net.load("HQ", net.send("KH-A"))
    net.load("KH-A", net.ret("KH-A"))
    # a copy of headquarters that will see the office's bundles out of order
    other_hq = Database(sqlite3.connect(tmp_path / "hq-copy.sqlite"))
    net.dbs["HQ"].conn.backup(other_hq.conn)
    net.edit("KH-A", "children", child["id"], notes="two")
    second = net.send("KH-A")
    net.load("HQ", second)
    net.load("KH-A", net.ret("KH-A"))  # acknowledges the second bundle
    net.edit("KH-A", "children", child["id"], notes="three")
    third = net.send("KH-A")  # starts after the second
    digest = dump_digest(other_hq)
    with pytest.raises(RefusedInput, match="import the bundle with changes"):
        import_bundle(other_hq, third, user="test")
    assert dump_digest(other_hq) == digest
    assert import_bundle(other_hq, second, user="test").receipt.updated == 1
    assert import_bundle(other_hq, third, user="test").receipt.updated == 1
    assert other_hq.execute("SELECT notes FROM children").fetchone()[0] == "three"
    other_hq.close()


def test_return_bundle_carries_the_acknowledgement_and_other_offices_changes(net: Network) -> None:
    net.register("KH-B", name="ចាន់ ដារ៉ា", sex="M")
    net.load("HQ", net.send("KH-B"))
    net.edit("HQ", "projects", net.project["id"], title="Renamed project")
    net.load("KH-A", net.ret("KH-A"))
    assert net.dbs["KH-A"].execute("SELECT title FROM projects").fetchone()[0] == "Renamed project"
    assert net.dbs["KH-A"].execute("SELECT count(*) FROM children").fetchone()[0] == 1
    net.load("KH-B", net.ret("KH-B"))
    second = net.send("KH-B")
    assert net.load("HQ", second).receipt.added == 0  # acknowledged changes are not sent again


def test_return_bundles_imported_out_of_order(net: Network) -> None:
    net.edit("HQ", "projects", net.project["id"], title="one")
    r1 = net.ret("KH-A")
    net.load("KH-A", r1)
    net.load("HQ", net.send("KH-A"))  # tells headquarters what the office holds
    net.edit("HQ", "projects", net.project["id"], title="two")
    r2 = net.ret("KH-A")
    net.load("HQ", net.send("KH-A"))
    net.edit("HQ", "projects", net.project["id"], title="three")
    r3 = net.ret("KH-A")  # overlaps r2
    assert net.load("KH-A", r3).receipt.updated == 2
    assert net.load("KH-A", r2).receipt.updated == 0
    assert net.dbs["KH-A"].execute("SELECT title FROM projects").fetchone()[0] == "three"


def test_duplicates_across_offices_are_listed_and_merged_keeping_everything(net: Network) -> None:
    a = net.register("KH-A")
    b = net.register("KH-B", case_number="KH-X-000001", location_id=a["location_id"])
    Children(net.ctx("KH-B")).record_follow_up(
        b["id"],
        {"visit_date": "2010-06-01", "working": False, "school_status": "attending_regularly", "visited_by": "Dara"},
    )
    net.sync_all()
    dupes = list_duplicates(net.dbs["HQ"])
    assert [(d["a_id"], d["b_id"]) for d in dupes] == [tuple(sorted((a["id"], b["id"])))]
    merge_children(net.dbs["HQ"], a["case_number"], b["case_number"], user="admin")
    net.sync_all()
    assert_converged(net)
    for db in net.dbs.values():
        assert db.execute("SELECT deleted FROM children WHERE id = ?", [b["id"]]).fetchone()[0] == 1
        assert db.execute("SELECT child_id FROM follow_ups").fetchone()[0] == a["id"]
        assert db.execute("SELECT kept_id FROM sync_merges WHERE merged_id = ?", [b["id"]]).fetchone()[0] == a["id"]
    assert list_duplicates(net.dbs["HQ"]) == []


def test_not_the_same_child_travels_to_every_office_and_is_never_asked_again(net: Network) -> None:
    from cl_desktop.sync.engine import scan_duplicates

    a = net.register("KH-A")
    b = net.register("KH-B", case_number="KH-X-000001", location_id=a["location_id"])
    net.sync_all()
    [pair] = list_duplicates(net.dbs["HQ"])
    dismiss_duplicate(net.dbs["HQ"], pair["id"], user="admin")
    net.sync_all()
    assert_converged(net)
    for db in net.dbs.values():
        assert db.execute("SELECT child_a, child_b, decision FROM duplicate_decisions").fetchall() == [
            (*sorted((a["id"], b["id"])), "distinct")
        ]
    net.edit("KH-B", "children", b["id"], notes="seen again")  # the child comes back in a later bundle
    net.sync_all()
    assert list_duplicates(net.dbs["HQ"]) == []
    assert scan_duplicates(net.dbs["HQ"]) == 0


def test_a_full_return_bundle_adds_what_is_missing_and_recomputes_derived_columns(net: Network) -> None:
    child = net.register("HQ", name="ចាន់ ដារ៉ា", sex="M")
    Children(net.ctx("HQ")).record_follow_up(
        child["id"],
        {
            "visit_date": "2010-06-01",
            "working": True,
            "hours_per_week": 50,
            "school_status": "dropped_out",
            "visited_by": "Dara",
        },
    )
    result = net.load("KH-A", net.ret("KH-A", full=True))
    assert result.full and result.receipt.added == 3  # the child, its visit, office KH-B
    query = "SELECT work_status, age_at_intake, outcome FROM children"
    assert net.dbs["KH-A"].execute(query).fetchall() == net.dbs["HQ"].execute(query).fetchall()
    assert net.dbs["KH-A"].execute("SELECT work_status FROM follow_ups").fetchone()[0] == "child_labour"
    again = net.load("KH-A", net.ret("KH-A", full=True))
    assert again.receipt.added == 0 and again.receipt.updated == 0
