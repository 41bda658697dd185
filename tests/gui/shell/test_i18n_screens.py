"""With the Russian translation installed, no screen shows English text that has a translation.

Catches what a source scan cannot: a ``QT_TRANSLATE_NOOP`` table translated under
another context, ``self.tr(variable)`` on an unmarked literal, text set before the
translator was installed. Every visible label, button, tab, group title, combo item,
table header, placeholder and sidebar entry is compared with the English sources of
the Russian catalogue.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from cl_desktop.ui import i18n

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"


def _plain(text: str) -> str:
    text = re.sub(r"\s*\(&\w\)", "", text)  # Khmer-style shortcut marks
    return re.sub(r"&(.)", r"\1", text).strip()


def english_with_translation(lang: str) -> set[str]:
    """English source texts whose translation differs (what must never show untranslated)."""
    root = ET.parse(TRANSLATIONS / f"cl_desktop_{lang}.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = "" if translation is None else (translation.text or "")
        if "{" in source or "%" in source or not re.search("[A-Za-z]{3}", source):
            continue  # templates are filled before they show; check the plain ones
        if _plain(text) and _plain(text) != _plain(source):
            found.add(_plain(source))
    return found


def shown_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of interface text visible under ``top``."""
    if top.windowTitle():
        yield "window title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        name = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield name, widget.tabText(i)
        elif isinstance(widget, QComboBox) and "language" not in widget.objectName():
            # (a language chooser names each language in its own script: "English", "ខ្មែរ", "Русский")
            for i in range(widget.count()):
                yield name, widget.itemText(i)
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield name, widget.item(i).text()
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else None
        header = widget.header() if isinstance(widget, QTreeView) else header
        if header is not None and widget.model() is not None:
            for c in range(header.count()):
                if not header.isSectionHidden(c):
                    yield f"{name} header", str(widget.model().headerData(c, Qt.Orientation.Horizontal) or "")


def english_left(top: QWidget, english: set[str]) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in shown_texts(top) if _plain(text) in english})


@pytest.fixture
def russian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Iterator[set[str]]:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(TRANSLATIONS / "cl_desktop_ru.ts"), "-qm", str(tmp_path / "ru.qm")], check=True
    )
    monkeypatch.setattr(i18n, "catalogue", lambda lang: tmp_path / f"{lang}.qm")
    i18n.install(qapp, "ru")
    yield english_with_translation("ru")
    i18n.install(qapp, "en")


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_the_check_finds_english(qtbot: Any) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    label = QLabel("Children", top)
    top.show()
    assert english_left(top, {"Children"}) == ["QLabel#?: 'Children'"]
    label.setText("Дети")
    assert english_left(top, {"Children"}) == []


def test_main_window_pages(russian: set[str], qtbot: Any, ctx: Any, demo_path: Path) -> None:
    from cl_desktop.ui.main_window import MainWindow
    from cl_desktop.ui.tasks import SyncTasks

    window = MainWindow(ctx, tasks=SyncTasks(), db_path=demo_path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    found: list[str] = []
    for key in window.page_keys():
        page = window.show_page(key)
        _settle()
        found += [f"{key}: {p}" for p in english_left(window, russian)]
        tabs = getattr(page, "tabs", None)
        for i in range(1, tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(i)
            _settle()
            found += [f"{key} tab {i}: {p}" for p in english_left(window, russian)]
    assert not found, "\n".join(found)


def test_forms_and_dialogs(russian: set[str], qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from cl_desktop.ui.about import AboutDialog
    from cl_desktop.ui.bus import DataBus
    from cl_desktop.ui.forms import KINDS, create_form
    from cl_desktop.ui.import_dialog import ImportDialog
    from cl_desktop.ui.login import LoginDialog
    from cl_desktop.ui.record.child_view import ChildRecordView
    from cl_desktop.ui.tasks import SyncTasks
    from cl_desktop.ui.wizard import FirstRunWizard

    child = ctx.db.execute("SELECT id FROM children WHERE deleted = 0 ORDER BY case_number LIMIT 1").fetchone()[0]
    widgets: list[tuple[str, QWidget]] = [
        ("login", LoginDialog(ctx.db)),
        ("wizard", FirstRunWizard(tmp_path / "new.sqlite")),
        ("child record", ChildRecordView(ctx, DataBus(), child)),
        ("about", AboutDialog()),
        ("import", ImportDialog(ctx, DataBus(), SyncTasks())),
    ]
    for kind in KINDS:
        preset = {"child_id": child} if kind in ("service", "follow_up") else {}
        widgets.append((f"{kind} form", create_form(kind, ctx, DataBus(), None, **preset)))
    found: list[str] = []
    for name, widget in widgets:
        qtbot.addWidget(widget)
        widget.show()
        _settle()
        found += [f"{name}: {p}" for p in english_left(widget, russian)]
        widget.close()
    assert not found, "\n".join(found)
