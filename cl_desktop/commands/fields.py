"""fields: a project's extra fields (list, define, retire)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cl_desktop.errors import UsageError

FORM_CHOICES = ["intake", "followup", "household", "service"]
KIND_CHOICES = ["text", "number", "date", "yes_no", "choice", "choices"]


def register(sub: Any) -> None:
    from cl_desktop.commands.core import add_db

    p = sub.add_parser("fields", help="list, define or retire a project's extra fields (headquarters)")
    add_db(p)
    fields = p.add_subparsers(dest="fields_command", metavar="ACTION", parser_class=type(p))
    q = fields.add_parser("list", help="list the extra fields, retired ones marked")
    q.add_argument("--project", metavar="CODE", help="one project's fields")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q = fields.add_parser("define", help="add a field to a form of a project")
    q.add_argument("--project", metavar="CODE", required=True)
    q.add_argument("--form", required=True, choices=FORM_CHOICES)
    q.add_argument("--code", required=True, help="a-z, 0-9 and _, starting with a letter (the export's header)")
    q.add_argument("--type", dest="kind", required=True, choices=KIND_CHOICES)
    q.add_argument("--label", required=True, help="label in English")
    q.add_argument("--label-km", default="", help="label in Khmer")
    q.add_argument("--label-ru", default="", help="label in Russian")
    q.add_argument("--help-text", default="", help="help in English")
    q.add_argument("--help-text-km", default="", help="help in Khmer")
    q.add_argument("--help-text-ru", default="", help="help in Russian")
    q.add_argument("--required", action="store_true", help="a value must be given")
    q.add_argument("--min", dest="minimum", metavar="N", help="lowest number allowed")
    q.add_argument("--max", dest="maximum", metavar="N", help="highest number allowed")
    q.add_argument(
        "--choices",
        default="",
        metavar="LIST",
        help="choices as 'code=English|Khmer|Russian', separated by ';' (one or several choices)",
    )
    q.add_argument("--section", default="", help="the section of the form it appears in")
    q.add_argument("--section-km", default="", help="the section's name in Khmer")
    q.add_argument("--section-ru", default="", help="the section's name in Russian")
    q.add_argument("--in-lists", action="store_true", help="show it in lists and reports")
    q.add_argument("--show-when", default="", metavar="CODE", help="show only when this other field has a value")
    q = fields.add_parser("retire", help="hide a field from new entry (its values stay with their records)")
    q.add_argument("--project", metavar="CODE", required=True)
    q.add_argument("--form", required=True, choices=FORM_CHOICES)
    q.add_argument("code")
    q.add_argument("--undo", action="store_true", help="bring a retired field back")
    for action in fields.choices.values():
        action.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    p.set_defaults(handler=cmd_fields)


def cmd_fields(args: argparse.Namespace) -> int:
    from cl_desktop.commands import cli_user
    from cl_desktop.commands.core import open_existing
    from cl_desktop.security.roles import system_actor
    from cl_desktop.services.context import Context
    from cl_desktop.services.custom_fields import CustomFields
    from cl_desktop.services.projects import Projects

    if not args.fields_command:
        raise UsageError("fields needs an action: list, define or retire")
    db = open_existing(args, reads_only=args.fields_command == "list")
    try:
        ctx = Context(db, system_actor(db, cli_user()))
        service = CustomFields(ctx)
        if args.fields_command == "list":
            project_id = Projects(ctx).by_code(args.project)["id"] if args.project else None
            rows = service.list(project_id)
            if args.json:
                for r in rows:
                    r["choices"] = json.loads(r["choices"])
                print(json.dumps(rows, ensure_ascii=False, indent=2))
                return 0
            if not rows:
                print("No extra fields are defined.")
            for r in rows:
                flags = [f for f, on in (("required", r["required"]), ("in lists", r["in_lists"])) if on]
                if r["retired"]:
                    flags.append("retired")
                extra = f" [{', '.join(flags)}]" if flags else ""
                print(f"{r['project_code']:<10} {r['form']:<10} {r['code']:<24} {r['kind']:<8} {r['label_en']}{extra}")
        elif args.fields_command == "define":
            project = Projects(ctx).by_code(args.project)
            row = service.define(
                {
                    "project_id": project["id"],
                    "form": args.form,
                    "code": args.code,
                    "kind": args.kind,
                    "label_en": args.label,
                    "label_km": args.label_km,
                    "label_ru": args.label_ru,
                    "help_en": args.help_text,
                    "help_km": args.help_text_km,
                    "help_ru": args.help_text_ru,
                    "required": args.required,
                    "minimum": args.minimum,
                    "maximum": args.maximum,
                    "choices": args.choices,
                    "section": args.section,
                    "section_km": args.section_km,
                    "section_ru": args.section_ru,
                    "in_lists": args.in_lists,
                    "show_when": args.show_when,
                }
            )
            print(f"Defined {row['code']} on the {row['form']} form of {project['code']}.")
        else:
            row = service.find(args.project, args.form, args.code)
            service.retire(row["id"], retired=not args.undo)
            if args.undo:
                print(f"{args.code} is back on the {args.form} form of {args.project}.")
            else:
                kept = service.values_in_use(row["id"])
                print(f"Retired {args.code}: hidden from new entry; the values of {kept} records are kept.")
    finally:
        db.close()
    return 0
