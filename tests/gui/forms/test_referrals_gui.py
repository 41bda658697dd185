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
