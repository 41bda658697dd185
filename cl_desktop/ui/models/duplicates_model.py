"""The duplicate review queue as a table model: pages of pairs, likeliest first, read as the view scrolls.

A scan of a million children lists thousands of pairs; the model holds only the pages the reviewer
has scrolled through (``canFetchMore``/``fetchMore``), each read by key after the last pair of the
page before (``services.sync.Sync.duplicates_page``). The reasons are shown in the interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cl_desktop.figures.duplicate_reasons import reasons_text
from cl_desktop.services.sync import REVIEW_PAGE
from cl_desktop.ui import i18n
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[tuple[float, str, str] | None, int], list[dict[str, Any]]]

KEEP_CASE, KEEP_NAME, KEEP_OFFICE, OTHER_CASE, OTHER_NAME, OTHER_OFFICE, WHY = range(7)
_FIELDS = ("a_case", "a_name", "a_office", "b_case", "b_name", "b_office")
PAGE = REVIEW_PAGE
HEADERS = (
    QT_TRANSLATE_NOOP("DuplicatesModel", "Keep"),
    QT_TRANSLATE_NOOP("DuplicatesModel", "Name"),
    QT_TRANSLATE_NOOP("DuplicatesModel", "Office"),
    QT_TRANSLATE_NOOP("DuplicatesModel", "Merge into it"),
    QT_TRANSLATE_NOOP("DuplicatesModel", "Name"),
    QT_TRANSLATE_NOOP("DuplicatesModel", "Office"),
    QT_TRANSLATE_NOOP("DuplicatesModel", "Why"),
)


class DuplicatesModel(QAbstractTableModel):
    """Open pairs from ``fetch(after, limit)``; ``reload`` starts again from the first page."""

    def __init__(self, fetch: Fetch, page: int | None = None) -> None:
        super().__init__()
        self._fetch = fetch
        self._page = page or PAGE
        self._rows: list[dict[str, Any]] = []
        self._more = True
        self._resetting = False
        self._lang = "en"

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        # views ask for more while a reset is announced; rows inserted then would arrive inside the
        # reset for the other listeners: they get the next page on their next layout instead
        self._resetting = True
        try:
            self.beginResetModel()
            self._lang = i18n.current()
            self._rows = []
            self._rows = self._next_page()
            self._more = len(self._rows) == self._page
            self.endResetModel()
        finally:
            self._resetting = False

    def _next_page(self) -> list[dict[str, Any]]:
        last = self._rows[-1] if self._rows else None
        after = (float(last["score"]), str(last["found_at"]), str(last["id"])) if last else None
        page = self._fetch(after, self._page)
        for row in page:
            row["why"] = reasons_text(row["reasons"], self._lang, i18n.number)
        return page

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._resetting

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._resetting:
            return
        page = self._next_page()
        self._more = len(page) == self._page
        if not page:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def pair(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- the model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            value = row["why"] if column == WHY else row[_FIELDS[column]]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate("DuplicatesModel", HEADERS[section])
