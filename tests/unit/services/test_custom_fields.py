"""A project's extra fields: defined at headquarters, answered with each record, retired but never lost."""

from __future__ import annotations

import json
from typing import Any

import pytest
from factories import ctx_for, intake

from cl_desktop.domain.validation import Invalid
from cl_desktop.errors import PermissionDenied, RefusedInput
from cl_desktop.security.roles import Role
from cl_desktop.services.custom_fields import CustomFields


def define_all(ctx: Any, project: dict[str, Any], form: str = "intake") -> dict[str, dict[str, Any]]:
    """One field of every type on one form."""
    service = CustomFields(ctx)
    base = {"project_id": project["id"], "form": form}
    specs = [
        {
            "code": "debt",
            "kind": "yes_no",
            "label_en": "Family in debt",
            "label_km": "គ្រួសារជំពាក់បំណុល",
            "label_ru": "Семья в долгу",
            "in_lists": True,
        },
        {
            "code": "debt_usd",
            "kind": "number",
            "label_en": "Debt (USD)",
            "minimum": 0,
            "maximum": 5000,
            "show_when": "debt",
            "required": True,
        },
        {
            "code": "lender",
            "kind": "choice",
            "label_en": "Lender",
            "choices": "employer=Employer|និយោជក|Работодатель; relative=Relative|សាច់ញាតិ|Родственник",
        },
        {
            "code": "night_tasks",
            "kind": "choices",
            "label_en": "Night tasks",
            "choices": [{"code": "nets", "label_en": "Hauling nets"}, {"code": "sorting", "label_en": "Sorting fish"}],
        },
        {"code": "first_seen", "kind": "date", "label_en": "First seen at the kiln"},
        {
            "code": "kiln_name",
            "kind": "text",
            "label_en": "Kiln",
            "help_en": "As the family calls it",
            "section": "Workplace",
        },
    ]
    return {s["code"]: service.define({**base, **s}) for s in specs}


def test_fields_of_every_type_are_defined_listed_and_kept_in_order(ctx, project) -> None:
    rows = define_all(ctx, project)
    listed = CustomFields(ctx).list(project["id"])
    assert [r["code"] for r in listed] == ["debt", "debt_usd", "lender", "night_tasks", "first_seen", "kiln_name"]
    assert {r["kind"] for r in listed} == {"text", "number", "date", "yes_no", "choice", "choices"}
    lender = json.loads(rows["lender"]["choices"])
    assert lender[0] == {"code": "employer", "label_en": "Employer", "label_km": "និយោជក", "label_ru": "Работодатель"}
    defs = CustomFields(ctx).definitions(project["id"], "intake")
    assert defs[0].label("km") == "គ្រួសារជំពាក់បំណុល" and defs[5].help("ru") == "As the family calls it"


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"code": "Debt"}, "code", "Field code must be one of"),
        ({"code": "debt"}, "code", "already used"),
        ({"kind": "choice"}, "choices", "Choices is required"),
        ({"kind": "number", "minimum": 10, "maximum": 5}, "maximum", "cannot be before"),
        ({"show_when": "nowhere"}, "show_when", "does not exist"),
        ({"label_en": ""}, "label_en", "is required"),
        ({"kind": "colour"}, "kind", "must be one of"),
        ({"form": "referral"}, "form", "must be one of"),
    ],
)
def test_a_bad_definition_is_refused_with_its_reason_and_nothing_saved(ctx, project, values, field, message) -> None:
    service = CustomFields(ctx)
    service.define({"project_id": project["id"], "form": "intake", "code": "debt", "kind": "yes_no", "label_en": "D"})
    with pytest.raises(Invalid) as caught:
        service.define(
            {"project_id": project["id"], "form": "intake", "code": "other", "kind": "text", "label_en": "O", **values}
        )
    assert message in caught.value.errors[field]
    assert len(service.list()) == 1


def test_only_an_administrator_defines_fields(office_db, project) -> None:
    for role in (Role.CLERK, Role.COORDINATOR):
        with pytest.raises(PermissionDenied):
            CustomFields(ctx_for(office_db, role)).define(
                {"project_id": project["id"], "form": "intake", "code": "x", "kind": "text", "label_en": "X"}
            )


def test_values_of_every_type_are_cleaned_saved_and_edited(ctx, children, project, programme, village) -> None:
    define_all(ctx, project)
    child = children.register(
        intake(
            project,
            programme,
            village,
            custom={"debt": "yes", "debt_usd": "1200,50", "lender": "employer", "night_tasks": "sorting;nets"},
            **{"custom.first_seen": "2009-11-30", "custom.kiln_name": "  Kiln 4 "},
        )
    )
    assert json.loads(child["custom"]) == {
        "debt": 1,
        "debt_usd": 1200.5,
        "first_seen": "2009-11-30",
        "kiln_name": "Kiln 4",
        "lender": "employer",
        "night_tasks": ["nets", "sorting"],
    }
    edited = children.update(child["id"], {"custom.kiln_name": "Kiln 5", "custom.lender": ""})
    assert json.loads(edited["custom"])["kiln_name"] == "Kiln 5" and "lender" not in json.loads(edited["custom"])
    # an edit of other fields keeps the extra ones as they are
    again = children.update(child["id"], {"notes": "seen again"})
    assert again["custom"] == edited["custom"]
    history = children.history(child["id"])
    assert any("custom" in json.dumps(h.get("changes", "")) for h in history)


@pytest.mark.parametrize(
    ("given", "field", "message"),
    [
        ({"debt": "maybe"}, "custom.debt", "must be one of: yes, no"),
        ({"debt": "1", "debt_usd": "9000"}, "custom.debt_usd", "must be from 0 to 5000"),
        ({"debt": "1", "debt_usd": "lots"}, "custom.debt_usd", "must be a number"),
        ({"debt": "1"}, "custom.debt_usd", "is required"),
        ({"lender": "bank"}, "custom.lender", "must be one of: employer, relative"),
        ({"night_tasks": "nets,diving"}, "custom.night_tasks", "must be one of"),
        ({"first_seen": "30/11/2009"}, "custom.first_seen", "YYYY-MM-DD"),
        ({"kiln_name": "x" * 2001}, "custom.kiln_name", "too long"),
        ({"unknown": "1"}, "custom.unknown", "does not exist"),
    ],
)
def test_a_wrong_value_is_refused_beside_its_field_and_nothing_saved(
    ctx, children, project, programme, village, office_db, given, field, message
) -> None:
    define_all(ctx, project)
    with pytest.raises(Invalid) as caught:
        children.register(intake(project, programme, village, custom=given))
    assert message in caught.value.errors[field]
    assert office_db.execute("SELECT count(*) FROM children").fetchone()[0] == 0


def test_a_hidden_field_is_cleared_and_not_required(ctx, children, project, programme, village) -> None:
    define_all(ctx, project)
    child = children.register(intake(project, programme, village, custom={"debt_usd": "300"}))
    assert "debt_usd" not in json.loads(child["custom"])  # shown only when debt has a value
    child = children.register(intake(project, programme, village, name="Dara", custom={"debt": "0"}))
    assert json.loads(child["custom"]) == {"debt": 0}


def test_a_retired_field_keeps_its_values_and_takes_no_new_ones(ctx, children, project, programme, village) -> None:
    rows = define_all(ctx, project)
    child = children.register(intake(project, programme, village, custom={"kiln_name": "Kiln 4"}))
    service = CustomFields(ctx)
    service.retire(rows["kiln_name"]["id"])
    assert service.values_in_use(rows["kiln_name"]["id"]) == 1
    assert [d.code for d in service.definitions(project["id"], "intake", retired=False)] == [
        "debt",
        "debt_usd",
        "lender",
        "night_tasks",
        "first_seen",
    ]
    kept = children.update(child["id"], {"custom.lender": "relative"})
    assert json.loads(kept["custom"]) == {"kiln_name": "Kiln 4", "lender": "relative"}
    with pytest.raises(Invalid, match="does not exist"):
        children.update(child["id"], {"custom.kiln_name": "Kiln 9"})
    assert service.get(rows["kiln_name"]["id"])["deleted"] == 0  # never deleted
    service.retire(rows["kiln_name"]["id"], retired=False)
    assert children.update(child["id"], {"custom.kiln_name": "Kiln 9"})["custom"].count("Kiln 9") == 1


def test_code_form_and_type_are_fixed_and_a_choice_in_use_stays(ctx, project) -> None:
    rows = define_all(ctx, project)
    service = CustomFields(ctx)
    with pytest.raises(RefusedInput, match="cannot change once defined"):
        service.update(rows["lender"]["id"], {"kind": "text"})
    with pytest.raises(Invalid, match="relative"):
        service.update(rows["lender"]["id"], {"choices": "employer=Employer"})
    updated = service.update(
        rows["lender"]["id"], {"choices": "employer=Employer;relative=Relative;broker=Broker", "label_ru": "Кредитор"}
    )
    assert [c["code"] for c in json.loads(updated["choices"])] == ["employer", "relative", "broker"]
    assert updated["label_ru"] == "Кредитор"


def test_follow_up_household_and_service_forms_carry_their_own_fields(
    ctx, children, project, programme, village
) -> None:
    service = CustomFields(ctx)
    for form in ("followup", "household", "service"):
        service.define(
            {"project_id": project["id"], "form": form, "code": "night_work", "kind": "yes_no", "label_en": "Night"}
        )
    child = children.register(intake(project, programme, village))
    visit = children.record_follow_up(
        child["id"],
        {
            "visit_date": "2010-03-01",
            "working": False,
            "school_status": "attending_regularly",
            "visited_by": "Officer",
            "custom.night_work": "yes",
        },
    )
    assert json.loads(visit["custom"]) == {"night_work": 1}
    household = children.register_household(
        {
            "head_name": "Chan",
            "location_id": village,
            "registered_on": "2010-01-05",
            "programme_id": programme["id"],
            "custom.night_work": "no",
        }
    )
    assert json.loads(household["custom"]) == {"night_work": 0}
    household = children.update_household(household["id"], {"custom.night_work": "yes"})
    assert json.loads(household["custom"]) == {"night_work": 1}
    [svc] = children.record_services(
        {"service_type": "formal_education", "start_date": "2010-02-01", "custom.night_work": "1"}, [child["id"]]
    )
    assert json.loads(svc["custom"]) == {"night_work": 1}
    with pytest.raises(Invalid, match="does not exist"):
        children.record_services(
            {"service_type": "formal_education", "start_date": "2010-02-01", "custom.other": "1"}, [child["id"]]
        )


def test_lists_show_and_filter_the_fields_shown_in_lists(ctx, children, project, programme, village, office_db) -> None:
    from cl_desktop.services import lists

    service = CustomFields(ctx)
    base = {"project_id": project["id"], "form": "intake", "in_lists": True}
    service.define({**base, "code": "debt", "kind": "yes_no", "label_en": "In debt", "label_km": "ជំពាក់"})
    service.define({**base, "code": "lender", "kind": "choice", "label_en": "Lender",
                    "choices": "employer=Employer|និយោជក;kin=Kin|សាច់ញាតិ"})  # fmt: skip
    service.define({**base, "code": "tasks", "kind": "choices", "label_en": "Tasks",
                    "choices": "nets=Nets;sorting=Sorting"})  # fmt: skip
    service.define({**base, "code": "hidden", "kind": "text", "label_en": "Not in lists", "in_lists": False})
    a = children.register(intake(project, programme, village, custom={"debt": "yes", "lender": "kin",
                                                                      "tasks": "nets,sorting"}))  # fmt: skip
    b = children.register(intake(project, programme, village, name="Dara", custom={"debt": "no", "tasks": "nets"}))
    keys = [c.key for c in lists.columns("children", office_db)]
    assert keys[-3:] == ["custom.debt", "custom.lender", "custom.tasks"] and "custom.hidden" not in keys
    assert [c.label for c in lists.columns("children", office_db, "km")][-3] == "ជំពាក់"
    rows = {r[0]: r[-3:] for r in lists.page(office_db, "children", lists.ListQuery(), 0, 10)}
    assert rows[a["id"]] == ("1", "kin", "nets, sorting") and rows[b["id"]] == ("0", None, "nets")
    shown = list(lists.display_rows(office_db, "children", lists.ListQuery(), "km"))
    assert ["Yes", "សាច់ញាតិ", "Nets, Sorting"] in [row[-3:] for row in shown]
    for filters, expected in (
        ({"custom.debt": "1"}, {a["id"]}),
        ({"custom.debt": "0"}, {b["id"]}),
        ({"custom.tasks": "sorting"}, {a["id"]}),
        ({"custom.tasks": "nets"}, {a["id"], b["id"]}),
        ({"custom.lender": "employer"}, set()),
    ):
        query = lists.ListQuery(filters=filters)
        assert {r[0] for r in lists.page(office_db, "children", query, 0, 10)} == expected, filters
        assert lists.count(office_db, "children", query) == len(expected)
    options = {f.key: f.options for f in lists.filter_options(office_db, "children", "km")}
    assert options["custom.lender"] == (("employer", "និយោជក"), ("kin", "សាច់ញាតិ"))
    assert options["custom.debt"] == (("1", "Yes"), ("0", "No"))
