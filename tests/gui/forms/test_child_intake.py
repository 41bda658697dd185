"""Child intake by keyboard alone, the live classification, and the duplicate warning."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cl_desktop.services.children import Children
from cl_desktop.ui.forms import create_form


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot: Any, text: str) -> None:
    """Type into the focused widget; text outside ASCII arrives as an input method would send it."""
    if text.isascii():
        qtbot.keyClicks(focused(), text)
        return
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press(qtbot: Any, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def show(qtbot: Any, form: Any) -> Any:
    qtbot.addWidget(form, before_close_func=lambda w: setattr(w, "dirty", False))
    form.show()
    form.activateWindow()
    # the form's own field, not whatever another window left focused
    qtbot.waitUntil(lambda: form.isActiveWindow() and form.isAncestorOf(QApplication.focusWidget()))
    return form


def answer_next_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the next message box (the form's question) once it is shown."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_a_child_is_registered_by_keyboard_alone(
    qtbot: Any, ctx: Any, bus: Any, changed: list[str], programme: Any
) -> None:
    form = show(qtbot, create_form("child", ctx, bus))
    assert focused().objectName() == "name"
    type_text(qtbot, "សុខ ស្រីមុំ")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Sok Srey Mom")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "F")  # sex: type to select
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "birth_date"
    type_text(qtbot, "1997-05-01")
    press(qtbot, Qt.Key.Key_Tab, 2)  # past the estimated age
    focused().selectAll()
    type_text(qtbot, "2010-01-10")
    press(qtbot, Qt.Key.Key_Tab)  # the only programme is chosen already
    press(qtbot, Qt.Key.Key_Tab)  # the office's country is chosen already
    assert focused().objectName() == "location_country"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "location_province"
    type_text(qtbot, "Kandal")
    press(qtbot, Qt.Key.Key_Tab)  # district: left open
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "latitude"
    QApplication.clipboard().setText("11.5564, 104.9282")  # copied from a map: both coordinates at once
    qtbot.keyClick(focused(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "longitude"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "household_mode"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "head_relation"
    type_text(qtbot, "Grand")  # grandchild
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "guardian_name"
    type_text(qtbot, "សុខ ចាន់")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Mother")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # consent
    press(qtbot, Qt.Key.Key_Tab)
    focused().selectAll()
    type_text(qtbot, "2010-01-10")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # working
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "carrying bricks")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Brick")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "30")
    assert "child labour: age 12, 30 h/week" in form.status_label.text()
    press(qtbot, Qt.Key.Key_Tab, 2)  # past the hazards
    assert focused().objectName() == "age_started_work"
    type_text(qtbot, "10")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "job_to_return"
    type_text(qtbot, "N")  # no job to return to
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12")  # household chores, hours a week
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "household_hazards"
    press(qtbot, Qt.Key.Key_Space)  # tick the first hazardous household task
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Dropped")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "risk_factors"
    press(qtbot, Qt.Key.Key_Space)  # tick the first risk factor
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "met at the kiln")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert form.result() == form.DialogCode.Accepted, form.banner.text()
    child = Children(ctx).get(form.saved["id"])
    assert child["name"] == "សុខ ស្រីមុំ"
    assert child["sex"] == "F"
    assert child["guardian_relation"] == "mother"
    assert child["sector"] == "brick_making"
    assert child["hours_per_week"] == 30
    assert child["work_status"] == "child_labour"
    assert child["risk_factors"] == '["sibling_working"]'
    assert child["case_number"].startswith("KH-PNP-")  # the office's own series
    assert (child["latitude"], child["longitude"], child["head_relation"]) == (11.5564, 104.9282, "grandchild")
    assert (child["job_to_return"], child["chores_hours_per_week"], child["household_hazards"]) == (
        0,
        12,
        '["open_fire"]',
    )
    assert "children" in changed


def test_enter_in_a_line_edit_saves(qtbot: Any, ctx: Any, bus: Any, programme: Any, project: Any) -> None:
    form = show(qtbot, create_form("follow_up", ctx, bus, child_id=_child(ctx, project, programme)["id"]))
    form.fields["visit_date"].setText("2010-06-01")
    form.fields["school_status"].set_value("attending_regularly")
    form.fields["visited_by"].setFocus()
    form.fields["visited_by"].setText("Dara")
    qtbot.keyClick(form.fields["visited_by"], Qt.Key.Key_Return)
    assert form.result() == form.DialogCode.Accepted, form.banner.text()


def _child(ctx: Any, project: Any, programme: Any, **overrides: Any) -> dict[str, Any]:
    from factories import intake

    from cl_desktop.services.reference import location_id

    return Children(ctx).register(intake(project, programme, location_id("KH-8"), **overrides))


def test_a_child_resembling_a_registered_one_shows_the_candidate(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    existing = _child(ctx, project, programme)
    form = show(qtbot, create_form("child", ctx, bus))
    form.fields["name"].setText("សុខ ស្រីមុំ")
    form.fields["name_latin"].setText("Sok Sreymom")
    form.fields["sex"].set_value("F")
    form.fields["birth_date"].setText("1997-05-01")
    form.fields["location_id"].set_location(existing["location_id"])
    qtbot.waitUntil(lambda: form.duplicate_list.count() > 0, timeout=2000)
    text = form.duplicate_list.item(0).text()
    assert existing["case_number"] in text
    assert "same birth date" in text
    assert form.different_child.isEnabled()
    assert "resemble" in form.duplicate_heading.text()


def test_a_child_typed_with_an_age_and_a_latin_name_only_shows_the_candidate(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    existing = _child(ctx, project, programme)  # Khmer and Latin name, born 1997-05-01, intake 2010-01-10
    form = show(qtbot, create_form("child", ctx, bus))
    form.fields["intake_date"].setText("2010-01-10")
    qtbot.keyClicks(form.fields["name"], "Srey Mom Sok")  # Latin letters only, the words in another order
    form.fields["sex"].set_value("F")
    qtbot.keyClicks(form.age_edit, "12")  # no date of birth: an age
    qtbot.waitUntil(lambda: form.duplicate_list.count() > 0, timeout=2000)
    text = form.duplicate_list.item(0).text()
    assert existing["case_number"] in text and "(estimated)" in text


def test_saving_with_an_unconfirmed_duplicate_asks_first(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from factories import intake

    existing = _child(ctx, project, programme)
    form = show(qtbot, create_form("child", ctx, bus))
    values = intake(project, programme, existing["location_id"])
    for name in ("name", "name_latin", "birth_date", "intake_date", "guardian_name", "consent_date"):
        form.fields[name].setText(values[name])
    form.fields["sex"].set_value("F")
    form.fields["location_id"].set_location(existing["location_id"])
    form.fields["guardian_relation"].set_value("mother")
    form.fields["consent"].setChecked(True)
    form.fields["school_status"].set_value("dropped_out")
    before = ctx.db.execute("SELECT count(*) FROM children").fetchone()[0]
    questions: list[str] = []
    answer_next_question(QMessageBox.StandardButton.No, questions)
    assert not form.submit()
    # the English plural form (the app always installs English's plural forms, and so do the tests)
    assert questions and questions[0].startswith("A registered child resembles this one (1).")
    assert ctx.db.execute("SELECT count(*) FROM children").fetchone()[0] == before
    form.different_child.setChecked(True)
    assert form.submit(), form.banner.text()
    assert ctx.db.execute("SELECT count(*) FROM children").fetchone()[0] == before + 1


def test_intake_with_a_new_household_saves_both_or_neither(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from factories import intake

    form = show(qtbot, create_form("child", ctx, bus))
    values = intake(project, programme, "")
    for name in ("name", "name_latin", "birth_date", "intake_date", "guardian_name", "consent_date"):
        form.fields[name].setText(values[name])
    form.fields["sex"].set_value("F")
    form.fields["location_id"].combos["province"].setCurrentIndex(
        form.fields["location_id"].combos["province"].findText("Kandal")
    )
    form.fields["guardian_relation"].set_value("mother")
    form.fields["consent"].setChecked(True)
    form.fields["school_status"].set_value("dropped_out")
    form.fields["household_mode"].set_value("new")
    assert form.new_household.isVisible()
    form.fields["household.members"].setText("3")
    form.fields["household.children_under_18"].setText("5")  # more children than members
    count = lambda table: ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    before = (count("children"), count("households"))
    assert not form.submit()
    assert form.error_text("household.head_name")
    assert "more than 3" in form.error_text("household.children_under_18")
    assert (count("children"), count("households")) == before
    form.fields["household.head_name"].setText("សុខ ចាន់")
    form.fields["household.children_under_18"].setText("2")
    assert form.submit(), form.banner.text()
    assert (count("children"), count("households")) == (before[0] + 1, before[1] + 1)
    assert form.saved["household_id"]


def test_an_estimated_age_sets_an_estimated_birth_date(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from factories import intake

    form = show(qtbot, create_form("child", ctx, bus))
    values = intake(project, programme, "")
    for name in ("name", "intake_date", "guardian_name", "consent_date"):
        form.fields[name].setText(values[name])
    form.fields["age_estimated"].setText("twelve")
    form.fields["sex"].set_value("M")
    form.fields["location_id"].combos["province"].setCurrentIndex(1)
    form.fields["guardian_relation"].set_value("father")
    form.fields["consent"].setChecked(True)
    form.fields["school_status"].set_value("dropped_out")
    assert not form.submit()
    assert "twelve" in form.error_text("age_estimated")
    form.fields["age_estimated"].setText("12")
    assert form.submit(), form.banner.text()
    assert form.saved["birth_date_estimated"] == 1
    assert form.saved["age_at_intake"] == 12
    from datetime import date

    from cl_desktop.domain.rules import estimated_birth_date

    expected = estimated_birth_date(12, date.fromisoformat(values["intake_date"]))
    assert form.saved["birth_date"] == expected.isoformat()


def test_the_candidates_reasons_read_in_the_users_language(
    qapp: Any, qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from cl_desktop.ui import i18n

    existing = _child(ctx, project, programme)
    i18n.install(qapp, "ru")
    try:
        form = show(qtbot, create_form("child", ctx, bus))
        form.fields["name"].setText("សុខ ស្រីមុំ")  # QTest types Latin keys only
        form.fields["sex"].set_value("F")
        qtbot.keyClicks(form.fields["birth_date"], "1997-05-01")
        form.fields["location_id"].set_location(existing["location_id"])
        qtbot.waitUntil(lambda: form.duplicate_list.count() > 0, timeout=2000)
        text = form.duplicate_list.item(0).text()
        assert existing["case_number"] in text
        assert "то же имя кхмерским письмом" in text and "та же дата рождения" in text and "та же провинция" in text
        assert "same" not in text
    finally:
        i18n.install(qapp, "en")
