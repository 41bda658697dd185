"""USDOL's participant data: chores, household tasks, a job to return to, the household head, location, income."""

from __future__ import annotations

import json
from typing import Any

import pytest
from factories import intake

from cl_desktop.domain.validation import Invalid
from cl_desktop.services.projects import Projects
from cl_desktop.sync.apply import travelling_columns


def _no_work(project: dict[str, Any], programme: dict[str, Any], village: str, **more: Any) -> dict[str, Any]:
    values = intake(
        project, programme, village, working=False, sector="", hours_per_week=0, school_status="attending_regularly"
    )
    values.update(more)
    return values


def test_the_new_fields_are_saved_returned_and_travel(children, project, programme, village, office_db) -> None:
    child = children.register(
        _no_work(
            project,
            programme,
            village,
            chores_hours_per_week=12,
            household_hazards=["open_fire", "water_loads"],
            job_to_return="no",
            head_relation="grandchild",
            latitude="11.5564",
            longitude="104,9282",  # a decimal comma as typed on some keyboards
        )
    )
    assert child["chores_hours_per_week"] == 12
    assert json.loads(child["household_hazards"]) == ["open_fire", "water_loads"]
    assert (child["job_to_return"], child["head_relation"]) == (0, "grandchild")
    assert (child["latitude"], child["longitude"]) == (11.5564, 104.9282)
    updated = children.update(child["id"], {"latitude": "", "job_to_return": True})
    assert (updated["latitude"], updated["job_to_return"], updated["longitude"]) == (None, 1, 104.9282)
    visit = children.record_follow_up(
        child["id"],
        {
            "visit_date": "2010-03-01",
            "working": False,
            "school_status": "attending_regularly",
            "visited_by": "Field officer",
            "chores_hours_per_week": 20,
            "household_hazards": "sole_carer",
        },
    )
    assert (visit["chores_hours_per_week"], json.loads(visit["household_hazards"])) == (20, ["sole_carer"])
    household = children.register_household(
        {
            "head_name": "Chan",
            "location_id": village,
            "registered_on": "2010-01-05",
            "income_sources": "farming;fishing",
        }
    )
    assert json.loads(household["income_sources"]) == ["farming", "fishing"]
    for table, names in (
        ("children", {"chores_hours_per_week", "household_hazards", "job_to_return", "head_relation", "latitude"}),
        ("follow_ups", {"chores_hours_per_week", "household_hazards"}),
        ("households", {"income_sources"}),
    ):
        assert names <= set(travelling_columns(office_db, table))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("chores_hours_per_week", 169, "Household chores (hours per week) cannot be more than 168."),
        ("chores_hours_per_week", -1, "Household chores (hours per week) cannot be negative."),
        ("latitude", "91", "Latitude must be from -90 to 90 (got “91”)."),
        ("longitude", "-180.5", "Longitude must be from -180 to 180 (got “-180.5”)."),
        ("latitude", "north", "Latitude must be a number (got “north”)."),
        ("head_relation", "boss", "Relationship to the household head must be one of:"),
        ("household_hazards", ["kiln"], "Hazardous household tasks must be one of:"),
    ],
)
def test_a_value_out_of_range_is_refused_with_one_sentence(
    children, project, programme, village, office_db, field, value, message
) -> None:
    before = office_db.execute("SELECT count(*) FROM children").fetchone()[0]
    with pytest.raises(Invalid) as refused:
        children.register(_no_work(project, programme, village, **{field: value}))
    assert str(refused.value).startswith(message)
    assert office_db.execute("SELECT count(*) FROM children").fetchone()[0] == before


def test_chores_decide_the_status_only_where_the_project_counts_them(
    ctx, children, project, programme, village
) -> None:
    child = children.register(_no_work(project, programme, village, chores_hours_per_week=30))
    assert child["age_at_intake"] == 12
    assert child["work_status"] == "not_at_risk"  # off by default: chores are not work
    assert "chores" not in children.classification(child).reason
    visit = children.record_follow_up(
        child["id"],
        {
            "visit_date": "2010-03-01",
            "working": False,
            "school_status": "attending_regularly",
            "visited_by": "Field officer",
            "chores_hours_per_week": 30,
        },
    )
    assert visit["work_status"] == "not_at_risk"

    Projects(ctx).update(project["id"], {"chores_max_hours": 28})  # re-derives like the other thresholds
    child = children.get(child["id"])
    assert child["work_status"] == "child_labour"
    explained = children.classification(child)
    assert explained.reason_key == "child_labour_chores"
    assert explained.reason == (
        "child labour: age 12, 30 h/week of household chores (more than 28 h/week at ages 5-14, the project's setting)"
    )
    assert children.follow_ups_of(child["id"])[0]["work_status"] == "child_labour"

    Projects(ctx).update(project["id"], {"chores_max_age": 11})  # a 12-year-old is outside the age group now
    assert children.get(child["id"])["work_status"] == "not_at_risk"
    Projects(ctx).update(project["id"], {"chores_max_age": 14, "chores_max_hours": None})  # off again
    assert children.get(child["id"])["work_status"] == "not_at_risk"


def test_the_chores_setting_is_checked(ctx, project) -> None:
    with pytest.raises(Invalid) as refused:
        Projects(ctx).update(project["id"], {"chores_max_hours": 200})
    assert "cannot be more than 168" in str(refused.value)
    with pytest.raises(Invalid):
        Projects(ctx).update(project["id"], {"chores_min_age": 12, "chores_max_age": 9})
