"""The main window: a sidebar of pages, the page, and a status bar saying where the data is.

No god object: the window builds each page from ``ctx`` (database + user),
``bus`` (what changed) and ``tasks`` (long work), and pages get nothing else.
Pages are built the first time they are shown, so the window opens at once.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from cl_desktop import APP_NAME
from cl_desktop.errors import KnownError
from cl_desktop.services import at_rest
from cl_desktop.services.context import Context
from cl_desktop.store import open_database
from cl_desktop.ui import settings
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.errors import show_error
from cl_desktop.ui.fit import ElidedLabel
from cl_desktop.ui.i18n import timestamp_text
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.permits import permit
from cl_desktop.ui.tasks import Job, Tasks
from cl_desktop.ui.widgets.file_notice import open_path

log = logging.getLogger("cl_desktop.ui")

STYLE = """
QListWidget#sidebar { background: #1f3a5f; color: #f4f6f8; border: none; outline: none; padding-top: 8px; }
QListWidget#sidebar::item { padding: 4px 14px; }
QListWidget#sidebar::item:selected { background: #2f6db5; color: white; }
QListWidget#sidebar::item:hover:!selected { background: #2a4a75; }
QLabel#page_title { font-size: 15pt; font-weight: 600; color: #1f3a5f; }
QFrame[card="true"] { background: white; border: 1px solid #d0d7de; border-radius: 6px; }
QLabel#card_caption { color: #5c636a; }
QLabel#card_value { color: #1f3a5f; }
QLabel#card_detail { color: #5c636a; }
QLabel#field_caption { color: #5c636a; }
QLabel#count { color: #5c636a; }
"""


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str
    module: str
    cls: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "cl_desktop.ui.pages.dashboard", "DashboardPage"
    ),
    PageSpec("projects", QT_TRANSLATE_NOOP("MainWindow", "Projects"), "cl_desktop.ui.pages.projects", "ProjectsPage"),
    PageSpec(
        "programmes",
        QT_TRANSLATE_NOOP("MainWindow", "Action programmes"),
        "cl_desktop.ui.pages.programmes",
        "ProgrammesPage",
    ),
    PageSpec("children", QT_TRANSLATE_NOOP("MainWindow", "Children"), "cl_desktop.ui.pages.children", "ChildrenPage"),
    PageSpec(
        "households", QT_TRANSLATE_NOOP("MainWindow", "Households"), "cl_desktop.ui.pages.households", "HouseholdsPage"
    ),
    PageSpec("services", QT_TRANSLATE_NOOP("MainWindow", "Services"), "cl_desktop.ui.pages.services", "ServicesPage"),
    PageSpec(
        "follow_ups", QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"), "cl_desktop.ui.pages.follow_ups", "FollowUpsPage"
    ),
    PageSpec(
        "referrals", QT_TRANSLATE_NOOP("MainWindow", "Referrals"), "cl_desktop.ui.pages.referrals", "ReferralsPage"
    ),
    PageSpec(
        "monitoring_visits",
        QT_TRANSLATE_NOOP("MainWindow", "Monitoring visits"),
        "cl_desktop.ui.pages.visits",
        "MonitoringVisitsPage",
    ),
    PageSpec(
        "activities", QT_TRANSLATE_NOOP("MainWindow", "Activities"), "cl_desktop.ui.pages.activities", "ActivitiesPage"
    ),
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), "cl_desktop.ui.pages.reports", "ReportsPage"),
    PageSpec("sync", QT_TRANSLATE_NOOP("MainWindow", "Sync"), "cl_desktop.ui.pages.sync", "SyncPage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "cl_desktop.ui.pages.settings", "SettingsPage"),
)


def available_pages() -> list[PageSpec]:
    """The pages whose module exists (Reports and Sync arrive from other work; until then they are left out)."""
    return [spec for spec in PAGES if importlib.util.find_spec(spec.module) is not None]


MINIMUM_SIZE = QSize(800, 500)
FIRST_SIZE = QSize(1280, 760)


def first_size(available: QSize) -> QSize:
    """The first start's window: 1280×760 where it fits, else the screen's free area less room for the
    title bar, so the status bar is never below the screen's edge (a 1366×768 laptop, a 1024×600 netbook)."""
    frame = QSize(16, 48)  # the window manager's border and title bar, and a little air
    return FIRST_SIZE.boundedTo(available - frame).expandedTo(MINIMUM_SIZE)


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: Context,
        bus: DataBus | None = None,
        tasks: Tasks | None = None,
        db_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.bus = bus or DataBus(self)
        self.tasks = tasks or Tasks(self)
        self.db_path = db_path
        self.signed_out = False
        self.setObjectName("main_window")
        self.setWindowTitle(f"{APP_NAME} — {db_path.name}" if db_path else APP_NAME)
        # A netbook's 1024×600 screen, less a task bar and the title bar, holds the whole window.
        self.setMinimumSize(MINIMUM_SIZE)
        self.setStyleSheet(STYLE)
        self.specs = available_pages()
        self.pages: dict[str, QWidget] = {}

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for i, spec in enumerate(self.specs):
            item = QListWidgetItem(QCoreApplication.translate("MainWindow", spec.label))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            label = QCoreApplication.translate("MainWindow", spec.label)
            # The whole name in the tooltip: on a netbook a long Russian name may end in "…".
            item.setToolTip(f"{label} (Ctrl+{i + 1})" if i < 9 else label)
            item.setSizeHint(QSize(180, 34))
            self.sidebar.addItem(item)
        # Translated labels run longer (Russian, Khmer): widen the sidebar to the longest one, but in a
        # window of a 1024-pixel screen to no more than a fifth of it, so the page keeps its width
        # (``resizeEvent``).
        widest = max(
            (
                self.sidebar.fontMetrics().horizontalAdvance(self.sidebar.item(i).text())
                for i in range(self.sidebar.count())
            ),
            default=0,
        )
        self.sidebar_needs = widest + 44
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sidebar.setFixedWidth(max(190, self.sidebar_needs))
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.sidebar.currentRowChanged.connect(self._row_changed)

        self._build_status_bar()
        self._build_menu()
        self._build_shortcuts()
        self.bus.changed.connect(lambda _table: self.update_status())
        self.bus.saved.connect(lambda _table, _id, _key, text: self.statusBar().showMessage(text, 15000))

        geometry = settings.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(first_size(self.screen().availableGeometry().size()))
        self.show_page(settings.get("window/page") or "dashboard")

    # -- chrome ---------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("status_bar")
        self.office_label = ElidedLabel()
        self.office_label.setObjectName("status_office")
        self.user_label = ElidedLabel()
        self.user_label.setObjectName("status_user")
        self.file_label = ElidedLabel()
        self.file_label.setObjectName("status_file")
        self.backup_label = ElidedLabel()
        self.backup_label.setObjectName("status_backup")
        self.sync_label = ElidedLabel()
        self.sync_label.setObjectName("status_sync")
        for label in (self.office_label, self.user_label, self.file_label, self.backup_label, self.sync_label):
            bar.addPermanentWidget(label, 1)
        self.update_status()

    def update_status(self) -> None:
        ctx = self.ctx
        office = ctx.meta("office_name") or ctx.office_code
        self.office_label.setText(self.tr("Office: {office}").format(office=f"{office} ({ctx.office_code})"))
        role = {"clerk": self.tr("clerk"), "coordinator": self.tr("coordinator"), "admin": self.tr("administrator")}
        self.user_label.setText(
            self.tr("User: {user} ({role})").format(user=ctx.actor.username, role=role.get(ctx.actor.role.value, ""))
        )
        if self.db_path:
            self.file_label.setText(self.tr("File: {name}").format(name=self.db_path.name))
            self.file_label.setToolTip(str(self.db_path))
        never = self.tr("never")
        backup, synced = ctx.meta("last_backup_at"), ctx.meta("last_sync_at")
        self.backup_label.setText(self.tr("Last backup: {at}").format(at=timestamp_text(backup) if backup else never))
        self.sync_label.setText(self.tr("Last sync: {at}").format(at=timestamp_text(synced) if synced else never))

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)  # a disabled action says why
        new_child_action = QAction(self.tr("&New child…"), self)
        new_child_action.setObjectName("action_new_child")
        new_child_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        # from every window of the application: the dashboard, a child's record, a form being filled
        new_child_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        new_child_action.setEnabled(self.ctx.actor.can("child.write"))
        new_child_action.setToolTip(
            self.tr("Register a new child (Ctrl+Shift+N, from anywhere)")
            if self.ctx.actor.can("child.write")
            else self.tr("Your role cannot register children.")
        )
        new_child_action.triggered.connect(lambda: self.new_child())
        file_menu.addAction(new_child_action)
        file_menu.addSeparator()
        backup_action = QAction(self.tr("&Back up to a folder…"), self)
        backup_action.setObjectName("action_backup")
        backup_action.triggered.connect(lambda: self.back_up())
        permit(backup_action, self.ctx, "backup.run")
        file_menu.addAction(backup_action)
        restore_action = QAction(self.tr("&Restore from a backup…"), self)
        restore_action.setObjectName("action_restore")
        restore_action.triggered.connect(lambda: self.restore())
        permit(restore_action, self.ctx, "backup.restore")
        file_menu.addAction(restore_action)
        if self.db_path is not None and not self.ctx.is_hq:  # headquarters' database stays plain
            self.encrypt_action = QAction(self.tr("&Encrypt this database…"), self)
            self.encrypt_action.setObjectName("action_encrypt")
            self.encrypt_action.triggered.connect(lambda: self.encrypt())
            encrypted = at_rest.is_encrypted(self.db_path)
            permit(
                self.encrypt_action,
                self.ctx,
                "database.encrypt",
                also=(not encrypted, self.tr("This database is already encrypted.")),
            )
            file_menu.addAction(self.encrypt_action)
        file_menu.addSeparator()
        sign_out_action = QAction(self.tr("Sign &out / switch user"), self)
        sign_out_action.setObjectName("action_sign_out")
        sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        sign_out_action.triggered.connect(lambda: self.sign_out())
        file_menu.addAction(sign_out_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("action_quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for i, spec in enumerate(self.specs):
            action = QAction(QCoreApplication.translate("MainWindow", spec.label), self)
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            go_menu.addAction(action)
        go_menu.addSeparator()
        self.recent_menu = go_menu.addMenu(self.tr("&Recent children"))
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.fill_recent_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About CL Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def back_up(self, folder: str | None = None) -> None:
        """A verified manual backup into a folder the user picks (a USB stick, say)."""
        if self.db_path is None:
            return
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to a folder"))
        if not folder:
            return
        from cl_desktop.security.backup import make_backup

        path, actor = self.db_path, self.ctx.actor
        copying = self.tr("Copying the database…")

        def work(job: Job) -> Any:
            def progress(done: int, total: int) -> None:
                job.check()  # Cancel: the half-written copy is removed, nothing is recorded
                job.progress(done, total, copying)

            return make_backup(path, folder, actor=actor, progress=progress)

        def done(target: Any) -> None:
            self.update_status()
            self.notice(target, self.tr("Backed up to {path}.").format(path=target))

        self.tasks.run(
            self.tr("Backing up"),
            work,
            on_success=done,
            on_failure=self._known_failure,
            on_cancel=lambda: self.statusBar().showMessage(self.tr("Backup cancelled; no file was written."), 8000),
        )

    def notice(self, path: Any, text: str) -> None:
        """Where a file went, with Open folder and Copy path (a backup is not on any page)."""
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("file_written")
        folder = box.addButton(self.tr("Open &folder"), QMessageBox.ButtonRole.ActionRole)
        folder.setObjectName("open_folder")
        copy = box.addButton(self.tr("Cop&y path"), QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("copy_path")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: Any) -> None:
            if button is folder and not open_path(Path(path).parent):
                QMessageBox.warning(
                    self,
                    APP_NAME,
                    self.tr("No file manager opened the folder {folder}. Copy the path to find the file.").format(
                        folder=Path(path).parent
                    ),
                )
            elif button is copy:
                QGuiApplication.clipboard().setText(str(path))

        box.buttonClicked.connect(clicked)
        box.open()

    def restore(self, backup: str | None = None) -> bool:
        """Replace the database with a verified backup; the window closes and the app is started again."""
        if self.db_path is None:
            return False
        self.ctx.require("backup.restore")
        if backup is None:
            backup, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Restore from a backup"),
                "",
                self.tr("CL Desktop backups (*.sqlite *.clbackup);;All files (*)"),
            )
        if not backup:
            return False
        question = self.tr(
            "Replace the database with {name}? The current file is kept aside, and CL Desktop "
            "closes so that you can start it again on the restored data."
        ).format(name=Path(backup).name)
        if QMessageBox.question(self, APP_NAME, question) != QMessageBox.StandardButton.Yes:
            return False
        from cl_desktop.security.backup import restore_backup

        if self.tasks.busy:
            self.tasks.wait(30000)  # a running export or check on the file first
            QCoreApplication.processEvents()  # and their results shown while the database is still open
        self.ctx.db.close()
        path, actor = self.db_path, self.ctx.actor
        copying = self.tr("Copying {name}…").format(name=Path(backup).name)

        def work(job: Job) -> Any:
            def progress(done: int, total: int) -> None:
                job.check()  # Cancel while copying in: the database is untouched
                job.progress(done, total, copying)

            return restore_backup(path, backup, actor=actor, progress=progress)

        def reopen() -> None:
            self.ctx.db = open_database(path)

        def failed(exc: BaseException) -> None:
            reopen()
            self._known_failure(exc)

        def cancelled() -> None:
            reopen()
            self.statusBar().showMessage(self.tr("Restore cancelled; the database is unchanged."), 8000)

        def done(_aside: Any) -> None:
            QMessageBox.information(self, APP_NAME, self.tr("The backup was restored. Start CL Desktop again."))
            self.restored = True
            self.close()

        task = self.tasks.run(self.tr("Restoring"), work, on_success=done, on_failure=failed, on_cancel=cancelled)
        return not task.was_cancelled and task.error is None

    def encrypt(self) -> bool:
        """Encrypt this office's plain database at rest (as ``cl-desktop encrypt``): the window closes the file
        meanwhile, opens it again with its key, and shows the recovery key once. Nothing changes on failure."""
        if self.db_path is None or self.ctx.is_hq or at_rest.is_encrypted(self.db_path):
            return False
        self.ctx.require("database.encrypt")
        question = self.tr(
            "Encrypt {name}? From now on each account's password unlocks it, and a recovery key is shown "
            "once, to print and keep in a safe. Other programs using the database must be closed first."
        ).format(name=self.db_path.name)
        if QMessageBox.question(self, APP_NAME, question) != QMessageBox.StandardButton.Yes:
            return False
        if not self.settle_forms():
            return False
        if self.tasks.busy:
            self.tasks.wait(30000)  # a running export or check on the file first
            QCoreApplication.processEvents()
        self.ctx.db.close()
        path = self.db_path
        outcome: dict[str, Any] = {}

        def work(job: Job) -> Any:
            job.progress(0, 0, self.tr("Encrypting the database…"))
            return at_rest.encrypt_database(path)

        def reopen() -> None:
            self.ctx.db = open_database(path)

        def failed(exc: BaseException) -> None:
            reopen()
            if isinstance(exc, at_rest.DatabaseInUse):
                QMessageBox.warning(
                    self,
                    APP_NAME,
                    self.tr("Another program has the database open, so it was not encrypted. Close it and try again."),
                )
            elif isinstance(exc, KnownError):
                QMessageBox.warning(
                    self,
                    APP_NAME,
                    self.tr("The database was not encrypted and is unchanged: {reason}").format(reason=exc),
                )
            else:
                raise exc

        def done(code: Any) -> None:
            reopen()
            outcome["code"] = code
            self.encrypt_action.setEnabled(False)
            self.encrypt_action.setToolTip(self.tr("This database is already encrypted."))
            from cl_desktop.ui.at_rest import RecoveryKeyDialog

            dialog = RecoveryKeyDialog(str(code), path, self)
            self.recovery_dialog = dialog  # shown once, acknowledged before it closes
            dialog.exec()
            self.update_status()

        self.tasks.run(self.tr("Encrypting"), work, on_success=done, on_failure=failed, on_cancel=reopen)
        return "code" in outcome

    def _known_failure(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            QMessageBox.warning(self, APP_NAME, str(exc))
        else:
            raise exc

    def _build_shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.new_record)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)

    def show_about(self) -> QWidget | None:
        try:
            module = importlib.import_module("cl_desktop.ui.about")
        except ImportError:
            return None
        dialog = module.AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- pages ----------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self.pages:
            spec = next(s for s in self.specs if s.key == key)
            cls = getattr(importlib.import_module(spec.module), spec.cls)
            page = cls(self.ctx, self.bus, self.tasks, self)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str) -> QWidget | None:
        keys = self.page_keys()
        if key not in keys:
            key = keys[0]
        row = keys.index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # calls _row_changed
        else:
            self._row_changed(row)
        return self.pages.get(key)

    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        key = self.specs[row].key
        try:
            page = self.page(key)
        except Exception as exc:  # the UI boundary: a page that fails to open must not take the window down
            show_error(exc, self)
            return
        self.stack.setCurrentWidget(page)
        settings.put("window/page", key)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def current_key(self) -> str:
        row = self.sidebar.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else ""

    def new_record(self) -> Any:
        """Ctrl+N: a new record of the list shown, or a new child where the page has no records of its own
        (the dashboard, reports, sync, settings)."""
        page = self.current_page()
        action = getattr(page, "new_record", None)
        if callable(action) and getattr(page, "form_kind", "") is not None:  # a list without a form: None
            return action()
        return self.new_child()

    def new_child(self) -> Any:
        """The intake form, over whatever is shown; a role that may not register children is told so."""
        if not self.ctx.actor.can("child.write"):
            self.statusBar().showMessage(self.tr("Your role cannot register children."), 8000)
            return None
        from cl_desktop.ui.forms import open_form

        try:
            return open_form("child", self.ctx, self.bus, self)
        except Exception as exc:  # the UI boundary: a refused open is a message, a bug the crash dialog
            show_error(exc, self)
            return None

    def fill_recent_menu(self) -> None:
        """The children opened last, numbered for the keyboard (Alt+G, R, 1)."""
        from cl_desktop.ui import recent

        self.recent_menu.clear()
        children = recent.recent_children(self.ctx)
        for i, child in enumerate(children, start=1):
            text = recent.label(child).replace("&", "&&")
            action = self.recent_menu.addAction(f"&{i} {text}" if i < 10 else text)
            action.setData(child["id"])
            action.triggered.connect(lambda _=False, cid=child["id"]: recent.open_child(self.ctx, self.bus, cid, self))
        if not children:
            empty = self.recent_menu.addAction(self.tr("(no child opened yet)"))
            empty.setEnabled(False)

    def focus_search(self) -> None:
        page = self.current_page()
        action = getattr(page, "focus_search", None)
        if callable(action):
            action()

    # -- open forms, closing, signing out -----------------------------------------
    def open_forms(self) -> list[Any]:
        """The record forms open over this window (shown, or held hidden by the idle lock)."""
        from cl_desktop.ui.forms.base import FormDialog

        return [form for form in self.findChildren(FormDialog) if form.isVisible() or form.property("held")]

    def settle_forms(self, *, reveal: bool = True) -> bool:
        """Each form with unsaved changes comes forward and asks Save / Discard / Cancel. False when the user
        chose Cancel (or a save was refused): then everything stays open as it was."""
        return all(form.settle(reveal=reveal) for form in self.open_forms())

    def sign_out(self, *, reveal: bool = True) -> bool:
        """Close the window for the sign-in dialog (``ui.app`` shows it again); unsaved forms are asked first."""
        if not self.settle_forms(reveal=reveal):
            return False
        self.signed_out = True
        if not self.close():
            self.signed_out = False
            return False
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = max(190, min(self.sidebar_needs, event.size().width() // 5))
        if width != self.sidebar.width():
            self.sidebar.setFixedWidth(width)
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.settle_forms():
            event.ignore()
            return
        for form in self.open_forms():
            form.discard()  # nothing unsaved is left: the forms close with their window
        settings.put("window/geometry", self.saveGeometry())
        self.tasks.wait(30000)
        self.tasks.abandon()  # a page's figures computed meanwhile: nobody left to show them
        super().closeEvent(event)
