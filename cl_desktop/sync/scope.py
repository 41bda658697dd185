"""An office's scope: the provinces and action programmes whose children it holds.

Stored on the office's row (``offices.scope``, JSON with province and programme codes; NULL for an
office that holds the whole country). A child is in an office's scope when it lives in one of its
provinces or belongs to one of its programmes; its household, services and follow-up visits go
with it. An office also holds every record it created itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class Scope:
    provinces: tuple[str, ...]  # location codes
    programmes: tuple[str, ...]  # action programme codes
    province_ids: frozenset[str]
    programme_ids: frozenset[str]

    def as_json(self) -> str:
        return json.dumps({"provinces": list(self.provinces), "programmes": list(self.programmes)})


def parse(raw: Any) -> tuple[list[str], list[str]] | None:
    if raw in (None, ""):
        return None
    try:
        data = json.loads(raw)
        return [str(p) for p in data.get("provinces", [])], [str(p) for p in data.get("programmes", [])]
    except (ValueError, AttributeError, TypeError):
        return [], []  # unreadable: the narrowest scope, never the widest


def scope_of(db: Database, office: str) -> Scope | None:
    row = db.execute("SELECT scope FROM offices WHERE code = ?", [office]).fetchone()
    parsed = parse(row[0] if row else None)
    if parsed is None:
        return None
    provinces, programmes = parsed
    return make(db, provinces, programmes)


def make(db: Database, provinces: list[str], programmes: list[str]) -> Scope:
    p_ids = _ids(db, "SELECT id FROM locations WHERE code = ? AND level = 'province'", provinces)
    g_ids = _ids(db, "SELECT id FROM action_programmes WHERE code = ?", programmes)
    return Scope(tuple(provinces), tuple(programmes), frozenset(p_ids), frozenset(g_ids))


def _ids(db: Database, sql: str, codes: list[str]) -> list[str]:
    out = []
    for code in codes:
        row = db.execute(sql, [code]).fetchone()
        if row:
            out.append(str(row[0]))
    return out


def province_of(db: Database, location_id: Any) -> str | None:
    """The province a location lies in (itself when it is one)."""
    row = db.execute(
        "WITH RECURSIVE up(id, parent_id, level) AS ("
        " SELECT id, parent_id, level FROM locations WHERE id = ?"
        " UNION ALL SELECT l.id, l.parent_id, l.level FROM locations l JOIN up ON l.id = up.parent_id"
        " WHERE up.level != 'province') SELECT id FROM up WHERE level = 'province'",
        [location_id],
    ).fetchone()
    return str(row[0]) if row else None


def covers(db: Database, office: str, scope: Scope | None, table: str, row: dict[str, Any]) -> bool:
    """Whether ``office`` holds a record of a scoped table: it created it, or the record lies in its
    ``scope`` (None: the whole country); services and visits go with their child or household."""
    if scope is None or row.get("office") == office:
        return True
    if row.get("programme_id") and row["programme_id"] in scope.programme_ids:
        return True
    if table == "children":
        moved = db.execute(
            "SELECT to_office FROM transfers WHERE child_id = ? AND confirmed_at IS NOT NULL AND deleted = 0 "
            "ORDER BY confirmed_at DESC, id DESC LIMIT 1",
            [row.get("id")],
        ).fetchone()
        if moved is not None and moved[0] == office:
            return True
        province = row.get("province_id") or (province_of(db, row["location_id"]) if row.get("location_id") else None)
        return province in scope.province_ids
    if table == "households":
        if row.get("location_id") and province_of(db, row["location_id"]) in scope.province_ids:
            return True
        return any(
            covers(db, office, scope, "children", c)
            for c in db.query("SELECT * FROM children WHERE household_id = ?", [row["id"]])
        )
    if table == "duplicate_decisions":
        return any(
            covers(db, office, scope, "children", c)
            for c in db.query("SELECT * FROM children WHERE id IN (?, ?)", [row.get("child_a"), row.get("child_b")])
        )
    if table in ("services", "follow_ups", "visit_children", "referrals", "referral_events"):
        for parent, column in (("children", "child_id"), ("households", "household_id")):
            if row.get(column):
                found = next(db.query(f"SELECT * FROM [{parent}] WHERE id = ?", [row[column]]), None)
                if found is not None and covers(db, office, scope, parent, found):
                    return True
        return False
    return False


def _marks(values: list[str]) -> str:
    return "(" + ", ".join("?" * len(values)) + ")" if values else "(NULL)"


def area_sql(db: Database, scope: Scope | None) -> tuple[str, list[Any]]:
    """SQL condition on ``children`` (as ``c``): the child lies in ``scope``'s provinces or programmes
    (None: the whole country). Records an office created itself are not counted here."""
    if scope is None:
        return "1", []
    p, g = sorted(scope.province_ids), sorted(scope.programme_ids)
    places = (
        "WITH RECURSIVE down(id) AS (SELECT id FROM locations WHERE id IN "
        f"{_marks(p)} UNION SELECT l.id FROM locations l JOIN down ON l.parent_id = down.id) SELECT id FROM down"
    )
    return (
        # coalesce: a NULL province or programme makes IN unknown, and NOT unknown chooses nothing
        f"coalesce(c.province_id IN {_marks(p)} OR c.programme_id IN {_marks(g)} "
        f"OR (c.province_id IS NULL AND c.location_id IN ({places})), 0)",
        [*p, *g, *p],
    )


def held_and_owned_sql(office: str) -> tuple[str, list[Any]]:
    """SQL condition on ``children`` (as ``c``): the office owns the child, having registered it (and not
    handed it over) or received it by the last confirmed transfer."""
    last = (
        "SELECT t.to_office FROM transfers t WHERE t.child_id = c.id AND t.confirmed_at IS NOT NULL "
        "AND t.deleted = 0 ORDER BY t.confirmed_at DESC, t.id DESC LIMIT 1"
    )
    received = "SELECT child_id FROM transfers WHERE to_office = ? AND confirmed_at IS NOT NULL AND deleted = 0"
    # the cheap test first: only the office's own rows and those handed to it look up their last transfer
    return f"(c.office = ? OR c.id IN ({received})) AND coalesce(({last}), c.office) = ?", [office, office, office]


def stranded(db: Database, office: str, old: Scope | None, new: Scope) -> list[str]:
    """Case numbers of the children ``office`` owns that lie in its ``old`` scope but not in the ``new``
    one: the office would keep them (they are its own) outside the area it answers for."""
    owned, owned_args = held_and_owned_sql(office)
    before, before_args = area_sql(db, old)
    after, after_args = area_sql(db, new)
    return [
        str(r[0])
        for r in db.execute(
            f"SELECT c.case_number FROM children c WHERE c.deleted = 0 AND {owned} AND {before} AND NOT {after} "
            "ORDER BY c.case_number",
            [*owned_args, *before_args, *after_args],
        )
    ]
