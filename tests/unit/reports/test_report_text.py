"""Plain text of any script becomes markup reportlab can always draw."""

from __future__ import annotations

import io
import time

import uharfbuzz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from cl_desktop.reports import fonts
from cl_desktop.reports.styles import get_styles
from cl_desktop.reports.text import (
    SUBSTITUTE,
    draw_string,
    fit_text,
    has_khmer,
    markup,
    para,
    plain_text,
    script_runs,
    string_width,
)
from cl_desktop.resources import resource_path

KHMER_SAMPLES = [
    "កម្ពុជា",
    "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
    "ឆ្នាំ 2012",
    "ឆ្នាំ2012 (កម្ពុជា) 5%",
    "ស្ត្រី ព្រះរាជាណាចក្រកម្ពុជា ៛១០.០០០ ។",
]


def test_punctuation_around_khmer_stays_in_the_khmer_run() -> None:
    assert script_runs("(កម្ពុជា)") == [("khmer", "(កម្ពុជា)")]


def test_latin_digits_after_khmer_get_noto_sans() -> None:
    assert script_runs("ឆ្នាំ 2012") == [("khmer", "ឆ្នាំ "), ("latin", "2012")]
    assert markup("ឆ្នាំ 2012") == '<font face="NotoSansKhmer">ឆ្នាំ </font>2012'


def test_bold_markup_uses_the_bold_khmer_face() -> None:
    assert markup("ក", bold=True) == '<font face="NotoSansKhmer-Bold">ក</font>'


def test_markup_characters_in_user_text_are_escaped() -> None:
    assert markup("<b>a & b</b>") == "&lt;b&gt;a &amp; b&lt;/b&gt;"


def test_line_breaks_become_br_and_tabs_spaces() -> None:
    assert markup("a\r\nb\nc\td") == "a<br/>b<br/>c d"
    assert markup("a\nb", newlines=False) == "a b"


def test_emoji_and_unsupported_scripts_become_one_visible_substitute_per_run() -> None:
    assert plain_text("Hi 👨\u200d👩\u200d👧 🇰🇭!") == f"Hi {SUBSTITUTE} {SUBSTITUTE}!"
    assert plain_text("שלום عربي 中文") == f"{SUBSTITUTE} {SUBSTITUTE} {SUBSTITUTE}"
    assert plain_text("\ud800x") == f"{SUBSTITUTE}x"


def test_invisible_format_characters_are_dropped() -> None:
    assert plain_text("a\u200eb\ufeffc\ufe0f\x07") == "abc"


def test_cyrillic_and_latin_need_no_khmer_font() -> None:
    assert script_runs("Алматы, Ош — Kyrgyz 2007") == [("latin", "Алматы, Ош — Kyrgyz 2007")]
    assert not has_khmer("Алматы")
    assert has_khmer("ok ក")


def _shape_glyph_ids(face: str, text: str) -> list[int]:
    blob = uharfbuzz.Blob.from_file_path(str(resource_path("fonts", face)))
    font = uharfbuzz.Font(uharfbuzz.Face(blob))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {})
    return [info.codepoint for info in buffer.glyph_infos]


def test_every_run_shapes_without_missing_glyphs() -> None:
    samples = [*KHMER_SAMPLES, "Привет, мир — Ўзбекистон, Тоҷикистон, Қазақстан", "Ação ñ ö"]
    for sample in samples:
        for script, run in script_runs(sample):
            if script is None:
                continue
            face = "NotoSansKhmer-Regular.ttf" if script == "khmer" else "NotoSans-Regular.ttf"
            assert 0 not in _shape_glyph_ids(face, run), (sample, run)


def test_khmer_paragraphs_shape_and_others_do_not() -> None:
    body = get_styles("en").body
    assert para("កម្ពុជា", body).style.shaping == 1
    assert para("Cambodia", body).style.shaping == 0
    assert para("Cambodia", get_styles("km").body).style.shaping == 0
    assert para("កម្ពុជា", body).style.leading >= 1.6 * body.fontSize


def test_ten_thousand_characters_lay_out_quickly() -> None:
    text = ("ក្រសួងការងារ Ministry Министерство 2012 " * 300)[:10_000]
    started = time.perf_counter()
    paragraph = para(text, get_styles("km").body)
    _, height = paragraph.wrap(480, 100_000)
    assert height > 100
    assert time.perf_counter() - started < 10


def test_fit_text_cuts_a_long_title_to_one_line_with_an_ellipsis() -> None:
    style = get_styles("km").page_header_bold
    fitted = fit_text("ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ " * 10, style, 200, 1)
    _, height = fitted.wrap(200, 1000)
    assert height <= fitted.style.leading + 0.1
    assert "…" in fitted.text


def test_draw_string_shapes_khmer_on_a_canvas() -> None:
    canvas = Canvas(io.BytesIO())
    width = draw_string(canvas, 10, 10, "កម្ពុជា 2012", 10, align="right")
    assert width == string_width("កម្ពុជា 2012", 10) > 0
    canvas.showPage()
    canvas.save()


_mixed_alphabet = st.one_of(
    st.characters(codec=None, exclude_categories=()),
    st.sampled_from(list("កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអាិីឹឺុូួើឿៀេែៃោៅំះៈ់៍្")),
    st.sampled_from(list("АБВгдеёжзӘҚҢҮҰҲЎ 0123456789<>&;\"'\n\t\r\u200b\u200c\u200d")),
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=st.text(alphabet=_mixed_alphabet, max_size=120), lang=st.sampled_from(["en", "km"]))
def test_markup_never_raises_and_always_builds(text: str, lang: str) -> None:
    drawable = fonts.charset(fonts.SANS) | fonts.charset(fonts.KHMER)
    assert all(ord(ch) in drawable or ch == "\n" for ch in plain_text(text))
    styles = get_styles(lang)  # type: ignore[arg-type]
    for style in (styles.body, styles.table_header):
        result = markup(text, bold=fonts.is_bold_face(style.fontName))
        assert isinstance(result, str)
        canvas = Canvas(io.BytesIO())
        paragraph = para(text, style)
        assert isinstance(paragraph, Paragraph)
        paragraph.wrap(90, 10_000)
        paragraph.drawOn(canvas, 20, 20)
        canvas.showPage()
        canvas.save()
