"""encrypt, recover-key, and unlocking an encrypted office database for any command that takes --db."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from cl_desktop.errors import UsageError

USER_ENV = "CL_DESKTOP_USER"
PASSWORD_ENV = "CL_DESKTOP_PASSWORD"
RECOVERY_ENV = "CL_DESKTOP_RECOVERY_KEY"
NEW_PASSWORD_ENV = "CL_DESKTOP_NEW_PASSWORD"
# Commands that unlock for themselves (or make the database).
SELF_UNLOCKING = {"recover-key", "init", "encrypt", "gui"}

RECOVERY_WARNING = (
    "This recovery key is shown only this once. Print it or write it down now and keep it in a safe: "
    "with it anyone can open the database; without it and without a password nobody can."
)


def register(sub: Any) -> None:
    from cl_desktop.commands.core import add_db

    p = sub.add_parser("encrypt", help="encrypt an office database at rest (SQLCipher); prints its recovery key once")
    add_db(p, required=True)
    p.add_argument("--recovery-pdf", metavar="FILE", help="also write the recovery key on a one-page PDF to print")
    p.add_argument("--language", default="en", choices=["en", "km", "ru"], help="language of the PDF")
    p.set_defaults(handler=cmd_encrypt)

    p = sub.add_parser(
        "recover-key",
        help="set an account's password with the recovery key of an encrypted office database",
    )
    add_db(p, required=True)
    p.add_argument("username", help="the account that gets the new password")
    p.set_defaults(handler=cmd_recover_key)


def unlock_for(args: argparse.Namespace) -> None:
    """Before a command runs: unlock the encrypted database named by ``--db`` (or the default one).

    The account and password come from $CL_DESKTOP_USER and $CL_DESKTOP_PASSWORD, or the recovery
    key from $CL_DESKTOP_RECOVERY_KEY (scripts); otherwise they are asked for in the terminal.
    """
    if args.command in SELF_UNLOCKING or not hasattr(args, "db"):
        return
    from cl_desktop.commands.core import db_path

    unlock_path(db_path(args))


def unlock_path(path: Path) -> None:
    """Unlock the encrypted database (or backup, with its key file beside it) at ``path``, if it is one."""
    from cl_desktop.services import at_rest

    if not at_rest.is_encrypted(path) or at_rest.is_unlocked(path):
        return
    code = os.environ.get(RECOVERY_ENV)
    if code:
        at_rest.unlock_with_recovery(path, code)
        return
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if not (user and password):
        if not sys.stdin.isatty():
            raise UsageError(
                f"The database {path} is encrypted: set ${USER_ENV} and ${PASSWORD_ENV} "
                f"(or ${RECOVERY_ENV}), or run the command in a terminal."
            )
        print(f"{path} is encrypted (leave the user name empty to use the recovery key).", file=sys.stderr)
        user = user or input("User name: ").strip()
        if not user:
            at_rest.unlock_with_recovery(path, getpass.getpass("Recovery key: "))
            return
        password = password or getpass.getpass("Password: ")
    at_rest.unlock(path, user, password)


def cmd_encrypt(args: argparse.Namespace) -> int:
    from cl_desktop.commands.core import db_path
    from cl_desktop.services import at_rest

    path = db_path(args)
    if not path.exists():
        raise UsageError(f"There is no database at {path}.")
    code = at_rest.encrypt_database(path)
    print(f"Encrypted {path}; its key file is {path.name}.keys beside it (backups carry a copy).")
    n = at_rest.slot_count(path)
    print(f"Each active account's password unlocks it ({n} account{'' if n == 1 else 's'}).")
    print_recovery(code)
    if args.recovery_pdf:
        recovery_pdf(Path(args.recovery_pdf), code, path, args.language)
    return 0


def print_recovery(code: str) -> None:
    print(f"cl-desktop: {RECOVERY_WARNING}", file=sys.stderr)
    print(f"Recovery key: {code}")


def recovery_pdf(target: Path, code: str, path: Path, language: str) -> None:
    from cl_desktop.services import at_rest

    at_rest.write_recovery_sheet(target, code, path, language)
    print(f"Wrote {target}: print it, keep it in a safe, and delete the file.")


def cmd_recover_key(args: argparse.Namespace) -> int:
    from cl_desktop.commands.core import db_path
    from cl_desktop.services import at_rest

    path = db_path(args)
    if not at_rest.is_encrypted(path):
        raise UsageError(f"{path} is not an encrypted database; reset the password with `cl-desktop users`.")
    code = os.environ.get(RECOVERY_ENV)
    password = os.environ.get(NEW_PASSWORD_ENV)
    if not (code and password) and not sys.stdin.isatty():
        raise UsageError(f"recover-key needs ${RECOVERY_ENV} and ${NEW_PASSWORD_ENV} when not run in a terminal.")
    code = code or getpass.getpass("Recovery key: ")
    if not password:
        password = getpass.getpass(f"New password for {args.username}: ")
        if getpass.getpass("Repeat it: ") != password:
            raise UsageError("The two passwords differ; nothing was changed.")
    at_rest.recover_account(path, code, args.username, password)
    print(f"{args.username} can sign in with the new password; it unlocks {path.name}.")
    return 0
