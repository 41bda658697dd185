"""Referrals in the window: the organisation form as a service provider, the referral form, status changes."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt

from cl_desktop.services.directory import Organisations
from cl_desktop.ui.forms import create_form


def show(qtbot: Any, form: Any) -> Any:
    qtbot.addWidget(form, before_close_func=lambda w: setattr(w, "dirty", False))
    form.show()
    form.activateWindow()
    return form


def tick(qtbot: Any, checklist: Any, code: str) -> None:
    """Move to the row of ``code`` with the arrow keys and tick it with Space."""
    checklist.setFocus()
    rows = [checklist.item(i).data(Qt.ItemDataRole.UserRole) for i in range(checklist.count())]
    checklist.setCurrentRow(0)
    for _ in range(rows.index(code)):
        qtbot.keyClick(checklist, Qt.Key.Key_Down)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)


def test_an_organisation_is_saved_with_its_contact_and_services(qtbot: Any, ctx: Any, bus: Any, changed: Any) -> None:
    form = show(qtbot, create_form("organisation", ctx, bus))
    for name, text in (
        ("code", "SW-KDL"),
        ("name", "Kandal social welfare office"),
        ("contact_person", "Ms Chan Sophea"),
        ("telephone", "+855 23 555 010"),
        ("address", "Ta Khmau"),
    ):
        qtbot.keyClicks(form.fields[name], text)
    form.fields["organisation_type"].set_value("social_welfare")
    tick(qtbot, form.fields["services_offered"], "counselling")
    tick(qtbot, form.fields["services_offered"], "shelter")
    qtbot.keyClick(form.fields["address"], Qt.Key.Key_Return)
    assert not form.isVisible(), form.banner.text()
    saved = Organisations(ctx).find("SW-KDL")
    assert saved is not None and saved["contact_person"] == "Ms Chan Sophea"
    assert json.loads(saved["services_offered"]) == ["counselling", "shelter"]
    assert "organisations" in changed


def test_a_bad_telephone_is_refused_beside_its_field(qtbot: Any, ctx: Any, bus: Any) -> None:
    form = show(qtbot, create_form("organisation", ctx, bus))
    qtbot.keyClicks(form.fields["code"], "HC-1")
    qtbot.keyClicks(form.fields["name"], "Health centre")
    form.fields["organisation_type"].set_value("health_centre")
    qtbot.keyClicks(form.fields["telephone"], "ring twice")
    qtbot.keyClick(form.fields["telephone"], Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.error_text("telephone")
    assert Organisations(ctx).find("HC-1") is None


# -- the referral form ---------------------------------------------------------------


def _child(ctx: Any, project: Any, programme: Any) -> dict[str, Any]:
    from factories import intake

    from cl_desktop.services.children import Children
    from cl_desktop.services.reference import location_id

    return Children(ctx).register(intake(project, programme, location_id("KH-8")))


def _provider(ctx: Any) -> dict[str, Any]:
    return Organisations(ctx).create(
        {
            "code": "SW-KDL",
            "name": "Kandal social welfare office",
            "organisation_type": "social_welfare",
            "services_offered": ["counselling", "formal_education"],
        }
    )


def _fill_new(qtbot: Any, form: Any, consent: str) -> None:
    form.fields["service_type"].set_value("counselling")
    form.fields["organisation"].setCurrentIndex(1)
    form.fields["urgency"].set_value("high")
    form.fields["referral_date"].clear()
    qtbot.keyClicks(form.fields["referral_date"], "2010-03-03")
    form.fields["consent_to_share"].set_value(consent)


def test_consent_must_be_answered_and_nothing_is_saved_without(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    child = _child(ctx, project, programme)
    _provider(ctx)
    form = show(qtbot, create_form("referral", ctx, bus, child_id=child["id"]))
    _fill_new(qtbot, form, "")
    qtbot.keyClick(form.fields["referral_date"], Qt.Key.Key_Return)
    assert form.isVisible()
    assert "guardian" in form.error_text("consent_to_share")
    assert ctx.db.execute("SELECT count(*) FROM referrals").fetchone()[0] == 0
    form.fields["consent_to_share"].set_value("no")
    assert form.fields["expected_date"].iso() == "2010-03-10"  # high urgency: a week after the referral
    qtbot.keyClick(form.fields["referral_date"], Qt.Key.Key_Return)
    assert not form.isVisible(), form.banner.text()
    saved = ctx.db.execute("SELECT consent_to_share, urgency, status FROM referrals").fetchone()
    assert tuple(saved) == (0, "high", "referred")


def test_answers_are_recorded_with_a_note_and_service_provided_links_a_service(
    qtbot: Any, ctx: Any, bus: Any, changed: Any, project: Any, programme: Any
) -> None:
    from cl_desktop.services.referrals import Referrals

    child = _child(ctx, project, programme)
    _provider(ctx)
    made = Referrals(ctx).create(
        {
            "case_number": child["case_number"],
            "organisation": "SW-KDL",
            "service_type": "formal_education",
            "consent_to_share": "yes",
            "referral_date": "2010-03-03",
        }
    )
    form = show(qtbot, create_form("referral", ctx, bus, record_id=made["id"]))
    assert form.timeline.rowCount() == 1
    assert form.fields["status"].itemData(0) == "accepted"
    form.fields["status"].set_value("accepted")
    form.fields["on"].clear()
    qtbot.keyClicks(form.fields["on"], "2010-03-01")  # before the referral
    qtbot.keyClick(form.fields["on"], Qt.Key.Key_Return)
    assert form.isVisible() and form.error_text("on")
    form.fields["on"].clear()
    qtbot.keyClicks(form.fields["on"], "2010-03-05")
    qtbot.keyClicks(form.fields["note"], "Social worker assigned")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.banner.text()
    assert "referral_events" in changed
    events = Referrals(ctx).events(made["id"])
    assert [(e["status"], e["note"]) for e in events][-1] == ("accepted", "Social worker assigned")

    services = ctx.db.execute("SELECT count(*) FROM services").fetchone()[0]
    form = show(qtbot, create_form("referral", ctx, bus, record_id=made["id"]))
    assert [form.fields["status"].itemData(i) for i in range(form.fields["status"].count())] == [
        "service_provided",
        "cancelled",
    ]
    form.fields["status"].set_value("service_provided")
    form.fields["on"].clear()
    qtbot.keyClicks(form.fields["on"], "2010-04-01")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.banner.text()
    assert ctx.db.execute("SELECT count(*) FROM services").fetchone()[0] == services + 1
    row = Referrals(ctx).get(made["id"])
    assert row["status"] == "service_provided" and row["service_id"]


def test_a_clerk_is_not_offered_to_cancel_or_close(
    qtbot: Any, office_db: Any, bus: Any, project: Any, programme: Any
) -> None:
    from factories import ctx_for

    from cl_desktop.security.roles import Role
    from cl_desktop.services.referrals import Referrals

    admin = ctx_for(office_db)
    child = _child(admin, project, programme)
    _provider(admin)
    clerk = ctx_for(office_db, Role.CLERK, user="clerk")
    made = Referrals(clerk).create(
        {
            "case_number": child["case_number"],
            "organisation": "SW-KDL",
            "service_type": "counselling",
            "consent_to_share": "yes",
            "referral_date": "2010-03-03",
        }
    )
    form = show(qtbot, create_form("referral", clerk, bus, record_id=made["id"]))
    offered = [form.fields["status"].itemData(i) for i in range(form.fields["status"].count())]
    assert offered == ["accepted", "declined", "no_response"]


def test_the_slip_prints_from_the_referral_with_only_the_case_number_without_consent(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from cl_desktop.services.referrals import Referrals
    from cl_desktop.ui.widgets import file_notice

    child = _child(ctx, project, programme)
    _provider(ctx)
    made = Referrals(ctx).create(
        {
            "case_number": child["case_number"],
            "organisation": "SW-KDL",
            "service_type": "counselling",
            "consent_to_share": "no",
            "referral_date": "2010-03-03",
            "reason": "Works at the kiln at night",
        }
    )
    out = tmp_path / "slip"  # the .pdf is added
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a[2]) or str(out), ""))
    opened: list[str] = []
    monkeypatch.setattr(file_notice, "open_path", lambda path: opened.append(str(path)) or False)
    form = show(qtbot, create_form("referral", ctx, bus, record_id=made["id"]))
    assert form.slip_button.isEnabled()
    qtbot.mouseClick(form.slip_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "slip.pdf"
    assert asked[0].endswith(f"referral-slip-{child['case_number']}-en.pdf")
    assert pdf.exists() and opened == [str(pdf)]
    pages = PdfReader(str(pdf)).pages
    text = " ".join(pages[0].extract_text().split())
    assert len(pages) == 1 and child["case_number"] in text
    assert child["name"] not in text and "kiln" not in text  # no consent: the case number only
    assert form.slip_notice.isVisible() and "could not be opened" in form.slip_notice.label.text()


# -- the monitoring visit form ------------------------------------------------------------


def test_a_visit_finds_a_child_on_record_and_registers_a_new_one_from_the_visit(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    from cl_desktop.services.reference import location_id
    from cl_desktop.services.visits import MonitoringVisits

    known = _child(ctx, project, programme)
    form = show(qtbot, create_form("monitoring_visit", ctx, bus))
    qtbot.keyClicks(form.fields["visit_date"], "2010-01-25")
    form.fields["location_id"].set_location(
        location_id("KH-8") if known["location_id"] is None else known["location_id"]
    )
    form.fields["sector"].set_value("brick_making")
    qtbot.keyClicks(form.fields["workplace"], "Kiln 7")
    form.fields["programme_id"].set_value(programme["id"])
    picker = form.picker
    picker.search_edit.setFocus()
    qtbot.keyClicks(picker.search_edit, known["case_number"])
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.ids() == [known["id"]]
    qtbot.mouseClick(form.intake_button, Qt.MouseButton.LeftButton)  # saves the visit, opens the intake
    assert form.record_id
    intake_form = next(w for w in QApplication.topLevelWidgets() if getattr(w, "kind", "") == "child" and w.isVisible())
    qtbot.addWidget(intake_form, before_close_func=lambda w: setattr(w, "dirty", False))
    assert intake_form.fields["sector"].value() == "brick_making"
    assert intake_form.fields["working"].isChecked()
    assert intake_form.fields["location_id"].location_id() == form.fields["location_id"].location_id()
    assert intake_form.fields["intake_date"].iso() == "2010-01-25"
    visits = MonitoringVisits(ctx)
    assert [c["id"] for c in visits.children_of(form.record_id)] == [known["id"]]
    intake_form.discard()
    assert [v["id"] for v in visits.visits_of(known["id"])] == [form.record_id]


def test_a_referral_started_from_a_visit_names_it_and_the_visit_lists_it(
    qtbot: Any, ctx: Any, bus: Any, changed: Any, project: Any, programme: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    from cl_desktop.services.children import Children
    from cl_desktop.services.reference import location_id
    from cl_desktop.services.visits import MonitoringVisits

    first = _child(ctx, project, programme)
    from factories import intake

    second = Children(ctx).register(
        intake(
            project, programme, location_id("KH-8"), name="Chan Dara", name_latin="Chan Dara", birth_date="2001-05-05"
        )
    )
    _provider(ctx)
    spot = {"location_id": location_id("KH-8"), "sector": "brick_making", "workplace": "Kiln 7"}
    visits = MonitoringVisits(ctx)
    earlier = visits.create({**spot, "visit_date": "2010-01-15"}, [second["id"]])
    visit = visits.create({**spot, "visit_date": "2010-02-20"}, [first["id"], second["id"]])
    form = show(qtbot, create_form("monitoring_visit", ctx, bus, record_id=visit["id"]))
    assert "0" in form.referrals_label.text()
    chosen = form.picker.chosen
    chosen.setFocus()
    chosen.setCurrentRow(0)
    target = form.picker.ids().index(second["id"])
    for _ in range(target):
        qtbot.keyClick(chosen, Qt.Key.Key_Down)
    qtbot.mouseClick(form.refer_button, Qt.MouseButton.LeftButton)
    referral = next(w for w in QApplication.topLevelWidgets() if getattr(w, "kind", "") == "referral" and w.isVisible())
    qtbot.addWidget(referral, before_close_func=lambda w: setattr(w, "dirty", False))
    assert referral.child["id"] == second["id"]
    # the child was found at two visits: the referral is this visit's, and the other is offered
    combo = referral.fields["visit_id"]
    assert combo.value() == visit["id"]
    assert {combo.itemData(i) for i in range(combo.count())} == {"", visit["id"], earlier["id"]}
    _fill_new(qtbot, referral, "yes")
    qtbot.keyClick(referral.fields["referral_date"], Qt.Key.Key_Return)
    assert not referral.isVisible(), referral.banner.text()
    saved = ctx.db.execute("SELECT child_id, visit_id FROM referrals").fetchall()
    assert [tuple(r) for r in saved] == [(second["id"], visit["id"])]
    assert second["case_number"] in form.referrals_label.text() and "1" in form.referrals_label.text()
    # the referral shows the visit it was made from
    made = ctx.db.execute("SELECT id FROM referrals").fetchone()[0]
    shown = show(qtbot, create_form("referral", ctx, bus, record_id=made))
    texts = [w.text() for w in shown.findChildren(type(form.referrals_label))]
    assert any("Kiln 7" in t and "20/02/2010" in t for t in texts)


def test_a_referral_of_a_child_found_at_no_visit_offers_none(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    child = _child(ctx, project, programme)
    _provider(ctx)
    form = show(qtbot, create_form("referral", ctx, bus, child_id=child["id"]))
    assert "visit_id" not in form.fields


def test_a_referral_dated_before_its_visit_is_refused_beside_the_visit(
    qtbot: Any, ctx: Any, bus: Any, project: Any, programme: Any
) -> None:
    from cl_desktop.services.visits import MonitoringVisits
    from cl_desktop.ui import i18n

    child = _child(ctx, project, programme)
    _provider(ctx)
    spot = {"location_id": child["location_id"], "sector": "brick_making", "visit_date": "2010-03-10"}
    visit = MonitoringVisits(ctx).create(spot, [child["id"]])
    form = show(qtbot, create_form("referral", ctx, bus, child_id=child["id"], visit_id=visit["id"]))
    _fill_new(qtbot, form, "yes")  # referred on 3 March, before the visit
    qtbot.keyClick(form.fields["referral_date"], Qt.Key.Key_Return)
    assert form.isVisible()
    assert i18n.date_text("2010-03-10") in form.error_text("visit_id")
    assert ctx.db.execute("SELECT count(*) FROM referrals").fetchone()[0] == 0
    form.fields["visit_id"].set_value("")  # not made from the visit: saved
    qtbot.keyClick(form.fields["referral_date"], Qt.Key.Key_Return)
    assert not form.isVisible(), form.banner.text()
    assert ctx.db.execute("SELECT visit_id FROM referrals").fetchone()[0] is None
