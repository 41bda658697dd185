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
from pathlib import Path
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


def note_abort(db: Database, known: DatabaseError | None) -> None:
    """Remember that SQLite rolled back the whole transaction (full disk, I/O error, busy...).

    After such an error the connection is outside any transaction: without this, the next
    statement would start a new one on its own and a loop over rows would go on saving
    them one by one. The outermost ``atomic`` then refuses to commit.
    """
    if isinstance(db, GuardedDatabase) and db._depth and not db.conn.in_transaction and db._lost is None:
        db._lost = known or DatabaseError(
            f"The change to {database_path(db)} was interrupted by the database; nothing was saved."
        )


def translated(func: F) -> F:
    """Decorate a write function whose first argument is the Database."""

    @functools.wraps(func)
    def wrapper(db: Database, *args: Any, **kwargs: Any) -> Any:
        try:
            return func(db, *args, **kwargs)
        except sqlite3.OperationalError as exc:
            known = as_known(exc, db)
            note_abort(db, known)
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

    All or nothing on every error: SQLite answers some errors (a full disk, an
    I/O error) by rolling back the whole transaction, savepoints included. A
    nested block that sees its transaction gone raises at once and marks the
    outer one lost; the outer block then rolls back and raises instead of
    committing whatever ran after the error on its own.
    """

    _depth = 0
    _lost: DatabaseError | None = None
    path: Path | None = None  # set by open_database
    key: bytes | None = None  # an encrypted database's key (store.cipher), None for a plain file

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self._depth:
            with self._nested() as db:
                yield db
            return
        try:
            if self.conn.in_transaction:
                with super().atomic() as db:  # a savepoint inside the caller's own transaction
                    yield db
                return
            self._begin()
            self._depth, self._lost = 1, None
            try:
                try:
                    yield self
                except sqlite3.OperationalError as exc:
                    note_abort(self, as_known(exc, self))
                    raise
                except BaseException:
                    note_abort(self, None)
                    raise
                if self._lost is not None or not self.conn.in_transaction:
                    raise self._lost or DatabaseError(
                        f"The change to {database_path(self)} was interrupted by the database; nothing was saved."
                    )
            except BaseException:
                self.rollback()
                raise
            finally:
                self._depth = 0
                self._lost = None
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

    @contextlib.contextmanager
    def _nested(self) -> Iterator[Database]:
        if self._lost is not None or not self.conn.in_transaction:
            note_abort(self, None)
            assert self._lost is not None
            raise self._lost
        self._depth += 1
        try:
            with super().atomic() as db:  # a savepoint
                yield db
        except sqlite3.OperationalError as exc:
            known = as_known(exc, self)
            note_abort(self, known)
            if known is None:
                raise
            raise known from exc
        except BaseException:
            note_abort(self, None)
            raise
        finally:
            self._depth -= 1

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc).lower() and "read-only" not in str(exc).lower():
                raise
            self.conn.execute("BEGIN")  # a read-only connection cannot take the write lock
