"""``make screenshots``: every main screen of the demo database, offscreen at 1366×768, as PNGs.

Builds the demo in a temporary folder (or copies ``--db``), opens the main
window signed in as the demo administrator and saves ``docs/screenshots/<page>.png``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

SIZE = (1366, 768)


def _copy(src: Path, dst: Path) -> None:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a demo database to copy (default: build one)")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--pages", nargs="*", help="only these pages")
    parser.add_argument(
        "--lang",
        choices=("en", "km", "ru"),
        default="en",
        help="interface language (km and ru go to a sub-folder of --out)",
    )
    parser.add_argument(
        "--digits",
        choices=("latin", "khmer"),
        default="latin",
        help="digits of numbers and dates in Khmer (default latin)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="cl-screens-"))
    os.environ["CL_DESKTOP_DATA_DIR"] = str(work / "data")
    try:
        return _shoot(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _shoot(args: argparse.Namespace, work: Path) -> int:
    from cl_desktop.security.roles import Actor, Role
    from cl_desktop.services.context import Context
    from cl_desktop.store import open_database
    from cl_desktop.ui.app import application
    from cl_desktop.ui.main_window import MainWindow
    from cl_desktop.ui.tasks import SyncTasks

    path = work / "demo.sqlite"
    if args.db:
        _copy(args.db, path)
    else:
        from cl_desktop.demo import create_demo_database

        create_demo_database(path).close()
    app = application()
    sys.excepthook = sys.__excepthook__  # a failure here should stop the script, not open a dialog
    from cl_desktop.ui import i18n

    i18n.install(app, args.lang, khmer_digits=args.digits == "khmer")
    if args.lang != "en":
        args.out = args.out / args.lang
    db = open_database(path)
    ctx = Context(db, Actor(username="admin", role=Role.ADMIN, office="HQ", full_name="Headquarters administrator"))
    # Synchronous tasks: each page's figures are computed before its shot, not after.
    window = MainWindow(ctx, tasks=SyncTasks(), db_path=Path("cl-desktop.sqlite"))
    window.resize(*SIZE)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    shots = []
    for key in window.page_keys():
        if args.pages and key not in args.pages:
            continue
        page = window.show_page(key)
        prepare = getattr(page, "prepare_screenshot", None)
        if callable(prepare):
            prepare()
        _settle(app)
        target = args.out / f"{key}.png"
        window.grab().save(str(target))
        shots.append(target)
    extra = _extras(window, app, args.out, args.pages)
    window.close()
    db.close()
    for target in [*shots, *extra]:
        print(target)
    return 0


def _settle(app: object) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def _extras(window: object, app: object, out: Path, pages: list[str] | None) -> list[Path]:
    """A few more views worth showing: a children search in Khmer and the results framework."""
    saved: list[Path] = []
    if pages and "children-search" not in pages:
        return saved
    page = window.show_page("children")  # type: ignore[attr-defined]
    if page is not None:
        page.search.setText("ចិន្តា")
        page.apply()
        _settle(app)
        target = out / "children-search.png"
        window.grab().save(str(target))  # type: ignore[attr-defined]
        saved.append(target)
        page.search.clear()
        page.apply()
    projects = window.show_page("projects")  # type: ignore[attr-defined]
    if projects is not None:
        projects.select_project("KH-DWCP-2008")
        projects.tabs.setCurrentIndex(1)
        _settle(app)
        target = out / "results-framework.png"
        window.grab().save(str(target))  # type: ignore[attr-defined]
        saved.append(target)
        projects.tabs.setCurrentIndex(0)
    saved += _dialogs(window, app, out)
    return saved


def _dialogs(window: object, app: object, out: Path) -> list[Path]:
    """The sign-in dialog, a child's record, the intake form and the language settings."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from cl_desktop.errors import KnownError
    from cl_desktop.services.children import Children
    from cl_desktop.ui.forms import create_form
    from cl_desktop.ui.login import LoginDialog
    from cl_desktop.ui.record.child_view import ChildRecordView

    ctx = window.ctx  # type: ignore[attr-defined]
    saved: list[Path] = []
    # A Cambodian child of the demo, withdrawn: a Khmer name, services, follow-ups and the rule that counted her.
    try:
        child = Children(ctx).by_case("KH-RTK-000001")["id"]
    except KnownError:
        child = Children(ctx).search("KH", limit=1)[0]["id"]
    record = ChildRecordView(ctx, window.bus, child)  # type: ignore[attr-defined]
    record.resize(1000, 640)
    form = create_form("child", ctx, window.bus, None, record_id=child)  # type: ignore[attr-defined]
    for name, widget in (("login", LoginDialog(ctx.db)), ("child-record", record), ("child-form", form)):
        widget.show()
        _settle(app)
        target = out / f"{name}.png"
        widget.grab().save(str(target))
        widget.close()
        widget.deleteLater()  # gone before the window and the database: no teardown at interpreter exit
        saved.append(target)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settings_page = window.show_page("settings")  # type: ignore[attr-defined]
    if settings_page is not None:
        settings_page.select_tab(settings_page.tabs.indexOf(settings_page.language))
        _settle(app)
        target = out / "settings-language.png"
        window.grab().save(str(target))  # type: ignore[attr-defined]
        saved.append(target)
        settings_page.select_tab(0)
    return saved


if __name__ == "__main__":
    raise SystemExit(main())
