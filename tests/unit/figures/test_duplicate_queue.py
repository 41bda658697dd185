"""The pairs awaiting review are read from the review queue, never recomputed: the queue equals the full
scan's pairs after the demo, an intake, an edit and a decision, and a count that may be incomplete says so."""

from __future__ import annotations

from typing import Any

from factories import ctx_for, intake
from test_duplicates import _adder, villages

from cl_desktop.figures import duplicate_queue, duplicates, quality
from cl_desktop.services.children import Children
from cl_desktop.services.dashboard import Dashboard
from cl_desktop.sync import conflicts
from cl_desktop.sync.engine import find_duplicates, scan_duplicates

CHILD_COLUMNS = (
    "project_id, programme_id, household_id, name, name_latin, sex, birth_date, birth_date_estimated, location_id, "
    "province_id, intake_date, consent, consent_date, working, hours_per_week, school_status, work_status, "
    "age_at_intake, office, created_at, created_by, updated_at, updated_by"
)


def scanned(db: Any, project_id: str | None = None) -> set[frozenset[str]]:
    return {frozenset((a.child_id, b.child_id)) for a, b in duplicates.unreviewed(db, project_id=project_id)}


def queued(db: Any, project_id: str | None = None) -> set[frozenset[str]]:
    ids = duplicate_queue.children_in_pairs(db, project_id=project_id)
    return {
        frozenset((r[0], r[1]))
        for r in db.execute(
            "SELECT child_a, child_b FROM sync_duplicates WHERE status = 'open' AND NOT EXISTS (SELECT 1 FROM "
            "duplicate_decisions x WHERE x.child_a = sync_duplicates.child_a AND x.child_b = sync_duplicates.child_b "
            "AND x.deleted = 0)"
        )
        if r[0] in ids
        and r[1] in ids
        and db.execute("SELECT count(*) FROM children WHERE id IN (?, ?) AND deleted = 0", [r[0], r[1]]).fetchone()[0]
        == 2
    }


def projects(db: Any) -> list[str]:
    return [r[0] for r in db.execute("SELECT id FROM projects WHERE deleted = 0 ORDER BY code")]


def assert_equals_the_scan(db: Any) -> int:
    """The count read for the whole database and for every project is the scan's, and current."""
    status = duplicate_queue.status(db)
    assert status.pairs == len(scanned(db)) and queued(db) == scanned(db)
    for pid in projects(db):
        assert duplicate_queue.status(db, project_id=pid).pairs == len(scanned(db, pid)), pid
    assert status.unchecked == 0 and not status.stale
    return status.pairs


def twice_registered(db: Any) -> dict[str, Any]:
    """A demo child with a name in Khmer and a birth date, as a clerk would type it again."""
    row = db.execute(
        "SELECT * FROM children WHERE deleted = 0 AND name GLOB '*[ក-៹]*' AND birth_date IS NOT NULL "
        "AND birth_date_estimated = 0 ORDER BY case_number LIMIT 1"
    ).fetchone()
    columns = [d[0] for d in db.execute("SELECT * FROM children LIMIT 0").description]
    return dict(zip(columns, row, strict=True))


def test_the_count_read_equals_the_scans_on_the_demo(demo_db: Any) -> None:
    pairs = assert_equals_the_scan(demo_db)
    assert pairs > 0  # the demo registers some children twice on purpose
    assert duplicate_queue.status(demo_db).full_at  # the demo ran the full check when it was made


def test_an_intake_of_a_duplicate_is_counted_at_once_as_the_scan_counts_it(demo_db: Any) -> None:
    before = assert_equals_the_scan(demo_db)
    first = twice_registered(demo_db)
    ctx = ctx_for(demo_db)
    project = {"id": first["project_id"]}
    programme = {"id": first["programme_id"]}
    values = intake(
        project,
        programme,
        first["location_id"],
        name=first["name"],
        name_latin=first["name_latin"],
        sex=first["sex"],
        birth_date=first["birth_date"],
        intake_date=first["intake_date"],
        consent_date=first["intake_date"],
    )
    again = Children(ctx).register(values)
    after = assert_equals_the_scan(demo_db)
    assert after > before
    assert frozenset((first["id"], again["id"])) in queued(demo_db)
    # the dashboard lists both children of the pair
    assert {first["id"], again["id"]} <= set(Dashboard(ctx).duplicate_children(first["project_id"]))


def test_not_the_same_child_leaves_the_count_as_it_leaves_the_scan(demo_db: Any) -> None:
    before = assert_equals_the_scan(demo_db)
    [pair] = conflicts.duplicates_page(demo_db, limit=1)
    conflicts.dismiss_duplicate(demo_db, pair["id"], user="admin")
    assert assert_equals_the_scan(demo_db) == before - 1
    [pair] = conflicts.duplicates_page(demo_db, limit=1)
    conflicts.confirm_duplicate(demo_db, pair["a_case"], pair["b_case"], user="admin")  # the same child
    assert assert_equals_the_scan(demo_db) <= before - 2


def test_the_quality_findings_and_the_dashboard_read_the_queue(demo_db: Any) -> None:
    pid = projects(demo_db)[0]
    found = [f for f in quality.findings(demo_db, project_id=pid) if f.key == "duplicates"]
    waiting = len(scanned(demo_db, pid))
    assert [(f.count, f.unchecked, bool(f.checked_at)) for f in found] == ([(waiting, 0, True)] if waiting else [])


# -- on a new office database -----------------------------------------------------------------------------
def test_a_corrected_name_drops_its_pair_and_a_new_name_makes_one(office_db: Any) -> None:
    children = Children(ctx_for(office_db))
    add = _adder(office_db, children, villages(office_db))
    first, second = add("Sok Dara"), add("Sok Dara", place="C1")
    assert queued(office_db) == {frozenset((first, second))} == scanned(office_db)
    children.update(second, {"name": "Chan Sophea"}, base_version=children.get(second)["version"])
    assert queued(office_db) == set() == scanned(office_db)
    children.update(second, {"name": "Sok Dara"}, base_version=children.get(second)["version"])
    assert queued(office_db) == {frozenset((first, second))} == scanned(office_db)
    status = duplicate_queue.status(office_db)
    # every child of a new database was compared when saved: current without a full check yet
    assert (status.pairs, status.full_at, status.unchecked) == (1, "", 0)


def test_children_loaded_in_bulk_make_the_count_stale_until_the_full_check(office_db: Any) -> None:
    add = _adder(office_db, Children(ctx_for(office_db)), villages(office_db))
    first = add("Sok Dara")
    # a bulk load writes the rows directly: no look-up was made for them
    office_db.execute(
        f"INSERT INTO children (id, case_number, {CHILD_COLUMNS}) SELECT id || '-b', case_number || '-B', "
        f"{CHILD_COLUMNS} FROM children WHERE id = ?",
        [first],
    )
    status = duplicate_queue.status(office_db)
    assert (status.pairs, status.unchecked, status.stale) == (0, 1, True)
    assert len(scanned(office_db)) == 1  # the scan sees what the count does not yet
    [finding] = [f for f in quality.findings(office_db) if f.key == "duplicates"]
    assert (finding.count, finding.unchecked) == (0, 1)  # a stale zero is shown, labelled
    assert scan_duplicates(office_db) == 1
    assert assert_equals_the_scan(office_db) == 1
    assert duplicate_queue.status(office_db).full_at


def test_a_change_made_outside_the_forms_waits_to_be_compared(office_db: Any) -> None:
    children = Children(ctx_for(office_db))
    add = _adder(office_db, children, villages(office_db))
    first, second = add("Sok Dara"), add("Chan Sophea", place="C1")
    office_db.execute("UPDATE children SET name = 'Sok Dara', name_latin = '' WHERE id = ?", [second])
    assert duplicate_queue.status(office_db).unchecked == 1 and queued(office_db) == set()
    add("Keo Bopha", place="B1")  # a clerk's save compares its own child only: it stays quick
    assert duplicate_queue.status(office_db).unchecked == 1
    find_duplicates(office_db, [], "bundle")  # the next import compares the children waiting
    assert queued(office_db) == {frozenset((first, second))} == scanned(office_db)
    assert duplicate_queue.status(office_db).unchecked == 0
    # a deleted child takes part in no pair and waits for nothing
    office_db.execute("UPDATE children SET deleted = 1 WHERE id = ?", [second])
    assert duplicate_queue.status(office_db).pairs == 0 == len(scanned(office_db))


def test_new_matching_rules_leave_every_child_uncompared_until_the_full_check(office_db: Any) -> None:
    add = _adder(office_db, Children(ctx_for(office_db)), villages(office_db))
    add("Sok Dara"), add("Sok Dara", place="C1"), add("Keo Bopha")
    scan_duplicates(office_db)
    office_db.execute("UPDATE duplicate_check SET rules = 'older rules'")  # as after an upgrade
    status = duplicate_queue.status(office_db)
    assert (status.pairs, status.unchecked) == (1, 3) and status.full_at
    scan_duplicates(office_db)
    assert duplicate_queue.status(office_db).unchecked == 0


def test_a_reused_rowid_is_never_taken_for_compared(office_db: Any) -> None:
    add = _adder(office_db, Children(ctx_for(office_db)), villages(office_db))
    add("Sok Dara")
    last = add("Chan Sophea")
    office_db.execute("DELETE FROM children WHERE id = ?", [last])  # a scope shrink removes rows
    office_db.execute(
        f"INSERT INTO children (id, case_number, {CHILD_COLUMNS}) SELECT 'x-new', 'KH-X-1', {CHILD_COLUMNS} "
        "FROM children LIMIT 1"
    )
    assert duplicate_queue.status(office_db).unchecked == 1


def test_the_pairs_state_follows_any_writer_of_children_and_decisions(demo_db: Any) -> None:
    """The count reads state kept on each pair by triggers: whoever writes (a bundle, a crafted file), it
    stays what joining the children and the decisions gives."""

    def both_ways() -> list[int]:
        read = [duplicate_queue.status(demo_db, project_id=p).pairs for p in [None, *projects(demo_db)]]
        joined = [duplicate_queue._unmigrated(demo_db, p, None).pairs for p in [None, *projects(demo_db)]]
        assert read == joined
        # the Sync page's review list counts by the same kept state, and lists exactly as many pairs
        listed = len(conflicts.duplicates_page(demo_db, limit=1_000_000))
        assert conflicts.open_duplicates_count(demo_db) == read[0] == listed
        assert conflicts.open_duplicates_count(demo_db, cap=2) == min(read[0], 3)
        return read

    before = both_ways()
    pairs = conflicts.duplicates_page(demo_db, limit=4)
    a, b = sorted((pairs[0]["a_id"], pairs[0]["b_id"]))
    demo_db.execute(  # a decision arriving from another replica, written as the sync engine writes rows
        "INSERT INTO duplicate_decisions (id, child_a, child_b, decision, office, created_at, created_by, "
        "updated_at, updated_by) VALUES ('d1', ?, ?, 'distinct', 'KH-A', '', '', '', '')",
        [a, b],
    )
    assert both_ways()[0] == before[0] - 1
    demo_db.execute("UPDATE duplicate_decisions SET deleted = 1 WHERE id = 'd1'")  # withdrawn again
    assert both_ways() == before
    demo_db.execute("UPDATE children SET deleted = 1 WHERE id = ?", [pairs[1]["a_id"]])
    demo_db.execute("UPDATE children SET project_id = ? WHERE id = ?", [projects(demo_db)[0], pairs[2]["b_id"]])
    demo_db.execute("PRAGMA foreign_keys = OFF")  # a scope shrink removes the child with its records
    demo_db.execute("DELETE FROM children WHERE id = ?", [pairs[3]["b_id"]])
    demo_db.execute("PRAGMA foreign_keys = ON")
    both_ways()
    demo_db.execute("UPDATE children SET deleted = 0 WHERE id = ?", [pairs[1]["a_id"]])
    both_ways()
