"""Handing a child to another office (families move for work).

The office that holds the child writes a ``transfers`` row (case number, date, to whom); at
headquarters the import confirms it. From then on the receiving office holds the child with its
whole history (its next return bundle carries them whole) and the sending office's next return
bundle removes them there, leaving the transfer row as the stub. The child's row itself does not
change: case number, outcome history and indicator counts stay as they were.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from cl_desktop.errors import NotFound, RefusedInput
from cl_desktop.ids import utc_now
from cl_desktop.store import records
from cl_desktop.sync import keys as sync_keys

_WITH_CHILD = (
    ("children", "id"),
    ("services", "child_id"),
    ("follow_ups", "child_id"),
    ("case_aliases", "child_id"),
    ("referrals", "child_id"),
    ("referral_events", "child_id"),
    ("visit_children", "child_id"),
)


def holder(db: Database, child: dict[str, Any]) -> str:
    """The office that holds a child now: the last confirmed transfer's destination, else its creator."""
    row = db.execute(
        "SELECT to_office FROM transfers WHERE child_id = ? AND confirmed_at IS NOT NULL AND deleted = 0 "
        "ORDER BY confirmed_at DESC, id DESC LIMIT 1",
        [child["id"]],
    ).fetchone()
    return str(row[0]) if row else str(child["office"])


def pending_transfer(db: Database, child_id: str) -> dict[str, Any] | None:
    """The transfer of this child away from this office, if there is one (the child is then read-only)."""
    own = sync_keys.own_office(db)
    rows = list(
        db.query(
            "SELECT * FROM transfers WHERE child_id = ? AND from_office = ? AND deleted = 0 ORDER BY created_at DESC",
            [child_id, own],
        )
    )
    return rows[0] if rows else None


def transfer_child(db: Database, case_number: str, to_office: str, *, user: str, reason: str = "") -> dict[str, Any]:
    """Hand a child to ``to_office``; refused for an unknown, revoked or one's own office, one sentence."""
    number = case_number.strip().upper()
    rows = list(db.query("SELECT * FROM children WHERE case_number = ? AND deleted = 0", [number]))
    if not rows:
        raise NotFound(f"There is no child with case number {case_number}.")
    child = rows[0]
    own = sync_keys.own_office(db)
    target = sync_keys.office_row(db, to_office.strip().upper())
    code = to_office.strip().upper()
    if target is None or target["is_hq"]:
        raise RefusedInput(f"There is no office {code} to transfer the child to.")
    if target["revoked_at"]:
        raise RefusedInput(f"The office {code} has been revoked; a child cannot be transferred to it.")
    current = holder(db, child)
    if code == current:
        raise RefusedInput(f"The child {number} is already held by {code}.")
    hq = sync_keys.is_hq(db)
    if not hq and current != own:
        raise RefusedInput(f"Only the office that holds the child {number} ({current}) can transfer it.")
    if not hq and pending_transfer(db, str(child["id"])):
        raise RefusedInput(f"The child {number} is already being transferred.")
    author = records.Author(user=user, office=own, source="form")
    with db.atomic():
        row = records.insert(
            db,
            "transfers",
            {
                "child_id": child["id"],
                "case_number": number,
                "from_office": current,
                "to_office": code,
                "transferred_on": utc_now()[:10],
                "reason": reason.strip(),
                "confirmed_at": None,
            },
            author,
            reason="transfer",
        )
        if hq:
            confirm_transfers(db, user=user)
    return records.get_row(db, "transfers", str(row["id"]))


def confirm_transfers(db: Database, *, user: str) -> list[str]:
    """At headquarters: confirm the transfers that arrived; the sending office's rows of the child
    will leave it with its next return bundle. Returns a sentence for each transfer left unconfirmed."""
    notes: list[str] = []
    author = records.Author(user=user, office=sync_keys.own_office(db), source="sync")
    for t in list(db.query("SELECT * FROM transfers WHERE confirmed_at IS NULL AND deleted = 0")):
        target = sync_keys.office_row(db, str(t["to_office"]))
        if target is None or target["revoked_at"]:
            notes.append(f"The transfer of {t['case_number']} to {t['to_office']} waits: that office is not active.")
            continue
        records.update(db, "transfers", str(t["id"]), {"confirmed_at": utc_now()}, author, reason="transfer confirmed")
        for table, column in _WITH_CHILD:
            db.execute(
                "INSERT OR IGNORE INTO sync_scope_rows(office, table_name, row_id, serial, state) "
                f"SELECT ?, ?, id, 0, 'held' FROM [{table}] WHERE [{column}] = ?",
                [t["from_office"], table, t["child_id"]],
            )
    return notes


def transferred_away(own: str) -> str:
    """SQL: the children this office handed over and headquarters confirmed."""
    return (
        "(SELECT child_id FROM transfers WHERE from_office = "
        f"'{own.replace(chr(39), '')}' AND confirmed_at IS NOT NULL AND deleted = 0)"
    )
