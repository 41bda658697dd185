from __future__ import annotations

from cl_desktop.security.pseudonymise import (
    age_group_label,
    maybe_pseudonymise,
    pseudonymise_columns,
    pseudonymise_row,
)

CHILD = {
    "id": "0191-abcd",
    "case_number": "KH-KDL-000123",
    "name": "សុខ ស្រីមុំ",
    "name_latin": "Sok Srey Mom",
    "sex": "F",
    "birth_date": "1997-05-01",
    "intake_date": "2010-01-10",
    "guardian_name": "សុខ ចាន់",
    "notes": "lives with her aunt Chan near the kiln",
    "outcome": "withdrawn",
}


def test_names_become_case_numbers_and_birth_dates_age_groups() -> None:
    row = pseudonymise_row(CHILD)
    assert row["name"] == row["name_latin"] == "KH-KDL-000123"
    assert row["age_group"] == "12-14" and "birth_date" not in row
    assert "guardian_name" not in row and "notes" not in row
    assert row["sex"] == "F" and row["outcome"] == "withdrawn"
    assert not any("សុខ" in str(v) or "Sok" in str(v) for v in row.values())


def test_the_header_matches_the_rows() -> None:
    assert pseudonymise_columns(list(CHILD)) == list(pseudonymise_row(CHILD))


def test_age_groups_at_the_edges() -> None:
    assert age_group_label("2005-01-01", "2010-01-01") == "5-8"
    assert age_group_label("2006-01-02", "2010-01-01") == "under 5"
    assert age_group_label("1990-01-01", "2010-01-01") == "18+"
    assert age_group_label("", "2010-01-01") == "" and age_group_label("garbage", "2010-01-01") == ""


def test_one_switch() -> None:
    rows = [CHILD, {**CHILD, "case_number": "", "id": "0191-ffff0000"}]
    assert list(maybe_pseudonymise(rows, False)) == [dict(r) for r in rows]
    out = list(maybe_pseudonymise(rows, True))
    assert out[1]["name"] == "ID-ffff0000"
    household = pseudonymise_row({"code": "HH-KH-PNP-000001", "head_name": "Chan Dara", "address": "Street 5"})
    assert household == {"code": "HH-KH-PNP-000001", "head_name": "HH-KH-PNP-000001"}
