"""A child who does not work has no hours, activities, sector or hazards, whatever way the data comes in."""

from __future__ import annotations

from typing import Any

import pytest
from factories import intake

from cl_desktop.domain.validation import Invalid


def count(children: Any) -> int:
    return int(children.db.execute("SELECT count(*) FROM children").fetchone()[0])


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("hours_per_week", 30),
        ("work_activities", "carrying bricks"),
        ("sector", "brick_making"),
        ("hazards", ["heavy_loads"]),
    ],
)
def test_an_intake_of_a_child_who_does_not_work_with_work_details_is_refused(
    children: Any, project: Any, programme: Any, village: Any, field: str, value: Any
) -> None:
    values = intake(project, programme, village, working=False, hours_per_week=0, sector="", hazards=[])
    values.update({"work_activities": "", field: value})
    before = count(children)
    with pytest.raises(Invalid) as refused:
        children.register(values)
    assert [e.field for e in refused.value.field_errors] == [field]
    assert refused.value.errors[field].endswith("is recorded only for a child who works.")
    assert count(children) == before


def test_a_child_who_does_not_work_without_details_is_registered_with_no_hours(
    children: Any, project: Any, programme: Any, village: Any
) -> None:
    values = intake(project, programme, village, working=False, hours_per_week="", sector="", hazards=[])
    child = children.register({**values, "work_activities": ""})
    assert (child["working"], child["hours_per_week"], child["sector"]) == (0, 0, "")


def test_a_follow_up_of_a_child_who_stopped_working_cannot_carry_hours_or_hazards(
    children: Any, project: Any, programme: Any, village: Any
) -> None:
    child = children.register(intake(project, programme, village))
    visit = {"visit_date": "2010-04-01", "working": False, "school_status": "attending_regularly", "visited_by": "FO"}
    with pytest.raises(Invalid) as refused:
        children.record_follow_up(child["id"], {**visit, "hours_per_week": 12, "hazards": ["night_work"]})
    assert {e.field for e in refused.value.field_errors} == {"hours_per_week", "hazards"}
    assert children.db.execute("SELECT count(*) FROM follow_ups").fetchone()[0] == 0
    saved = children.record_follow_up(child["id"], visit)
    assert saved["hours_per_week"] == 0
