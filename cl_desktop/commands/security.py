"""backup, restore, users."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from cl_desktop.errors import RefusedInput, UsageError

PASSPHRASE_ENV = "CL_DESKTOP_BACKUP_PASSPHRASE"
PASSWORD_ENV = "CL_DESKTOP_NEW_PASSWORD"


def register(sub: Any) -> None:
    from cl_desktop.commands.core import add_db

    p = sub.add_parser("backup", help="make a verified backup of the database")
    add_db(p)
    p.add_argument(
        "-o", "--output", metavar="FILE", help="backup file or folder (default: backups/ beside the database)"
    )
    p.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt with a passphrase (asked for, or from ${PASSPHRASE_ENV})",
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a verified backup")
    add_db(p)
    p.add_argument("file", metavar="FILE", help="backup file to restore")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("users", help="list, add, reset passwords of, or deactivate user accounts")
    add_db(p)
    users = p.add_subparsers(dest="users_command", metavar="ACTION", parser_class=type(p))
    q = users.add_parser("list", help="list accounts")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q = users.add_parser("add", help="add an account (password asked for, or from $" + PASSWORD_ENV + ")")
    q.add_argument("username")
    q.add_argument("--role", required=True, choices=["clerk", "coordinator", "admin"])
    q.add_argument("--name", default="", help="full name")
    q.add_argument("--language", default="en", choices=["en", "km", "ru"])
    q = users.add_parser("reset-password", help="set a forgotten password (audited with the reason)")
    q.add_argument("username")
    q.add_argument("--reason", required=True)
    q = users.add_parser("deactivate", help="close an account (audited with the reason)")
    q.add_argument("username")
    q.add_argument("--reason", required=True)
    for action in users.choices.values():
        # Accepted before or after the action; SUPPRESS keeps an absent one from erasing the other.
        action.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    p.set_defaults(handler=cmd_users)


def _db_path(args: argparse.Namespace) -> Any:
    from cl_desktop.commands.core import db_path

    path = db_path(args)
    if not path.exists():
        raise RefusedInput(f"There is no database at {path}.")
    return path


def _secret(prompt: str, env: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"give the {prompt.lower()} in ${env} when not at a terminal")
    first = getpass.getpass(f"{prompt}: ")
    if getpass.getpass(f"{prompt} again: ") != first:
        raise RefusedInput(f"The two {prompt.lower()}s differ.")
    return first


def _passphrase_for(path: Any) -> str | None:
    from cl_desktop.security.crypto_at_rest import is_encrypted

    if not is_encrypted(path):
        return None
    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"{path} is encrypted: give its passphrase in ${PASSPHRASE_ENV}")
    return getpass.getpass("Backup passphrase: ")


def cmd_backup(args: argparse.Namespace) -> int:
    from cl_desktop.security.backup import make_backup

    passphrase = _secret("Passphrase", PASSPHRASE_ENV) if args.encrypt else None
    target = make_backup(_db_path(args), args.output, passphrase=passphrase)
    print(f"Backed up to {target} (verified).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from cl_desktop.commands.core import db_path
    from cl_desktop.security.backup import restore_backup

    path = db_path(args)
    if not path.exists():
        # A backup of an encrypted office restored on another laptop: its own key file unlocks it.
        from cl_desktop.commands.at_rest import unlock_path

        unlock_path(Path(args.file))
    aside = restore_backup(path, args.file, passphrase=_passphrase_for(args.file))
    print(f"Restored {path} from {args.file}.")
    if aside:
        print(f"The replaced database was kept at {aside}.")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    from cl_desktop.commands import cli_user
    from cl_desktop.security.roles import system_actor
    from cl_desktop.services import accounts
    from cl_desktop.services.context import Context
    from cl_desktop.store import open_database

    if not args.users_command:
        raise UsageError("users needs an action: list, add, reset-password or deactivate")
    db = open_database(_db_path(args), create=False)
    try:
        # Whoever can run this command can write the file: act as a system administrator,
        # named in the audit trail after the operating-system account.
        ctx = Context(db, system_actor(db, cli_user()))
        if args.users_command == "list":
            rows = accounts.list_users(ctx)
            if args.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
                return 0
            print(f"{'user':<20} {'role':<12} {'office':<10} {'active':<7} name")
            for r in rows:
                print(
                    f"{r['username']:<20} {r['role']:<12} {r['office_code']:<10} "
                    f"{'yes' if r['active'] else 'no':<7} {r['full_name']}"
                )
        elif args.users_command == "add":
            password = _secret("Password", PASSWORD_ENV)
            accounts.create_user(ctx, args.username, password, args.role, full_name=args.name, language=args.language)
            print(f"Added {args.role} {args.username}.")
        elif args.users_command == "reset-password":
            password = _secret("New password", PASSWORD_ENV)
            accounts.reset_password(ctx, args.username, password, args.reason)
            print(f"Reset the password of {args.username}; the audit trail records it.")
        elif args.users_command == "deactivate":
            accounts.deactivate_user(ctx, args.username, args.reason)
            print(f"Deactivated {args.username}.")
    finally:
        db.close()
    return 0
