"""Paragraph styles and colours for every report, per language.

Khmer styles shape (``shaping=1``) and get a leading of about 1.6 × the font
size, because stacked vowels and subscript consonants reach well above and below
the Latin line. English and Russian styles do not shape (ten times faster);
``text.para`` still shapes any of their paragraphs that hold a Khmer name.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from cl_desktop.reports import fonts
from cl_desktop.reports.text import KHMER_LEADING_FACTOR

Lang = Literal["en", "km", "ru"]
LANGS: tuple[Lang, ...] = ("en", "km", "ru")

# Print-safe colours: dark enough to photocopy, light zebra that still shows.
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1F4E79")
HEADER_FILL = colors.HexColor("#1F4E79")
HEADER_TEXT = colors.white
ZEBRA_FILL = colors.HexColor("#EEF2F7")
TOTAL_FILL = colors.HexColor("#D9E1EA")
GRID = colors.HexColor("#9AA5B1")
TARGET_FILL = colors.HexColor("#C9D3DE")
ACTUAL_FILL = colors.HexColor("#2E75B6")


@dataclass(frozen=True)
class ReportStyles:
    """The styles one report language uses; fields name the role, not the look."""

    lang: Lang
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    body_bold: ParagraphStyle
    small: ParagraphStyle
    table_header: ParagraphStyle
    table_header_right: ParagraphStyle
    table_cell: ParagraphStyle
    table_cell_right: ParagraphStyle
    table_total: ParagraphStyle
    table_total_right: ParagraphStyle
    kv_key: ParagraphStyle
    kv_value: ParagraphStyle
    page_header: ParagraphStyle
    page_header_bold: ParagraphStyle
    page_footer: ParagraphStyle
    page_footer_right: ParagraphStyle
    chart_label: ParagraphStyle


def _leading(lang: Lang, size: float, latin_factor: float = 1.25) -> float:
    return round(size * (KHMER_LEADING_FACTOR if lang == "km" else latin_factor), 1)


@functools.cache
def get_styles(lang: Lang = "en") -> ReportStyles:
    """Styles for a report language; unknown languages get English styles."""
    if lang not in LANGS:
        lang = "en"
    fonts.register_fonts()
    shaping = 1 if lang == "km" else 0

    def make(
        role: str,
        size: float,
        *,
        bold: bool = False,
        align: int = TA_LEFT,
        color: colors.Color = INK,
        before: float = 0,
        after: float = 0,
        keep_with_next: bool = False,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            f"cl-{lang}-{role}",
            fontName=fonts.SANS_BOLD if bold else fonts.SANS,
            fontSize=size,
            leading=_leading(lang, size),
            alignment=align,
            textColor=color,
            spaceBefore=before,
            spaceAfter=after,
            keepWithNext=int(keep_with_next),
            shaping=shaping,
            # Wrap at spaces; a word longer than the column (an e-mail address, a
            # long Khmer phrase) is cut by reportlab rather than overflowing.
            splitLongWords=1,
            # Russian words are long and the columns narrow: break them at syllables with a
            # hyphen (pyphen's ru_RU patterns) before a word is ever cut (see fonts.split_word).
            hyphenationLang="ru_RU" if lang == "ru" else "",
            embeddedHyphenation=1 if lang == "ru" else 0,
            allowWidows=0,
            allowOrphans=0,
        )

    return ReportStyles(
        lang=lang,
        title=make("title", 18, bold=True, color=ACCENT, after=6),
        subtitle=make("subtitle", 12, color=MUTED, after=10),
        heading=make("heading", 13, bold=True, color=ACCENT, before=10, after=4, keep_with_next=True),
        subheading=make("subheading", 11, bold=True, before=6, after=3, keep_with_next=True),
        body=make("body", 10, after=4),
        body_bold=make("body-bold", 10, bold=True, after=4),
        small=make("small", 8, color=MUTED),
        table_header=make("th", 8.5, bold=True, color=HEADER_TEXT),
        table_header_right=make("th-r", 8.5, bold=True, color=HEADER_TEXT, align=TA_RIGHT),
        table_cell=make("td", 8.5),
        table_cell_right=make("td-r", 8.5, align=TA_RIGHT),
        table_total=make("tt", 8.5, bold=True),
        table_total_right=make("tt-r", 8.5, bold=True, align=TA_RIGHT),
        kv_key=make("kv-k", 9, bold=True),
        kv_value=make("kv-v", 9),
        page_header=make("ph", 8, color=MUTED),
        page_header_bold=make("ph-b", 9.5, bold=True, color=ACCENT),
        page_footer=make("pf", 8, color=MUTED),
        page_footer_right=make("pf-r", 8, color=MUTED, align=TA_RIGHT),
        chart_label=make("chart", 8.5),
    )


def centred(style: ParagraphStyle) -> ParagraphStyle:
    """The same style centred (cover pages, chart captions)."""
    return _aligned(style, TA_CENTER)


def right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    """The same style right-aligned (numbers outside tables)."""
    return _aligned(style, TA_RIGHT)


@functools.cache
def _aligned(style: ParagraphStyle, alignment: int) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-a{alignment}", parent=style, alignment=alignment)
