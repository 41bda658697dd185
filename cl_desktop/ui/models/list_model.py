"""One table model for every list: lazy pages from ``services.lists``, sorted by the database.

Rows arrive a page at a time through ``canFetchMore``/``fetchMore`` as the view
scrolls, so a million children open as fast as a hundred. Sorting is server-side
(``sort`` re-queries with ORDER BY): a proxy would have to load every row first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cl_desktop.services import lists
from cl_desktop.services.lists import Column, ListQuery
from cl_desktop.ui.models.cells import cell_text

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
_NUMERIC = ("number", "money")

OUTCOME_COLOURS = {"withdrawn": QColor("#1b7a3a"), "prevented": QColor("#1f5fa8"), "in_progress": QColor("#8a5a00")}


def column_label(column: Column) -> str:
    return QCoreApplication.translate("lists", column.label)


class ListModel(QAbstractTableModel):
    """Rows of one list (``services.lists`` kind) for a query; the first page is read at once."""

    PAGE_SIZE = 200

    def __init__(self, db: Any, kind: str, lang: str = "en", parent: Any = None, page_size: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.lang = lang
        self.page_size = page_size or self.PAGE_SIZE
        self.columns: tuple[Column, ...] = lists.columns(kind)
        self.query = ListQuery()
        self.rows: list[tuple[Any, ...]] = []
        self.more = True
        self.labels = lists.code_labels(db, kind, lang)
        self._fetch()

    # -- reading ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def display(self, column: Column, value: Any) -> str:
        return cell_text(column, value, self.labels)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        value = row[index.column() + 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "outcome" and value in OUTCOME_COLOURS:
            return QBrush(OUTCOME_COLOURS[value])
        if role == ID_ROLE:
            return row[0]
        if role == VALUE_ROLE:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_label(self.columns[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- paging -------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.more:
            return
        batch = lists.page(self.db, self.kind, self.query, len(self.rows), self.page_size)
        self.more = len(batch) == self.page_size
        if batch:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(batch) - 1)
            self.rows.extend(batch)
            self.endInsertRows()

    def _fetch(self) -> None:
        self.rows = lists.page(self.db, self.kind, self.query, 0, self.page_size)
        self.more = len(self.rows) == self.page_size

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # -- querying -----------------------------------------------------------
    def set_query(self, query: ListQuery) -> None:
        self.beginResetModel()
        self.query = query
        self._fetch()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read from the first page (after ``DataBus.changed``), keeping the query."""
        self.labels = lists.code_labels(self.db, self.kind, self.lang)
        self.set_query(self.query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the new order; a reset, since the loaded rows are a different slice of the table."""
        if not 0 <= column < len(self.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(ListQuery(self.query.search, dict(self.query.filters), self.columns[column].key, descending))

    def row_id(self, row: int) -> str | None:
        return str(self.rows[row][0]) if 0 <= row < len(self.rows) else None

    def column_index(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    def total(self, cap: int | None = None) -> int:
        return lists.count(self.db, self.kind, self.query, cap=cap)
