"""Suspected duplicate children: while typing an intake, and across the database."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.names import comparable, similarity

NAME_THRESHOLD = 0.8
BIRTH_WINDOW_DAYS = 400


@dataclass(frozen=True)
class Candidate:
    child_id: str
    case_number: str
    name: str
    sex: str
    birth_date: str | None
    village: str
    score: float
    reasons: tuple[str, ...]


_comparable = lru_cache(maxsize=1 << 16)(comparable)


@lru_cache(maxsize=1 << 12)
def _char_counts(text: str) -> tuple[tuple[str, int], ...]:
    return tuple(Counter(text).items())


def _upper_bound(a: str, b: str) -> float:
    """An upper bound of ``similarity(a, b)`` at a fraction of its cost.

    ``SequenceMatcher.ratio`` is 2·M/T with M matched characters, and no more characters can
    match than the two names have in common, in any order (the swapped form has the same ones).
    """
    if not a or not b:
        return 0.0
    common = sum(min(n, b.count(ch)) for ch, n in _char_counts(a))
    return 2.0 * common / (len(a) + len(b))


def _score(
    name: str, latin: str, birth: str | None, location_id: str | None, row: dict[str, Any]
) -> tuple[float, tuple[str, ...]]:
    bonuses: list[float] = []  # added one by one after the name score, in the order they always were
    extra: list[str] = []
    if birth and row["birth_date"]:
        days = abs((date.fromisoformat(birth) - date.fromisoformat(row["birth_date"])).days)
        if days == 0:
            extra.append("same date of birth")
            bonuses.append(0.15)
        elif days <= 366:
            extra.append(f"born {days} days apart")
            bonuses.append(0.05)
        else:
            bonuses.append(-0.2)
    if location_id and row["location_id"] == location_id:
        extra.append("same village")
        bonuses.append(0.15)
    a, b = _comparable(name, latin), _comparable(row["name"], row["name_latin"] or "")
    both_latin = bool(latin and row["name_latin"])
    if both_latin:
        a2, b2 = _comparable(name), _comparable(row["name"])
    # Most pairs cannot reach the threshold: rule them out with the cheap bound before the full ratio.
    bound = max(_upper_bound(a, b), _upper_bound(a2, b2) if both_latin else 0.0)
    if bound + sum(bonuses) < NAME_THRESHOLD - 1e-9:
        return bound + sum(bonuses), (f"names at most {round(bound * 100)}% alike", *extra)
    names = similarity(a, b)
    if both_latin:
        names = max(names, similarity(a2, b2))
    score = names
    for bonus in bonuses:
        score += bonus
    return score, (f"names {round(names * 100)}% alike", *extra)


def candidates(
    db: Database,
    *,
    name: str,
    sex: str,
    birth_date: str | None = None,
    location_id: str | None = None,
    name_latin: str = "",
    exclude_id: str | None = None,
    limit: int = 8,
) -> list[Candidate]:
    """Children who resemble a new intake: same sex, a similar name, a close birth date or the same village.

    Looks in two small sets found by index: the same village, and name
    matches (trigram index) among children born within about a year.
    """
    if not name.strip() or sex not in ("F", "M"):
        return []
    columns = (
        "c.id, c.case_number, c.name, c.name_latin, c.sex, c.birth_date, c.location_id, "
        "coalesce(l.name_en, '') AS village"
    )
    rows: dict[str, dict[str, Any]] = {}
    if location_id:
        for r in db.query(
            f"SELECT {columns} FROM children c LEFT JOIN locations l ON l.id = c.location_id "
            # +c.sex: read the village's children by the location index, not half the table by sex
            # (the order and the first 2,000 are those the (sex, birth_date) index gave)
            "WHERE c.location_id = ? AND +c.sex = ? AND c.deleted = 0 ORDER BY c.birth_date, c.rowid LIMIT 2000",
            [location_id, sex],
        ):
            rows[r["id"]] = r
    terms = [t for t in {*name.split(), *name_latin.split()} if len(t) >= 3]
    if terms:
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        span_sql, span_args = "", []
        if birth_date:
            d = date.fromisoformat(birth_date)
            span_sql = " AND c.birth_date BETWEEN ? AND ?"
            span_args = [
                (d - timedelta(days=BIRTH_WINDOW_DAYS)).isoformat(),
                (d + timedelta(days=BIRTH_WINDOW_DAYS)).isoformat(),
            ]
        # The name matches are found once (IN subquery), not probed per child of the birth window:
        # joining children_fts let the planner run the MATCH again for every child (1.6 s on 20,000).
        sql = (
            f"SELECT {columns} FROM children c LEFT JOIN locations l ON l.id = c.location_id "
            f"WHERE c.rowid IN (SELECT rowid FROM children_fts WHERE children_fts MATCH ?) "
            f"AND c.sex = ? AND c.deleted = 0{span_sql} LIMIT 500"
        )
        for r in db.query(sql, [match, sex, *span_args]):
            rows[r["id"]] = r
    found = []
    for r in rows.values():
        if r["id"] == exclude_id:
            continue
        score, reasons = _score(name, name_latin, birth_date, location_id, r)
        if score >= NAME_THRESHOLD:
            found.append(
                Candidate(
                    r["id"],
                    r["case_number"],
                    r["name"],
                    r["sex"],
                    r["birth_date"],
                    r["village"],
                    round(score, 3),
                    reasons,
                )
            )
    found.sort(key=lambda c: -c.score)
    return found[:limit]


def scan(db: Database, *, limit: int | None = None) -> list[tuple[Candidate, Candidate]]:
    """Pairs of suspected duplicates across all children.

    Blocks on (sex, birth year, commune-or-village) so that only children who
    could be the same are compared, then scores names; linear in practice.
    """
    pairs: list[tuple[Candidate, Candidate]] = []
    sql = """SELECT c.id, c.case_number, c.name, c.name_latin, c.sex, c.birth_date, c.location_id,
                    coalesce(l.parent_id, c.location_id) AS block, coalesce(l.name_en, '') AS village
             FROM children c LEFT JOIN locations l ON l.id = c.location_id
             WHERE c.deleted = 0
             ORDER BY c.sex, substr(c.birth_date, 1, 4), block"""
    group: list[dict[str, Any]] = []
    key: tuple[Any, ...] | None = None
    for row in db.query(sql):
        k = (row["sex"], (row["birth_date"] or "")[:4], row["block"])
        if k != key:
            pairs.extend(_pairs_in(group))
            group, key = [], k
            if limit and len(pairs) >= limit:
                return pairs[:limit]
        group.append(row)
    pairs.extend(_pairs_in(group))
    return pairs[:limit] if limit else pairs


def _pairs_in(group: list[dict[str, Any]], window: int = 4) -> list[tuple[Candidate, Candidate]]:
    """Sorted-neighbourhood comparison: each name against the next few in name order."""
    if len(group) < 2:
        return []
    keyed = sorted(((_comparable(r["name"], r["name_latin"] or ""), r) for r in group), key=lambda kr: kr[0])
    out = []
    seen: set[tuple[str, str]] = set()
    for order in (keyed, sorted(keyed, key=lambda kr: " ".join(sorted(kr[0].split())))):
        for i, (_a_key, a) in enumerate(order):
            for _b_key, b in order[i + 1 : i + 1 + window]:
                pair = (min(a["id"], b["id"]), max(a["id"], b["id"]))
                if pair in seen:
                    continue
                seen.add(pair)
                score, reasons = _score(a["name"], a["name_latin"] or "", a["birth_date"], a["location_id"], b)
                if score >= NAME_THRESHOLD + 0.1:
                    out.append((_cand(a, score, reasons), _cand(b, score, reasons)))
    return out


def _cand(r: dict[str, Any], score: float, reasons: tuple[str, ...]) -> Candidate:
    return Candidate(
        r["id"], r["case_number"], r["name"], r["sex"], r["birth_date"], r["village"], round(score, 3), reasons
    )
