"""Lists filter every kind of extra field: a range on numbers and dates, a text it contains, one of several
choices through their own table; bad input is one sentence and filters nothing; each filter reads an index."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from factories import intake

from cl_desktop.errors import UsageError
from cl_desktop.services import lists
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.services.custom_fields import CustomFields
from cl_desktop.services.lists import FilterRefused, ListQuery
from cl_desktop.store.custom_choice_values import TABLE, out_of_step, rebuild_choice_values
from cl_desktop.store.custom_indexes import present_indexes


@pytest.fixture
def fields(ctx: Context, project: dict[str, Any]) -> dict[str, dict[str, Any]]:
    service = CustomFields(ctx)
    base = {"project_id": project["id"], "form": "intake", "in_lists": True}
    return {
        "debt_usd": service.define({**base, "code": "debt_usd", "kind": "number", "label_en": "Debt (USD)"}),
        "seen": service.define({**base, "code": "seen", "kind": "date", "label_en": "First seen at work"}),
        "boat": service.define({**base, "code": "boat", "kind": "text", "label_en": "Boat name"}),
        "tasks": service.define(
            {
                **base,
                "code": "tasks",
                "kind": "choices",
                "label_en": "Night tasks",
                "choices": "nets=Nets;sort=Sorting;haul=Hauling",
            }
        ),
    }


@pytest.fixture
def three(
    ctx: Context, project: dict[str, Any], programme: dict[str, Any], village: str, fields: Any
) -> dict[str, str]:
    """Three children: their answers differ in every field."""
    children = Children(ctx)
    out = {}
    for name, custom in (
        ("Sok", {"debt_usd": "9", "seen": "2010-01-05", "boat": "Mekong Star", "tasks": "nets,sort"}),
        ("Dara", {"debt_usd": "10", "seen": "2010-03-01", "boat": "River Queen", "tasks": "haul"}),
        ("Vanna", {"debt_usd": "250.5", "seen": "2011-07-30", "tasks": "sort,haul"}),
    ):
        out[name] = children.register(intake(project, programme, village, name=name, name_latin=name, custom=custom))[
            "id"
        ]
    return out


def found(db: Any, filters: dict[str, str]) -> set[str]:
    query = ListQuery(filters=filters)
    rows = {r[0] for r in lists.page(db, "children", query, 0, 100)}
    assert lists.count(db, "children", query) == len(rows)
    return rows


def plan(db: Any, filters: dict[str, str]) -> str:
    return " | ".join(lists.explain(db, "children", ListQuery(filters=filters), 200))


def test_the_filters_of_number_date_and_text_fields_are_typed_not_chosen(office_db: Any, fields: Any) -> None:
    kinds = {f.key: f.kind for f in lists.filter_options(office_db, "children")}
    assert kinds["custom.debt_usd"] == "number"
    assert kinds["custom.seen"] == "date"
    assert kinds["custom.boat"] == "text"
    assert kinds["custom.tasks"] == "choice"
    assert kinds["sex"] == "choice"


def test_a_number_range_compares_numbers_not_text(office_db: Any, three: dict[str, str]) -> None:
    assert found(office_db, {"custom.debt_usd": "9..10"}) == {three["Sok"], three["Dara"]}
    assert found(office_db, {"custom.debt_usd": "10.."}) == {three["Dara"], three["Vanna"]}, "10 is above 9"
    assert found(office_db, {"custom.debt_usd": "..9"}) == {three["Sok"]}
    assert found(office_db, {"custom.debt_usd": "250,5"}) == {three["Vanna"]}, "one value: exactly it"
    assert found(office_db, {"custom.debt_usd": "១០..២៥០"}) == {three["Dara"]}, "Khmer digits"
    assert "custom_raw_children_debt_usd" in plan(office_db, {"custom.debt_usd": "10.."})


def test_a_date_range_takes_dates_as_the_screen_writes_them(office_db: Any, three: dict[str, str]) -> None:
    assert found(office_db, {"custom.seen": "2010-01-01..2010-12-31"}) == {three["Sok"], three["Dara"]}
    assert found(office_db, {"custom.seen": "01/03/2010.."}) == {three["Dara"], three["Vanna"]}
    assert found(office_db, {"custom.seen": "..31.12.2010"}) == {three["Sok"], three["Dara"]}
    assert "custom_raw_children_seen" in plan(office_db, {"custom.seen": "2010-01-01..2010-12-31"})


def test_a_text_filter_finds_what_the_text_contains_or_exactly_it(office_db: Any, three: dict[str, str]) -> None:
    assert found(office_db, {"custom.boat": "river"}) == {three["Dara"]}
    assert found(office_db, {"custom.boat": "e"}) == {three["Sok"], three["Dara"]}
    assert found(office_db, {"custom.boat": "50%"}) == set(), "a % typed is a character, not a wildcard"
    assert found(office_db, {"custom.boat": "=Mekong Star"}) == {three["Sok"]}
    assert found(office_db, {"custom.boat": "=Mekong"}) == set()
    assert "custom_raw_children_boat" in plan(office_db, {"custom.boat": "=Mekong Star"})


def test_one_of_several_choices_is_found_through_the_choice_table(office_db: Any, three: dict[str, str]) -> None:
    assert found(office_db, {"custom.tasks": "sort"}) == {three["Sok"], three["Vanna"]}
    assert found(office_db, {"custom.tasks": "haul", "custom.debt_usd": "..10"}) == {three["Dara"]}
    text = plan(office_db, {"custom.tasks": "sort"})
    assert f"SEARCH {TABLE}" in text and "SCAN c " not in text, "no row's JSON read to filter"


@pytest.mark.parametrize(
    ("key", "value", "code", "sentence"),
    [
        ("custom.debt_usd", "ten..20", "bad_number", "Debt (USD): “ten” is not a number."),
        ("custom.debt_usd", "20..10", "reversed", "Debt (USD): the range starts after it ends (20 > 10)."),
        ("custom.debt_usd", "1e999", "bad_number", "Debt (USD): “1e999” is not a number."),
        ("custom.seen", "31/02/2010..", "bad_date", "First seen at work: “31/02/2010” is not a date"),
        ("custom.seen", "2011..2010", "bad_date", "First seen at work: “2011” is not a date"),
    ],
)
def test_a_filter_value_that_cannot_be_read_is_one_sentence_and_filters_nothing(
    office_db: Any, three: dict[str, str], key: str, value: str, code: str, sentence: str
) -> None:
    with pytest.raises(FilterRefused) as caught:
        lists.page(office_db, "children", ListQuery(filters={key: value}), 0, 10)
    assert caught.value.code == code
    assert str(caught.value).startswith(sentence)
    assert isinstance(caught.value, UsageError), "the CLI's exit status 2"


def test_a_range_is_normalised_from_its_two_typed_ends() -> None:
    assert lists.range_value("number", " 5 ", "") == "5.."
    assert lists.range_value("number", "", "1 250,5") == "..1250.5"
    assert lists.range_value("number", "5,860", "") == "5860.."
    assert lists.range_value("date", "31/12/2009", "០១/០១/២០១០") == "2009-12-31..2010-01-01"
    assert lists.range_value("date", "", "") == ""
    with pytest.raises(FilterRefused, match="not a date"):
        lists.range_value("date", "yesterday", "", "Seen")


def test_a_value_of_the_wrong_type_in_the_json_is_shown_and_never_in_a_range(
    office_db: Any, three: dict[str, str]
) -> None:
    """A record written around the forms (a crafted file, an old import): text where a number belongs, a
    number where a date belongs, an object where a list belongs. The list shows them and the filters skip them."""
    office_db.execute(
        """UPDATE children SET custom = json_object('debt_usd', 'lots', 'seen', 20100301, 'boat', 42,
        'tasks', json('{"nets": 1}')) WHERE id = ?""",
        [three["Dara"]],
    )
    office_db.conn.commit()
    assert found(office_db, {"custom.debt_usd": "0.."}) == {three["Sok"], three["Vanna"]}
    assert found(office_db, {"custom.debt_usd": "..1000"}) == {three["Sok"], three["Vanna"]}
    assert found(office_db, {"custom.seen": "..2012-01-01"}) == {three["Sok"], three["Vanna"]}
    assert found(office_db, {"custom.seen": "2009-01-01.."}) == {three["Sok"], three["Vanna"]}
    assert found(office_db, {"custom.boat": "4"}) == {three["Dara"]}
    assert found(office_db, {"custom.tasks": "nets"}) == {three["Sok"]}
    rows = {r[0]: r for r in lists.page(office_db, "children", ListQuery(), 0, 10)}
    keys = [c.key for c in lists.columns("children", office_db)]
    dara = dict(zip(keys, rows[three["Dara"]][1:], strict=True))
    assert dara["custom.debt_usd"] == "lots" and dara["custom.seen"] == 20100301
    assert list(lists.display_rows(office_db, "children", ListQuery(search="Dara")))


def test_the_choice_table_follows_every_insert_update_and_delete(
    ctx: Context, office_db: Any, three: dict[str, str]
) -> None:
    def kept(child: str) -> set[tuple[str, str]]:
        rid = office_db.execute("SELECT rowid FROM children WHERE id = ?", [child]).fetchone()[0]
        rows = office_db.execute(f"SELECT code, value FROM {TABLE} WHERE tbl = 'children' AND row_id = ?", [rid])
        return {(str(a), str(b)) for a, b in rows}

    assert kept(three["Sok"]) == {("tasks", "nets"), ("tasks", "sort")}
    child = Children(ctx).get(three["Sok"])
    custom = {**json.loads(child["custom"]), "tasks": "haul"}
    Children(ctx).update(three["Sok"], {"custom": custom}, base_version=child["version"])
    assert kept(three["Sok"]) == {("tasks", "haul")}
    office_db.execute("UPDATE children SET custom = '{}' WHERE id = ?", [three["Dara"]])
    assert kept(three["Dara"]) == set()
    rid = office_db.execute("SELECT rowid FROM children WHERE id = ?", [three["Vanna"]]).fetchone()[0]
    office_db.execute("DELETE FROM audit_log WHERE 0")  # nothing: the trail is append-only
    office_db.execute("PRAGMA foreign_keys = OFF")
    office_db.execute("DELETE FROM children WHERE id = ?", [three["Vanna"]])
    office_db.execute("PRAGMA foreign_keys = ON")
    assert office_db.execute(f"SELECT count(*) FROM {TABLE} WHERE row_id = ?", [rid]).fetchone()[0] == 0
    assert out_of_step(office_db) == 0
    office_db.execute(f"DELETE FROM {TABLE}")
    assert out_of_step(office_db) == 1
    assert rebuild_choice_values(office_db) == 1
    assert out_of_step(office_db) == 0
    office_db.conn.rollback()


def test_number_date_and_text_fields_shown_in_lists_get_an_index_and_lose_it_when_hidden(
    ctx: Context, office_db: Any, fields: dict[str, dict[str, Any]]
) -> None:
    assert {"custom_raw_children_debt_usd", "custom_raw_children_seen", "custom_raw_children_boat"} <= present_indexes(
        office_db
    )
    assert not any("tasks" in name for name in present_indexes(office_db)), "several choices: their own table"
    CustomFields(ctx).update(fields["boat"]["id"], {"in_lists": False})
    assert "custom_raw_children_boat" not in present_indexes(office_db)


def test_a_common_choice_is_looked_up_row_by_row_in_the_lists_order_with_the_same_rows(
    office_db: Any, three: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rare = {key: found(office_db, {"custom.tasks": key}) for key in ("nets", "sort", "haul")}
    monkeypatch.setattr(lists, "COMMON_CHOICE", 1)
    assert {key: found(office_db, {"custom.tasks": key}) for key in ("nets", "sort", "haul")} == rare
    text = plan(office_db, {"custom.tasks": "sort"})
    assert re.search(rf"SEARCH {TABLE} USING [A-Z ]*(KEY|INDEX) [^|]*row_id=\?", text), "each row looked up"
    assert "SCAN c USING INDEX" in text, "the list's own order, no sort"
