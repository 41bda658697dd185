"""A project's extra fields in the record forms: widgets by type, keyboard, skip logic, errors in the
user's language, retired fields shown but not offered."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
from factories import intake
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox
from test_child_intake import focused, press, show, type_text

from cl_desktop.services.children import Children
from cl_desktop.services.custom_fields import CustomFields
from cl_desktop.services.reference import location_id
from cl_desktop.ui.forms import create_form


def define(ctx: Any, project: Any, form: str) -> dict[str, Any]:
    service = CustomFields(ctx)
    base = {"project_id": project["id"], "form": form}
    return {
        "night": service.define(
            {
                **base,
                "code": "night",
                "kind": "yes_no",
                "label_en": "Works at night",
                "label_km": "ធ្វើការពេលយប់",
                "label_ru": "Работает ночью",
                "section": "Fishing",
                "section_km": "ការនេសាទ",
                "section_ru": "Рыболовство",
            }
        ),
        "nights": service.define(
            {
                **base,
                "code": "nights",
                "kind": "number",
                "label_en": "Nights a week",
                "label_km": "ចំនួនយប់ក្នុងមួយសប្តាហ៍",
                "label_ru": "Ночей в неделю",
                "minimum": 0,
                "maximum": 7,
                "show_when": "night",
                "required": True,
                "section": "Fishing",
                "help_en": "Nights at sea in the last week",
            }
        ),
        "boat": service.define(
            {
                **base,
                "code": "boat",
                "kind": "choice",
                "label_en": "Boat",
                "section": "Fishing",
                "choices": "own=Family boat|ទូកគ្រួសារ|Семейная лодка;other=Another's boat|ទូកអ្នកដទៃ|Чужая лодка",
            }
        ),
        "tasks": service.define(
            {
                **base,
                "code": "tasks",
                "kind": "choices",
                "label_en": "Tasks",
                "choices": "nets=Nets|សំណាញ់|Сети;sorting=Sorting|ការរើស|Сортировка",
            }
        ),
        "seen": service.define({**base, "code": "seen", "kind": "date", "label_en": "First seen at sea"}),
        "skipper": service.define({**base, "code": "skipper", "kind": "text", "label_en": "Skipper"}),
    }


def type_into(widget: Any, text: str) -> None:
    """Text outside ASCII, sent to one widget as an input method would."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def child(ctx: Any, project: Any, programme: Any) -> dict[str, Any]:
    return Children(ctx).register(intake(project, programme, location_id("KH-8")))


def test_a_follow_up_takes_the_extra_fields_by_keyboard_with_skip_logic(
    qtbot: Any, ctx: Any, bus: Any, project: Any, child: Any
) -> None:
    define(ctx, project, "followup")
    form = show(qtbot, create_form("follow_up", ctx, bus, child_id=child["id"]))
    form.fields["school_status"].set_value("attending_regularly")
    form.fields["visited_by"].setText("Dara")
    form.fields["notes"].setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "custom.night"  # after the built-in fields, in the form's tab order
    assert not form.fields["custom.nights"].isVisible()  # shown only when "Works at night" has a value
    type_text(qtbot, "Y")
    assert form.fields["custom.nights"].isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "custom.nights"
    type_text(qtbot, "9")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "A")  # boat: type to select "Another's boat"
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # tasks: tick "Sorting"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "2010-05-02")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Chea")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.result() != form.DialogCode.Accepted
    assert form.error_text("custom.nights") == "Nights a week must be from 0 to 7 (got “9”)."
    assert focused().objectName() == "custom.nights"
    focused().selectAll()
    type_text(qtbot, "3")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.result() == form.DialogCode.Accepted, form.banner.text()
    assert json.loads(form.saved["custom"]) == {
        "boat": "other",
        "night": 1,
        "nights": 3,
        "seen": "2010-05-02",
        "skipper": "Chea",
        "tasks": ["sorting"],
    }
    again = show(qtbot, create_form("follow_up", ctx, bus, record_id=form.saved["id"]))
    assert again.fields["custom.boat"].value() == "other" and again.fields["custom.nights"].text() == "3"
    assert again.fields["custom.tasks"].codes() == ["sorting"]


@pytest.fixture
def khmer(qapp: Any, app_fonts: Any) -> Iterator[None]:
    from cl_desktop.ui import i18n

    i18n.install(qapp, "km")
    yield
    i18n.install(qapp, "en")


def test_the_intake_shows_ten_extra_fields_in_khmer_with_khmer_errors(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any, khmer: None
) -> None:
    fields = define(ctx, project, "intake")
    service = CustomFields(ctx)
    for n in range(4):
        service.define(
            {
                "project_id": project["id"],
                "form": "intake",
                "code": f"q{n}",
                "kind": "text",
                "label_en": f"Question {n}",
                "label_km": f"សំណួរទី {n}",
                "section": "ការងារលើទូក",
            }
        )
    form = show(qtbot, create_form("child", ctx, bus))
    form.resize(1024, 600)
    captions = {label.text() for label in form.findChildren(type(form.banner))}
    assert "ធ្វើការពេលយប់" in captions and "សំណួរទី 3" in captions
    # each section under its Khmer name, given by headquarters (or typed in Khmer as the name itself)
    titles = {box.title() for box in form.findChildren(QGroupBox)} | captions
    assert "ការនេសាទ" in titles and "ការងារលើទូក" in titles and "Fishing" not in titles
    form.fields["custom.night"].set_value("1")
    assert form.fields["custom.nights"].isVisibleTo(form)
    form.fields["custom.nights"].setText("8")
    form.submit()
    assert form.error_text("custom.nights").startswith("ចំនួនយប់ក្នុងមួយសប្តាហ៍")
    assert "8" in form.error_text("custom.nights") and "must" not in form.error_text("custom.nights")
    if os.environ.get("CL_CUSTOM_FIELDS_SHOT"):
        form.scroll_area.ensureWidgetVisible(form.fields["custom.nights"])
        form.grab().save(os.environ["CL_CUSTOM_FIELDS_SHOT"])
    del fields


def test_the_intake_offers_the_fields_of_the_chosen_programmes_project(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from cl_desktop.services.projects import Projects

    define(ctx, project, "intake")
    other = Projects(ctx).create(
        {"code": "KH-O", "title": "Other project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
    )
    second = Projects(ctx).create_programme(
        {
            "code": "KH-O-AP1",
            "project_id": other["id"],
            "title": "Fishing",
            "start_date": "2009-02-01",
            "end_date": "2012-11-30",
            "sectors": ["fishing"],
            "strategy": ["withdrawal"],
        },
        [location_id("KH-8")],
    )
    form = show(qtbot, create_form("child", ctx, bus))
    form.fields["programme_id"].set_value(programme["id"])
    assert "custom.night" in form.fields
    form.fields["programme_id"].set_value(second["id"])
    assert "custom.night" not in form.fields and not form.custom_panel.isVisible()
    form.fields["programme_id"].set_value(programme["id"])
    assert form.fields["custom.night"].isVisible()


def test_a_retired_field_shows_its_old_value_and_is_not_offered(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    fields = define(ctx, project, "household")
    children = Children(ctx)
    household = children.register_household(
        {
            "head_name": "Chan",
            "location_id": location_id("KH-8"),
            "registered_on": "2010-01-05",
            "programme_id": programme["id"],
            "custom.skipper": "Sok",
        }
    )
    CustomFields(ctx).retire(fields["skipper"]["id"])
    form = show(qtbot, create_form("household", ctx, bus, record_id=household["id"]))
    assert "custom.skipper" not in form.fields
    shown = form.findChild(type(form.banner), "retired_skipper")
    assert shown is not None and shown.text() == "Sok"
    form.fields["custom.boat"].set_value("own")
    form.submit()
    assert form.result() == form.DialogCode.Accepted, form.banner.text()
    assert json.loads(children.household(household["id"])["custom"]) == {"boat": "own", "skipper": "Sok"}


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", r"This plugin does not support raise\(\)")
def test_headquarters_defines_a_field_in_settings_previews_it_and_retires_it(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    from cl_desktop.ui.pages.custom_fields import CustomFieldsView

    view = CustomFieldsView(ctx, bus)
    qtbot.addWidget(view)
    view.show()
    assert view.table.rowCount() == 0
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "form_custom_field" and w.isVisible())
    qtbot.addWidget(form, before_close_func=lambda w: setattr(w, "dirty", False))
    assert form.fields["project_id"].value() == project["id"] and form.fields["form"].value() == "intake"
    qtbot.keyClicks(form.fields["code"], "boat")
    form.fields["kind"].set_value("choice")
    qtbot.keyClicks(form.fields["label_en"], "Boat")
    type_into(form.fields["label_km"], "ទូក")
    type_into(form.fields["choices"], "own = Family boat | ទូកគ្រួសារ | Семейная лодка")
    qtbot.keyClick(form.fields["required"], Qt.Key.Key_Space)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.result() == form.DialogCode.Accepted, form.banner.text()
    assert view.table.rowCount() == 1 and view.table.item(0, 1).text() == "Boat"
    assert view.table.item(0, 4).text() == "Yes", view.rows

    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    preview = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "form_custom_fields_preview" and w.isVisible()
    )
    qtbot.addWidget(preview)
    assert preview.fields["custom.boat"].count() == 2  # blank and "Family boat"
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert preview.error_text("custom.boat") == "Boat is required."
    preview.fields["custom.boat"].set_value("own")
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert preview.isVisible() and "saves nothing" in preview.banner.text()
    preview.close()
    assert ctx.db.execute("SELECT count(*) FROM children").fetchone()[0] == 0

    view.table.selectRow(0)
    qtbot.mouseClick(view.retire_button, Qt.MouseButton.LeftButton)
    assert view.table.item(0, 5).text() == "Retired"
    assert view.retire_button.text() == "&Bring back"
    assert CustomFields(ctx).get(view.rows[0]["id"])["retired"] == 1


def test_the_intakes_new_household_takes_the_households_extra_fields_by_keyboard_with_skip_logic(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    define(ctx, project, "household")
    form = show(qtbot, create_form("child", ctx, bus))
    values = intake(project, programme, "")
    for name in ("name", "name_latin", "birth_date", "intake_date", "guardian_name", "consent_date"):
        form.fields[name].setText(values[name])
    form.fields["sex"].set_value("F")
    picker = form.fields["location_id"]
    picker.combos["province"].setCurrentIndex(picker.combos["province"].findText("Kandal"))
    form.fields["programme_id"].set_value(programme["id"])
    form.fields["guardian_relation"].set_value("mother")
    form.fields["consent"].setChecked(True)
    form.fields["school_status"].set_value("dropped_out")
    assert "household.custom.night" in form.fields and "custom.night" not in form.fields
    assert not form.fields["household.custom.night"].isVisible()  # the new household is not chosen yet
    form.fields["household_mode"].set_value("new")
    assert form.fields["household.custom.night"].isVisible()
    assert not form.fields["household.custom.nights"].isVisible()  # shown only when "Works at night" has a value
    form.fields["household.poverty_markers"].setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "household.custom.night"  # after the household's built-in fields
    type_text(qtbot, "Y")
    assert form.fields["household.custom.nights"].isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "household.custom.nights"
    type_text(qtbot, "9")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "A")  # boat: type to select "Another's boat"
    count = lambda table: ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    before = (count("children"), count("households"))
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.result() != form.DialogCode.Accepted
    assert form.error_text("household.custom.nights") == "Nights a week must be from 0 to 7 (got “9”)."
    assert form.error_text("household.head_name").startswith("Head of household ")  # named as on the screen
    assert (count("children"), count("households")) == before
    form.fields["household.head_name"].setText("Chan")
    form.fields["household.custom.nights"].setFocus()
    focused().selectAll()
    type_text(qtbot, "3")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.result() == form.DialogCode.Accepted, form.banner.text()
    child_row = Children(ctx).get(form.saved["id"])
    household = Children(ctx).household(child_row["household_id"])
    assert json.loads(household["custom"]) == {"boat": "other", "night": 1, "nights": 3}
    assert json.loads(child_row["custom"]) == {}
