"""A referral made at an office and answered at headquarters comes back to the office."""

from __future__ import annotations

from replicas import Network, content

from cl_desktop.services.directory import Organisations
from cl_desktop.services.reference import ReferenceLists
from cl_desktop.services.referrals import Referrals


def test_a_referral_answered_at_headquarters_returns_to_its_office(net: Network) -> None:
    hq = net.dbs["HQ"]
    org_type = ReferenceLists(hq).codes("organisation_type")[0]
    Organisations(net.ctx("HQ")).create({"code": "SW-1", "name": "Social welfare", "organisation_type": org_type})
    net.sync_all(rounds=1)
    child = net.register("KH-A")
    made = Referrals(net.ctx("KH-A")).create(
        {
            "case_number": child["case_number"],
            "organisation": "SW-1",
            "service_type": ReferenceLists(hq).codes("service_type")[0],
            "urgency": "high",
            "consent_to_share": "yes",
            "referral_date": "2010-02-01",
        }
    )
    net.load("HQ", net.send("KH-A"))
    Referrals(net.ctx("HQ")).change_status(made["id"], "accepted", on="2010-02-03", note="Answered by phone")
    net.load("KH-A", net.ret("KH-A"))
    office = Referrals(net.ctx("KH-A"))
    assert office.get(made["id"])["status"] == "accepted"
    assert [(e["status"], e["note"]) for e in office.events(made["id"])] == [
        ("referred", ""),
        ("accepted", "Answered by phone"),
    ]
    # the referral goes where its child goes, and only there
    net.sync_all(rounds=1)
    for code in net.offices:
        has_child = bool(list(net.dbs[code].query("SELECT 1 FROM children WHERE id = ?", [child["id"]])))
        has_referral = bool(list(net.dbs[code].query("SELECT 1 FROM referrals WHERE id = ?", [made["id"]])))
        has_events = len(list(net.dbs[code].query("SELECT 1 FROM referral_events WHERE referral_id = ?", [made["id"]])))
        assert (has_referral, has_events) == (has_child, 2 if has_child else 0), code
    assert content(net.dbs["KH-A"])["referrals"] == content(hq)["referrals"]


def test_a_monitoring_visit_and_the_children_it_found_reach_headquarters(net: Network) -> None:
    from cl_desktop.services.visits import MonitoringVisits

    child = net.register("KH-A")
    visit = MonitoringVisits(net.ctx("KH-A")).create(
        {
            "visit_date": "2010-01-20",
            "location_id": child["location_id"],
            "sector": "brick_making",
            "workplace": "Kiln 2",
            "visitors": "Labour inspector",
        },
        [child["id"]],
    )
    net.load("HQ", net.send("KH-A"))
    hq = MonitoringVisits(net.ctx("HQ"))
    assert hq.get(visit["id"])["workplace"] == "Kiln 2"
    assert [c["id"] for c in hq.children_of(visit["id"])] == [child["id"]]
    net.sync_all(rounds=1)
    for code in net.offices:  # a visit holds no child's data: every office has it
        assert list(net.dbs[code].query("SELECT id FROM monitoring_visits WHERE id = ?", [visit["id"]])), code


def test_a_child_found_again_at_headquarters_visit_is_listed_by_both_visits_at_its_office(net: Network) -> None:
    """The visit links and a referral made from a visit travel with the child, both ways."""
    from cl_desktop.services.visits import MonitoringVisits

    hq = net.dbs["HQ"]
    org_type = ReferenceLists(hq).codes("organisation_type")[0]
    Organisations(net.ctx("HQ")).create({"code": "SW-1", "name": "Social welfare", "organisation_type": org_type})
    net.sync_all(rounds=1)
    child = net.register("KH-A")
    values = {"location_id": child["location_id"], "sector": "brick_making", "visitors": "Labour inspector"}
    first = MonitoringVisits(net.ctx("KH-A")).create({**values, "visit_date": "2010-01-20"}, [child["id"]])
    net.load("HQ", net.send("KH-A"))
    second = MonitoringVisits(net.ctx("HQ")).create({**values, "visit_date": "2010-02-05"}, [child["id"]])
    made = Referrals(net.ctx("HQ")).create(
        {
            "case_number": child["case_number"],
            "organisation": "SW-1",
            "service_type": ReferenceLists(hq).codes("service_type")[0],
            "consent_to_share": "no",
            "referral_date": "2010-02-06",
            "visit_id": second["id"],
        }
    )
    net.load("KH-A", net.ret("KH-A"))
    office = MonitoringVisits(net.ctx("KH-A"))
    assert [v["id"] for v in office.visits_of(child["id"])] == [second["id"], first["id"]]
    assert [c["id"] for c in office.children_of(second["id"])] == [child["id"]]
    assert [r["id"] for r in office.referrals_of(second["id"])] == [made["id"]]
    assert content(net.dbs["KH-A"])["visit_children"] == content(hq)["visit_children"]
    net.sync_all(rounds=1)
    for code in net.offices:  # the links go where the child goes, and only there
        holds = bool(list(net.dbs[code].query("SELECT 1 FROM children WHERE id = ?", [child["id"]])))
        links = net.dbs[code].execute("SELECT count(*) FROM visit_children WHERE child_id = ?", [child["id"]])
        assert links.fetchone()[0] == (2 if holds else 0), code


def test_a_referral_answered_at_another_office_returns_to_the_office_that_made_it(net: Network) -> None:
    hq = net.dbs["HQ"]
    org_type = ReferenceLists(hq).codes("organisation_type")[0]
    Organisations(net.ctx("HQ")).create({"code": "SW-1", "name": "Social welfare", "organisation_type": org_type})
    net.sync_all(rounds=1)
    child = net.register("KH-A")
    made = Referrals(net.ctx("KH-A")).create(
        {
            "case_number": child["case_number"],
            "organisation": "SW-1",
            "service_type": ReferenceLists(hq).codes("service_type")[0],
            "consent_to_share": "yes",
            "referral_date": "2010-02-01",
        }
    )
    net.sync_all(rounds=1)  # KH-B holds the child too (no scope: the whole country)
    Referrals(net.ctx("KH-B")).change_status(made["id"], "declined", on="2010-02-04", note="No place left")
    net.load("HQ", net.send("KH-B"))
    net.load("KH-A", net.ret("KH-A"))
    office = Referrals(net.ctx("KH-A"))
    assert (office.get(made["id"])["status"], office.get(made["id"])["status_date"]) == ("declined", "2010-02-04")
    assert [e["status"] for e in office.events(made["id"])] == ["referred", "declined"]
