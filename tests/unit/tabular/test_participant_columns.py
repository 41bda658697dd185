"""The participant fields travel through spreadsheets as columns, blank meaning not asked."""

from __future__ import annotations

from cl_desktop.tabular import columns
from cl_desktop.tabular.values import from_cell, same, to_cell


def _col(table: str, key: str) -> columns.Col:
    found = [c for c in columns.COLUMNS[table] if c.key == key]
    assert len(found) == 1, key
    return found[0]


def test_each_new_field_is_a_column_of_its_table() -> None:
    for table, keys in (
        ("children", ("chores_hours_per_week", "household_hazards", "job_to_return", "head_relation", "latitude")),
        ("follow_ups", ("chores_hours_per_week", "household_hazards")),
        ("households", ("income_sources",)),
    ):
        for key in keys:
            assert _col(table, key).field == key


def test_a_job_to_return_to_keeps_not_asked_apart_from_no() -> None:
    col = _col("children", "job_to_return")
    assert (from_cell(col, "", None), from_cell(col, "no", None), from_cell(col, "yes", None)) == (None, False, True)
    assert (to_cell(col, None, None), to_cell(col, 0, None), to_cell(col, 1, None)) == (None, "no", "yes")
    assert same(col, None, None) and same(col, False, 0) and not same(col, None, 0)


def test_a_location_is_read_by_the_service_and_compared_as_a_number() -> None:
    col = _col("children", "latitude")
    assert (from_cell(col, "", None), from_cell(col, "11,55", None)) == (None, "11,55")
    assert to_cell(col, 11.55, None) == 11.55
    assert same(col, "11,55", 11.55) and same(col, None, None) and not same(col, "north", 11.55)
