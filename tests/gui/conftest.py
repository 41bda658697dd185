"""Markers for the shell's GUI tests (``tests/gui/shell``)."""

from __future__ import annotations

import re

import pytest

# Offscreen, Qt warns about every top-level window with a layout, about popups (menus) it cannot
# raise or let grab the keyboard, and about the Latin font lacking
# Khmer shaping before it falls back to Noto Sans Khmer; neither says anything about our code.
NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
    "OpenType support missing for",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/gui/shell/" in str(item.path).replace("\\", "/"):
            # pytest-qt reads only the closest qt_log_ignore marker: give it every pattern at once.
            item.add_marker(pytest.mark.qt_log_ignore(*(re.escape(text) for text in NOISE)))
