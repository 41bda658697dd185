"""User accounts: scrypt password hashes (memory-hard, per-user salt)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database

from cl_desktop.errors import RefusedInput
from cl_desktop.services.context import Actor, Role

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return (
        f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected))
    return hmac.compare_digest(digest, expected)


LOCKOUT_AFTER = 5  # failed attempts before the account is locked
LOCKOUT_BASE_SECONDS = 30  # doubles with each further failure


class LoginRefused(RefusedInput):
    """Wrong user name or password, a disabled account, or a locked one."""


def authenticate(db: Database, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check a password; count failures and lock the account with back-off after repeated ones."""
    now = now or datetime.now(UTC)
    rows = list(db.query("SELECT * FROM users WHERE username = ? AND deleted = 0", [username.strip()]))
    if not rows or not rows[0]["active"]:
        hash_password(password)  # same cost whether or not the user exists
        raise LoginRefused("Wrong user name or password.")
    user = rows[0]
    if user["locked_until"] and datetime.fromisoformat(user["locked_until"]) > now:
        wait = int((datetime.fromisoformat(user["locked_until"]) - now).total_seconds()) + 1
        raise LoginRefused(f"Too many failed attempts; try again in {wait} seconds.")
    if not verify_password(password, user["password_hash"]):
        failures = user["failed_logins"] + 1
        locked = None
        if failures >= LOCKOUT_AFTER:
            locked = (now + timedelta(seconds=LOCKOUT_BASE_SECONDS * 2 ** (failures - LOCKOUT_AFTER))).isoformat()
        with db.atomic():
            db.execute(
                "UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?", [failures, locked, user["id"]]
            )
        raise LoginRefused("Wrong user name or password.")
    if user["failed_logins"] or user["locked_until"]:
        with db.atomic():
            db.execute("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?", [user["id"]])
    office = db.execute("SELECT value FROM meta WHERE key = 'office_code'").fetchone()
    return Actor(
        username=user["username"],
        role=Role(user["role"]),
        office=office[0] if office else "HQ",
        full_name=user["full_name"],
    )
