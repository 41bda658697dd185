"""export, import: lists to CSV/XLSX and spreadsheet registers into the database."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cl_desktop.commands.core import add_db, open_existing
from cl_desktop.errors import UsageError

IMPORT_KINDS = ("children", "households", "services", "followups")


def register(sub: Any) -> None:
    from cl_desktop.commands import exchange
    from cl_desktop.tabular.exporter import export_kinds

    p = sub.add_parser(
        "export",
        help="export a list, the indicator aggregate or the TPR tables to CSV or XLSX",
        description="The format follows the output file's extension (.csv or .xlsx). CSV files are UTF-8 "
        "with a byte-order mark so Excel shows Khmer and Cyrillic. The four importable lists (children, "
        "households, services, followups) are written with the columns `cl-desktop import` reads. "
        "tpr-tables writes one sheet per table in XLSX, and in CSV one long table with the columns "
        "Table, Row, Column, Value.",
    )
    kinds = (*export_kinds(), *exchange.EXPORT_KINDS)
    p.add_argument("kind", metavar="KIND", choices=kinds, help=", ".join(kinds))
    add_db(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="OUT.csv or OUT.xlsx")
    p.add_argument("--project", metavar="CODE", help="only this project's rows (required for tpr-tables)")
    p.add_argument("--period", metavar="PERIOD", help="reporting period code, for tpr-tables")
    p.add_argument("--search", default="", metavar="TEXT", help="the list's search (names, case numbers, codes)")
    p.add_argument(
        "--filter", action="append", default=[], metavar="KEY=VALUE", help="a list filter, e.g. sex=F (repeatable)"
    )
    p.add_argument("--lang", choices=("en", "km", "ru"), default="en", help="language of list labels")
    p.add_argument(
        "--pseudonymise",
        action="store_true",
        help="lists: case numbers instead of names, age groups instead of birth dates, no free text",
    )
    exchange.add_export_arguments(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "import",
        help="import a CSV or XLSX register (all rows or none)",
        description="Reads the columns `cl-desktop export` writes for the list. Rows are matched by case "
        "number (children), household code (households) or ID (services, followups); others are added. "
        "Every row is validated; if any is invalid nothing is imported and each error is listed.",
    )
    kinds = (*IMPORT_KINDS, *exchange.IMPORT_KINDS)
    p.add_argument("kind", metavar="KIND", choices=kinds, help=", ".join(kinds))
    add_db(p)
    p.add_argument("file", metavar="FILE", help="FILE.csv or FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="check every row and report, but import nothing")
    exchange.add_import_arguments(p)
    p.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from cl_desktop.commands import exchange
    from cl_desktop.tabular import exporter
    from cl_desktop.tabular.writers import format_of

    # `export referrals -o OUT.csv|.xlsx` is the referrals list like every list; `--format json` the exchange file
    as_list = args.kind == "referrals" and args.format is None and args.output.lower().endswith((".csv", ".xlsx"))
    if args.kind in exchange.EXPORT_KINDS and not as_list:
        return exchange.cmd_export(args)

    format_of(args.output)
    db = open_existing(args, reads_only=True)
    try:
        kind = exporter.normalise_kind(args.kind)
        if kind == "indicators-aggregate":
            count = exporter.export_aggregate(db, args.output, args.project)
        elif kind == "tpr-tables":
            if not args.project or not args.period:
                raise UsageError("tpr-tables needs --project and --period")
            count = exporter.export_tpr_tables(db, args.output, args.project, args.period, args.lang)
        else:
            query, project = exporter.build_query(
                db, kind, project=args.project, search=args.search, filters=args.filter
            )
            count = exporter.export_list(
                db, kind, args.output, query, lang=args.lang, project=project, pseudonymise=args.pseudonymise
            )
    finally:
        db.close()
    print(f"Wrote {count:,} row(s) to {args.output}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from cl_desktop.commands import cli_user, exchange
    from cl_desktop.security.roles import system_actor
    from cl_desktop.services.context import Context

    if args.kind in exchange.IMPORT_KINDS:
        return exchange.cmd_import(args)
    from cl_desktop.tabular.importer import ImportRefused, import_file

    db = open_existing(args)
    try:
        ctx = Context(db, system_actor(db, cli_user()))
        try:
            result = import_file(ctx, args.kind, args.file, dry_run=args.dry_run)
        except ImportRefused as exc:
            for error in exc.result.errors:
                print(f"{args.file}: {error}", file=sys.stderr)
            if exc.result.more_errors:
                print(f"{args.file}: … and {exc.result.more_errors:,} more error(s).", file=sys.stderr)
            raise
    finally:
        db.close()
    if result.errors:  # a dry run reports instead of raising
        for error in result.errors:
            print(f"{args.file}: {error}", file=sys.stderr)
        print(f"cl-desktop: {result.summary()}", file=sys.stderr)
        return 1
    print(result.summary())
    return 0
