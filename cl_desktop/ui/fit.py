"""Windows sized for the screen they open on: a 1024×600 netbook as well as a 1366×768 laptop."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QComboBox, QLabel, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

# The window manager's border and title bar, and a task bar's share, kept free around a new window.
FRAME = QSize(20, 48)


def fitted(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` × ``height``, or less where the widget's screen is smaller (its content scrolls then)."""
    screen = widget.screen()
    if screen is None:
        return QSize(width, height)
    room = screen.availableGeometry().size() - FRAME
    return QSize(width, height).boundedTo(room)


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    widget.resize(fitted(widget, width, height))


def follow_text_in_tooltip(combo: QComboBox, name: str = "") -> None:
    """A combo cut short on a narrow screen (a Russian filter, a long project title) says its whole choice,
    after its ``name``, in its tooltip."""

    def update() -> None:
        text = combo.currentText()
        combo.setToolTip(f"{name}: {text}" if name and text else text or name)

    combo.currentIndexChanged.connect(lambda _: update())
    update()


class ElidedLabel(QLabel):
    """A one-line label that may shrink: what does not fit ends in "…" and the tooltip has it whole
    (the status bar on a 1024-pixel screen, in Russian)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 6)), hint.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            rect = self.contentsRect()
            text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        finally:
            painter.end()


class ElidedCombo(QComboBox):
    """A combo whose choice, when the combo is narrower than it, ends in "…" rather than being cut off
    mid-word (a Khmer filter label on a netbook); ``follow_text_in_tooltip`` gives it whole."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        try:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
            painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
            field = self.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
            )
            option.currentText = self.fontMetrics().elidedText(
                option.currentText, Qt.TextElideMode.ElideRight, field.width()
            )
            painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        finally:
            painter.end()
