"""Layouts survive longer translations: a pseudo-locale lengthens every string by 40% and no widget clips.

``PseudoTranslator`` answers every ``tr()`` with the source text accented and padded
(placeholders, ``&`` shortcuts and markup kept), so the main screens, the sign-in
dialog, the first-run wizard and the record forms are laid out with text 40% longer
than English. Each visible label, button, check box, group-box title, tab and sidebar
entry must then have the room its text needs. Set ``CL_PSEUDO_SHOTS=<folder>`` to keep
the screenshots.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from cl_desktop.ui import i18n
from cl_desktop.ui.fit import ElidedLabel

WIDTH, HEIGHT = 1366, 768
# Names that stay as they are in every language.
PROPER_NAMES = {"English", "ភាសាខ្មែរ (Khmer)", "Русский (Russian)", "CL Desktop"}
GROWTH = 0.4
ACCENTS = str.maketrans(
    "aceinorsuyzACEINORSUYZ",
    "áçéîñöŕšúýžÁÇÉÎÑÖŔŠÚÝŽ",
)
# Kept as written: {placeholders}, %1 / %n, HTML tags and entities, the letter after a & shortcut.
KEEP = re.compile(r"\{[^}]*\}|%\d|%n|<[^>]*>|&\w+;|&&|&.")


def _visible_length(text: str) -> int:
    return len(re.sub(r"\{[^}]*\}|%\d|%n|<[^>]*>|&(?=.)", "", text))


def pseudo(text: str) -> str:
    """The text accented and 40% longer, with what the code relies on left intact."""
    if not text.strip():
        return text
    out, last = [], 0
    for match in KEEP.finditer(text):
        out.append(text[last : match.start()].translate(ACCENTS))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(ACCENTS))
    pad = max(1, math.ceil(_visible_length(text) * GROWTH) - 3)  # less the brackets and the space
    filler = " ".join("ẋ" * 5 for _ in range(pad // 6 + 1))[:pad].rstrip()
    lines = "".join(out).split("\n")
    lines[0] = f"[{lines[0]} {filler}]" if len(lines) == 1 else f"[{lines[0]} {filler}"
    if len(lines) > 1:
        lines[-1] += "]"
    return "\n".join(lines)


class PseudoTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo(source) if source else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_locale(qapp: Any) -> Iterator[PseudoTranslator]:
    i18n.install(qapp, "en")
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_pseudo_text_keeps_placeholders_and_shortcuts(pseudo_locale: Any) -> None:
    for source in ("&Save {name} as %1", "Children", "<b>Name</b> of the child\nand <i>more</i>"):
        text = pseudo(source)
        assert _visible_length(text) >= _visible_length(source) * (1 + GROWTH)
        assert re.findall(r"\{[^}]*\}|%\d|<[^>]*>", text) == re.findall(r"\{[^}]*\}|%\d|<[^>]*>", source)
    assert "&S" in pseudo("&Save")
    assert QCoreApplication.translate("x", "Cancel").startswith("[Çáñçél")


# --- clipping ----------------------------------------------------------------------------


def _plain(text: str) -> str:
    """What a label or button draws: the & of a shortcut is not drawn, && draws one &."""
    return re.sub(r"&(.)", r"\1", text)


def _label_clipped(label: QLabel) -> str | None:
    text = label.text()
    rich = "<" in text and ">" in text
    if not rich and re.search(r"(?<!&)&[^&\s]", text) and label.buddy() is None:
        return "shows its shortcut's & (a label without a buddy)"
    if not text or label.wordWrap() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if isinstance(label, ElidedLabel) and label.toolTip() == text:
        return None  # cut on purpose, with "…", and whole in its tooltip (the status bar on a netbook)
    if label.textFormat() != label.textFormat().PlainText and ("<" in text and ">" in text):
        return None  # rich text is measured by its document; links and markup lay out themselves
    fm = label.fontMetrics()
    needed = max(fm.horizontalAdvance(_plain(line)) for line in text.split("\n"))
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    if needed > room + 1:
        return f"label needs {needed}px, has {room}px"
    return None


def _button_clipped(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint().width()
    if isinstance(button, QToolButton) and button.toolButtonStyle().name == "ToolButtonIconOnly":
        return None
    if hint > button.width() + 1:
        return f"button needs {hint}px, has {button.width()}px"
    return None


def _group_clipped(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    needed = box.fontMetrics().horizontalAdvance(_plain(box.title())) + (24 if box.isCheckable() else 12)
    if needed > box.width():
        return f"group title needs {needed}px, has {box.width()}px"
    return None


def _tabs_clipped(bar: QTabBar) -> list[str]:
    found = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = _plain(bar.tabText(i))
        needed = bar.fontMetrics().horizontalAdvance(text)
        rect = bar.tabRect(i)
        if needed + 8 > rect.width() or not bar.rect().contains(rect):
            found.append(f"tab {text!r} needs {needed}px, has {rect.width()}px in a bar of {bar.width()}px")
    return found


def _list_clipped(widget: QListWidget) -> list[str]:
    if widget.objectName() != "sidebar":
        return []
    room = widget.viewport().width()
    found = []
    for i in range(widget.count()):
        text = widget.item(i).text()
        needed = widget.fontMetrics().horizontalAdvance(text) + 28  # the item padding of the style sheet
        if needed > room:
            found.append(f"sidebar entry {text!r} needs {needed}px, has {room}px")
    return found


def clipped(top: QWidget) -> list[str]:
    """Every visible widget under ``top`` whose text does not fit."""
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        name = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_clipped(widget)
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton):
            problem = _button_clipped(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group_clipped(widget)
        elif isinstance(widget, QTabBar):
            found += [f"{name}: {p}" for p in _tabs_clipped(widget)]
        elif isinstance(widget, QListWidget):
            found += [f"{name}: {p}" for p in _list_clipped(widget)]
        if problem:
            text = widget.text() if hasattr(widget, "text") else getattr(widget, "title", lambda: "")()
            found.append(f"{name} {text[:50]!r}: {problem}")
    return found


def untranslated(top: QWidget) -> list[str]:
    """Interface text that did not pass through the translator: buttons, tabs, group titles, form captions."""
    texts: list[tuple[str, str]] = []
    if top.windowTitle():
        texts.append(("window title", top.windowTitle()))
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            texts.append((type(widget).__name__, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append(("group", widget.title()))
        elif isinstance(widget, QTabBar):
            texts += [("tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(("caption", widget.text()))
    found = []
    for kind, text in texts:
        words = re.sub(r"\S+\.(sqlite|pdf|clbundle)\b", "", text)  # file names
        for name in PROPER_NAMES:
            words = words.replace(name, "")
        if re.search("[A-Za-z]{3}", words) and "[" not in text:
            found.append(f"{kind} {text!r}")
    return found


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _shoot(widget: QWidget, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("CL_PSEUDO_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / f"{name}.png"))


def test_the_check_sees_clipped_text(qtbot: Any) -> None:
    from PySide6.QtWidgets import QHBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    row = QHBoxLayout(top)
    label, button, free = QLabel("A caption far too long for its box"), QPushButton("Save the record"), QLabel("&Name")
    label.setFixedWidth(60)
    button.setFixedWidth(40)
    for widget in (label, button, free):
        row.addWidget(widget)
    top.show()
    qtbot.waitExposed(top)
    assert untranslated(top) == ["QPushButton 'Save the record'"]  # written without tr(): no pseudo marks
    found = clipped(top)
    assert len(found) == 3 and "needs" in found[0] and "needs" in found[1] and "buddy" in found[2]
    label.setWordWrap(True)
    button.setFixedWidth(button.sizeHint().width())
    free.setBuddy(button)
    assert clipped(top) == []


# --- the screens -------------------------------------------------------------------------


@pytest.fixture
def pseudo_window(pseudo_locale: Any, qtbot: Any, ctx: Any, demo_path: Path) -> Any:
    from cl_desktop.ui.main_window import MainWindow
    from cl_desktop.ui.tasks import SyncTasks

    window = MainWindow(ctx, tasks=SyncTasks(), db_path=demo_path)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_main_window_pages(pseudo_window: Any, tmp_path: Path) -> None:
    problems: list[str] = []
    for key in pseudo_window.page_keys():
        page = pseudo_window.show_page(key)
        _settle()
        _shoot(pseudo_window, f"page-{key}", tmp_path)
        problems += [f"{key}: {p}" for p in clipped(pseudo_window) + untranslated(pseudo_window)]
        tabs = getattr(page, "tabs", None)
        for i in range(1, tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(i)
            _settle()
            _shoot(pseudo_window, f"page-{key}-tab{i}", tmp_path)
            problems += [f"{key} tab {i}: {p}" for p in clipped(pseudo_window) + untranslated(pseudo_window)]
        if tabs is not None:
            tabs.setCurrentIndex(0)
    assert not problems, "\n".join(problems)


def test_record_forms(pseudo_locale: Any, qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from cl_desktop.ui.bus import DataBus
    from cl_desktop.ui.forms import KINDS, create_form

    problems: list[str] = []
    child = ctx.db.execute("SELECT id FROM children WHERE deleted = 0 LIMIT 1").fetchone()[0]
    for kind in KINDS:
        preset = {"child_id": child} if kind in ("service", "follow_up") else {}
        try:
            form = create_form(kind, ctx, DataBus(), None, **preset)
        except TypeError:
            form = create_form(kind, ctx, DataBus(), None)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        _settle()
        _shoot(form, f"form-{kind}", tmp_path)
        problems += [f"{kind} form: {p}" for p in clipped(form) + untranslated(form)]
        form.close()
    assert not problems, "\n".join(problems)


def test_dialogs(pseudo_locale: Any, qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from cl_desktop.ui.bus import DataBus
    from cl_desktop.ui.login import LoginDialog
    from cl_desktop.ui.record.child_view import ChildRecordView
    from cl_desktop.ui.wizard import FirstRunWizard

    problems: list[str] = []
    login = LoginDialog(ctx.db)
    wizard = FirstRunWizard(tmp_path / "new.sqlite")
    child = ctx.db.execute("SELECT id FROM children WHERE deleted = 0 AND consent = 1 LIMIT 1").fetchone()[0]
    record = ChildRecordView(ctx, DataBus(), child)
    record.resize(1000, 640)
    from cl_desktop.ui.about import AboutDialog
    from cl_desktop.ui.import_dialog import ImportDialog
    from cl_desktop.ui.tasks import SyncTasks

    screens: list[tuple[str, QWidget]] = [
        ("login", login),
        ("wizard", wizard),
        ("child-record", record),
        ("about", AboutDialog()),
        ("import", ImportDialog(ctx, DataBus(), SyncTasks())),
    ]
    for name, widget in screens:
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        _settle()
        _shoot(widget, name, tmp_path)
        problems += [f"{name}: {p}" for p in clipped(widget) + untranslated(widget)]
    wizard.next()
    _settle()
    _shoot(wizard, "wizard-office", tmp_path)
    problems += [f"wizard office page: {p}" for p in clipped(wizard) + untranslated(wizard)]
    assert not problems, "\n".join(problems)
