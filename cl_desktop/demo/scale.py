"""The demo's one child planner: children built in chunks that any process can build.

The seed projects' children and the synthetic national scale-up's come from here alike.

A chunk is a slice of one action programme's children. It has its own random stream
(seeded from the demo seed and the chunk's number), its own range of serials for record
ids and its own range of case numbers, so chunks can be built in any order, by any number
of processes, and the database comes out the same for a seed and a size.

The rows are plain tuples in the column order of :data:`COLUMNS`; the columns that are the
same on every row (the sync stamp, empty notes) are literals in the INSERT statement, so the
tuples are short and the writer binds fewer values.

Each child is planned as withdrawn, prevented, in progress or at risk and gets the records
that make the rules derive that status when the programme has time for them: an education
service soon after intake and follow-up visits about every quarter for a school year or
more, fewer for children enrolled late in the programme, and none after a drop-out.
One child in :data:`DUPLICATE_EVERY` is a second registration of an earlier child, planted as one
of :data:`DUPLICATE_KINDS` in turn (another Latin spelling or word order, a move to another commune,
province or office, an estimated birth date, names in Khmer only or Cyrillic only, a typo), and the
pairs are returned with their kind so duplicate detection can be measured against them.

A chunk given its children's statuses (``kinds``: the seed projects, whose withdrawn and
prevented counts must come out exactly) gets a schedule of visits that makes the rules
derive each planned status, with no drop-outs, no late enrolment and no second registrations.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import permutations
from typing import Any

from cl_desktop.demo.names import (
    CA_BOYS,
    CA_FAMILY,
    CA_GIRLS,
    KHMER_BOYS_DRAW,
    KHMER_FAMILY_DRAW,
    KHMER_GIRLS_DRAW,
    latin_variant,
)
from cl_desktop.domain.rules import Thresholds, age_on, classify_work
from cl_desktop.store.migrations_lists import name_sort
from cl_desktop.store.migrations_names import name_translit

CHUNK_CHILDREN = 5_000
# Upper bound of records per child (household, its livelihood service, the child, education and
# up to three other services, the intake visit and at most eight follow-ups), so ranges never overlap.
SERIALS_PER_CHILD = 20
DUPLICATE_EVERY = 1_000
# How a second registration of a child differs from the first, planted in this order in turn.
DUPLICATE_KINDS = (
    "latin_spelling",  # another Latin spelling of the same Khmer name, same village and birth date
    "latin_order",  # the Latin words in the other order
    "moved_commune",  # the same names and birth date, a village of another commune
    "moved_province",  # ... of another province
    "moved_office",  # ... of another province, registered by that province's office
    "estimated_birth",  # a birth date estimated 1 to 7 months off, another village of the commune
    "khmer_only",  # first in Khmer letters only, then in Latin letters only
    "cyrillic_only",  # first in Latin letters only, then in Cyrillic letters only
    "name_typo",  # a letter of the Latin name mistyped (Latin letters only the second time)
)
ID_EPOCH_MS = 1_600_000_000_000  # the time part of the synthetic ids: a fixed epoch plus the serial
# (family, given, sex, birth, village, case number, row) of a child, for its second registration
Person = tuple[tuple[str, str], tuple[str, str], str, int, str, str, int]

KIND_WEIGHTS = (("withdrawn", 0.40), ("prevented", 0.40), ("in_progress", 0.12), ("at_risk", 0.08))
HAZARDS = ("heavy_loads", "dust_fumes", "extreme_heat", "dangerous_tools", "long_hours", "chemicals", "night_work")
RISKS = (
    "sibling_working",
    "out_of_school",
    "poor_household",
    "migrant_family",
    "orphan",
    "near_worksite",
    "trafficking_risk",
)
MARKERS = ("below_poverty_line", "landless", "debt", "food_shortage", "migrant")

COLUMNS: dict[str, tuple[str, ...]] = {
    "households": (
        "id",
        "code",
        "programme_id",
        "location_id",
        "head_name",
        "head_name_latin",
        "head_sex",
        "members",
        "children_under_18",
        "poverty_markers",
        "registered_on",
        "income_sources",
    ),
    "children": (
        "id",
        "case_number",
        "project_id",
        "programme_id",
        "household_id",
        "name",
        "name_latin",
        "sex",
        "birth_date",
        "birth_date_estimated",
        "location_id",
        "province_id",
        "guardian_name",
        "guardian_relation",
        "consent_date",
        "intake_date",
        "working",
        "sector",
        "hours_per_week",
        "hazards",
        "age_started_work",
        "school_status",
        "risk_factors",
        "chores_hours_per_week",
        "household_hazards",
        "job_to_return",
        "head_relation",
        "work_status",
        "age_at_intake",
        "name_sort",
        "name_translit",
    ),
    "services": (
        "id",
        "child_id",
        "household_id",
        "programme_id",
        "service_type",
        "start_date",
        "end_date",
        "livelihood_kind",
    ),
    "follow_ups": (
        "id",
        "child_id",
        "visit_date",
        "working",
        "hours_per_week",
        "hazards",
        "school_status",
        "attendance_percent",
        "work_status",
    ),
}
TABLES = tuple(COLUMNS)  # parents first
#: The livelihood service kinds the demo's household services cycle through (``services.livelihood_kind``).
LIVELIHOOD_KINDS = ("economic_strengthening", "economic_strengthening", "adult_employment", "other")
CONSTANTS: dict[str, dict[str, Any]] = {
    "households": {"address": ""},
    "children": {"consent": 1, "work_activities": "", "notes": ""},
    "services": {"provider": "", "notes": ""},
    "follow_ups": {"visited_by": "Field officer", "notes": ""},
}


def _literal(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"not a literal for the demo rows: {value!r}")
    return str(value) if isinstance(value, int) else "'" + value.replace("'", "''") + "'"


def insert_sql(table: str, stamp: dict[str, Any]) -> str:
    """INSERT for the rows of :data:`COLUMNS`, with the constant columns and the sync stamp as literals."""
    constants = {**CONSTANTS[table], **stamp}
    names = (*COLUMNS[table], *constants)
    values = ["?"] * len(COLUMNS[table]) + [_literal(v) for v in constants.values()]
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(values)})"


@dataclass(frozen=True)
class ScaleProgramme:
    id: str
    project_id: str
    province_id: str
    country: str
    abbrev: str
    sector: str
    start: date
    end: date
    villages: tuple[str, ...]
    thresholds: Thresholds = field(default_factory=Thresholds)
    communes: tuple[tuple[str, ...], ...] = ()  # the villages grouped by commune (for moves)
    elsewhere: tuple[tuple[str, str, str], ...] = ()  # (village, province, office) in other provinces


@dataclass(frozen=True)
class Chunk:
    number: int
    programme: ScaleProgramme
    children: int
    first_case: int  # case number of the chunk's first child, under the programme's province prefix
    first_serial: int
    seed: int
    duplicates: int = 0  # children registered a second time in this chunk
    first_duplicate: int = 0  # how many were planted before this chunk (their kinds go in turn)
    kinds: tuple[str, ...] = ()  # the planned status of each child, each derived as planned; () = drawn
    stream: str = "demo-scale"  # the name of the random streams (the seed projects' are their own)


@dataclass
class Built:
    rows: dict[str, list[tuple[Any, ...]]]
    # (case number, case number of its second registration, kind, the office that registered it or "")
    duplicates: list[tuple[str, str, str, str]]
    last_serial: int


def plan_chunks(
    programmes: list[tuple[ScaleProgramme, int | tuple[str, ...]]],
    seed: int,
    first_serial: int,
    case_counters: dict[str, int],
    *,
    stream: str = "demo-scale",
) -> list[Chunk]:
    """Chunks of at most CHUNK_CHILDREN for each (programme, children); advances ``case_counters``.

    ``children`` is a number (statuses drawn, some children registered twice) or the
    planned status of each child (exact outcomes, no second registrations).
    """
    chunks: list[Chunk] = []
    serial = first_serial
    done = planted = 0
    for programme, planned in programmes:
        kinds = planned if isinstance(planned, tuple) else ()
        children = len(kinds) if kinds else int(planned)  # type: ignore[arg-type]
        prefix = f"{programme.country}-{programme.abbrev}"
        for start in range(0, children, CHUNK_CHILDREN):
            n = min(CHUNK_CHILDREN, children - start)
            first_case = case_counters.get(prefix, 0) + 1
            case_counters[prefix] = first_case + n - 1
            # one in DUPLICATE_EVERY of all the children so far, each after the child it repeats
            duplicates = 0 if kinds else min(n - 1, (done + n) // DUPLICATE_EVERY - done // DUPLICATE_EVERY)
            chunks.append(
                Chunk(
                    len(chunks),
                    programme,
                    n,
                    first_case,
                    serial,
                    seed,
                    duplicates,
                    first_duplicate=planted,
                    kinds=kinds[start : start + n],
                    stream=stream,
                )
            )
            planted += duplicates
            serial += n * SERIALS_PER_CHILD
            done += n
    return chunks


@lru_cache(maxsize=1)
def _calendar() -> tuple[int, list[date], list[str]]:
    """Dates and their ISO text by ordinal (offset by the first), so the loop adds integers."""
    first = date(1980, 1, 1).toordinal()
    days = [date.fromordinal(o) for o in range(first, date(2035, 1, 1).toordinal())]
    return first, days, [d.isoformat() for d in days]


def _samples(pool: tuple[str, ...], low: int, high: int) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Every ordered sample of each size from ``low`` to ``high`` (what random.sample draws from), by size."""
    return tuple(tuple(permutations(pool, k)) for k in range(low, high + 1))


@dataclass(frozen=True)
class NamePools:
    """Family names and given names (as typed, in Latin letters) drawn for a country's children."""

    family: tuple[tuple[str, str], ...]
    girls: tuple[tuple[str, str], ...]
    boys: tuple[tuple[str, str], ...]
    family_first: bool  # Khmer: family name first; Cyrillic: given name first, family name agreeing in sex

    def full_name(self, family: tuple[str, str], given: tuple[str, str], sex: str) -> tuple[str, str]:
        """(name as typed, Latin transliteration)."""
        if self.family_first:
            return f"{family[0]} {given[0]}", f"{family[1]} {given[1]}"
        suffix, latin_suffix = ("а", "a") if sex == "F" else ("", "")
        return f"{given[0]} {family[0]}{suffix}", f"{given[1]} {family[1]}{latin_suffix}"


KHMER_POOLS = NamePools(tuple(KHMER_FAMILY_DRAW), tuple(KHMER_GIRLS_DRAW), tuple(KHMER_BOYS_DRAW), True)
CENTRAL_ASIAN_POOLS = NamePools(tuple(CA_FAMILY), tuple(CA_GIRLS), tuple(CA_BOYS), False)


def pools_for(country: str) -> NamePools:
    return KHMER_POOLS if country == "KH" else CENTRAL_ASIAN_POOLS


HAZARD_SAMPLES = _samples(HAZARDS, 1, 2)
RISK_SAMPLES = _samples(RISKS, 1, 3)
MARKER_SAMPLES = _samples(MARKERS, 0, 3)


def _drawn_kind(x: float) -> str:
    """The status of a child of the scale-up from a uniform draw (as :data:`KIND_WEIGHTS`)."""
    return "withdrawn" if x < 0.40 else "prevented" if x < 0.80 else "in_progress" if x < 0.92 else "at_risk"


class _Builder:
    def __init__(self, chunk: Chunk) -> None:
        self.chunk = chunk
        self.p = chunk.programme
        self.rng = random.Random(f"{chunk.stream}:{chunk.seed}:{chunk.number}")
        self.names = pools_for(chunk.programme.country)
        self.serial = chunk.first_serial
        self.limit = chunk.first_serial + chunk.children * SERIALS_PER_CHILD
        self.households: list[tuple[Any, ...]] = []
        self.children: list[tuple[Any, ...]] = []
        self.services: list[tuple[Any, ...]] = []
        self.follow_ups: list[tuple[Any, ...]] = []
        self.json: dict[tuple[str, ...], str] = {}
        self.status: dict[tuple[Any, ...], str] = {}
        self.sort_keys: dict[str, tuple[str, str]] = {}
        self.first_day, self.days, self.iso = _calendar()
        # (family, given, sex, birth, village, case number, row) of the chunk's children, for re-registrations
        self.people: list[Person] = []
        self.duplicates: list[tuple[str, str, str, str]] = []
        self.planted = 0

    def new_id(self) -> str:
        self.serial = serial = self.serial + 1
        bits = self.rng.getrandbits(62)
        ts = ID_EPOCH_MS + serial
        return "%08x-%04x-%04x-%04x-%012x" % (  # noqa: UP031  # one call instead of five slices
            ts >> 16,
            ts & 0xFFFF,
            0x7000 | (serial & 0xFFF),
            0x8000 | (bits >> 48),
            bits & 0xFFFFFFFFFFFF,
        )

    def dumps(self, items: tuple[str, ...]) -> str:
        text = self.json.get(items)
        if text is None:
            text = self.json[items] = json.dumps(list(items))
        return text

    def keys(self, name: str) -> tuple[str, str]:
        """The list screens' sort key and transliteration of a name (what their insert trigger writes)."""
        keys = self.sort_keys.get(name)
        if keys is None:
            keys = self.sort_keys[name] = (name_sort(name), name_translit(name))
        return keys

    def classify(self, age: int, working: int, hours: int, hazards: tuple[str, ...], risks: tuple[str, ...]) -> str:
        key = (age, working, hours, hazards, risks)
        status = self.status.get(key)
        if status is None:
            status = self.status[key] = str(
                classify_work(
                    age,
                    working=bool(working),
                    hours_per_week=hours,
                    hazards=hazards,
                    risk_factors=risks,
                    thresholds=self.p.thresholds,
                ).value
            )
        return status

    def build(self) -> Built:
        r = self.rng.random
        household: tuple[str, str, tuple[str, str], str, str] | None = None
        n, d = self.chunk.children, self.chunk.duplicates
        again = {n * (k + 1) // (d + 1) for k in range(d)}  # spread out, never the first
        planned = self.chunk.kinds
        for i in range(n):
            kind = planned[i] if planned else _drawn_kind(r())
            if i in again:
                self.child(i, kind, self.people[int(r() * len(self.people))], None)
                self.planted += 1
                household = None
            else:
                household = self.child(i, kind, None, household if household and r() < 0.35 else None)
        if self.serial > self.limit:
            raise RuntimeError(f"chunk {self.chunk.number} used more serials than planned")
        return Built(
            {
                "households": self.households,
                "children": self.children,
                "services": self.services,
                "follow_ups": self.follow_ups,
            },
            self.duplicates,
            self.serial,
        )

    def child(
        self,
        index: int,
        kind: str,
        original: Person | None,
        sibling_of: tuple[str, str, tuple[str, str], str, str] | None,
    ) -> tuple[str, str, tuple[str, str], str, str]:
        r, p, iso, days = self.rng.random, self.p, self.iso, self.days
        base = self.first_day
        start, end = p.start.toordinal(), p.end.toordinal()
        strict = bool(self.chunk.kinds)
        # a child whose status must come out as planned enrols early enough for all its visits
        intake = start + int(r() * max(1, end - (430 if strict else 200) - start))
        if kind == "withdrawn":
            age = (9, 10, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17)[int(r() * 14)]
        elif kind == "in_progress":  # young enough that a relapse at follow-up is still child labour
            age = 9 + int(r() * 7)
        else:
            age = 6 + int(r() * 10)
        estimated = 0
        office = ""
        plant = ""
        if original is None:
            sex = "F" if r() < 0.48 else "M"
            birth = intake - 365 * age - 30 - int(r() * 301)
            names = self.names
            if sibling_of is not None:
                family = sibling_of[2]
            else:
                family = names.family[int(r() * len(names.family))]
            pool = names.girls if sex == "F" else names.boys
            given = pool[int(r() * len(pool))]
            name, latin = names.full_name(family, given, sex)
            village = sibling_of[1] if sibling_of is not None else p.villages[int(r() * len(p.villages))]
        else:  # the same child registered again by another team
            family, given, sex, birth, village, _case, _row = original
            plant = DUPLICATE_KINDS[(self.chunk.first_duplicate + self.planted) % len(DUPLICATE_KINDS)]
            name, latin, birth, estimated, village, province, office = self.again(plant, original)
            intake = max(intake, birth + 365 * 6)
            sibling_of = None
        if original is None and r() < 0.1:
            estimated = 1
        if original is None:
            province = p.province_id
        birth_day = days[birth - base]
        age = age_on(birth_day, days[intake - base])
        # household: siblings share one
        if sibling_of is not None:
            household_id, village, _family, head, head_sex = sibling_of
        else:
            household_id = self.new_id()
            head_sex = "F" if r() < 0.6 else "M"
            pool = self.names.girls if head_sex == "F" else self.names.boys
            head_given = pool[int(r() * len(pool))]
            head, head_latin = self.names.full_name(family, head_given, head_sex)
            members = 3 + int(r() * 7)
            markers = MARKER_SAMPLES[int(r() * 4)]
            self.households.append(
                (
                    household_id,
                    f"HH-{p.country}-{p.abbrev}-{self.serial:07d}",
                    p.id,
                    village,
                    head,
                    head_latin,
                    head_sex,
                    members,
                    min(members - 1, 1 + int(r() * 5)),
                    self.dumps(markers[int(r() * len(markers))]),
                    iso[intake - base],
                    INCOME_SAMPLES[self.serial % len(INCOME_SAMPLES)],
                )
            )
            if r() < 0.25:
                self.services.append(
                    (
                        self.new_id(),
                        None,
                        household_id,
                        p.id,
                        "livelihood",
                        iso[intake + 30 + int(r() * 171) - base],
                        None,
                        # the kind by the serial, not the random stream: the seed figures stay as they were
                        LIVELIHOOD_KINDS[self.serial % len(LIVELIHOOD_KINDS)],
                    )
                )
        # intake work situation planned to give the intended status
        hazards: tuple[str, ...] = ()
        risks: tuple[str, ...] = ()
        if kind in ("withdrawn", "in_progress"):
            working = 1
            if r() < 0.5:
                options = HAZARD_SAMPLES[int(r() * 2)]
                hazards = options[int(r() * len(options))]
                hours = 15 + int(r() * 36)
            elif age <= p.thresholds.light_work_max_age:
                hours = 20 + int(r() * 23)
            else:
                hours = 45 + int(r() * 16)
            school = ("dropped_out", "never_enrolled", "attending_irregularly")[int(r() * 3)]
        else:
            working = 1 if age >= 12 and r() < 0.3 else 0
            hours = 4 + int(r() * 9) if working else 0
            options = RISK_SAMPLES[int(r() * 3)]
            risks = options[int(r() * len(options))]
            school = ("attending_irregularly", "attending_regularly", "dropped_out")[int(r() * 3)]
        status = self.classify(age, working, hours, hazards, risks)
        child_id = self.new_id()
        guardians = ("mother", "grandparent", "relative") if head_sex == "F" else ("father", "grandparent", "relative")
        case = f"{p.country}-{p.abbrev}-{self.chunk.first_case + index:06d}"
        intake_text = iso[intake - base]
        relation = guardians[int(r() * 3)]  # drawn where the row drew it before, so the stream stays the same
        self.children.append(
            (
                child_id,
                case,
                p.project_id,
                p.id,
                household_id,
                name,
                latin,
                sex,
                iso[birth - base],
                estimated,
                village,
                province,
                head,
                relation,
                intake_text,
                intake_text,
                working,
                p.sector if working else "",
                hours,
                self.dumps(hazards),
                (age - 1 - int(r() * 3)) if working and age > 8 else None,
                school,
                self.dumps(risks),
                *participant(self.chunk.first_case + index, working, relation),
                status,
                age,
                *self.keys(name),
            )
        )
        if original is None:
            self.people.append((family, given, sex, birth, village, case, len(self.children) - 1))
        else:
            self.duplicates.append((original[5], case, plant, office))
        # services
        gap = 7 + int(r() * 39)
        service_start = intake + gap
        has_education = kind != "at_risk" or r() < 0.5
        if has_education:
            if age >= 15 and r() < 0.5:
                edu = "vocational_training"
            else:
                x = r()
                edu = "formal_education" if x < 0.5 else "nonformal_education" if x < 0.9 else "scholarship"
            self.services.append(
                (
                    self.new_id(),
                    child_id,
                    None,
                    p.id,
                    edu,
                    iso[service_start - base],
                    iso[service_start + 180 + int(r() * 221) - base],
                    "",
                )
            )
            extras: tuple[str, ...] = ("school_supplies", "health", "counselling", "cash_transfer", "referral")
        else:
            extras = ("health", "counselling", "cash_transfer", "referral")
        for _ in range((1, 1, 2, 2, 3)[int(r() * 5)]):
            day = service_start + int(r() * 201)
            if day <= end:
                self.services.append(
                    (self.new_id(), child_id, None, p.id, extras[int(r() * len(extras))], iso[day - base], None, "")
                )
        # the visit that confirmed the intake situation, before the services began
        if gap > 3:
            day = intake + 1 + int(r() * (gap - 1))
            self.follow_ups.append(
                (
                    self.new_id(),
                    child_id,
                    iso[day - base],
                    working,
                    hours,
                    self.dumps(hazards),
                    school,
                    None,
                    self.classify(age_on(birth_day, days[day - base]), working, hours, hazards, ()),
                )
            )
        if not has_education or kind == "at_risk":
            return household_id, village, family, head, head_sex
        if strict:
            visits, relapse = self._planned_visits(kind, service_start)
        else:
            visits, relapse = self._quarterly_visits(kind, service_start, end)
        row: tuple[Any, ...]
        for n, day in enumerate(visits):
            age_then = age_on(birth_day, days[day - base])
            if relapse and n == len(visits) - 1:
                # Back at the intake's work when that is still child labour at the child's age (long hours
                # without hazards stay non-hazardous child labour, so POC1 is more than POC2), else in
                # hazardous work: either way the visit is child labour, as the plan needs.
                bad_hazards, bad_hours = hazards, hours
                status = self.classify(age_then, 1, bad_hours, bad_hazards, ())
                if status not in ("child_labour", "hazardous"):
                    bad_hazards, bad_hours = hazards or ("heavy_loads",), hours or 30
                    status = self.classify(age_then, 1, bad_hours, bad_hazards, ())
                row = (1, bad_hours, self.dumps(bad_hazards), "dropped_out", None)
            else:
                if r() < 0.8:
                    row = (0, 0, "[]", "attending_regularly", 75 + int(r() * 26))
                else:
                    row = (0, 0, "[]", "attending_irregularly", 40 + int(r() * 35))
                status = self.classify(age_then, 0, 0, (), ())
            self.follow_ups.append((self.new_id(), child_id, iso[day - base], *row, status))
        return household_id, village, family, head, head_sex

    def again(self, plant: str, original: Person) -> tuple[str, str, int, int, str, str, str]:
        """(name, Latin name, birth, estimated, village, province, office) of a second registration of
        ``original`` planted as ``plant``; for the kinds about scripts, the first registration is rewritten
        to be in one script only."""
        r, p = self.rng.random, self.p
        family, given, _sex, birth, village, _case, row = original
        name, latin = f"{family[0]} {given[0]}", f"{family[1]} {given[1]}"
        estimated, province, office = 0, p.province_id, ""
        if plant == "latin_spelling":
            swapped = f"{given[1]} {family[1]}"
            latin = next((v for k in range(3) if (v := latin_variant(latin, k)) != swapped), latin + "h")
        elif plant == "latin_order":
            latin = f"{given[1]} {family[1]}"
        elif plant == "moved_commune":
            others = [c for c in p.communes if village not in c] or [p.villages]
            commune = others[int(r() * len(others))]
            village = commune[int(r() * len(commune))]
        elif plant in ("moved_province", "moved_office"):
            if p.elsewhere:
                village, province, there = p.elsewhere[int(r() * len(p.elsewhere))]
                office = there if plant == "moved_office" else ""
        elif plant == "estimated_birth":
            shift = 30 + int(r() * 181)
            birth += shift if r() < 0.5 else -shift
            estimated = 1
            latin = f"{given[1]} {family[1]}" if r() < 0.5 else latin
            commune = next((c for c in p.communes if village in c), (village,))
            village = commune[int(r() * len(commune))]
        elif plant == "khmer_only":
            self.rename(row, name, "")
            name, latin = latin_variant(latin, int(r() * 3)), ""
        elif plant == "cyrillic_only":
            sex = self.children[row][7]
            surname = CA_FAMILY[int(r() * len(CA_FAMILY))]
            first = (CA_GIRLS if sex == "F" else CA_BOYS)[int(r() * len(CA_GIRLS if sex == "F" else CA_BOYS))]
            fem = ("а", "a") if sex == "F" else ("", "")
            self.rename(row, f"{first[1]} {surname[1]}{fem[1]}", "")
            name, latin = f"{first[0]} {surname[0]}{fem[0]}", ""
        elif plant == "name_typo":
            name, latin = typo(latin, int(r() * 1_000_000)), ""
        return name, latin, birth, estimated, village, province, office

    def rename(self, row: int, name: str, latin: str) -> None:
        """Give an earlier child of the chunk another name (its name keys with it)."""
        old = self.children[row]
        self.children[row] = (*old[:5], name, latin, *old[7:-2], *self.keys(name))

    def _quarterly_visits(self, kind: str, service_start: int, end: int) -> tuple[list[int], bool]:
        """Follow-up visits about every quarter while the child is monitored, within the programme.

        Some children drop out (the visits stop); a child in progress is found working again
        at its latest visit, or has not yet been out of work long enough.
        """
        r = self.rng.random
        visits: list[int] = []
        day = service_start + 30 + int(r() * 71)
        until = min(end, service_start + 240 + int(r() * 271))
        while day <= until and len(visits) < 8:
            visits.append(day)
            day += 80 + int(r() * 21)
        if len(visits) > 1 and r() < 0.12:  # dropped out: the visits stop
            visits = visits[: 1 + int(r() * (len(visits) - 1))]
        relapse = False
        if kind == "in_progress" and visits:
            if r() < 0.5:  # found working again at the latest visit
                visits = visits[: 1 + int(r() * len(visits))]
                relapse = True
            else:  # not yet long enough out of work
                visits = visits[:1]
        return visits, relapse

    def _planned_visits(self, kind: str, service_start: int) -> tuple[list[int], bool]:
        """Visits that make the rules derive ``kind``: withdrawn out of work for more than three
        months, prevented out of work at the latest visit, in progress not yet long enough out
        of work or found working again."""
        r = self.rng.random
        first = service_start + 30 + int(r() * 71)
        if kind == "withdrawn":
            second = first + 95 + int(r() * 106)
            visits = [first, second]
            if r() < 0.5:
                visits.append(second + 60 + int(r() * 91))
            return visits, False
        if kind == "prevented":
            visits = [first]
            if r() < 0.6:
                visits.append(first + 60 + int(r() * 141))
            return visits, False
        if r() < 0.4:  # in progress, found working again
            return [first, first + 60 + int(r() * 61)], True
        return [first], False


# USDOL's participant data, given without drawing from the random stream (the seed figures stay as they
# were): the household's income sources, the child's household chores and hazardous household tasks,
# whether a working child has a job to return to, and its relationship to the household head.
INCOME_SAMPLES = (
    '["farming"]',
    '["farming","wage_labour"]',
    '["wage_labour"]',
    '["fishing","small_business"]',
    '["farming","remittances"]',
    '["small_business"]',
    '["wage_labour","social_assistance"]',
)
HEAD_RELATION = {"mother": "child", "father": "child", "grandparent": "grandchild", "relative": "niece_nephew"}


def participant(n: int, working: int, relation: str) -> tuple[int, str, int | None, str]:
    """Chores 0-24 hours a week, an occasional hazardous household task, a job to return to for one
    working child in three, the relationship to the head from the guardian's."""
    tasks = '["water_loads"]' if n % 9 == 0 else '["open_fire","sole_carer"]' if n % 23 == 0 else "[]"
    return (n * 7) % 25, tasks, ((1 if n % 3 == 0 else 0) if working else None), HEAD_RELATION[relation]


def typo(latin: str, pick: int) -> str:
    """``latin`` with one letter mistyped: dropped, doubled, swapped with the next or replaced, in a
    word of three letters or more (never the first letter of a word)."""
    words = latin.split()
    candidates = [i for i, w in enumerate(words) if len(w) >= 3]
    w = candidates[pick % len(candidates)] if candidates else 0
    word = words[w]
    at = 1 + (pick // 7) % max(1, len(word) - 1)
    how = (pick // 101) % 4
    if how == 0:
        word = word[:at] + word[at + 1 :]
    elif how == 1:
        word = word[:at] + word[at] + word[at:]
    elif how == 2 and at + 1 < len(word):
        word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    else:
        letters = "aeioukmnprst"
        word = word[:at] + next(c for c in letters[(pick // 13) % 12 :] + letters if c != word[at]) + word[at + 1 :]
    words[w] = word
    return " ".join(words)


def build_chunk(chunk: Chunk) -> Built:
    return _Builder(chunk).build()
