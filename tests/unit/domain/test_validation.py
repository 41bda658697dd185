from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cl_desktop.domain.validation import Checker, Invalid


@given(st.text(max_size=40))
def test_any_text_as_a_date_is_either_a_date_or_a_named_error(text: str) -> None:
    c = Checker({"intake_date": text}, {"intake_date": "Intake date"})
    value = c.date("intake_date", required=True)
    if c.errors:
        assert c.errors[0].field == "intake_date"
        assert "Intake date" in c.errors[0].message("Intake date")
        with pytest.raises(Invalid):
            c.finish()
    else:
        assert isinstance(value, date) and c.finish()["intake_date"] == value.isoformat()


@given(st.one_of(st.text(max_size=12), st.integers(), st.floats(allow_nan=True), st.none(), st.booleans()))
def test_any_value_as_a_number_is_either_a_number_or_a_named_error(value: object) -> None:
    c = Checker({"hours_per_week": value})
    result = c.integer("hours_per_week", maximum=168)
    assert (result is None) or (0 <= result <= 168)
    assert all(e.field == "hours_per_week" for e in c.errors)


def test_all_errors_of_a_form_are_reported_together() -> None:
    c = Checker({"name": "", "birth_date": "12/05/2001", "hours_per_week": "-3"}, {"name": "Name"})
    c.text("name", required=True)
    c.date("birth_date", required=True)
    c.integer("hours_per_week")
    with pytest.raises(Invalid) as info:
        c.finish()
    assert set(info.value.errors) == {"name", "birth_date", "hours_per_week"}
    assert info.value.errors["name"] == "Name is required."


def test_future_dates_are_refused_unless_allowed() -> None:
    c = Checker({"d": "2999-01-01"})
    assert c.date("d") is None and c.errors[0].code == "future_date"
    c = Checker({"d": "2999-01-01"})
    assert c.date("d", allow_future=True) == date(2999, 1, 1)


def test_codes_accept_lists_json_and_comma_separated_text() -> None:
    allowed = ["a", "b", "c"]
    for value in (["a", "b"], '["a", "b"]', "a, b", "a;b"):
        c = Checker({"x": value})
        assert c.codes("x", allowed) == ["a", "b"]
    c = Checker({"x": "a, zzz"})
    c.codes("x", allowed)
    assert c.errors[0].code == "choice"
