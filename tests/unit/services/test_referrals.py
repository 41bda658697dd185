"""The referral service on a real database: roles, the status flow, linked services, the audit trail."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from factories import ctx_for, intake

from cl_desktop.errors import PermissionDenied, RefusedInput
from cl_desktop.security.roles import Role
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.services.directory import Organisations
from cl_desktop.services.reference import ReferenceLists
from cl_desktop.services.referrals import Referrals
from cl_desktop.store import records


@pytest.fixture
def world(ctx: Context, project: Any, programme: Any, village: str) -> dict[str, Any]:
    org_type = ReferenceLists(ctx.db).codes("organisation_type")[0]
    org = Organisations(ctx).create({"code": "SW-KDL", "name": "Social welfare, Kandal", "organisation_type": org_type})
    child = Children(ctx).register(intake(project, programme, village))
    education = "education" if "education" in ReferenceLists(ctx.db).codes("service_type") else None
    service_type = education or ReferenceLists(ctx.db).codes("service_type")[0]
    return {"org": org, "child": child, "service_type": service_type}


def _refer(ctx: Context, world: dict[str, Any], **over: Any) -> dict[str, Any]:
    values = {
        "case_number": world["child"]["case_number"],
        "organisation": "SW-KDL",
        "service_type": world["service_type"],
        "urgency": "high",
        "reason": "Works at the kiln at night",
        "consent_to_share": "yes",
        "referral_date": "2010-03-03",
    }
    values.update(over)
    return Referrals(ctx).create(values)


def _count(db: Any, table: str) -> int:
    return int(db.execute(f"SELECT COUNT(*) FROM [{table}]").fetchone()[0])


def test_a_clerk_refers_and_records_the_answers_a_coordinator_closes(office_db: Any, world: Any) -> None:
    clerk = ctx_for(office_db, Role.CLERK, user="clerk")
    made = _refer(clerk, world)
    assert made["status"] == "referred"
    assert made["expected_date"] == "2010-03-10"  # high urgency: a week
    assert made["referring_user"] == "clerk" and made["consent_to_share"] == 1
    svc = Referrals(clerk)
    svc.change_status(made["id"], "accepted", on="2010-03-05", note="Social worker assigned")
    services_before = _count(office_db, "services")
    provided = svc.change_status(made["id"], "service_provided", on="2010-03-20")
    assert _count(office_db, "services") == services_before + 1
    service = records.get_row(office_db, "services", provided["service_id"])
    assert service["child_id"] == world["child"]["id"]
    assert service["service_type"] == world["service_type"]
    assert service["start_date"] == "2010-03-20"
    with pytest.raises(PermissionDenied):
        svc.change_status(made["id"], "closed", on="2010-03-21")
    coordinator = ctx_for(office_db, Role.COORDINATOR)
    Referrals(coordinator).change_status(made["id"], "closed", on="2010-03-21")
    events = svc.events(made["id"])
    assert [e["status"] for e in events] == ["referred", "accepted", "service_provided", "closed"]
    assert events[1]["note"] == "Social worker assigned" and events[1]["by_user"] == "clerk"
    assert events[2]["service_id"] == provided["service_id"]
    trail = list(office_db.query("SELECT table_name FROM audit_log WHERE row_id = ?", [made["id"]]))
    assert len(trail) == 4  # created, then three status changes


def test_service_provided_links_an_existing_service(ctx: Context, world: Any) -> None:
    made = _refer(ctx, world)
    Referrals(ctx).change_status(made["id"], "accepted", on="2010-03-04")
    given = Children(ctx).record_services(
        {"service_type": world["service_type"], "start_date": "2010-03-10"}, [world["child"]["id"]]
    )[0]
    before = _count(ctx.db, "services")
    done = Referrals(ctx).change_status(made["id"], "service_provided", on="2010-03-12", service_id=given["id"])
    assert done["service_id"] == given["id"] and _count(ctx.db, "services") == before


def test_only_a_coordinator_cancels(office_db: Any, world: Any) -> None:
    made = _refer(ctx_for(office_db, Role.CLERK, user="clerk"), world)
    with pytest.raises(PermissionDenied):
        Referrals(ctx_for(office_db, Role.CLERK, user="clerk")).change_status(made["id"], "cancelled", on="2010-03-04")
    Referrals(ctx_for(office_db, Role.COORDINATOR)).change_status(made["id"], "cancelled", on="2010-03-04")
    assert Referrals(ctx_for(office_db)).get(made["id"])["status"] == "cancelled"


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"organisation": "NOBODY"}, "Unknown organisation 'NOBODY'"),
        ({"consent_to_share": None}, "Say whether the guardian consents"),
        ({"urgency": "soon"}, "Unknown urgency"),
        ({"expected_date": "2010-03-01"}, "before the referral date"),
        ({"case_number": "KH-NONE-1"}, "No child with case number"),
        ({"service_type": "rockets"}, "Unknown service type"),
    ],
)
def test_bad_referrals_are_refused_and_nothing_saved(ctx: Context, world: Any, over: Any, message: str) -> None:
    before = (_count(ctx.db, "referrals"), _count(ctx.db, "audit_log"))
    with pytest.raises(RefusedInput, match=message):
        _refer(ctx, world, **over)
    assert (_count(ctx.db, "referrals"), _count(ctx.db, "audit_log")) == before


def test_a_deleted_child_cannot_be_referred(ctx: Context, world: Any) -> None:
    Children(ctx).delete(world["child"]["id"], "entered twice")
    with pytest.raises(RefusedInput, match="was deleted; a referral cannot be made"):
        _refer(ctx, world)
    assert _count(ctx.db, "referrals") == 0


def test_skipped_steps_and_early_dates_are_refused_and_nothing_saved(ctx: Context, world: Any) -> None:
    made = _refer(ctx, world)
    svc = Referrals(ctx)
    before = (_count(ctx.db, "referral_events"), _count(ctx.db, "audit_log"), _count(ctx.db, "services"))
    with pytest.raises(RefusedInput, match="cannot become service provided"):
        svc.change_status(made["id"], "service_provided", on="2010-03-05")
    with pytest.raises(RefusedInput, match="before the referral date"):
        svc.change_status(made["id"], "accepted", on="2010-03-01")
    assert (_count(ctx.db, "referral_events"), _count(ctx.db, "audit_log"), _count(ctx.db, "services")) == before
    assert svc.get(made["id"])["status"] == "referred"


def test_overdue_listing_and_counts(ctx: Context, world: Any, project: Any) -> None:
    svc = Referrals(ctx)
    late = _refer(ctx, world)  # expected 2010-03-10
    answered = _refer(ctx, world)
    svc.change_status(answered["id"], "declined", on="2010-03-04")
    waiting = _refer(ctx, world)
    svc.change_status(waiting["id"], "accepted", on="2010-03-04")
    overdue = {r["id"] for r in svc.listing(today=date(2010, 3, 11), overdue=True)}
    assert overdue == {late["id"]}
    # accepted on 4 March, no service: overdue after the project's 30 days
    overdue = {r["id"] for r in svc.listing(today=date(2010, 4, 4), overdue=True)}
    assert overdue == {late["id"], waiting["id"]}
    counts = svc.counts_by_project()[project["code"]]
    assert (counts["referred"], counts["declined"], counts["accepted"], counts["closed"]) == (1, 1, 1, 0)


def test_merging_a_duplicate_moves_its_referrals(ctx: Context, world: Any, project: Any, programme: Any) -> None:
    from cl_desktop.services.reference import location_id
    from cl_desktop.sync import conflicts

    other = Children(ctx).register(intake(project, programme, location_id("KH-8"), name_latin="Sok Sreymom"))
    made = _refer(ctx, world, case_number=other["case_number"])
    conflicts.merge_children(ctx.db, world["child"]["case_number"], other["case_number"], user="coord")
    assert Referrals(ctx).get(made["id"])["child_id"] == world["child"]["id"]
    assert {e["child_id"] for e in Referrals(ctx).events(made["id"])} == {world["child"]["id"]}


def test_merging_a_duplicate_moves_its_visits_once_each(
    ctx: Context, world: Any, project: Any, programme: Any, village: str
) -> None:
    from cl_desktop.services.reference import location_id
    from cl_desktop.services.visits import MonitoringVisits
    from cl_desktop.sync import conflicts

    other = Children(ctx).register(intake(project, programme, location_id("KH-8"), name_latin="Sok Sreymom"))
    visits = MonitoringVisits(ctx)
    spot = {"location_id": village, "sector": "brick_making"}
    both = visits.create({**spot, "visit_date": "2010-02-01"}, [world["child"]["id"], other["id"]])
    only_other = visits.create({**spot, "visit_date": "2010-02-10"}, [other["id"]])
    conflicts.merge_children(ctx.db, world["child"]["case_number"], other["case_number"], user="coord")
    kept = world["child"]["id"]
    assert [v["id"] for v in visits.visits_of(kept)] == [only_other["id"], both["id"]]
    assert [c["id"] for c in visits.children_of(both["id"])] == [kept]
    live = ctx.db.execute("SELECT count(*) FROM visit_children WHERE deleted = 0 AND visit_id = ?", [both["id"]])
    assert live.fetchone()[0] == 1  # the merged child's link to a visit that found both is a tombstone


def test_the_expected_date_is_editable_until_an_answer(ctx: Context, world: Any) -> None:
    made = _refer(ctx, world)
    svc = Referrals(ctx)
    assert svc.set_expected(made["id"], "2010-03-31")["expected_date"] == "2010-03-31"
    assert not svc.listing(today=date(2010, 3, 20), overdue=True)
    with pytest.raises(RefusedInput, match="before the referral date"):
        svc.set_expected(made["id"], "2010-02-01")
    svc.change_status(made["id"], "declined", on="2010-03-05")
    with pytest.raises(RefusedInput, match="was answered"):
        svc.set_expected(made["id"], "2010-04-30")
    assert svc.get(made["id"])["expected_date"] == "2010-03-31"


def test_a_referral_made_from_a_visit_names_it_and_the_visit_lists_it(
    ctx: Context, world: Any, programme: Any, project: Any, village: str
) -> None:
    from cl_desktop.services.visits import MonitoringVisits

    visits = MonitoringVisits(ctx)
    spot = {"location_id": village, "sector": "brick_making", "programme_id": programme["id"]}
    visit = visits.create({**spot, "visit_date": "2010-02-20"}, [world["child"]["id"]])
    assert [v["id"] for v in Referrals(ctx).visits_for(world["child"]["id"], date(2010, 3, 3))] == [visit["id"]]
    made = _refer(ctx, world, visit_id=visit["id"])
    assert made["visit_id"] == visit["id"]
    assert [r["id"] for r in visits.referrals_of(visit["id"])] == [made["id"]]
    exported = Referrals(ctx).export_records(today=date(2010, 4, 1))["referrals"]
    assert [(r["visit_id"], r["visit_date"]) for r in exported] == [(visit["id"], "2010-02-20")]
    # a referral of the child not made from the visit is not the visit's
    _refer(ctx, world)
    assert [r["id"] for r in visits.referrals_of(visit["id"])] == [made["id"]]
    # the list shows it and filters by it
    from cl_desktop.services import lists
    from cl_desktop.services.lists import ListQuery

    rows = lists.page(ctx.db, "referrals", ListQuery(filters={"visit": visit["id"]}), 0, 10)
    assert [r[0] for r in rows] == [made["id"]]


@pytest.mark.parametrize(
    ("visit", "date_", "message"),
    [
        ("no-such-visit", "2010-03-03", "There is no monitoring visit no-such-visit."),
        ("other", "2010-03-03", "The monitoring visit did not identify the referred child"),
        ("found", "2010-02-15", "The referral date 2010-02-15 is before the monitoring visit (2010-02-20)."),
    ],
)
def test_a_referral_from_a_visit_that_did_not_find_the_child_is_refused(
    ctx: Context, world: Any, programme: Any, project: Any, village: str, visit: str, date_: str, message: str
) -> None:
    from cl_desktop.services.visits import MonitoringVisits

    spot = {"location_id": village, "sector": "brick_making", "visit_date": "2010-02-20"}
    made = {
        "found": MonitoringVisits(ctx).create(spot, [world["child"]["id"]])["id"],
        "other": MonitoringVisits(ctx).create(spot, [])["id"],
    }
    before = (_count(ctx.db, "referrals"), _count(ctx.db, "audit_log"))
    with pytest.raises(RefusedInput, match=message.replace("(", r"\(").replace(")", r"\)")):
        _refer(ctx, world, visit_id=made.get(visit, visit), referral_date=date_)
    assert (_count(ctx.db, "referrals"), _count(ctx.db, "audit_log")) == before
