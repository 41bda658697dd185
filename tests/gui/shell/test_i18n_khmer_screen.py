"""A Khmer screen draws shaped Khmer: every glyph found (no boxes) and stacked consonants joined.

The main window in Khmer: each visible label, button, tab and sidebar entry holding Khmer
text is laid out with the widget's own font; no glyph may be the font's missing-glyph
box (index 0), and text with a subscript consonant (coeng, U+17D2) must come out with
fewer glyphs than code points, as shaping joins them. The grabbed window is saved
for a look (``CL_KHMER_SHOT=<file.png>``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QTabBar, QWidget

from cl_desktop.ui import i18n

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"
KHMER = re.compile("[\u1780-\u17ff]")


def glyphs(text: str, font: QFont) -> list[int]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [g for run in layout.glyphRuns() for g in run.glyphIndexes()]


def khmer_texts(top: QWidget) -> list[tuple[str, QFont]]:
    found: list[tuple[str, QFont]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        texts: list[str] = []
        if isinstance(widget, QLabel | QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts = [widget.item(i).text() for i in range(widget.count())]
        found += [(t, widget.font()) for t in texts if KHMER.search(t) and "<" not in t]
    return found


def test_the_khmer_window_is_shaped(qapp: Any, qtbot: Any, ctx: Any, demo_path: Path, tmp_path: Path) -> None:
    from cl_desktop.ui.main_window import MainWindow
    from cl_desktop.ui.tasks import SyncTasks

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "km.qm"
    subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / "cl_desktop_km.ts"), "-qm", str(qm)], check=True)
    original = i18n.catalogue
    i18n.catalogue = lambda lang: qm  # type: ignore[assignment]
    try:
        i18n.install(qapp, "km")
        window = MainWindow(ctx, tasks=SyncTasks(), db_path=demo_path)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.show_page("children")
        for _ in range(5):
            QApplication.processEvents()
        texts = khmer_texts(window)
        assert len(texts) >= 20  # the sidebar, the buttons and the page title at least
        boxes = [text for text, font in texts if 0 in glyphs(text, font)]
        assert boxes == []
        stacked = [(text, font) for text, font in texts if "\u17d2" in text]
        assert stacked
        unshaped = [text for text, font in stacked if not 0 < len(glyphs(text, font)) < len(text)]
        assert unshaped == []
        image = window.grab().toImage()
        assert not image.isNull()
        if os.environ.get("CL_KHMER_SHOT"):
            image.save(os.environ["CL_KHMER_SHOT"])
    finally:
        i18n.catalogue = original  # type: ignore[assignment]
        i18n.install(qapp, "en")
