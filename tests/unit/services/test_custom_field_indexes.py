"""Extra fields a list filters by get an index on their value, created and dropped as definitions change."""

from __future__ import annotations

from typing import Any

from factories import intake

from cl_desktop.services import lists
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.services.custom_fields import CustomFields
from cl_desktop.store.custom_indexes import present_indexes, refresh_custom_indexes


def plan_of_filter(db: Any, filters: dict[str, str]) -> str:
    """The query plan of the children list's first page under ``filters``, as SQLite would run it."""
    d = lists._definition("children", db)
    plan = lists._plan(db, d, lists.ListQuery(filters=filters))
    sql, args = lists._segment_select(d, plan, 0, None, 200)
    return " | ".join(str(r[3]) for r in db.execute("EXPLAIN QUERY PLAN " + sql, args))


def test_a_field_shown_in_lists_gets_its_index_and_loses_it_when_hidden(
    ctx: Context, project: dict[str, Any], programme: dict[str, Any], village: str, office_db: Any
) -> None:
    service = CustomFields(ctx)
    base = {"project_id": project["id"], "form": "intake"}
    lender = service.define({**base, "code": "lender", "kind": "choice", "label_en": "Lender", "in_lists": True,
                             "choices": "boss=Employer;kin=Kin"})  # fmt: skip
    service.define({**base, "code": "debt", "kind": "yes_no", "label_en": "Debt", "in_lists": True})
    service.define({**base, "code": "tasks", "kind": "choices", "label_en": "Tasks", "in_lists": True,
                    "choices": "nets=Nets;haul=Hauling"})  # fmt: skip
    service.define({**base, "code": "kiln", "kind": "choice", "label_en": "Kiln", "choices": "a=A;b=B"})
    service.define({"project_id": project["id"], "form": "household", "code": "poor", "kind": "yes_no",
                    "label_en": "Poor", "in_lists": True})  # fmt: skip
    assert present_indexes(office_db) == {
        "custom_value_children_lender",
        "custom_value_children_debt",
        "custom_value_households_poor",
    }, "one value each, shown in lists: not several choices, not a field kept out of lists"
    children = Children(ctx)
    kin = children.register(intake(project, programme, village, custom={"lender": "kin", "debt": "yes"}))
    children.register(intake(project, programme, village, name="Dara", custom={"lender": "boss", "debt": "no"}))
    assert "custom_value_children_lender" in plan_of_filter(office_db, {"custom.lender": "kin"})
    assert "custom_value_children_debt" in plan_of_filter(office_db, {"custom.debt": "1"})
    query = lists.ListQuery(filters={"custom.lender": "kin", "custom.debt": "1"})
    assert [r[0] for r in lists.page(office_db, "children", query, 0, 10)] == [kin["id"]]
    assert lists.count(office_db, "children", query, cap=10) == 1
    service.update(lender["id"], {"in_lists": False})
    assert "custom_value_children_lender" not in present_indexes(office_db)
    service.update(lender["id"], {"in_lists": True})
    assert "custom_value_children_lender" in present_indexes(office_db)
    retired = CustomFields(ctx).retire(lender["id"])
    assert retired["retired"] == 1
    assert "custom_value_children_lender" in present_indexes(office_db), "a retired field's old values stay filterable"


def test_refreshing_drops_an_index_no_definition_wants_and_leaves_the_others(
    ctx: Context, project: dict[str, Any], office_db: Any
) -> None:
    CustomFields(ctx).define({"project_id": project["id"], "form": "followup", "code": "boat", "kind": "yes_no",
                              "label_en": "At sea", "in_lists": True})  # fmt: skip
    office_db.execute(
        "CREATE INDEX custom_value_children_gone ON children(CAST(json_extract(custom, '$.\"gone\"') AS TEXT))"
    )
    created, dropped = refresh_custom_indexes(office_db)
    assert (created, dropped) == ([], ["custom_value_children_gone"])
    assert present_indexes(office_db) == {"custom_value_follow_ups_boat"}
    assert refresh_custom_indexes(office_db) == ([], [])
