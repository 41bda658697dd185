"""mapping, dhis2 send, and the exchange kinds of export and import (ADX, DHIS2 JSON, IATI, XLSForm, Kobo)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cl_desktop.commands.core import add_db, open_existing
from cl_desktop.errors import RefusedInput, UsageError

EXPORT_KINDS = ("adx", "iati", "xlsform", "referrals")
IMPORT_KINDS = ("kobo", "referral-responses")
FORMS = ("intake", "followup")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "mapping",
        help="the DHIS2 mapping (codes for data elements, categories, options, org units) as CSV",
        description="export writes the effective mapping (the default with headquarters' changes) as CSV with "
        "the columns kind,key,code,name; import lays a CSV over it at headquarters, in one transaction, "
        "refusing unknown keys and duplicated codes with the row named.",
    )
    p.add_argument("action", choices=("export", "import"))
    add_db(p)
    p.add_argument("file", metavar="FILE", help="mapping CSV to write (export) or read (import)")
    p.set_defaults(handler=cmd_mapping)

    p = sub.add_parser(
        "dhis2",
        help="send an ADX or DHIS2 JSON file to a DHIS2 server (dry run first)",
        description="Posts FILE to URL/api/dataValueSets with dryRun=true, shows DHIS2's import summary, and then, "
        "when confirmed (or with --yes), posts it for real. The password is read from --password-file and "
        "never stored.",
    )
    p.add_argument("action", choices=("send",))
    p.add_argument("--url", required=True, metavar="URL", help="the DHIS2 server, e.g. https://dhis2.example.org")
    p.add_argument("--user", required=True, metavar="U", help="DHIS2 user name")
    p.add_argument("--password-file", required=True, metavar="F", help="file whose first line is the password")
    p.add_argument("--yes", action="store_true", help="send for real after a clean dry run without asking")
    p.add_argument("--dry-run-only", action="store_true", help="stop after the dry run")
    p.add_argument("--timeout", type=float, default=60.0, metavar="S", help="seconds to wait for the server")
    p.add_argument("file", metavar="FILE", help="FILE.xml (ADX) or FILE.json (dataValueSets)")
    p.set_defaults(handler=cmd_dhis2_send)


def add_export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="since", metavar="DATE", help="adx: periods from this date (YYYY-MM-DD)")
    p.add_argument("--to", dest="until", metavar="DATE", help="adx: periods up to this date (YYYY-MM-DD)")
    p.add_argument(
        "--format",
        choices=("adx", "dhis2-json", "json"),
        help="adx: ADX XML (default) or DHIS2 JSON; referrals: json",
    )
    p.add_argument("--allow-missing", action="store_true", help="adx: write even when some figures have no code")
    p.add_argument("--form", choices=FORMS, help="xlsform: intake or followup")


def add_import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--form", choices=FORMS, help="kobo: the form the submissions come from (intake or followup)")


def cmd_mapping(args: argparse.Namespace) -> int:
    from cl_desktop.commands import cli_user
    from cl_desktop.exchange import mapping
    from cl_desktop.security.roles import system_actor
    from cl_desktop.services.context import Context

    if args.action == "export":
        db = open_existing(args, reads_only=True)
        try:
            count = mapping.export_csv(db, args.file)
        finally:
            db.close()
        print(f"Wrote {count:,} mapping row(s) to {args.file}.")
        return 0
    db = open_existing(args)
    try:
        try:
            changed = mapping.import_csv(Context(db, system_actor(db, cli_user())), args.file)
        except mapping.MappingRefused as exc:
            for error in exc.errors:
                print(f"{args.file}: {error}", file=sys.stderr)
            raise
    finally:
        db.close()
    print(f"{args.file}: {changed:,} mapping row(s) changed.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.kind == "referrals":
        return _export_referrals(args)
    if not args.project:
        raise UsageError(f"export {args.kind} needs --project")
    if args.kind == "adx":
        return _export_adx(args)
    if args.kind == "iati":
        from cl_desktop.exchange import iati

        db = open_existing(args, reads_only=True)
        try:
            count = iati.write(db, args.project, args.output)
        finally:
            db.close()
        print(f"Wrote an IATI activity with {count:,} result(s) to {args.output}.")
        return 0
    from cl_desktop.exchange import xlsform

    if not args.form:
        raise UsageError("export xlsform needs --form intake or --form followup")
    db = open_existing(args, reads_only=True)
    try:
        count = xlsform.write(db, args.project, args.form, args.output)
    finally:
        db.close()
    print(f"Wrote the {args.form} form ({count:,} question(s)) to {args.output}.")
    return 0


def _export_adx(args: argparse.Namespace) -> int:
    from cl_desktop.exchange import adx, dhis2, mapping, values

    if args.format not in (None, "adx", "dhis2-json"):
        raise UsageError("export adx takes --format adx or --format dhis2-json")
    json_format = args.format == "dhis2-json"
    db = open_existing(args, reads_only=True)
    try:
        found, check, data_set = values.prepare(
            db,
            mapping.load(db),
            args.project,
            period=args.period,
            since=args.since,
            until=args.until,
            dhis2_periods=json_format,
        )
    finally:
        db.close()
    for line in check.lines(args.allow_missing):
        print(f"cl-desktop: {line}", file=sys.stderr)
    if check.blocks(args.allow_missing):
        hint = "" if check.errors else " (or give --allow-missing to leave those figures out)"
        raise RefusedInput(f"Nothing was written: fix the DHIS2 mapping{hint}.")
    if not found:
        raise RefusedInput("Nothing was written: no figure has every code it needs.")
    count = (dhis2 if json_format else adx).write(args.output, found, data_set)
    print(f"Wrote {count:,} data value(s) to {args.output}.")
    return 0


def cmd_dhis2_send(args: argparse.Namespace) -> int:
    from cl_desktop.exchange import dhis2

    password = dhis2.read_password(args.password_file)
    dry = dhis2.post(args.url, args.user, password, args.file, dry_run=True, timeout=args.timeout)
    print("Dry run (nothing imported yet):")
    for line in dry.lines():
        print(f"  {line}")
    if not dry.ok:
        raise RefusedInput("DHIS2 would not import this file cleanly; nothing was sent for real.")
    if args.dry_run_only:
        return 0
    if not args.yes:
        print("Import these figures into DHIS2 for real? [y/N] ", end="", flush=True)
        answer = sys.stdin.readline().strip().lower() if sys.stdin else ""
        if answer not in ("y", "yes"):
            print("Not sent.")
            return 1
    real = dhis2.post(args.url, args.user, password, args.file, dry_run=False, timeout=args.timeout)
    print("Imported:")
    for line in real.lines():
        print(f"  {line}")
    return 0 if real.ok else 1


def _export_referrals(args: argparse.Namespace) -> int:
    from cl_desktop.atomic import atomic_write
    from cl_desktop.commands import cli_user
    from cl_desktop.security.roles import system_actor
    from cl_desktop.services.context import Context
    from cl_desktop.services.referrals import Referrals

    if args.format != "json":
        raise UsageError("export referrals needs --format json")
    db = open_existing(args, reads_only=True)
    try:
        data = Referrals(Context(db, system_actor(db, cli_user()))).export_records()
    finally:
        db.close()
    with atomic_write(args.output, "w") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
    print(f"Wrote {len(data['referrals']):,} referral(s) to {args.output}.")
    return 0


def _import_responses(args: argparse.Namespace) -> int:
    from cl_desktop.commands import cli_user
    from cl_desktop.security.roles import system_actor
    from cl_desktop.services.context import Context
    from cl_desktop.services.referrals import Referrals

    path = Path(args.file)
    try:
        if path.stat().st_size > 64 * 1024 * 1024:
            raise RefusedInput(f"{path} is larger than 64 MB; split it.")
        rows = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RefusedInput(f"There is no file {path}.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RefusedInput(f"{path} is not a JSON file ({exc}).") from None
    db = open_existing(args)
    try:
        service = Referrals(Context(db, system_actor(db, cli_user())))
        result = service.import_responses(rows, dry_run=args.dry_run)
    finally:
        db.close()
    verb = "Would apply" if args.dry_run else "Applied"
    print(f"{verb} {result['applied']:,} response(s); {result['unchanged']:,} already recorded.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if args.kind == "referral-responses":
        return _import_responses(args)
    from cl_desktop.commands import cli_user
    from cl_desktop.exchange import kobo
    from cl_desktop.security.roles import system_actor
    from cl_desktop.services.context import Context

    if not args.form:
        raise UsageError("import kobo needs --form intake or --form followup")
    db = open_existing(args)
    try:
        ctx = Context(db, system_actor(db, cli_user()))
        try:
            result = kobo.import_file(ctx, args.form, args.file, dry_run=args.dry_run)
        except kobo.KoboRefused as exc:
            for error in exc.errors:
                print(f"{args.file}: {error}", file=sys.stderr)
            raise
    finally:
        db.close()
    print(result.summary())
    return 0
