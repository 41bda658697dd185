"""Horizontal bar charts of progress against target, drawn straight on the canvas.

reportlab.graphics never shapes text, so category labels are Paragraphs (Khmer
shapes, long names wrap) and numbers go through ``text.draw_string``. One row
per category: a light bar for the target, a dark bar for the actual value with a
tick where the target ends, then "actual / target" and the percentage. The
chart splits between rows across pages and keeps one scale for all parts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from cl_desktop.i18n.formats import format_number, format_percent
from cl_desktop.i18n.labels import label
from cl_desktop.reports import fonts
from cl_desktop.reports.styles import ACTUAL_FILL, GRID, INK, MUTED, TARGET_FILL, Lang, get_styles
from cl_desktop.reports.text import draw_string, para, string_width

Number = int | float | Decimal


@dataclass(frozen=True)
class ProgressBar:
    """One category: its label, what was achieved and what was planned (None: no target)."""

    label: str
    actual: Number
    target: Number | None = None


def below_target(pct: float, decimals: int = 0) -> float:
    """A percentage rounded for print that never reads as a met target when it is not (99.6 → 99.6, not 100).

    Values rounding up to 100 from below keep one decimal, cut rather than rounded.
    """
    shown: float = round(pct, decimals)
    if pct < 100 <= shown:
        return float(math.floor(pct * 10 ** (decimals + 1)) / 10 ** (decimals + 1))
    return shown


def percent_of_target(actual: Number, target: Number | None) -> float | None:
    """Achievement in percent, or None when there is no positive target."""
    if target is None or target <= 0:
        return None
    return float(actual) / float(target) * 100.0


class ProgressChart(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Bars of actual against target per category; labels shape, numbers localise."""

    def __init__(
        self,
        bars: Sequence[ProgressBar],
        *,
        lang: Lang = "en",
        label_width: float | None = None,
        bar_height: float = 10.0,
        row_gap: float = 5.0,
        legend: bool = True,
        khmer_digits: bool | None = None,
        scale_max: float | None = None,
        font_size: float = 8.0,
    ) -> None:
        super().__init__()
        self.bars = list(bars)
        self.lang: Lang = lang
        self.label_width = label_width
        self.bar_height = bar_height
        self.row_gap = row_gap
        self.legend = legend
        self.khmer_digits = khmer_digits
        self.font_size = font_size
        values = [float(b.actual) for b in self.bars] + [float(b.target) for b in self.bars if b.target is not None]
        self.scale_max = scale_max if scale_max is not None else max([*values, 0.0]) or 1.0
        self.spaceBefore = 4.0
        self.spaceAfter = 8.0
        self._rows: list[tuple[Paragraph, float]] = []
        self._value_w = 0.0

    # -- text helpers -------------------------------------------------------

    def _num(self, value: Number) -> str:
        return format_number(value, self.lang, self.khmer_digits)

    def _value_text(self, bar: ProgressBar) -> str:
        if bar.target is None:
            return self._num(bar.actual)
        return f"{self._num(bar.actual)} / {self._num(bar.target)}"

    def _percent_text(self, bar: ProgressBar) -> str:
        pct = percent_of_target(bar.actual, bar.target)
        if pct is None:
            return ""
        shown = below_target(pct)
        return format_percent(shown, self.lang, self.khmer_digits, decimals=0 if shown == round(pct) else 1)

    def _legend_height(self) -> float:
        return self.font_size * 2.4 if self.legend else 0.0

    # -- flowable protocol --------------------------------------------------

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        fonts.register_fonts()
        style = get_styles(self.lang).chart_label
        label_w = self.label_width if self.label_width is not None else availWidth * 0.32
        size = self.font_size
        widest = max((string_width(self._value_text(b), size) for b in self.bars), default=0.0)
        widest_pct = max((string_width(self._percent_text(b), size, bold=True) for b in self.bars), default=0.0)
        self._value_w = widest + widest_pct + size * 2.0
        self._label_w = label_w
        self._rows = []
        for bar in self.bars:
            paragraph = para(bar.label, style)
            _, h = paragraph.wrap(label_w - 6, availHeight)
            needed = self._bar_centre(paragraph) + self.bar_height / 2 + 1.0
            self._rows.append((paragraph, max(h, needed) + self.row_gap))
        self.width = availWidth
        self.height = self._legend_height() + sum(h for _, h in self._rows)
        return self.width, self.height

    @staticmethod
    def _bar_centre(paragraph: Paragraph) -> float:
        """Distance from the label's top to the visual middle of its lines.

        A Paragraph puts its first baseline one font size below its top and the
        extra (Khmer) leading below the text, so centring on the box would put
        the bar below the words.
        """
        style = paragraph.style
        laid_out = getattr(paragraph, "blPara", None)
        lines = max(len(laid_out.lines), 1) if laid_out is not None else 1
        return float(0.65 * style.fontSize + (lines - 1) * style.leading / 2)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        used = self._legend_height()
        fit = 0
        for _, h in self._rows:
            if used + h > availHeight:
                break
            used += h
            fit += 1
        if fit == 0 or fit == len(self.bars):
            return []
        common: dict[str, Any] = dict(
            lang=self.lang,
            label_width=self.label_width,
            bar_height=self.bar_height,
            row_gap=self.row_gap,
            khmer_digits=self.khmer_digits,
            scale_max=self.scale_max,
            font_size=self.font_size,
        )
        head = ProgressChart(self.bars[:fit], legend=self.legend, **common)
        tail = ProgressChart(self.bars[fit:], legend=self.legend, **common)
        head.spaceAfter = 0.0
        tail.spaceBefore = 0.0
        return [head, tail]

    def draw(self) -> None:
        canvas = self.canv
        size = self.font_size
        bar_x = self._label_w
        bar_room = max(self.width - bar_x - self._value_w, 20.0)
        scale = bar_room / self.scale_max
        y = self.height
        if self.legend:
            y -= size * 1.6
            self._draw_legend(bar_x, y)
            y -= size * 0.8
        canvas.saveState()
        for bar, (paragraph, row_h) in zip(self.bars, self._rows, strict=True):
            top = y
            y -= row_h
            _, label_h = paragraph.wrap(self._label_w - 6, row_h)
            paragraph.drawOn(canvas, 0, top - label_h)
            centre = top - self._bar_centre(paragraph)
            bh = self.bar_height
            bar_bottom = centre - bh / 2
            target_w = float(bar.target) * scale if bar.target is not None else 0.0
            actual_w = max(float(bar.actual), 0.0) * scale
            if bar.target is not None:
                canvas.setFillColor(TARGET_FILL)
                canvas.rect(bar_x, bar_bottom, target_w, bh, stroke=0, fill=1)
            inner = bh * 0.6
            canvas.setFillColor(ACTUAL_FILL)
            canvas.rect(bar_x, bar_bottom + (bh - inner) / 2, actual_w, inner, stroke=0, fill=1)
            if bar.target is not None:
                canvas.setStrokeColor(INK)
                canvas.setLineWidth(1.2)
                tick_x = bar_x + target_w
                canvas.line(tick_x, bar_bottom - 1.5, tick_x, bar_bottom + bh + 1.5)
            text_x = bar_x + max(target_w, actual_w) + size * 0.6
            baseline = centre - size * 0.35
            canvas.setFillColor(INK)
            drawn = draw_string(canvas, text_x, baseline, self._value_text(bar), size)
            pct = self._percent_text(bar)
            if pct:
                draw_string(canvas, text_x + drawn + size * 0.6, baseline, pct, size, bold=True)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.line(bar_x, y + self.row_gap / 2, bar_x, self.height - self._legend_height())
        canvas.restoreState()

    def _draw_legend(self, x: float, y: float) -> None:
        canvas = self.canv
        size = self.font_size
        canvas.saveState()
        swatch = size * 1.4
        canvas.setFillColor(TARGET_FILL)
        canvas.rect(x, y, swatch, size * 0.9, stroke=0, fill=1)
        canvas.setFillColor(MUTED)
        x += swatch + size * 0.4
        x += draw_string(canvas, x, y + size * 0.1, label("target", self.lang), size) + size * 1.5
        canvas.setFillColor(ACTUAL_FILL)
        canvas.rect(x, y + size * 0.18, swatch, size * 0.54, stroke=0, fill=1)
        canvas.setFillColor(MUTED)
        x += swatch + size * 0.4
        draw_string(canvas, x, y + size * 0.1, label("actual", self.lang), size)
        canvas.restoreState()


def progress_chart(
    rows: Sequence[tuple[str, Number, Number | None]],
    *,
    lang: Lang = "en",
    **options: Any,
) -> ProgressChart:
    """Shorthand: ``progress_chart([("Girls", 120, 150), ...], lang="km")``."""
    return ProgressChart([ProgressBar(*row) for row in rows], lang=lang, **options)
