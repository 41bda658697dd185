"""Long work off the GUI thread: one small helper for exports, reports, imports, backups and the demo.

``tasks.run(title, work, on_success=..., on_failure=...)`` runs ``work(job)`` on a
thread-pool thread; ``job.progress(done, total, text)`` reports progress and
``job.cancelled`` (or ``job.check()``) says whether the user pressed Cancel. The
callbacks run on the main thread. Worker code never touches widgets: it gets a
``Job``, not the window. Tests swap in :class:`SyncTasks`, which runs the work at
once on the calling thread (Picard's ``FakeThreadPool``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("cl_desktop.ui.tasks")

Work = Callable[["Job"], Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]
CancelCallback = Callable[[], None]
ProgressCallback = Callable[[int, int, str], None]


@contextmanager
def reader(ctx: Any) -> Iterator[Any]:
    """A read-only context on a connection of its own, for work on another thread.

    Sharing the window's connection would make the GUI thread wait while a long
    aggregate runs (SQLite serialises calls on one connection); in WAL mode a second
    reader blocks nobody. No quick_check nor migration: the window's connection
    already did both. An in-memory database (tests) has only the one connection.
    """
    import sqlite3

    from sqlite_utils import Database

    from cl_desktop.services.context import Context

    row = ctx.db.execute("PRAGMA database_list").fetchone()
    path = row[2] if row else ""
    if not path:
        yield ctx
        return
    key = getattr(ctx.db, "key", None)
    if key is not None:  # an encrypted office: the same key, read-only
        from cl_desktop.store import cipher

        conn = cipher.connect(path, key, read_only=True)
    else:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        yield Context(Database(conn), ctx.actor)
    finally:
        conn.close()


class Cancelled(Exception):
    """Raised inside work by ``job.check()`` when the user cancelled; reported as neither success nor failure."""


class Job:
    """What the work function sees: a progress reporter and a cancel flag. Safe from any thread."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self._report(int(done), int(total), text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task(QObject):
    """One running piece of work; lives on the main thread and relays the worker's signals to callbacks."""

    done = Signal()

    def __init__(
        self,
        title: str,
        on_success: Success | None,
        on_failure: Failure | None,
        on_progress: ProgressCallback | None,
        dialog: QProgressDialog | None,
        on_cancel: CancelCallback | None = None,
    ) -> None:
        super().__init__()
        self.title = title
        self.on_success = on_success
        self.on_failure = on_failure
        self.on_progress = on_progress
        self.on_cancel = on_cancel
        self.was_cancelled = False
        self.dialog = dialog
        self.signals = _Signals()
        self.job = Job(lambda *args: self._emit(self.signals.progressed, *args))
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.signals.progressed.connect(self._progressed)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.signals.cancelled.connect(self._cancelled)
        if dialog is not None:
            dialog.canceled.connect(self.cancel)

    def cancel(self) -> None:
        self.job.cancel()

    def execute(self, work: Work) -> None:
        """Run the work on the current thread and emit the outcome (queued to the main thread if needed)."""
        try:
            result = work(self.job)
        except Cancelled:
            self._emit(self.signals.cancelled)
        except BaseException as exc:  # handed to the failure callback on the main thread
            self._emit(self.signals.failed, exc)
        else:
            if self.job.cancelled:
                self._emit(self.signals.cancelled)
            else:
                self._emit(self.signals.succeeded, result)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window went away while the work ran: nobody is left to tell
            log.info("task finished after its window closed")

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.dialog is not None and not self.finished:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)
            if text:
                self.dialog.setLabelText(text)
        if self.on_progress:
            self.on_progress(done, total, text)

    def _finish(self) -> None:
        self.finished = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._finish()
        try:
            if self.on_success:
                self.on_success(result)
        finally:
            self.done.emit()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._finish()
        try:
            if self.on_failure:
                self.on_failure(exc)
            else:
                from cl_desktop.ui.errors import show_error

                show_error(exc)
        finally:
            self.done.emit()

    @Slot()
    def _cancelled(self) -> None:
        log.info("%s cancelled", self.title)
        self.was_cancelled = True
        self._finish()
        try:
            if self.on_cancel:
                self.on_cancel()
        finally:
            self.done.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Work) -> None:
        super().__init__()
        self.task = task
        self.work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.execute(self.work)


class Tasks(QObject):
    """Runs work on a thread pool with a progress dialog (Cancel button) over ``parent``."""

    def __init__(
        self, parent: QWidget | None = None, pool: QThreadPool | None = None, *, show_after_ms: int = 400
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.pool = pool or QThreadPool.globalInstance()
        self.show_after_ms = show_after_ms  # work done sooner shows no dialog at all
        self.active: set[Task] = set()

    def run(
        self,
        title: str,
        work: Work,
        *,
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        on_progress: ProgressCallback | None = None,
        on_cancel: CancelCallback | None = None,
        show_progress: bool = True,
        cancellable: bool = True,
    ) -> Task:
        dialog = self._dialog(title, cancellable) if show_progress else None
        task = Task(title, on_success, on_failure, on_progress, dialog, on_cancel)
        self.active.add(task)
        task.done.connect(lambda: self.active.discard(task))
        self._start(task, work)
        return task

    def _dialog(self, title: str, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, self.parent_widget)
        dialog.setObjectName("task_progress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(self.show_after_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        return dialog

    def _start(self, task: Task, work: Work) -> None:
        self.pool.start(_Runnable(task, work))

    @property
    def busy(self) -> bool:
        return bool(self.active)

    def wait(self, timeout_ms: int = 60000) -> bool:
        """Block until the pool is idle (shutdown and tests); queued callbacks still need the event loop."""
        return bool(self.pool.waitForDone(timeout_ms))


class SyncTasks(Tasks):
    """Runs work at once on the calling thread, callbacks included: deterministic tests, no dialog."""

    def run(self, title: str, work: Work, **kwargs: Any) -> Task:
        kwargs["show_progress"] = False
        return super().run(title, work, **kwargs)

    def _start(self, task: Task, work: Work) -> None:
        task.execute(work)


__all__ = ["Cancelled", "Job", "SyncTasks", "Task", "Tasks", "reader"]
