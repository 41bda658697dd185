"""office, sync, transfer."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cl_desktop.commands import cli_user
from cl_desktop.errors import DatabaseError, KnownError, RefusedInput, UsageError


def _db(args: argparse.Namespace) -> Any:
    from cl_desktop.commands.core import open_existing

    return open_existing(args)


def _sync(args: argparse.Namespace) -> Any:
    """The role layer for the command line: whoever can run it can write the file, so it acts as
    an administrator of the database's own office, named ``cli:`` and the OS account in the audit trail."""
    from cl_desktop.security.roles import system_actor
    from cl_desktop.services.context import Context
    from cl_desktop.services.sync import Sync

    db = _db(args)
    return Sync(Context(db, system_actor(db, cli_user())))


def _codes(value: str | None) -> list[str] | None:
    return [c for c in value.split(",") if c.strip()] if value is not None else None


def _add_db(p: argparse.ArgumentParser) -> None:
    from cl_desktop.commands.core import add_db

    add_db(p)


def register(sub: Any) -> None:
    office = sub.add_parser("office", help="enrol and revoke offices (headquarters)")
    osub = office.add_subparsers(dest="office_command", metavar="ACTION", required=True)
    p = osub.add_parser("add", help="add an office and write its setup file")
    _add_db(p)
    p.add_argument("--code", required=True, metavar="CODE")
    p.add_argument("--name", required=True, metavar="NAME")
    p.add_argument("-o", "--output", required=True, metavar="SETUP_FILE")
    p.add_argument("--passphrase", metavar="P", help="passphrase protecting the setup file (default: generated)")
    p.add_argument("--admin", metavar="USERNAME", help="create a coordinator account for the office")
    p.add_argument("--password", metavar="PASSWORD")
    p.add_argument("--provinces", metavar="CODES", help="the office's provinces, e.g. KH-7,KH-23 (default: all)")
    p.add_argument("--programmes", metavar="CODES", help="the office's action programmes, e.g. AP001,AP004")
    p.set_defaults(handler=cmd_office_add)
    p = osub.add_parser("scope", help="change the provinces and programmes an office holds")
    _add_db(p)
    p.add_argument("--code", required=True, metavar="CODE")
    p.add_argument("--provinces", metavar="CODES")
    p.add_argument("--programmes", metavar="CODES")
    p.set_defaults(handler=cmd_office_scope)
    p = osub.add_parser("revoke", help="refuse the office's bundles from now on")
    _add_db(p)
    p.add_argument("--code", required=True, metavar="CODE")
    p.add_argument("--reason", required=True, metavar="R")
    p.set_defaults(handler=cmd_office_revoke)
    p = osub.add_parser("list", help="offices with their key fingerprints and sync state")
    _add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_office_list)

    p = sub.add_parser("transfer", help="hand a child to another office")
    _add_db(p)
    p.add_argument("case", metavar="CASE")
    p.add_argument("--to-office", required=True, metavar="CODE")
    p.add_argument("--reason", default="", metavar="R")
    p.set_defaults(handler=cmd_transfer)

    sync = sub.add_parser("sync", help="exchange bundles between offices and headquarters")
    ssub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    p = ssub.add_parser("export", help="write a bundle (at headquarters: --office CODE for a return bundle)")
    _add_db(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--full", action="store_true", help="every row instead of the changes not yet acknowledged")
    p.add_argument("--office", metavar="CODE", help="the office a return bundle is for (headquarters)")
    p.set_defaults(handler=cmd_export)
    p = ssub.add_parser("import", help="import bundles, in any order")
    _add_db(p)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)
    p = ssub.add_parser("conflicts", help="concurrent edits waiting for a decision")
    _add_db(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="include resolved conflicts")
    p.set_defaults(handler=cmd_conflicts)
    p = ssub.add_parser("resolve", help="decide a conflict")
    _add_db(p)
    p.add_argument("id", metavar="ID")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--keep", choices=("local", "remote"))
    g.add_argument("--value", metavar="V")
    p.set_defaults(handler=cmd_resolve)
    p = ssub.add_parser("duplicates", help="suspected duplicate children across offices")
    _add_db(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--scan", action="store_true", help="compare all children first (seconds per 100,000)")
    p.add_argument("--not-same", metavar="ID", help="decide that the listed pair ID is two children")
    p.set_defaults(handler=cmd_duplicates)
    p = ssub.add_parser("same", help="decide that two children are one: the other counts no more, merge later")
    _add_db(p)
    p.add_argument("keep", metavar="KEEP_CASE")
    p.add_argument("other", metavar="OTHER_CASE")
    p.set_defaults(handler=cmd_same)
    p = ssub.add_parser("merge", help="merge two children, keeping the first")
    _add_db(p)
    p.add_argument("keep", metavar="KEEP_CASE")
    p.add_argument("other", metavar="OTHER_CASE")
    p.set_defaults(handler=cmd_merge)
    p = ssub.add_parser("history", help="bundles written and imported, with their receipts")
    _add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)


def cmd_office_add(args: argparse.Namespace) -> int:
    if args.admin and not args.password:
        raise UsageError("--admin needs --password")
    e = _sync(args).add_office(
        code=args.code,
        name=args.name,
        out=args.output,
        passphrase=args.passphrase,
        admin=args.admin,
        password=args.password,
        provinces=_codes(args.provinces),
        programmes=_codes(args.programmes),
    )
    print(f"Added office {e.code}; setup file {args.output}.")
    print(f"Office key fingerprint:       {e.fingerprint}")
    print(f"Headquarters signing key fingerprint: {e.manifest.signer_key}")
    if not args.passphrase:
        print(f"Passphrase (shown once; give it to the office separately from the file): {e.passphrase}")
    return 0


def cmd_office_scope(args: argparse.Namespace) -> int:
    if args.provinces is None and args.programmes is None:
        raise UsageError("office scope needs --provinces and/or --programmes")
    row = _sync(args).set_scope(args.code, provinces=_codes(args.provinces), programmes=_codes(args.programmes))
    scope = json.loads(row["scope"])
    print(
        f"Office {row['code']} now holds provinces {', '.join(scope['provinces']) or '(none)'} and programmes "
        f"{', '.join(scope['programmes']) or '(none)'}; its next return bundle brings and removes records to match."
    )
    return 0


def cmd_transfer(args: argparse.Namespace) -> int:
    t = _sync(args).transfer(args.case, args.to_office, args.reason)
    state = "confirmed" if t.get("confirmed_at") else "sent with the next bundle to headquarters"
    print(f"Transferred {t['case_number']} from {t['from_office']} to {t['to_office']} ({state}).")
    return 0


def cmd_office_revoke(args: argparse.Namespace) -> int:
    _sync(args).revoke_office(args.code, args.reason)
    print(f"Revoked office {args.code}; its bundles are refused from now on.")
    return 0


def cmd_office_list(args: argparse.Namespace) -> int:
    rows = _sync(args).offices()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        state = "revoked " + str(r["revoked_at"]) if r["revoked_at"] else ("headquarters" if r["hq"] else "active")
        scope = r.get("scope")
        held = "all" if scope is None else ",".join(scope["provinces"] + scope["programmes"])
        print(f"{r['code']:<12} {r['name']:<36} {r['fingerprint'] or '(no keys)':<20} {state:<14} {held}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    m = _sync(args).export(args.output, full=args.full, office=args.office)
    total = sum(m.counts.values())
    what = "all rows" if m.is_full else "changes"
    print(f"Wrote {args.output}: {what} for {m.recipient}, {total:,} records.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    sync = _sync(args)
    results = []
    for name in args.files:
        if not Path(name).exists():
            raise RefusedInput(f"The bundle file {name} does not exist.")
    refused = 0
    # In the order their change ranges require, each in its own transaction with its own receipt;
    # a refused file does not stop the others (a later one may not need it).
    for path in sync.import_order(args.files):
        try:
            r = sync.import_bundle(path)
        except DatabaseError:
            raise  # the database cannot take any import (disk full, locked): said once
        except KnownError as exc:
            refused += 1
            print(f"cl-desktop: {exc}", file=sys.stderr)
            continue
        results.append(r)
        if not args.json:
            print(r.sentence())
    if args.json:
        print(json.dumps([{"file": r.file, "sender": r.sender, **r.receipt.as_dict()} for r in results], indent=2))
    return 1 if refused else 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    sync = _sync(args)
    rows = sync.conflicts(status="all" if args.all else "open")
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return 0
    if not rows:
        print("No conflicts to resolve.")
    for c in rows:
        field = sync.conflict_field(c)
        name = c["field"] if field is None else f"{c['field']} ({field.label('en')})"
        print(
            f"{c['id']}  {c['table_name']} {c['record']} {name}: here {_conflict_value(field, c['local_value'])} "
            f"({c['local_user']} at {c['local_office']}, {c['local_at']}) / {c['remote_office']} "
            f"{_conflict_value(field, c['remote_value'])} ({c['remote_user']}, {c['remote_at']})"
        )
    return 0


def _conflict_value(field: Any, value: Any) -> str:
    """A value in conflict: an extra field's as the forms read it (choice labels, yes/no), quoted; another
    as Python writes it."""
    from cl_desktop.domain.custom_fields import blank, display

    if field is None:
        return repr(value)
    return "''" if blank(value) else repr(display(field, value, "en"))


def cmd_resolve(args: argparse.Namespace) -> int:
    _sync(args).resolve(args.id, keep=args.keep, value=args.value)
    print(f"Resolved conflict {args.id}.")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    sync = _sync(args)
    if args.not_same:
        sync.dismiss_duplicate(args.not_same)
        print(f"Pair {args.not_same}: not the same child (remembered and sent to every office).")
        return 0
    if args.scan:
        sync.scan_duplicates()
    rows = sync.duplicates()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No suspected duplicates.")
    for d in rows:
        print(
            f"{d['id']}  {d['a_case']} {d['a_name']} ({d['a_office']}) ~ {d['b_case']} {d['b_name']} "
            f"({d['b_office']}): {d['score']:.2f}, {'; '.join(d['reasons'])}"
        )
    return 0


def cmd_same(args: argparse.Namespace) -> int:
    _sync(args).confirm_duplicate(args.keep, args.other)
    print(f"{args.other} is {args.keep}: counted once from now on; merge them with `sync merge`.")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    moved = _sync(args).merge_children(args.keep, args.other)
    print(
        f"Merged {args.other} into {args.keep}: {moved['services']} services and "
        f"{moved['follow_ups']} follow-ups moved."
    )
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    rows = _sync(args).history()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(
            f"{r['at']}  {r['direction']:<6} {r['sender']:>8} -> {r['recipient']:<8} {r['file_name']}  "
            f"added {r['added']}, updated {r['updated']}, merged {r['merged']}, conflicted {r['conflicted']}, "
            f"skipped {r['skipped']}"
        )
    if not rows:
        print("No bundles yet.", file=sys.stdout)
    return 0


def cmd_init_from_setup(args: argparse.Namespace) -> int:
    """``cl-desktop init --db PATH --setup SETUP_FILE [--passphrase P]`` (the option lives in core.py)."""
    from cl_desktop.commands.core import db_path
    from cl_desktop.services.sync import init_from_setup, setup_info

    if args.office_code or args.hq:
        raise UsageError("--setup takes the office from the setup file; leave out --office-code and --hq")
    passphrase = args.passphrase
    if passphrase is None:
        import getpass

        if not sys.stdin.isatty():
            raise UsageError("--setup needs --passphrase when not run in a terminal")
        passphrase = getpass.getpass("Setup file passphrase: ")
    info = setup_info(args.setup)
    code = None
    if args.encrypt:
        from cl_desktop.services.at_rest import init_encrypted_from_setup

        db, code = init_encrypted_from_setup(db_path(args), args.setup, passphrase, cli_user())
    else:
        db = init_from_setup(db_path(args), args.setup, passphrase, cli_user())
    db.close()
    print(f"Created office database {db_path(args)} for {info['office']} ({info.get('name', '')}).")
    print(f"Headquarters {info['hq']} signing key fingerprint: {info['manifest'].signer_key}")
    if code is not None:
        from cl_desktop.commands.at_rest import print_recovery, recovery_pdf
        from cl_desktop.services.at_rest import slot_count

        path = db_path(args)
        n = slot_count(path)
        unlock = "1 account unlocks it" if n == 1 else f"{n} accounts unlock it"
        print(f"Encrypted at rest; its key file is {path.name}.keys beside it ({unlock}).")
        print_recovery(code)
        if args.recovery_pdf:
            recovery_pdf(Path(args.recovery_pdf), code, path, args.language)
    return 0
