"""The bundled fonts and the reportlab fixes Khmer depends on."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph

from cl_desktop.reports import fonts
from cl_desktop.reports.layout import PageHeader, build_pdf
from cl_desktop.reports.styles import get_styles
from cl_desktop.reports.text import para, script_runs

# Two stacked marks in one cluster (ណ្តុះ: coeng-ta below, u below + reahmuk), then
# Latin, then Khmer followed directly by Latin with no space.
STACKED = "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ AB ឆ្នាំ2012 ស្ត្រី y"


def test_registering_twice_is_harmless() -> None:
    fonts.register_fonts()
    fonts.register_fonts()
    assert fonts.charset(fonts.KHMER) and fonts.charset(fonts.SANS)


def test_every_probe_reports_the_bug_gone_after_registration() -> None:
    assert not fonts.rise_bug_present()
    assert not fonts.mixed_font_shaping_bug_present()
    assert not fonts.shaped_split_bug_present()


def test_each_installed_fix_keeps_the_function_it_replaced() -> None:
    fixes = fonts.installed_fixes()
    assert set(fixes) == {"setRise", "shapeFragWord", "splitFragWord", "splitWord"}
    for name, installed in fixes.items():
        assert not installed or name in fonts.ORIGINALS


def _render_khmer_line(path: Path) -> None:
    styles = get_styles("km")
    build_pdf(path, [para(STACKED, styles.body)], header=PageHeader("Rise"), lang="km")


def _expected_raised_glyphs() -> int:
    """Glyphs harfbuzz moves up or down, per Khmer run, at the body size."""
    size = get_styles("km").body.fontSize
    total = 0
    for script, run in script_runs(STACKED):
        if script == "khmer":
            for word in run.split():
                shaped = shapeStr(word, fonts.KHMER, size)
                total += sum(1 for sd in shaped.__shapeData__ if sd.y_offset)
    return total


def _rise_findings(path: Path, text_shows: Callable[..., Any]) -> tuple[list[float], int]:
    shows = text_shows(PdfReader(str(path)), 0)
    latin_rises = [s.rise for s in shows if "NotoSans" in s.font and "Khmer" not in s.font]
    raised_khmer = sum(s.glyphs for s in shows if "Khmer" in s.font and s.rise != 0)
    return latin_rises, raised_khmer


def test_text_rise_returns_to_zero_after_stacked_khmer_marks(tmp_path: Path, text_shows: Callable[..., Any]) -> None:
    path = tmp_path / "rise.pdf"
    _render_khmer_line(path)
    latin_rises, raised_khmer = _rise_findings(path, text_shows)
    assert latin_rises and all(r == 0 for r in latin_rises)
    # Only the marks harfbuzz positions are raised or lowered, nothing after them.
    assert raised_khmer == _expected_raised_glyphs() > 0


def test_the_rise_check_catches_the_upstream_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text_shows: Callable[..., Any]
) -> None:
    if "setRise" not in fonts.ORIGINALS:
        pytest.skip("reportlab fixed setRise upstream")
    monkeypatch.setattr(PDFTextObject, "setRise", fonts.ORIGINALS["setRise"])
    path = tmp_path / "buggy.pdf"
    _render_khmer_line(path)
    latin_rises, raised_khmer = _rise_findings(path, text_shows)
    assert any(r != 0 for r in latin_rises) or raised_khmer != _expected_raised_glyphs()


def _latin_super_sub_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for i, face in enumerate(("Helvetica", fonts.SANS)):
        style = ParagraphStyle(f"s{i}", fontName=face, fontSize=11, leading=14)
        text = "H<sub>2</sub>O, x<super>2</super><sub>i</sub>, E=mc<super>2</super><sub>0</sub>"
        paragraph = Paragraph(text, style)
        paragraph.wrap(300, 100)
        paragraph.drawOn(canvas, 50, 700 - 40 * i)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_latin_super_and_subscripts_are_byte_identical_with_the_fix(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if "setRise" not in fonts.ORIGINALS:
        pytest.skip("reportlab fixed setRise upstream")
    fixed = _latin_super_sub_pdf()
    monkeypatch.setattr(PDFTextObject, "setRise", fonts.ORIGINALS["setRise"])
    assert _latin_super_sub_pdf() == fixed


def test_a_word_mixing_khmer_and_digits_keeps_both_fonts_glyphs() -> None:
    paragraph = para("ឆ្នាំ2012", get_styles("km").body)
    paragraph.wrap(300, 100)
    frags = [f for line in paragraph.blPara.lines for f in line.words]
    latin = "".join(str(f.text) for f in frags if f.fontName == fonts.SANS)
    assert latin == "2012"


def test_a_long_khmer_word_is_cut_between_syllables_and_stays_shaped() -> None:
    cell = get_styles("km").table_cell
    paragraph = para("ចំនួនម៉ោងក្នុងមួយសប្តាហ៍" * 3, cell)
    paragraph.wrap(60, 1000)
    lines = paragraph.blPara.lines
    assert len(lines) > 2
    for line in lines:
        for frag in line.words:
            assert not str(frag.text) or isinstance(frag.text, ShapedStr)
    assert paragraph.wrap(60, 1000) == paragraph.wrap(60, 1000)  # wrapping is repeatable


@pytest.mark.parametrize(
    ("word", "cuts"),
    [
        ("ចំនួនម៉ោងក្នុង", ["ចំ", "នួន", "ម៉ោង", "ក្នុង"]),
        ("ក្រសួងការងារ", ["ក្រ", "សួង", "ការ", "ងារ"]),
        ("ឆ្នាំ២០១២", ["ឆ្នាំ", "២០១២"]),
        ("ការ\u200bងារ", ["ការ\u200b", "ងារ"]),
    ],
)
def test_cut_points_fall_between_khmer_syllables(word: str, cuts: list[str]) -> None:
    pieces: list[str] = []
    start = 0
    for i in range(1, len(word)):
        if fonts.break_level(word, i):
            pieces.append(word[start:i])
            start = i
    pieces.append(word[start:])
    assert pieces == cuts
