"""report: build a PDF report from the command line."""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType
from typing import Any

from cl_desktop.commands.core import add_db, open_existing
from cl_desktop.errors import KnownError, UsageError

STOPPED = "The report was stopped before it was finished; no file was written."


class _Stopped(Exception):
    """Raised by the SIGTERM handler; reportlab may rewrite its message on the way out, so it is
    recognised by type and replaced by one clean sentence."""


def _stop(signum: int, frame: FrameType | None) -> None:
    raise _Stopped(STOPPED)


def register(sub: Any) -> None:
    from cl_desktop.reports.catalogue import KINDS

    p = sub.add_parser(
        "report",
        help="write a PDF report (tpr, summary, programme, register, child, quality, intake-form, followup-form, "
        "referrals) "
        "or the evidence behind the TPR's figures (evidence, XLSX or CSV)",
    )
    p.add_argument("kind", metavar="KIND", choices=[*KINDS, "evidence"], help=", ".join([*KINDS, "evidence"]))
    add_db(p)
    p.add_argument("-o", "--output", metavar="OUT.pdf", required=True, help="the PDF to write")
    p.add_argument("--project", metavar="CODE", help="project code (default: the first project with children)")
    p.add_argument("--period", metavar="PERIOD", help="reporting period code (default: the latest that has ended)")
    p.add_argument("--lang", choices=("en", "km", "ru"), default="en", help="report language (default en)")
    p.add_argument(
        "--khmer-digits", action="store_true", help="Khmer reports: numbers and dates in Khmer digits (០១២...)"
    )
    p.add_argument("--programme", metavar="CODE", help="action programme code (programme report, register filter)")
    p.add_argument("--child", metavar="CASE", help="case number (child profile)")
    p.add_argument("--province", metavar="CODE", help="province code (register filter)")
    p.add_argument("--organisation", metavar="CODE", help="organisation code (referrals register)")
    p.add_argument("--outcome", choices=("withdrawn", "prevented", "in_progress"), help="outcome (register filter)")
    p.add_argument(
        "--pseudonymise",
        action="store_true",
        help="no names, birth dates, exact ages or villages; dates to the month (register, child profile)",
    )
    p.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from cl_desktop.reports.catalogue import build_report
    from cl_desktop.reports.common import BuildOptions

    if args.kind == "child" and not args.child:
        raise UsageError("report child needs --child CASE")
    if args.kind == "referrals" and not args.organisation:
        raise UsageError("report referrals needs --organisation CODE")
    if args.kind == "evidence":
        return _evidence(args)
    if not args.output.lower().endswith(".pdf"):
        raise UsageError("the output file must end in .pdf")
    if args.khmer_digits and args.lang != "km":
        raise UsageError("--khmer-digits applies to Khmer reports only: add --lang km or leave it out")
    db = open_existing(args, reads_only=True)
    # SIGTERM (a closed terminal, a service manager) ends the build through the same path as an error,
    # so the temporary file is removed and nothing is left behind.
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        options = BuildOptions(
            project=args.project,
            period=args.period,
            lang=args.lang,
            khmer_digits=args.khmer_digits,
            programme=args.programme,
            child=args.child,
            province=args.province,
            outcome=args.outcome,
            organisation=args.organisation,
            pseudonymise=args.pseudonymise,
        )
        pages = build_report(args.kind, db, args.output, options)
    except _Stopped:
        raise KnownError(STOPPED) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
        db.close()
    print(f"Wrote {args.output} ({pages} pages).", file=sys.stderr)
    return 0


def _evidence(args: argparse.Namespace) -> int:
    """The children and households behind every figure of the TPR, with the rule's reason and version."""
    from cl_desktop.reports import data, evidence
    from cl_desktop.tabular.writers import Table, format_of, write_tables

    format_of(args.output)  # refuses anything but .xlsx and .csv in one sentence
    if args.khmer_digits and args.lang != "km":
        raise UsageError("--khmer-digits applies to Khmer reports only: add --lang km or leave it out")
    db = open_existing(args, reads_only=True)
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        project = data.project_by_code(db, args.project)
        period = data.period_by_code(db, project, args.period)
        table = Table("Evidence", evidence.HEADER, evidence.table_rows(db, project, period, args.lang))
        count = write_tables(args.output, [table])
    except _Stopped:
        raise KnownError(STOPPED) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
        db.close()
    print(f"Wrote {args.output} ({count} children and households).", file=sys.stderr)
    return 0
