"""Khmer on screen wraps between words: Qt alone cuts "ពលកម្ម" anywhere; with ICU's boundaries marked it does not."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout, QTextOption

from cl_desktop.i18n.khmer import ZWSP, word_wrapped
from cl_desktop.resources import resource_path

SENTENCE = "បានដកចេញពីពលកម្មកុមារ ប្រឈមខ្ពស់នឹងពលកម្មកុមារ"
WORDS = ("បាន", "ដកចេញ", "ពី", "ពលកម្ម", "កុមារ", "ប្រឈម", "ខ្ពស់", "នឹង")


@pytest.fixture(scope="module")
def khmer_font(qapp: Any) -> QFont:
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    font = QFont()
    font.setFamilies(["Noto Sans", "Noto Sans Khmer"])
    font.setPointSize(10)
    return font


def lines(text: str, font: QFont, width: int) -> list[str]:
    """The lines of a word-wrapped label of ``width`` pixels, as Qt lays them out (the marks removed)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a QLabel's word wrap
    layout.setTextOption(option)
    layout.beginLayout()
    out: list[str] = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        out.append(text[line.textStart() : line.textStart() + line.textLength()].replace(ZWSP, "").strip())
    layout.endLayout()
    return out


def test_the_marks_sit_between_words_only() -> None:
    marked = word_wrapped(SENTENCE)
    assert marked.replace(ZWSP, "") == SENTENCE
    assert "ពល" + ZWSP not in marked and ZWSP + "កម្ម" not in marked
    assert word_wrapped("Child labour, 14 h/week") == "Child labour, 14 h/week"


@pytest.mark.parametrize("width", [60, 75, 90, 120, 150])
def test_marked_khmer_wraps_only_between_words(khmer_font: QFont, width: int) -> None:
    plain = lines(SENTENCE, khmer_font, width)
    marked = lines(word_wrapped(SENTENCE), khmer_font, width)
    assert "".join(marked).replace(" ", "") == SENTENCE.replace(" ", "")
    for line in marked:
        rest = line.replace(" ", "")
        while rest:  # every line is whole words
            word = next((w for w in WORDS if rest.startswith(w)), None)
            assert word is not None, (width, marked)
            rest = rest[len(word) :]
    if width in (60, 90):  # what Qt does on its own: a line starting inside a word
        assert any(not any(line.startswith(w) for w in WORDS) for line in plain if line), plain
