"""A list screen: search as you type, filter combos, server-side sort, column chooser, export, open, new.

Each entity's page is this class with a few attributes (which list, which form).
The view holds no SQL: rows come from ``ListModel`` over ``services.lists``.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.services import lists
from cl_desktop.services.context import Context
from cl_desktop.services.lists import ListQuery
from cl_desktop.ui import settings
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.catalogue import translate
from cl_desktop.ui.fit import ElidedCombo, follow_text_in_tooltip
from cl_desktop.ui.i18n import number, plural
from cl_desktop.ui.models.list_model import ListModel, column_label
from cl_desktop.ui.permits import permit
from cl_desktop.ui.tasks import Job, Tasks, reader
from cl_desktop.ui.widgets.file_notice import FileNotice, output_folder

log = logging.getLogger("cl_desktop.ui.pages")

SEARCH_DELAY_MS = 250
# Counting stops here ("10,000+ rows"): an exact count of a broad search on a million children would
# cost more than the page itself. A search counts fewer, so typing stays instant.
COUNT_CAP = 10_000
# After a save the list looks for the record in this many rows before it searches for it by its number.
FIND_SAVED_ROWS = 5_000
SAVED_STYLE = "background: #e6f4ea; color: #0d3c1e; border: 1px solid #b7dfc2; padding: 4px; border-radius: 3px;"
SEARCH_COUNT_CAP = 1_000


@functools.cache
def _import_dialog_available() -> bool:
    """Whether this build has the spreadsheet import (looked up once: a file-system search per page)."""
    return importlib.util.find_spec("cl_desktop.ui.import_dialog") is not None


def ui_lang() -> str:
    from cl_desktop.ui.i18n import current

    return current()


def export_list(db: Any, kind: str, path: Path, query: ListQuery, lang: str, job: Job) -> int:
    """Write the filtered list to CSV or XLSX (through ``cl_desktop.tabular`` when it is installed)."""
    try:
        exporter = importlib.import_module("cl_desktop.tabular.exporter")
    except ImportError:
        exporter = None
    total = lists.count(db, kind, query)

    def progress(done: int) -> None:
        job.check()
        job.progress(done, total)

    if exporter is not None:
        return int(exporter.export_list(db, kind, path, query, lang=lang, progress=progress))
    return _write(db, kind, path, query, lang, progress)


def _write(db: Any, kind: str, path: Path, query: ListQuery, lang: str, progress: Any) -> int:
    import csv

    from cl_desktop.atomic import atomic_path

    header = [column_label(c) for c in lists.columns(kind, db, lang)]
    rows = lists.display_rows(db, kind, query, lang)
    n = 0
    with atomic_path(path) as tmp:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet(kind)
            ws.append(header)
            for n, row in enumerate(rows, start=1):
                ws.append(row)
                if n % 1000 == 0:
                    progress(n)
            wb.save(tmp)
        else:
            with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                for n, row in enumerate(rows, start=1):
                    writer.writerow(row)
                    if n % 1000 == 0:
                        progress(n)
    return n


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while a query runs on the GUI thread."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class _EnterFilter(QObject):
    """Enter/Return on the table opens the current record (``activated`` is platform-dependent)."""

    def __init__(self, page: ListPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and cast(QKeyEvent, event).key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.page.open_current()
            return True
        return False


class _SearchKeys(QObject):
    """From the search box, Enter or Down goes to the results; Esc in the search box or the table clears
    the search (a second Esc, with nothing to clear, goes on to the window as before)."""

    def __init__(self, page: ListPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.page.search and key == Qt.Key.Key_Down:
            self.page.go_to_results()
            return True
        if key == Qt.Key.Key_Escape and self.page.search.text():
            self.page.clear_search()
            return True
        return False


class _Counts(QObject):
    """Plural texts of every list. Their own class: a subclass's ``tr`` (``ChildrenPage``) finds the
    base class's plain texts but not its plural forms."""

    def rows(self, n: int) -> str:
        return plural(self.tr("%n row(s)", "", n), n)


class _EndsFilter(QObject):
    """Ctrl+End reads the pages not yet loaded first, so it reaches the list's last row, not the last
    row scrolled to; Ctrl+Home needs nothing more than the table's own move."""

    def __init__(self, page: ListPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = event if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) else None
        ctrl_end = (
            key is not None
            and key.key() == Qt.Key.Key_End
            and bool(key.modifiers() & Qt.KeyboardModifier.ControlModifier)
        )
        if ctrl_end and self.page.model.canFetchMore():
            with busy():
                self.page.model.fetch_all()
        return False


class _TypedFilter(QWidget):
    """The filter of an extra field that is typed, not chosen: a number's or a date's range (from, to) or
    the text a text field contains. Typing waits like the search does; Enter applies at once."""

    def __init__(self, f: lists.Filter, timer: QTimer, apply: Any) -> None:
        super().__init__()
        self.setObjectName(f"filter_{f.key}")
        self.filter = f
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.edits: list[QLineEdit] = []
        if f.kind == "text":
            names = [(f"filter_{f.key}", self.tr("{label} contains").format(label=f.label))]
            tip = self.tr(
                "{label}: the rows whose answer contains this text; start with = for exactly this text"
            ).format(label=f.label)
        else:
            names = [
                (f"filter_{f.key}_from", self.tr("{label} from").format(label=f.label)),
                (f"filter_{f.key}_to", self.tr("to")),
            ]
            if f.kind == "number":
                tip = self.tr("{label}: from a number, to a number, or both").format(label=f.label)
            else:
                tip = self.tr("{label}: from a date, to a date, or both ({pattern})").format(
                    label=f.label, pattern=self.pattern()
                )
        for i, (name, placeholder) in enumerate(names):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholder)
            edit.setToolTip(tip)
            edit.setClearButtonEnabled(f.kind == "text")
            edit.setMinimumWidth(60)
            edit.textChanged.connect(lambda _text: timer.start())
            edit.returnPressed.connect(apply)
            if i:
                row.addWidget(QLabel("–"))
            row.addWidget(edit, 1)
            self.edits.append(edit)
        self.setToolTip(tip)

    def pattern(self) -> str:
        return self.tr("DD/MM/YYYY")

    def value(self) -> str:
        """The filter's value for ``lists`` ("" when nothing is typed); raises ``lists.FilterRefused``."""
        if self.filter.kind == "text":
            return self.edits[0].text().strip()
        return lists.range_value(self.filter.kind, self.edits[0].text(), self.edits[1].text(), self.filter.label)

    def clear(self) -> None:
        for edit in self.edits:
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)

    @classmethod
    def refusal(cls, refused: lists.FilterRefused) -> str:
        """The service's refusal in the user's language."""
        if refused.code == "bad_number":
            text = QCoreApplication.translate("_TypedFilter", "{label}: “{value}” is not a number.")
            return text.format(label=refused.label, value=refused.value)
        if refused.code == "bad_date":
            text = QCoreApplication.translate(
                "_TypedFilter", "{label}: “{value}” is not a date (write it as {pattern})."
            )
            pattern = QCoreApplication.translate("_TypedFilter", "DD/MM/YYYY")
            return text.format(label=refused.label, value=refused.value, pattern=pattern)
        text = QCoreApplication.translate("_TypedFilter", "{label}: the range starts after it ends.")
        return text.format(label=refused.label)


class ListPage(QWidget):
    """The list of one kind of record. Subclasses set ``kind``, ``title``, ``form_kind`` and ``write_permission``."""

    kind = "children"
    title = "Children"
    form_kind: str | None = None
    write_permission = "data.read"
    search_hint = "Search"
    exportable = True
    importable = False  # a spreadsheet register can be imported into this list (``ui.import_dialog``)
    show_title = True
    exported = Signal(str, int)  # path, rows
    changed_tables: tuple[str, ...] = ()

    def __init__(
        self,
        ctx: Context,
        bus: DataBus,
        tasks: Tasks,
        parent: QWidget | None = None,
        fixed_filters: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.tasks = tasks
        self.lang = ui_lang()
        self.stale = False
        # Filters the user cannot change: the records behind a dashboard figure (``ui.figure_list``).
        self.fixed_filters = dict(fixed_filters or {})
        self.setObjectName(f"page_{self.kind}")
        self.model = ListModel(ctx.db, self.kind, self.lang, self)
        if self.fixed_filters:
            self.model.set_query(ListQuery(filters=dict(self.fixed_filters)))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        heading = QHBoxLayout()
        title = QLabel(self.tr(self.title))
        title.setObjectName("page_title")
        title.setVisible(self.show_title)
        heading.addWidget(title)
        heading.addStretch()
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        heading.addWidget(self.count_label)
        layout.addLayout(heading)

        self.timer = QTimer(self)  # typing in the search box or a typed filter waits this long
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)

        # Search and filters in a grid: at most four filters beside the search, the rest in rows of five
        # below, so the page fits a 1024-pixel screen whatever the list.
        bar = QGridLayout()
        bar.setHorizontalSpacing(6)
        bar.setVerticalSpacing(4)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr(self.search_hint) + "  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setToolTip(self.tr(self.search_hint) + "  (Ctrl+F)")  # the placeholder may be cut
        self.filters: dict[str, QComboBox] = {}
        # Extra fields of a number, a date or a text: typed, not chosen (a range, or the text they contain).
        self.typed_filters: dict[str, _TypedFilter] = {}
        options = lists.filter_options(ctx.db, self.kind, self.lang)
        per_row = 4
        bar.addWidget(self.search, 0, 0, 1, 2 if len(options) > per_row else 1)
        for i, f in enumerate(options):
            widget: QWidget
            if f.kind != "choice":
                typed = _TypedFilter(f, self.timer, self.apply)
                self.typed_filters[f.key] = typed
                widget = typed
            else:
                combo = ElidedCombo()
                combo.setObjectName(f"filter_{f.key}")
                name = translate("lists", f.label)
                combo.setToolTip(name)
                combo.addItem(self.tr("All: {label}").format(label=name.lower()), "")
                for value, label in f.options:
                    combo.addItem(translate("lists", label), value)
                follow_text_in_tooltip(combo, name)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(9)  # Russian filter names: the page still fits beside the sidebar
                combo.currentIndexChanged.connect(self.apply)
                self.filters[f.key] = combo
                widget = combo
            if len(options) > per_row:  # the rest in rows of five (a project's extra fields add more)
                k = i - (per_row - 1)
                row, col = (0, 2 + i) if k < 0 else (1 + k // 5, k % 5)
            else:
                row, col = 0, 1 + i
            bar.addWidget(widget, row, col)
        columns = bar.columnCount()
        for col in range(columns):
            bar.setColumnStretch(col, 1)
        if len(options) <= per_row:
            bar.setColumnStretch(0, 3)
        layout.addLayout(bar)
        self.filter_error = QLabel()
        self.filter_error.setObjectName("filter_error")
        self.filter_error.setWordWrap(True)
        self.filter_error.setStyleSheet("color: #b00020;")
        self.filter_error.hide()
        layout.addWidget(self.filter_error)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved_notice")
        self.saved_label.setWordWrap(True)
        self.saved_label.setStyleSheet(SAVED_STYLE)
        self.saved_label.hide()
        layout.addWidget(self.saved_label)

        self.view = QTableView()
        self.view.setObjectName("table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sortIndicatorChanged.connect(self._sort)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.column_menu)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.view.installEventFilter(_EnterFilter(self))
        self.view.installEventFilter(_EndsFilter(self))
        layout.addWidget(self.view, 1)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.setObjectName("new")
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setVisible(self.form_kind is not None)
        permit(self.new_button, ctx, self.write_permission)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("open")
        self.open_button.setToolTip(self.tr("Open the selected record (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(self.tr("Export the filtered list to CSV or Excel"))
        self.export_button.clicked.connect(self.ask_export)
        permit(self.export_button, ctx, "export.run")
        self.export_button.setVisible(self.exportable)
        self.columns_button = QPushButton(self.tr("&Columns…"))
        self.columns_button.setObjectName("columns")
        self.columns_button.clicked.connect(
            lambda: self.column_menu(QPoint(0, 0), self.columns_button.mapToGlobal(QPoint(0, 0)))
        )
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("import")
        self.import_button.setToolTip(self.tr("Import a spreadsheet register into this list"))
        self.import_button.clicked.connect(self.ask_import)
        self.import_button.setVisible(self.importable and _import_dialog_available())
        permit(self.import_button, ctx, self.write_permission)
        for b in (self.new_button, self.open_button, self.import_button):
            actions.addWidget(b)
        actions.addStretch()
        actions.addWidget(self.columns_button)
        actions.addWidget(self.export_button)
        layout.addLayout(actions)
        self.notice = FileNotice()
        layout.addWidget(self.notice)
        self.extra_actions(actions)
        if self.fixed_filters:  # a figure's records: read and exported, not added to
            for button in (self.new_button, self.import_button, getattr(self, "household_button", None)):
                if button is not None:
                    button.setVisible(False)

        self.timer.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _: self.timer.start())
        self.search.returnPressed.connect(self.go_to_results)
        keys = _SearchKeys(self)
        self.search.installEventFilter(keys)
        self.view.installEventFilter(keys)
        bus.changed.connect(self._changed)
        bus.saved.connect(self.show_saved)
        self.apply_column_choice()
        self.update_count()
        self.size_columns()

    def extra_actions(self, layout: QHBoxLayout) -> None:
        """Room for a subclass's own buttons."""

    # -- query ----------------------------------------------------------------
    def current_query(self) -> ListQuery:
        """The search and filters as the page shows them; raises ``lists.FilterRefused`` for a typed filter
        that cannot be read."""
        filters = {key: str(combo.currentData() or "") for key, combo in self.filters.items()}
        filters |= {key: typed.value() for key, typed in self.typed_filters.items()}
        filters = {k: v for k, v in filters.items() if v} | self.fixed_filters
        return ListQuery(self.search.text().strip(), filters, self.model.query.sort, self.model.query.descending)

    def checked_query(self) -> ListQuery | None:
        """The query, or None after saying in the user's language which typed filter cannot be read (the
        list stays as it was)."""
        try:
            query = self.current_query()
        except lists.FilterRefused as refused:
            self.filter_error.setText(_TypedFilter.refusal(refused))
            self.filter_error.show()
            return None
        self.filter_error.hide()
        return query

    def apply(self) -> None:
        self.timer.stop()
        query = self.checked_query()
        if query is None or query == self.model.query:
            return
        with busy():
            self.model.set_query(query)
            self.update_count()
            self.widen_columns()

    def _sort(self, section: int, order: Qt.SortOrder) -> None:
        if section < 0:
            return
        with busy():  # an unindexed column of a million rows takes a moment to sort
            self.model.sort(section, order)

    def update_count(self) -> None:
        if self.fixed_filters:  # a figure's records: always the exact number, to compare with the figure
            self.count_label.setText(_Counts().rows(self.model.total()))
            return
        exact = lists.summary_count(self.ctx.db, self.kind, self.model.query)
        if exact is not None:
            self.count_label.setText(_Counts().rows(exact))
            return
        cap = SEARCH_COUNT_CAP if self.model.query.search else COUNT_CAP
        n = self.model.total(cap=cap)
        if n >= cap:
            self.count_label.setText(self.tr("{n}+ rows").format(n=number(n)))
        else:
            self.count_label.setText(_Counts().rows(n))

    def set_filter(self, key: str, value: str) -> None:
        combo = self.filters[key]
        combo.setCurrentIndex(max(combo.findData(value), 0))

    # -- columns --------------------------------------------------------------
    def apply_column_choice(self) -> None:
        choice = settings.column_choice(self.kind)
        for i, column in enumerate(self.model.columns):
            self.view.setColumnHidden(i, not choice.get(column.key, column.visible))

    def column_menu(self, pos: QPoint, global_pos: QPoint | None = None) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("column_menu")
        for i, column in enumerate(self.model.columns):
            action = QAction(column_label(column), menu)
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(i))
            action.setData(column.key)
            action.toggled.connect(lambda shown, i=i: self.show_column(i, shown))
            menu.addAction(action)
        menu.popup(global_pos or self.view.horizontalHeader().mapToGlobal(pos))
        return menu

    def show_column(self, section: int, shown: bool) -> None:
        visible = [i for i in range(self.model.columnCount()) if not self.view.isColumnHidden(i)]
        if not shown and visible == [section]:
            return  # keep at least one column
        self.view.setColumnHidden(section, not shown)
        if shown:
            self.size_column(section)
        choice = settings.column_choice(self.kind)
        choice[self.model.columns[section].key] = shown
        settings.set_column_choice(self.kind, choice)

    def size_columns(self) -> None:
        """Fit the shown columns to their first rows (measuring text is the dear part: hidden columns wait
        until they are shown, and 20 rows are a fair sample of a page)."""
        for i in range(len(self.model.columns)):
            if not self.view.isColumnHidden(i):
                self.size_column(i)

    def widen_columns(self) -> None:
        """Other rows may hold longer texts (an office's longer case numbers after a search): widen the
        columns they need, never narrowing one the user has sized."""
        for i in range(len(self.model.columns)):
            if not self.view.isColumnHidden(i):
                self.size_column(i, grow_only=True)

    def size_column(self, i: int, *, grow_only: bool = False) -> None:
        metrics = self.view.fontMetrics()
        sample = {self.model.data(self.model.index(r, i)) or "" for r in range(min(20, self.model.rowCount()))}
        # Only the longest few texts are measured (shaping Khmer or Cyrillic text is what costs here).
        texts = [*sorted(sample, key=len)[-3:], column_label(self.model.columns[i])]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        header = self.view.horizontalHeader()
        width = min(max(widest + 24, 60), 280)  # wider texts end in "…" and show whole in their tooltip
        if not grow_only or width > header.sectionSize(i):
            header.resizeSection(i, width)

    # -- a record just saved -----------------------------------------------------
    def show_saved(self, table: str, record_id: str, key: str, text: str) -> None:
        """A form saved a record of this list: say so, and select the record, searching for it by its case
        number or code when the current search and filters do not show it."""
        if table != self.model_table():
            return
        self.saved_label.setText(text)
        self.saved_label.show()
        self.stale = False
        with busy():
            self.model.refresh()
            row = self.find_row(record_id)
            if row is None and key:
                for combo in self.filters.values():
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
                for typed in self.typed_filters.values():
                    typed.clear()
                self.filter_error.hide()
                self.search.blockSignals(True)
                self.search.setText(key)
                self.search.blockSignals(False)
                self.model.set_query(self.current_query())
                row = self.find_row(record_id)
            self.update_count()
        if row is not None:
            self.select_row(row)

    def find_row(self, record_id: str, limit: int = FIND_SAVED_ROWS) -> int | None:
        """The row of ``record_id`` among the first ``limit`` rows of the list as it is filtered now."""
        checked = 0
        while True:
            for r in range(checked, self.model.rowCount()):
                if self.model.row_id(r) == record_id:
                    return r
            checked = self.model.rowCount()
            if checked >= limit or not self.model.canFetchMore():
                return None
            self.model.fetchMore()
            if self.model.rowCount() == checked:  # nothing more came
                return None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.selectRow(row)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- records --------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    def open_row(self, row: int) -> QWidget | None:
        row_id = self.model.row_id(row)
        return self.open_record(row_id) if row_id else None

    def open_record(self, record_id: str) -> QWidget | None:
        if self.form_kind is None:
            return None
        return self._form(record_id=record_id)

    def new_record(self) -> QWidget | None:
        if self.form_kind is None or not self.ctx.actor.can(self.write_permission):
            return None
        return self._form(**self.new_preset())

    def new_preset(self) -> dict[str, Any]:
        """A new record starts in the project and programme the list is filtered on."""
        preset: dict[str, Any] = {}
        for key, field in (("project", "project_id"), ("programme", "programme_id")):
            combo = self.filters.get(key)
            if combo is not None and combo.currentData():
                preset[field] = combo.currentData()
        return preset

    def _form(self, record_id: str | None = None, **preset: Any) -> QWidget | None:
        from cl_desktop.ui.errors import show_error

        try:
            forms = importlib.import_module("cl_desktop.ui.forms")
        except ImportError:
            log.info("forms are not available yet")
            return None
        try:
            return forms.open_form(self.form_kind, self.ctx, self.bus, self, record_id=record_id, **preset)
        except Exception as exc:  # the UI boundary: a refused open is a message, a bug the crash dialog
            show_error(exc, self)
            return None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def go_to_results(self) -> None:
        """Run the search now and put the keyboard on its first row (or keep it where it is if none)."""
        self.apply()
        if self.model.rowCount() == 0:
            return
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid():
            first = next((i for i in range(self.model.columnCount()) if not self.view.isColumnHidden(i)), 0)
            self.view.setCurrentIndex(self.model.index(0, first))
        self.view.selectRow(self.view.currentIndex().row())

    def clear_search(self) -> None:
        """Esc: the whole list again, the keyboard back in the search box."""
        self.search.clear()
        self.apply()
        self.focus_search()

    def ask_import(self) -> QWidget | None:
        from cl_desktop.ui.errors import show_error

        try:
            module = importlib.import_module("cl_desktop.ui.import_dialog")
            dialog = module.ImportDialog(self.ctx, self.bus, self.tasks, self, kind=self.kind)
        except Exception as exc:  # the UI boundary
            show_error(exc, self)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- export ---------------------------------------------------------------
    def ask_export(self) -> QFileDialog:
        start = str(output_folder(settings.get("lists/last_export_dir") or None))
        dialog = QFileDialog(self, self.tr("Export {title}").format(title=self.tr(self.title)))
        dialog.setObjectName("export_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDirectory(start)
        dialog.setNameFilters([self.tr("CSV (*.csv)"), self.tr("Excel workbook (*.xlsx)")])
        dialog.selectFile(f"{self.kind}.csv")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(self._with_suffix(name, dialog))))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @staticmethod
    def _with_suffix(name: str, dialog: QFileDialog) -> str:
        if Path(name).suffix.lower() in (".csv", ".xlsx"):
            return name
        return name + (".xlsx" if "xlsx" in dialog.selectedNameFilter() else ".csv")

    def export_to(self, path: Path) -> None:
        """Export the rows the list shows now (search and filters) to ``path``, off the GUI thread."""
        settings.put("lists/last_export_dir", str(path.parent))
        checked = self.checked_query()
        if checked is None:
            return
        query = checked
        kind, lang = self.kind, self.lang
        self.ctx.require("export.run")

        def done(n: int) -> None:
            text = self.tr("Exported {n} rows to {path}").format(n=number(n), path=path)
            window = self.window()
            status = getattr(window, "statusBar", None)
            if callable(status):
                status().showMessage(text, 8000)
            self.notice.show_file(path, text)
            self.exported.emit(str(path), n)

        ctx = self.ctx

        def work(job: Job) -> int:
            with reader(ctx) as own:
                return export_list(own.db, kind, path, query, lang, job)

        self.tasks.run(
            self.tr("Exporting {title}…").format(title=self.tr(self.title)),
            work,
            on_success=done,
        )

    # -- refresh --------------------------------------------------------------
    def _changed(self, table: str) -> None:
        if table != self.model_table() and table not in self.changed_tables:
            return
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def model_table(self) -> str:
        return lists.table_of(self.kind)

    def refresh(self) -> None:
        self.stale = False
        self.model.refresh()
        self.update_count()
        self.widen_columns()

    def showEvent(self, event: Any) -> None:
        if self.stale:
            self.refresh()
        super().showEvent(event)
