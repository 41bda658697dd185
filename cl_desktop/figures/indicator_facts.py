"""Each child's and each household's contributions to the indicators, in one streaming pass.

``indicator_facts`` holds, per child and per household, the rows ``[measure, key, day, n]`` it
adds to its project's figures (see the table in ``figures.outcomes``); ``indicator_summary``
holds their sums. This module computes those rows.

The children are read once, household by household, in batches; their follow-up visits and
education services are fetched per batch through the ``child_id`` indexes. A child's status
is a short series of points (intake, then each visit date), a household's the worst of its
children's at each point: both are a few list operations per child in Python, where the same
thing in SQL meant sorting every status point of the country several times.
The SQL of ``indicators`` (the direct queries) states the rules; a test holds both equal.

A reporting period's E1 and L1 count each child or household once whatever the number of its
services in the period, which no running sum over days can give: each child and household
therefore also holds one row per reporting period of its project in which it was served (its
``day`` the period written ``start/end``, see :func:`period_day`), so that a period's figure is a
lookup. The summary is set aside when a period's dates change (see the migration).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from itertools import pairwise, product
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.rules import EDUCATION_SERVICES

Fact = tuple[str, str, str, int]  # measure, key, day, n
Entity = tuple[str, str, str]  # entity ('c:' or 'h:' + id), project id, sex
Sink = Callable[[Entity, list[Fact]], None]

EDU_SQL = ", ".join(f"'{s}'" for s in sorted(EDUCATION_SERVICES))
_IN_CL = frozenset({"hazardous", "child_labour"})

#: USDOL's E1 education service types, and the kind each education service counts under (the rest: formal).
E1_KINDS = ("formal", "nonformal", "vocational")
E1_KIND_OF = {"nonformal_education": "nonformal", "vocational_training": "vocational"}
#: USDOL's L1 livelihood service types, as ``services.livelihood_kind`` records them ('' for any other value).
L1_KINDS = ("economic_strengthening", "adult_employment", "other")


def e1_status(work_status: str) -> str:
    """E1's rows by work status at intake: child labour (hazardous or not), else at risk."""
    return "child_labour" if work_status in _IN_CL else "at_risk"


def _earliest(first: dict[str, str], key: str, day: str | None) -> None:
    """Keep the earliest date for ``key``; a service without a date gives '' (counted only when no
    bound is asked for) until a dated one comes."""
    if day and (not first.get(key) or day < first[key]):
        first[key] = day
    else:
        first.setdefault(key, "")


BATCH = 2000  # children per round trip: a few thousand rows of visits

#: The reporting periods of each project: (start, end) ISO dates, by project id.
Periods = dict[str, list[tuple[str, str]]]


def period_day(start: str, end: str) -> str:
    """How a reporting period is written in the ``day`` of its rows: ISO 8601's ``start/end``."""
    return f"{start}/{end}"


def reporting_periods(db: Database) -> Periods:
    out: Periods = {}
    for project, start, end in db.execute(
        "SELECT project_id, start_date, end_date FROM reporting_periods WHERE deleted = 0 "
        "AND start_date IS NOT NULL AND end_date IS NOT NULL ORDER BY project_id, start_date, end_date"
    ):
        out.setdefault(project, []).append((start, end))
    return out


class _PeriodsOf:
    """The ``day`` of every reporting period of a project that holds a date, memoised: a national
    load has a few thousand distinct service dates and some millions of services."""

    def __init__(self, periods: Periods) -> None:
        self.periods = periods
        self.memo: dict[tuple[str, str], tuple[str, ...]] = {}

    def __call__(self, project: str, day: str | None) -> tuple[str, ...]:
        if not day:
            return ()
        key = (project, day)
        found = self.memo.get(key)
        if found is None:
            found = tuple(period_day(s, e) for s, e in self.periods.get(project, ()) if s <= day <= e)
            self.memo[key] = found
        return found


def _and(a: int | None, b: int | None) -> int | None:
    """SQL's three-valued AND."""
    if a == 0 or b == 0:
        return 0
    if a is None or b is None:
        return None
    return 1


#: The attendance flag of a child not of compulsory school age: POC4 and POH4 leave it out.
NOT_SCHOOL_AGE = -1


def _flag(v: int | bool | None) -> str:
    if v is None:
        return "n"
    if v is NOT_SCHOOL_AGE:
        return "x"
    return "1" if v else "0"


def _reg(school_status: str | None) -> int | None:
    return None if school_status is None else int(school_status == "attending_regularly")


# a status segment: start day, stop day (None: still current), (cl, hcl, wfcl, reg)
Segment = tuple[str, str | None, tuple[int | None, int | None, int | None, int | None]]


def child_segments(child: Sequence[Any], visits: Iterable[Sequence[Any]]) -> list[Segment]:
    """The child's status spans: from intake, then from each visit date (the visit recorded last on
    a date counts; a visit before intake takes effect at intake).

    ``child``: (id, project, sex, household, work_status, school_status, intake, worst, threshold,
    target, school age); ``visits``: (child id, visit_date, work_status, school_status, attendance_percent) in
    the order they were recorded on each date, dates in order.
    """
    intake = child[6]
    if intake is None:
        return []
    ws0, thr, worst = child[4], child[8], child[7]
    # attendance counts only for a child of compulsory school age (the project's setting, age at intake)
    school_age = len(child) <= 10 or bool(child[10])
    points: list[tuple[str, str | None, int | None]] = [(intake, ws0, _reg(child[5]) if school_age else NOT_SCHOOL_AGE)]
    last_day = None
    for _, day, ws, ss, ap in visits:
        point = (
            day if day > intake else intake,
            ws if ws is not None else ws0,
            NOT_SCHOOL_AGE if not school_age else (_reg(ss) if ap is None else int(ap >= thr)),
        )
        if day == last_day:
            points[-1] = point
        else:
            points.append(point)
            last_day = day
    out: list[Segment] = []
    for i, (start, ws, reg) in enumerate(points):
        stop = points[i + 1][0] if i + 1 < len(points) else None
        if ws is None:
            cl = hcl = None
        else:
            cl, hcl = int(ws in _IN_CL), int(ws == "hazardous")
        out.append((start, stop, (cl, hcl, _and(cl, worst), reg)))
    return out


_KEYS: dict[tuple[int | None, ...], str] = {
    flags: "".join(_flag(f) for f in flags)
    for flags in product((None, 0, 1), (None, 0, 1), (None, 0, 1), (None, 0, 1, NOT_SCHOOL_AGE))
}


def _spans(measure: str, segments: Iterable[tuple[str, str | None, str]]) -> list[Fact]:
    out: list[Fact] = []
    for start, stop, key in segments:
        out.append((measure, key, start, 1))
        if stop is not None:
            out.append((measure, key, stop, -1))
    return out


def household_segments(segments: Sequence[Segment]) -> list[tuple[str, str | None, str]]:
    """The household's status at each day one of its children's spans starts: in child labour
    (hazardous, worst forms) when any child is, attending regularly when all its children of
    compulsory school age are (none of that age: left out of POH4, as SQL's ``min`` gives)."""
    if all(a[1] == b[0] for a, b in pairwise(segments)):
        # one child (its spans follow each other): its own status, less the spans of no length
        return [(s, e, _KEYS[f]) for s, e, f in segments if e is None or s < e]
    days = sorted({s[0] for s in segments})
    points: list[tuple[str, str]] = []
    for day in days:
        active = [s[2] for s in segments if s[0] <= day and (s[1] is None or day < s[1])]
        if not active:
            continue
        flags: list[int | None] = []
        for i, pick in ((0, max), (1, max), (2, max), (3, min)):
            known = [v for a in active if (v := a[i]) is not None]
            if i == 3 and NOT_SCHOOL_AGE in known:
                counted = [v for v in known if v != NOT_SCHOOL_AGE]
                flags.append(min(counted) if counted else NOT_SCHOOL_AGE)
                continue
            flags.append(pick(known) if known else None)
        points.append((day, _KEYS[tuple(flags)]))
    return [(day, points[i + 1][0] if i + 1 < len(points) else None, key) for i, (day, key) in enumerate(points)]


def _net(facts: Iterable[Fact]) -> list[Fact]:
    """Rows with the same measure, key and day summed; those summing to nought left out."""
    sums: defaultdict[tuple[str, str, str], int] = defaultdict(int)
    for m, k, day, n in facts:
        sums[(m, k, day)] += n
    return [(m, k, day, n) for (m, k, day), n in sorted(sums.items()) if n]


def _batches(rows: Iterator[Any]) -> Iterator[list[Any]]:
    """Children in batches that never split a household (rows come ordered by household)."""
    batch: list[Any] = []
    for row in rows:
        if len(batch) >= BATCH and (row[3] is None or row[3] != batch[-1][3]):
            yield batch
            batch = []
        batch.append(row)
    if batch:
        yield batch


def compute(db: Database, households: set[str] | None, sink: Sink) -> None:
    """Hand every target child's and every household's facts to ``sink``.

    Reads the children from ``temp._ind_t`` (see ``outcomes._select_children``): its targets get
    child facts; the households computed are all of them (``households`` None) or those given.
    A household's facts need every one of its children, targets or not.
    """
    conn = db.conn
    periods_of = _PeriodsOf(reporting_periods(db))
    l1 = _livelihood(db, households, periods_of)
    conn.execute("DROP TABLE IF EXISTS temp._ind_b")
    conn.execute("CREATE TEMP TABLE _ind_b (id TEXT PRIMARY KEY, hh TEXT) WITHOUT ROWID")
    rows = conn.execute(
        "SELECT id, project_id, sex, hh, work_status, school_status, intake_date, worst, thr, target, school_age "
        "FROM temp._ind_t ORDER BY hh"
    )
    try:
        for batch in _batches(_rows(rows)):
            _batch(conn, batch, households, l1, periods_of, sink)
    finally:
        rows.close()  # a statement still reading would make the DROP fail (and hide the first error)
        conn.execute("DROP TABLE IF EXISTS temp._ind_b")
    for hh, rows_ in l1.items():  # households with a livelihood service and no child counted
        for project, sex, day, served, kinds in rows_:
            sink((f"h:{hh}", project, sex), _l1_facts(day, served, kinds))


def _l1_facts(day: str, served: tuple[str, ...], kinds: tuple[tuple[str, str], ...]) -> list[Fact]:
    """A household's L1: its first livelihood service, the periods it was served in, and its first
    service of each livelihood type (``l1k``)."""
    return [
        ("l1", "total", day, 1),
        *(("l1p", "total", p, 1) for p in served),
        *(("l1k", kind, first, 1) for kind, first in kinds),
    ]


def _rows(cursor: Any) -> Iterator[Any]:
    while chunk := cursor.fetchmany(BATCH):
        yield from chunk


Livelihood = tuple[str, str, str, tuple[str, ...], tuple[tuple[str, str], ...]]


def _livelihood(db: Database, households: set[str] | None, periods_of: _PeriodsOf) -> dict[str, tuple[Livelihood, ...]]:
    """L1: each household's first livelihood service for each project, through the service's
    programme or the household's own, the project's reporting periods it was served in, and its first
    service of each livelihood type (``L1_KINDS``, '' for a type not recorded)."""
    # all households: one pass over the services; a few: from them, through services_household
    source = (
        "services s JOIN households h ON h.id = s.household_id"
        if households is None
        else "temp._ind_hids x CROSS JOIN households h ON h.id = x.id CROSS JOIN services s ON s.household_id = h.id"
    )
    # A national load has a livelihood service in some 160,000 households: each project id and day
    # is held once (the database hands out a new string per row) and each household's rows as a tuple.
    out: dict[str, tuple[Livelihood, ...]] = {}
    shared: dict[str, str] = {}
    kinds = ", ".join(f"'{k}'" for k in L1_KINDS)
    rows = db.execute(f"""
            SELECT h.id, ap.project_id, coalesce(h.head_sex, ''), coalesce(s.start_date, ''),
                CASE WHEN s.livelihood_kind IN ({kinds}) THEN s.livelihood_kind ELSE '' END AS kind
            FROM {source}
            JOIN action_programmes ap ON ap.id IN (s.programme_id, h.programme_id)
            WHERE s.deleted = 0 AND h.deleted = 0 AND s.service_type = 'livelihood'
                AND ap.project_id IS NOT NULL
            GROUP BY h.id, ap.project_id, s.start_date, kind ORDER BY h.id, ap.project_id, s.start_date""")
    last: tuple[str, str] | None = None
    sex = first = ""
    served: tuple[str, ...] = ()
    by_kind: dict[str, str] = {}

    def close() -> None:
        if last is not None:
            hh, project = last
            out[hh] = (
                *out.get(hh, ()),
                (
                    shared.setdefault(project, project),
                    sex,
                    shared.setdefault(first, first),
                    served,
                    tuple((k, shared.setdefault(d, d)) for k, d in by_kind.items()),
                ),
            )

    for hh, project, head_sex, day, kind in rows:
        if (hh, project) != last:
            close()
            last, sex, first, served, by_kind = (hh, project), head_sex, day, (), {}
        elif not first:  # a service without a date sorts first; the first date is the first one given
            first = day
        _earliest(by_kind, kind, day)
        more = periods_of(project, day)
        if more and not set(more) <= set(served):
            served = more if not served else tuple(sorted({*served, *more}))
    close()
    return out


def _batch(
    conn: Any,
    batch: list[Any],
    households: set[str] | None,
    l1: dict[str, tuple[Livelihood, ...]],
    periods_of: _PeriodsOf,
    sink: Sink,
) -> None:
    conn.executemany("INSERT INTO temp._ind_b (id, hh) VALUES (?, ?)", [(c[0], c[3]) for c in batch])
    visits: dict[str, list[Any]] = {}
    for visit in conn.execute(
        "SELECT f.child_id, f.visit_date, f.work_status, f.school_status, f.attendance_percent "
        "FROM temp._ind_b b CROSS JOIN follow_ups f ON f.child_id = b.id "
        "WHERE f.deleted = 0 AND f.visit_date IS NOT NULL ORDER BY f.child_id, f.visit_date, f.rowid"
    ):
        visits.setdefault(visit[0], []).append(visit)
    # each education service's type and date (one row per date), the first of each type first
    education: dict[str, list[tuple[str, str | None]]] = {}
    for child_id, kind, day in conn.execute(
        "SELECT s.child_id, s.service_type, s.start_date FROM temp._ind_b b "
        "CROSS JOIN services s ON s.child_id = b.id "
        f"WHERE s.deleted = 0 AND s.service_type IN ({EDU_SQL}) GROUP BY s.child_id, s.service_type, s.start_date"
    ):
        education.setdefault(child_id, []).append((kind, day))
    head_sex = dict(
        conn.execute(
            "SELECT h.id, coalesce(h.head_sex, '') FROM (SELECT DISTINCT hh FROM temp._ind_b) b "
            "CROSS JOIN households h ON h.id = b.hh"
        )
    )
    conn.execute("DELETE FROM temp._ind_b")

    by_household: dict[str, dict[str, list[Segment]]] = {}
    at_intake: dict[str, dict[str, list[Segment]]] = {}  # each child's status at intake, from then on
    for child in batch:
        child_id, project, sex, hh, work_status = child[:5]
        segments = child_segments(child, visits.get(child_id, ()))
        if hh is not None:
            by_household.setdefault(hh, {}).setdefault(project, []).extend(segments)
            if segments:
                at_intake.setdefault(hh, {}).setdefault(project, []).append((segments[0][0], None, segments[0][2]))
        if not child[9]:
            continue
        facts = _spans("poc", [(s, e, _KEYS[f]) for s, e, f in segments])
        if segments:  # POC1-4 as the child was at intake (Annex A), from its intake date
            facts.append(("poci", _KEYS[segments[0][2]], segments[0][0], 1))
        if child[6] is not None:  # registered on its intake date, by work status at intake
            facts.append(("intake", work_status or "", child[6], 1))
        if work_status is not None and work_status != "not_at_risk" and child_id in education:
            first: dict[str, str] = {}
            split: dict[str, str] = {}  # E1 by status at intake and USDOL's kind (``e1s``)
            status = e1_status(work_status)
            served: set[tuple[str, str]] = set()
            for kind, day in education[child_id]:
                _earliest(first, kind, day)
                _earliest(split, f"{status}|{E1_KIND_OF.get(kind, 'formal')}", day)
                for period in periods_of(project, day):
                    served.add((kind, period))
                    served.add(("total", period))
            for kind, day in first.items():
                facts.append(("e1", kind, day, 1))
            days = [day for day in first.values() if day]
            facts.append(("e1", "total", min(days) if days else "", 1))
            facts.append(("e1s", f"{status}|total", min(days) if days else "", 1))
            facts += [("e1s", key, day, 1) for key, day in split.items()]
            facts += [("e1p", kind, period, 1) for kind, period in served]
        if facts := _net(facts):
            sink((f"c:{child_id}", project, sex), facts)

    for hh, projects in by_household.items():
        if hh not in head_sex or (households is not None and hh not in households):
            continue
        first_livelihood = {project: (day, served, kinds) for project, _sex, day, served, kinds in l1.pop(hh, ())}
        for project in projects.keys() | first_livelihood.keys():
            facts = _spans("poh", household_segments(projects.get(project, ())))
            # POH1-4 as its children were at intake (Annex A): a child adds its own at its intake date
            facts += _spans("pohi", household_segments(at_intake.get(hh, {}).get(project, ())))
            if project in first_livelihood:
                day, periods, kinds = first_livelihood[project]
                facts += _l1_facts(day, periods, kinds)
            if facts := _net(facts):
                sink((f"h:{hh}", project, head_sex[hh]), facts)


def to_json(facts: list[Fact]) -> str:
    """As the summary's triggers read them (``json_each``: ``[measure, key, day, n]``)."""
    return json.dumps(facts, separators=(",", ":"), ensure_ascii=False)


# -- referrals --------------------------------------------------------------------------------------------
# A referral's status on a day is its last event dated on or before it (the events of one date in the
# order they were recorded), 'referred' before any. Its rows: ``ref`` (organisation id|status, a span per
# status), ``rod`` (the days it is overdue on, a span) and ``rans`` (days from referral to the first
# answer, on the day of that answer). A referral counts from its referral date.

_ANSWERS = frozenset({"accepted", "declined"})
_UNANSWERED = frozenset({"referred", "no_response"})


def _day_after(day: str, days: int = 0) -> str:
    return (date.fromisoformat(day) + timedelta(days=days + 1)).isoformat()


def referral_facts(
    referred: str, expected: str, organisation: str, service_days: int, events: Iterable[tuple[str, str]]
) -> list[Fact]:
    """One referral's rows (see above) from its dates and its events ``(status, event_date)`` in order."""
    points: list[tuple[str, str, str]] = [(referred, "referred", referred)]  # from, status, since
    answered: str | None = None
    for status, day in events:
        at = max(day, referred)
        if at == points[-1][0]:
            points[-1] = (at, status, day)
        else:
            points.append((at, status, day))
        if status in _ANSWERS and (answered is None or day < answered):
            answered = day
    facts: list[Fact] = []
    for i, (start, status, since) in enumerate(points):
        stop = points[i + 1][0] if i + 1 < len(points) else None
        facts += _spans("ref", [(start, stop, f"{organisation}|{status}")])
        late = None
        if status in _UNANSWERED:
            late = _day_after(expected)
        elif status == "accepted":
            late = _day_after(since, service_days)
        if late is not None and (stop is None or max(start, late) < stop):
            facts += _spans("rod", [(max(start, late), stop, "total")])
    if answered is not None:
        days = (date.fromisoformat(answered) - date.fromisoformat(referred)).days
        facts.append(("rans", str(days), max(answered, referred), 1))
    return _net(facts)


def compute_referrals(db: Database, ids: bool, sink: Sink, default_service_days: int) -> None:
    """Hand every referral's facts to ``sink`` (those listed in ``temp._ind_rids`` when ``ids``)."""
    conn = db.conn
    source = "temp._ind_rids x CROSS JOIN referrals r ON r.id = x.id" if ids else "referrals r"
    rows = conn.execute(
        "SELECT r.id, r.project_id, r.referral_date, r.expected_date, r.organisation_id, "
        f"coalesce(p.referral_service_days, ?) FROM {source} LEFT JOIN projects p ON p.id = r.project_id "
        "WHERE r.deleted = 0 AND r.project_id IS NOT NULL ORDER BY r.id",
        [default_service_days],
    )
    conn.execute("DROP TABLE IF EXISTS temp._ind_rb")
    conn.execute("CREATE TEMP TABLE _ind_rb (id TEXT PRIMARY KEY) WITHOUT ROWID")
    try:
        while batch := rows.fetchmany(BATCH):
            conn.executemany("INSERT INTO temp._ind_rb VALUES (?)", [(r[0],) for r in batch])
            events: dict[str, list[tuple[str, str]]] = {}
            for referral, status, day in conn.execute(
                "SELECT e.referral_id, e.status, e.event_date FROM temp._ind_rb b "
                "CROSS JOIN referral_events e ON e.referral_id = b.id WHERE e.deleted = 0 "
                "ORDER BY e.referral_id, e.event_date, e.rowid"
            ):
                events.setdefault(referral, []).append((status, day))
            conn.execute("DELETE FROM temp._ind_rb")
            for referral, project, referred, expected, organisation, service_days in batch:
                facts = referral_facts(referred, expected, organisation, int(service_days), events.get(referral, ()))
                if facts:
                    sink((f"r:{referral}", project, ""), facts)
    finally:
        rows.close()
        conn.execute("DROP TABLE IF EXISTS temp._ind_rb")
