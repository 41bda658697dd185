"""Dashboard charts drawn with QPainter: horizontal bars, actual against target, labelled with values.

No QtCharts (an add-on Qt deprecates): a small widget costs nothing to ship,
renders offscreen and to a QImage (tests and screenshots look at the pixels).
A bar may be split into parts (girls and boys) whose colours the legend names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

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
    hint: str = ""  # the tooltip's name for the bar when the label is short (a programme's code and title)

    @property
    def value(self) -> float:
        return sum(v for v, _ in self.parts)


def number(value: float, percent: bool = False) -> str:
    """A bar's value as the interface language writes it (grouping, decimal sign, digits)."""
    if percent:
        return i18n.percent(value, decimals=1)
    return i18n.number(value, decimals=0)


class BarChart(QWidget):
    """Horizontal bars with a title, a legend, a target marker per bar and the value at the bar's end.

    The title wraps to the chart's width; a bar's label cut short shows whole in its tooltip. A click on
    a bar (or Enter on the focused chart, for its first bar) emits ``bar_activated`` with its index.
    """

    BAR_HEIGHT = 18
    GAP = 8
    bar_activated = Signal(int)

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setToolTip(title)
        self.bars: list[Bar] = []
        self.legend: list[tuple[str, QColor]] = []
        self.percent = False
        self.scale_max: float | None = None
        self.empty_text = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
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
        self.setFixedHeight(self.heightForWidth(self.width() if self.width() > 100 else 420))
        self.update()

    def _title_height(self, width: int) -> int:
        if not self.title:
            return 0
        metrics = QFontMetrics(self._title_font())
        box = metrics.boundingRect(QRect(0, 0, max(width, 50), 10_000), Qt.TextFlag.TextWordWrap, self.title)
        return box.height() + 6

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        line = QFontMetrics(self.font()).height()
        legend = line + 6 if self.legend else 0
        rows = max(len(self.bars), 1)
        return self._title_height(width) + legend + rows * (self.BAR_HEIGHT + self.GAP) + 8

    def resizeEvent(self, event: QResizeEvent) -> None:
        height = self.heightForWidth(event.size().width())
        if height != self.height():
            self.setFixedHeight(height)  # a narrower chart wraps its title onto more lines
        super().resizeEvent(event)

    @property
    def rows(self) -> list[QRectF]:
        """Where each bar is drawn in the widget, for clicks and tooltips (``paint`` lays them out alike)."""
        width = self.width()
        top = self._title_height(width) + (QFontMetrics(self.font()).height() + 6 if self.legend else 0)
        step = self.BAR_HEIGHT + self.GAP
        return [QRectF(0, top + i * step, width, self.BAR_HEIGHT) for i in range(len(self.bars))]

    def bar_at(self, x: float, y: float) -> int | None:
        for i, row in enumerate(self.rows):
            if row.top() - self.GAP / 2 <= y <= row.bottom() + self.GAP / 2:
                return i
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().x(), event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self.bar_activated.emit(index)
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos().x(), event.pos().y())
            if index is not None and index < len(self.bars):
                bar = self.bars[index]
                QToolTip.showText(event.globalPos(), f"{bar.hint or bar.label}: {self._value_text(bar)}", self)
            else:
                QToolTip.showText(event.globalPos(), self.title, self)
            return True
        return super().event(event)

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        del line
        return QSize(420, self.heightForWidth(420))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.heightForWidth(max(self.width(), 300)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def render_image(self, width: int = 520) -> QImage:
        """The chart as an image, without a window (offscreen tests, reports)."""
        height = self.heightForWidth(width)
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
            # A long translated title wraps onto a second line rather than running past the chart.
            h = self._title_height(int(rect.width())) - 6
            p.drawText(
                QRectF(rect.left(), y, rect.width(), h),
                Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                self.title,
            )
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
                part = width * min(max(value, 0) / top, 1.0) if top else 0
                part = min(part, left + width - x)
                p.fillRect(QRectF(x, row.top() + 1, part, row.height() - 2), colour)
                x += part
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
