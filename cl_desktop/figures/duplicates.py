"""Suspected duplicate children: while typing an intake, and across the database.

Names are compared in one form whatever script they were typed in (``domain.names``): the
Latin transliteration when there is one, else the name normalised, Cyrillic transliterated.
Each child's form is kept in the table ``child_name_keys`` (this replica's own, never synced):
a trigger empties it when a child is renamed, children added since the last refresh lie above a
rowid mark, and :func:`refresh_keys` keys both, so the full scan neither joins, sorts nor
normalises a million names in Python.
"""

from __future__ import annotations

import contextlib
import gc
import sqlite3
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache
from itertools import count, permutations
from typing import Any, NamedTuple

from sqlite_utils import Database

from cl_desktop.domain.names import comparable, normalise, similarity, sorted_words
from cl_desktop.errors import DatabaseError

NAME_THRESHOLD = 0.8
SCAN_THRESHOLD = NAME_THRESHOLD + 0.1  # the full scan lists only the stronger suspicions
BIRTH_WINDOW_DAYS = 400
SCAN_WINDOW = 4  # each child is compared with the next few in name order within its block
# Children added since the keys were last refreshed are read by rowid, at most this many of the
# latest (after a bulk load the rest wait for the scan or refresh_keys).
_UNKEYED_LOOKUP = 5000
# Names less alike than this cannot reach the scan's threshold with these (birth, village) bonuses.
_floors = {
    (birth, village): round(SCAN_THRESHOLD - birth - village - 1e-9, 9)
    for birth in (0.15, 0.05, -0.2, 0.0)
    for village in (0.15, 0.0)
}


class Candidate(NamedTuple):
    """A child who resembles another, with the score and the reasons (a scan makes millions: a tuple)."""

    child_id: str
    case_number: str
    name: str
    sex: str
    birth_date: str | None
    village: str
    score: float
    reasons: tuple[str, ...]


def name_key(name: str | None, latin: str | None = "") -> str:
    """The form a child's name is compared in (kept in ``child_name_keys``)."""
    return comparable(name or "", latin or "")


_key = lru_cache(maxsize=1 << 16)(name_key)
_normalise = lru_cache(maxsize=1 << 16)(normalise)
_sorted_words = lru_cache(maxsize=1 << 16)(sorted_words)


@lru_cache(maxsize=1 << 14)
def _day(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


# Each (letter, n) — the n-th of that letter in a name — gets a bit of its own, once, for good.
_LETTER_BITS: dict[tuple[str, int], int] = {}
_next_bit = count()  # next() is atomic: a look-up in another thread never shares a bit


@lru_cache(maxsize=1 << 14)
def _letters(text: str) -> int:
    """The letters of a name as bits, the n-th "a" its own bit: two names have as many letters in
    common, in any order, as their masks have bits in common."""
    seen: Counter[str] = Counter()
    mask = 0
    for ch in text:
        seen[ch] += 1
        element = (ch, seen[ch])
        bit = _LETTER_BITS.get(element)
        if bit is None:
            bit = _LETTER_BITS.setdefault(element, next(_next_bit))
        mask |= 1 << bit
    return mask


def _bound(a: str, b: str, a_letters: int, b_letters: int) -> float:
    """An upper bound of ``similarity(a, b)`` at a fraction of its cost.

    ``SequenceMatcher.ratio`` is 2·M/T with M matched characters, and no more characters can
    match than the two names have in common, in any order (the swapped form has the same ones).
    """
    size = len(a) + len(b)
    return 2.0 * (a_letters & b_letters).bit_count() / size if size else 0.0


def _upper_bound(a: str, b: str) -> float:
    return _bound(a, b, _letters(a), _letters(b))


# Names repeat (the same few thousand given and family names): each distinct pair is compared once.
_similarity = lru_cache(maxsize=1 << 18)(similarity)


class _Child:
    """One child as the comparison needs it."""

    __slots__ = (
        "birth",
        "case_number",
        "day",
        "id",
        "key",
        "latin",
        "letters",
        "location",
        "name",
        "native",
        "native_letters",
        "pos",
        "sex",
        "village",
    )

    def __init__(
        self,
        id: str,
        case_number: str,
        name: str,
        latin: str | None,
        sex: str,
        birth: str | None,
        location: str | None,
        village: str,
        key: str | None,
    ) -> None:
        self.id = id
        self.case_number = case_number
        self.name = name
        self.latin = (latin or "").strip()
        self.sex = sex
        self.birth = birth
        self.location = location
        self.village = village
        self.key = key if key is not None else _key(name, latin)
        self.day = _day(birth) if birth else None
        # the name as typed, normalised: compared too when either name has a transliteration
        self.native = _normalise(name) if self.latin else self.key
        self.pos = 0  # place in its block's name order (scan)
        self.letters = self.native_letters = 0  # the scan sets them, one block at a time

    def candidate(self, score: float, reasons: tuple[str, ...]) -> Candidate:
        return Candidate(
            self.id, self.case_number, self.name, self.sex, self.birth, self.village, round(score, 3), reasons
        )


@lru_cache(maxsize=1 << 17)  # (names %, days apart, village): some 100 × 367 × 2 combinations
def _reasons(head: str, days: int | None, same_village: bool) -> tuple[str, ...]:
    """The reasons shown for a pair (one shared tuple per combination: a scan holds a million)."""
    extra = []
    if days == 0:
        extra.append("same date of birth")
    elif days is not None and days <= 366:
        extra.append(f"born {days} days apart")
    if same_village:
        extra.append("same village")
    return (head, *extra)


def _names(a_key: str, b_key: str, a_native: str, b_native: str, floor: float) -> tuple[float, bool]:
    """(similarity, False) of two names, or (an upper bound, True) when that is below ``floor``.

    A transliterated name is also compared as typed (``a_native``/``b_native``, empty when
    neither has a transliteration): two Khmer names, one without its transliteration, still meet.
    """
    if a_key and a_key == b_key:
        return 1.0, False  # the same name (possibly typed in another script): nothing to measure
    if a_native and a_native == b_native:
        return 1.0, False
    # Most pairs cannot reach the threshold: rule them out with the cheap bound before the full ratio.
    bound = max(_upper_bound(a_key, b_key), _upper_bound(a_native, b_native) if a_native else 0.0)
    if bound < floor:
        return bound, True
    return _similar(a_key, b_key, a_native, b_native), False


@lru_cache(maxsize=1 << 18)
def _similar(a_key: str, b_key: str, a_native: str, b_native: str) -> float:
    """The similarity of two names, and of their native forms when given. Names repeat, so each
    distinct pair of names is measured once."""
    names = _similarity(a_key, b_key)
    if a_native:
        names = max(names, _similarity(a_native, b_native))
    return names


@lru_cache(maxsize=1 << 10)
def _alike(percent: int, at_most: bool) -> str:
    return f"names at most {percent}% alike" if at_most else f"names {percent}% alike"


def _score(a: _Child, b: _Child) -> tuple[float, tuple[str, ...]]:
    """How much ``b`` resembles ``a``: name similarity plus birth-date and village bonuses."""
    bonuses: list[float] = []  # added one by one after the name score, in the order they always were
    days = None
    if a.day is not None and b.day is not None:
        days = abs(a.day - b.day)
        bonuses.append(0.15 if days == 0 else 0.05 if days <= 366 else -0.2)
    same_village = bool(a.location and b.location == a.location)
    if same_village:
        bonuses.append(0.15)
    native = a.key != b.key and bool(a.latin or b.latin)
    floor = NAME_THRESHOLD - 1e-9 - sum(bonuses)
    names, is_bound = _names(a.key, b.key, a.native if native else "", b.native if native else "", round(floor, 9))
    if is_bound:
        return names + sum(bonuses), _reasons(_alike(round(names * 100), True), days, same_village)
    score = names
    for bonus in bonuses:
        score += bonus
    return score, _reasons(_alike(round(names * 100), False), days, same_village)


def _cyrillic_alone(name: str | None, latin: str | None) -> int:
    """1 for a name in Cyrillic typed without a Latin spelling (as the update trigger marks it)."""
    return int(not latin and any("\u0400" <= ch <= "\u04ff" for ch in name or ""))


def refresh_keys(db: Database) -> int:
    """Key the children added since the last refresh and fill the keys emptied by renames; returns how many.

    Bulk writers (the demo generator, a big bundle) may call it once after loading; otherwise
    the full scan does it first.
    """
    db.conn.create_function("cl_name_key", 2, name_key, deterministic=True)
    db.conn.create_function("cl_cyrillic_alone", 2, _cyrillic_alone, deterministic=True)
    with db.atomic():
        mark = db.execute("SELECT last_rowid FROM child_name_keys_mark").fetchone()[0]
        top = db.execute("SELECT coalesce(max(rowid), 0) FROM children").fetchone()[0]
        added = db.execute(
            "INSERT OR REPLACE INTO child_name_keys(child_id, name_key, cyrillic_alone) "
            "SELECT id, cl_name_key(name, name_latin), cl_cyrillic_alone(name, name_latin) FROM children "
            "WHERE rowid > ?",
            [mark],
        ).rowcount
        filled = db.execute(
            "UPDATE child_name_keys SET name_key = cl_name_key(c.name, c.name_latin) FROM children c "
            "WHERE child_name_keys.name_key IS NULL AND c.id = child_name_keys.child_id"
        ).rowcount
        db.execute("UPDATE child_name_keys_mark SET last_rowid = ?", [top])
    return int(added) + int(filled)


def _refresh_quietly(db: Database) -> None:
    """Fill empty keys if the connection may write (a read-only one computes them as it reads)."""
    if db.execute("SELECT 1 FROM child_name_keys WHERE name_key IS NULL LIMIT 1").fetchone() is None and (
        db.execute("SELECT last_rowid FROM child_name_keys_mark").fetchone()[0]
        >= db.execute("SELECT coalesce(max(rowid), 0) FROM children").fetchone()[0]
    ):
        return
    # A read-only or busy database keeps its empty keys: they are computed while reading.
    with contextlib.suppress(sqlite3.OperationalError, DatabaseError):
        refresh_keys(db)


_COLUMNS = (
    "c.id, c.case_number, c.name, c.name_latin, c.sex, c.birth_date, c.location_id, coalesce(l.name_en, '') AS village"
)


def _typed_keys(key: str) -> list[str]:
    """The typed name's key in every word order (family name first or last), for the key index."""
    words = key.split()
    if not words:
        return []
    if len(words) > 3:
        return [key, sorted_words(key)]
    return list(dict.fromkeys(" ".join(p) for p in permutations(words)))


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

    Looks in small sets found by index: the same village; name matches (trigram index, on the
    name as typed, its transliteration and, for Cyrillic, its automatic transliteration) among
    children born within about a year; and children whose name has the same comparable form
    (``child_name_keys``), which finds a child typed in Cyrillic without a transliteration from its
    Latin spelling.
    """
    if not name.strip() or sex not in ("F", "M"):
        return []
    typed = _Child("", "", name, name_latin, sex, birth_date or None, location_id, "", None)
    rows: dict[str, tuple[Any, ...]] = {}
    if location_id:
        for r in db.execute(
            f"SELECT {_COLUMNS} FROM children c LEFT JOIN locations l ON l.id = c.location_id "
            # +c.sex: read the village's children by the location index, not half the table by sex
            # (the order and the first 2,000 are those the (sex, birth_date) index gave)
            "WHERE c.location_id = ? AND +c.sex = ? AND c.deleted = 0 ORDER BY c.birth_date, c.rowid LIMIT 2000",
            [location_id, sex],
        ):
            rows[r[0]] = r
    span_sql, span_args = "", []
    if birth_date:
        d = date.fromisoformat(birth_date)
        span_sql = " AND c.birth_date BETWEEN ? AND ?"
        span_args = [
            (d - timedelta(days=BIRTH_WINDOW_DAYS)).isoformat(),
            (d + timedelta(days=BIRTH_WINDOW_DAYS)).isoformat(),
        ]
    words = {*name.split(), *name_latin.split()}
    if not name_latin.strip():
        words |= set(typed.key.split())  # Cyrillic typed alone also finds the Latin spelling
    terms = [t for t in words if len(t) >= 3]
    if terms:
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        # The name matches are found once (IN subquery), not probed per child of the birth window:
        # joining children_fts let the planner run the MATCH again for every child (1.6 s on 20,000).
        sql = (
            f"SELECT {_COLUMNS} FROM children c LEFT JOIN locations l ON l.id = c.location_id "
            f"WHERE c.rowid IN (SELECT rowid FROM children_fts WHERE children_fts MATCH ?) "
            f"AND c.sex = ? AND c.deleted = 0{span_sql} LIMIT 500"
        )
        for r in db.execute(sql, [match, sex, *span_args]):
            rows[r[0]] = r
    # Cyrillic names typed without a Latin spelling, by key: those with the typed name's key, and
    # those whose key was emptied by a rename (a look-up does not write, so the form never waits
    # for another program's write lock).
    keys = _typed_keys(typed.key)
    lookups: list[tuple[str, list[str]]] = [("k.name_key IS NULL", [])]
    if keys:
        lookups.insert(0, (f"k.name_key IN ({', '.join('?' for _ in keys)})", keys))
    for where, args in lookups:
        sql = (
            # CROSS JOIN: from the few keys to their children, never the children of one sex first
            f"SELECT {_COLUMNS} FROM child_name_keys k CROSS JOIN children c ON c.id = k.child_id "
            f"LEFT JOIN locations l ON l.id = c.location_id "
            f"WHERE k.cyrillic_alone = 1 AND {where} AND c.sex = ? AND c.deleted = 0{span_sql} LIMIT 500"
        )
        for r in db.execute(sql, [*args, sex, *span_args]):
            rows.setdefault(r[0], r)
    # ... and those added since the keys were last refreshed (the latest few thousand): read by rowid
    sql = (
        f"SELECT {_COLUMNS} FROM children c LEFT JOIN locations l ON l.id = c.location_id "
        "WHERE c.rowid > max((SELECT last_rowid FROM child_name_keys_mark), "
        f"(SELECT coalesce(max(rowid), 0) FROM children) - {_UNKEYED_LOOKUP}) "
        "AND coalesce(c.name_latin, '') = '' AND c.name GLOB '*[\u0400-\u04ff]*' "
        f"AND +c.sex = ? AND c.deleted = 0{span_sql.replace('c.birth_date', '+c.birth_date')} LIMIT 500"
    )
    for r in db.execute(sql, [sex, *span_args]):
        rows.setdefault(r[0], r)
    found = []
    for r in rows.values():
        if r[0] == exclude_id:
            continue
        child = _Child(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], None)
        score, reasons = _score(typed, child)
        if score >= NAME_THRESHOLD:
            found.append(child.candidate(score, reasons))
    found.sort(key=lambda c: -c.score)
    return found[:limit]


def scan(db: Database, *, limit: int | None = None) -> list[tuple[Candidate, Candidate]]:
    """Pairs of suspected duplicates across all children.

    Blocks on (sex, birth year, commune-or-village) so that only children who could be the same
    are compared, then compares each child with the next few in name order (and in name order
    with the words sorted); linear in the number of children. The children are read in
    (sex, birth date) order from a covering index, one (sex, birth year) at a time, and split
    into communes in memory.
    """
    _refresh_quietly(db)
    # A million children make a million small objects and no reference cycles: the cyclic
    # collector would walk them all again and again (a quarter of the time at that size).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _scan(db, limit)
    finally:
        if collecting:
            gc.enable()


def _scan(db: Database, limit: int | None) -> list[tuple[Candidate, Candidate]]:
    places = {
        r[0]: (r[1] or r[0], r[2] or "")
        for r in db.execute("SELECT id, parent_id, coalesce(name_en, '') FROM locations")
    }
    pairs: list[tuple[Candidate, Candidate]] = []
    blocks: dict[str | None, list[_Child]] = {}
    current: tuple[str, str] | None = None
    sql = (
        "SELECT c.id, c.case_number, c.name, c.name_latin, c.sex, c.birth_date, c.location_id, k.name_key "
        "FROM children c LEFT JOIN child_name_keys k ON k.child_id = c.id "
        "WHERE c.deleted = 0 ORDER BY c.sex, c.birth_date"
    )
    for child_id, case_number, name, latin, sex, birth, location, key in db.execute(sql):
        year = (sex, (birth or "")[:4])
        if year != current:
            if _flush(blocks, pairs, limit):
                return pairs[:limit]
            blocks, current = {}, year
        block, village = places.get(location, (location, "")) if location else (None, "")
        blocks.setdefault(block, []).append(
            _Child(child_id, case_number, name, latin, sex, birth, location, village, key)
        )
    _flush(blocks, pairs, limit)
    return pairs[:limit] if limit else pairs


def _flush(blocks: dict[str | None, list[_Child]], pairs: list[tuple[Candidate, Candidate]], limit: int | None) -> bool:
    """Compare within each block (communes in order); True once ``limit`` pairs are found."""
    for block in sorted(blocks, key=lambda b: (b is not None, b or "")):
        pairs.extend(_pairs_in(blocks[block]))
        if limit and len(pairs) >= limit:
            return True
    return False


def _pairs_in(group: list[_Child], window: int = SCAN_WINDOW) -> list[tuple[Candidate, Candidate]]:
    """Sorted-neighbourhood comparison: each name against the next few in name order.

    Namesakes (the same comparable name) are ordered by birth date. Up to ``window + 1`` of them
    are all compared with one another; a longer run is one group, linked child to child in birth
    order (each with the namesake born next, and with the next few born the same day): a reviewer walks
    it pair by pair and merging along the chain merges the group, where pairing every child with
    the next ``window`` namesakes would list four times as many pairs, none more telling.
    """
    if len(group) < 2:
        return []
    by_name = sorted(group, key=lambda c: (c.key, c.birth or "", c.location or "", c.id))
    run_end = [0] * len(by_name)  # index just past the run of namesakes each child belongs to
    end = len(by_name)
    for i in range(len(by_name) - 1, -1, -1):
        if i + 1 < len(by_name) and by_name[i + 1].key != by_name[i].key:
            end = i + 1
        run_end[i] = end
    run_start = 0
    long_run = [False] * len(by_name)
    for i in range(1, len(by_name) + 1):
        if i == len(by_name) or by_name[i].key != by_name[run_start].key:
            if i - run_start > window + 1:
                long_run[run_start:i] = [True] * (i - run_start)
            run_start = i
    for pos, child in enumerate(by_name):
        child.pos = pos
        child.letters = _letters(child.key)  # namesakes are neighbours here: the cache holds them
        child.native_letters = _letters(child.native) if child.latin else child.letters
    out: list[tuple[Candidate, Candidate]] = []
    for i, a in enumerate(by_name):
        for j in range(i + 1, min(i + 1 + window, len(by_name))):
            if long_run[i] and j < run_end[i] and j > i + 1 and by_name[j].birth != a.birth:
                continue  # a long run of namesakes: only the next one, and those born the same day
            _compare(a, by_name[j], out)
    # The same with the words of each name in alphabetical order ("Dara Sok" beside "Sok Dara"),
    # for the pairs not compared above: other names, further apart than the window in name order.
    by_words = sorted(by_name, key=lambda c: _sorted_words(c.key))
    for i, a in enumerate(by_words):
        for b in by_words[i + 1 : i + 1 + window]:
            if b.key != a.key and abs(b.pos - a.pos) > window:
                _compare(a, b, out)
    return out


def _compare(a: _Child, b: _Child, out: list[tuple[Candidate, Candidate]]) -> None:
    """Score one pair as ``_score`` does and keep it if it reaches the scan's threshold.

    Written out for speed (a million children make millions of comparisons): the name part is
    looked up once per distinct pair of names, and a pair whose names are too far apart for its
    bonuses to lift it is dropped on the cheap upper bound.
    """
    days = None
    birth_bonus = village_bonus = 0.0
    if a.day is not None and b.day is not None:
        days = abs(a.day - b.day)
        birth_bonus = 0.15 if days == 0 else 0.05 if days <= 366 else -0.2
    same_village = bool(a.location and b.location == a.location)
    if same_village:
        village_bonus = 0.15
    if a.key and a.key == b.key:
        names = 1.0
    else:
        # _names inline: most pairs end on the bound, and a call per pair is most of their cost
        floor = _floors[birth_bonus, village_bonus]
        bound = _bound(a.key, b.key, a.letters, b.letters)
        if a.latin or b.latin:
            if a.native and a.native == b.native:
                names = 1.0
            else:
                bound = max(bound, _bound(a.native, b.native, a.native_letters, b.native_letters))
                if bound < floor:
                    return
                names = _similar(a.key, b.key, a.native, b.native)
        elif bound < floor:
            return
        else:
            names = _similar(a.key, b.key, "", "")
    score = names  # the bonuses are added one by one, in the order _score adds them
    if days is not None:
        score += birth_bonus
    if same_village:
        score += village_bonus
    if score >= SCAN_THRESHOLD:
        reasons = _reasons(_alike(round(names * 100), False), days, same_village)
        rounded = round(score, 3)
        out.append(
            (
                Candidate(a.id, a.case_number, a.name, a.sex, a.birth, a.village, rounded, reasons),
                Candidate(b.id, b.case_number, b.name, b.sex, b.birth, b.village, rounded, reasons),
            )
        )
