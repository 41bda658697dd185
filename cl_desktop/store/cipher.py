"""Office databases encrypted at rest: SQLCipher 4 keyed with a random 256-bit key.

The database key is used as a raw key (``PRAGMA key = "x'…'"``): no key derivation per open, so
an encrypted office opens as fast as a plain one. The key itself is never stored in the clear: the
key file beside the database (``NAME.sqlite.keys``, see ``security.keyslots``) holds it wrapped once
per account and once for the recovery key. Once unlocked, the key is remembered for the process
against the database's path, so that every part of the app that opens or copies the database
(backups, the sync engine, reports) goes through ``open_database`` as for a plain file.

``sqlcipher3``'s exceptions are its own classes, not ``sqlite3``'s: the connection and cursor here
raise the ``sqlite3`` class of the same name instead, so every ``except sqlite3.Error`` of the app
and of sqlite-utils treats both kinds of database alike.
"""

from __future__ import annotations

import contextlib
import importlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from cl_desktop.errors import DatabaseError

KEY_SIZE = 32
SQLITE_HEADER = b"SQLite format 3\x00"
KEYS_SUFFIX = ".keys"

_unlocked: dict[str, bytes] = {}
T = TypeVar("T")


class Locked(DatabaseError):
    """The database is encrypted and no key for it has been given in this process."""


def keys_path(path: str | Path) -> Path:
    """The key file beside an encrypted database."""
    return Path(f"{path}{KEYS_SUFFIX}")


def is_encrypted(path: str | Path) -> bool:
    """True for a non-empty file that is not plain SQLite and has a key file beside it."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return len(header) == len(SQLITE_HEADER) and header != SQLITE_HEADER and keys_path(path).is_file()


def _slot(path: str | Path) -> str:
    return str(Path(path).resolve())


def remember(path: str | Path, key: bytes) -> None:
    """Keep ``key`` for the database at ``path`` for the rest of the process (after an unlock)."""
    if len(key) != KEY_SIZE:
        raise ValueError("a database key has 32 bytes")
    _unlocked[_slot(path)] = bytes(key)


def forget(path: str | Path | None = None) -> None:
    """Drop the remembered key of ``path`` (or every key: sign-out, tests)."""
    if path is None:
        _unlocked.clear()
    else:
        _unlocked.pop(_slot(path), None)


def key_for(path: str | Path) -> bytes | None:
    return _unlocked.get(_slot(path))


def require_key(path: str | Path, key: bytes | None = None) -> bytes:
    key = key or key_for(path)
    if key is None:
        raise Locked(f"The database {path} is encrypted; unlock it with an account's password or the recovery key.")
    return key


def new_key() -> bytes:
    import os

    return os.urandom(KEY_SIZE)


def key_pragma(key: bytes) -> str:
    """The key as a raw-key literal (SQLCipher skips its passphrase derivation for it)."""
    return f"x'{key.hex()}'"


# -- connections that raise sqlite3's exceptions -------------------------------------------------


def _module() -> Any:
    try:
        return importlib.import_module("sqlcipher3.dbapi2")
    except ImportError as exc:  # a broken install: the dependency is declared
        raise DatabaseError(
            "This database is encrypted, and this installation of CL Desktop lacks SQLCipher; reinstall CL Desktop."
        ) from exc


def _as_sqlite3(exc: Exception) -> sqlite3.Error:
    cls = getattr(sqlite3, type(exc).__name__, sqlite3.DatabaseError)
    if not (isinstance(cls, type) and issubclass(cls, sqlite3.Error)):
        cls = sqlite3.DatabaseError
    return cls(*exc.args)


def _call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    mod = _module()
    try:
        return fn(*args, **kwargs)
    except mod.Error as exc:
        raise _as_sqlite3(exc) from exc


_classes: dict[str, Any] = {}


def _connection_class() -> Any:
    if "conn" in _classes:
        return _classes["conn"]
    mod = _module()

    class Cursor(mod.Cursor):  # type: ignore[misc,name-defined]
        def execute(self, *a: Any, **k: Any) -> Any:
            return _call(super().execute, *a, **k)

        def executemany(self, *a: Any, **k: Any) -> Any:
            return _call(super().executemany, *a, **k)

        def executescript(self, *a: Any, **k: Any) -> Any:
            return _call(super().executescript, *a, **k)

        def fetchone(self) -> Any:
            return _call(super().fetchone)

        def fetchmany(self, *a: Any, **k: Any) -> Any:
            return _call(super().fetchmany, *a, **k)

        def fetchall(self) -> Any:
            return _call(super().fetchall)

        def __iter__(self) -> Iterator[Any]:
            return self

        def __next__(self) -> Any:
            return _call(super().__next__)

    class Connection(mod.Connection):  # type: ignore[misc,name-defined]
        def cursor(self, factory: Any = Cursor) -> Any:
            return _call(super().cursor, factory)

        def execute(self, *a: Any, **k: Any) -> Any:
            return _call(self.cursor().execute, *a, **k)

        def executemany(self, *a: Any, **k: Any) -> Any:
            return _call(self.cursor().executemany, *a, **k)

        def executescript(self, *a: Any, **k: Any) -> Any:
            return _call(self.cursor().executescript, *a, **k)

        def commit(self) -> None:
            _call(super().commit)

        def rollback(self) -> None:
            _call(super().rollback)

        def backup(self, *a: Any, **k: Any) -> None:
            _call(super().backup, *a, **k)

    _classes["conn"] = Connection
    return Connection


def _key(conn: Any, key: bytes) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to word, not a line on stderr
    conn.execute(f'PRAGMA key = "{key_pragma(key)}"')


def connect(path: str | Path, key: bytes, *, read_only: bool = False, timeout: float = 5.0) -> sqlite3.Connection:
    """Open the encrypted file at ``path`` with ``key``; DatabaseError if the key does not open it."""
    mod = _module()
    path = Path(path)
    try:
        if read_only:
            conn = mod.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                check_same_thread=False,
                factory=_connection_class(),
                timeout=timeout,
            )
        else:
            conn = mod.connect(str(path), check_same_thread=False, factory=_connection_class(), timeout=timeout)
    except mod.Error as exc:
        raise _as_sqlite3(exc) from exc
    try:
        _key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc).lower():
            raise DatabaseError(
                f"The key does not open {path}; its key file belongs to another database, or the file is damaged."
            ) from exc
        raise
    return conn  # type: ignore[no-any-return]


def export_encrypted(source: Path, target: Path, key: bytes, *, source_key: bytes | None = None) -> None:
    """Write an encrypted copy of ``source`` at ``target`` (which must not exist) with ``sqlcipher_export``."""
    mod = _module()
    conn = mod.connect(str(source), factory=_connection_class())
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            _key(conn, source_key)
        conn.execute("ATTACH DATABASE ? AS enc KEY ?", [str(target), key_pragma(key)])
        conn.execute("SELECT sqlcipher_export('enc')")
        # sqlcipher_export copies the schema and rows, not the header's user_version.
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()


def copy_connection(target: Path, key: bytes | None) -> sqlite3.Connection:
    """A connection to write a copy into: encrypted with ``key`` or plain."""
    if key is None:
        return sqlite3.connect(str(target))
    mod = _module()
    try:
        conn = mod.connect(str(target), factory=_connection_class())
    except mod.Error as exc:
        raise _as_sqlite3(exc) from exc
    _key(conn, key)
    return conn  # type: ignore[no-any-return]


@contextlib.contextmanager
def unlocked(path: str | Path, key: bytes) -> Iterator[None]:
    """Remember ``key`` for ``path`` while the block runs (a copy being verified, a restore)."""
    before = key_for(path)
    remember(path, key)
    try:
        yield
    finally:
        if before is None:
            forget(path)
        else:
            remember(path, before)
