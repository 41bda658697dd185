"""open_database on hostile bytes: a clean DatabaseError and the file left as it was."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from fuzz_world import FUZZ
from hypothesis import given
from hypothesis import strategies as st

from cl_desktop.errors import DatabaseError
from cl_desktop.store import open_database
from cl_desktop.store.database import SQLITE_HEADER

_TEMPLATE: list[bytes] = []


def template() -> bytes:
    """A fresh CL Desktop file as it sits on disk between sessions (WAL mode, checkpointed).

    Not a fixture: hypothesis would print the whole file in its report.
    """
    if not _TEMPLATE:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "t.sqlite"
            db = open_database(path)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
            _TEMPLATE.append(path.read_bytes())
    return _TEMPLATE[0]


def _try_open(path: Path, data: bytes) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(data)
    try:
        db = open_database(path, create=False)
    except DatabaseError as exc:
        assert str(exc).endswith(".") and "\n" not in str(exc)
        assert path.read_bytes() == data, "a refused file was changed"
        return
    try:  # the damage missed everything open_database checks: the database must then work
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        db.close()


@FUZZ
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    _try_open(tmp_path_factory.mktemp("f") / "x.sqlite", data)


@FUZZ
@given(st.binary(max_size=8192))
def test_an_sqlite_header_followed_by_anything(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    _try_open(tmp_path_factory.mktemp("f") / "x.sqlite", SQLITE_HEADER + data)


@FUZZ
@given(
    st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), min_size=1, max_size=16),
    st.one_of(st.none(), st.integers(min_value=0)),
)
def test_a_real_database_with_bytes_changed_or_cut(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[int, int]], cut: int | None
) -> None:
    data = bytearray(template())
    for where, value in edits:
        data[where % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    _try_open(tmp_path_factory.mktemp("f") / "x.sqlite", bytes(data))


def test_page_garbage_in_every_page(tmp_path: Path) -> None:
    """Deterministic sweep: a 64-byte smear in each page in turn."""
    rnd = random.Random(7)
    for page in range(len(template()) // 4096):
        data = bytearray(template())
        start = page * 4096 + rnd.randrange(4096 - 64)
        data[start : start + 64] = rnd.randbytes(64)
        _try_open(tmp_path / f"p{page}.sqlite", bytes(data))
