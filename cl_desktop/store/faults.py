"""Known storage failures inside audited writes become one clear sentence.

A locked file (another program holds it), a full disk or a failing disk are
things the user can act on; without this they would surface as a raw
``sqlite3.OperationalError`` and look like a bug. The write is rolled back by
the surrounding transaction either way.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

from sqlite_utils import Database

from cl_desktop.errors import DatabaseError

F = TypeVar("F", bound=Callable[..., Any])

KNOWN = ("locked", "busy", "disk", "full", "readonly", "read-only", "i/o error", "malformed", "not a database")


def database_path(db: Database) -> str:
    try:
        row = db.conn.execute("PRAGMA database_list").fetchone()
        return str(row[2]) if row and row[2] else "(in memory)"
    except sqlite3.Error:
        return "the database"


def as_known(exc: sqlite3.Error, db: Database) -> DatabaseError | None:
    """The DatabaseError to raise for ``exc``, or None when it looks like a bug (e.g. a constraint)."""
    from cl_desktop.store.database import translate_sqlite_error

    if isinstance(exc, sqlite3.IntegrityError) or not any(k in str(exc).lower() for k in KNOWN):
        return None
    if "i/o error" in str(exc).lower():
        return DatabaseError(f"The disk holding {database_path(db)} failed ({exc}); nothing was saved.")
    return translate_sqlite_error(exc, database_path(db))


def translated(func: F) -> F:
    """Decorate a write function whose first argument is the Database."""

    @functools.wraps(func)
    def wrapper(db: Database, *args: Any, **kwargs: Any) -> Any:
        try:
            return func(db, *args, **kwargs)
        except sqlite3.OperationalError as exc:
            known = as_known(exc, db)
            if known is None:
                raise
            raise known from exc

    return cast(F, wrapper)


class GuardedDatabase(Database):
    """A Database whose transactions wait for a busy writer and report storage failures clearly.

    The outermost transaction starts with ``BEGIN IMMEDIATE``: a deferred one
    that has read first cannot wait for another program's write lock (SQLite
    answers "database is locked" at once), so the busy timeout would never
    apply. A full disk often shows only at COMMIT, after the audited write
    itself succeeded, so the translation to DatabaseError covers the whole
    transaction.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        try:
            if self.conn.in_transaction:
                with super().atomic() as db:  # a savepoint inside the caller's transaction
                    yield db
                return
            self._begin()
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise
        except sqlite3.OperationalError as exc:
            known = as_known(exc, self)
            if known is None:
                raise
            raise known from exc

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc).lower() and "read-only" not in str(exc).lower():
                raise
            self.conn.execute("BEGIN")  # a read-only connection cannot take the write lock
