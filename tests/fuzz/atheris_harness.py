"""Coverage-guided fuzzing with atheris (optional; not part of ``make test``).

    pip install atheris            # a wheel exists for CPython 3.11 on Linux x86-64
    python tests/fuzz/atheris_harness.py TARGET [libFuzzer flags, e.g. -atheris_runs=100000 -max_len=65536]

TARGET is one of: database, bundle, setup, csv, xlsx. Any byte string must give a
KnownError (a clean refusal) or succeed; any other exception is a crash that
libFuzzer reports with the input that caused it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from cl_desktop.errors import KnownError
    from cl_desktop.store import open_database
    from cl_desktop.sync.container import read_manifest
    from cl_desktop.sync.setup_file import setup_info
    from cl_desktop.tabular.readers import open_table

WORK = Path(tempfile.mkdtemp(prefix="cl-fuzz-"))


def _database(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    before = path.read_bytes()
    try:
        open_database(path, create=False).close()
    except KnownError:
        assert path.read_bytes() == before, "a refused database file was changed"


def _table(path: Path) -> None:
    with open_table(path) as reader:
        for _ in reader.rows():
            pass


TARGETS: dict[str, tuple[str, Callable[[Path], object]]] = {
    "database": (".sqlite", _database),
    "bundle": (".clbundle", read_manifest),
    "setup": (".clsetup", setup_info),
    "csv": (".csv", _table),
    "xlsx": (".xlsx", _table),
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [libFuzzer flags]")
    suffix, target = TARGETS[sys.argv.pop(1)]
    path = WORK / f"input{suffix}"

    def one_input(data: bytes) -> None:
        path.write_bytes(data)
        with contextlib.suppress(KnownError):
            target(path)

    os.environ.setdefault("CL_DESKTOP_DATA_DIR", str(WORK))
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
