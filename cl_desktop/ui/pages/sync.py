"""Sync page: export and import bundles, history with receipts, conflicts, duplicates, offices.

Everything the page does goes through ``cl_desktop.sync`` (Qt-free); exports and
imports run off the GUI thread through the task runner, on a connection of
their own, and the page refreshes from the data bus when they finish.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.domain import custom_fields
from cl_desktop.domain.custom_fields import FieldDef
from cl_desktop.errors import DatabaseError, KnownError
from cl_desktop.ids import utc_now
from cl_desktop.services.context import Context
from cl_desktop.services.sync import DEMO_OFFICE, REVIEW_COUNT_CAP, Sync, database_path
from cl_desktop.ui import i18n
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.kobo_dialog import KoboDialog
from cl_desktop.ui.models.duplicates_model import DuplicatesModel
from cl_desktop.ui.permits import allow, permit
from cl_desktop.ui.tasks import Job, Tasks
from cl_desktop.ui.widgets.file_notice import FileNotice, output_folder

BUNDLE_SUFFIX = ".clbundle"
OPEN_BUNDLE_ENV = "CL_DESKTOP_OPEN_BUNDLE"  # set by cli.main when started with a bundle file


def _table(object_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]], keys: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if keys is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)


def _field_name(conflict: dict[str, Any]) -> str:
    """A project's extra field by its label in the interface language (its code if not defined here)."""
    labels = conflict.get("field_labels") or {}
    return str(labels.get(i18n.current()) or labels.get("en") or conflict["field"])


def _step(job: Job, done: int, total: int, text: str) -> None:
    """Progress of a sync step; Cancel stops it there (its transaction is rolled back, its file removed)."""
    job.check()
    job.progress(done, total, text)


def _codes(text: str) -> list[str]:
    return [c.strip() for c in text.replace(";", ",").split(",") if c.strip()]


def _show(value: Any) -> str:
    """A field's value in a conflict: dates and times as the interface writes them, not stored ISO text."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, indent=1)
    if isinstance(value, str) and i18n.is_stored_date(value):
        return i18n.date_text(value) if len(value) == 10 else i18n.timestamp_text(value)
    return "" if value is None else str(value)


class SyncPage(QWidget):
    """Bundles in and out, and the decisions that follow an import."""

    imported = Signal(list)  # receipts (sentences) of the last import
    exported = Signal(str)  # path of the last bundle written

    def __init__(self, ctx: Context, bus: DataBus, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.tasks = tasks
        self.setObjectName("sync_page")
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Sync"))
        title.setObjectName("page_title")
        outer.addWidget(title)
        self.message = QLabel()
        self.message.setObjectName("sync_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)
        self.notice = FileNotice()
        outer.addWidget(self.notice)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sync_tabs")
        outer.addWidget(self.tabs, 1)
        self.tabs.addTab(self._exchange_tab(), self.tr("Exchange"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts"))
        self.tabs.addTab(self._duplicates_tab(), self.tr("Duplicates"))
        if ctx.is_hq:
            self.tabs.addTab(self._offices_tab(), self.tr("Offices"))
        self.bus.changed.connect(lambda _table: self.refresh())
        self.refresh()
        # The app was started by opening a bundle file (double-click): offer it, once.
        pending = os.environ.pop(OPEN_BUNDLE_ENV, "")
        self._demo_folder: Any = None
        if pending:
            self.offer_bundle(pending)
        elif self.sync.demo_bundle_waiting():
            self.offer_demo_bundle()

    def offer_demo_bundle(self) -> None:
        """The demo's sample office sent a bundle: one click imports it, as a real one would be."""
        import tempfile

        folder = tempfile.TemporaryDirectory(prefix="cl-desktop-demo-")
        # Removed with the page, not left to the garbage collector (which warns about it, at any moment).
        self.destroyed.connect(lambda *_: folder.cleanup())
        self._demo_folder = folder
        path = self.sync.write_demo_bundle(self._demo_folder.name)
        self._offered = str(path)
        self.offered_button.setText(self.tr("Import the demo office's bundle"))
        self.offered_button.setVisible(True)
        self.tabs.setCurrentIndex(0)
        self._say(
            self.tr(
                "This demo has an enrolled field office, {office} (see Offices), which sent headquarters a "
                "bundle with one follow-up visit: import it to see an exchange."
            ).format(office=DEMO_OFFICE)
        )

    def offer_bundle(self, path: str) -> None:
        """Show a one-click import for a bundle the user opened from the file manager."""
        self._offered = path
        self.offered_button.setText(self.tr("Import {name}").format(name=Path(path).name))
        self.offered_button.setVisible(True)
        self.tabs.setCurrentIndex(0)
        self._say(self.tr("The bundle {name} was opened with CL Desktop; import it?").format(name=Path(path).name))

    @property
    def sync(self) -> Sync:
        """The role layer: every sync action goes through it, and it says who may do what."""
        return Sync(self.ctx)

    def _worker_sync(self, db: Any) -> Sync:
        """The same actions on a worker's own connection, as the same user."""
        return Sync(Context(db, self.ctx.actor))

    def import_offered(self) -> None:
        def act() -> None:
            self.offered_button.setVisible(False)
            self.import_files([self._offered])

        self._guard(act)

    # -- building -------------------------------------------------------------
    def _exchange_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        layout.addLayout(form)
        self.office = QComboBox()
        self.office.setObjectName("sync_office")
        if self.ctx.is_hq:
            form.addRow(self.tr("Return bundle for office"), self.office)
        self.full = QCheckBox(self.tr("Everything (full bundle), not only the changes not yet acknowledged"))
        self.full.setObjectName("sync_full")
        form.addRow("", self.full)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export bundle…"))
        self.export_button.setObjectName("sync_export")
        self.export_button.clicked.connect(self.export_clicked)
        self.import_button = QPushButton(self.tr("&Import bundles…"))
        self.import_button.setObjectName("sync_import")
        self.import_button.clicked.connect(self.import_clicked)
        self.offered_button = QPushButton()
        self.offered_button.setObjectName("sync_import_offered")
        self.offered_button.setVisible(False)
        self.offered_button.clicked.connect(self.import_offered)
        self._offered = ""
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        self.kobo_button = QPushButton(self.tr("Import &Kobo/ODK submissions…"))
        self.kobo_button.setObjectName("sync_kobo")
        permit(self.kobo_button, self.ctx, "child.write")
        self.kobo_button.clicked.connect(lambda: KoboDialog(self.ctx, self.bus, self.tasks, self).exec())
        buttons.addWidget(self.kobo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # The offered bundle on a row of its own: beside the three buttons it made the page wider than a
        # netbook's screen in Russian.
        offered = QHBoxLayout()
        offered.addWidget(self.offered_button)
        offered.addStretch(1)
        layout.addLayout(offered)
        self.receipts = QPlainTextEdit()
        self.receipts.setObjectName("sync_receipts")
        self.receipts.setReadOnly(True)
        layout.addWidget(self.receipts, 1)
        permit(self.export_button, self.ctx, "sync.export")
        permit(self.import_button, self.ctx, self.sync.permission_to_receive())
        permit(self.offered_button, self.ctx, self.sync.permission_to_receive())
        return tab

    def _history_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.history = _table(
            "sync_history",
            [
                self.tr("When"),
                self.tr("Direction"),
                self.tr("From"),
                self.tr("To"),
                self.tr("File"),
                self.tr("Added"),
                self.tr("Updated"),
                self.tr("Merged"),
                self.tr("Conflicted"),
                self.tr("Skipped"),
            ],
        )
        layout.addWidget(self.history, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Save history for printing…"))
        self.print_button.setObjectName("sync_print")
        self.print_button.clicked.connect(self.print_clicked)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _conflicts_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.conflicts = _table(
            "sync_conflicts", [self.tr("Record"), self.tr("Table"), self.tr("Field"), self.tr("From")]
        )
        self.conflicts.itemSelectionChanged.connect(self._conflict_selected)
        layout.addWidget(self.conflicts, 1)
        sides = QHBoxLayout()
        self.local_view = QPlainTextEdit()
        self.local_view.setObjectName("sync_conflict_local")
        self.local_view.setReadOnly(True)
        self.remote_view = QPlainTextEdit()
        self.remote_view.setObjectName("sync_conflict_remote")
        self.remote_view.setReadOnly(True)
        for caption, view in ((self.tr("Here"), self.local_view), (self.tr("Arrived"), self.remote_view)):
            box = QVBoxLayout()
            box.addWidget(QLabel(caption))
            box.addWidget(view)
            sides.addLayout(box)
        layout.addLayout(sides)
        buttons = QHBoxLayout()
        self.keep_local = QPushButton(self.tr("Keep &here"))
        self.keep_local.setObjectName("sync_keep_local")
        self.keep_local.clicked.connect(lambda: self._resolve(keep="local"))
        self.keep_remote = QPushButton(self.tr("Keep &arrived"))
        self.keep_remote.setObjectName("sync_keep_remote")
        self.keep_remote.clicked.connect(lambda: self._resolve(keep="remote"))
        self.typed_value = QLineEdit()
        self.typed_value.setObjectName("sync_value")
        self.typed_value.setPlaceholderText(self.tr("or type the right value"))
        self.use_value = QPushButton(self.tr("Use this &value"))
        self.use_value.setObjectName("sync_use_value")
        self.use_value.clicked.connect(lambda: self._resolve(value=self.typed_value.text()))
        self.typed_value.returnPressed.connect(self.use_value.click)
        for w in (self.keep_local, self.keep_remote, self.typed_value, self.use_value):
            buttons.addWidget(w)
        layout.addLayout(buttons)
        return tab

    def _duplicates_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        # the review queue a page at a time (a scan of a million children lists thousands of pairs)
        self.duplicates_model = DuplicatesModel(lambda after, limit: self.sync.duplicates_page(after, limit))
        self.duplicates = QTableView()
        self.duplicates.setObjectName("sync_duplicates")
        self.duplicates.setModel(self.duplicates_model)
        self.duplicates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.duplicates.horizontalHeader().setStretchLastSection(True)
        self.duplicates.verticalHeader().setVisible(False)
        self.duplicates_count = QLabel()
        self.duplicates_count.setObjectName("sync_duplicates_count")
        layout.addWidget(self.duplicates_count)
        self.duplicates_checked = QLabel()  # when the count was last made in full, and whether it is current
        self.duplicates_checked.setObjectName("sync_duplicates_checked")
        self.duplicates_checked.setWordWrap(True)
        layout.addWidget(self.duplicates_checked)
        layout.addWidget(self.duplicates, 1)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Merge (keep the first)"))
        self.merge_button.setObjectName("sync_merge")
        self.merge_button.clicked.connect(self.merge_clicked)
        self.same_button = QPushButton(self.tr("Same c&hild, merge later"))
        self.same_button.setObjectName("sync_same")
        self.same_button.setToolTip(self.tr("The second record stops counting in every figure at once"))
        self.same_button.clicked.connect(self.same_clicked)
        self.dismiss_button = QPushButton(self.tr("&Not the same child"))
        self.dismiss_button.setObjectName("sync_dismiss")
        self.dismiss_button.clicked.connect(self.dismiss_clicked)
        self.scan_button = QPushButton(self.tr("&Scan all children"))
        self.scan_button.setObjectName("sync_scan")
        self.scan_button.clicked.connect(self.scan_clicked)
        for w in (self.merge_button, self.same_button, self.dismiss_button, self.scan_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return tab

    def _offices_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.offices = _table(
            "sync_offices",
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Key fingerprint"),
                self.tr("Received up to"),
                self.tr("Scope"),
                self.tr("State"),
            ],
        )
        layout.addWidget(self.offices, 1)
        form = QFormLayout()
        self.new_code = QLineEdit()
        self.new_code.setObjectName("sync_new_code")
        self.new_name = QLineEdit()
        self.new_name.setObjectName("sync_new_name")
        self.scope_provinces = QLineEdit()
        self.scope_provinces.setObjectName("sync_scope_provinces")
        self.scope_provinces.setPlaceholderText(self.tr("e.g. KH-7, KH-23 (empty: the whole country)"))
        self.scope_programmes = QLineEdit()
        self.scope_programmes.setObjectName("sync_scope_programmes")
        self.scope_programmes.setPlaceholderText(self.tr("e.g. AP001, AP004"))
        form.addRow(self.tr("New office code"), self.new_code)
        form.addRow(self.tr("New office name"), self.new_name)
        form.addRow(self.tr("Provinces held"), self.scope_provinces)
        form.addRow(self.tr("Action programmes held"), self.scope_programmes)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_office_button = QPushButton(self.tr("&Add office and save its setup file…"))
        self.add_office_button.setObjectName("sync_add_office")
        self.add_office_button.clicked.connect(self.add_office_clicked)
        self.revoke_button = QPushButton(self.tr("&Revoke office…"))
        self.revoke_button.setObjectName("sync_revoke")
        self.revoke_button.clicked.connect(self.revoke_clicked)
        self.scope_button = QPushButton(self.tr("Set the selected office's &scope"))
        self.scope_button.setObjectName("sync_set_scope")
        self.scope_button.clicked.connect(self.scope_clicked)
        buttons.addWidget(self.add_office_button)
        buttons.addWidget(self.scope_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("sync_passphrase")
        self.passphrase.setReadOnly(True)
        self.passphrase.setPlaceholderText(self.tr("The passphrase of a new setup file appears here, once."))
        layout.addWidget(self.passphrase)
        for w in (
            self.add_office_button,
            self.revoke_button,
            self.scope_button,
            self.new_code,
            self.new_name,
            self.scope_provinces,
            self.scope_programmes,
        ):
            permit(w, self.ctx, "office.manage")
        return tab

    # -- refreshing -------------------------------------------------------------
    def refresh(self) -> None:
        history = self.sync.history()
        _fill(
            self.history,
            [
                [
                    i18n.timestamp_text(h["at"]),
                    {"import": self.tr("import"), "export": self.tr("export")}.get(h["direction"], h["direction"]),
                    h["sender"],
                    h["recipient"],
                    h["file_name"],
                    *(
                        [h["added"], h["updated"], h["merged"], h["conflicted"], h["skipped"]]
                        if h["direction"] == "import"
                        else [""] * 5  # a receipt belongs to an import
                    ),
                ]
                for h in history
            ],
        )
        self._conflict_rows = self.sync.conflicts()
        _fill(
            self.conflicts,
            [[c["record"], c["table_name"], _field_name(c), c["remote_office"]] for c in self._conflict_rows],
            [c["id"] for c in self._conflict_rows],
        )
        self._conflict_selected()
        self.duplicates_model.reload()
        self.duplicates.resizeColumnsToContents()
        n = self.sync.duplicates_count(REVIEW_COUNT_CAP)
        if n > REVIEW_COUNT_CAP:
            self.duplicates_count.setText(
                self.tr("Pairs to review: more than {n}").format(n=i18n.number(REVIEW_COUNT_CAP))
            )
        else:
            self.duplicates_count.setText(self.tr("Pairs to review: {n}").format(n=i18n.number(n)))
        full_at, unchecked = self.sync.duplicates_checked()
        checked = (
            self.tr("Last full check: {date}").format(date=i18n.date_text(full_at[:10]))
            if full_at
            else self.tr("No full check yet")
        )
        if unchecked:
            checked += " · " + self.tr(
                "Children added or changed since and not yet compared: {n}. The count may be incomplete: "
                "scan all children."
            ).format(n=i18n.number(unchecked))
        self.duplicates_checked.setText(checked)
        self.duplicates_checked.setStyleSheet("color: #b00020;" if unchecked else "")
        if self.ctx.is_hq:
            offices = [o for o in self.sync.offices() if not o["hq"]]
            current = self.office.currentData()
            self.office.clear()
            for o in offices:
                if not o["revoked_at"]:
                    self.office.addItem(f"{o['code']} — {o['name']}", o["code"])
            if current is not None and self.office.findData(current) >= 0:
                self.office.setCurrentIndex(self.office.findData(current))
            _fill(
                self.offices,
                [
                    [
                        o["code"],
                        o["name"],
                        o["fingerprint"],
                        o["received_up_to"],
                        self.tr("whole country")
                        if o["scope"] is None
                        else ", ".join(o["scope"]["provinces"] + o["scope"]["programmes"]),
                        self.tr("revoked: {reason}").format(reason=o["revoked_reason"])
                        if o["revoked_at"]
                        else self.tr("active"),
                    ]
                    for o in offices
                ],
                [o["code"] for o in offices],
            )

    def _say(self, text: str, error: bool = False) -> None:
        self.notice.hide()  # a new message: the last file written is no longer the news
        self.message.setProperty("error", error)
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            action()
        except KnownError as exc:
            self._say(str(exc), error=True)

    # -- choosing files (tests replace these) ------------------------------------
    def _documents(self) -> str:
        return str(output_folder())  # Documents, made when missing, else a folder that exists

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the bundle (e.g. the USB stick)"), self._documents()
        )

    def choose_bundles(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Bundles to import"), self._documents(), self.tr("Sync bundles (*.clbundle);;All files (*)")
        )
        return list(files)

    def choose_save_path(self, caption: str, name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path(self._documents()) / name))
        return path

    # -- exchange -----------------------------------------------------------------
    def _connection(self) -> tuple[Any, bool]:
        """A connection of the worker's own (writes from another thread); the page's one in memory."""
        from cl_desktop.store import open_database

        path = database_path(self.ctx)
        if path is None:
            return self.ctx.db, False
        return open_database(path, create=False, migrate=False), True

    def export_clicked(self) -> None:
        def act() -> None:
            office = self.office.currentData() if self.ctx.is_hq else None
            if self.ctx.is_hq and not office:
                self._say(self.tr("Add an office first: return bundles are made for one office."), error=True)
                return
            folder = self.choose_folder()
            if not folder:
                return
            stamp = utc_now()[:16].replace(":", "").replace("-", "")
            recipient = office or "HQ"
            path = Path(folder) / f"{self.ctx.office_code}-to-{recipient}-{stamp}{BUNDLE_SUFFIX}"
            full = self.full.isChecked()

            writing = self.tr("Writing {name}…").format(name=path.name)

            def work(job: Job) -> str:
                job.progress(0, 0, writing)
                db, own = self._connection()
                try:
                    self._worker_sync(db).export(
                        path, full=full, office=office, progress=lambda done, total: _step(job, done, total, writing)
                    )
                finally:
                    if own:
                        db.close()
                return str(path)

            self.tasks.run(
                self.tr("Exporting a bundle"),
                work,
                on_success=self._exported,
                on_failure=self._failed,
                on_cancel=lambda: self._say(self.tr("Cancelled; no bundle was written.")),
            )

        self._guard(act)

    def _exported(self, path: str) -> None:
        self._say("")
        self.notice.show_file(path, self.tr("Wrote {path}.").format(path=path))
        self.bus.changed.emit("sync_bundles")
        self.exported.emit(path)

    def import_clicked(self) -> None:
        def act() -> None:
            files = self.choose_bundles()
            if files:
                self.import_files(files)

        self._guard(act)

    def import_files(self, files: list[str]) -> None:
        """Import several bundles one after the other, each in its own transaction, with progress."""

        finished: list[str] = []  # receipts of the bundles imported before a Cancel

        def work(job: Job) -> list[str]:
            sentences: list[str] = []
            db, own = self._connection()
            try:
                sync = self._worker_sync(db)
                ordered = sync.import_order(list(files))  # in the order their change ranges require
                names = [p.name for p in ordered]
                for i, name in enumerate(ordered):

                    def progress(done: int, total: int, i: int = i) -> None:
                        job.check()  # Cancel: this bundle's transaction is rolled back
                        fraction = done / total if total else 1.0
                        job.progress(int((i + fraction) * 1000), len(ordered) * 1000, names[i])

                    try:
                        sentences.append(sync.import_bundle(name, progress=progress).sentence())
                        finished.append(sentences[-1])
                    except DatabaseError:
                        raise  # the database takes no import (disk full, locked): said once, not per file
                    except KnownError as exc:  # one refused bundle does not stop the others
                        sentences.append(str(exc))
            finally:
                if own:
                    db.close()
            return sentences

        def cancelled() -> None:
            if finished:
                self._imported(finished)
            self._say(
                self.tr(
                    "Cancelled: the bundle being imported changed nothing; {n} imported before it stay imported."
                ).format(n=len(finished))
            )

        self.tasks.run(
            self.tr("Importing bundles"), work, on_success=self._imported, on_failure=self._failed, on_cancel=cancelled
        )

    def _imported(self, sentences: list[str]) -> None:
        self.receipts.setPlainText("\n".join(sentences))
        self._say(self.tr("Imported {n} file(s); the receipts are below and in the history.").format(n=len(sentences)))
        for table in ("children", "sync_bundles"):
            self.bus.changed.emit(table)
        self.imported.emit(sentences)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self._say(str(exc), error=True)
        else:
            from cl_desktop.ui.errors import show_error

            show_error(exc, self)

    def print_clicked(self) -> None:
        def act() -> None:
            path = self.choose_save_path(self.tr("Save the sync history"), "sync-history.txt")
            if path:
                self.sync.save_history(path)
                self._say("")
                self.notice.show_file(path, self.tr("Saved the history to {path}.").format(path=path))

        self._guard(act)

    # -- conflicts -----------------------------------------------------------------
    def _selected_key(self, table: QTableWidget) -> str | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _conflict_selected(self) -> None:
        key = self._selected_key(self.conflicts)
        chosen = next((c for c in self._conflict_rows if c["id"] == key), None)
        if chosen is None:
            self.local_view.setPlainText("")
            self.remote_view.setPlainText("")
        else:
            field = self.sync.conflict_field(chosen)
            self.local_view.setPlainText(
                f"{self._value_text(field, chosen['local_value'])}\n\n— {chosen['local_user']} "
                f"({chosen['local_office']}), {i18n.timestamp_text(chosen['local_at'])}"
            )
            self.remote_view.setPlainText(
                f"{self._value_text(field, chosen['remote_value'])}\n\n— {chosen['remote_user']} "
                f"({chosen['remote_office']}), {i18n.timestamp_text(chosen['remote_at'])}"
            )
        for w in (self.keep_local, self.keep_remote, self.use_value):
            permit(w, self.ctx, "conflict.resolve", (chosen is not None, self.tr("Select a conflict first.")))

    def _value_text(self, field: FieldDef | None, value: Any) -> str:
        """A value in conflict as the forms show it: an extra field's choices by their labels in the
        interface language (several joined), yes/no in words, dates and numbers as the interface writes them."""
        if field is None:
            return _show(value)
        if custom_fields.blank(value):
            return ""
        if field.kind == "date" and isinstance(value, str) and i18n.is_stored_date(value):
            return i18n.date_text(value)
        if field.kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
            return i18n.number(value)
        if field.kind in ("choice", "choices", "yes_no"):
            return custom_fields.display(field, value, i18n.current(), (self.tr("Yes"), self.tr("No")))
        return _show(value)

    def _resolve(self, *, keep: str | None = None, value: str | None = None) -> None:
        key = self._selected_key(self.conflicts)
        if key is None:
            return

        def act() -> None:
            self.sync.resolve(key, keep=keep, value=value)
            self.typed_value.clear()
            self._say(self.tr("Resolved; the decision goes to the offices with the next return bundles."))
            self.bus.changed.emit("sync_conflicts")

        self._guard(act)

    # -- duplicates -------------------------------------------------------------------
    def _selected_pair(self) -> dict[str, Any] | None:
        rows = self.duplicates.selectionModel().selectedRows()
        return self.duplicates_model.pair(rows[0].row()) if rows else None

    def merge_clicked(self) -> None:
        pair = self._selected_pair()
        if pair is None:
            return
        keep, other = str(pair["a_case"]), str(pair["b_case"])

        def act() -> None:
            moved = self.sync.merge_children(keep, other)
            self._say(
                self.tr("Merged {other} into {keep}: {s} services and {f} follow-ups moved.").format(
                    other=other, keep=keep, s=moved["services"], f=moved["follow_ups"]
                )
            )
            self.bus.changed.emit("children")

        self._guard(act)

    def same_clicked(self) -> None:
        pair = self._selected_pair()
        if pair is None:
            return
        keep, other = str(pair["a_case"]), str(pair["b_case"])

        def act() -> None:
            self.sync.confirm_duplicate(keep, other)
            self._say(self.tr("{other} is {keep}: counted once from now on.").format(other=other, keep=keep))
            self.bus.changed.emit("children")

        self._guard(act)

    def dismiss_clicked(self) -> None:
        pair = self._selected_pair()
        if pair is None:
            return
        key = str(pair["id"])

        def act() -> None:
            self.sync.dismiss_duplicate(key)
            self.bus.changed.emit("sync_duplicates")

        self._guard(act)

    def scan_clicked(self) -> None:
        comparing = self.tr("Comparing children…")

        def work(job: Job) -> int:
            job.progress(0, 0, comparing)
            db, own = self._connection()
            try:
                return self._worker_sync(db).scan_duplicates(lambda done, total: _step(job, done, total, comparing))
            finally:
                if own:
                    db.close()

        def done(found: int) -> None:
            self._say(self.tr("{n} new suspected duplicate(s).").format(n=found))
            self.bus.changed.emit("sync_duplicates")

        self.tasks.run(
            self.tr("Scanning for duplicates"),
            work,
            on_success=done,
            on_failure=self._failed,
            on_cancel=lambda: self._say(self.tr("Cancelled; the list of suspected duplicates is unchanged.")),
        )

    # -- offices --------------------------------------------------------------------
    def add_office_clicked(self) -> None:
        def act() -> None:
            code = self.new_code.text().strip().upper()
            if not code or not self.new_name.text().strip():
                self._say(self.tr("Type the new office's code and name first."), error=True)
                return
            path = self.choose_save_path(self.tr("Save the office's setup file"), f"{code}-setup{BUNDLE_SUFFIX}")
            if not path:
                return
            values: dict[str, Any] = {
                "code": code,
                "name": self.new_name.text(),
                "out": path,
                "provinces": _codes(self.scope_provinces.text()),
                "programmes": _codes(self.scope_programmes.text()),
            }
            writing = self.tr("Writing the setup file {name}…").format(name=Path(path).name)

            def work(job: Job) -> Any:
                job.progress(0, 0, self.tr("Making the office's keys…"))
                db, own = self._connection()
                try:
                    return self._worker_sync(db).add_office(
                        **values, progress=lambda done, total: _step(job, done, total, writing)
                    )
                finally:
                    if own:
                        db.close()

            allow(self.add_office_button, False, self.tr("The office is being added; wait for it or cancel it."))
            task = self.tasks.run(
                self.tr("Adding office {code}").format(code=code),
                work,
                on_success=lambda enrolment: self._office_added(code, path, enrolment),
                on_failure=self._failed,
                on_cancel=lambda: self._say(
                    self.tr("Cancelled; office {code} was not added and no setup file was written.").format(code=code)
                ),
            )
            if task.finished:
                allow(self.add_office_button, True, "")
            else:
                task.done.connect(lambda: allow(self.add_office_button, True, ""))

        self._guard(act)

    def _office_added(self, code: str, path: str, enrolment: Any) -> None:
        self.passphrase.setText(enrolment.passphrase)
        self._say(
            self.tr(
                "Added office {code}; setup file {path}. Give the office the passphrase shown below separately "
                "from the file; it is shown only now. Key fingerprint {fp}."
            ).format(code=code, path=path, fp=enrolment.fingerprint)
        )
        self.notice.show_file(path, self.tr("The setup file is {path}.").format(path=path))
        self.new_code.clear()
        self.new_name.clear()
        self.scope_provinces.clear()
        self.scope_programmes.clear()
        self.bus.changed.emit("offices")

    def scope_clicked(self) -> None:
        code = self._selected_key(self.offices)
        if code is None:
            self._say(self.tr("Select an office in the list first."), error=True)
            return

        def act() -> None:
            self.sync.set_scope(
                code,
                provinces=_codes(self.scope_provinces.text()),
                programmes=_codes(self.scope_programmes.text()),
            )
            self._say(
                self.tr(
                    "Office {code} now holds the provinces and programmes typed above; its next return bundle "
                    "brings and removes records to match."
                ).format(code=code)
            )
            self.scope_provinces.clear()
            self.scope_programmes.clear()
            self.bus.changed.emit("offices")

        self._guard(act)

    def ask_reason(self, code: str) -> str:
        reason, ok = QInputDialog.getText(
            self, self.tr("Revoke office"), self.tr("Why is office {code} revoked?").format(code=code)
        )
        return reason if ok else ""

    def revoke_clicked(self) -> None:
        code = self._selected_key(self.offices)
        if code is None:
            return

        def act() -> None:
            reason = self.ask_reason(code)
            if not reason.strip():
                return
            self.sync.revoke_office(code, reason)
            self._say(self.tr("Revoked office {code}; its bundles are refused from now on.").format(code=code))
            self.bus.changed.emit("offices")

        self._guard(act)
