"""Enforcing the authority table (``store/authority.py``) on every change and row a bundle brings.

The import calls :meth:`Authority.entry` and :meth:`Authority.row` immediately before it applies
each change or row, inside its one transaction: the first change outside its origin's authority
raises :class:`RefusedInput` naming it, and the transaction rolls back, so nothing of the bundle
stays. At headquarters every change must carry the signing office's own origin (an office cannot
speak for another) and lie within that office's authority; at an office, headquarters' return
bundle relays other offices' changes (headquarters checked them when they arrived), and no change
of any origin may set the password of an account another origin owns.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from cl_desktop.errors import RefusedInput
from cl_desktop.store.authority import HQ, OWNER, RULES, SCOPE, Rule
from cl_desktop.store.schema import META_COLUMNS
from cl_desktop.sync import scope as scopes
from cl_desktop.sync.apply import normal


def _who(rule_who: str, what: str) -> str:
    if rule_who == HQ:
        return f"headquarters alone changes {what}"
    if rule_who == OWNER:
        return f"only headquarters and the office that owns them change {what}"
    return f"only headquarters, the owner and the offices whose scope covers them change {what}"


class Authority:
    """The checks of one import: ``signer`` signed the bundle; ``hq_code`` is headquarters' code."""

    def __init__(self, db: Database, *, file_name: str, signer: str, hq_code: str, at_hq: bool) -> None:
        self.db = db
        self.name = file_name
        self.signer = signer
        self.hq = hq_code
        self.at_hq = at_hq
        self._scopes: dict[str, scopes.Scope | None] = {}

    # -- refusals ------------------------------------------------------------------------------
    def _refuse(self, entry: dict[str, Any] | None, table: str, row_id: Any, why: str, action: str = "") -> None:
        if entry is not None:
            what = (
                f"change {entry.get('office_seq')} of {entry.get('office')} ({entry.get('action')} of {table} {row_id})"
            )
        else:
            what = f"the {table} row {row_id} ({action})"
        raise RefusedInput(
            f"The bundle file {self.name} was refused: {what} is outside its authority ({why}); nothing was imported."
        )

    # -- scope -----------------------------------------------------------------------------------
    def scope(self, office: str) -> scopes.Scope | None:
        if office not in self._scopes:
            self._scopes[office] = scopes.scope_of(self.db, office)
        return self._scopes[office]

    def _owner(self, rule: Rule, row: dict[str, Any] | None) -> str:
        return str((row or {}).get(rule.owner_column) or "")

    def _may(self, who: str, origin: str, rule: Rule, table: str, local: dict[str, Any]) -> bool:
        if origin == self.hq:
            return True
        if who == HQ:
            return False
        if self._owner(rule, local) == origin:
            return True
        if who == SCOPE:
            if not self.at_hq:
                return True  # relayed by headquarters, which checked the scope
            if self.db.execute(
                "SELECT 1 FROM sync_scope_rows WHERE office = ? AND table_name = ? AND row_id = ?",
                [origin, table, local.get("id")],
            ).fetchone():
                return True  # sent to the office and not yet confirmed gone: its changes still count
            return scopes.covers(self.db, origin, self.scope(origin), table, local)
        return False

    def origin(self, entry: dict[str, Any]) -> None:
        """At headquarters, every change of an office bundle carries the signer's own origin."""
        origin = str(entry.get("office") or "")
        if self.at_hq and origin != self.signer:
            self._refuse(
                entry,
                str(entry.get("table_name") or ""),
                entry.get("row_id"),
                f"the bundle is signed by {self.signer}, who cannot speak for {origin}",
            )

    # -- changes --------------------------------------------------------------------------------
    def entry(self, entry: dict[str, Any], local: dict[str, Any] | None, row: dict[str, Any] | None) -> None:
        origin = str(entry.get("office") or "")
        table = str(entry.get("table_name") or "")
        row_id = entry.get("row_id")
        action = entry.get("action")
        if action == "bulk" or table not in RULES:
            return  # bulk entries carry counts only and apply nothing; unknown tables are skipped
        rule = RULES[table]
        changes = entry.get("changes") or {}
        if not isinstance(changes, dict):
            return  # the applier refuses it as damaged
        touched = set(changes)
        if touched & (META_COLUMNS - {"id"}) or "id" in touched:
            self._refuse(entry, table, row_id, "no change may rewrite a record's identity, owner or stamps")
        if action == "insert":
            if local is not None:
                return  # already here: the applier skips it
            owner = self._owner(rule, row) or str((changes.get(rule.owner_column) or [None, ""])[1] or "")
            if origin != self.hq and (rule.create == HQ or owner != origin):
                self._refuse(entry, table, row_id, _who(rule.create, rule.what))
            return
        if local is None:
            return  # the record is not here: the applier skips the change
        who = rule.delete if action == "delete" or "deleted" in touched else rule.change
        if rule.change == HQ and rule.office_may_set and origin != self.hq and action == "update":
            allowed = dict(rule.office_may_set)
            for column in touched:
                if column not in allowed:
                    self._refuse(entry, table, row_id, _who(HQ, rule.what))
                values = allowed[column]
                new = changes[column][1] if isinstance(changes[column], list) and len(changes[column]) == 2 else None
                if values is not None and normal(new) not in values:
                    self._refuse(entry, table, row_id, _who(HQ, rule.what))
        elif not self._may(who, origin, rule, table, local):
            self._refuse(entry, table, row_id, _who(who, rule.what))
        if origin != self.hq and touched & rule.hq_columns:
            self._refuse(
                entry, table, row_id, f"headquarters alone changes {', '.join(sorted(touched & rule.hq_columns))}"
            )
        owner_only = touched & rule.owner_only_columns
        if owner_only and self._owner(rule, local) != origin:
            self._refuse(
                entry,
                table,
                row_id,
                f"only the office that owns the account changes its {', '.join(sorted(owner_only))}",
            )

    # -- snapshot rows (full bundles) ----------------------------------------------------------------
    def row(self, table: str, row: dict[str, Any], local: dict[str, Any] | None, differing: list[str]) -> None:
        """A row of a full bundle signed by ``signer`` (an office's, at headquarters)."""
        origin = self.signer
        if origin == self.hq or table not in RULES:
            return
        rule = RULES[table]
        if local is None:
            if rule.create == HQ or self._owner(rule, row) != origin:
                self._refuse(None, table, row.get("id"), _who(rule.create, rule.what), "new")
            return
        if not differing:
            return
        if rule.change == HQ or not self._may(rule.change, origin, rule, table, local):
            self._refuse(None, table, row.get("id"), _who(rule.change, rule.what), "changed")
        bad = set(differing) & (rule.hq_columns | rule.owner_only_columns)
        if bad and (bad & rule.hq_columns or self._owner(rule, local) != origin):
            self._refuse(None, table, row.get("id"), f"its {', '.join(sorted(bad))} belongs to its owner", "changed")

    def new_rows(self, table: str, cols: list[str], rows: list[list[Any]]) -> None:
        """A batch of rows for a table that was empty: each must be one the signer may create."""
        if self.signer == self.hq or table not in RULES:
            return
        rule = RULES[table]
        if rule.create == HQ or rule.owner_column not in cols:
            if rows:
                self._refuse(
                    None, table, rows[0][cols.index("id")] if "id" in cols else "?", _who(rule.create, rule.what), "new"
                )
            return
        at = cols.index(rule.owner_column)
        for values in rows:
            if values[at] != self.signer:
                self._refuse(None, table, values[cols.index("id")], _who(rule.create, rule.what), "new")
