"""Dashboard charts drawn with QPainter: horizontal bars, actual against target, labelled with values.

No QtCharts (an add-on Qt deprecates): a small widget costs nothing to ship,
renders offscreen and to a QImage (tests and screenshots look at the pixels).
A bar may be split into parts (girls and boys) whose colours the legend names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cl_desktop.ui import i18n

GIRLS = QColor("#c2417a")
BOYS = QColor("#2f6db5")
TOTAL = QColor("#2e8b57")
TARGET = QColor("#222222")
TRACK = QColor("#e9ecef")
TEXT = QColor("#1f2328")
MUTED = QColor("#5c636a")


@dataclass
class Bar:
    """One bar: ``parts`` are (value, colour) stacked left to right; ``target`` draws a marker."""

    label: str
    parts: list[tuple[float, QColor]] = field(default_factory=list)
    target: float | None = None
    value_text: str | None = None

    @property
    def value(self) -> float:
        return sum(v for v, _ in self.parts)


def number(value: float, percent: bool = False) -> str:
    """A bar's value as the interface language writes it (grouping, decimal sign, digits)."""
    if percent:
        return i18n.percent(value, decimals=1)
    return i18n.number(value, decimals=0)


class BarChart(QWidget):
    """Horizontal bars with a title, a legend, a target marker per bar and the value at the bar's end."""

    BAR_HEIGHT = 18
    GAP = 8

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setToolTip(title)
        self.bars: list[Bar] = []
        self.legend: list[tuple[str, QColor]] = []
        self.percent = False
        self.scale_max: float | None = None
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(300)

    def set_bars(
        self,
        bars: list[Bar],
        legend: list[tuple[str, QColor]] | None = None,
        *,
        percent: bool = False,
        scale_max: float | None = None,
        empty_text: str = "",
    ) -> None:
        self.bars = list(bars)
        self.legend = list(legend or [])
        self.percent = percent
        self.scale_max = scale_max
        self.empty_text = empty_text
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        title = QFontMetrics(self._title_font()).height() + 6 if self.title else 0
        legend = line + 6 if self.legend else 0
        rows = max(len(self.bars), 1)
        return QSize(420, title + legend + rows * (self.BAR_HEIGHT + self.GAP) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def render_image(self, width: int = 520) -> QImage:
        """The chart as an image, without a window (offscreen tests, reports)."""
        height = self.sizeHint().height()
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setFont(self.font())
            self.paint(painter, QRectF(0, 0, width, height))
        finally:
            painter.end()
        return image

    def paint(self, p: QPainter, rect: QRectF) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        y = rect.top()
        if self.title:
            p.setFont(self._title_font())
            p.setPen(TEXT)
            h = QFontMetrics(self._title_font()).height()
            # A long translated title ends in "…" instead of running past the chart; the tooltip has it whole.
            title = QFontMetrics(self._title_font()).elidedText(
                self.title, Qt.TextElideMode.ElideRight, int(rect.width())
            )
            p.drawText(QRectF(rect.left(), y, rect.width(), h), Qt.AlignmentFlag.AlignLeft, title)
            y += h + 6
        p.setFont(font)
        if self.legend:
            x = rect.left()
            for name, colour in self.legend:
                p.fillRect(QRectF(x, y + 3, 12, metrics.height() - 6), colour)
                p.setPen(MUTED)
                w = metrics.horizontalAdvance(name)
                p.drawText(QRectF(x + 16, y, w + 4, metrics.height()), Qt.AlignmentFlag.AlignVCenter, name)
                x += 16 + w + 18
            if any(b.target is not None for b in self.bars):
                p.setPen(QPen(TARGET, 2))
                p.drawLine(int(x + 5), int(y + 2), int(x + 5), int(y + metrics.height() - 2))
                p.setPen(MUTED)
                label = self.tr("target")
                p.drawText(
                    QRectF(x + 12, y, metrics.horizontalAdvance(label) + 4, metrics.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
            y += metrics.height() + 6
        if not self.bars:
            p.setPen(MUTED)
            p.drawText(
                QRectF(rect.left(), y, rect.width(), self.BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                self.empty_text or self.tr("Nothing recorded yet"),
            )
            return
        label_width = min(max(metrics.horizontalAdvance(b.label) for b in self.bars) + 10, rect.width() * 0.38)
        texts = [self._value_text(b) for b in self.bars]
        value_width = max(metrics.horizontalAdvance(t) for t in texts) + 10
        left = rect.left() + label_width
        width = max(rect.width() - label_width - value_width - 4, 40)
        top = self.scale_max or max([max(b.value, b.target or 0) for b in self.bars] + [1])
        for bar, text in zip(self.bars, texts, strict=True):
            row = QRectF(rect.left(), y, rect.width(), self.BAR_HEIGHT)
            p.setPen(TEXT)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width - 8))
            p.drawText(
                QRectF(row.left(), row.top(), label_width - 8, row.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            p.fillRect(QRectF(left, row.top() + 1, width, row.height() - 2), TRACK)
            x = left
            for value, colour in bar.parts:
                w = width * min(max(value, 0) / top, 1.0) if top else 0
                w = min(w, left + width - x)
                p.fillRect(QRectF(x, row.top() + 1, w, row.height() - 2), colour)
                x += w
            if bar.target is not None and top:
                tx = left + width * min(bar.target / top, 1.0)
                p.setPen(QPen(TARGET, 2))
                p.drawLine(int(tx), int(row.top() - 2), int(tx), int(row.bottom() + 2))
            p.setPen(TEXT)
            p.drawText(
                QRectF(left + width + 6, row.top(), value_width, row.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
            y += self.BAR_HEIGHT + self.GAP

    def _value_text(self, bar: Bar) -> str:
        if bar.value_text is not None:
            return bar.value_text
        text = number(bar.value, self.percent)
        if bar.target:
            text += " / " + number(bar.target, self.percent)
            if not self.percent:
                text += f" ({100.0 * bar.value / bar.target:.0f}%)"
        return text
