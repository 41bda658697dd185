"""After a save: a confirmation with the case number or code, and the record selected in its list."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from cl_desktop.ui.widgets import set_field_value

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture(autouse=True)
def _no_question_at_teardown(window: Any) -> Any:
    yield
    for form in window.open_forms():
        form.dirty = False  # a failed test must not leave a question nobody answers


def fill_valid_child(form: Any) -> None:
    from cl_desktop.services.reference import location_id

    for name, value in (
        ("sex", "M"),
        ("birth_date", "1998-05-01"),
        ("intake_date", "2010-06-01"),
        ("consent_date", "2010-06-01"),
        ("guardian_relation", "mother"),
        ("school_status", "dropped_out"),
        ("guardian_name", "Qorvath Mira"),
        ("consent", True),
    ):
        set_field_value(form.fields[name], value)
    form.fields["location_id"].set_location(location_id("KH-8"))
    programme = form.fields["programme_id"]
    programme.setCurrentIndex(programme.count() - 1)


def only_form(window: Any) -> Any:
    forms = window.open_forms()
    assert len(forms) == 1
    return forms[0]


def register_child(qtbot: Any, window: Any, click_page: Any) -> tuple[Any, dict[str, Any]]:
    page = click_page("children")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = only_form(window)
    qtbot.keyClicks(form.fields["name"], "Qorvath Zzyzx")
    fill_valid_child(form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.banner.text()
    row = window.ctx.db.execute("SELECT id, case_number FROM children WHERE name = 'Qorvath Zzyzx'").fetchone()
    return page, {"id": row[0], "case_number": row[1]}


def selected_id(page: Any) -> str | None:
    return page.model.row_id(page.view.currentIndex().row()) if page.view.currentIndex().isValid() else None


def test_a_new_child_is_confirmed_with_its_case_number_and_selected(qtbot: Any, window: Any, click_page: Any) -> None:
    page, child = register_child(qtbot, window, click_page)
    text = f"Registered Qorvath Zzyzx: the case number is {child['case_number']}."
    assert page.saved_label.isVisible() and page.saved_label.text() == text
    assert window.statusBar().currentMessage() == text
    assert selected_id(page) == child["id"]
    assert page.view.selectionModel().isRowSelected(page.view.currentIndex().row())


def test_a_new_child_the_filters_hide_is_found_by_its_case_number(qtbot: Any, window: Any, click_page: Any) -> None:
    page = click_page("children")
    qtbot.keyClicks(page.search, "Sokha")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() > 0
    page, child = register_child(qtbot, window, click_page)
    assert page.search.text() == child["case_number"]
    assert page.model.rowCount() == 1 and selected_id(page) == child["id"]
    assert child["case_number"] in page.saved_label.text()


def test_a_household_is_confirmed_with_its_code_and_selected(qtbot: Any, window: Any, click_page: Any) -> None:
    from cl_desktop.services.reference import location_id

    page = click_page("households")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = only_form(window)
    qtbot.keyClicks(form.fields["head_name"], "Qorvath Mira")
    set_field_value(form.fields["head_sex"], "F")
    form.fields["location_id"].set_location(location_id("KH-8"))
    programme = form.fields["programme_id"]
    programme.setCurrentIndex(programme.count() - 1)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.banner.text()
    row = window.ctx.db.execute("SELECT id, code FROM households WHERE head_name = 'Qorvath Mira'").fetchone()
    assert page.saved_label.text() == f"Registered the household of Qorvath Mira: its code is {row[1]}."
    assert selected_id(page) == row[0]


def test_a_follow_up_and_a_service_are_confirmed_and_selected_in_their_lists(
    qtbot: Any, window: Any, click_page: Any
) -> None:
    from cl_desktop.ui.forms import open_form

    follow_ups = click_page("follow_ups")
    services = click_page("services")
    child_id, case = window.ctx.db.execute(
        "SELECT id, case_number FROM children WHERE deleted = 0 ORDER BY case_number LIMIT 1"
    ).fetchone()
    form = open_form("follow_up", window.ctx, window.bus, window, child_id=child_id)
    set_field_value(form.fields["visit_date"], "2011-03-01")
    set_field_value(form.fields["school_status"], "attending_regularly")
    qtbot.keyClicks(form.fields["visited_by"], "Field officer")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.banner.text()
    visit = window.ctx.db.execute(
        "SELECT id FROM follow_ups WHERE child_id = ? ORDER BY created_at DESC LIMIT 1", [child_id]
    ).fetchone()[0]
    assert follow_ups.saved_label.text() == f"Recorded the follow-up visit of {case} on 01/03/2011."
    assert selected_id(follow_ups) == visit

    form = open_form("service", window.ctx, window.bus, window, child_ids=[child_id])
    set_field_value(form.fields["service_type"], "formal_education")
    set_field_value(form.fields["start_date"], "2011-03-01")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.banner.text()
    service = window.ctx.db.execute(
        "SELECT id FROM services WHERE child_id = ? ORDER BY created_at DESC LIMIT 1", [child_id]
    ).fetchone()[0]
    assert services.saved_label.text() == f"Recorded the service for {case}."
    assert selected_id(services) == service
