"""One table model for every list: lazy pages from ``services.lists``, sorted by the database.

Rows arrive a page at a time through ``canFetchMore``/``fetchMore`` as the view
scrolls, so a million children open as fast as a hundred. Each page is read by
key after the last row of the page before (``lists.page_after``), so the last
page of a million costs what the first does. Only the pages near the view stay
in memory (``KEEP_PAGES``); a page scrolled back to is read again from the
cursor it started at, so memory stays flat however far the list is scrolled.
Sorting is server-side (``sort`` re-queries with ORDER BY): a proxy would have
to load every row first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import Any, overload

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cl_desktop.services import lists
from cl_desktop.services.lists import Column, Cursor, ListQuery
from cl_desktop.ui.models.cells import cell_text

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
_NUMERIC = ("number", "money")

OUTCOME_COLOURS = {"withdrawn": QColor("#1b7a3a"), "prevented": QColor("#1f5fa8"), "in_progress": QColor("#8a5a00")}

# Roles and flags as plain ints, computed once: the view asks data() several roles per visible cell,
# and combining Qt enums on every call cost more than the rest of data().
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ID = int(ID_ROLE)
_VALUE = int(VALUE_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_BRUSHES = {code: QBrush(colour) for code, colour in OUTCOME_COLOURS.items()}


def column_label(column: Column) -> str:
    return QCoreApplication.translate("lists", column.label)


class Rows(Sequence[tuple[Any, ...]]):
    """The rows loaded so far, by position (id first, then one value per column), read through the page cache."""

    def __init__(self, model: ListModel) -> None:
        self.model = model

    def __len__(self) -> int:
        return self.model.loaded

    @overload
    def __getitem__(self, i: int) -> tuple[Any, ...]: ...
    @overload
    def __getitem__(self, i: slice) -> list[tuple[Any, ...]]: ...
    def __getitem__(self, i: int | slice) -> tuple[Any, ...] | list[tuple[Any, ...]]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        row = self.model.row(i)
        if row is None:
            raise IndexError(i)
        return row

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        for i in range(len(self)):
            row = self.model.row(i)
            if row is not None:
                yield row


class ListModel(QAbstractTableModel):
    """Rows of one list (``services.lists`` kind) for a query; the first page is read at once."""

    PAGE_SIZE = 200
    KEEP_PAGES = 40  # pages held in memory; the others are read again from their cursor when shown

    def __init__(self, db: Any, kind: str, lang: str = "en", parent: Any = None, page_size: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.lang = lang
        self.page_size = page_size or self.PAGE_SIZE
        self.columns: tuple[Column, ...] = lists.columns(kind, db, lang)
        self._kinds = [column.kind for column in self.columns]
        self._outcome = next((i for i, c in enumerate(self.columns) if c.key == "outcome"), -1)
        # An action programme is shown by its code; its tooltip gives the title too (read when first asked).
        self._programme = next((i for i, c in enumerate(self.columns) if c.key == "programme"), -1)
        self._programme_titles: dict[str, str] | None = None
        self.query = ListQuery()
        self.rows = Rows(self)
        self.loaded = 0
        self.more = True
        self._starts: list[Cursor | None] = []  # the cursor each loaded page starts after
        self._next: Cursor | None = None  # the cursor after the last loaded page
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._texts: dict[int, list[str]] = {}  # display text of rows drawn, by row
        self.reads = 0  # pages read from the database (first reads and re-reads)
        self.labels = lists.code_labels(db, kind, lang)
        self._fetch()

    # -- reading ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def display(self, column: Column, value: Any) -> str:
        return cell_text(column, value, self.labels)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r, c = index.row(), index.column()  # an invalid index has row -1
        if not 0 <= r < self.loaded or not 0 <= c < len(self.columns):
            return None
        if role in (_DISPLAY, _TOOLTIP):
            texts = self._texts.get(r)
            if texts is None:
                row = self.row(r)
                if row is None:
                    return None
                texts = [self.display(col, value) for col, value in zip(self.columns, row[1:], strict=True)]
                self._texts[r] = texts
            if role == _TOOLTIP and c == self._programme and texts[c]:
                if self._programme_titles is None:
                    self._programme_titles = lists.programme_titles(self.db)
                title = self._programme_titles.get(texts[c], "")
                return f"{texts[c]} — {title}" if title else texts[c]
            return texts[c]
        if role == _ALIGNMENT:
            return _RIGHT if self._kinds[c] in _NUMERIC else _LEFT
        if role == _FOREGROUND:
            if c != self._outcome:
                return None
            row = self.row(r)
            return _BRUSHES.get(row[c + 1]) if row is not None else None
        if role in (_ID, _VALUE):
            row = self.row(r)
            if row is None:
                return None
            return row[0] if role == _ID else row[c + 1]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (_DISPLAY, _TOOLTIP):  # the tooltip: a heading cut short by a narrow column
            return column_label(self.columns[section])
        if role == _ALIGNMENT:
            return _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    # -- pages ----------------------------------------------------------------
    def row(self, r: int) -> tuple[Any, ...] | None:
        """Row ``r`` (id first), from the page cache or read again from its page's cursor."""
        if not 0 <= r < self.loaded:
            return None
        number, offset = divmod(r, self.page_size)
        rows = self._pages.get(number)
        if rows is None:
            rows, _ = lists.page_after(self.db, self.kind, self.query, self._starts[number], self.page_size, self.lang)
            self.reads += 1
            self._keep(number, rows)
        else:
            self._pages.move_to_end(number)
        return rows[offset] if offset < len(rows) else None

    def _keep(self, number: int, rows: list[tuple[Any, ...]]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self.KEEP_PAGES:
            gone, _ = self._pages.popitem(last=False)
            first = gone * self.page_size
            for r in range(first, first + self.page_size):
                self._texts.pop(r, None)

    def pages_held(self) -> int:
        return len(self._pages)

    # -- paging -------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.more:
            return
        batch, after = self._read_next()
        if batch:
            self.beginInsertRows(QModelIndex(), self.loaded, self.loaded + len(batch) - 1)
            self._append(batch, after)
            self.endInsertRows()

    def _read_next(self) -> tuple[list[tuple[Any, ...]], Cursor | None]:
        batch, after = lists.page_after(self.db, self.kind, self.query, self._next, self.page_size, self.lang)
        self.reads += 1
        self.more = len(batch) == self.page_size
        return batch, after

    def _append(self, batch: list[tuple[Any, ...]], after: Cursor | None) -> None:
        number = len(self._starts)
        self._starts.append(self._next)
        self._next = after
        self.loaded += len(batch)
        self._keep(number, batch)

    def _fetch(self) -> None:
        self._starts, self._next, self.loaded, self.more = [], None, 0, True
        self._pages.clear()
        self._texts.clear()
        batch, after = self._read_next()
        if batch:
            self._append(batch, after)

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
        found = self.row(row)
        return str(found[0]) if found is not None else None

    def column_index(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    def total(self, cap: int | None = None) -> int:
        return lists.count(self.db, self.kind, self.query, cap=cap)
