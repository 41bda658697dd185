"""Backups: made with SQLite's online backup API, verified, rotated, restorable.

Laptops die and power cuts happen mid-save; a backup is only worth keeping if
it opens, so every copy passes ``integrity_check`` before it gets its final
name (written beside it and renamed, never half a file). Automatic backups
(on exit and daily) live in ``backups/`` beside the database and are rotated:
the newest of each of the last 7 days and of the 4 ISO weeks before those.
Manual backups go to a folder the user chooses (a USB stick) and can be
encrypted with a passphrase; they are never rotated.

The backup of an encrypted office database (``store.cipher``) is encrypted with the same key, and
its key file is copied beside it (``NAME.sqlite.keys``): the same passwords and the same recovery
key open it, and a restore puts both back.

Everything here is Qt-free and takes ``now`` so tests drive it with a fake clock.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from cl_desktop.atomic import atomic_path, fsync_dir, hold, remove_stale, remove_temporary
from cl_desktop.errors import DatabaseError, KnownError, NotFound, RefusedInput
from cl_desktop.paths import backup_dir
from cl_desktop.security import crypto_at_rest
from cl_desktop.security.roles import Actor, require
from cl_desktop.store import anchors, cipher
from cl_desktop.store.database import (
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    keys_copy,
    open_database,
    translate_sqlite_error,
)
from cl_desktop.store.meta import get_meta, set_meta
from cl_desktop.store.schema import MIGRATIONS, known_migration_names

log = logging.getLogger("cl_desktop.security.backup")

Progress = Callable[[int, int], None]  # (done, total); may raise to stop
BACKUP_STEP_PAGES = 1024  # pages copied between two progress reports (4 MiB at the default page size)
COPY_BLOCK = 1 << 22
KEEP_DAILY = 7
KEEP_WEEKLY = 4
DAILY_INTERVAL = timedelta(days=1)
STAMP = "%Y%m%dT%H%M%SZ"
PLAIN_SUFFIX = ".sqlite"
ENCRYPTED_SUFFIX = ".sqlite.enc"
AUTO, MANUAL, REPLACED = "auto", "manual", "replaced"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<kind>auto|manual|replaced)-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?(?P<ext>\.sqlite(?:\.enc)?)$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # auto, manual, replaced, before-migration
    taken_at: datetime
    encrypted: bool
    size: int


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def backup_name(db_path: Path, kind: str, now: datetime, *, encrypted: bool = False) -> str:
    return f"{db_path.stem}-{kind}-{now.strftime(STAMP)}{ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX}"


def _free_name(folder: Path, name: str) -> Path:
    """Two backups in the same second get -2, -3… rather than overwriting each other."""
    target = folder / name
    stem, ext = (
        (name[: -len(ENCRYPTED_SUFFIX)], ENCRYPTED_SUFFIX)
        if name.endswith(ENCRYPTED_SUFFIX)
        else (
            name[: -len(PLAIN_SUFFIX)],
            PLAIN_SUFFIX,
        )
    )
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{n}{ext}"
    return target


# -- making a backup -----------------------------------------------------------


def make_backup(
    db_path: str | os.PathLike[str],
    dest: str | os.PathLike[str] | None = None,
    *,
    passphrase: str | None = None,
    kind: str = MANUAL,
    actor: Actor | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Back the database up to ``dest`` (a folder or a file name; default the backups folder).

    ``progress(pages copied, pages)`` is told along the copy and may raise to stop it: then no file
    is left behind and nothing is recorded.

    The copy is verified with ``integrity_check`` (and, when encrypted, decrypted
    again and compared) before it takes its final name. ``actor`` is checked for
    ``backup.run`` when given; the command line acts with file-level access.
    Records ``last_backup_at`` in the database's meta table.
    """
    if actor is not None:
        require(actor, "backup.run")
    db_path = Path(db_path)
    if passphrase is not None:
        crypto_at_rest.check_passphrase(passphrase)
    stamp = _now(now)
    encrypted = passphrase is not None
    if dest is None:
        target = _free_name(backup_dir(db_path), backup_name(db_path, kind, stamp, encrypted=encrypted))
    else:
        dest = Path(dest)
        if dest.is_dir():
            target = _free_name(dest, backup_name(db_path, kind, stamp, encrypted=encrypted))
        else:
            target = dest
    if target.resolve() == db_path.resolve():
        raise RefusedInput("A backup cannot overwrite the database it copies.")
    db = open_database(db_path, create=False, migrate=False)
    try:
        head = anchors.head(db)  # what the copy holds at least: checked against the trail from now on
        if encrypted:
            assert passphrase is not None
            _encrypted_backup(db, db_path, target, passphrase, progress)
        else:
            with atomic_path(target, stale=f".{db_path.stem}-*.part") as tmp:
                _copy_verified(db, db_path, tmp, progress)
        if getattr(db, "key", None) is not None:
            keys_copy(db_path, target)
        _record(db, stamp, head, target.name)
    finally:
        db.close()
    log.info("backed up %s to %s", db_path, target)
    return target


def _copy_verified(db: Database, db_path: Path, tmp: Path, progress: Progress | None = None) -> str:
    """Online-backup ``db`` into ``tmp`` as a self-contained file; return its SHA-256.

    An encrypted database's copy is encrypted with the same key (SQLCipher's backup copies pages
    between databases of one key)."""
    dest = cipher.copy_connection(tmp, getattr(db, "key", None))
    dest.text_factory = lambda b: b.decode("utf-8", "replace")
    try:
        if progress is None:
            db.conn.backup(dest)
        else:
            # In steps, so that the user sees it move and can stop it (an exception here stops the copy).
            db.conn.backup(
                dest, pages=BACKUP_STEP_PAGES, progress=lambda _status, left, total: progress(total - left, total)
            )
        # The copy keeps the source's WAL flag in its header: make it one self-contained file.
        dest.execute("PRAGMA journal_mode=DELETE")
        result = dest.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as exc:
        # A copy that ran out of room may fail as an I/O error rather than "full": say what it was.
        with contextlib.suppress(OSError):
            if shutil.disk_usage(tmp.parent).free < db_path.stat().st_size:
                raise DatabaseError(
                    f"The disk is full: no space for the backup of {db_path.name}; free some space and try again."
                ) from exc
        raise translate_sqlite_error(exc, db_path) from exc
    finally:
        dest.close()
    if result != [("ok",)]:
        raise DatabaseError(f"The backup of {db_path} failed its integrity check ({result[0][0]}); nothing was kept.")
    return _sha256(tmp)


def _encrypted_backup(
    db: Database, db_path: Path, target: Path, passphrase: str, progress: Progress | None = None
) -> None:
    # The plain copy is made beside the database (the same disk, already protected the
    # same way), never in the destination folder, which is often a USB stick.
    remove_stale(db_path.parent, f".{db_path.name}.*.backup.part")
    fd, plain_name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".backup.part", dir=db_path.parent)
    os.close(fd)
    plain = Path(plain_name)
    lock = hold(plain)
    try:
        digest = _copy_verified(db, db_path, plain, progress)
        with atomic_path(target, stale=f".{db_path.stem}-*.part") as tmp:
            crypto_at_rest.encrypt_file(plain, tmp, passphrase)
            check = _HashSink()
            with open(tmp, "rb") as fh:
                crypto_at_rest.decrypt_stream(fh, check, passphrase)
            if check.hexdigest() != digest:
                raise KnownError(f"The encrypted backup {target} did not read back identically; nothing was kept.")
    finally:
        if lock is not None:
            lock.close()
        remove_temporary(plain)


class _HashSink:
    """A write-only file object that hashes what it is given."""

    def __init__(self) -> None:
        self._h = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self._h.update(data)
        return len(data)

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _record(db: Database, stamp: datetime, head: anchors.Head | None = None, name: str = "") -> None:
    try:
        with db.atomic():
            set_meta(db, "last_backup_at", stamp.strftime("%Y-%m-%dT%H:%M:%SZ"))
            if head is not None and db["audit_anchors"].exists():
                anchors.record(db, name, anchors.BACKUP, head)
    except sqlite3.Error as exc:  # a read-only database can still be backed up
        log.warning("could not record last_backup_at: %s", exc)


def last_backup_at(db: Database) -> datetime | None:
    text = get_meta(db, "last_backup_at")
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


# -- automatic backups and rotation ----------------------------------------------


def backup_on_exit(db_path: str | os.PathLike[str], *, now: datetime | None = None) -> Path:
    """The GUI calls this when it closes: a verified automatic backup, then rotation."""
    target = make_backup(db_path, kind=AUTO, now=now)
    rotate(db_path)
    return target


def backup_is_due(db_path: str | os.PathLike[str], *, now: datetime | None = None) -> bool:
    autos = [b for b in list_backups(db_path) if b.kind == AUTO]
    return not autos or _now(now) - max(b.taken_at for b in autos) >= DAILY_INTERVAL


def backup_if_due(db_path: str | os.PathLike[str], *, now: datetime | None = None) -> Path | None:
    """The daily backup: call it at start-up and from a timer; it does nothing within a day of the last one."""
    if not backup_is_due(db_path, now=now):
        return None
    return backup_on_exit(db_path, now=now)


def keep_set(stamps: Iterable[datetime], *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> set[datetime]:
    """Which automatic backups rotation keeps: the newest of each of the last ``daily``
    days, then the newest of each of the ``weekly`` ISO weeks before the oldest of those."""
    ordered = sorted(set(stamps), reverse=True)
    kept: set[datetime] = set()
    days: list[object] = []
    for s in ordered:
        if s.date() not in days:
            if len(days) == daily:
                break
            days.append(s.date())
            kept.add(s)
    oldest_day = min((s.date() for s in kept), default=None)
    weeks: list[tuple[int, int]] = []
    for s in ordered:
        if oldest_day is not None and s.date() >= oldest_day:
            continue
        week = s.isocalendar()[:2]
        if week not in weeks:
            if len(weeks) == weekly:
                break
            weeks.append(week)
            kept.add(s)
    return kept


def rotate(db_path: str | os.PathLike[str]) -> list[Path]:
    """Delete automatic backups outside the keep set; manual ones are never touched."""
    autos = [b for b in list_backups(db_path) if b.kind == AUTO]
    keep = keep_set(b.taken_at for b in autos)
    removed = []
    for b in autos:
        if b.taken_at not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
                cipher.keys_path(b.path).unlink(missing_ok=True)
    return removed


def list_backups(db_path: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None) -> list[BackupInfo]:
    """Backups of this database in its backups folder (or ``folder``), newest first."""
    db_path = Path(db_path)
    where = Path(folder) if folder else db_path.parent / "backups"
    if not where.is_dir():
        return []
    found = []
    for p in where.iterdir():
        if not p.is_file() or p.name.startswith("."):
            continue
        m = _NAME.match(p.name)
        if m and m["stem"] == db_path.stem:
            taken = datetime.strptime(m["stamp"], STAMP).replace(tzinfo=UTC)
            found.append(BackupInfo(p, m["kind"], taken, m["ext"] == ENCRYPTED_SUFFIX, p.stat().st_size))
        elif p.name.startswith(f"{db_path.stem}-before-migration-") and p.suffix == PLAIN_SUFFIX:
            taken = datetime.fromtimestamp(p.stat().st_mtime, UTC)
            found.append(BackupInfo(p, "before-migration", taken, False, p.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def latest_good_backup(db_path: str | os.PathLike[str]) -> Path | None:
    """The newest unencrypted backup that passes ``integrity_check`` — what start-up offers
    when the database fails ``quick_check``. Copies set aside by a restore are not offered."""
    for b in list_backups(db_path):
        if b.kind == REPLACED or b.encrypted:
            continue
        try:
            verify_backup(b.path, key=cipher.key_for(Path(db_path)))
        except KnownError as exc:
            log.warning("skipping backup %s: %s", b.path, exc)
            continue
        return b.path
    return None


def verify_backup(path: str | os.PathLike[str], passphrase: str | None = None, *, key: bytes | None = None) -> None:
    """Raise a KnownError unless ``path`` is a sound CL Desktop backup this version can open.

    The backup of an encrypted database needs ``key`` (or its key remembered for ``path``)."""
    path = Path(path)
    key = key or cipher.key_for(path)
    if crypto_at_rest.is_encrypted(path):
        if passphrase is None:
            raise RefusedInput(f"{path.name} is encrypted; give its passphrase.")
        with _staged(path.parent, path.name) as staged:
            with open(path, "rb") as fin, open(staged, "wb") as fout:
                crypto_at_rest.decrypt_stream(fin, fout, passphrase)
            _verify_plain(staged, path, key=key)
        return
    _verify_plain(path, path, read_only=True, key=key)


def _is_plain(path: Path, shown: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise RefusedInput(f"Cannot read {shown}: {exc.strerror or exc}.") from exc
    return header == SQLITE_HEADER


def _verify_plain(path: Path, shown: Path, *, read_only: bool = False, key: bytes | None = None) -> None:
    """Check a backup copy; an encrypted one (not plain SQLite) is opened with ``key``."""
    if not _is_plain(path, shown):
        if key is None:
            raise RefusedInput(
                f"{shown} is not a CL Desktop backup (it is not an SQLite file), or it is the backup of an "
                "encrypted database that is not unlocked here."
            )
        try:
            conn = cipher.connect(path, key, read_only=read_only)
        except DatabaseError as exc:
            raise RefusedInput(f"{shown} is not a backup of this encrypted database, or it is damaged.") from exc
        except sqlite3.Error as exc:
            raise RefusedInput(f"{shown} cannot be opened: {exc}.") from exc
    else:
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1" if read_only else str(path)
        try:
            conn = sqlite3.connect(uri, uri=read_only)
        except sqlite3.Error as exc:
            raise RefusedInput(f"{shown} cannot be opened: {exc}.") from exc
    conn.text_factory = lambda b: b.decode("utf-8", "replace")  # damaged pages need not hold UTF-8
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise RefusedInput(f"{shown} is damaged ({result[0][0]}).")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"meta", MIGRATIONS.migrations_table} <= tables:
            raise RefusedInput(f"{shown} is an SQLite file but not a CL Desktop backup.")
        applied = {r[0] for r in conn.execute(f"SELECT name FROM [{MIGRATIONS.migrations_table}]")}
        if applied - set(known_migration_names()):
            raise RefusedInput(f"{shown} was made by a newer version of CL Desktop; update CL Desktop to restore it.")
        if not read_only:
            conn.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        raise RefusedInput(f"{shown} is damaged ({exc}).") from exc
    finally:
        conn.close()


@contextlib.contextmanager
def _staged(folder: Path, name: str) -> Iterator[Path]:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".restore.part", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
    finally:
        for p in (tmp, Path(f"{tmp}-journal")):
            with contextlib.suppress(OSError):
                p.unlink()


# -- restoring ---------------------------------------------------------------------


def restore_backup(
    db_path: str | os.PathLike[str],
    backup: str | os.PathLike[str],
    *,
    passphrase: str | None = None,
    actor: Actor | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    key: bytes | None = None,
) -> Path | None:
    """Replace the database with a verified backup; return where the replaced file was set aside.

    ``progress(bytes copied, bytes)`` is told while the backup is copied in and may raise to stop: the
    database is untouched then (the copy is removed). Once the copy is verified the swap runs to its end.

    Order matters for a crash at any point: the backup is copied (or decrypted)
    beside the database and verified there; the current database is checkpointed
    and copied aside; only then does the verified copy take the database's name
    in one rename. The caller closes its own connection first.
    """
    if actor is not None:
        require(actor, "backup.restore")
    db_path, backup = Path(db_path), Path(backup)
    if not backup.is_file():
        raise NotFound(f"There is no backup file {backup}.")
    if not db_path.parent.is_dir():
        raise RefusedInput(f"The folder {db_path.parent} does not exist.")
    remove_stale(db_path.parent, f".{db_path.name}.*.restore.part")  # a restore killed earlier
    fd, staged_name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".restore.part", dir=db_path.parent)
    os.close(fd)
    staged = Path(staged_name)
    lock = hold(staged)
    try:
        if crypto_at_rest.is_encrypted(backup):
            if passphrase is None:
                raise RefusedInput(f"{backup.name} is encrypted; give its passphrase.")
            crypto_at_rest.decrypt_file(backup, staged, passphrase)
        else:
            try:
                _copy_file(backup, staged, progress)
            except OSError as exc:
                raise KnownError(f"Could not copy {backup}: {exc.strerror or exc}.") from exc
        # The backup of an encrypted database opens with the database's key (remembered once unlocked).
        key = key or cipher.key_for(db_path) or cipher.key_for(backup)
        encrypted_now = cipher.is_encrypted(db_path)
        restored_plain = _is_plain(staged, backup)
        if encrypted_now and restored_plain:
            raise RefusedInput(
                f"{backup.name} is a plain backup and {db_path.name} is encrypted: restoring it would put the "
                "names back on the disk in the clear. Encrypt the restored copy elsewhere first."
            )
        _verify_plain(staged, backup, key=None if restored_plain else key)
        backup_keys = cipher.keys_path(backup)
        if not restored_plain and not backup_keys.is_file() and not cipher.keys_path(db_path).is_file():
            raise RefusedInput(f"{backup.name} is encrypted and its key file {backup_keys.name} is not beside it.")
        aside = _set_current_aside(db_path, _now(now)) if db_path.exists() else None
        if not restored_plain and backup_keys.is_file():
            keys_copy(backup, db_path)  # the key file that goes with the restored state
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{db_path}{suffix}").unlink()
        os.replace(staged, db_path)
        fsync_dir(db_path.parent)
    except OSError as exc:
        raise KnownError(f"Could not restore {db_path}: {exc.strerror or exc}.") from exc
    finally:
        if lock is not None:
            lock.close()
        remove_temporary(staged)
    log.info("restored %s from %s (replaced file kept at %s)", db_path, backup, aside)
    return aside


def _copy_file(source: Path, target: Path, progress: Progress | None) -> None:
    """Copy and fsync, telling ``progress`` (which may raise to stop) after each block."""
    if progress is None:
        shutil.copyfile(source, target)
    else:
        total = source.stat().st_size
        done = 0
        with open(source, "rb") as src, open(target, "wb") as dst:
            for block in iter(lambda: src.read(COPY_BLOCK), b""):
                dst.write(block)
                done += len(block)
                progress(done, total)
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def _set_current_aside(db_path: Path, now: datetime) -> Path:
    """Empty the WAL into the file and copy the current database to the backups folder."""
    target = _free_name(backup_dir(db_path), backup_name(db_path, REPLACED, now))
    key = cipher.key_for(db_path) if cipher.is_encrypted(db_path) else None
    try:
        if key is not None:
            conn = cipher.connect(db_path, key, timeout=BUSY_TIMEOUT_MS / 1000)
            keys_copy(db_path, target)
        else:
            conn = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, db_path) from exc
    try:
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy and busy[0]:
                raise DatabaseError(f"The database {db_path} is in use by another program; close it and try again.")
            with atomic_path(target) as tmp:
                dest = cipher.copy_connection(tmp, key)
                try:
                    conn.backup(dest)
                finally:
                    dest.close()
            return target
        except sqlite3.DatabaseError as exc:
            text = str(exc).lower()
            if "locked" in text or "busy" in text:
                raise translate_sqlite_error(exc, db_path) from exc
        # A damaged database cannot be read page by page: keep its raw files instead.
        shutil.copy2(db_path, target)
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{target}-wal"))
        return target
    finally:
        conn.close()
