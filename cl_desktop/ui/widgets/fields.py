"""Field widgets that hand the service exactly what the clerk typed.

Dates and numbers are plain line edits: a malformed value reaches the
service, which answers with the message shown beside the field, instead of
being silently coerced by a spin box or a date edit.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.i18n.formats import read_typed_date
from cl_desktop.services.reference import ReferenceLists

if TYPE_CHECKING:
    from cl_desktop.reports.styles import Lang


def ui_language() -> Lang:
    """'km', 'ru' or 'en': the interface language (``ui.i18n.current``)."""
    from cl_desktop.ui.i18n import current

    return current()


def item_label(item: dict[str, Any], lang: str) -> str:
    return str(item.get(f"label_{lang}") or item["label_en"])


def _calendar_icon() -> QIcon:
    """A small calendar page drawn here (no icon theme to rely on offline, on every platform)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#44515e"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, QColor("#2f6db5"))
    for row in range(2):
        for col in range(3):
            painter.fillRect(3 + 4 * col, 8 + 3 * row, 2, 2, QColor("#44515e"))
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """The month under a date field: arrows move the day, Enter or a click takes it, Esc closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendar_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        self.setFocusProxy(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateEdit(QLineEdit):
    """A date typed as the screen writes it (31/12/2009, 31.12.2009 in Russian) or as ISO, or picked from
    a calendar (the button, Alt+Down or F4). The service validates it; nothing is coerced.

    ``edited`` tells a change the clerk made (typing or the calendar) from one the form made.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.pattern())
        # room for the date or the pattern (ДД.ММ.ГГГГ is wider than 31/12/2009) and the calendar button
        metrics = self.fontMetrics()
        text = max(metrics.horizontalAdvance(t) for t in (self.pattern(), "00/00/0000", "០០/០០/០០០០"))
        self.setFixedWidth(text + 52)
        self.setToolTip(
            self.tr("Type the date as {pattern} (or YYYY-MM-DD); Alt+Down opens a calendar.").format(
                pattern=self.pattern()
            )
        )
        self.calendar_action = self.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setObjectName("open_calendar")
        self.calendar_action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.popup: CalendarPopup | None = None
        self.textEdited.connect(lambda _text: self.edited.emit())

    def pattern(self) -> str:
        """How a date is typed in the interface language (translated: ДД.ММ.ГГГГ in Russian)."""
        return self.tr("DD/MM/YYYY")

    def iso(self) -> str:
        """The typed date as ISO YYYY-MM-DD for the service, or the text itself when it is not a date."""
        return read_typed_date(self.text()) or self.text().strip()

    def date(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.iso())
        except ValueError:
            return None

    def set_iso(self, value: Any) -> None:
        """Show a stored date (ISO) the way the screen writes dates; anything else as it is."""
        from cl_desktop.ui.i18n import as_date, date_text

        if value is None or value == "":
            self.setText("")
        elif (
            isinstance(value, (str, dt.date))
            and as_date(value) is not None
            and (not isinstance(value, str) or len(value) == 10)
        ):
            self.setText(date_text(value))
        else:
            self.setText(str(value))

    def error_hint(self, error: Any, field: str) -> str:
        """The message for a date that could not be read, quoting what the clerk typed and how to type it."""
        if getattr(error, "code", "") not in ("bad_date", "bad_month"):
            return ""
        return self.tr("{field} must be a date written as {pattern} (got “{value}”).").format(
            field=field, pattern=self.pattern(), value=self.text().strip()
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> CalendarPopup:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        current = self.date() or dt.date.today()
        self.popup.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        self.popup.move(below)
        self.popup.show()
        self.popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return self.popup

    def _picked(self, day: QDate) -> None:
        self.set_iso(dt.date(day.year(), day.month(), day.day()))
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edited.emit()


class NumberEdit(QLineEdit):
    """A number typed freely; the service says when it is not one."""

    def __init__(self, parent: QWidget | None = None, width: int = 100) -> None:
        super().__init__(parent)
        self.setMaximumWidth(width)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordCombo(QComboBox):
    """A single choice among (value, label) pairs; type to select, or search when ``searchable``.

    A searchable combo is typed into: the list under it narrows to the labels holding what was typed
    (anywhere in the label, in any script, ignoring case), and leaving the field takes the one choice the
    text names. Text naming no single choice stays as typed, and the service refuses it.
    """

    def __init__(
        self,
        choices: Iterable[tuple[str, str]] = (),
        *,
        empty: str | None = None,
        searchable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._empty = empty
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            editor = self.lineEdit()
            assert editor is not None  # an editable combo box always has its line edit
            if empty is not None:
                # the empty choice shows as a hint, so typing never appends to it
                editor.setPlaceholderText(empty)
                self._empty = ""
            completer = QCompleter(self.model(), self)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.setCompleter(completer)
            editor.editingFinished.connect(self.commit_typed)
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self._empty is not None:
            self.addItem(self._empty, "")
        for value, label in choices:
            self.addItem(label, value)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str:
        if self.isEditable() and self.currentIndex() >= 0 and self.currentText() != self.itemText(self.currentIndex()):
            return self.currentText().strip()  # typed text matching no choice: the service refuses it
        data = self.currentData()
        return str(data) if data is not None else ""

    def set_value(self, value: Any) -> None:
        index = self.findData(value if value is not None else "")
        if index < 0 and self.count():
            index = 0  # the empty choice, or the first one when there is none
        self.setCurrentIndex(index)

    def matches(self, text: str) -> list[int]:
        """The choices a typed text names: those whose whole label it is, else those whose label holds it."""
        folded = text.strip().casefold()
        if not folded:
            return [i for i in range(self.count()) if self.itemData(i) == ""][:1]
        labels = [(i, self.itemText(i).casefold()) for i in range(self.count())]
        exact = [i for i, label in labels if label == folded]
        return exact or [i for i, label in labels if folded in label]

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab takes the typed choice first, so a field that depends on it (the district under a province)
        is open to Tab into."""
        if self.isEditable():
            completer = self.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                popup.hide()
            self.commit_typed()
        return super().focusNextPrevChild(next)

    def commit_typed(self) -> None:
        """Take the one choice the typed text names; with none or several, the text stays as typed."""
        if not self.isEditable():
            return
        text = self.currentText()
        if self.currentIndex() >= 0 and text == self.itemText(self.currentIndex()):
            return
        found = self.matches(text)
        if len(found) == 1:
            self.setCurrentIndex(found[0])
            self.setEditText(self.itemText(found[0]))


class CodeCombo(RecordCombo):
    """One code of a reference list, labelled in the user's language."""

    def __init__(
        self, refs: ReferenceLists, list_name: str, lang: str, *, empty: str | None = "", parent: QWidget | None = None
    ) -> None:
        choices = [(i["code"], item_label(i, lang)) for i in refs.items(list_name)]
        super().__init__(choices, empty=empty, parent=parent)


class CodeChecklist(QListWidget):
    """Several codes of a reference list: arrow keys move, Space ticks."""

    changed = Signal()

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        *,
        rows: int = 5,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._rows = rows
        for code, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    @classmethod
    def for_list(cls, refs: ReferenceLists, list_name: str, lang: str, *, rows: int = 5) -> CodeChecklist:
        return cls([(i["code"], item_label(i, lang)) for i in refs.items(list_name)], rows=rows)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        row = self.sizeHintForRow(0) if self.count() else 20
        return QSize(hint.width(), row * min(self._rows, max(self.count(), 1)) + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def codes(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: Any) -> None:
        if isinstance(codes, str):
            codes = json.loads(codes or "[]")
        wanted = set(codes or [])
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def keyPressEvent(self, event: Any) -> None:
        """Space ticks the current row (the list's own handling needs a selection first)."""
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            item = self.currentItem()
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


def field_value(widget: QWidget) -> Any:
    """What a field widget holds, as the service expects it."""
    from cl_desktop.ui.widgets.location_picker import LocationPicker
    from cl_desktop.ui.widgets.record_picker import RecordPicker

    if isinstance(widget, LocationPicker):
        return widget.location_id()
    if isinstance(widget, RecordPicker):
        return widget.ids()
    if isinstance(widget, CodeChecklist):
        return widget.codes()
    if isinstance(widget, RecordCombo):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, DateEdit):
        return widget.iso()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(f"no value for {type(widget).__name__}")


def set_field_value(widget: QWidget, value: Any) -> None:
    from cl_desktop.ui.widgets.location_picker import LocationPicker

    if isinstance(widget, LocationPicker):
        widget.set_location(value)
    elif isinstance(widget, CodeChecklist):
        widget.set_codes(value)
    elif isinstance(widget, RecordCombo):
        widget.set_value(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, DateEdit):
        widget.set_iso(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QLineEdit):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        widget.setText("" if value is None else str(value))
    else:
        raise TypeError(f"cannot set {type(widget).__name__}")


def value_changed_signal(widget: QWidget) -> Any:
    """The signal a form listens to for 'the clerk changed something'."""
    from cl_desktop.ui.widgets.location_picker import LocationPicker
    from cl_desktop.ui.widgets.record_picker import RecordPicker

    if isinstance(widget, (LocationPicker, CodeChecklist, RecordPicker)):
        return widget.changed
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged if not widget.isEditable() else widget.currentTextChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, (QPlainTextEdit, QLineEdit)):
        return widget.textChanged
    raise TypeError(type(widget).__name__)
