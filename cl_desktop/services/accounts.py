"""User accounts: log-in with lockout, and audited account changes (hashes in ``security.passwords``)."""

from __future__ import annotations

import contextlib
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from cl_desktop.errors import KnownError, NotFound, RefusedInput
from cl_desktop.security import keyslots
from cl_desktop.security.passwords import (
    hash_password,
    needs_rehash,
    refuse_name_as_password,
    verify_password,
)
from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context
from cl_desktop.store import records
from cl_desktop.store.meta import get_meta

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
    if needs_rehash(user["password_hash"]):
        # A hash from an older, cheaper cost: the password is at hand now, so store it at today's cost.
        # The same password, so not an account change for the trail (the hash is never shown there).
        with contextlib.suppress(KnownError), db.atomic():
            db.execute("UPDATE users SET password_hash = ? WHERE id = ?", [hash_password(password), user["id"]])
            keyslots.rebuild(db)
    return Actor(
        username=user["username"],
        role=Role(user["role"]),
        office=get_meta(db, "office_code", "HQ"),
        full_name=user["full_name"],
    )


# -- managing accounts -------------------------------------------------------
#
# Every change goes through ``store.records`` so the audit trail keeps who
# created, reset or deactivated an account and why; password hashes are
# redacted there (``SECRET_COLUMNS``). On an encrypted office database the key
# slots follow in the same transaction (``security.keyslots.rebuild``): a new
# password unlocks the file, an inactive account's slot is gone.

MIN_PASSWORD_LENGTH = 8
USERNAME_PATTERN = re.compile(r"[\w.@-]{2,64}")
ROLE_NAMES = {Role.CLERK: "data-entry clerk", Role.COORDINATOR: "coordinator", Role.ADMIN: "headquarters administrator"}


def accounts_with_demo_passwords(db: Database) -> list[str]:
    """Active accounts whose password is still their user name, as in the demo.

    One hash per account (about 0.2 s each at today's cost): ``check`` asks, not sign-in.
    """
    return [
        str(r["username"])
        for r in db.query(
            "SELECT username, password_hash FROM users WHERE active = 1 AND deleted = 0 ORDER BY username"
        )
        if r["password_hash"] and verify_password(str(r["username"]), str(r["password_hash"]))
    ]


def check_new_password(password: str, username: str = "") -> None:
    """Refuse passwords a thief guesses first; length matters more than symbols."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise RefusedInput(f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")
    refuse_name_as_password(username, password)


def list_users(ctx: Context, *, include_inactive: bool = True) -> list[dict[str, Any]]:
    """Accounts without their password hashes, for the users page and ``cl-desktop users list``."""
    ctx.require("user.manage")
    sql = (
        "SELECT id, username, full_name, role, office_code, language, active, failed_logins, locked_until, "
        "version, updated_at, updated_by FROM users WHERE deleted = 0"
    )
    if not include_inactive:
        sql += " AND active = 1"
    return list(ctx.db.query(sql + " ORDER BY username"))


def get_user(db: Database, username: str) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM users WHERE username = ? AND deleted = 0", [username.strip()]))
    if not rows:
        raise NotFound(f"There is no user {username}.")
    return rows[0]


def create_user(
    ctx: Context,
    username: str,
    password: str,
    role: Role | str,
    *,
    full_name: str = "",
    office_code: str | None = None,
    language: str = "en",
) -> dict[str, Any]:
    """Add an account; only an administrator may, and the audit trail records it."""
    ctx.require("user.manage")
    username = username.strip()
    if not USERNAME_PATTERN.fullmatch(username):
        raise RefusedInput("The user name must be 2-64 letters, digits, dots, dashes or underscores, without spaces.")
    try:
        role = Role(role)
    except ValueError:
        raise RefusedInput(f"Unknown role {role}; choose clerk, coordinator or admin.") from None
    check_new_password(password, username)
    if ctx.db.execute("SELECT 1 FROM users WHERE username = ?", [username]).fetchone():
        raise RefusedInput(f"The user name {username} is already taken.")
    with ctx.db.atomic():
        row = _insert_user(ctx, username, password, role, full_name, office_code, language)
        keyslots.rebuild(ctx.db)
    return {k: v for k, v in row.items() if k != "password_hash"}


def _insert_user(
    ctx: Context, username: str, password: str, role: Role, full_name: str, office_code: str | None, language: str
) -> dict[str, Any]:
    return records.insert(
        ctx.db,
        "users",
        {
            "username": username,
            "full_name": full_name.strip() or username,
            "role": role.value,
            "office_code": office_code or ctx.office_code or ctx.actor.office,
            "password_hash": hash_password(password),
            "language": language,
        },
        ctx.author(),
        reason=f"account created for a {ROLE_NAMES[role]}",
    )


def reset_password(ctx: Context, username: str, new_password: str, reason: str) -> dict[str, Any]:
    """An administrator sets a forgotten password; the reset and its reason are audited."""
    ctx.require("user.manage")
    if not reason.strip():
        raise RefusedInput("Give a reason for the password reset; the audit trail keeps it.")
    user = get_user(ctx.db, username)
    check_new_password(new_password, user["username"])
    with ctx.db.atomic():
        records.update(
            ctx.db,
            "users",
            user["id"],
            {"password_hash": hash_password(new_password), "failed_logins": 0, "locked_until": None},
            ctx.author(),
            reason=f"password reset: {reason.strip()}",
        )
        keyslots.rebuild(ctx.db)
    return _public(get_user(ctx.db, username))


def recover_password(db: Database, username: str, new_password: str) -> dict[str, Any]:
    """Set an account's password on a database opened with its recovery key (nobody could sign in).

    The recovery key is the proof; the audit trail names it as the author of the reset.
    """
    user = get_user(db, username)
    check_new_password(new_password, user["username"])
    author = records.Author(user="recovery key", office=get_meta(db, "office_code", "HQ"), source="recovery")
    with db.atomic():
        records.update(
            db,
            "users",
            user["id"],
            {"password_hash": hash_password(new_password), "failed_logins": 0, "locked_until": None, "active": 1},
            author,
            reason="password set with the recovery key",
        )
        keyslots.rebuild(db)
    return _public(get_user(db, username))


def change_own_password(ctx: Context, old_password: str, new_password: str) -> None:
    """Any user changes their own password after proving the old one."""
    user = get_user(ctx.db, ctx.actor.username)
    if not verify_password(old_password, user["password_hash"]):
        raise LoginRefused("The current password is wrong.")
    check_new_password(new_password, user["username"])
    if new_password == old_password:
        raise RefusedInput("The new password must differ from the current one.")
    changes = {"password_hash": hash_password(new_password)}
    with ctx.db.atomic():
        records.update(ctx.db, "users", user["id"], changes, ctx.author(), reason="password changed")
        keyslots.rebuild(ctx.db)


def deactivate_user(ctx: Context, username: str, reason: str) -> dict[str, Any]:
    """Close an account (staff left, laptop lost); the row stays so the audit trail still names it."""
    ctx.require("user.manage")
    if not reason.strip():
        raise RefusedInput("Give a reason for deactivating the account; the audit trail keeps it.")
    user = get_user(ctx.db, username)
    if user["username"] == ctx.actor.username:
        raise RefusedInput("You cannot deactivate your own account.")
    if not user["active"]:
        raise RefusedInput(f"The account {username} is already inactive.")
    if user["role"] == Role.ADMIN.value:
        admins = ctx.db.execute(
            "SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND deleted = 0"
        ).fetchone()[0]
        if admins <= 1:
            raise RefusedInput("This is the last active administrator; create another one first.")
    with ctx.db.atomic():
        records.update(
            ctx.db, "users", user["id"], {"active": 0}, ctx.author(), reason=f"deactivated: {reason.strip()}"
        )
        keyslots.rebuild(ctx.db)
    return _public(get_user(ctx.db, username))


def reactivate_user(ctx: Context, username: str, reason: str) -> dict[str, Any]:
    ctx.require("user.manage")
    user = get_user(ctx.db, username)
    with ctx.db.atomic():
        records.update(
            ctx.db,
            "users",
            user["id"],
            {"active": 1, "failed_logins": 0, "locked_until": None},
            ctx.author(),
            reason=f"reactivated: {reason.strip()}",
        )
        keyslots.rebuild(ctx.db)
    return _public(get_user(ctx.db, username))


def _public(user: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in user.items() if k != "password_hash"}
