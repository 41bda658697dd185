"""Start the GUI: one QApplication, fonts, the error hook, first-run wizard, login, the main window."""

from __future__ import annotations

import importlib
import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlite_utils import Database

from cl_desktop import APP_NAME, __version__
from cl_desktop.errors import DatabaseError, KnownError
from cl_desktop.paths import default_database
from cl_desktop.resources import resource_path
from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context
from cl_desktop.store import open_database
from cl_desktop.store.meta import get_meta

log = logging.getLogger("cl_desktop.ui")

AUTOLOGIN_ENV = "CL_DESKTOP_AUTOLOGIN"
PASSWORD_ENV = "CL_DESKTOP_PASSWORD"  # with AUTOLOGIN: unlocks an encrypted office database
EXIT_AFTER_START_ENV = "CL_DESKTOP_EXIT_AFTER_START"


def application() -> QApplication:
    """The one QApplication, with the bundled fonts and the error hook installed."""
    from cl_desktop.ui.errors import install_excepthook
    from cl_desktop.ui.fonts import apply_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "cl-desktop.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    apply_fonts(app)
    install_excepthook()
    return app


def login(db: object, parent: QWidget | None = None) -> Actor | None:
    """The signed-in user: the login dialog when it exists, else ``CL_DESKTOP_AUTOLOGIN`` (tests, screenshots)."""
    try:
        module = importlib.import_module("cl_desktop.ui.login")
    except ModuleNotFoundError:
        module = None
    username = os.environ.get(AUTOLOGIN_ENV, "").strip()
    if username:
        return Actor(username=username, role=Role.ADMIN, office=get_meta(db, "office_code", "HQ"))  # type: ignore[arg-type]
    if module is not None and hasattr(module, "ask_login"):
        return module.ask_login(db, parent)  # type: ignore[no-any-return]
    QMessageBox.critical(parent, APP_NAME, QApplication.translate("app", "Signing in is not available in this build."))
    return None


def install_idle_lock(window: QWidget, db: object, actor: Actor) -> object | None:
    """Lock the window after the idle time (``ui.login.IdleLock``), unless signed in from the environment."""
    if os.environ.get(AUTOLOGIN_ENV):
        return None
    try:
        module = importlib.import_module("cl_desktop.ui.login")
    except ModuleNotFoundError:
        return None
    lock_class = getattr(module, "IdleLock", None)
    if lock_class is None:
        return None
    lock = lock_class(window, db, actor)
    window.setProperty("idle_lock_installed", True)
    return lock


def account_language(db: Any, actor: Actor) -> str:
    """The language saved on the signed-in user's account ("" when the account is unknown)."""
    from cl_desktop.errors import NotFound
    from cl_desktop.services.accounts import get_user

    try:
        return str(get_user(db, actor.username).get("language") or "")
    except NotFound:
        return ""


def set_language(actor_language: str = "") -> str:
    from cl_desktop.ui import i18n, settings

    lang = settings.get("ui/language") or actor_language or "en"
    app = QApplication.instance()
    assert app is not None
    return i18n.install(app, lang, khmer_digits=settings.get("ui/digits") == "khmer")


def is_encrypted(path: Path) -> bool:
    from cl_desktop.services import at_rest

    return at_rest.is_encrypted(path)


def open_encrypted(path: Path, big: bool) -> tuple[Any, Actor] | None:
    """An encrypted office: the sign-in dialog unlocks it with the password typed.

    ``CL_DESKTOP_AUTOLOGIN`` (tests, screenshots) unlocks with that account and ``CL_DESKTOP_PASSWORD``;
    without the password the dialog asks, with the user name filled in."""
    from cl_desktop.services import at_rest

    username = os.environ.get(AUTOLOGIN_ENV, "").strip()
    password = os.environ.get(PASSWORD_ENV, "")
    if username and password:
        at_rest.unlock(path, username, password)
        db = open_database(path, check=not big)
        return db, Actor(username=username, role=Role.ADMIN, office=get_meta(db, "office_code", "HQ"))
    from cl_desktop.ui.login import unlock_and_sign_in

    return unlock_and_sign_in(path, None, username)


def first_run(path: Path) -> Path | None:
    """The wizard for a computer with no database; returns the database it made, or None if cancelled."""
    from cl_desktop.ui.wizard import FirstRunWizard, start_language

    start_language()
    while True:
        wizard = FirstRunWizard(path)
        result = wizard.exec()
        if result == FirstRunWizard.LANGUAGE_CHANGED:
            continue  # the same questions in the language just chosen
        if wizard.created and wizard.recovery_code:
            from cl_desktop.ui.at_rest import RecoveryKeyDialog

            RecoveryKeyDialog(wizard.recovery_code, wizard.created).exec()  # shown once, before anything else
        return wizard.created if result and wizard.created else None


def run(db_path: Path | None = None) -> int:
    from cl_desktop.ui.system_libs import startup_problem

    problem = startup_problem()
    if problem and not QApplication.instance():
        print(problem, file=sys.stderr)  # no window can say it: Qt would abort with a bare plugin message
        return 1
    app = application()
    set_language()  # the saved language for the first-run wizard and the sign-in dialog
    path = Path(db_path or default_database())
    if not (path.exists() and path.stat().st_size > 0):
        made = first_run(path)
        if made is None:
            return 1
        path = made
    big = path.stat().st_size > BACKGROUND_CHECK_BYTES
    first: Actor | None = None
    try:
        opened = open_encrypted(path, big) if is_encrypted(path) else None
        if opened is not None:
            db, first = opened
        elif is_encrypted(path):
            return 1
        else:
            db = open_database(path, check=not big)
    except DatabaseError as exc:
        db = offer_backup(path, exc)
        if db is None:
            return 1
    except KnownError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    code = 1
    checks_started = False
    while True:
        actor, first = first or login(db), None
        if actor is None:
            break
        set_language(account_language(db, actor))
        from cl_desktop.ui.main_window import MainWindow

        window = MainWindow(Context(db, actor), db_path=path)
        window.show()
        lock = install_idle_lock(window, db, actor)
        if os.environ.get(EXIT_AFTER_START_ENV):
            window.close()
            code = 0
            break
        if not checks_started:
            start_background_checks(window, path, check_file=big)
            checks_started = True
        code = int(app.exec())
        if lock is not None:
            lock.stop()  # type: ignore[attr-defined]
        if not window.signed_out:
            break
        window.deleteLater()  # signed out: the sign-in dialog again, for this user or another
    db.close()
    if checks_started:
        backup_at_exit(path)
    return code


# quick_check reads the whole file: above this size it runs after the window is shown.
BACKGROUND_CHECK_BYTES = 256 * 1024 * 1024
# ... and, like the daily backup, starts this long after the first paint: reading gigabytes at once
# would slow the first page of a list or a search by several times on a two-core laptop.
BACKGROUND_DELAY_MS = 20_000


def offer_backup(path: Path, error: DatabaseError) -> Database | None:
    """The database cannot be opened: say why and, if it is damaged, offer the latest good backup."""
    from cl_desktop.security.backup import latest_good_backup, restore_backup

    backup = latest_good_backup(path) if "damaged" in str(error) else None
    if backup is None:
        QMessageBox.critical(None, APP_NAME, str(error))
        return None
    question = QApplication.translate(
        "app", "{error}\n\nThe latest good backup is {backup}. Restore it now? The damaged file is kept aside."
    ).format(error=error, backup=backup.name)
    answer = QMessageBox.question(None, APP_NAME, question)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        restore_backup(path, backup)
        return open_database(path)
    except KnownError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return None


def start_background_checks(window: Any, path: Path, *, check_file: bool) -> None:
    """After the first paint: the daily backup if due, quick_check for big files, and the duplicate keys of
    the children waiting for them."""
    from cl_desktop.figures.duplicates import key_waiting_children
    from cl_desktop.security.backup import backup_if_due
    from cl_desktop.store.database import quick_check

    def work(job: Any) -> None:
        if check_file:
            quick_check(path)
        backup_if_due(path)
        key_waiting_children(path)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            QMessageBox.warning(window, APP_NAME, str(exc))
        else:
            raise exc

    def start() -> None:
        window.tasks.run(
            QApplication.translate("app", "Checking the database"),
            work,
            on_failure=failed,
            show_progress=False,
            cancellable=False,
        )

    # On a big file both read all of it: they wait until the first things people do are done.
    QTimer.singleShot(BACKGROUND_DELAY_MS if check_file else 0, window, start)


def backup_at_exit(path: Path) -> None:
    """A verified automatic backup when the window closes; a failure is logged, never lost silently."""
    from cl_desktop.security.backup import backup_on_exit

    try:
        backup_on_exit(path)
    except KnownError as exc:
        log.warning("automatic backup at exit failed: %s", exc)
        QMessageBox.warning(
            None, APP_NAME, QApplication.translate("app", "The automatic backup failed: {error}").format(error=exc)
        )
