"""Turning a plain office database into an encrypted one, and unlocking encrypted ones.

The conversion never leaves the office without a working database: the encrypted copy is made
beside the plain file with ``sqlcipher_export``, checked (``integrity_check``, and every table's
row count against the plain file), given its key file, and only then takes the database's name in
one rename. The plain file's bytes are then overwritten and it is removed, and the plain backups in
the backups folder are encrypted with the same key the same way. What overwriting can and cannot
promise on an SSD is in docs/security.md.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path

from cl_desktop.atomic import fsync_dir, remove_stale, remove_temporary
from cl_desktop.errors import DatabaseError, KnownError, RefusedInput
from cl_desktop.security import keyslots
from cl_desktop.store import cipher, open_database
from cl_desktop.store.database import translate_sqlite_error
from cl_desktop.store.meta import get_meta

log = logging.getLogger("cl_desktop.security.at_rest")

WIPE_BLOCK = 1 << 20


def unlock(path: str | Path, username: str, password: str) -> bytes:
    """Unlock the encrypted database at ``path`` with an account's password; the key is remembered."""
    key = keyslots.unlock(path, username, password)
    cipher.remember(path, key)
    return key


def unlock_with_recovery(path: str | Path, code: str) -> bytes:
    key = keyslots.unlock_with_recovery(path, code)
    cipher.remember(path, key)
    return key


def encrypt_existing(path: str | Path) -> str:
    """Encrypt the plain office database at ``path`` in place; return the recovery key (shown once).

    Refuses headquarters' database, an encrypted one, and one in use. On any failure (a full disk,
    a damaged file) the plain database is left exactly as it was and no temporary remains.
    """
    path = Path(path)
    if cipher.is_encrypted(path):
        raise RefusedInput(f"The database {path} is already encrypted.")
    db = open_database(path, create=False)
    try:
        if get_meta(db, "is_hq") == "1":
            raise RefusedInput(
                "Headquarters' database stays plain (it is protected by the office's disk encryption); "
                "only office databases are encrypted."
            )
    finally:
        db.close()
    counts = _alone(path)
    key = cipher.new_key()
    had_keys = cipher.keys_path(path).exists()
    if had_keys:
        raise RefusedInput(
            f"{cipher.keys_path(path).name} already lies beside {path.name}; move it away before encrypting."
        )
    remove_stale(path.parent, f".{path.name}.*.encrypt.part")
    tmp = path.parent / f".{path.name}.{os.getpid()}.encrypt.part"
    keys_tmp = cipher.keys_path(tmp)
    try:
        _export_checked(path, tmp, key, counts)
        copy = open_database(tmp, key=key, create=False, migrate=False, check=False)
        try:
            code = keyslots.create(copy, path)  # the key file goes beside the name the copy will take
        finally:
            copy.close()
        plain_aside = path.parent / f".{path.name}.{os.getpid()}.plain.wipe"
        os.link(path, plain_aside)  # the plain bytes stay reachable until they are overwritten
        try:
            os.replace(tmp, path)
            fsync_dir(path.parent)
        except OSError:
            plain_aside.unlink(missing_ok=True)
            raise
    except BaseException as exc:
        _remove_quietly(tmp, keys_tmp)
        if not cipher.is_encrypted(path):
            cipher.keys_path(path).unlink(missing_ok=True)  # no key file beside a plain database
        if isinstance(exc, OSError):
            raise KnownError(f"Could not encrypt {path}: {exc.strerror or exc}; the database is unchanged.") from exc
        raise
    cipher.remember(path, key)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()
    wipe(plain_aside)
    encrypt_backups(path, key)
    log.info("encrypted %s", path)
    return code


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    return {n: conn.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0] for n in names}


class DatabaseInUse(DatabaseError):
    """Another program holds the database open: it cannot be encrypted now."""


def _alone(path: Path) -> dict[str, int]:
    """Empty the WAL into the file, refusing if any other program has the database open; the row counts.

    In exclusive locking mode SQLite refuses ``BEGIN EXCLUSIVE`` while another connection holds the
    file open at all (not only while it writes): a window left open on the database would otherwise
    go on writing into the plain file after the encrypted copy took its name.
    """
    try:
        conn = sqlite3.connect(str(path), timeout=1.0)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from exc
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return _counts(conn)
    except sqlite3.Error as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseInUse(
                f"The database {path} is open in another program (CL Desktop?); close it and try again."
            ) from exc
        raise translate_sqlite_error(exc, path) from exc
    finally:
        conn.close()


def _export_checked(
    source: Path, target: Path, key: bytes, counts: dict[str, int], source_key: bytes | None = None
) -> None:
    try:
        cipher.export_encrypted(source, target, key, source_key=source_key)
        conn = cipher.connect(target, key)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                raise DatabaseError(f"The encrypted copy of {source} failed its integrity check; nothing was changed.")
            if _counts(conn) != counts:
                raise DatabaseError(f"The encrypted copy of {source} does not hold every row; nothing was changed.")
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.close()
        with open(target, "rb+") as fh:
            os.fsync(fh.fileno())
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, source) from exc


def encrypt_backups(path: Path, key: bytes) -> list[Path]:
    """Encrypt the plain backups in the database's backups folder with its key, wiping the plain ones.

    A backup that cannot be read (damaged) is left as it is and named in the log.
    """
    from cl_desktop.security.backup import PLAIN_SUFFIX, list_backups

    done = []
    for info in list_backups(path):
        if info.encrypted or not info.path.name.endswith(PLAIN_SUFFIX) or _encrypted_file(info.path):
            continue
        tmp = info.path.parent / f".{info.path.name}.encrypt.part"
        try:
            conn = sqlite3.connect(f"{info.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                counts = _counts(conn)
            finally:
                conn.close()
            _export_checked(info.path, tmp, key, counts)
            with cipher.unlocked(tmp, key):
                conn = cipher.connect(tmp, key)
                try:
                    conn.execute("PRAGMA journal_mode=DELETE")
                finally:
                    conn.close()
            aside = info.path.parent / f".{info.path.name}.plain.wipe"
            os.link(info.path, aside)
            os.replace(tmp, info.path)
            _copy_keys(path, info.path)
            fsync_dir(info.path.parent)
            wipe(aside)
            done.append(info.path)
        except (sqlite3.Error, KnownError, OSError) as exc:
            log.warning("could not encrypt the backup %s: %s", info.path, exc)
            _remove_quietly(tmp, cipher.keys_path(tmp))
    return done


def _encrypted_file(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) != cipher.SQLITE_HEADER


def _copy_keys(path: Path, target: Path) -> None:
    from cl_desktop.store.database import keys_copy

    keys_copy(path, target)


def wipe(path: Path) -> None:
    """Overwrite a file's bytes with zeros, flush them to the disk, and remove it.

    On a hard disk the old bytes are gone; on an SSD the drive may keep old blocks it remapped
    (docs/security.md): the file system no longer reaches them, a forensic lab might.
    """
    try:
        size = path.stat().st_size
        with open(path, "rb+") as fh:
            zeros = bytes(WIPE_BLOCK)
            done = 0
            while done < size:
                n = min(WIPE_BLOCK, size - done)
                fh.write(zeros[:n])
                done += n
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
        fsync_dir(path.parent)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("could not overwrite %s: %s", path, exc)


def wipe_leftovers(path: str | Path) -> None:
    """Plain copies a conversion killed halfway left beside the database (its encrypted file is in place)."""
    path = Path(path)
    if not cipher.is_encrypted(path):
        return
    for p in path.parent.glob(f".{path.name}.*.plain.wipe"):
        wipe(p)


def _remove_quietly(*paths: Path) -> None:
    for p in paths:
        remove_temporary(p)
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)
