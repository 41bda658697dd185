"""Help → About: version, licence, and the licence of every bundled component, reachable by keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from cl_desktop import __version__
from cl_desktop.ui.about import COMPONENTS, AboutDialog, app_icon, smoke_check

# The offscreen platform warns about every top-level window with a layout; the warning says nothing about us.
SHOWN = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_about_shows_the_version_and_the_apache_licence(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    assert "Apache License, Version 2.0" in dialog.licence_label.text()
    assert "uninstalling" in dialog.data_label.text()
    assert not dialog.windowIcon().isNull() and not app_icon().isNull()


def test_every_bundled_component_has_its_licence_listed(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    listed = {dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    for needle, licence in [
        ("Noto Sans", "SIL Open Font License 1.1"),
        ("PySide6", "LGPL"),
        ("reportlab", "BSD"),
        ("sqlite-utils", "Apache"),
        ("cryptography", "Apache 2.0 or BSD"),
        ("platformdirs", "MIT"),
        ("openpyxl", "MIT"),
    ]:
        (name,) = [n for n in listed if needle in n]
        assert licence in listed[name], name
    assert len(listed) == len(COMPONENTS) + 1


@SHOWN
def test_choosing_the_fonts_shows_the_full_ofl_text(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # to the Licences tab
    assert dialog.tabs.currentIndex() == 1
    assert "Apache License" in dialog.licence_view.toPlainText()  # the app's own licence first
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.table.item(dialog.table.currentRow(), 0).text().startswith("Noto Sans")
    text = dialog.licence_view.toPlainText()
    assert "SIL Open Font License" in text and "Reserved Font Name" in text
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert "lgpl" in dialog.licence_view.toPlainText().lower()
    assert dialog.note_label.text().startswith("Shipped as separate")


@SHOWN
def test_escape_closes_the_dialog(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_self_test_gui_check_passes(qtbot: Any) -> None:
    assert "About dialog load" in smoke_check()


@pytest.mark.parametrize(
    ("lang", "yes", "no"), [("km", "បាទ/ចាស (&Y)", "ទេ (&N)"), ("ru", "&Да", "&Нет"), ("en", "&Yes", "&No")]
)
def test_a_question_box_answers_in_the_users_language(qapp: Any, qtbot: Any, lang: str, yes: str, no: str) -> None:
    """Qt's own catalogue has no Khmer: the standard buttons are translated in the interface's catalogue."""
    from PySide6.QtWidgets import QMessageBox

    from cl_desktop.ui import i18n

    i18n.install(qapp, lang)
    try:
        box = QMessageBox(
            QMessageBox.Icon.Question, "CL Desktop", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        )
        qtbot.addWidget(box)
        texts = (box.button(QMessageBox.StandardButton.Yes).text(), box.button(QMessageBox.StandardButton.No).text())
        assert texts == (yes, no)
    finally:
        i18n.install(qapp, "en")
