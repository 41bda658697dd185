"""``make screenshots``: every main screen and dialog of the demo, in English, Khmer and Russian, on a
1024×600 netbook screen and a 1366×768 laptop screen, as PNGs in ``docs/screenshots/<lang>/<size>/``.

Each language and size runs in its own process on its own X screen of that size (``Xvfb``) when it is
installed, so the window opens as it would on such a screen (its first size, dialogs fitted to the
screen) and the shot is the screen itself: what does not fit is visibly cut at the screen's edge.
Without Xvfb the windows are drawn offscreen at the same sizes. The images are reduced to 256 colours.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

LANGS = ("en", "km", "ru")
SIZES = ("1024x600", "1366x768")


def _copy(src: Path, dst: Path) -> None:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a demo database to copy (default: build one)")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--only", nargs="*", help="only the shots of these names (e.g. dashboard child-form)")
    parser.add_argument("--lang", nargs="*", choices=LANGS, default=list(LANGS), help="interface languages")
    parser.add_argument("--size", nargs="*", choices=SIZES, default=list(SIZES), help="screen sizes")
    parser.add_argument(
        "--digits",
        choices=("latin", "khmer"),
        default="latin",
        help="digits of numbers and dates in Khmer (default latin)",
    )
    parser.add_argument("--display", type=int, default=11, help="first X display number for Xvfb (default 11)")
    parser.add_argument("--offscreen", action="store_true", help="draw offscreen even when Xvfb is installed")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # one language and size, this process
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.one:
        return _one(args)
    work = Path(tempfile.mkdtemp(prefix="cl-screens-"))
    try:
        db = work / "demo.sqlite"
        env = {**os.environ, "CL_DESKTOP_DATA_DIR": str(work / "data")}
        if args.db:
            _copy(args.db, db)
        else:
            subprocess.run([sys.executable, "-m", "cl_desktop", "demo", "--db", str(db)], check=True, env=env)
        xvfb = None if args.offscreen else shutil.which("Xvfb")
        failures = 0
        for size in args.size:
            server = _start_x(xvfb, args.display, size) if xvfb else None
            try:
                for lang in args.lang:
                    failures += _run_one(args, db, lang, size, server, work)
            finally:
                if server is not None:
                    server.terminate()
                    server.wait(10)
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _start_x(xvfb: str, display: int, size: str) -> subprocess.Popen[bytes]:
    """An X server of ``size`` on the first free display from ``display``."""
    for number in range(display, display + 20):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            [xvfb, f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                server.display = number  # type: ignore[attr-defined]
                return server
            if server.poll() is not None:
                break
            time.sleep(0.1)
        server.terminate()
    raise SystemExit("No free X display for Xvfb.")


def _run_one(
    args: argparse.Namespace, db: Path, lang: str, size: str, server: subprocess.Popen[bytes] | None, work: Path
) -> int:
    data = work / f"data-{lang}-{size}"
    shutil.rmtree(data, ignore_errors=True)
    env = {**os.environ, "CL_DESKTOP_DATA_DIR": str(data)}
    if server is not None:
        env.update(DISPLAY=f":{server.display}", QT_QPA_PLATFORM="xcb")  # type: ignore[attr-defined]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    command = [sys.executable, "-m", "cl_desktop.ui.screenshots", "--one", "--db", str(db), "--out", str(args.out)]
    command += ["--lang", lang, "--size", size, "--digits", args.digits]
    if args.only:
        command += ["--only", *args.only]
    return 1 if subprocess.run(command, env=env).returncode else 0


# -- one language on one screen ------------------------------------------------------------------------
class Shooter:
    """Takes the shots of one process: the screen (or the widget, offscreen), reduced to 256 colours."""

    def __init__(self, app: Any, out: Path, size: tuple[int, int], only: list[str] | None) -> None:
        self.app = app
        self.out = out
        self.size = size
        self.only = only
        self.saved: list[Path] = []
        self.real_screen = app.platformName() == "xcb"

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def settle(self, ms: int = 250) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def shoot(self, name: str, widget: Any) -> None:
        if not self.wanted(name):
            return
        self.settle()
        if self.real_screen:
            pixmap = self.app.primaryScreen().grabWindow(0)
        else:
            pixmap = widget.grab()
        target = self.out / f"{name}.png"
        save_small(pixmap.toImage(), target)
        self.saved.append(target)


def save_small(image: Any, target: Path) -> None:
    """Save a QImage as a 256-colour PNG (Pillow, which reportlab brings, does the palette)."""
    from PySide6.QtCore import QBuffer, QIODevice

    target.parent.mkdir(parents=True, exist_ok=True)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    try:
        import io

        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow comes with reportlab
        image.save(str(target))
        return
    picture = Image.open(io.BytesIO(buffer.data().data())).convert("RGB")
    picture.quantize(256, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)


def _one(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent

    from cl_desktop.security.roles import Actor, Role
    from cl_desktop.services.context import Context
    from cl_desktop.store import open_database
    from cl_desktop.ui import i18n
    from cl_desktop.ui.app import application
    from cl_desktop.ui.main_window import MainWindow
    from cl_desktop.ui.tasks import SyncTasks

    lang, size = args.lang[0], args.size[0]
    width, height = (int(n) for n in size.split("x"))
    work = Path(tempfile.mkdtemp(prefix="cl-screen-"))
    try:
        path = work / "demo.sqlite"
        _copy(args.db, path)
        app = application()
        sys.excepthook = sys.__excepthook__  # a failure here should stop the script, not open a dialog
        i18n.install(app, lang, khmer_digits=args.digits == "khmer")
        shooter = Shooter(app, args.out / lang / size, (width, height), args.only)
        db = open_database(path)
        ctx = Context(db, Actor(username="admin", role=Role.ADMIN, office="HQ", full_name="Headquarters administrator"))
        _first_run(shooter, work)
        if shooter.wanted("login"):
            from cl_desktop.ui.login import LoginDialog

            login = LoginDialog(ctx.db)
            login.show()
            shooter.shoot("login", login)
            login.close()
            login.deleteLater()
        # Synchronous tasks: each page's figures are computed before its shot, not after.
        window = MainWindow(ctx, tasks=SyncTasks(), db_path=Path("cl-desktop.sqlite"))
        if not shooter.real_screen:
            window.resize(width, height)
        window.show()
        for key in window.page_keys():
            page = window.show_page(key)
            prepare = getattr(page, "prepare_screenshot", None)
            if callable(prepare):
                prepare()
            shooter.shoot(key, window)
        _extras(window, shooter)
        _dialogs(window, shooter)
        window.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        db.close()
        for target in shooter.saved:
            print(target)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _first_run(shooter: Shooter, work: Path) -> None:
    """The first start's wizard: the choice, a new office, joining headquarters."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from cl_desktop.ui.wizard import FirstRunWizard

    if not any(shooter.wanted(n) for n in ("first-run", "first-run-office", "first-run-join")):
        return
    wizard = FirstRunWizard(work / "new.sqlite")
    wizard.show()
    shooter.shoot("first-run", wizard)
    wizard.next()
    shooter.shoot("first-run-office", wizard)
    join = getattr(wizard.choice_page, "join", None)
    if join is not None:
        wizard.back()
        join.setChecked(True)
        wizard.next()
        shooter.shoot("first-run-join", wizard)
    wizard.close()
    wizard.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _extras(window: Any, shooter: Shooter) -> None:
    """A children search in Khmer, the results framework, a dashboard figure's children."""
    page = window.show_page("children")
    if page is not None and shooter.wanted("children-search"):
        page.search.setText("ចិន្តា")
        page.apply()
        shooter.shoot("children-search", window)
        page.search.clear()
        page.apply()
    projects = window.show_page("projects")
    if projects is not None and shooter.wanted("results-framework"):
        projects.select_project("KH-DWCP-2008")
        projects.tabs.setCurrentIndex(1)
        shooter.shoot("results-framework", window)
        projects.tabs.setCurrentIndex(0)
    dashboard = window.show_page("dashboard")
    if (
        dashboard is not None
        and hasattr(getattr(dashboard, "withdrawn_card", None), "activated")
        and shooter.wanted("figure-children")
    ):
        dashboard.withdrawn_card.activated.emit()
        figure = dashboard.findChild(object, "figure_list") if hasattr(dashboard, "findChild") else None
        if figure is not None:
            shooter.shoot("figure-children", figure)
            figure.close()
    settings_page = window.show_page("settings")
    if settings_page is not None and shooter.wanted("settings-language"):
        settings_page.select_tab(settings_page.tabs.indexOf(settings_page.language))
        shooter.shoot("settings-language", window)
        settings_page.select_tab(0)


def _dialogs(window: Any, shooter: Shooter) -> None:
    """A child's record and the forms (intake, household, service, follow-up), each over the window."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from cl_desktop.errors import KnownError
    from cl_desktop.services.children import Children
    from cl_desktop.ui.forms import create_form
    from cl_desktop.ui.record.child_view import open_child_record

    window.show_page("children")
    ctx = window.ctx
    # A Cambodian child of the demo, withdrawn: a Khmer name, services, follow-ups and the rule that counted her.
    try:
        child = Children(ctx).by_case("KH-RTK-000001")["id"]
    except KnownError:
        child = Children(ctx).search("KH", limit=1)[0]["id"]
    if shooter.wanted("child-record"):
        record = open_child_record(ctx, window.bus, child, window)
        shooter.shoot("child-record", record)
        record.close()
        record.deleteLater()
    for name, kind, record_id in (
        ("child-form", "child", child),
        ("child-intake", "child", None),
        ("household-form", "household", None),
        ("service-form", "service", None),
        ("follow-up-form", "follow_up", None),
    ):
        if not shooter.wanted(name):
            continue
        form = create_form(kind, ctx, window.bus, window, record_id=record_id)
        form.show()
        shooter.shoot(name, form)
        form.dirty = False  # nothing typed: close without the question
        form.close()
        form.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if shooter.wanted("about"):
        about = window.show_about()
        if about is not None:
            shooter.shoot("about", about)
            about.close()


if __name__ == "__main__":
    raise SystemExit(main())
