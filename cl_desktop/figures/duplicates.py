"""Suspected duplicate children: while typing an intake, at import, and across the database.

The child most likely to be registered twice is the one who moved, so the place never decides which
children are compared: it only raises or lowers the score. Children are compared when they share a
*blocking key*: the sex and the sound of the name (``domain.translit.sound_keys``: the consonants the
name is spoken with, read from each word round, shared however the words are spelt, split, joined or
ordered, whether the name was typed in Khmer, Cyrillic or Latin letters). A child mistyped in a consonant shares no key
with its first registration: children born the same day are also compared in name order.

The score, in points, is the names' (100 for the same name in the child's own script or in Latin
letters, 95 for names that sound the same, 80 or 70 for names one or two typing slips apart) plus
the birth date's and the place's (:func:`_birth`, :func:`_place`); each part gives a reason, so the
review list says "same name in Khmer, same birth date, another province". A pair is listed from :data:`SCAN_POINTS`.

Each child's keys are kept in ``child_match_keys`` (this replica's own, never synced) for the look-up
while typing: children added since the last refresh lie above a rowid mark, and a trigger empties
``child_name_keys.name_key`` when a name, the sex or the birth date changes; :func:`refresh_keys`
keys both. Decisions on pairs (``duplicate_decisions``, synced) keep a pair from being asked twice.
"""

from __future__ import annotations

import contextlib
import gc
import json
import sqlite3
import weakref
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from sqlite_utils import Database

from cl_desktop.domain.names import normalise
from cl_desktop.domain.translit import is_cyrillic, is_khmer, latin_words, sound_keys
from cl_desktop.errors import DatabaseError
from cl_desktop.figures.duplicate_reasons import say
from cl_desktop.store.meta import get_meta, set_meta

# The blocking keys' version: when the rules that make them change, every child is keyed again.
KEYS_VERSION = "2"
SCAN_POINTS = 100  # a pair the scan lists for review
TYPING_POINTS = 90  # a child shown while typing (the clerk glances; the reviewer decides)
SCAN_THRESHOLD = SCAN_POINTS / 100
NAME_THRESHOLD = TYPING_POINTS / 100
BIRTH_WINDOW_DAYS = 400  # an estimated birth date may be this far off
TYPED_DATE_SLIP = 31  # two typed (not estimated) dates this close may be one date mistyped
TYPO_WINDOW = 3  # children born the same day: each compared with the next few in name order
# Children added since the keys were last refreshed are read by rowid, at most this many of the
# latest (after a bulk load the rest wait for the scan or refresh_keys).
_UNKEYED_LOOKUP = 5000


class Candidate(NamedTuple):
    """A child who resembles another, with the score and the reasons (a scan makes many: a tuple)."""

    child_id: str
    case_number: str
    name: str
    sex: str
    birth_date: str | None
    village: str
    score: float
    reasons: tuple[str, ...]


class Forms(NamedTuple):
    """A name in the forms it is compared in."""

    native: str  # the name as typed, normalised, words sorted, when it has Khmer or Cyrillic letters
    script: str  # "Khmer", "Cyrillic" or ""
    latin: str  # in Latin letters (the Latin name, else the name transliterated or romanised), words sorted
    other: str  # the name typed in another script, in Latin letters, when a Latin name was typed too
    keys: frozenset[str]  # blocking keys: the sound of each form
    letters: int  # the letters of ``latin`` as a bit mask (an upper bound of the similarity)


@lru_cache(maxsize=1 << 17)
def forms(name: str | None, latin: str | None) -> Forms:
    name, latin = (name or "").strip(), (latin or "").strip()
    script = "Khmer" if any(is_khmer(ch) for ch in name) else "Cyrillic" if any(is_cyrillic(ch) for ch in name) else ""
    native = " ".join(sorted(normalise(name).split())) if script else ""
    typed_latin = " ".join(sorted(latin_words(name)))
    if latin:
        in_latin = " ".join(sorted(latin_words(latin)))
        other = typed_latin if script and typed_latin != in_latin else ""
    else:
        in_latin, other = typed_latin, ""
    keys = set(sound_keys(latin) | sound_keys(name))
    if not keys and in_latin:
        keys.add("=" + in_latin)  # too few consonants to go by: the name itself
    return Forms(native, script, in_latin, other, frozenset(keys), _letters(in_latin))


_BITS: dict[tuple[str, int], int] = {}


def _letters(text: str) -> int:
    """The letters of a text as bits, the n-th "a" its own bit: two texts have as many letters in common,
    in any order, as their masks have bits in common."""
    seen: dict[str, int] = {}
    mask = 0
    for ch in text:
        seen[ch] = n = seen.get(ch, 0) + 1
        bit = _BITS.setdefault((ch, n), len(_BITS))
        mask |= 1 << bit
    return mask


def edits(a: str, b: str, most: int = 2) -> int:
    """Letters added, dropped, changed or swapped with the next to make ``b`` of ``a`` (Damerau-Levenshtein,
    adjacent swaps), or ``most + 1`` when it takes more than ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    if a == b:
        return 0
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        low = current[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before[j - 2] + 1)
            current[j] = value
            low = min(low, value)
        if low > most:
            return most + 1
        before, previous = previous, current
    return min(previous[-1], most + 1)


# A name that differs from another in one letter, or in two letters of a long name: a typing slip.
_SLIP_POINTS = {1: 80, 2: 70}  # a slip is weaker evidence than the same sound: the place must help
_LONG_NAME = 10  # letters from which two slips are still the same name


def _slips(a: str, b: str) -> int:
    """``edits(a, b)`` up to 2, word by word when the words have the same number (the words both names share
    are set aside and only the others measured, in whichever pairing is closer)."""
    wa, wb = a.split(), b.split()
    if len(wa) == len(wb):
        # The words are sorted, and a slip can move a word: pair the words left once the shared ones are out.
        rest_a, rest_b = [], list(wb)
        for word in wa:
            if word in rest_b:
                rest_b.remove(word)
            else:
                rest_a.append(word)
        if len(rest_a) == 1:
            return edits(rest_a[0], rest_b[0])
        if len(rest_a) == 2:
            x, y = rest_a
            return min(
                edits(x, rest_b[0]) + edits(y, rest_b[1]), edits(x, rest_b[1]) + edits(y, rest_b[0]), edits(a, b), 3
            )
        if len(rest_a) > 2:
            return 3
    return edits(a, b)


def within_slips(a: Forms, b: Forms) -> bool:
    """Whether two names may be two slips apart at most (a cheap test on lengths and letters)."""
    la, lb = len(a.latin), len(b.latin)
    return abs(la - lb) <= 2 and (a.letters & b.letters).bit_count() >= max(la, lb) - 2


@lru_cache(maxsize=1 << 16)
def _names(a: Forms, b: Forms) -> tuple[int, str]:
    """(points, reason) of two names: the same, the same sound, or a typing slip or two apart."""
    if a.native and a.native == b.native:
        return 100, say("same_name_khmer" if a.script == "Khmer" else "same_name_cyrillic")
    if a.latin and a.latin == b.latin:
        return 100, say("same_name_latin")
    if not a.keys.isdisjoint(b.keys):
        return 95, say("names_sound_same")
    if not a.latin or not b.latin:  # no letters to compare (a name of signs or digits only): nothing alike
        return 0, say("names_unlike")
    if not within_slips(a, b):
        return 0, say("names_unlike")
    slips = min(_slips(a.latin, b.latin), _slips(a.native, b.native) if a.native and b.native else 3)
    if slips == 2 and max(len(a.latin), len(b.latin)) < _LONG_NAME:
        slips = 3
    if slips > 2:
        return 0, say("names_unlike")
    return _SLIP_POINTS[slips], say("names_one_letter") if slips == 1 else say("names_letters", n=slips)


class _Child:
    """One child as the comparison needs it."""

    __slots__ = ("birth", "case_number", "day", "estimated", "forms", "id", "name", "office", "place", "sex")

    def __init__(
        self,
        id: str,
        case_number: str,
        name: str,
        latin: str | None,
        sex: str,
        birth: str | None,
        estimated: int | None,
        place: Place,
        office: str,
    ) -> None:
        self.id = id
        self.case_number = case_number
        self.name = name
        self.sex = sex
        self.birth = birth or None
        self.day = _day(birth) if birth else None
        self.estimated = bool(estimated)
        self.place = place
        self.office = office
        self.forms = forms(name, latin)

    def candidate(self, points: int, reasons: tuple[str, ...]) -> Candidate:
        return Candidate(
            self.id, self.case_number, self.name, self.sex, self.birth, self.place.village_name, points / 100, reasons
        )


@lru_cache(maxsize=1 << 15)
def _day(iso: str) -> int | None:
    try:
        return date.fromisoformat(iso).toordinal()
    except ValueError:
        return None


class Place(NamedTuple):
    """A location and the places above it (ids), for comparing where two children were registered."""

    village: str
    commune: str
    district: str
    province: str
    village_name: str


_NOWHERE = Place("", "", "", "", "")
_LEVELS = ("village", "commune", "district", "province")


def _birth(a: _Child, b: _Child) -> tuple[int, str]:
    if a.day is None or b.day is None:
        return -10, say("birth_missing")
    days = abs(a.day - b.day)
    if days == 0:
        return 20, say("same_birth")
    if a.estimated or b.estimated:
        if days <= BIRTH_WINDOW_DAYS:
            return -10, say("born_apart_estimated", days=days)
    elif days <= TYPED_DATE_SLIP:
        return -10, say("born_apart", days=days)
    return -50, say("born_apart", days=days)


def _place(a: Place, b: Place) -> tuple[int, str]:
    if a.village and a.village == b.village:
        return 15, say("same_village")
    if a.commune and a.commune == b.commune:
        return 10, say("same_commune")
    if a.district and a.district == b.district:
        return 5, say("same_district")
    if a.province and a.province == b.province:
        return 0, say("same_province_district") if a.district and b.district else say("same_province")
    if a.province and b.province:
        return -5, say("another_province")
    return 0, say("place_unknown")


def score(a: _Child, b: _Child) -> tuple[int, tuple[str, ...]]:
    """Points and reasons of a pair: the names', the birth dates' and the places'."""
    names, why = _names(a.forms, b.forms)
    birth, born = _birth(a, b)
    place, where = _place(a.place, b.place)
    reasons: tuple[str, ...] = (why, born, where)
    if a.office != b.office and a.office and b.office:
        reasons += (say("another_office"),)
    return names + birth + place, reasons


# -- places ------------------------------------------------------------------------------------------
_places: weakref.WeakKeyDictionary[Any, tuple[tuple[int, str], dict[str | None, Place]]] = weakref.WeakKeyDictionary()


def places(db: Database) -> dict[str | None, Place]:
    """Every location with the places above it (read again when the locations change)."""
    stamp = tuple(db.execute("SELECT count(*), coalesce(max(updated_at), '') FROM locations").fetchone())
    try:
        cached = _places.get(db)
    except TypeError:
        cached = None
    if cached is not None and cached[0] == stamp:
        return cached[1]
    rows = {r[0]: r[1:] for r in db.execute("SELECT id, parent_id, level, coalesce(name_en, '') FROM locations")}
    out: dict[str | None, Place] = {None: _NOWHERE, "": _NOWHERE}
    for loc, (_parent, _level, label) in rows.items():
        found = dict.fromkeys(_LEVELS, "")
        at: str | None = loc
        for _ in range(8):  # country > province > district > commune > village
            if at is None or at not in rows:
                break
            parent, lvl, _name = rows[at]
            if lvl in found:
                found[lvl] = at
            at = parent
        out[loc] = Place(found["village"], found["commune"], found["district"], found["province"], label)
    with contextlib.suppress(TypeError):  # a connection that takes no weak reference is read every time
        _places[db] = (stamp, out)
    return out


# -- keys kept for the look-up while typing ------------------------------------------------------------
def child_keys(name: str | None, latin: str | None, sex: str | None, birth: str | None) -> list[str]:
    """The keys of ``child_match_keys``: sex, sound of the name, birth year ("" when not known)."""
    year = (birth or "")[:4]
    return [f"{sex}|{key}|{year}" for key in sorted(forms(name, latin).keys)]


def _fill(db: Database, where: str, args: list[Any]) -> int:
    rows = db.execute(f"SELECT id, name, name_latin, sex, birth_date FROM children WHERE {where}", args).fetchall()
    ids = [(r[0],) for r in rows]
    db.execute(f"DELETE FROM child_match_keys WHERE child_id IN (SELECT id FROM children WHERE {where})", args)
    db.conn.executemany(
        "INSERT OR IGNORE INTO child_match_keys(key, child_id) VALUES (?, ?)",
        sorted((key, r[0]) for r in rows for key in child_keys(r[1], r[2], r[3], r[4])),  # B-tree order
    )
    db.conn.executemany("DELETE FROM child_name_keys WHERE child_id = ?", ids)  # keyed: nothing to do
    return len(rows)


def refresh_keys(db: Database) -> int:
    """Key the children added since the last refresh and those whose keys a change emptied; returns how many.

    Bulk writers (the demo generator, a big bundle) may call it once after loading; otherwise the
    full scan does it first.
    """
    with db.atomic():
        if get_meta(db, "duplicate_keys_version") != KEYS_VERSION:
            # other rules: every child keyed again, in rowid order (as after a bulk load)
            db.execute("DELETE FROM child_match_keys")
            db.execute("DELETE FROM child_name_keys")
            db.execute("UPDATE child_name_keys_mark SET last_rowid = 0")
            set_meta(db, "duplicate_keys_version", KEYS_VERSION)
        mark = db.execute("SELECT last_rowid FROM child_name_keys_mark").fetchone()[0]
        top = db.execute("SELECT coalesce(max(rowid), 0) FROM children").fetchone()[0]
        done = 0
        for start in range(mark, top, 50_000):
            done += _fill(db, "rowid > ? AND rowid <= ?", [start, min(top, start + 50_000)])
        while True:
            todo = [r[0] for r in db.execute("SELECT child_id FROM child_name_keys WHERE name_key IS NULL LIMIT 50000")]
            if not todo:
                break
            for start in range(0, len(todo), 500):
                part = todo[start : start + 500]
                done += _fill(db, f"id IN ({', '.join('?' for _ in part)})", part)
                db.conn.executemany("DELETE FROM child_name_keys WHERE child_id = ?", [(t,) for t in part])
        db.execute("UPDATE child_name_keys_mark SET last_rowid = ?", [top])
    return done


def key_waiting_children(path: Path) -> int:
    """Key the children waiting for keys (after an upgrade, a bulk load or a change of the rules), on a
    connection of its own: the application does it after start-up, off the GUI thread, so the look-up
    while typing finds every child by key. A busy or read-only file is left for the next time."""
    from cl_desktop.store import open_database

    try:
        db = open_database(path, create=False)
    except DatabaseError:
        return 0
    try:
        with contextlib.suppress(sqlite3.OperationalError, DatabaseError):
            return refresh_keys(db)
        return 0
    finally:
        db.close()


def _refresh_quietly(db: Database) -> None:
    """Key what is unkeyed if the connection may write (a read-only one reads those children directly)."""
    if (
        get_meta(db, "duplicate_keys_version") == KEYS_VERSION
        and db.execute("SELECT 1 FROM child_name_keys WHERE name_key IS NULL LIMIT 1").fetchone() is None
        and (
            db.execute("SELECT last_rowid FROM child_name_keys_mark").fetchone()[0]
            >= db.execute("SELECT coalesce(max(rowid), 0) FROM children").fetchone()[0]
        )
    ):
        return
    with contextlib.suppress(sqlite3.OperationalError, DatabaseError):
        refresh_keys(db)


def decided_pairs(db: Database) -> set[tuple[str, str]]:
    """Pairs already decided ("distinct" or "same"): never asked again."""
    return {(r[0], r[1]) for r in db.execute("SELECT child_a, child_b FROM duplicate_decisions WHERE deleted = 0")}


# -- while typing, and at import ------------------------------------------------------------------------
_COLUMNS = (
    "c.id, c.case_number, c.name, c.name_latin, c.sex, c.birth_date, c.birth_date_estimated, c.location_id, c.office"
)


def candidates(
    db: Database,
    *,
    name: str,
    sex: str,
    birth_date: str | None = None,
    location_id: str | None = None,
    name_latin: str = "",
    birth_date_estimated: bool = False,
    office: str = "",
    exclude_id: str | None = None,
    limit: int | None = 8,
) -> list[Candidate]:
    """Children who may be the one being typed (or imported), likeliest first.

    Found by index wherever they were registered: those sharing a blocking key (sex, sound of the
    name, birth year within two of the typed one or unknown), those born the same day (a mistyped
    name), and those not keyed yet (added since the last refresh, or renamed).
    """
    if not name.strip() or sex not in ("F", "M"):
        return []
    where = places(db)
    typed = _Child(
        "", "", name, name_latin, sex, birth_date, birth_date_estimated, where.get(location_id, _NOWHERE), office
    )
    rows: dict[str, tuple[Any, ...]] = {}
    source = f"SELECT {_COLUMNS} FROM children c WHERE c.deleted = 0"
    year = typed.birth[:4] if typed.day is not None and typed.birth else ""
    keys = sorted(typed.forms.keys)
    for key in keys:
        if year and typed.day is not None:
            years = [str(int(year) + d) for d in (-2, -1, 0, 1, 2)] + [""]
            wanted = [f"{sex}|{key}|{y}" for y in years]
            # born within the window an estimate allows (or not known): no other can reach the threshold
            low = date.fromordinal(typed.day - BIRTH_WINDOW_DAYS).isoformat()
            high = date.fromordinal(typed.day + BIRTH_WINDOW_DAYS).isoformat()
            sql = (
                f"{source} AND c.id IN (SELECT child_id FROM child_match_keys WHERE key IN "
                f"({', '.join('?' for _ in wanted)})) AND (+c.birth_date BETWEEN ? AND ? OR c.birth_date IS NULL)"
            )
            args: list[Any] = [*wanted, low, high]
        else:
            sql = f"{source} AND c.id IN (SELECT child_id FROM child_match_keys WHERE key >= ? AND key < ?)"
            args = [f"{sex}|{key}|", f"{sex}|{key}|\uffff"]
        for r in db.execute(sql + " LIMIT 20000", args):
            rows[r[0]] = r
    if typed.day is not None and typed.birth:
        # the same birth date: a name mistyped in a consonant shares no key
        for r in db.execute(f"{source} AND c.sex = ? AND c.birth_date = ? LIMIT 5000", [sex, typed.birth]):
            rows.setdefault(r[0], r)
    # not keyed yet: renamed since the last refresh, or added since (the latest few thousand)
    for r in db.execute(
        f"SELECT {_COLUMNS} FROM child_name_keys k CROSS JOIN children c ON c.id = k.child_id "
        "WHERE k.name_key IS NULL AND c.deleted = 0 AND c.sex = ? LIMIT 5000",
        [sex],
    ):
        rows.setdefault(r[0], r)
    for r in db.execute(
        f"{source} AND c.rowid > max((SELECT last_rowid FROM child_name_keys_mark), "
        f"(SELECT coalesce(max(rowid), 0) FROM children) - {_UNKEYED_LOOKUP}) AND +c.sex = ?",
        [sex],
    ):
        rows.setdefault(r[0], r)
    decided: set[str] = set()
    if exclude_id:
        decided = {
            r[0]
            for r in db.execute(
                "SELECT CASE WHEN child_a = ? THEN child_b ELSE child_a END FROM duplicate_decisions "
                "WHERE (child_a = ? OR child_b = ?) AND deleted = 0",
                [exclude_id, exclude_id, exclude_id],
            )
        }
    found = []
    for r in rows.values():
        if r[0] == exclude_id or r[0] in decided:
            continue
        child = _Child(r[0], r[1], r[2], r[3], r[4], r[5], r[6], where.get(r[7], _NOWHERE), r[8] or "")
        points, reasons = score(typed, child)
        if points >= TYPING_POINTS:
            found.append(child.candidate(points, reasons))
    found.sort(key=lambda c: (-c.score, c.case_number))
    return found[:limit] if limit else found


# -- across the database --------------------------------------------------------------------------------
def scan(
    db: Database,
    *,
    limit: int | None = None,
    only: set[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[tuple[Candidate, Candidate]]:
    """Pairs of suspected duplicates across all children, likeliest first, without the decided pairs.

    ``only``: just the pairs with one of these children (a bundle's new children). ``progress(children
    compared, children in all)`` is told along the way and may raise to stop.
    """
    _refresh_quietly(db)
    # Many small objects and no reference cycles: the cyclic collector would walk them again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        pairs = _scan(db, only, progress)
    finally:
        if collecting:
            gc.enable()
    return pairs[:limit] if limit else pairs


def _name_order(child: _Child) -> str:
    return child.forms.latin


def _ending_order(child: _Child) -> str:
    return child.forms.latin[::-1]


def _scan(
    db: Database, only: set[str] | None, progress: Callable[[int, int], None] | None = None
) -> list[tuple[Candidate, Candidate]]:
    """One pass over the children of each sex in birth-date order (the covering index's order), holding
    only the children born within the birth window of the current one: memory stays bounded by the
    window, not by the database."""
    where = places(db)
    decided = decided_pairs(db)
    out: list[tuple[int, Candidate, Candidate]] = []

    def compare(a: _Child, b: _Child) -> None:
        pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if pair in decided or (only is not None and a.id not in only and b.id not in only):
            return
        points, reasons = score(a, b)
        if points >= SCAN_POINTS:
            first, second = (a, b) if a.id == pair[0] else (b, a)
            out.append((points, first.candidate(points, reasons), second.candidate(points, reasons)))

    total = db.execute("SELECT count(*) FROM children WHERE deleted = 0").fetchone()[0] if progress else 0
    rows = db.execute(f"SELECT {_COLUMNS} FROM children c WHERE c.deleted = 0 ORDER BY c.sex, c.birth_date")
    sex: str | None = None
    window = _Window(compare)
    for i, r in enumerate(rows):
        if progress and i % 1000 == 0:
            progress(i, total)
        child = _Child(r[0], r[1], r[2], r[3], r[4], r[5], r[6], where.get(r[7], _NOWHERE), r[8] or "")
        if child.sex != sex:
            window.finish()
            window, sex = _Window(compare), child.sex
        window.add(child)
    window.finish()
    out.sort(key=lambda p: (-p[0], p[1].case_number, p[2].case_number))
    return [(a, b) for _points, a, b in out]


class _Window:
    """The children of one sex seen so far that a new child (arriving in birth-date order) may still be:
    those sharing a key born the same day (wherever registered), those sharing a key in the same commune
    born within the birth window, and those of unknown birth date sharing a key in the same commune."""

    def __init__(self, compare: Any) -> None:
        self.compare = compare
        self.day: int | None = None
        self.today: list[_Child] = []  # born on ``day``: the typo pass
        self.today_keys: dict[str, list[_Child]] = defaultdict(list)
        self.near: dict[tuple[str, str], list[_Child]] = {}  # (key, commune) -> children in birth order
        self.undated: dict[tuple[str, str], list[_Child]] = defaultdict(list)
        self.swept = 0

    def add(self, child: _Child) -> None:
        day, local = child.day, child.place.commune or child.place.village
        if day is None:
            if local:
                for key in child.forms.keys:
                    for other in self.undated[key, local]:
                        self.compare(other, child)
                    self.undated[key, local].append(child)
            return
        if day != self.day:
            self._new_day(day)
        partners: dict[str, _Child] = {}
        for key in child.forms.keys:
            for other in self.today_keys[key]:
                partners[other.id] = other  # the same day: wherever registered
            self.today_keys[key].append(child)
            if not local:
                continue
            for other in self.undated.get((key, local), ()):
                partners[other.id] = other
            block = self.near.get((key, local))
            if block is None:
                self.near[key, local] = [child]
                continue
            start = 0
            while start < len(block) and day - block[start].day > BIRTH_WINDOW_DAYS:  # type: ignore[operator]
                start += 1
            if start:
                del block[:start]
            for other in block:
                days = day - other.day  # type: ignore[operator]
                if days > 0 and (days <= TYPED_DATE_SLIP or child.estimated or other.estimated):
                    partners[other.id] = other
            block.append(child)
        for other in partners.values():
            self.compare(other, child)
        self.today.append(child)

    def _new_day(self, day: int) -> None:
        self._typos()
        self.day = day
        self.today = []
        self.today_keys.clear()
        if day - self.swept > 100:  # let go of the blocks nobody born from now on can join
            self.swept = day
            for k in [k for k, block in self.near.items() if day - block[-1].day > BIRTH_WINDOW_DAYS]:  # type: ignore[operator]
                del self.near[k]

    def _typos(self) -> None:
        """Born the same day, names in name order (and ending first): a consonant mistyped in one of them."""
        group = self.today
        if len(group) < 2:
            return
        for ranked in (sorted(group, key=_name_order), sorted(group, key=_ending_order)):
            for i, a in enumerate(ranked):
                fa = a.forms
                la = len(fa.latin)
                for b in ranked[i + 1 : i + 1 + TYPO_WINDOW]:
                    fb = b.forms
                    if fa is fb or abs(la - len(fb.latin)) > 2 or not fa.keys.isdisjoint(fb.keys):
                        continue
                    if (fa.letters & fb.letters).bit_count() >= max(la, len(fb.latin)) - 2:  # within_slips
                        self.compare(a, b)

    def finish(self) -> None:
        self._typos()


def unreviewed(db: Database, *, project_id: str | None = None) -> list[tuple[Candidate, Candidate]]:
    """The suspected pairs nobody has decided on yet (all of them: the data-quality report and the
    progress report state how many), likeliest first; with ``project_id``, those with a child of it."""
    pairs = scan(db)
    if project_id is None or not pairs:
        return pairs
    ids = {
        r[0]
        for r in db.execute(
            "SELECT id FROM children WHERE project_id = ? AND deleted = 0 AND id IN (SELECT value FROM json_each(?))",
            [project_id, json.dumps([c.child_id for pair in pairs for c in pair])],
        )
    }
    return [(a, b) for a, b in pairs if a.child_id in ids or b.child_id in ids]


def unreviewed_count(db: Database, *, project_id: str | None = None) -> int:
    """How many suspected pairs wait for a decision (for the progress report's data-quality line)."""
    return len(unreviewed(db, project_id=project_id))


# -- measured against the children registered twice on purpose -------------------------------------------
class Recall(NamedTuple):
    """How many planted pairs a search found, by kind, and what it costs a reviewer."""

    found: dict[str, int]  # kind -> pairs found
    planted: dict[str, int]  # kind -> pairs planted
    missed: list[tuple[str, str, str]]  # (case number, case number, kind)
    pairs: int  # pairs listed for review
    children: int

    @property
    def overall(self) -> float:
        total = sum(self.planted.values())
        return sum(self.found.values()) / total if total else 1.0

    def of(self, kind: str) -> float:
        return self.found.get(kind, 0) / self.planted[kind] if self.planted.get(kind) else 1.0

    @property
    def review_load(self) -> float:
        """Pairs a reviewer looks at per 1,000 children."""
        return 1000 * self.pairs / self.children if self.children else 0.0


def planted_pairs(db: Database, meta_key: str = "demo_planted_duplicates") -> list[tuple[str, str, str]]:
    """The (child id, child id, kind) pairs a demo data set registered twice on purpose."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [meta_key]).fetchone()
    if row is None:
        return []
    ids: dict[str, str | None] = {}
    out: list[tuple[str, str, str]] = []
    for entry in json.loads(row[0]):
        first, second, kind = (*entry, "unknown")[:3]
        for case in (first, second):
            if case not in ids:
                found = db.execute("SELECT id FROM children WHERE case_number = ?", [case]).fetchone()
                ids[case] = str(found[0]) if found else None
        one, two = ids[first], ids[second]
        if one and two:
            out.append((one, two, str(kind)))
    return out


def recall(db: Database, planted: list[tuple[str, str, str]], pairs: list[tuple[Candidate, Candidate]]) -> Recall:
    listed = {frozenset((a.child_id, b.child_id)) for a, b in pairs}
    found: dict[str, int] = defaultdict(int)
    count: dict[str, int] = defaultdict(int)
    missed = []
    cases = dict(
        db.execute(
            "SELECT id, case_number FROM children WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps([x for p in planted for x in p[:2]])],
        ).fetchall()
    )
    for first, second, kind in planted:
        count[kind] += 1
        if frozenset((first, second)) in listed:
            found[kind] += 1
        else:
            missed.append((cases.get(first, first), cases.get(second, second), kind))
    children = db.execute("SELECT count(*) FROM children WHERE deleted = 0").fetchone()[0]
    return Recall(dict(found), dict(count), missed, len(pairs), children)
