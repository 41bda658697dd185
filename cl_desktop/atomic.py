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


@contextlib.contextmanager
def atomic_path(final: str | os.PathLike[str], suffix: str = ".part") -> Iterator[Path]:
    """Yield a temporary path beside ``final``; on success fsync it and rename it.

    The caller writes the temporary file by any means (reportlab, openpyxl...).
    On any exception the temporary file is removed and ``final`` is untouched.
    """
    final = Path(final)
    directory = final.parent if str(final.parent) else Path(".")
    if directory.exists() and not directory.is_dir():
        raise KnownError(f"{directory} is a file, not a folder: choose a folder to write {final.name} in.")
    if not directory.is_dir():
        raise KnownError(f"The folder {directory} does not exist.")
    if final.is_dir():
        raise KnownError(f"{final} is a folder: give a file name to write.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=suffix, dir=directory)
    except OSError as exc:
        raise KnownError(f"Could not write {final}: {exc.strerror or exc}.") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        fsync_dir(directory)
    except OSError as exc:
        _remove_quietly(tmp)
        raise KnownError(f"Could not write {final}: {exc.strerror or exc}.") from exc
    except BaseException:
        _remove_quietly(tmp)
        raise


@contextlib.contextmanager
def atomic_write(
    final: str | os.PathLike[str], mode: str = "wb", encoding: str | None = None
) -> Iterator[IO]:  # type: ignore[type-arg]
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
