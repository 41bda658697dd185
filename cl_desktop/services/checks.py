"""``cl-desktop check``: is the file sound, is the audit trail intact, what needs attention."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlite_utils import Database

from cl_desktop.figures.quality import Finding, findings
from cl_desktop.services.accounts import accounts_with_demo_passwords
from cl_desktop.store.anchors import verify_anchors, verify_rows
from cl_desktop.store.records import verify_audit_chain
from cl_desktop.store.schema import SYNCED_TABLES


def run_checks(db: Database) -> dict[str, Any]:
    problems = [r[0] for r in db.execute("PRAGMA integrity_check") if r[0] != "ok"]
    problems += [
        f"Foreign key: {r[0]} row {r[1]} refers to a missing {r[2]}." for r in db.execute("PRAGMA foreign_key_check")
    ]
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
