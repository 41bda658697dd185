"""Typing into the forms as a clerk does: dates as the screen writes them and a calendar, searchable places
and programmes, messages that go when the field is right, skip logic, a consent date that follows the
intake date, and Save and new."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableView, QToolButton
from test_child_intake import focused, press, show, type_text

from cl_desktop.services.children import Children
from cl_desktop.services.reference import location_id
from cl_desktop.ui.forms import create_form


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, qapp: Any, app_fonts: None) -> Iterator[str]:
    from cl_desktop.ui import i18n

    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def click_into(qtbot: Any, widget: Any) -> None:
    """Give a field the keyboard as a click would, and select what it holds."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: focused() is widget or widget.isAncestorOf(focused()))
    line = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
    if hasattr(line, "selectAll"):
        line.selectAll()


def fill_child(qtbot: Any, form: Any, *, birth: str = "01/05/1997", intake: str = "10/01/2010") -> None:
    """A child ready to save, typed key by key (dates as the English screen writes them)."""
    for name, text in (("name", "Sok Srey Mom"), ("birth_date", birth), ("intake_date", intake)):
        click_into(qtbot, form.fields[name])
        type_text(qtbot, text)
    form.fields["sex"].set_value("F")
    form.fields["location_id"].set_location(location_id("KH-8"))
    click_into(qtbot, form.fields["guardian_name"])
    type_text(qtbot, "Sok Chan")
    form.fields["guardian_relation"].set_value("mother")
    form.fields["consent"].setChecked(True)
    form.fields["school_status"].set_value("dropped_out")


# -- dates ------------------------------------------------------------------------------------------


def test_dates_are_typed_as_the_screen_writes_them_and_saved_as_dates(
    qtbot: Any, ctx: Any, bus: Any, programme: Any
) -> None:
    form = show(qtbot, create_form("child", ctx, bus))
    assert form.fields["intake_date"].placeholderText() == "DD/MM/YYYY"
    fill_child(qtbot, form, birth="1/5/1997", intake="10/01/2010")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert form.result() == form.DialogCode.Accepted, form.banner.text()
    child = Children(ctx).get(form.saved["id"])
    assert (child["birth_date"], child["intake_date"], child["consent_date"]) == (
        "1997-05-01",
        "2010-01-10",
        "2010-01-10",
    )
    from cl_desktop.ui.recent import recent_ids

    assert recent_ids(ctx)[0] == child["id"]  # the child just registered heads the recent children


def test_a_stored_date_shows_as_the_language_writes_it(
    qtbot: Any, ctx: Any, bus: Any, programme: Any, language: str
) -> None:
    form = show(qtbot, create_form("household", ctx, bus, registered_on="2010-01-09"))
    shown = form.fields["registered_on"].text()
    assert shown == {"en": "09/01/2010", "ru": "09.01.2010"}[language]
    assert form.fields["registered_on"].placeholderText() == {"en": "DD/MM/YYYY", "ru": "ДД.ММ.ГГГГ"}[language]


def test_a_day_no_calendar_has_is_refused_with_the_reason_in_the_users_language(
    qtbot: Any, ctx: Any, bus: Any, programme: Any, language: str
) -> None:
    form = show(qtbot, create_form("child", ctx, bus))
    fill_child(qtbot, form)
    click_into(qtbot, form.fields["intake_date"])
    type_text(qtbot, "31.02.2020" if language == "ru" else "31/02/2020")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.result() != form.DialogCode.Accepted
    expected = {
        "en": "Intake date: February has 29 days in 2020.",
        "ru": "Дата регистрации: в месяце «февраль» 2020 г. дней: 29.",
    }[language]
    assert form.error_text("intake_date") == expected
    assert Children(ctx).db.execute("SELECT count(*) FROM children").fetchone()[0] == 0


def test_a_text_that_is_no_date_is_told_how_to_write_one(
    qtbot: Any, ctx: Any, bus: Any, programme: Any, language: str
) -> None:
    form = show(qtbot, create_form("child", ctx, bus))
    fill_child(qtbot, form)
    click_into(qtbot, form.fields["birth_date"])
    type_text(qtbot, "May 1997")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    expected = {
        "en": "Date of birth must be a date written as DD/MM/YYYY (got “May 1997”).",
        "ru": "Дата рождения: введите дату в виде ДД.ММ.ГГГГ (введено «May 1997»).",
    }[language]
    assert form.error_text("birth_date") == expected


def test_the_calendar_opens_from_the_keyboard_and_enter_takes_the_day(
    qtbot: Any, ctx: Any, bus: Any, programme: Any
) -> None:
    form = show(qtbot, create_form("household", ctx, bus))
    field = form.fields["registered_on"]
    click_into(qtbot, field)
    type_text(qtbot, "10/06/2010")
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)

    assert field.popup is not None and field.popup.isVisible()
    assert field.popup.calendar.selectedDate() == QDate(2010, 6, 10)  # opens on the typed day
    days = QApplication.focusWidget()
    assert field.popup.calendar.isAncestorOf(days)
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Down)  # a week and a day later
    qtbot.keyClick(days, Qt.Key.Key_Return)

    assert not field.popup.isVisible()
    assert field.text() == "18/06/2010"
    assert field.iso() == "2010-06-18"
    assert focused() is field
    assert form.dirty


def test_the_calendar_button_opens_it_and_a_click_takes_a_day(qtbot: Any, ctx: Any, bus: Any) -> None:
    form = show(qtbot, create_form("household", ctx, bus, registered_on="2010-01-09"))
    field = form.fields["registered_on"]
    button = next(b for b in field.findChildren(QToolButton) if b.defaultAction() is field.calendar_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    calendar = field.popup.calendar
    assert field.popup.isVisible() and calendar.selectedDate() == QDate(2010, 1, 9)
    days = calendar.findChild(QTableView)
    row_height = days.rowHeight(1)
    # the 20th of January 2010 (a Wednesday) is in the fourth week row, third column (weeks start on Monday)
    cell = days.visualRect(days.model().index(4, 2)).center()
    assert row_height > 0
    qtbot.mouseClick(days.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert field.iso() == "2010-01-20"
    assert not field.popup.isVisible()


# -- searchable combos --------------------------------------------------------------------------------


def test_typing_part_of_a_place_name_with_a_space_picks_that_place(
    qtbot: Any, ctx: Any, bus: Any, programme: Any
) -> None:
    form = show(qtbot, create_form("household", ctx, bus))
    picker = form.fields["location_id"]
    picker.set_location(location_id("KH-8"))
    district = picker.combos["district"]
    click_into(qtbot, district)
    type_text(qtbot, "N SV")  # part of "Kien Svay", a space inside, another case
    press(qtbot, Qt.Key.Key_Tab)

    assert district.currentText() == "Kien Svay"
    assert picker.location_id() == location_id("KH-8-02")
    assert focused() is form.fields["address"]  # the district has no communes in the reference list

    click_into(qtbot, district)
    type_text(qtbot, "kandal")  # "Kandal Stueng" and "Khsach Kandal": the clerk has to say which
    press(qtbot, Qt.Key.Key_Tab)
    assert district.value() == "kandal"
    assert picker.location_id() == "kandal"  # refused by the service, never a guess


def test_a_place_is_found_by_its_russian_or_khmer_name(qtbot: Any, ctx: Any, bus: Any) -> None:
    from cl_desktop.services.locations import Locations, display_name
    from cl_desktop.ui.widgets import LocationPicker

    for lang in ("ru", "km"):
        picker = LocationPicker(Locations(ctx.db), lang, country_code="KH")
        qtbot.addWidget(picker)
        picker.show()
        province = picker.combos["province"]
        kandal = next(
            display_name(r, lang)
            for r in Locations(ctx.db).children_of(picker.combos["country"].value())
            if r["code"] == "KH-8"
        )
        assert not kandal.isascii()
        province.setFocus()
        qtbot.waitUntil(lambda province=province: focused() is province)
        type_text(qtbot, kandal[1:4])  # letters from inside the name, in its own script
        press(qtbot, Qt.Key.Key_Tab)
        assert province.currentText() == kandal, lang
        assert picker.location_id() == location_id("KH-8")


def test_a_programme_is_chosen_by_typing_a_word_of_its_title(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from cl_desktop.services.projects import Projects

    other = Projects(ctx).create_programme(
        {
            "code": "KH-T-AP2",
            "project_id": project["id"],
            "title": "Fishing villages in Kampot",
            "start_date": "2009-02-01",
            "end_date": "2012-11-30",
            "sectors": ["fishing"],
            "strategy": ["withdrawal"],
        },
        [location_id("KH-8")],
    )
    form = show(qtbot, create_form("household", ctx, bus))
    combo = form.fields["programme_id"]
    click_into(qtbot, combo)
    type_text(qtbot, "kampot")
    press(qtbot, Qt.Key.Key_Tab)
    assert combo.value() == other["id"]

    click_into(qtbot, combo)
    type_text(qtbot, "KH-T-AP")  # both programmes: nothing is chosen for the clerk
    press(qtbot, Qt.Key.Key_Tab)
    assert combo.value() == "KH-T-AP"


# -- messages go when the field is right -------------------------------------------------------------


def test_a_message_goes_as_soon_as_its_field_is_right(qtbot: Any, ctx: Any, bus: Any, programme: Any) -> None:
    form = show(qtbot, create_form("child", ctx, bus))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error_text("name") == "Name is required."
    assert form.error_text("guardian_name") == "Guardian is required."

    click_into(qtbot, form.fields["name"])
    type_text(qtbot, "Sok")
    qtbot.waitUntil(lambda: form.error_text("name") == "")
    assert form.error_text("guardian_name") == "Guardian is required."  # the others stay until they are right

    click_into(qtbot, form.fields["intake_date"])
    type_text(qtbot, "31/02/2020")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "February has 29 days" in form.error_text("intake_date")
    click_into(qtbot, form.fields["intake_date"])
    type_text(qtbot, "29/02/201")  # not yet a date: the message says what is wrong now
    qtbot.waitUntil(lambda: "DD/MM/YYYY" in form.error_text("intake_date"))
    type_text(qtbot, "2")
    qtbot.waitUntil(lambda: form.error_text("intake_date") == "")


def test_in_russian_too_the_message_goes_when_the_field_is_right(
    qtbot: Any, ctx: Any, bus: Any, programme: Any, language: str
) -> None:
    form = show(qtbot, create_form("household", ctx, bus))
    click_into(qtbot, form.fields["members"])
    type_text(qtbot, "0")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    required = {"en": "Head of household is required.", "ru": "Глава домохозяйства: обязательное поле."}
    assert form.error_text("head_name") == required[language]
    assert form.error_text("members") != ""

    click_into(qtbot, form.fields["head_name"])
    type_text(qtbot, "Айгерим")
    qtbot.waitUntil(lambda: form.error_text("head_name") == "")
    assert form.error_text("members") != ""  # still 0 members
    assert form.banner.isVisible()
    click_into(qtbot, form.fields["members"])
    type_text(qtbot, "4")
    qtbot.waitUntil(lambda: form.error_text("members") == "")
    assert not form.banner.isVisible()


# -- consent date -------------------------------------------------------------------------------------


def test_the_consent_date_follows_the_intake_date_until_the_clerk_sets_it(
    qtbot: Any, ctx: Any, bus: Any, programme: Any
) -> None:
    form = show(qtbot, create_form("child", ctx, bus))
    intake, consent = form.fields["intake_date"], form.fields["consent_date"]
    assert consent.text() == intake.text()
    click_into(qtbot, intake)
    type_text(qtbot, "10/01/2010")
    assert consent.text() == "10/01/2010"

    click_into(qtbot, consent)
    type_text(qtbot, "08/01/2010")
    click_into(qtbot, intake)
    type_text(qtbot, "12/01/2010")
    assert consent.text() == "08/01/2010"  # set by the clerk: it stays


# -- skip logic -----------------------------------------------------------------------------------------


def test_unticking_the_child_works_disables_and_clears_the_work_fields(
    qtbot: Any, ctx: Any, bus: Any, programme: Any
) -> None:
    form = show(qtbot, create_form("child", ctx, bus))
    works = form.fields["working"]
    details = ("work_activities", "sector", "hours_per_week", "hazards")
    assert not any(form.fields[name].isEnabled() for name in details)

    click_into(qtbot, works)
    press(qtbot, Qt.Key.Key_Space)
    assert all(form.fields[name].isEnabled() for name in details)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.fields["work_activities"]
    type_text(qtbot, "carrying bricks")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Brick")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "30")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # the first hazard
    assert form.fields["hazards"].codes()

    click_into(qtbot, works)
    press(qtbot, Qt.Key.Key_Space)
    assert not any(form.fields[name].isEnabled() for name in details)
    values = form.values()["child"]
    assert (values["work_activities"], values["sector"], values["hours_per_week"], values["hazards"]) == (
        "",
        "",
        "",
        [],
    )
    press(qtbot, Qt.Key.Key_Tab)  # past the disabled fields
    assert focused() is form.fields["age_started_work"]


def test_a_follow_up_of_a_child_who_stopped_working_has_no_hours_or_hazards(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from test_child_intake import _child

    child = _child(ctx, project, programme)
    form = show(qtbot, create_form("follow_up", ctx, bus, child_id=child["id"]))
    assert not form.fields["hours_per_week"].isEnabled()
    click_into(qtbot, form.fields["working"])
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "20")
    click_into(qtbot, form.fields["working"])
    press(qtbot, Qt.Key.Key_Space)
    assert form.fields["hours_per_week"].text() == "" and not form.fields["hours_per_week"].isEnabled()


# -- save and new -------------------------------------------------------------------------------------------


def test_save_and_new_saves_and_opens_the_next_intake_in_the_same_village_and_programme(
    qtbot: Any, ctx: Any, bus: Any, changed: list[str], programme: Any
) -> None:
    form = show(qtbot, create_form("child", ctx, bus))
    fill_child(qtbot, form)
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    assert form.result() == form.DialogCode.Accepted, form.banner.text()
    assert Children(ctx).get(form.saved["id"])["name"] == "Sok Srey Mom"
    nxt = form.next_form
    assert nxt is not None and nxt.isVisible() and nxt is not form
    qtbot.addWidget(nxt, before_close_func=lambda w: setattr(w, "dirty", False))
    assert nxt.fields["name"].text() == ""
    assert nxt.fields["programme_id"].value() == programme["id"]
    assert nxt.fields["location_id"].location_id() == location_id("KH-8")
    assert nxt.fields["intake_date"].iso() == "2010-01-10"
    assert "children" in changed


def test_every_form_offers_save_and_new(qtbot: Any, ctx: Any, bus: Any, programme: Any) -> None:
    from cl_desktop.ui.forms import KINDS

    for kind in KINDS:
        form = create_form(kind, ctx, bus)
        qtbot.addWidget(form)
        assert form.findChild(QPushButton, "save_new") is form.save_new_button, kind
        assert not form.save_new_button.isHidden(), kind


def test_save_and_new_on_a_follow_up_starts_the_next_visit_of_the_same_child(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from test_child_intake import _child

    child = _child(ctx, project, programme)
    form = show(qtbot, create_form("follow_up", ctx, bus, child_id=child["id"]))
    click_into(qtbot, form.fields["visit_date"])
    type_text(qtbot, "01/06/2010")
    form.fields["school_status"].set_value("attending_regularly")
    click_into(qtbot, form.fields["visited_by"])
    type_text(qtbot, "Dara")
    qtbot.mouseClick(form.save_new_button, Qt.MouseButton.LeftButton)

    assert form.result() == form.DialogCode.Accepted, form.banner.text()
    qtbot.addWidget(form.next_form, before_close_func=lambda w: setattr(w, "dirty", False))
    assert form.next_form.child["id"] == child["id"]


def test_a_khmer_clerk_types_a_date_in_khmer_digits(qtbot: Any, qapp: Any, ctx: Any, bus: Any, programme: Any) -> None:
    from cl_desktop.ui import i18n

    i18n.install(qapp, "km", khmer_digits=True)
    try:
        form = show(qtbot, create_form("household", ctx, bus, registered_on="2010-01-09"))
        field = form.fields["registered_on"]
        assert field.text() == "០៩/០១/២០១០"  # a stored date in the digits the clerk chose
        click_into(qtbot, field)
        type_text(qtbot, "៣១/០២/២០១០")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        message = form.error_text("registered_on")
        assert message.startswith("កាលបរិច្ឆេទចុះឈ្មោះ: ខែកុម្ភៈ ឆ្នាំ2010 មាន 28 ថ្ងៃ")
        click_into(qtbot, field)
        type_text(qtbot, "២៨/០២/២០១០")
        qtbot.waitUntil(lambda: form.error_text("registered_on") == "")
        assert field.iso() == "2010-02-28"
    finally:
        i18n.install(qapp, "en", khmer_digits=False)


def test_enter_in_a_searchable_combo_saves_the_form(qtbot: Any, ctx: Any, bus: Any, programme: Any) -> None:
    form = show(qtbot, create_form("child", ctx, bus))
    fill_child(qtbot, form)
    click_into(qtbot, form.fields["programme_id"])
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert form.result() == form.DialogCode.Accepted, form.banner.text()
