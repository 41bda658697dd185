"""The one way to open a CL Desktop database.

``open_database`` refuses anything that is not a sound CL Desktop file before
writing a byte: not SQLite, corrupt, or made by a newer version. It backs the
file up before migrating it, and sets the pragmas that make every commit
survive a power cut (WAL + synchronous=FULL).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from cl_desktop.errors import DatabaseError
from cl_desktop.ids import utc_now
from cl_desktop.store import cipher
from cl_desktop.store.faults import GuardedDatabase
from cl_desktop.store.schema import MIGRATIONS, known_migration_names

log = logging.getLogger("cl_desktop.store")

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def open_database(
    path: str | Path,
    *,
    create: bool = True,
    migrate: bool = True,
    read_only: bool = False,
    check: bool = True,
    key: bytes | None = None,
) -> Database:
    """Open (and if needed create or migrate) the database at ``path``.

    Raises :class:`DatabaseError` with one clear sentence when the file cannot
    be used; in that case the file is left exactly as it was. ``check=False``
    skips ``quick_check``, which reads the whole file: the GUI does that for
    big databases and runs :func:`quick_check` in the background instead.
    A migration always checks first.

    An encrypted office database (``store.cipher``) opens with ``key``, or with the key remembered
    when it was unlocked in this process; without either it is refused (:class:`cipher.Locked`).
    A new database is created encrypted when ``key`` is given.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseError(f"There is no database at {path}.")
    encrypted = exists and (cipher.is_encrypted(path) or (key is not None and not _plain_header(path)))
    if encrypted:
        key = cipher.require_key(path, key)
    elif exists:
        _check_header(path)
        key = None
    elif not path.parent.is_dir():
        raise DatabaseError(f"The folder {path.parent} does not exist.")
    left = _companions_absent(path)
    conn = _connect(path, read_only=read_only, key=key)
    try:
        db = GuardedDatabase(conn, strict=True)  # storage failures in transactions become DatabaseError
        db.path, db.key = path, key
        if exists and (check or (migrate and not read_only and MIGRATIONS.pending(db))):
            _quick_check(conn, path)
        _refuse_newer(db, path)
        if read_only:
            return db
        _set_durable_pragmas(conn, path)
        if migrate:
            pending = MIGRATIONS.pending(db)
            if pending:
                if exists and MIGRATIONS.applied(db):
                    backup_before_migration(db, path)
                log.info("applying %d migration(s) to %s", len(pending), path)
                MIGRATIONS.apply(db)
        return db
    except sqlite3.DatabaseError as exc:
        conn.close()
        _remove_new_companions(path, left)
        raise _translate(exc, path) from exc
    except UnicodeDecodeError as exc:  # damaged pages can hold text that is not UTF-8 (found by fuzzing)
        conn.close()
        _remove_new_companions(path, left)
        raise DatabaseError(f"The database {path} is damaged (unreadable text); restore it from a backup.") from exc
    except BaseException:
        conn.close()
        _remove_new_companions(path, left)
        raise


def _companions_absent(path: Path) -> list[Path]:
    """The -wal and -shm files that do not exist yet beside ``path``."""
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if not p.exists()]


def _remove_new_companions(path: Path, absent: list[Path]) -> None:
    """After a refused open: remove the -wal/-shm our connection created, if the WAL holds nothing.

    A refused file (damaged, too new) is to be left as it was found; an empty WAL that was not
    there before holds no change, and its -shm index only describes it.
    """
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if wal not in absent:
        return
    try:
        if wal.exists() and wal.stat().st_size != 0:
            return
        wal.unlink(missing_ok=True)
        if shm in absent:
            shm.unlink(missing_ok=True)
    except OSError:
        pass


def _connect(path: Path, *, read_only: bool, key: bytes | None = None) -> sqlite3.Connection:
    try:
        if key is not None:
            conn = cipher.connect(path, key, read_only=read_only, timeout=BUSY_TIMEOUT_MS / 1000)
        elif read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise _translate(exc, path) from exc
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _plain_header(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if header != SQLITE_HEADER:
        if len(header) == len(SQLITE_HEADER) and not cipher.keys_path(path).exists():
            raise DatabaseError(
                f"{path} is not a CL Desktop database (it is not an SQLite file), or it is an encrypted "
                f"office database and its key file {cipher.keys_path(path).name} is missing beside it."
            )
        raise DatabaseError(f"{path} is not a CL Desktop database (it is not an SQLite file).")


# Above this size a full ``quick_check`` takes longer than people wait for a window or a report
# (about 20 s of CPU on a million children); readers run it in the background or skip it.
QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024


def quick_check(path: str | Path) -> None:
    """Run ``quick_check`` on its own read-only connection; raises DatabaseError if the file is damaged."""
    path = Path(path)
    key = cipher.require_key(path) if cipher.is_encrypted(path) else None
    conn = _connect(path, read_only=True, key=key)
    try:
        _quick_check(conn, path)
    except sqlite3.DatabaseError as exc:
        raise _translate(exc, path) from exc
    finally:
        conn.close()


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    # The report quotes names from damaged pages, which need not be valid UTF-8.
    conn.text_factory = lambda b: b.decode("utf-8", "replace")
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    finally:
        conn.text_factory = str
    if rows != [("ok",)]:
        detail = " ".join(str(rows[0][0]).split()) if rows else "no answer"  # one line, however SQLite words it
        raise DatabaseError(f"The database {path} is damaged ({detail}); restore it from a backup.")


def _refuse_newer(db: Database, path: Path) -> None:
    table = MIGRATIONS.migrations_table
    if not db[table].exists():
        if db.table_names() and "meta" not in db.table_names():
            raise DatabaseError(f"{path} is an SQLite file but not a CL Desktop database.")
        return
    applied = {row[0] for row in db.execute(f"SELECT name FROM [{table}] WHERE migration_set = ?", [MIGRATIONS.name])}
    unknown = applied - set(known_migration_names())
    if unknown:
        raise DatabaseError(
            f"The database {path} was made by a newer version of CL Desktop; update CL Desktop to open it."
        )


def _set_durable_pragmas(conn: sqlite3.Connection, path: Path) -> None:
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise DatabaseError(f"Cannot use {path} safely (journal mode {mode}); copy it to a local disk first.")
    conn.execute("PRAGMA synchronous=FULL")


def backup_before_migration(db: Database, path: Path) -> Path:
    """Copy the database aside (online backup API) before changing its schema."""
    from cl_desktop.paths import backup_dir

    stamp = utc_now().replace(":", "").replace("-", "").replace(".", "")[:15]
    target = backup_dir(path) / f"{path.stem}-before-migration-{stamp}.sqlite"
    log.info("backing up %s to %s before migrating", path, target)
    # An encrypted database's copy is encrypted with the same key (and its key file copied beside it).
    key = getattr(db, "key", None)
    if key is not None:
        keys_copy(path, target)
    dest = cipher.copy_connection(target, key)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def keys_copy(path: Path, target: Path) -> None:
    """Copy the key file of the database at ``path`` beside its copy ``target`` (temp, fsync, rename)."""
    from cl_desktop.atomic import atomic_write

    data = cipher.keys_path(path).read_bytes()
    with atomic_write(cipher.keys_path(target)) as fh:
        fh.write(data)


def _one_line(exc: sqlite3.Error, limit: int = 200) -> str:
    """SQLite's words on one line (a malformed schema error quotes whole CREATE statements)."""
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _translate(exc: sqlite3.Error, path: Path) -> DatabaseError:
    text = str(exc).lower()
    # "database is locked" is another connection's lock; "database table is locked" is a statement
    # of this connection still reading what another would drop: ours, not another program's.
    if "database is locked" in text or "busy" in text:
        return DatabaseError(f"The database {path} is in use by another program; close it and try again.")
    if "readonly" in text or "read-only" in text:
        return DatabaseError(f"The database {path} is read-only; copy it to a folder you can write to.")
    if "disk" in text and "full" in text:
        return DatabaseError("The disk is full; free some space and try again.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseError(f"The database {path} is damaged ({_one_line(exc)}); restore it from a backup.")
    if "unable to open" in text:
        return DatabaseError(f"Cannot open {path}; check that the folder exists and you may write to it.")
    return DatabaseError(f"The database {path} cannot be used: {_one_line(exc)}.")


def translate_sqlite_error(exc: sqlite3.Error, path: Path | str) -> DatabaseError:
    """Public form of the error translation, for write paths outside this module."""
    return _translate(exc, Path(path))
