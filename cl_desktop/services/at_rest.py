"""Office databases encrypted at rest: creating, converting, unlocking and recovering them.

The screens and the command line come here; the key handling is in ``security.keyslots`` and
``security.at_rest``, the encrypted connections in ``store.cipher``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from cl_desktop.security import at_rest, keyslots
from cl_desktop.services import accounts
from cl_desktop.store import cipher, open_database
from cl_desktop.sync import setup_file

WrongSecret = keyslots.WrongSecret


DatabaseInUse = at_rest.DatabaseInUse


def is_encrypted(path: str | Path) -> bool:
    return cipher.is_encrypted(path)


def is_unlocked(path: str | Path) -> bool:
    return cipher.key_for(path) is not None


def unlock(path: str | Path, username: str, password: str) -> None:
    """Unlock with an account's password (WrongSecret: "Wrong user name or password.")."""
    at_rest.unlock(path, username, password)
    at_rest.wipe_leftovers(path)


def unlock_with_recovery(path: str | Path, code: str) -> None:
    at_rest.unlock_with_recovery(path, code)


def lock(path: str | Path | None = None) -> None:
    """Forget the key (sign-out); the next open asks for a password again."""
    cipher.forget(path)


def init_encrypted_from_setup(
    path: str | Path, setup: str | Path, passphrase: str, user: str = "system"
) -> tuple[Any, str]:
    """Create an encrypted office database from its setup file: (database, recovery key shown once)."""
    path = Path(path)
    key = cipher.new_key()
    db = setup_file.init_from_setup(path, setup, passphrase, user, key=key)
    try:
        code = keyslots.create(db)
    except BaseException:
        db.close()
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), cipher.keys_path(path)):
            with contextlib.suppress(OSError):
                p.unlink()
        raise
    cipher.remember(path, key)
    return db, code


def encrypt_database(path: str | Path) -> str:
    """Encrypt an existing plain office database in place; return the recovery key (shown once)."""
    return at_rest.encrypt_existing(path)


def recover_account(path: str | Path, code: str, username: str, new_password: str) -> dict[str, Any]:
    """Open with the recovery key and give ``username`` a new password (and with it a key slot)."""
    unlock_with_recovery(path, code)
    db = open_database(path, create=False)
    try:
        return accounts.recover_password(db, username, new_password)
    finally:
        db.close()


def office_of(path: str | Path) -> str:
    """The office's name and code, for the recovery sheet (the database must be unlocked)."""
    from cl_desktop.store.meta import get_meta

    db = open_database(path, create=False, migrate=False, check=False)
    try:
        code = get_meta(db, "office_code", "")
        name = get_meta(db, "office_name", "")
    finally:
        db.close()
    return f"{name} ({code})" if name and code else name or code


def slot_count(path: str | Path) -> int:
    return keyslots.slot_count(path)


def write_recovery_sheet(target: str | Path, code: str, database: str | Path, language: str = "en") -> int:
    """The one-page recovery sheet to print (``reports.recovery``); returns its page count."""
    from cl_desktop.reports.recovery import write_recovery_sheet as write

    return write(target, code, database=Path(database).name, office=office_of(database), language=language)
