"""GUI figures on real widgets, offscreen: run by ``python -m cl_desktop.bench`` in a fresh process.

``python bench/gui_probe.py DATABASE SPAWN_TIME [SCROLL_SECONDS]`` prints one JSON object:
cold start (process spawn to the first paint event of the main window, through ``ui.app.run``),
children list first page shown, search keystroke to the model reset, and memory with the list
scrolled to the end (SCROLL_SECONDS is the budget for getting there).
It lives outside the package because only ``cl_desktop/ui`` imports Qt.
"""

from __future__ import annotations

import faulthandler
import itertools
import json
import os
import resource
import signal
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CL_DESKTOP_AUTOLOGIN"] = "admin"

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView

from cl_desktop.ui import app as ui_app

# Every thread's stack on stderr if the probe is still running after CL_BENCH_STACKS_AFTER seconds (and
# again at that interval), or on SIGUSR1: a hang shows where it waits instead of a silent timeout.
# The stacks go to a file of their own (CL_BENCH_STACKS_FILE, else stderr), opened now: the GUI may redirect fd 2.
_STACKS = open(os.environ["CL_BENCH_STACKS_FILE"], "a") if os.environ.get("CL_BENCH_STACKS_FILE") else sys.stderr  # noqa: SIM115
faulthandler.register(signal.SIGUSR1, file=_STACKS, all_threads=True)
if os.environ.get("CL_BENCH_STACKS_AFTER"):
    faulthandler.dump_traceback_later(float(os.environ["CL_BENCH_STACKS_AFTER"]), repeat=True, file=_STACKS)

DB, SPAWNED = sys.argv[1], float(sys.argv[2])
SCROLL_SECONDS = float(sys.argv[3]) if len(sys.argv) > 3 else 600.0
result: dict[str, Any] = {}


def rss_mb(field: str = "VmRSS") -> float:
    """Resident memory now (VmRSS) or at its peak (VmHWM). Not ru_maxrss: on Linux that also
    counts the launching benchmark's resident pages at the fork, kept across exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def type_text(widget: QLineEdit, text: str) -> None:
    """Key events carrying the text, as a keyboard or input method sends them (QTest.keyClicks takes ASCII only)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClick(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def wait_for(condition: Any, seconds: float) -> bool:
    deadline = time.perf_counter() + seconds
    while not condition():
        if time.perf_counter() > deadline:
            return False
        QTest.qWait(1)  # not a busy processEvents loop: PySide6 leaks a reference to None per call
    return True


def after_first_paint(window: QMainWindow) -> None:
    """Measure, print the figures and leave at once.

    Returning through ``app.exec()`` would run the application's exit path: the automatic backup on exit
    (minutes of copying and verifying on a 4 GB database, which made the probe look hung at a million
    children) and interpreter finalisation (PySide6 6.12 on Python 3.11 can crash collecting garbage
    at exit, "none_dealloc"). Neither is what the probe measures.
    """
    try:
        measure(window)
    except Exception as exc:  # reported, not hidden
        result["error"] = f"{type(exc).__name__}: {exc}"
    result["exit_code"] = 0
    print(json.dumps(result), flush=True)
    os._exit(0)


def measure(window: QMainWindow) -> None:
    result["rss_after_start_mb"] = round(rss_mb(), 1)
    # children list: first page shown (page built if needed, model filled, view painted)
    start, cpu = time.perf_counter(), time.thread_time()
    window.show_page("children")  # type: ignore[attr-defined]
    page = window.current_page()  # type: ignore[attr-defined]
    view = page.findChild(QTableView)
    view.viewport().repaint()
    result["children_first_page_ms"] = (time.perf_counter() - start) * 1000
    # the GUI thread's own CPU time: on a busy machine (or beside a background task) wall time waits too
    result["children_first_page_cpu_ms"] = (time.thread_time() - cpu) * 1000
    model = view.model()
    search = page.findChild(QLineEdit, "search")
    resets: list[float] = []
    model.modelReset.connect(lambda: resets.append(time.perf_counter()))
    delay_ms = page.timer.interval()  # the search waits this long after the last keystroke
    # When that wait ends: stamped before the page's own slot runs (slots run in connection order).
    # A coarse timer may fire a few milliseconds early, so "keystroke - delay" alone can go negative.
    fired: list[float] = []
    page.timer.timeout.disconnect(page.apply)
    page.timer.timeout.connect(lambda: fired.append(time.perf_counter()))
    page.timer.timeout.connect(page.apply)
    result["search_delay_ms"] = delay_ms
    runs = []
    for term in json.loads(os.environ.get("CL_BENCH_TERMS", '["Sok", "KH-", "Dara"]')):
        search.clear()
        QApplication.processEvents()
        wait_for(lambda: not page.timer.isActive(), 2)
        type_text(search, term[:-1])
        wait_for(lambda: not page.timer.isActive(), 5)
        before = len(resets)
        start = time.perf_counter()
        type_text(search, term[-1])
        if wait_for(lambda before=before: len(resets) > before, 30):
            view.viewport().repaint()
            shown = time.perf_counter()
            runs.append(
                {
                    "term": term,
                    "keystroke_to_reset_ms": (resets[-1] - start) * 1000,
                    "after_delay_ms": (resets[-1] - fired[-1]) * 1000,
                    "keystroke_to_painted_ms": (shown - start) * 1000,
                }
            )
    result["search"] = runs
    if SCROLL_SECONDS <= 0:
        return
    # memory with the list scrolled to the end (within a time budget), then back to the top
    search.clear()
    page.apply()
    start = time.perf_counter()
    marks: list[tuple[int, float]] = [(model.rowCount(), start)]  # (rows loaded, time) every 10,000 rows
    while model.canFetchMore() and time.perf_counter() - start < SCROLL_SECONDS:
        view.scrollToBottom()
        QTest.qWait(1)
        if model.rowCount() - marks[-1][0] >= 10_000:
            marks.append((model.rowCount(), time.perf_counter()))
    seconds = time.perf_counter() - start
    rates = [(t1 - t0) * 1000 / ((n1 - n0) / model.page_size) for (n0, t0), (n1, t1) in itertools.pairwise(marks)]
    top = time.perf_counter()
    view.scrollToTop()
    view.viewport().repaint()
    back_ms = (time.perf_counter() - top) * 1000
    result["scroll"] = {
        "rows_loaded": model.rowCount(),
        "reached_end": not model.canFetchMore(),
        "seconds": seconds,
        # wall time per page of 200 rows, scrolling, over the first and the last 10,000 rows loaded
        "ms_per_page_first": round(rates[0], 1) if rates else None,
        "ms_per_page_last": round(rates[-1], 1) if rates else None,
        "pages_read": getattr(model, "reads", None),
        "pages_held": model.pages_held() if hasattr(model, "pages_held") else None,
        "back_to_top_ms": back_ms,
        "first_row_after_scrolling": model.data(model.index(0, 0)),
        "rss_mb": round(rss_mb(), 1),
        "peak_rss_mb": round(rss_mb("VmHWM"), 1),
    }


def first_paint_hook() -> None:
    """Wrap the main window's paintEvent: the window paints before its children, so its first
    paint event is the first paint of the main window. (An application-wide event filter would
    see every event, and PySide6 on Python 3.11 leaks a reference to None per filtered event.)"""
    from cl_desktop.ui.main_window import MainWindow

    original = MainWindow.paintEvent

    def paint_event(self: QMainWindow, event: Any) -> None:
        original(self, event)
        if "cold_start_s" not in result:
            result["cold_start_s"] = time.time() - SPAWNED
            QTimer.singleShot(0, lambda: after_first_paint(self))

    MainWindow.paintEvent = paint_event  # type: ignore[method-assign]


first_paint_hook()
code = ui_app.run(DB)  # type: ignore[arg-type]
# Only reached when the window never painted (start-up refused: a damaged file, a login failure).
result["exit_code"] = code
print(json.dumps(result), flush=True)
os._exit(0)
