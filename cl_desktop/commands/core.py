"""gui, init, demo, stats, check."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cl_desktop.commands import cli_user
from cl_desktop.errors import RefusedInput, UsageError
from cl_desktop.paths import default_database
from cl_desktop.store import open_database
from cl_desktop.store.database import QUICK_CHECK_MAX_BYTES


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_database()


def open_existing(args: argparse.Namespace, *, reads_only: bool = False) -> Any:
    """The database named by ``--db`` (or the default one), which must exist.

    ``quick_check`` reads every page, minutes on a national database, so a command that only reads
    skips it on a big file: SQLite still refuses a damaged page it meets, with the same message.
    Commands that write always check first.
    """
    path = db_path(args)
    if not path.exists():
        raise RefusedInput(f"There is no database at {path}.")
    check = not reads_only or path.stat().st_size <= QUICK_CHECK_MAX_BYTES
    return open_database(path, create=False, check=check)


def add_db(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        required=required,
        help="database file (default: cl-desktop.sqlite in the user data folder)",
    )


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="open the application window")
    add_db(p)
    p.set_defaults(handler=lambda a: open_gui(db_path(a) if a.db else None))

    p = sub.add_parser("init", help="create an office or headquarters database")
    add_db(p, required=True)
    p.add_argument("--office-code", metavar="CODE")
    p.add_argument("--office-name", metavar="NAME")
    p.add_argument("--hq", action="store_true", help="create a headquarters database")
    p.add_argument("--admin", metavar="USERNAME", help="first administrator's user name")
    p.add_argument("--password", metavar="PASSWORD", help="first administrator's password")
    p.add_argument("--setup", metavar="SETUP_FILE", help="create an office database from headquarters' setup file")
    p.add_argument("--passphrase", metavar="P", help="the setup file's passphrase (asked for when omitted)")
    p.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the office database at rest (SQLCipher); prints its recovery key once",
    )
    p.add_argument("--recovery-pdf", metavar="FILE", help="with --encrypt: the recovery key on a one-page PDF")
    p.add_argument("--language", default="en", choices=["en", "km", "ru"], help="language of the recovery PDF")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="create the demo database (the seed projects with synthetic children)")
    add_db(p)
    p.add_argument("--children", type=int, metavar="N", help="total children (scales the population up)")
    p.add_argument("--seed", type=int, default=2008, metavar="S", help="random seed (default 2008)")
    p.add_argument("--if-missing", action="store_true", help="do nothing when the database exists")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("stats", help="counts per project, with children withdrawn and prevented")
    add_db(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("check", help="integrity check, audit trail and data-quality findings")
    add_db(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_check)


def open_gui(path: Path | None) -> int:
    from cl_desktop.ui.app import run

    return run(path)


def cmd_init(args: argparse.Namespace) -> int:
    if args.setup:
        from cl_desktop.commands.sync import cmd_init_from_setup

        return cmd_init_from_setup(args)
    if not args.office_code or not args.office_name:
        raise UsageError("init needs --office-code and --office-name")
    if args.encrypt and args.hq:
        raise UsageError("headquarters' database stays plain; --encrypt is for office databases")
    from cl_desktop.services.setup import create_database

    db = create_database(
        db_path(args),
        office_code=args.office_code,
        office_name=args.office_name,
        hq=args.hq,
        admin_username=args.admin,
        admin_password=args.password,
        user=cli_user(),
    )
    db.close()
    print(f"Created {'headquarters' if args.hq else 'office'} database {db_path(args)}.")
    if args.encrypt:
        from cl_desktop.commands.at_rest import cmd_encrypt

        return cmd_encrypt(args)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from cl_desktop.demo import DemoSpec, create_demo_database

    path = db_path(args)
    if path.exists() and path.stat().st_size > 0:
        if args.if_missing:
            return 0
        raise RefusedInput(f"{path} already exists; the demo needs a new file.")
    if args.children is not None and args.children < 1:
        raise RefusedInput("--children must be a positive number.")

    def progress(message: str, fraction: float) -> None:
        print(f"\r{fraction * 100:5.1f}%  {message:<50}", end="", file=sys.stderr, flush=True)

    db = create_demo_database(
        path,
        DemoSpec(children=args.children, seed=args.seed),
        progress if sys.stderr.isatty() else None,
        user=cli_user(),
    )
    db.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Created demo database {path}.")
    return 0


def stats(db: Any) -> dict[str, Any]:
    from cl_desktop.services.stats import database_stats

    return database_stats(db)


def cmd_stats(args: argparse.Namespace) -> int:
    db = open_existing(args, reads_only=True)
    result = stats(db)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(
        f"{'project':<16} {'programmes':>10} {'children':>10} {'services':>10} {'follow-ups':>10} "
        f"{'withdrawn':>10} {'prevented':>10}"
    )
    for p in result["projects"]:
        print(
            f"{p['code']:<16} {p['action_programmes']:>10,} {p['children']:>10,} {p['services']:>10,} "
            f"{p['follow_ups']:>10,} {p['withdrawn']:>10,} {p['prevented']:>10,}"
        )
    t = result["totals"]
    print(
        f"{'total':<16} {t['action_programmes']:>10,} {t['children']:>10,} {t['services']:>10,} "
        f"{t['follow_ups']:>10,} {t['withdrawn']:>10,} {t['prevented']:>10,}"
    )
    return 0


def _duplicates_checked(checked_at: str, unchecked: int) -> str:
    said = f"Last full check for duplicates: {checked_at[:10]}." if checked_at else "No full check for duplicates yet."
    if unchecked:
        said += (
            f" {unchecked:,} children added or changed since are not compared yet: the count may be incomplete "
            "(run `cl-desktop sync duplicates --scan`)."
        )
    return said


def cmd_check(args: argparse.Namespace) -> int:
    from cl_desktop.services.checks import run_checks

    path = db_path(args)
    if not path.exists():
        raise RefusedInput(f"There is no database at {path}.")
    db = open_database(path, create=False, migrate=False, read_only=True)
    report = run_checks(db)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for line in report["problems"]:
            print(f"ERROR    {line}")
        for f in report["findings"]:
            examples = f" (e.g. {', '.join(f['examples'])})" if f["examples"] else ""
            print(f"{f['severity'].upper():<8} {f['message']}{examples}")
            if f["key"] == "duplicates":  # read from the review queue: when it was last made in full
                print(f"{'':<8} {_duplicates_checked(f['checked_at'], f['unchecked'])}")
        print("The database file is sound." if report["sound"] else "The database has problems (see above).")
    if not report["sound"]:
        print(f"cl-desktop: {path} failed the check.", file=sys.stderr)
        return 1
    return 0
