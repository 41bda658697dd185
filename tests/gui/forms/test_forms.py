"""Every form: refused input shows a message beside the field and saves nothing; services, follow-ups, locks."""

from __future__ import annotations

from typing import Any

import pytest
from factories import intake
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cl_desktop.services.children import Children
from cl_desktop.services.periods import Periods
from cl_desktop.services.reference import location_id
from cl_desktop.ui.forms import KINDS, create_form
from cl_desktop.ui.record.child_view import ChildRecordView
from cl_desktop.ui.widgets import set_field_value


def show(qtbot: Any, form: Any) -> Any:
    qtbot.addWidget(form, before_close_func=lambda w: setattr(w, "dirty", False))
    form.show()
    form.activateWindow()
    return form


def count(ctx: Any, table: str) -> int:
    return int(ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def child(ctx: Any, project: Any, programme: Any, **overrides: Any) -> dict[str, Any]:
    return Children(ctx).register(intake(project, programme, location_id("KH-8"), **overrides))


# kind, preset builder, fields to type (name → text), the field whose message must appear, the table
INVALID_CASES: list[tuple[str, str, dict[str, str], str, str]] = [
    ("child", "", {"birth_date": "1997-02-30"}, "birth_date", "children"),
    ("household", "", {"members": "many"}, "members", "households"),
    ("service", "", {"start_date": "2010-02-01"}, "children", "services"),
    ("household_service", "", {"start_date": "2010-02-01"}, "households", "services"),
    ("follow_up", "child", {"visit_date": "2010/06/01", "visited_by": "Dara"}, "visit_date", "follow_ups"),
    (
        "programme",
        "project",
        {"code": "AP9", "title": "x", "start_date": "2009-01-01", "end_date": "2008-01-01"},
        "end_date",
        "action_programmes",
    ),
    (
        "project",
        "",
        {"code": "P9", "title": "x", "start_date": "2009-01-01", "end_date": "2010-01-01", "funding_amount": "lots"},
        "funding_amount",
        "projects",
    ),
    ("indicator", "project", {"code": "I1", "title": "x", "baseline_year": "1850"}, "baseline_year", "indicators"),
    ("activity", "project", {"title": "", "participants_f": "-3"}, "title", "activities"),
    (
        "period",
        "project",
        {"code": "X1", "start_date": "2011-01-01", "end_date": "not a date"},
        "end_date",
        "reporting_periods",
    ),
    (
        "user",
        "",
        {"username": "new clerk", "full_name": "N", "password": "long enough pw", "password_confirm": "long enough pw"},
        "username",
        "users",
    ),
    ("organisation", "", {"code": "", "name": "Somewhere"}, "code", "organisations"),
    ("office", "", {"code": "KH PNP!", "name": "x"}, "code", "offices"),
    ("referral", "child", {"reason": "Works nights", "consent_to_share": "yes"}, "organisation", "referrals"),
]


def preset_for(what: str, ctx: Any, project: Any, programme: Any) -> dict[str, Any]:
    if what == "project":
        return {"project_id": project["id"]}
    if what == "child":
        return {"child_id": child(ctx, project, programme)["id"]}
    return {}


@pytest.mark.parametrize(
    ("kind", "preset", "typed", "field", "table"), INVALID_CASES, ids=[c[0] for c in INVALID_CASES]
)
def test_invalid_input_is_refused_beside_the_field_and_nothing_is_saved(
    qtbot: Any,
    ctx: Any,
    bus: Any,
    changed: list[str],
    project: Any,
    programme: Any,
    kind: str,
    preset: str,
    typed: dict[str, str],
    field: str,
    table: str,
) -> None:
    form = show(qtbot, create_form(kind, ctx, bus, **preset_for(preset, ctx, project, programme)))
    for name, text in typed.items():
        set_field_value(form.fields[name], text)
    before = count(ctx, table)
    audit = count(ctx, "audit_log")
    assert not form.submit()
    assert form.error_text(field), f"no message beside {field}; banner: {form.banner.text()}"
    assert form.error_labels[field].isVisible()
    assert form.isVisible()
    assert count(ctx, table) == before
    assert count(ctx, "audit_log") == audit
    assert changed == []


def test_every_kind_opens() -> None:
    assert len(KINDS) == 18


def test_a_service_for_two_children_and_two_follow_ups_make_a_child_withdrawn(
    qtbot: Any, ctx: Any, bus: Any, changed: list[str], project: Any, programme: Any
) -> None:
    first = child(ctx, project, programme)
    second = child(ctx, project, programme, name="ចាន់ ដារា", name_latin="Chan Dara", sex="M")
    form = show(qtbot, create_form("service", ctx, bus, child_ids=[first["id"]]))
    picker = form.picker
    picker.search_edit.setFocus()
    qtbot.keyClicks(picker.search_edit, "Chan")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)  # adds the top result, does not save
    assert form.isVisible()
    assert set(picker.ids()) == {first["id"], second["id"]}
    form.fields["service_type"].set_value("formal_education")
    form.fields["start_date"].setText("2010-02-01")
    form.fields["provider"].setText("Kandal primary school")
    assert form.submit(), form.banner.text()
    assert count(ctx, "services") == 2
    assert "services" in changed

    for visit in ("2010-03-01", "2010-06-15"):
        f = show(qtbot, create_form("follow_up", ctx, bus, child_id=first["id"]))
        f.fields["visit_date"].setText(visit)
        f.fields["school_status"].set_value("attending_regularly")
        f.fields["attendance_percent"].setText("90")
        f.fields["visited_by"].setText("Dara")
        assert f.submit(), f.banner.text()
    assert Children(ctx).get(first["id"])["outcome"] == "withdrawn"
    assert Children(ctx).get(second["id"])["outcome"] in (None, "in_progress")


def test_the_child_record_shows_status_outcome_services_and_history(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    c = child(ctx, project, programme)
    Children(ctx).record_services({"service_type": "formal_education", "start_date": "2010-02-01"}, [c["id"]])
    view = ChildRecordView(ctx, bus, c["id"])
    qtbot.addWidget(view)
    assert "child labour: age 12, 30 h/week" in view.classification.text()
    assert "no follow-up visit" in view.outcome.text()
    assert view.services_table.rowCount() == 1
    assert view.history_table.rowCount() == 1
    Children(ctx).record_follow_up(
        c["id"], {"visit_date": "2010-03-01", "school_status": "attending_regularly", "visited_by": "D"}
    )
    Children(ctx).record_follow_up(
        c["id"], {"visit_date": "2010-06-15", "school_status": "attending_regularly", "visited_by": "D"}
    )
    bus.changed.emit("follow_ups")
    assert view.follow_ups_table.rowCount() == 2
    assert "withdrawn on 15 June 2010" in view.outcome.text()  # the rule text writes dates as the screen does


def test_esc_with_unsaved_changes_asks_before_discarding(qtbot: Any, ctx: Any, bus: Any, programme: Any) -> None:
    form = show(qtbot, create_form("household", ctx, bus))
    form.fields["head_name"].setFocus()
    qtbot.keyClicks(form.fields["head_name"], "Sok Chan")
    questions: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        def click() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, click)
                return
            questions.append(box.text())
            box.button(button).click()

        QTimer.singleShot(0, click)

    answer(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(form.fields["head_name"], Qt.Key.Key_Escape)
    assert questions == ["This form has changes that are not saved. Save them?"]
    assert form.isVisible()
    assert form.save_button.isDefault()  # Enter still saves after the question
    answer(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(form.fields["head_name"], Qt.Key.Key_Escape)
    assert len(questions) == 2
    assert not form.isVisible()
    assert form.result() == form.DialogCode.Rejected


def test_esc_without_changes_closes_at_once(qtbot: Any, ctx: Any, bus: Any) -> None:
    form = show(qtbot, create_form("organisation", ctx, bus))
    qtbot.keyClick(form.fields["code"], Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_records_in_an_approved_period_open_read_only(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    c = child(ctx, project, programme)
    service = Children(ctx).record_services({"service_type": "formal_education", "start_date": "2010-02-01"}, [c["id"]])
    periods = Periods(ctx)
    period = periods.containing(project["id"], "2010-01-10")
    assert period is not None
    periods.submit(period["id"])
    periods.approve(period["id"])
    form = show(qtbot, create_form("child", ctx, bus, record_id=c["id"]))
    assert form.read_only
    assert period["code"] in form.banner.text()
    assert form.banner.isVisible()
    assert not form.save_button.isVisible()
    assert not form.fields["name"].isEnabled()
    assert not form.submit()
    s = show(qtbot, create_form("service", ctx, bus, record_id=service[0]["id"]))
    assert s.read_only and period["code"] in s.banner.text()
    n = show(qtbot, create_form("narrative", ctx, bus, period_id=period["id"]))
    assert n.read_only


def test_a_locked_date_in_a_new_record_is_refused_beside_the_field(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    c = child(ctx, project, programme)
    periods = Periods(ctx)
    period = periods.containing(project["id"], "2010-06-01")
    periods.submit(period["id"])
    periods.approve(period["id"])
    form = show(qtbot, create_form("follow_up", ctx, bus, child_id=c["id"]))
    form.fields["visit_date"].setText("2010-06-01")
    form.fields["school_status"].set_value("attending_regularly")
    form.fields["visited_by"].setText("Dara")
    before = count(ctx, "follow_ups")
    assert not form.submit()
    assert "locked" in form.error_text("visit_date")
    assert count(ctx, "follow_ups") == before


def test_editing_a_child_saves_through_the_audited_path(
    qtbot: Any, ctx: Any, bus: Any, changed: list[str], project: Any, programme: Any
) -> None:
    c = child(ctx, project, programme)
    form = show(qtbot, create_form("child", ctx, bus, record_id=c["id"]))
    assert form.fields["name"].text() == c["name"]
    assert form.fields["location_id"].location_id() == c["location_id"]
    form.fields["hours_per_week"].setText("10")
    assert form.submit(), form.banner.text()
    assert Children(ctx).get(c["id"])["work_status"] == "not_at_risk"
    assert Children(ctx).history(c["id"])[-1]["changes"]["hours_per_week"] == [30, 10]
