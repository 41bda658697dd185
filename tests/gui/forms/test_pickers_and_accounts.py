"""The location picker (names in the user's language, keyboard cascade) and the account form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from cl_desktop.services.locations import Locations
from cl_desktop.services.reference import location_id
from cl_desktop.store.records import history
from cl_desktop.ui.forms import create_form
from cl_desktop.ui.widgets import LocationPicker


def test_the_picker_shows_khmer_names_for_a_khmer_user_and_cascades(qtbot: Any, ctx: Any) -> None:
    picker = LocationPicker(Locations(ctx.db), "km", country_code="KH")
    qtbot.addWidget(picker)
    province = picker.combos["province"]
    assert province.findText("កណ្ដាល") >= 0
    assert not picker.combos["district"].isEnabled()
    province.setCurrentIndex(province.findText("កណ្ដាល"))
    assert picker.combos["district"].isEnabled()
    assert picker.combos["district"].findText("កៀនស្វាយ") >= 0
    assert picker.location_id() == location_id("KH-8")
    picker.set_location(location_id("KH-8-02"))
    assert picker.combos["district"].currentText() == "កៀនស្វាយ"
    assert picker.location_id() == location_id("KH-8-02")


def test_typing_a_name_selects_it(qtbot: Any, ctx: Any) -> None:
    picker = LocationPicker(Locations(ctx.db), "en", country_code="KH")
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.combos["province"], "Kandal")
    qtbot.keyClick(picker.combos["province"], Qt.Key.Key_Tab)
    assert picker.location_id() == location_id("KH-8")


def show(qtbot: Any, form: Any) -> Any:
    qtbot.addWidget(form, before_close_func=lambda w: setattr(w, "dirty", False))
    form.show()
    return form


def test_an_account_is_created_and_its_password_reset_is_audited(qtbot: Any, ctx: Any, bus: Any) -> None:
    form = show(qtbot, create_form("user", ctx, bus))
    form.fields["username"].setText("dara")
    form.fields["full_name"].setText("Dara Sok")
    form.fields["password"].setText("kiln-2010-dara")
    form.fields["password_confirm"].setText("kiln-2010-darb")
    assert not form.submit()
    assert form.error_text("password_confirm")
    form.fields["password_confirm"].setText("kiln-2010-dara")
    assert form.submit(), form.banner.text()
    user_id = form.saved["id"]

    edit = show(qtbot, create_form("user", ctx, bus, record_id=user_id))
    assert edit.fields["username"].isReadOnly()
    edit.fields["role"].set_value("coordinator")
    edit.fields["password"].setText("new-pass-2011")
    edit.fields["password_confirm"].setText("new-pass-2011")
    assert not edit.submit()  # a reset needs a reason
    assert edit.error_text("reset_reason")
    assert ctx.db.execute("SELECT role FROM users WHERE id = ?", [user_id]).fetchone()[0] == "clerk"
    edit.fields["reset_reason"].setText("forgot it")
    assert edit.submit(), edit.banner.text()
    entries = history(ctx.db, "users", user_id)
    assert any("forgot it" in e["reason"] for e in entries)
    assert ctx.db.execute("SELECT role FROM users WHERE id = ?", [user_id]).fetchone()[0] == "coordinator"
