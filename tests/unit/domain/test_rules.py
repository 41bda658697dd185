from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cl_desktop.domain.rules import (
    Outcome,
    Thresholds,
    Visit,
    WorkStatus,
    add_months,
    age_group,
    age_on,
    classify_work,
    derive_outcome,
    period_for,
    periods_between,
)


@pytest.mark.parametrize(
    ("age", "working", "hours", "hazards", "risks", "expected"),
    [
        (12, True, 30, [], [], WorkStatus.CHILD_LABOUR),
        (12, True, 14, [], [], WorkStatus.NOT_AT_RISK),
        (14, True, 15, [], [], WorkStatus.CHILD_LABOUR),
        (15, True, 30, [], [], WorkStatus.NOT_AT_RISK),
        (15, True, 41, [], [], WorkStatus.CHILD_LABOUR),
        (17, True, 40, [], [], WorkStatus.NOT_AT_RISK),
        (16, True, 10, ["dust_fumes"], [], WorkStatus.HAZARDOUS),
        (9, False, 0, [], ["sibling_working"], WorkStatus.AT_RISK),
        (9, False, 0, [], [], WorkStatus.NOT_AT_RISK),
        (18, True, 60, ["dust_fumes"], [], WorkStatus.NOT_AT_RISK),
    ],
)
def test_classify_work(age, working, hours, hazards, risks, expected) -> None:
    result = classify_work(age, working=working, hours_per_week=hours, hazards=hazards, risk_factors=risks)
    assert result.value == expected


def test_classification_explains_itself() -> None:
    result = classify_work(12, working=True, hours_per_week=30)
    assert result.reason.startswith("child labour: age 12, 30 h/week")


def test_thresholds_are_project_settings() -> None:
    strict = Thresholds(light_work_max_hours=10)
    assert classify_work(12, working=True, hours_per_week=12, thresholds=strict).value == WorkStatus.CHILD_LABOUR
    assert classify_work(12, working=True, hours_per_week=12).value == WorkStatus.NOT_AT_RISK


@pytest.mark.parametrize(
    ("age", "group"),
    [
        (4, None),
        (5, "5-8"),
        (8, "5-8"),
        (9, "9-11"),
        (11, "9-11"),
        (12, "12-14"),
        (14, "12-14"),
        (15, "15-17"),
        (17, "15-17"),
        (18, None),
    ],
)
def test_age_groups(age, group) -> None:
    assert age_group(age) == group


def test_age_on_birthday_boundaries() -> None:
    assert age_on(date(2000, 3, 1), date(2010, 2, 28)) == 9
    assert age_on(date(2000, 3, 1), date(2010, 3, 1)) == 10
    assert age_on(date(2000, 2, 29), date(2001, 2, 28)) == 0


D = date.fromisoformat


def test_withdrawn_needs_three_clean_months_after_education() -> None:
    visits = [Visit(D("2010-03-01"), False), Visit(D("2010-06-01"), False)]
    result = derive_outcome(WorkStatus.CHILD_LABOUR, [D("2010-01-15")], visits)
    assert result.value == Outcome.WITHDRAWN
    assert result.params["outcome_date"] == "2010-06-01"
    assert "withdrawn on 2010-06-01" in result.reason


def test_withdrawn_is_pending_before_three_months() -> None:
    visits = [Visit(D("2010-03-01"), False), Visit(D("2010-05-31"), False)]
    result = derive_outcome(WorkStatus.HAZARDOUS, [D("2010-01-15")], visits)
    assert result.value == Outcome.IN_PROGRESS and result.reason_key == "withdrawn_pending"


def test_a_relapse_resets_the_clean_period() -> None:
    visits = [
        Visit(D("2010-03-01"), False),
        Visit(D("2010-05-01"), True),
        Visit(D("2010-07-01"), False),
        Visit(D("2010-09-01"), False),
    ]
    result = derive_outcome(WorkStatus.CHILD_LABOUR, [D("2010-01-15")], visits)
    assert result.value == Outcome.IN_PROGRESS
    visits.append(Visit(D("2010-10-01"), False))
    assert derive_outcome(WorkStatus.CHILD_LABOUR, [D("2010-01-15")], visits).value == Outcome.WITHDRAWN


def test_found_working_at_the_latest_visit_is_not_withdrawn() -> None:
    visits = [Visit(D("2010-03-01"), False), Visit(D("2010-07-01"), False), Visit(D("2010-08-01"), True)]
    result = derive_outcome(WorkStatus.CHILD_LABOUR, [D("2010-01-15")], visits)
    assert result.value == Outcome.IN_PROGRESS and result.reason_key == "relapsed"


def test_visits_before_the_education_service_do_not_count() -> None:
    visits = [Visit(D("2009-06-01"), False), Visit(D("2009-12-01"), False)]
    result = derive_outcome(WorkStatus.CHILD_LABOUR, [D("2010-01-15")], visits)
    assert result.reason_key == "no_followup"


def test_prevented_needs_education_and_a_clean_follow_up() -> None:
    assert derive_outcome(WorkStatus.AT_RISK, [], []).reason_key == "no_education"
    result = derive_outcome(WorkStatus.AT_RISK, [D("2010-01-15")], [Visit(D("2010-02-01"), False)])
    assert result.value == Outcome.PREVENTED and result.params["outcome_date"] == "2010-02-01"


def test_children_not_at_risk_are_not_targets() -> None:
    assert derive_outcome(WorkStatus.NOT_AT_RISK, [D("2010-01-15")], []).value is None


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 36))
def test_add_months_agrees_with_sqlite(day: date, months: int) -> None:
    with sqlite3.connect(":memory:") as conn:
        expected = conn.execute("SELECT date(?, ?)", [day.isoformat(), f"+{months} months"]).fetchone()[0]
    assert add_months(day, months).isoformat() == expected


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)), st.sampled_from([1, 4, 7, 10]))
def test_every_day_falls_in_exactly_one_six_month_period(day: date, start_month: int) -> None:
    span = period_for(day, start_month)
    assert span.start <= day <= span.end
    assert period_for(span.end + timedelta(days=1), start_month).start == span.end + timedelta(days=1)
    assert (add_months(span.start, 6) - timedelta(days=1)) == span.end


def test_default_periods_are_october_to_march_and_april_to_september() -> None:
    assert period_for(D("2011-11-15")).code == "2011-10"
    assert period_for(D("2012-03-31")).end == D("2012-03-31")
    assert period_for(D("2012-04-01")).code == "2012-04"
    spans = periods_between(D("2008-09-30"), D("2012-12-31"))
    assert spans[0].code == "2008-04" and spans[-1].code == "2012-10"
    assert len(spans) == 10


@given(st.integers(min_value=0, max_value=30), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
def test_an_estimated_birth_date_gives_back_the_age_typed(age: int, on: date) -> None:
    from cl_desktop.domain.rules import estimated_birth_date

    born = estimated_birth_date(age, on)
    assert age_on(born, on) == age
    assert on - born >= timedelta(days=age * 365 + 182)


def test_an_estimated_birth_date_is_half_a_year_before_the_birthday() -> None:
    from cl_desktop.domain.rules import estimated_birth_date

    assert estimated_birth_date(12, date(2010, 3, 31)) == date(1998, 3, 28) - timedelta(days=182)
    assert estimated_birth_date(0, date(2010, 3, 15)) == date(2009, 9, 14)


@pytest.mark.parametrize("age", [-1, 31, 120])
def test_an_age_outside_0_to_30_has_no_estimated_birth_date(age: int) -> None:
    from cl_desktop.domain.rules import estimated_birth_date

    with pytest.raises(ValueError):
        estimated_birth_date(age, date(2010, 3, 15))
