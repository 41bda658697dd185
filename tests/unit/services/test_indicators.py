from __future__ import annotations

from typing import Any

import pytest
from factories import intake

from cl_desktop.figures import indicators
from cl_desktop.services.children import Children
from cl_desktop.services.projects import Projects

CLEAN = {"working": False, "school_status": "attending_regularly", "attendance_percent": 90, "visited_by": "FO"}


@pytest.fixture
def records(children: Children, project: dict[str, Any], programme: dict[str, Any], village: str) -> dict[str, Any]:
    """Three children: one withdrawn (girl, 12), one prevented (boy, 9), one still working (boy, 15)."""
    girl = children.register(intake(project, programme, village))
    boy = children.register(
        intake(
            project,
            programme,
            village,
            name="Boy",
            name_latin="",
            sex="M",
            birth_date="2000-06-01",
            working=False,
            sector="",
            hours_per_week=0,
            risk_factors=["sibling_working"],
            school_status="attending_irregularly",
        )
    )
    worker = children.register(
        intake(
            project,
            programme,
            village,
            name="Worker",
            name_latin="",
            sex="M",
            birth_date="1994-06-01",
            hours_per_week=50,
        )
    )
    children.record_services({"service_type": "formal_education", "start_date": "2010-02-01"}, [girl["id"], boy["id"]])
    children.record_services({"service_type": "school_supplies", "start_date": "2010-02-15"}, [girl["id"]])
    children.record_services({"service_type": "vocational_training", "start_date": "2010-02-01"}, [worker["id"]])
    for visit in ("2010-04-01", "2010-08-01"):
        children.record_follow_up(girl["id"], {**CLEAN, "visit_date": visit})
    children.record_follow_up(boy["id"], {**CLEAN, "visit_date": "2010-04-01"})
    children.record_follow_up(
        worker["id"],
        {
            "working": True,
            "hours_per_week": 50,
            "school_status": "dropped_out",
            "visited_by": "FO",
            "visit_date": "2010-04-01",
        },
    )
    household = children.register_household(
        {"head_name": "Head", "location_id": village, "registered_on": "2010-01-10", "head_sex": "F"}
    )
    children.record_household_service(
        {"service_type": "livelihood", "start_date": "2010-03-01", "programme_id": programme["id"]}, [household["id"]]
    )
    return {"girl": girl, "boy": boy, "worker": worker}


def test_withdrawn_and_prevented_by_sex_and_age_group(office_db, project, records) -> None:
    assert indicators.outcome_totals(office_db, project["id"], "withdrawn") == indicators.BySex(1, 0)
    assert indicators.outcome_totals(office_db, project["id"], "prevented") == indicators.BySex(0, 1)
    by_age = indicators.outcome_counts(office_db, project["id"], "withdrawn", by="age_group")
    assert by_age == {"12-14": indicators.BySex(1, 0)}
    in_period = indicators.outcome_totals(office_db, project["id"], "withdrawn", since="2010-04-01", until="2010-09-30")
    assert in_period.total == 1
    before = indicators.outcome_totals(office_db, project["id"], "withdrawn", since="2009-10-01", until="2010-03-31")
    assert before.total == 0


def test_e1_counts_each_child_once_per_type_and_once_in_total(office_db, project, records) -> None:
    e1 = indicators.e1_counts(office_db, project["id"])
    assert e1["formal_education"] == indicators.BySex(1, 1)
    assert e1["school_supplies"] == indicators.BySex(1, 0)
    assert e1["vocational_training"] == indicators.BySex(0, 1)
    assert e1["total"] == indicators.BySex(1, 2)


def test_l1_counts_households_given_livelihood_services(office_db, project, records) -> None:
    assert indicators.l1_count(office_db, project["id"]) == indicators.BySex(1, 0)


def test_participant_status_uses_the_latest_follow_up(office_db, project, records) -> None:
    status = indicators.participant_status(office_db, project["id"], "2010-12-31")
    poc1 = status["POC1"]
    assert (poc1.numerator.total, poc1.denominator.total) == (1, 3)  # only the worker is still in child labour
    assert status["POC4"].numerator.total == 2  # girl and boy attend regularly
    before = indicators.participant_status(office_db, project["id"], "2010-01-31")
    assert before["POC1"].numerator.total == 2  # at intake the girl and the worker were in child labour


def test_project_indicators_put_targets_beside_actuals(office_db, ctx, project, records) -> None:
    result = indicators.project_indicators(office_db, Projects(ctx).get(project["id"]), None)
    assert result.target_withdrawn.total == 20
    assert result.withdrawn_cumulative.total == 1
    assert result.percent(result.withdrawn_cumulative.total, result.target_withdrawn.total) == 5.0


@pytest.mark.parametrize("dimension", ["age_group", "sector", "province", "programme"])
def test_breakdowns_add_up_to_the_total_on_the_demo(demo_db, dimension: str) -> None:
    project = next(iter(demo_db.query("SELECT * FROM projects WHERE code = 'KH-WFCL'")))
    for outcome, expected in (("withdrawn", 5860), ("prevented", 5884)):
        parts = indicators.outcome_counts(demo_db, project["id"], outcome, by=dimension)
        assert sum(p.total for p in parts.values()) == expected
        total = indicators.outcome_totals(demo_db, project["id"], outcome)
        assert (total.f + total.m, sum(p.f for p in parts.values())) == (expected, total.f)
