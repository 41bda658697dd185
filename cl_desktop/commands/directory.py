"""organisations: the directory of organisations, service providers among them (contact, telephone, services)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cl_desktop.commands.core import add_db, open_existing
from cl_desktop.errors import RefusedInput

# Option name -> organisation column, for add and edit.
FIELDS = (
    ("name", "name"),
    ("acronym", "acronym"),
    ("type", "organisation_type"),
    ("country", "country_code"),
    ("contact", "contact_person"),
    ("telephone", "telephone"),
    ("address", "address"),
    ("services", "services_offered"),
)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "organisations",
        help="list, add or edit organisations, service providers among them",
        description="Organisations receive referrals: a service provider carries its contact person, "
        "telephone, address and the service types it offers (--services formal_education,health).",
    )
    actions = p.add_subparsers(dest="organisations_command", metavar="ACTION", required=True, parser_class=type(p))
    q = actions.add_parser("list", help="the directory (with --service TYPE: those offering it)")
    add_db(q)
    q.add_argument("--service", metavar="TYPE", help="only organisations offering this service type")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=cmd_list)
    for name, text in (("add", "add an organisation"), ("edit", "change an organisation's details")):
        q = actions.add_parser(name, help=text)
        add_db(q)
        q.add_argument("code", metavar="CODE", help="the organisation's code")
        q.add_argument("--name", required=name == "add")
        q.add_argument("--acronym")
        q.add_argument("--type", required=name == "add", metavar="TYPE", help="organisation type code")
        q.add_argument("--country", metavar="CC", help="two-letter country code")
        q.add_argument("--contact", metavar="NAME", help="contact person")
        q.add_argument("--telephone", metavar="NUMBER")
        q.add_argument("--address")
        q.add_argument("--services", metavar="T1,T2", help="service type codes offered, comma-separated")
        q.set_defaults(handler=cmd_add if name == "add" else cmd_edit)


def _service(db: Any) -> Any:
    from cl_desktop.commands import cli_user
    from cl_desktop.security.roles import system_actor
    from cl_desktop.services.context import Context
    from cl_desktop.services.directory import Organisations

    return Organisations(Context(db, system_actor(db, cli_user())))


def _values(args: argparse.Namespace) -> dict[str, Any]:
    return {column: getattr(args, option) for option, column in FIELDS if getattr(args, option) is not None}


def cmd_list(args: argparse.Namespace) -> int:
    from cl_desktop.services.reference import ReferenceLists

    db = open_existing(args, reads_only=True)
    try:
        if args.service and args.service not in ReferenceLists(db).codes("service_type"):
            raise RefusedInput(f"Unknown service type {args.service!r}.")
        rows = _service(db).list()
    finally:
        db.close()
    out = []
    for row in rows:
        offered = json.loads(row.get("services_offered") or "[]")
        if args.service and args.service not in offered:
            continue
        out.append(
            {
                "code": row["code"],
                "name": row["name"],
                "type": row["organisation_type"],
                "contact": row["contact_person"],
                "telephone": row["telephone"],
                "address": row["address"],
                "services": offered,
            }
        )
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for o in out:
        extra = " · ".join(x for x in (o["contact"], o["telephone"], ",".join(o["services"])) if x)
        print(f"{o['code']}\t{o['name']}\t{o['type']}" + (f"\t{extra}" if extra else ""))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        row = _service(db).create({"code": args.code, **_values(args)})
    finally:
        db.close()
    print(f"Added organisation {row['code']}.")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    values = _values(args)
    if not values:
        raise RefusedInput("Say what to change (--name, --contact, --telephone, --address, --services...).")
    db = open_existing(args)
    try:
        service = _service(db)
        found = service.find(args.code)
        if found is None:
            raise RefusedInput(f"There is no organisation {args.code!r}.")
        service.update(found["id"], values, base_version=int(found["version"]))
    finally:
        db.close()
    print(f"Changed organisation {found['code']}: {', '.join(sorted(values))}.")
    return 0
