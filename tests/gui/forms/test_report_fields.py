"""The fields the donor's forms need: DUNS, UEI, closed and revised on the project; a livelihood service's kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from cl_desktop.services.children import Children
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import location_id
from cl_desktop.ui.forms import create_form


def show(qtbot: Any, form: Any) -> Any:
    qtbot.addWidget(form, before_close_func=lambda w: setattr(w, "dirty", False))
    form.show()
    form.activateWindow()
    return form


def test_the_project_form_saves_the_identifiers_markers_and_school_age(
    qtbot: Any, ctx: Any, bus: Any, project: Any
) -> None:
    form = show(qtbot, create_form("project", ctx, bus, record_id=project["id"]))
    for name, text in (("duns", "12-345-6789"), ("uei", "abcd1234efgh"), ("school_age_max", "15")):
        form.fields[name].clear()
        qtbot.keyClicks(form.fields[name], text)
    for name in ("closed", "dates_revised"):
        form.fields[name].setFocus()
        qtbot.keyClick(form.fields[name], Qt.Key.Key_Space)
    assert form.submit(), form.banner.text()
    saved = Projects(ctx).get(project["id"])
    assert (saved["duns"], saved["uei"], saved["school_age_max"]) == ("12-345-6789", "ABCD1234EFGH", 15)
    assert (saved["closed"], saved["dates_revised"]) == (1, 1)


def test_a_uei_longer_than_twelve_characters_is_refused_beside_the_field(
    qtbot: Any, ctx: Any, bus: Any, project: Any
) -> None:
    form = show(qtbot, create_form("project", ctx, bus, record_id=project["id"]))
    qtbot.keyClicks(form.fields["uei"], "ABCD1234EFGH9")
    assert not form.submit()
    assert form.error_text("uei")
    assert Projects(ctx).get(project["id"])["uei"] == ""


def test_a_household_service_records_its_livelihood_kind(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    household = Children(ctx).register_household(
        {
            "programme_id": programme["id"],
            "head_name": "Sok Chea",
            "head_sex": "F",
            "members": 4,
            "location_id": location_id("KH-8"),
            "registered_on": "2009-06-01",
        }
    )
    form = show(qtbot, create_form("household_service", ctx, bus))
    picker = form.picker
    picker.search_edit.setFocus()
    qtbot.keyClicks(picker.search_edit, "Sok")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.ids() == [household["id"]]
    form.fields["livelihood_kind"].set_value("adult_employment")
    form.fields["start_date"].setText("2010-02-01")
    form.fields["programme_id"].set_value(programme["id"])
    assert form.submit(), form.banner.text()
    row = ctx.db.execute("SELECT service_type, livelihood_kind FROM services").fetchone()
    assert tuple(row) == ("livelihood", "adult_employment")


def test_the_project_form_sets_the_referral_days_and_the_chores_rule(
    qtbot: Any, ctx: Any, bus: Any, project: Any
) -> None:
    form = show(qtbot, create_form("project", ctx, bus, record_id=project["id"]))
    assert form.fields["referral_service_days"].text() == "30"  # the default, as every project starts
    assert form.fields["chores_max_hours"].text() == ""  # chores count as work only when a project says so
    for name, text in (("referral_service_days", "10"), ("chores_max_hours", "28"), ("chores_max_age", "13")):
        form.fields[name].selectAll()
        qtbot.keyClicks(form.fields[name], text)
    assert form.submit(), form.banner.text()
    saved = Projects(ctx).get(project["id"])
    assert (saved["referral_service_days"], saved["chores_max_hours"], saved["chores_max_age"]) == (10, 28, 13)


def test_a_referral_wait_of_no_days_is_refused_beside_the_field(qtbot: Any, ctx: Any, bus: Any, project: Any) -> None:
    form = show(qtbot, create_form("project", ctx, bus, record_id=project["id"]))
    form.fields["referral_service_days"].selectAll()
    qtbot.keyClicks(form.fields["referral_service_days"], "0")
    assert not form.submit()
    assert form.error_text("referral_service_days")
    assert Projects(ctx).get(project["id"])["referral_service_days"] == 30
