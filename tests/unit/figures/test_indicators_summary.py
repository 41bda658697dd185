"""The precomputed indicator summary gives exactly the figures of the direct queries.

Compared on a generated demo database (with the national scale-up project) for every
indicator, project, reporting period and dimension, after the demo's bulk load, after
edits through the services, after rows written behind the services' back, and after the
sync engine's recomputation.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for, intake

from cl_desktop.exchange import values
from cl_desktop.figures import indicators, outcomes
from cl_desktop.figures.derived import recompute_derived
from cl_desktop.figures.outcomes import rebuild_summary, refresh_outcomes
from cl_desktop.reports import data
from cl_desktop.reports.referrals import tpr_figures as tpr_referrals
from cl_desktop.services.children import Children
from cl_desktop.services.dashboard import Dashboard
from cl_desktop.services.lists import ListQuery
from cl_desktop.services.projects import Projects
from cl_desktop.services.referrals import Referrals
from cl_desktop.services.stats import database_stats
from cl_desktop.services.sync import Sync
from cl_desktop.store import open_database
from cl_desktop.tabular.exporter import export_list
from cl_desktop.tabular.importer import import_file
from cl_desktop.tabular.readers import open_table
from cl_desktop.tabular.writers import write_table

DIMS = ("total", "age_group", "sector", "province", "programme")


def figures(db: Any, direct: bool, every: bool) -> dict[tuple[Any, ...], Any]:
    """Every figure the summary can answer, keyed by what was asked (``every`` project and period,
    else the national project's last three periods)."""
    out: dict[tuple[Any, ...], Any] = {}
    if direct:
        db.execute("UPDATE indicator_state SET rebuild = 1")
    out[("stats",)] = database_stats(db)
    if direct:
        db.execute("UPDATE indicator_state SET rebuild = 0")
    where = "" if every else " AND code = 'KH-NAT-SCALE'"
    projects = list(db.query(f"SELECT * FROM projects WHERE deleted = 0{where} ORDER BY code"))
    for project in projects:
        pid = project["id"]
        periods = list(
            db.query("SELECT * FROM reporting_periods WHERE project_id = ? AND deleted = 0 ORDER BY start_date", [pid])
        )
        periods = periods if every else periods[-3:]
        spans: list[tuple[str | None, str | None]] = [(None, None), (None, "2008-01-01"), (None, "2099-12-31")]
        spans += [(p["start_date"], p["end_date"]) for p in periods] + [(None, p["end_date"]) for p in periods]
        programmes = [r[0] for r in db.execute("SELECT id FROM action_programmes WHERE project_id = ? LIMIT 3", [pid])]
        threshold = int(project["attendance_threshold"] or 75)
        for since, until in spans:
            for outcome in ("withdrawn", "prevented"):
                for by in DIMS:
                    out[(pid, outcome, by, since, until)] = indicators.outcome_counts(
                        db, pid, outcome, since=since, until=until, by=by, direct=direct
                    )
                for programme_id in programmes:
                    out[(pid, outcome, programme_id, since, until)] = indicators.outcome_counts(
                        db, pid, outcome, since=since, until=until, programme_id=programme_id, direct=direct
                    )
            if direct:  # the report queries have no switch: the summary is set aside meanwhile
                db.execute("UPDATE indicator_state SET rebuild = 1")
            out[(pid, "services", since, until)] = data.services_by_type(db, pid, since=since, until=until)
            out[(pid, "visits", since, until)] = data.follow_up_count(db, pid, since=since, until=until)
            out[(pid, "registered", until)] = data.registered_by(db, pid, "'total'", until=until)
            if direct:
                db.execute("UPDATE indicator_state SET rebuild = 0")
            if since is not None:  # a reporting period: its E1, L1 and registrations by work status
                out[(pid, "e1", since, until)] = indicators.e1_counts(db, pid, since=since, until=until, direct=direct)
                out[(pid, "l1", since, until)] = indicators.l1_count(db, pid, since=since, until=until, direct=direct)
                out[(pid, "intake", since, until)] = values.registered(db, pid, since, until, direct=direct)
            if since is None:
                out[(pid, "e1", until)] = indicators.e1_counts(db, pid, until=until, direct=direct)
                out[(pid, "l1", until)] = indicators.l1_count(db, pid, until=until, direct=direct)
                if until:
                    out[(pid, "status", until)] = indicators.participant_status(
                        db, pid, until, threshold, direct=direct
                    )
                    # the TPR's breakdowns: E1 by status and type, L1 by type, POC/POH at intake
                    out[(pid, "e1 split", until)] = indicators.e1_split(db, pid, until, direct=direct)
                    out[(pid, "l1 split", until)] = indicators.l1_split(db, pid, until, direct=direct)
                    out[(pid, "at intake", until)] = indicators.intake_status(db, pid, until, direct=direct)
                    out[(pid, "referrals", until)] = tpr_referrals(db, pid, until, direct=direct)
        if direct:
            db.execute("UPDATE indicator_state SET rebuild = 1")
        ends = [p["end_date"] for p in periods]
        out[(pid, "status on", *ends)] = indicators.participant_status_on(db, pid, ends, threshold)
        if direct:
            db.execute("UPDATE indicator_state SET rebuild = 0")
    return out


def assert_same(db: Any, current: bool = True, every: bool = False) -> None:
    assert indicators.summary_current(db) is current
    fast, direct = figures(db, False, every), figures(db, True, every)
    assert fast.keys() == direct.keys()
    differ = [k for k in fast if fast[k] != direct[k]]
    assert not differ, [(k, fast[k], direct[k]) for k in differ[:5]]
    # and the comparison is not empty: the national project has withdrawn children and statuses
    withdrawn = [v for k, v in direct.items() if k[1:] == ("withdrawn", "total", None, None)]
    assert sum(v["total"].total for v in withdrawn if "total" in v) > 1000
    statuses = [v["POH1"].denominator.total for k, v in direct.items() if k[1:2] == ("status",)]
    assert max(statuses) > 1000
    at_intake = [v["POH1"].numerator.total for k, v in direct.items() if k[1:2] == ("at intake",)]
    assert max(at_intake) > 100
    splits = [v for k, v in direct.items() if k[1:2] == ("e1 split",)]
    assert max(v.get(("child_labour", "vocational"), 0) for v in splits) > 0
    assert max(v.get(("at_risk", "total"), 0) for v in splits) > 100
    l1 = [v for k, v in direct.items() if k[1:2] == ("l1 split",)]
    assert max(v["economic_strengthening"].total for v in l1 if "economic_strengthening" in v) > 0


@pytest.fixture(scope="module")
def scale_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cl_desktop.demo import create_demo_database
    from cl_desktop.demo.generator import DemoSpec

    path = tmp_path_factory.mktemp("scale") / "demo.sqlite"
    db = create_demo_database(path, DemoSpec(children=20_000))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def scale_db(scale_template: Path, tmp_path: Path) -> Iterator[Any]:
    import sqlite3

    target = tmp_path / "demo.sqlite"
    src, dst = sqlite3.connect(scale_template), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    db = open_database(target)
    yield db
    db.close()


def test_summary_equals_direct_queries_after_the_bulk_load(scale_db: Any) -> None:
    assert scale_db.execute("SELECT count(*) FROM projects WHERE code = 'KH-NAT-SCALE'").fetchone()[0] == 1
    assert_same(scale_db, every=True)


def test_every_figure_reads_the_summary_when_current_and_the_records_otherwise(scale_db: Any) -> None:
    """One choice (``indicators.counts``) for every figure: a forged summary shows in each figure the
    summary holds while it is current, and in none once anything is pending."""
    db = scale_db
    truth = figures(db, False, False)
    db.execute("UPDATE indicator_summary SET n = n * 2")  # current still: nothing pending, no rebuild due
    forged = figures(db, False, False)
    national = db.execute("SELECT id FROM projects WHERE code = 'KH-NAT-SCALE'").fetchone()[0]
    until = max(k[2] for k in truth if k[0] == national and k[1] == "status")
    programme = next(k[2] for k in truth if k[0] == national and k[1] == "withdrawn" and k[2] not in DIMS)
    held = [
        ("stats",),
        (national, "withdrawn", "total", None, None),
        (national, "prevented", "age_group", None, until),
        (national, "withdrawn", programme, None, None),
        (national, "services", None, None),
        (national, "visits", None, None),
        (national, "registered", None),
        (national, "e1", until),
        (national, "l1", until),
        (national, "status", until),
    ]
    assert [k for k in held if forged[k] == truth[k]] == []
    # a reporting period's E1, L1 and registrations by work status are read from it too ...
    since, end = next(k[2:4] for k in truth if k[0] == national and k[1] == "e1" and len(k) == 4)
    for key in ((national, "e1", since, end), (national, "l1", since, end), (national, "intake", since, end)):
        assert forged[key] != truth[key], key
    # ... but E1 and L1 over other dates are not (each child counts once in the span)
    short = (date.fromisoformat(end) - timedelta(days=1)).isoformat()
    for figure in (indicators.e1_counts, indicators.l1_count):
        assert figure(db, national, since=since, until=short) == figure(
            db, national, since=since, until=short, direct=True
        )
    db.execute("INSERT INTO indicator_pending (entity) VALUES ('c:not-yet-refreshed')")
    assert figures(db, False, False) == truth


def test_summary_follows_edits_through_the_services(scale_db: Any) -> None:
    db = scale_db
    children = Children(ctx_for(db))
    rows = list(
        db.query(
            "SELECT c.id, c.household_id FROM children c JOIN projects p ON p.id = c.project_id "
            "WHERE p.code = 'KH-NAT-SCALE' AND c.deleted = 0 AND c.outcome = 'withdrawn' "
            "AND c.household_id IS NOT NULL ORDER BY c.id LIMIT 4"
        )
    )
    first, second, third, fourth = (r["id"] for r in rows)
    # a visit finding the child back at work undoes the withdrawal (and changes POC/POH)
    children.record_follow_up(
        first,
        {
            "visit_date": "2018-06-01",
            "working": True,
            "hours_per_week": 50,
            "school_status": "dropped_out",
            "visited_by": "FO",
        },
    )
    # a visit on the day of intake, a new education service, a deleted service
    children.record_follow_up(
        second,
        {
            "visit_date": children.get(second)["intake_date"],
            "working": False,
            "school_status": "attending_regularly",
            "attendance_percent": 20,
            "visited_by": "FO",
        },
    )
    service = children.record_services({"service_type": "scholarship", "start_date": "2009-05-05"}, [third])[0]
    children.delete_service(children.services_of(fourth)[0]["id"], "entered twice")
    children.delete_service(service["id"], "entered twice")
    children.update(third, {"sex": "M" if children.get(third)["sex"] == "F" else "F"})
    assert_same(db)
    children.delete(fourth, "duplicate")
    assert_same(db)
    household = db.execute(
        "SELECT h.id FROM households h JOIN children c ON c.household_id = h.id AND c.deleted = 0 "
        "WHERE h.deleted = 0 LIMIT 1"
    ).fetchone()[0]
    head = children.household(household)["head_sex"]
    children.update_household(household, {"head_sex": "M" if head == "F" else "F"})
    assert_same(db)
    children.record_household_service({"service_type": "livelihood", "start_date": "2009-06-01"}, [household])
    assert_same(db)


def test_writes_behind_the_services_make_the_summary_stale_until_refreshed(scale_db: Any) -> None:
    db = scale_db
    child = db.execute(
        "SELECT c.id, c.household_id FROM children c JOIN projects p ON p.id = c.project_id "
        "WHERE p.code = 'KH-NAT-SCALE' AND c.outcome = 'prevented' AND c.household_id IS NOT NULL LIMIT 1"
    ).fetchone()
    with db.atomic():
        db.execute("UPDATE follow_ups SET attendance_percent = 1 WHERE child_id = ?", [child[0]])
        db.execute("UPDATE households SET head_sex = 'F' WHERE id = ?", [child[1]])
    assert_same(db, current=False)
    refresh_outcomes(db, [])
    assert_same(db)
    # a new attendance threshold or worst-form list changes every status: rebuilt, not patched
    project = db.execute("SELECT id FROM projects WHERE code = 'KH-NAT-SCALE'").fetchone()[0]
    db.execute("UPDATE projects SET attendance_threshold = 60 WHERE id = ?", [project])
    assert not indicators.summary_current(db)
    rebuild_summary(db)
    assert_same(db)
    db.execute(
        "UPDATE reference_items SET attributes = json_set(coalesce(attributes, '{}'), '$.worst_form', 1) "
        "WHERE list = 'sector' AND code = (SELECT min(code) FROM reference_items WHERE list = 'sector')"
    )
    assert not indicators.summary_current(db)
    rebuild_summary(db)
    assert_same(db)


def test_outcome_and_count_changes_are_followed_at_once(scale_db: Any) -> None:
    db = scale_db
    national = db.execute("SELECT id FROM projects WHERE code = 'KH-NAT-SCALE'").fetchone()[0]
    before = indicators.outcome_totals(db, national, "withdrawn").total
    db.execute(
        "UPDATE children SET outcome = 'in_progress' WHERE id IN (SELECT id FROM children "
        "WHERE project_id = ? AND outcome = 'withdrawn' LIMIT 3)",
        [national],
    )
    db.execute(
        "UPDATE services SET deleted = 1 WHERE child_id IN (SELECT id FROM children WHERE project_id = ? LIMIT 5)",
        [national],
    )
    db.execute(
        "UPDATE children SET outcome = 'in_progress' WHERE project_id = ? AND outcome = 'prevented' AND rowid % 7 = 0",
        [national],
    )
    assert indicators.outcome_totals(db, national, "withdrawn").total == before - 3
    refresh_outcomes(db, [])  # the services' children were marked pending (E1)
    assert_same(db)


def test_summary_follows_the_sync_engines_recomputation(scale_db: Any) -> None:
    db = scale_db
    national = db.execute("SELECT id FROM projects WHERE code = 'KH-NAT-SCALE'").fetchone()[0]
    child = db.execute(
        "SELECT id, household_id, project_id FROM children WHERE deleted = 0 AND project_id = ? "
        "AND household_id IS NOT NULL LIMIT 1 OFFSET 500",
        [national],
    )
    cid, hid, pid = child.fetchone()
    programme = db.execute("SELECT id FROM action_programmes WHERE project_id = ? LIMIT 1", [pid]).fetchone()[0]
    other = db.execute(
        "SELECT id FROM children WHERE project_id = ? AND household_id IS NOT NULL LIMIT 1 OFFSET 900", [national]
    ).fetchone()[0]
    fid = db.execute("SELECT id FROM follow_ups WHERE child_id = ? LIMIT 1", [other]).fetchone()
    with db.atomic():  # rows as an import applies them: straight into the tables
        db.execute(
            "INSERT INTO services (id, child_id, household_id, programme_id, service_type, start_date, office, "
            "created_by, updated_by, created_at, updated_at, version) SELECT 'svc-sync-1', ?, NULL, ?, "
            "'formal_education', '2006-02-02', "
            "'KH-PNP', 'sync', 'sync', '2020-01-01', '2020-01-01', 1",
            [cid, programme],
        )
        db.execute(
            "INSERT INTO services (id, child_id, household_id, programme_id, service_type, start_date, office, "
            "created_by, updated_by, created_at, updated_at, version) SELECT 'svc-sync-2', NULL, ?, ?, "
            "'livelihood', '2007-03-03', "
            "'KH-PNP', 'sync', 'sync', '2020-01-01', '2020-01-01', 1",
            [hid, programme],
        )
        db.execute("UPDATE children SET household_id = ? WHERE id = ?", [hid, other])
        if fid:
            db.execute("UPDATE follow_ups SET visit_date = '2003-03-03' WHERE id = ?", [fid[0]])
        recompute_derived(db, [cid, other], [fid[0]] if fid else [])
    assert_same(db)


def test_a_new_attendance_threshold_rebuilds_the_figures(scale_db: Any) -> None:
    db = scale_db
    project = db.execute("SELECT id FROM projects WHERE code = 'KH-NAT-SCALE'").fetchone()[0]
    regular = "SELECT sum(n) FROM indicator_summary WHERE project_id = ? AND measure = 'poc' AND key LIKE '%1'"
    before = db.execute(regular, [project]).fetchone()[0]
    Projects(ctx_for(db)).update(project, {"attendance_threshold": 99})
    assert_same(db)  # current again, and equal to the direct queries under the new threshold
    assert db.execute(regular, [project]).fetchone()[0] != before


def test_a_rebuild_that_flushes_its_sums_midway_gives_the_same_summary(
    scale_db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At national scale the sums are added to the summary while the facts pass still reads."""
    monkeypatch.setattr(outcomes, "SUMS_FLUSH", 50)
    rebuild_summary(scale_db)
    assert_same(scale_db, every=True)


def assert_current(db: Any) -> None:
    """Nothing left pending, and the summary gives the direct queries' figures."""
    assert db.execute("SELECT entity FROM indicator_pending").fetchall() == []
    assert_same(db)


def test_every_write_through_every_service_leaves_the_summary_current(scale_db: Any, tmp_path: Path) -> None:
    db = scale_db
    ctx = ctx_for(db)
    children, projects = Children(ctx), Projects(ctx)
    pid = db.execute("SELECT id FROM projects WHERE code = 'KH-NAT-SCALE'").fetchone()[0]
    programme = next(iter(db.query("SELECT * FROM action_programmes WHERE project_id = ? LIMIT 1", [pid])))
    village = db.execute(
        "SELECT location_id FROM children WHERE project_id = ? AND deleted = 0 LIMIT 1", [pid]
    ).fetchone()[0]
    project = {"id": pid}
    intake_values = intake(project, {"id": programme["id"]}, village, intake_date=programme["start_date"])
    household_values = {"head_name": "Sok Chan", "head_sex": "F", "location_id": village, "registered_on": "2010-01-10"}

    child = children.register(intake_values)
    assert_current(db)
    household = children.register_household(household_values)
    assert_current(db)
    other = children.register_with_household({**intake_values, "name": "Keo Dara", "sex": "M"}, household_values)
    assert_current(db)
    children.update(child["id"], {"household_id": household["id"], "hours_per_week": 50})
    assert_current(db)
    children.update_with_household(other["id"], {"sex": "F"}, {**household_values, "head_sex": "M"})
    assert_current(db)
    children.update_household(household["id"], {"head_sex": "M"})
    assert_current(db)
    start = programme["start_date"]
    service = children.record_services({"service_type": "formal_education", "start_date": start}, [child["id"]])[0]
    assert_current(db)
    visit = children.record_follow_up(
        child["id"],
        {"visit_date": start, "working": False, "school_status": "attending_regularly", "visited_by": "FO"},
    )
    assert_current(db)
    children.update_follow_up(visit["id"], {"attendance_percent": 10})
    assert_current(db)
    children.update_service(service["id"], {"service_type": "vocational_training"})
    assert_current(db)
    livelihood = {"service_type": "livelihood", "start_date": start, "programme_id": programme["id"]}
    children.record_household_service(livelihood, [household["id"]])
    assert_current(db)
    children.delete_follow_up(visit["id"], "entered twice")
    assert_current(db)
    children.delete_service(service["id"], "entered twice")
    assert_current(db)
    children.delete(other["id"], "registered twice")
    assert_current(db)
    new_programme = projects.create_programme(
        {**{k: programme[k] for k in ("project_id", "start_date", "end_date")}, "code": "AP-NEW", "title": "New"}
    )
    assert_current(db)
    children.update_household(household["id"], {"programme_id": new_programme["id"]})
    projects.update_programme(new_programme["id"], {"title": "Renamed"})
    assert_current(db)
    projects.update(pid, {"attendance_threshold": 90})
    assert_current(db)
    # a referral, its answers, its service and a new number of days an accepted referral waits for it
    organisation = db.execute("SELECT code FROM organisations WHERE deleted = 0 LIMIT 1").fetchone()[0]
    referrals = Referrals(ctx)
    referral = referrals.create(
        {
            "case_number": child["case_number"],
            "organisation": organisation,
            "service_type": "counselling",
            "consent_to_share": "yes",
            "referral_date": start,
        }
    )
    assert_current(db)
    referrals.change_status(referral["id"], "accepted", on=start)
    assert_current(db)
    referrals.change_status(referral["id"], "service_provided", on=start)
    assert_current(db)
    projects.update(pid, {"referral_service_days": 5})
    assert_current(db)
    # a merge (headquarters' duplicate review) and a spreadsheet import
    twin = children.register({**intake_values, "name": "Sok Srey Mom"})
    Sync(ctx).merge_children(child["case_number"], twin["case_number"])
    assert_current(db)
    path = tmp_path / "children.csv"
    export_list(db, "children", path, ListQuery(search=child["case_number"]))
    with open_table(path) as reader:
        header, rows = reader.header, [cells for _, cells in reader.rows()]
    rows[0][header.index("Hours per week")] = 5
    write_table(path, header, rows)
    assert import_file(ctx, "children", path).updated == 1
    assert_current(db)


def test_the_dashboard_and_stats_read_the_summary_right_after_an_intake(scale_db: Any) -> None:
    db = scale_db
    ctx = ctx_for(db)
    pid = db.execute("SELECT id FROM projects WHERE code = 'KH-NAT-SCALE'").fetchone()[0]
    programme = db.execute("SELECT id, start_date FROM action_programmes WHERE project_id = ? LIMIT 1", [pid])
    programme_id, start = programme.fetchone()
    village = db.execute("SELECT location_id FROM children WHERE project_id = ? LIMIT 1", [pid]).fetchone()[0]
    Children(ctx).register(intake({"id": pid}, {"id": programme_id}, village, intake_date=start))
    read: set[str] = set()

    def reads(action: int, table: str | None, *_: Any) -> int:
        if action == sqlite3.SQLITE_READ and table:
            read.add(table)
        return sqlite3.SQLITE_OK

    db.conn.set_authorizer(reads)
    project = next(iter(db.query("SELECT * FROM projects WHERE id = ?", [pid])))
    try:
        stats = database_stats(db)
        from_stats = set(read)
        read.clear()
        # the dashboard's figures (withdrawn, prevented, E1, L1, POC/POH, cumulative here), and by age
        shown = indicators.project_indicators(db, project, None)
        for outcome in ("withdrawn", "prevented"):
            indicators.outcome_counts(db, pid, outcome, until=date.today().isoformat(), by="age_group")
    finally:
        db.conn.set_authorizer(None)
    assert "indicator_summary" in from_stats
    assert not from_stats & {"children", "services", "follow_ups"}, from_stats
    assert stats["totals"]["children"] == db.execute("SELECT count(*) FROM children WHERE deleted = 0").fetchone()[0]
    assert "indicator_summary" in read
    assert not read & {"children", "services", "follow_ups", "households"}, read
    assert Dashboard(ctx).compute(pid).indicators == shown  # what the dashboard shows


def test_the_aggregate_export_is_the_same_from_the_summary_and_from_the_records(scale_db: Any) -> None:
    """Every project's ADX message, every period, at 20,000 children: read from the summary (a lookup per
    period) and from the records with the summary set aside, byte for byte."""
    from datetime import UTC, datetime

    from cl_desktop.exchange import adx, mapping

    def exports() -> dict[str, bytes]:
        out = {}
        for (code,) in scale_db.execute("SELECT code FROM projects WHERE deleted = 0").fetchall():
            coded, _check, data_set = values.prepare(scale_db, mapping.load(scale_db), code, dhis2_periods=False)
            out[code] = adx.document(coded, data_set, exported=datetime(2020, 1, 1, tzinfo=UTC))
        return out

    fast = exports()
    scale_db.execute("UPDATE indicator_state SET rebuild = 1")
    assert fast == exports()
    assert len(fast["KH-NAT-SCALE"]) > 100_000
