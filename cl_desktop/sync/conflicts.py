"""The conflict queue, duplicate review and merges: decisions headquarters makes after an import.

Every decision is written as an ordinary audited change made at headquarters
(source ``resolution`` or ``merge``), so it travels to every office in the
next return bundle like any other change and all replicas end up equal.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.custom_fields import PREFIX, FieldDef, decode, encode
from cl_desktop.errors import NotFound, RefusedInput
from cl_desktop.figures.current import writing
from cl_desktop.figures.derived import recompute_derived
from cl_desktop.ids import stable_id, utc_now
from cl_desktop.store import records
from cl_desktop.store.migrations_custom_fields import CUSTOM_TABLES
from cl_desktop.sync import keys as sync_keys
from cl_desktop.sync.apply import MERGED_INTO, content_columns, normal


def _decode(text: Any) -> Any:
    return None if text is None else json.loads(text)


def list_conflicts(db: Database, *, status: str = "open") -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT * FROM sync_conflicts WHERE (? = 'all' OR status = ?) ORDER BY created_at, id", [status, status]
    )
    out = []
    for r in rows:
        r = dict(r)
        for key in ("base_value", "local_value", "remote_value", "resolved_value"):
            r[key] = _decode(r[key])
        label = db.execute(
            f"SELECT {'case_number' if r['table_name'] == 'children' else 'id'} FROM [{r['table_name']}] WHERE id = ?",
            [r["row_id"]],
        ).fetchone()
        r["record"] = label[0] if label else r["row_id"]
        r["field_labels"] = field_labels(db, r["table_name"], r["row_id"], r["field"])
        out.append(r)
    return out


def field_labels(db: Database, table: str, row_id: str, field: str) -> dict[str, str]:
    """An extra field's label in each language (its project's definition), for the conflict queue; empty
    for a built-in field or a definition not held here."""
    found = field_definition(db, table, row_id, field)
    return {} if found is None else dict(found.labels)


def field_definition(db: Database, table: str, row_id: str, field: str) -> FieldDef | None:
    """The definition of an extra field in conflict (its record's project's first, else any project's
    with that code); None for a built-in field or a definition not held here."""
    form = {t: f for f, t in CUSTOM_TABLES.items()}.get(table)
    if form is None or not field.startswith(PREFIX):
        return None
    project = None
    if table == "children":
        row = db.execute("SELECT project_id FROM children WHERE id = ?", [row_id]).fetchone()
        project = row[0] if row else None
    found = list(
        db.query(
            "SELECT * FROM custom_fields WHERE form = ? AND code = ? AND deleted = 0 ORDER BY project_id IS NOT ? "
            "LIMIT 1",
            [form, field[len(PREFIX) :], project],
        )
    )
    if not found:
        return None
    definition = FieldDef.from_row(found[0])
    english = definition.labels.get("en") or definition.code
    labels = {lang: definition.labels.get(lang) or english for lang in ("en", "km", "ru")}
    return replace(definition, labels=labels)


def _author(db: Database, user: str, source: str) -> records.Author:
    return records.Author(user=user, office=sync_keys.own_office(db), source=source)


def force_change(
    db: Database, table: str, row_id: str, changes: dict[str, list[Any]], author: records.Author, reason: str
) -> None:
    """An audited change written even where the value here is already the chosen one, so it reaches the
    offices whose value differs."""
    current = records.get_row(db, table, row_id)
    version = current["version"] + 1
    now = utc_now()
    values = {k: normal(v[1]) for k, v in changes.items()}
    db.table(table).update(row_id, {**values, "version": version, "updated_at": now, "updated_by": author.user})
    records.append_audit(
        db,
        author,
        action="update",
        table=table,
        row_id=row_id,
        row_version=version,
        base_version=current["version"],
        changes=changes,
        at=now,
        reason=reason,
    )


def _coerce(text: str, like: Any) -> Any:
    if isinstance(like, (bool, int)):
        try:
            return int(text)
        except ValueError:
            raise RefusedInput(f"The value {text!r} is not a whole number.") from None
    if isinstance(like, float):
        try:
            return float(text)
        except ValueError:
            raise RefusedInput(f"The value {text!r} is not a number.") from None
    return text


def _custom_value(text: str) -> Any:
    """A typed value for an extra field: a number, a list or 1/0 as JSON reads it, else the text."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, (int, float, list)) and not isinstance(value, bool) else text


def resolve(db: Database, conflict_id: str, *, keep: str | None = None, value: str | None = None, user: str) -> None:
    """Decide a conflict: keep the local or the remote value, or set a typed value."""
    rows = list(db.query("SELECT * FROM sync_conflicts WHERE id = ? OR id LIKE ?", [conflict_id, f"{conflict_id}%"]))
    if not rows:
        raise NotFound(f"There is no conflict {conflict_id}.")
    if len(rows) > 1:
        raise RefusedInput(f"{conflict_id} matches several conflicts; give more of the identifier.")
    c = rows[0]
    if c["status"] != "open":
        raise RefusedInput(f"The conflict {c['id']} was already resolved by {c['resolved_by']}.")
    if (keep is None) == (value is None) or keep not in (None, "local", "remote"):
        raise RefusedInput("Choose one: keep local, keep remote, or a value.")
    table, row_id, column, kind = c["table_name"], c["row_id"], c["field"], c["kind"]
    local_value, remote_value = _decode(c["local_value"]), _decode(c["remote_value"])
    author = _author(db, user, "resolution")
    reason = f"conflict {c['id']}"
    with writing(db):
        current = records.get_row(db, table, row_id)
        content = content_columns(db, table)
        if kind in ("field", "full") and column.startswith(PREFIX):
            # one extra field: its key in the record's object is decided, the other keys stay as they are
            key = column[len(PREFIX) :]
            held = decode(current["custom"])
            if value is not None:
                chosen = _custom_value(value)
            else:
                chosen = held.get(key) if keep == "local" else remote_value
            updated = {k: v for k, v in held.items() if k != key}
            if chosen is not None and chosen != "":
                updated[key] = chosen
            # the old side names the decided key as unknown, so every office takes the decision for that key
            # (and only that key), whatever it holds
            before = {**held, key: None if chosen not in (None, "") else ""}
            force_change(db, table, row_id, {"custom": [encode(before), encode(updated)]}, author, reason)
            resolved = chosen
        elif kind in ("field", "full"):
            if column == "deleted" and value is not None:
                raise RefusedInput("Only keep local or keep remote can settle whether a record is deleted.")
            if value is not None:
                chosen = _coerce(value, current[column] if current[column] is not None else remote_value)
            else:
                chosen = current[column] if keep == "local" else remote_value
            force_change(db, table, row_id, {column: [current[column], chosen]}, author, reason)
            resolved = chosen
        elif value is not None:
            raise RefusedInput("A record deleted on one side and edited on the other needs keep local or keep remote.")
        elif (kind == "delete_edited" and keep == "local") or (kind == "edit_deleted" and keep == "remote"):
            changes = {k: [current[k], current[k]] for k in content if k != "deleted"}
            if kind == "edit_deleted" and isinstance(remote_value, dict):
                changes.update({k: [current[k], v] for k, v in remote_value.items() if k in current})
            changes["deleted"] = [1, 0]
            force_change(db, table, row_id, changes, author, reason)
            resolved = "kept"
        else:
            # Deleted, with headquarters' content, so every office's tombstone ends up the same.
            changes = {k: [current[k], current[k]] for k in content if k != "deleted"}
            changes["deleted"] = [0, 1]
            force_change(db, table, row_id, changes, author, reason)
            resolved = "deleted"
        _refresh(db, table, current)
        db.execute(
            "UPDATE sync_conflicts SET status = 'resolved', resolution = ?, resolved_value = ?, resolved_by = ?, "
            "resolved_at = ? WHERE id = ?",
            [keep or "value", json.dumps(resolved, ensure_ascii=False), user, utc_now(), c["id"]],
        )
    del local_value


def _refresh(db: Database, table: str, row: dict[str, Any]) -> None:
    if table == "children":
        recompute_derived(db, [row["id"]], [])
    elif table == "follow_ups":
        recompute_derived(db, [], [row["id"]])
    elif table == "services" and row.get("child_id"):
        recompute_derived(db, [row["child_id"]], [])


# -- duplicates ------------------------------------------------------------------


def list_duplicates(db: Database, *, status: str = "open") -> list[dict[str, Any]]:
    sql = """SELECT d.id, d.score, d.reasons, d.status, d.found_at,
                    a.id AS a_id, a.case_number AS a_case, a.name AS a_name, a.name_latin AS a_latin,
                    a.sex AS a_sex, a.birth_date AS a_birth, a.office AS a_office,
                    b.id AS b_id, b.case_number AS b_case, b.name AS b_name, b.name_latin AS b_latin,
                    b.sex AS b_sex, b.birth_date AS b_birth, b.office AS b_office
             FROM sync_duplicates d JOIN children a ON a.id = d.child_a JOIN children b ON b.id = d.child_b
             WHERE (? = 'all' OR (d.status = ? AND (? != 'open' OR (a.deleted = 0 AND b.deleted = 0 AND NOT EXISTS (
                 SELECT 1 FROM duplicate_decisions x
                 WHERE x.child_a = d.child_a AND x.child_b = d.child_b AND x.deleted = 0)))))
             ORDER BY d.score DESC, d.found_at, a.case_number"""
    return [{**r, "reasons": json.loads(r["reasons"])} for r in db.query(sql, [status, status, status])]


REVIEW_PAGE = 200  # pairs the review list reads at a time
REVIEW_COUNT_CAP = 10_000  # the review list counts its pairs up to this many

_OPEN_PAIRS = """FROM sync_duplicates d JOIN children a ON a.id = d.child_a JOIN children b ON b.id = d.child_b
             WHERE d.status = 'open' AND a.deleted = 0 AND b.deleted = 0 AND NOT EXISTS (
                 SELECT 1 FROM duplicate_decisions x
                 WHERE x.child_a = d.child_a AND x.child_b = d.child_b AND x.deleted = 0)"""


def duplicates_page(
    db: Database, *, after: tuple[float, str, str] | None = None, limit: int = REVIEW_PAGE
) -> list[dict[str, Any]]:
    """The open pairs, likeliest first, one page at a time: read by key after the last row of the page
    before (``after``: its score, found_at and id), along the review order index, so the page after
    ten thousand pairs costs what the first does and the list never loads every pair."""
    cursor, args = "", []
    if after is not None:
        score, found_at, pair_id = after
        cursor = " AND d.score <= ? AND (d.score < ? OR d.found_at > ? OR (d.found_at = ? AND d.id > ?))"
        args = [score, score, found_at, found_at, pair_id]
    sql = f"""SELECT d.id, d.score, d.reasons, d.status, d.found_at,
                    a.id AS a_id, a.case_number AS a_case, a.name AS a_name, a.name_latin AS a_latin,
                    a.sex AS a_sex, a.birth_date AS a_birth, a.office AS a_office,
                    b.id AS b_id, b.case_number AS b_case, b.name AS b_name, b.name_latin AS b_latin,
                    b.sex AS b_sex, b.birth_date AS b_birth, b.office AS b_office
             {_OPEN_PAIRS}{cursor}
             ORDER BY d.score DESC, d.found_at, d.id LIMIT ?"""
    return [{**r, "reasons": json.loads(r["reasons"])} for r in db.query(sql, [*args, max(1, int(limit))])]


# The same pairs as ``_OPEN_PAIRS``, by the state each pair keeps of its children and decisions
# (``store/migrations_dupcount.py``): a range of the waiting pairs' partial index, no child read.
_WAITING_PAIRS = "FROM sync_duplicates d WHERE d.status = 'open' AND d.live = 1 AND d.decided = 0"


def open_duplicates_count(db: Database, cap: int | None = None) -> int:
    """How many pairs wait in the review queue; with ``cap``, counted up to ``cap + 1`` only (a list says
    "more than cap" rather than count a national queue)."""
    if cap is None:
        return int(db.execute(f"SELECT count(*) {_WAITING_PAIRS}").fetchone()[0])
    return int(db.execute(f"SELECT count(*) FROM (SELECT 1 {_WAITING_PAIRS} LIMIT ?)", [cap + 1]).fetchone()[0])


def _child(db: Database, ref: str) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM children WHERE case_number = ? OR id = ?", [ref.strip().upper(), ref]))
    if not rows:
        raise NotFound(f"There is no child {ref}.")
    if rows[0]["deleted"]:
        merged = db.execute("SELECT kept_id FROM sync_merges WHERE merged_id = ?", [rows[0]["id"]]).fetchone()
        if merged:
            raise RefusedInput(f"The child {ref} was already merged into another record.")
        raise RefusedInput(f"The child {ref} has been deleted.")
    return rows[0]


def _pending(db: Database, ref: str, keep_id: str) -> dict[str, Any] | None:
    """The child ``ref`` if it was confirmed to be ``keep_id`` and still holds its records (merge pending)."""
    rows = list(db.query("SELECT * FROM children WHERE case_number = ? OR id = ?", [ref.strip().upper(), ref]))
    if rows and rows[0]["deleted"]:
        kept = db.execute("SELECT kept_id FROM sync_merges WHERE merged_id = ?", [rows[0]["id"]]).fetchone()
        if kept and kept[0] == keep_id:
            return rows[0]
    return None


def decide_pair(
    db: Database, first_id: str, second_id: str, decision: str, *, user: str, kept_id: str | None = None
) -> None:
    """Remember what headquarters decided about a pair ("distinct" or "same"), as a synced, audited record
    (one per pair on every replica: its id is made from the pair), so the pair is never asked again."""
    if decision not in ("distinct", "same"):
        raise RefusedInput(f"{decision!r} is not a decision on a pair of children.")
    a, b = sorted((first_id, second_id))
    if a == b:
        raise RefusedInput("A child cannot be a duplicate of itself.")
    author = _author(db, user, "resolution")
    pair_id = stable_id("duplicate_decision", f"{a}|{b}")
    with db.atomic():
        current = db.execute("SELECT id FROM duplicate_decisions WHERE id = ?", [pair_id]).fetchone()
        values = {"decision": decision, "kept_id": kept_id, "deleted": 0}
        if current is None:
            records.insert(db, "duplicate_decisions", {"id": pair_id, "child_a": a, "child_b": b, **values}, author)
        else:
            records.update(db, "duplicate_decisions", pair_id, values, author)
        if decision == "distinct":
            db.execute("UPDATE sync_duplicates SET status = 'dismissed' WHERE child_a = ? AND child_b = ?", [a, b])


def confirm_duplicate(db: Database, keep_ref: str, other_ref: str, *, user: str) -> None:
    """Record that two children are one: from now on the other counts in no figure (it becomes a tombstone
    pointing to the kept child), while its services and follow-ups wait for :func:`merge_children`."""
    keep, other = _child(db, keep_ref), _child(db, other_ref)
    if keep["id"] == other["id"]:
        raise RefusedInput("A child cannot be merged with itself.")
    author = _author(db, user, "merge")
    with writing(db):
        decide_pair(db, keep["id"], other["id"], "same", kept_id=keep["id"], user=user)
        records.delete(db, "children", other["id"], author, reason=f"{MERGED_INTO}{keep['id']}")
        db.execute(
            "INSERT OR REPLACE INTO sync_merges(merged_id, kept_id, at, by) VALUES (?, ?, ?, ?)",
            [other["id"], keep["id"], utc_now(), user],
        )
        recompute_derived(db, [keep["id"]], [])


def merge_children(db: Database, keep_ref: str, other_ref: str, *, user: str) -> dict[str, int]:
    """Keep one record; move the other's services and follow-ups to it; the other becomes a tombstone
    pointing to the kept one (already, when the pair was confirmed). Both histories stay in the audit trail."""
    keep = _child(db, keep_ref)
    other = _pending(db, other_ref, keep["id"]) or _child(db, other_ref)
    if keep["id"] == other["id"]:
        raise RefusedInput("A child cannot be merged with itself.")
    author = _author(db, user, "merge")
    moved = {"services": 0, "follow_ups": 0}
    with writing(db):
        decide_pair(db, keep["id"], other["id"], "same", kept_id=keep["id"], user=user)
        for table in moved:
            for row in list(db.query(f"SELECT id FROM [{table}] WHERE child_id = ? AND deleted = 0", [other["id"]])):
                records.update(db, table, row["id"], {"child_id": keep["id"]}, author, reason=f"merge {other['id']}")
                moved[table] += 1
        # the merged child's referrals, and their status changes, follow it to the kept record
        for table in ("referrals", "referral_events"):
            for row in list(db.query(f"SELECT id FROM [{table}] WHERE child_id = ? AND deleted = 0", [other["id"]])):
                records.update(db, table, row["id"], {"child_id": keep["id"]}, author, reason=f"merge {other['id']}")
        # the visits that found the merged child found the kept one (once per visit)
        found_kept = {
            r[0]
            for r in db.execute("SELECT visit_id FROM visit_children WHERE child_id = ? AND deleted = 0", [keep["id"]])
        }
        for row in list(
            db.query("SELECT id, visit_id FROM visit_children WHERE child_id = ? AND deleted = 0", [other["id"]])
        ):
            if row["visit_id"] in found_kept:
                records.delete(db, "visit_children", row["id"], author, reason=f"merge {other['id']}")
            else:
                records.update(
                    db, "visit_children", row["id"], {"child_id": keep["id"]}, author, reason=f"merge {other['id']}"
                )
                found_kept.add(row["visit_id"])
        records.delete(db, "children", other["id"], author, reason=f"{MERGED_INTO}{keep['id']}")
        db.execute(
            "INSERT OR REPLACE INTO sync_merges(merged_id, kept_id, at, by) VALUES (?, ?, ?, ?)",
            [other["id"], keep["id"], utc_now(), user],
        )
        a, b = sorted((keep["id"], other["id"]))
        db.execute("UPDATE sync_duplicates SET status = 'merged' WHERE child_a = ? AND child_b = ?", [a, b])
        recompute_derived(db, [keep["id"]], [])
    return moved


def dismiss_duplicate(db: Database, pair_id: str, *, user: str = "headquarters") -> None:
    """ "Not the same child": remembered (and sent to every office) so the pair is never asked again."""
    with db.atomic():
        row = db.execute("SELECT child_a, child_b FROM sync_duplicates WHERE id = ?", [pair_id]).fetchone()
        if row is None:
            raise NotFound(f"There is no suspected duplicate {pair_id}.")
        decide_pair(db, row[0], row[1], "distinct", user=user)
