from __future__ import annotations

from typing import Any

import pytest
from factories import ctx_for, intake

from cl_desktop.domain.validation import Invalid
from cl_desktop.errors import PermissionDenied, RefusedInput
from cl_desktop.security.roles import Role
from cl_desktop.services.children import Children
from cl_desktop.services.periods import Periods
from cl_desktop.store import records


def test_intake_classifies_and_numbers_the_child(children, project, programme, village) -> None:
    child = children.register(intake(project, programme, village))
    assert child["case_number"] == "KH-PNP-000001"  # the office's own series
    assert child["work_status"] == "child_labour" and child["age_at_intake"] == 12
    assert children.classification(child).reason.startswith("child labour: age 12, 30 h/week")
    assert child["province_id"] == village  # the village picker chose a province-level location here
    second = children.register(intake(project, programme, village, name="Second", name_latin=""))
    assert second["case_number"] == "KH-PNP-000002"


def test_headquarters_numbers_its_own_registrations_apart_from_every_office(demo_db, village) -> None:
    from cl_desktop.services.children import Children

    hq = Children(ctx_for(demo_db))
    assert hq.case_prefix(village) == "KH-KDL-HQ"
    assert hq.next_case_number(village) == "KH-KDL-HQ-000001"


def test_a_child_becomes_withdrawn_after_education_and_two_clean_visits(children, project, programme, village) -> None:
    child = children.register(intake(project, programme, village))
    children.record_services(
        {"service_type": "nonformal_education", "start_date": "2010-02-01", "programme_id": programme["id"]},
        [child["id"]],
    )
    assert children.get(child["id"])["outcome"] == "in_progress"
    clean = {
        "working": False,
        "school_status": "attending_regularly",
        "attendance_percent": 90,
        "visited_by": "Field officer",
    }
    children.record_follow_up(child["id"], {**clean, "visit_date": "2010-04-01"})
    assert children.get(child["id"])["outcome"] == "in_progress"
    children.record_follow_up(child["id"], {**clean, "visit_date": "2010-07-15"})
    after = children.get(child["id"])
    assert (after["outcome"], after["outcome_date"]) == ("withdrawn", "2010-07-15")
    explained = children.explain_outcome(after)
    assert explained.value == "withdrawn" and "withdrawn on 2010-07-15" in explained.reason


def test_one_service_for_a_whole_class_is_one_transaction(children, project, programme, village) -> None:
    ids = [
        children.register(intake(project, programme, village, name=f"Child {i}", name_latin=""))["id"] for i in range(5)
    ]
    rows = children.record_services({"service_type": "school_supplies", "start_date": "2010-03-01"}, ids)
    assert len(rows) == 5
    with pytest.raises(Invalid):
        children.record_services({"service_type": "school_supplies", "start_date": "2030-01-01"}, ids)
    assert len(children.services_of(ids[0])) == 1


@pytest.mark.parametrize(
    ("overrides", "field", "fragment"),
    [
        ({"name": ""}, "name", "Name is required"),
        ({"birth_date": "31/12/2001"}, "birth_date", "YYYY-MM-DD"),
        ({"intake_date": "2099-01-01"}, "intake_date", "cannot be in the future"),
        ({"birth_date": "2008-01-01"}, "birth_date", "aged 5-17 at intake"),
        ({"birth_date": "1990-01-01"}, "birth_date", "aged 5-17 at intake"),
        ({"sex": "X"}, "sex", "must be one of"),
        ({"hours_per_week": "lots"}, "hours_per_week", "whole number"),
        ({"hours_per_week": 200}, "hours_per_week", "more than 168"),
        ({"consent": False}, "consent", "Consent is required"),
        ({"intake_date": "2009-01-15", "consent_date": "2009-01-15"}, "intake_date", "outside the action programme"),
        ({"hazards": ["not_a_hazard"]}, "hazards", "must be one of"),
        ({"sector": ""}, "sector", "Sector is required"),
    ],
)
def test_invalid_intake_is_refused_with_a_message_naming_the_field(
    children, project, programme, village, overrides, field, fragment
) -> None:
    with pytest.raises(Invalid) as info:
        children.register(intake(project, programme, village, **overrides))
    assert field in info.value.errors
    assert fragment in info.value.errors[field]
    assert children.db.execute("SELECT count(*) FROM children").fetchone()[0] == 0


def test_follow_up_before_intake_is_refused(children, project, programme, village) -> None:
    child = children.register(intake(project, programme, village))
    with pytest.raises(Invalid) as info:
        children.record_follow_up(
            child["id"], {"visit_date": "2009-12-01", "school_status": "dropped_out", "visited_by": "X"}
        )
    assert "cannot be before Intake date" in info.value.errors["visit_date"]


def test_service_outside_programme_dates_is_refused(children, project, programme, village) -> None:
    child = children.register(intake(project, programme, village))
    with pytest.raises(Invalid) as info:
        children.record_services(
            {"service_type": "health", "start_date": "2012-12-15", "programme_id": programme["id"]}, [child["id"]]
        )
    assert "outside the action programme" in info.value.errors["start_date"]


def test_duplicate_case_number_is_refused(children, project, programme, village) -> None:
    children.register(intake(project, programme, village, case_number="KH-KDL-000777"))
    with pytest.raises(Invalid) as info:
        children.register(intake(project, programme, village, case_number="KH-KDL-000777", name="Other"))
    assert "already used" in info.value.errors["case_number"]


def test_an_approved_period_locks_its_records(ctx, children, project, programme, village) -> None:
    child = children.register(intake(project, programme, village))
    periods = Periods(ctx)
    period = periods.find(project["id"], "2009-10")
    periods.submit(period["id"])
    periods.approve(period["id"])
    with pytest.raises(Invalid) as info:
        children.update(child["id"], {"name": "Changed"})
    assert "approved reporting period 2009-10" in info.value.errors["intake_date"]
    with pytest.raises(RefusedInput):
        children.delete(child["id"], "mistake")
    periods.reopen(period["id"], "late correction from the field")
    children.update(child["id"], {"name": "Changed"})
    history = records.history(ctx.db, "reporting_periods", period["id"])
    assert history[-1]["reason"] == "late correction from the field"


def test_roles_are_checked_in_the_service_layer(office_db, project, programme, village) -> None:
    clerk = ctx_for(office_db, Role.CLERK, "clerk")
    Children(clerk).register(intake(project, programme, village))
    period = Periods(clerk).find(project["id"], "2009-10")
    with pytest.raises(PermissionDenied, match="clerk may not submit"):
        Periods(clerk).submit(period["id"])
    coordinator = ctx_for(office_db, Role.COORDINATOR)
    Periods(coordinator).submit(period["id"])
    with pytest.raises(PermissionDenied, match="may not approve"):
        Periods(coordinator).approve(period["id"])


def test_edits_record_old_and_new_values(ctx, children, project, programme, village) -> None:
    child = children.register(intake(project, programme, village))
    children.update(child["id"], {"hours_per_week": 45}, base_version=child["version"])
    history = records.history(ctx.db, "children", child["id"])
    assert history[-1]["changes"]["hours_per_week"] == [30, 45]
    assert history[-1]["user"] == "coord" and history[-1]["office"] == "KH-PNP"


def test_any_script_and_long_text_are_stored_as_typed(children, project, programme, village) -> None:
    weird: dict[str, Any] = {"name": "Айгерим 😀 שלום ក្មេង", "notes": "ក" * 10_000}
    child = children.register(intake(project, programme, village, **weird))
    assert children.get(child["id"])["name"] == weird["name"]
    assert children.get(child["id"])["notes"] == weird["notes"]
