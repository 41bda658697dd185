"""The bundled fonts: Khmer and Cyrillic render on machines that lack them (offscreen too)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from cl_desktop.resources import resource_path

log = logging.getLogger("cl_desktop.ui.fonts")

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf")
FAMILIES = ["Noto Sans", "Noto Sans Khmer"]
POINT_SIZE = 10

_loaded: list[str] = []


def load_fonts() -> list[str]:
    """Register the bundled font files once per process; returns the families they provide."""
    if _loaded:
        return list(_loaded)
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            log.warning("could not load the bundled font %s", name)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    _loaded.extend(dict.fromkeys(families))
    return list(_loaded)


def app_font(point_size: int = POINT_SIZE) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSize(point_size)
    return font


def apply_fonts(app: QApplication) -> None:
    """Load the fonts and make Noto Sans, then Noto Sans Khmer, the application's font family list."""
    load_fonts()
    app.setFont(app_font())


def shapes_khmer(font: QFont | None = None) -> bool:
    """A cheap check that Khmer is shaped: shaped text has fewer glyphs than code points."""
    text = "កម្ពុជា"
    layout = QTextLayout(text, font or app_font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = sum(len(run.glyphIndexes()) for run in layout.glyphRuns())
    return 0 < glyphs < len(text)
