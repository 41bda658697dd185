"""Write files so that a crash never leaves half a file under the final name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from cl_desktop.errors import KnownError


def fsync_dir(directory: Path) -> None:
    """Make a rename durable; a no-op where directories cannot be opened (Windows)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# Files SQLite puts beside a database file it writes: a temporary that is an SQLite file (a
# backup's copy) leaves these too when the writer dies.
COMPANIONS = ("-journal", "-wal", "-shm")
# Where no lock can tell a live writer from a dead one (Windows), a temporary this old is stale.
STALE_SECONDS = 3600


def hold(path: Path) -> IO[bytes] | None:
    """Hold a lock on ``path`` while it is being written, so a later run can tell it from a dead one's."""
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be removed anyway
        return None
    fh = open(path, "rb")  # noqa: SIM115 - held until the file is renamed or removed
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        return None
    return fh


def _abandoned(path: Path) -> bool:
    try:
        import fcntl
    except ImportError:
        try:
            return bool(path.stat().st_mtime < __import__("time").time() - STALE_SECONDS)
        except OSError:
            return False
    try:
        with open(path, "rb") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # refused while its writer lives
            return True
    except OSError:
        return False


def remove_temporary(path: Path) -> None:
    """Remove a temporary file and what SQLite left beside it."""
    for name in (str(path), *(str(path) + c for c in COMPANIONS)):
        _remove_quietly(Path(name))


def remove_stale(directory: Path, pattern: str) -> list[Path]:
    """Remove temporaries matching ``pattern`` in ``directory`` whose writer is gone (killed, crashed)."""
    removed: list[Path] = []
    try:
        candidates = sorted(directory.glob(pattern))
    except OSError:
        return removed
    for path in candidates:
        if path.name.endswith(COMPANIONS) or not path.is_file():
            continue
        if _abandoned(path):
            remove_temporary(path)
            removed.append(path)
    for companion in COMPANIONS:  # a journal whose temporary is already gone
        for path in directory.glob(pattern + companion):
            if not Path(str(path)[: -len(companion)]).exists():
                _remove_quietly(path)
    return removed


@contextlib.contextmanager
def atomic_path(final: str | os.PathLike[str], suffix: str = ".part", stale: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``final``; on success fsync it and rename it.

    The caller writes the temporary file by any means (reportlab, openpyxl, SQLite...).
    On any exception the temporary file (and any journal SQLite left beside it) is removed
    and ``final`` is untouched. A temporary left by an earlier run that was killed (same
    ``final``, or matching the glob ``stale``) is removed first: the temporary is locked
    while it is written, so only a dead writer's is taken.
    """
    final = Path(final)
    directory = final.parent if str(final.parent) else Path(".")
    if directory.exists() and not directory.is_dir():
        raise KnownError(f"{directory} is a file, not a folder: choose a folder to write {final.name} in.")
    if not directory.is_dir():
        raise KnownError(f"The folder {directory} does not exist.")
    if final.is_dir():
        raise KnownError(f"{final} is a folder: give a file name to write.")
    remove_stale(directory, stale or f".{final.name}.*{suffix}")
    # A signal whose handler raises (SIGTERM in the CLI) must not land between the temporary's creation
    # and the ``try`` that removes it: it waits until the temporary is known.
    with _signals_held():
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=suffix, dir=directory)
        except OSError as exc:
            raise KnownError(f"Could not write {final}: {exc.strerror or exc}.") from exc
        tmp = Path(tmp_name)
    lock: IO[bytes] | None = None
    try:
        os.close(fd)
        lock = hold(tmp)
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if lock is not None:
            lock.close()
            lock = None
        os.replace(tmp, final)
        fsync_dir(directory)
    except OSError as exc:
        remove_temporary(tmp)
        raise KnownError(f"Could not write {final}: {exc.strerror or exc}.") from exc
    except BaseException:
        remove_temporary(tmp)
        raise
    finally:
        if lock is not None:
            lock.close()


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold back SIGTERM and SIGINT for a few statements (where the platform can; Windows cannot)."""
    import signal
    import threading

    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    held = {signal.SIGTERM, signal.SIGINT}
    before = mask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, before)


@contextlib.contextmanager
def atomic_write(final: str | os.PathLike[str], mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:  # type: ignore[type-arg]
    """Open a temporary file for writing; it replaces ``final`` only when complete."""
    with atomic_path(final) as tmp:
        kwargs = {} if "b" in mode else {"encoding": encoding or "utf-8", "newline": ""}
        with open(tmp, mode, **kwargs) as fh:  # type: ignore[call-overload]
            yield fh
            fh.flush()
            os.fsync(fh.fileno())


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
