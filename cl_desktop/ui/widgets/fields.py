"""Field widgets that hand the service exactly what the clerk typed.

Dates and numbers are plain line edits: a malformed value reaches the
service, which answers with the message shown beside the field, instead of
being silently coerced by a spin box or a date edit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from cl_desktop.services.reference import ReferenceLists


def ui_language() -> str:
    """'km', 'ru' or 'en': the interface language (``ui.i18n.current``)."""
    from cl_desktop.ui.i18n import current

    return current()


def item_label(item: dict[str, Any], lang: str) -> str:
    return str(item.get(f"label_{lang}") or item["label_en"])


class DateEdit(QLineEdit):
    """A date typed as YYYY-MM-DD; validated by the service, never coerced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaximumWidth(140)


class NumberEdit(QLineEdit):
    """A number typed freely; the service says when it is not one."""

    def __init__(self, parent: QWidget | None = None, width: int = 100) -> None:
        super().__init__(parent)
        self.setMaximumWidth(width)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordCombo(QComboBox):
    """A single choice among (value, label) pairs; type to select, or search when ``searchable``."""

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
            completer = QCompleter(self.model(), self)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.setCompleter(completer)
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
