"""Workplace monitoring visits: recorded with the children they found, refused whole on bad input."""

from __future__ import annotations

import json
from typing import Any

import pytest
from factories import intake

from cl_desktop.domain.validation import Invalid
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.services.reference import location_id
from cl_desktop.services.visits import MonitoringVisits


def _visit(programme: Any, **over: Any) -> dict[str, Any]:
    values = {
        "visit_date": "2010-02-10",
        "location_id": location_id("KH-8"),
        "sector": "brick_making",
        "workplace": "Kiln 4, Kandal Stueng",
        "visitors": "Sok Dara (labour inspector)",
        "hazards": ["heavy_loads"],
        "programme_id": programme["id"],
    }
    values.update(over)
    return values


def test_a_visit_identifies_children_on_record_and_lists_them(
    ctx: Context, project: Any, programme: Any, village: str
) -> None:
    child = Children(ctx).register(intake(project, programme, village))
    visits = MonitoringVisits(ctx)
    made = visits.create(_visit(programme, location_id=village), [child["id"]])
    assert made["project_id"] == project["id"] and made["province_id"]
    assert json.loads(made["hazards"]) == ["heavy_loads"]
    assert [c["id"] for c in visits.children_of(made["id"])] == [child["id"]]
    assert [v["id"] for v in visits.visits_of(child["id"])] == [made["id"]]
    preset = visits.new_intake_preset(made["id"])
    assert preset["location_id"] == village and preset["sector"] == "brick_making" and preset["working"] is True
    audit = ctx.db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'visit_children' AND action = 'insert' "
        "AND changes LIKE ? AND changes LIKE ?",
        [f"%{child['id']}%", f"%{made['id']}%"],
    ).fetchone()[0]
    assert audit == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("visit_date", "2999-01-01"),
        ("location_id", "nowhere"),
        ("sector", "space_mining"),
        ("hazards", ["dragons"]),
        ("organisation_id", "no-such-organisation"),
    ],
)
def test_a_bad_visit_is_refused_and_nothing_is_saved(
    ctx: Context, project: Any, programme: Any, village: str, field: str, value: Any
) -> None:
    child = Children(ctx).register(intake(project, programme, village))
    before = ctx.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(Invalid) as caught:
        MonitoringVisits(ctx).create(_visit(programme, **{field: value}), [child["id"]])
    assert field in caught.value.errors
    assert ctx.db.execute("SELECT count(*) FROM monitoring_visits").fetchone()[0] == 0
    assert ctx.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    assert MonitoringVisits(ctx).visits_of(child["id"]) == []
    assert ctx.db.execute("SELECT count(*) FROM visit_children").fetchone()[0] == 0


def test_an_unknown_child_refuses_the_whole_visit(ctx: Context, programme: Any) -> None:
    with pytest.raises(Invalid):
        MonitoringVisits(ctx).create(_visit(programme), ["no-such-child"])
    assert ctx.db.execute("SELECT count(*) FROM monitoring_visits").fetchone()[0] == 0


def test_a_child_found_at_two_visits_is_listed_by_both_and_counted_once(
    ctx: Context, project: Any, programme: Any, village: str
) -> None:
    from cl_desktop.reports.referrals import visits_table
    from cl_desktop.services import lists
    from cl_desktop.services.lists import ListQuery

    child = Children(ctx).register(intake(project, programme, village))
    other = Children(ctx).register(
        intake(project, programme, village, name="Chan Dara", name_latin="Chan Dara", birth_date="2001-05-05")
    )
    visits = MonitoringVisits(ctx)
    first = visits.create(_visit(programme, location_id=village), [child["id"], other["id"]])
    second = visits.create(_visit(programme, location_id=village, visit_date="2010-03-10"), [child["id"]])
    visits.identify(second["id"], child["id"])  # again: still one link
    assert [c["id"] for c in visits.children_of(first["id"])] == sorted(
        [child["id"], other["id"]], key=lambda i: Children(ctx).get(i)["case_number"]
    )
    assert [c["id"] for c in visits.children_of(second["id"])] == [child["id"]]
    assert [v["id"] for v in visits.visits_of(child["id"])] == [second["id"], first["id"]]
    rows = lists.page(ctx.db, "monitoring_visits", ListQuery(), 0, 10)
    at = 1 + [c.key for c in lists.columns("monitoring_visits")].index("children_identified")
    counts = {r[0]: r[at] for r in rows}
    assert counts == {first["id"]: 2, second["id"]: 1}
    table = visits_table(ctx.db, project["id"], "2010-01-01", "2010-12-31", "en")
    # one province and sector: two visits, two children (the one found twice counts once)
    assert [r[2:] for r in table.rows] == [(2, 2), (2, 2)]
    # the second visit's list without the child: the link becomes a tombstone, the first keeps it
    visits.update(second["id"], {}, [])
    assert visits.children_of(second["id"]) == []
    assert [v["id"] for v in visits.visits_of(child["id"])] == [first["id"]]
    assert ctx.db.execute("SELECT count(*) FROM visit_children WHERE deleted = 1").fetchone()[0] == 1
