"""What a bundle carries to its recipient: only what the recipient may hold.

- To an office (setup file, return bundle): the metadata (projects, programmes, results framework,
  reference lists, activities, narratives, the offices with their public keys and revocations, so a
  transfer can name its destination), the office's own accounts (never headquarters' or another
  office's: password hashes go only where they are used), and the children, households, services
  and follow-up visits in its scope, created by it or handed to it.
- To headquarters (an office's full bundle): the office's own accounts, the records it holds and
  its own activities and narratives; never headquarters' tables.

For a scoped office, headquarters also tracks which scoped records it has sent whole
(``sync_scope_rows``): a record that enters the scope (a scope grown, a child moved into it) travels
whole in the next return bundle, one that leaves it travels as a removal, each sent again until the
office confirms the bundle (``scope_serial``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from cl_desktop.store.authority import HQ_TABLES, SCOPED_TABLES
from cl_desktop.sync import scope as scopes

_OWN_TABLES = ("activities", "narratives", "form_submissions", "transfers", "duplicate_decisions")


def _in(values: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    return "(" + ", ".join("?" * len(values)) + ")" if values else "(NULL)"


class Selection:
    """The rows and changes a bundle of ``kind`` from this database to ``recipient`` carries."""

    def __init__(self, db: Database, *, kind: str, own: str, recipient: str, hq: str) -> None:
        self.db = db
        self.kind = kind
        self.own = own
        self.recipient = recipient
        self.hq = hq
        self.scope = scopes.scope_of(db, recipient) if kind == "return" else None
        self.scoped = kind == "return" and self.scope is not None
        if self.scoped:
            self._build_scope_table()

    # -- the records in the recipient's scope now -------------------------------------------------
    def _build_scope_table(self) -> None:
        assert self.scope is not None
        db = self.db
        db.execute("DROP TABLE IF EXISTS temp.scope_now")
        db.execute(
            "CREATE TEMP TABLE scope_now (table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
            "PRIMARY KEY (table_name, row_id)) WITHOUT ROWID"
        )
        p = sorted(self.scope.province_ids)
        g = sorted(self.scope.programme_ids)
        x = self.recipient
        db.execute("DROP TABLE IF EXISTS temp.scope_places")
        db.execute(
            "CREATE TEMP TABLE scope_places AS WITH RECURSIVE down(id) AS ("
            f" SELECT id FROM locations WHERE id IN {_in(p)}"
            " UNION SELECT l.id FROM locations l JOIN down ON l.parent_id = down.id) SELECT id FROM down",
            p,
        )
        # children handed over: to this office (confirmed), and away from it
        db.execute("DROP TABLE IF EXISTS temp.scope_moved")
        db.execute(
            "CREATE TEMP TABLE scope_moved AS SELECT t.child_id, t.from_office, t.to_office FROM transfers t "
            "WHERE t.confirmed_at IS NOT NULL AND t.deleted = 0 AND NOT EXISTS (SELECT 1 FROM transfers u "
            "WHERE u.child_id = t.child_id AND u.confirmed_at IS NOT NULL AND u.deleted = 0 "
            "AND (u.confirmed_at > t.confirmed_at OR (u.confirmed_at = t.confirmed_at AND u.id > t.id)))"
        )
        away = "(SELECT child_id FROM temp.scope_moved WHERE to_office != ?)"
        # a child this office handed over leaves it, even inside its provinces and programmes
        handed = "(SELECT child_id FROM temp.scope_moved WHERE from_office = ? AND to_office != ?)"
        db.execute(
            "INSERT OR IGNORE INTO scope_now SELECT 'children', id FROM children WHERE "
            f"((office = ? AND id NOT IN {away}) "
            "OR id IN (SELECT child_id FROM temp.scope_moved WHERE to_office = ?) "
            f"OR province_id IN {_in(p)} OR programme_id IN {_in(g)} "
            f"OR (province_id IS NULL AND location_id IN (SELECT id FROM temp.scope_places))) AND id NOT IN {handed}",
            [x, x, x, *p, *g, x, x],
        )
        # the children the office's own services and visits hang on stay with it, unless handed over
        db.execute(
            "INSERT OR IGNORE INTO scope_now SELECT 'children', child_id FROM services "
            f"WHERE office = ? AND child_id IS NOT NULL AND child_id NOT IN {away} "
            f"UNION SELECT 'children', child_id FROM follow_ups WHERE office = ? AND child_id NOT IN {away}",
            [x, x, x, x],
        )
        db.execute(
            "INSERT OR IGNORE INTO scope_now SELECT 'households', household_id FROM services "
            "WHERE office = ? AND household_id IS NOT NULL",
            [x],
        )
        db.execute(
            "INSERT OR IGNORE INTO scope_now SELECT 'households', id FROM households WHERE office = ? "
            f"OR programme_id IN {_in(g)} OR location_id IN (SELECT id FROM temp.scope_places) "
            "OR id IN (SELECT c.household_id FROM children c JOIN temp.scope_now s "
            "ON s.table_name = 'children' AND s.row_id = c.id)",
            [x, *g],
        )
        db.execute(
            "INSERT OR IGNORE INTO scope_now SELECT 'case_aliases', id FROM case_aliases "
            "WHERE child_id IN (SELECT row_id FROM temp.scope_now WHERE table_name = 'children')"
        )
        for table, parents in (
            ("services", ("child_id", "household_id")),
            ("follow_ups", ("child_id",)),
            ("visit_children", ("child_id",)),
            ("referrals", ("child_id", "household_id")),
            ("referral_events", ("child_id", "household_id")),
        ):
            through = " OR ".join(
                f"{col} IN (SELECT row_id FROM temp.scope_now WHERE table_name = "
                f"'{'children' if col == 'child_id' else 'households'}')"
                for col in parents
            )
            db.execute(
                f"INSERT OR IGNORE INTO scope_now SELECT '{table}', id FROM {table} "
                f"WHERE (office = ? AND (child_id IS NULL OR child_id NOT IN {away})) OR {through}",
                [x, x],
            )

    # -- snapshots (setup files, full bundles) ------------------------------------------------------
    def rows_where(self, table: str) -> tuple[str, list[Any]]:
        """The WHERE clause choosing ``table``'s rows for a snapshot."""
        if self.kind == "office":
            if table in HQ_TABLES or table == "reporting_periods":
                return "0", []
            if table == "users":
                return "office_code = ?", [self.own]
            if table in _OWN_TABLES:
                return "office = ?", [self.own]
            return "1", []
        if table == "users":
            return "office_code = ?", [self.recipient]
        if table in SCOPED_TABLES and self.scoped:
            return f"id IN (SELECT row_id FROM temp.scope_now WHERE table_name = '{table}')", []
        return "1", []

    # -- change entries -----------------------------------------------------------------------------
    def entries_where(self, whole: frozenset[tuple[str, str]] = frozenset()) -> tuple[str, list[Any]]:
        """An extra condition on ``audit_log`` rows for a return bundle (office bundles carry all their own)."""
        if self.kind != "return":
            return "1", []
        scoped = ", ".join(f"'{t}'" for t in SCOPED_TABLES)
        parts = [
            f"table_name NOT IN ('users', {scoped}) OR row_id IS NULL",
            "table_name = 'users' AND row_id IN (SELECT id FROM users WHERE office_code = ?)",
        ]
        args: list[Any] = [self.recipient]
        if self.scoped:
            parts.append(
                f"table_name IN ({scoped}) AND EXISTS (SELECT 1 FROM temp.scope_now s WHERE "
                "s.table_name = audit_log.table_name AND s.row_id = audit_log.row_id) AND NOT EXISTS "
                "(SELECT 1 FROM temp.scope_whole w WHERE w.table_name = audit_log.table_name "
                "AND w.row_id = audit_log.row_id)"
            )
        else:
            parts.append(f"table_name IN ({scoped})")
        return "(" + " OR ".join(f"({p})" for p in parts) + ")", args

    # -- records entering and leaving a scope ----------------------------------------------------------
    def plan_scope(self, serial: int, acked: int) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
        """Rows to send whole and rows to remove, marked as sent with ``serial``.

        A row is sent whole when it is in the scope now, was not created by the office, and the
        office has not confirmed holding it; a row leaves when the office was sent it and it is no
        longer in the scope. Both are sent again until the office confirms a bundle that carried them.
        """
        db = self.db
        x = self.recipient
        db.execute("DROP TABLE IF EXISTS temp.scope_whole")
        db.execute(
            "CREATE TEMP TABLE scope_whole (table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
            "PRIMARY KEY (table_name, row_id)) WITHOUT ROWID"
        )
        if not self.scoped:
            return {}, []
        for table in SCOPED_TABLES:
            db.execute(
                "INSERT INTO scope_whole SELECT s.table_name, s.row_id FROM temp.scope_now s "
                f"JOIN [{table}] r ON r.id = s.row_id WHERE s.table_name = ? AND r.office != ? AND NOT EXISTS "
                "(SELECT 1 FROM sync_scope_rows h WHERE h.office = ? AND h.table_name = s.table_name "
                "AND h.row_id = s.row_id AND h.state = 'held' AND h.serial <= ?)",
                [table, x, x, acked],
            )
        # confirmed removals are forgotten; rows that left the scope since are removed
        db.execute("DELETE FROM sync_scope_rows WHERE office = ? AND state = 'leaving' AND serial <= ?", [x, acked])
        db.execute(
            "UPDATE sync_scope_rows SET state = 'leaving', serial = ? WHERE office = ? AND (state = 'leaving' OR "
            "NOT EXISTS (SELECT 1 FROM temp.scope_now s WHERE s.table_name = sync_scope_rows.table_name "
            "AND s.row_id = sync_scope_rows.row_id))",
            [serial, x],
        )
        db.execute(
            "INSERT INTO sync_scope_rows(office, table_name, row_id, serial, state) "
            "SELECT ?, table_name, row_id, ?, 'held' FROM temp.scope_whole WHERE 1 "
            "ON CONFLICT(office, table_name, row_id) DO UPDATE SET serial = excluded.serial, state = 'held'",
            [x, serial],
        )
        whole: dict[str, list[str]] = {}
        for table, row_id in db.execute("SELECT table_name, row_id FROM temp.scope_whole"):
            whole.setdefault(table, []).append(row_id)
        leaving = [
            (str(t), str(r))
            for t, r in db.execute(
                "SELECT table_name, row_id FROM sync_scope_rows WHERE office = ? AND state = 'leaving' "
                "ORDER BY table_name, row_id",
                [x],
            )
        ]
        return whole, leaving

    def mark_sent(self, serial: int) -> None:
        """A setup file or full return bundle carried the scope's rows whole (a setup file: serial 0,
        held from the start; the office removes nothing a full bundle did not carry)."""
        if not self.scoped:
            return
        self.db.execute(
            "INSERT INTO sync_scope_rows(office, table_name, row_id, serial, state) "
            "SELECT ?, s.table_name, s.row_id, ?, 'held' FROM temp.scope_now s "
            "JOIN (SELECT 'children' AS t, id, office FROM children UNION ALL SELECT 'households', id, office "
            "FROM households UNION ALL SELECT 'services', id, office FROM services UNION ALL "
            "SELECT 'follow_ups', id, office FROM follow_ups UNION ALL SELECT 'case_aliases', id, office "
            "FROM case_aliases UNION ALL SELECT 'referrals', id, office FROM referrals UNION ALL "
            "SELECT 'visit_children', id, office FROM visit_children UNION ALL "
            "SELECT 'referral_events', id, office FROM referral_events) r ON r.t = s.table_name AND r.id = s.row_id "
            "WHERE r.office != ? "
            "ON CONFLICT(office, table_name, row_id) DO UPDATE SET serial = excluded.serial, state = 'held'",
            [self.recipient, serial, self.recipient],
        )

    def close(self) -> None:
        for name in ("scope_now", "scope_places", "scope_whole", "scope_moved"):
            self.db.execute(f"DROP TABLE IF EXISTS temp.{name}")


def whole_rows(db: Database, whole: dict[str, list[str]], columns: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """The rows entering a scope, parents first, as ``(table, row)``."""
    for table in SCOPED_TABLES:
        ids = whole.get(table, [])
        cols = columns[table]
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            for values in db.execute(
                f"SELECT {', '.join(f'[{c}]' for c in cols)} FROM [{table}] WHERE id IN {_in(part)} ORDER BY rowid",
                part,
            ):
                yield table, dict(zip(cols, values, strict=True))
