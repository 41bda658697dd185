"""Dates typed as the screen writes them, and what the validation says about a day no calendar has."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cl_desktop.domain.validation import Checker
from cl_desktop.i18n.formats import format_date, read_typed_date


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("31/12/2009", "2009-12-31"),
        ("1/5/1997", "1997-05-01"),
        ("31.12.2009", "2009-12-31"),
        (" 31 / 12 / 2009 ", "2009-12-31"),
        ("31-12-2009", "2009-12-31"),
        ("2009-12-31", "2009-12-31"),
        ("2009-1-5", "2009-01-05"),
        ("៣១/១២/២០០៩", "2009-12-31"),
        ("31/02/2020", "2020-02-31"),  # read, then refused with the reason
    ],
)
def test_typed_dates_are_read(typed: str, iso: str) -> None:
    assert read_typed_date(typed) == iso


@pytest.mark.parametrize("typed", ["", "May 1997", "12/2009", "31/12/09", "2009/12/31x", "1997", "١٢/٠٥/٢٠٠٩"])
def test_text_that_is_no_date_is_not_read(typed: str) -> None:
    assert read_typed_date(typed) is None


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.sampled_from(["en", "ru", "km"]))
def test_every_date_the_screen_writes_reads_back(day: dt.date, lang: str) -> None:
    for khmer_digits in (False, True):
        shown = format_date(day, lang, khmer_digits, numeric=True)
        assert read_typed_date(shown) == day.isoformat()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2020-02-31", "Intake date: February has 29 days in 2020."),
        ("2021-02-29", "Intake date: February has 28 days in 2021."),
        ("2021-04-31", "Intake date: April has 30 days in 2021."),
        ("2021-13-01", "Intake date: a year has 12 months (got “2021-13-01”)."),
        ("0000-01-01", "Intake date must be a date written as YYYY-MM-DD (got “0000-01-01”)."),
        ("tomorrow", "Intake date must be a date written as YYYY-MM-DD (got “tomorrow”)."),
    ],
)
def test_the_validation_says_what_is_wrong_with_a_date(value: str, message: str) -> None:
    checker = Checker({"intake_date": value}, {"intake_date": "Intake date"})
    assert checker.date("intake_date") is None
    assert [e.message("Intake date") for e in checker.errors] == [message]
