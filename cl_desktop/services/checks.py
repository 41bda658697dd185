"""``cl-desktop check``: is the file sound, is the audit trail intact, what needs attention."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.custom_fields import FieldDef, stored_problems
from cl_desktop.figures.quality import Finding, findings
from cl_desktop.services.accounts import accounts_with_demo_passwords
from cl_desktop.services.custom_fields import all_definitions
from cl_desktop.store.anchors import verify_anchors, verify_rows
from cl_desktop.store.migrations_custom_fields import CUSTOM_TABLES
from cl_desktop.store.records import verify_audit_chain
from cl_desktop.store.schema import SYNCED_TABLES

# Built-in participant values with a range (migration 0017 checks them too; a file edited with the
# constraints switched off, or a crafted one, is caught here with the record named).
RANGES: tuple[tuple[str, str, str, float, float], ...] = (
    ("children", "chores_hours_per_week", "household chores (hours per week)", 0, 168),
    ("children", "latitude", "latitude", -90, 90),
    ("children", "longitude", "longitude", -180, 180),
    ("children", "job_to_return", "has a job to return to (0 or 1)", 0, 1),
    ("follow_ups", "chores_hours_per_week", "household chores (hours per week)", 0, 168),
    ("follow_ups", "latitude", "latitude", -90, 90),
    ("follow_ups", "longitude", "longitude", -180, 180),
)


def out_of_range(db: Database) -> list[str]:
    """One sentence per value outside its range, naming the record (at most 20 per column)."""
    problems = []
    for table, column, label, low, high in RANGES:
        rows = db.execute(
            f"SELECT id, [{column}] FROM [{table}] WHERE [{column}] IS NOT NULL "
            f"AND (typeof([{column}]) NOT IN ('integer', 'real') OR NOT [{column}] BETWEEN ? AND ?) LIMIT 20",
            [low, high],
        ).fetchall()
        problems += [
            f"Out of range: {table} row {row_id} has {label} {value!r}, outside {low:g} to {high:g}."
            for row_id, value in rows
        ]
    return problems


# Each table's project, for the extra fields its rows answer.
_PROJECT_OF = {
    "children": "SELECT t.id, t.project_id, t.custom FROM children t",
    "follow_ups": "SELECT t.id, c.project_id, t.custom FROM follow_ups t LEFT JOIN children c ON c.id = t.child_id",
    "households": "SELECT t.id, p.project_id, t.custom FROM households t "
    "LEFT JOIN action_programmes p ON p.id = t.programme_id",
    "services": "SELECT t.id, coalesce(c.project_id, p.project_id), t.custom FROM services t "
    "LEFT JOIN children c ON c.id = t.child_id LEFT JOIN action_programmes p ON p.id = t.programme_id",
}
MAX_REPORTED = 20


def custom_value_problems(db: Database) -> list[str]:
    """Extra-field values against their project's definitions: a value of the wrong type, an unknown
    choice, a number outside its range, a code no definition has (at most 20 per table, then a count)."""
    problems: list[str] = []
    for form, table in CUSTOM_TABLES.items():
        by_project: dict[str | None, list[FieldDef]] = {}
        for f in all_definitions(db, form):
            by_project.setdefault(f.project_id, []).append(f)
        found = 0
        for row_id, project_id, stored in db.execute(_PROJECT_OF[table] + " WHERE t.custom != '{}'"):
            wrong = stored_problems(by_project.get(project_id, []), stored)
            if wrong:
                found += 1
                if found <= MAX_REPORTED:
                    problems.append(f"Extra field: {table} row {row_id}: {'; '.join(wrong)}.")
        if found > MAX_REPORTED:
            problems.append(f"Extra field: {found - MAX_REPORTED} more {table} rows with wrong extra-field values.")
    return problems


def run_checks(db: Database) -> dict[str, Any]:
    from cl_desktop.store.custom_choice_values import out_of_step

    problems = [r[0] for r in db.execute("PRAGMA integrity_check") if r[0] != "ok"]
    problems += [
        f"Foreign key: {r[0]} row {r[1]} refers to a missing {r[2]}." for r in db.execute("PRAGMA foreign_key_check")
    ]
    problems += out_of_range(db)
    problems += custom_value_problems(db)
    astray = out_of_step(db)
    if astray:
        entries = "entry … disagrees" if astray == 1 else "entries … disagree"
        noun, verb = entries.split(" … ")
        problems.append(
            f"Extra field: {astray:,} {noun} of the several-choices table the list filters read {verb}"
            " with the records (its triggers were set aside or the file was changed around them)."
        )
    chain = verify_audit_chain(db)
    problems += chain
    problems += verify_anchors(db)  # the trail against the heads partners and backups hold
    if not chain:
        problems += verify_rows(db, SYNCED_TABLES)  # the rows against the trail
    found = [asdict(f) for f in findings(db)]
    demo = accounts_with_demo_passwords(db)
    if demo:
        found.insert(
            0,
            asdict(
                Finding(
                    "security",
                    "warning",
                    f"{len(demo)} account(s) still have their demo password (the user name): anyone can sign in "
                    "with them; change the passwords before entering real data.",
                    len(demo),
                    tuple(demo[:5]),
                )
            ),
        )
    return {"sound": not problems, "problems": problems, "findings": found}
