"""referrals: print a referral slip or an organisation's referrals register (PDF)."""

from __future__ import annotations

import argparse
from typing import Any

from cl_desktop.commands.core import add_db, open_existing
from cl_desktop.errors import UsageError


def register(sub: Any) -> None:
    p = sub.add_parser(
        "referrals",
        help="print a referral slip (one page) or the referrals register of an organisation (PDF)",
        description="slip: the page handed to the family or the receiving organisation; the child's data "
        "only when the guardian consented to sharing it. register: every referral made to one organisation.",
    )
    actions = p.add_subparsers(dest="referrals_command", metavar="ACTION", required=True, parser_class=type(p))
    q = actions.add_parser("slip", help="the referral slip of one referral")
    q.add_argument("referral", metavar="ID", help="the referral's ID (see `cl-desktop export referrals`)")
    q = actions.add_parser("register", help="the referrals made to one organisation")
    q.add_argument("organisation", metavar="CODE", help="the organisation's code")
    for q in actions.choices.values():
        add_db(q)
        q.add_argument("-o", "--output", metavar="OUT.pdf", required=True, help="the PDF to write")
        q.add_argument("--lang", choices=("en", "km", "ru"), default="en", help="language (default en)")
        q.set_defaults(handler=cmd_referrals)


def cmd_referrals(args: argparse.Namespace) -> int:
    from cl_desktop.reports import referrals

    if not args.output.lower().endswith(".pdf"):
        raise UsageError("the output file must end in .pdf")
    db = open_existing(args, reads_only=True)
    try:
        if args.referrals_command == "slip":
            pages = referrals.build_slip(db, args.output, args.referral.strip(), args.lang)
        else:
            pages = referrals.build_register(db, args.output, args.organisation.strip(), args.lang)
    finally:
        db.close()
    print(f"Wrote {args.output} ({pages} page{'s' if pages != 1 else ''}).")
    return 0
