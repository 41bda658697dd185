"""Start the GUI: one QApplication, fonts, the error hook, first-run wizard, login, the main window."""

from __future__ import annotations

import importlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cl_desktop import APP_NAME, __version__
from cl_desktop.errors import KnownError
from cl_desktop.paths import default_database
from cl_desktop.resources import resource_path
from cl_desktop.services.context import Actor, Context, Role, get_meta
from cl_desktop.store import open_database

log = logging.getLogger("cl_desktop.ui")

AUTOLOGIN_ENV = "CL_DESKTOP_AUTOLOGIN"
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


def set_language(actor_language: str = "") -> str:
    from cl_desktop.ui import settings

    lang = settings.get("ui/language") or actor_language or "en"
    QLocale.setDefault(QLocale({"km": "km_KH", "ru": "ru_RU"}.get(lang, "en_GB")))
    return lang


def first_run(path: Path) -> Path | None:
    """The wizard for a computer with no database; returns the database it made, or None if cancelled."""
    from cl_desktop.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(path)
    if wizard.exec() and wizard.created:
        return wizard.created
    return None


def run(db_path: Path | None = None) -> int:
    app = application()
    path = Path(db_path or default_database())
    if not (path.exists() and path.stat().st_size > 0):
        made = first_run(path)
        if made is None:
            return 1
        path = made
    try:
        db = open_database(path)
    except KnownError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    actor = login(db)
    if actor is None:
        db.close()
        return 1
    set_language()
    from cl_desktop.ui.main_window import MainWindow

    window = MainWindow(Context(db, actor), db_path=path)
    window.show()
    install_idle_lock(window, db, actor)
    if os.environ.get(EXIT_AFTER_START_ENV):
        window.close()
        return 0
    code = int(app.exec())
    db.close()
    return code
