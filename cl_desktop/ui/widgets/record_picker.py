"""Choose several records (children, households) by typing part of a name, case number or village."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

Search = Callable[[str], list[tuple[str, str]]]


class _SearchEdit(QLineEdit):
    """Enter adds the highlighted result instead of saving the form; Down moves into the results."""

    submitted = Signal()
    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.submitted.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _ResultList(QListWidget):
    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentItem():
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _ChosenList(QListWidget):
    remove = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.remove.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RecordPicker(QWidget):
    """Type to search (debounced), Enter adds the top result, Delete removes a chosen one."""

    changed = Signal()

    def __init__(self, search: Search, *, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.search_edit = _SearchEdit()
        self.search_edit.setObjectName("picker_search")
        self.search_edit.setPlaceholderText(placeholder)
        self.search_edit.setClearButtonEnabled(True)
        self.results = _ResultList()
        self.results.setObjectName("picker_results")
        self.chosen = _ChosenList()
        self.chosen.setObjectName("picker_chosen")
        self.add_button = QPushButton(self.tr("Add →"))
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.count_label = QLabel()
        for lst in (self.results, self.chosen):
            lst.setMinimumHeight(110)
            lst.setMaximumHeight(150)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search_edit, 0, 0)
        grid.addWidget(self.count_label, 0, 1)
        grid.addWidget(self.results, 1, 0)
        grid.addWidget(self.chosen, 1, 1)
        grid.addWidget(self.add_button, 2, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.remove_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self.timer.start())
        self.search_edit.submitted.connect(self._add_current)
        self.search_edit.down.connect(self._focus_results)
        self.results.submitted.connect(self._add_current)
        self.results.itemDoubleClicked.connect(lambda _i: self._add_current())
        self.add_button.clicked.connect(self._add_current)
        self.remove_button.clicked.connect(self._remove_current)
        self.chosen.remove.connect(self._remove_current)
        self.setFocusProxy(self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.results)
        QWidget.setTabOrder(self.results, self.chosen)
        self._update_count()

    def run_search(self) -> None:
        self.timer.stop()
        self.results.clear()
        for record_id, label in self._search(self.search_edit.text()):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _focus_results(self) -> None:
        if self.timer.isActive():
            self.run_search()
        self.results.setFocus()

    def _add_current(self) -> None:
        if self.timer.isActive():
            self.run_search()
        item = self.results.currentItem()
        if item is None:
            return
        self.add(str(item.data(Qt.ItemDataRole.UserRole)), item.text())
        self.search_edit.selectAll()

    def _remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self._update_count()
            self.changed.emit()

    def add(self, record_id: str, label: str) -> None:
        if record_id in self.ids():
            return
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        self.chosen.addItem(item)
        self._update_count()
        self.changed.emit()

    def ids(self) -> list[str]:
        return [str(self.chosen.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.chosen.count())]

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n chosen", "", self.chosen.count()))
