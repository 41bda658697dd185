"""The demo's service providers, referrals and their answers, consistent with the children already made.

About one child in two is referred. A child who received a service is referred for it and the
referral ends in that very service (linked, never a new one), so the seed projects' withdrawn and
prevented figures stay exactly as they were; the others are referred for health, counselling or
shelter and answered in various ways: most answered, some declined, a few still waiting (overdue).
Rows are written in bulk with their own random stream, so nothing else in the demo changes.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.referrals import RESPONSE_DAYS, Urgency
from cl_desktop.ids import stable_id, utc_now
from cl_desktop.store import records
from cl_desktop.store.records import Author

# Per country: (code suffix, type, English name, services offered, contact person, telephone prefix).
_PROVIDERS: tuple[tuple[str, str, str, tuple[str, ...], str], ...] = (
    ("SW", "social_welfare", "Social welfare office", ("counselling", "shelter", "cash_transfer"), "social worker"),
    ("HC", "health_centre", "Health centre", ("health",), "head nurse"),
    ("SCH", "school", "Public school", ("formal_education", "school_supplies", "scholarship"), "school director"),
    ("NFE", "ngo", "Non-formal education centre", ("nonformal_education",), "centre manager"),
    ("VTC", "vocational_centre", "Vocational training centre", ("vocational_training",), "training officer"),
    ("SH", "ngo_shelter", "NGO shelter", ("shelter", "counselling"), "shelter manager"),
    ("PAT", "police_anti_trafficking", "Police anti-trafficking unit", ("counselling",), "duty officer"),
    ("LIV", "ngo", "Livelihood support NGO", ("livelihood", "cash_transfer"), "field officer"),
    ("LI", "labour_inspectorate", "Provincial labour inspectorate", (), "labour inspector"),
)
_COUNTRIES = {
    "KH": ("Cambodia", "+855", ("Sok Dara", "Chan Sophea", "Keo Vanna", "Lim Sreymom")),
    "KZ": ("Kazakhstan", "+7", ("Aigerim Nurlanova", "Yerlan Suleimenov")),
    "KG": ("Kyrgyz Republic", "+996", ("Aida Toktogulova", "Bakyt Asanov")),
    "TJ": ("Tajikistan", "+992", ("Zarina Rakhimova", "Farrukh Saidov")),
    "UZ": ("Uzbekistan", "+998", ("Dilnoza Karimova", "Jasur Tursunov")),
}
_REASONS = {
    "health": "Injuries and coughing from work; needs a check-up.",
    "counselling": "Withdrawn from work; needs psycho-social support.",
    "shelter": "Not safe at home or at the workplace; needs a place to stay.",
    "formal_education": "Working instead of attending school; needs a place in class.",
    "nonformal_education": "Out of school for years; needs bridging classes before returning.",
    "vocational_training": "Of working age; needs vocational training instead of hazardous work.",
    "school_supplies": "Cannot attend school without a uniform and supplies.",
    "scholarship": "Family cannot pay school costs; needs a scholarship.",
}
_URGENCIES = (Urgency.NORMAL, Urgency.HIGH, Urgency.EMERGENCY, Urgency.LOW)
_URGENCY_WEIGHTS = (60, 25, 5, 10)
# What became of a referral for a service the child did not receive: (final path, weight).
_UNSERVED = (
    (("declined",), 20),
    (("declined", "closed"), 15),
    (("no_response", "closed"), 15),
    (("cancelled",), 10),
    (("accepted",), 15),
    (("no_response",), 10),
    ((), 15),  # still waiting for an answer
)
REFERRAL_COLUMNS = (
    "id", "child_id", "household_id", "project_id", "referral_date", "referring_office", "referring_user",
    "organisation_id", "service_type", "urgency", "reason", "consent_to_share", "expected_date", "status",
    "status_date", "service_id",
)  # fmt: skip
EVENT_COLUMNS = (
    "id",
    "referral_id",
    "child_id",
    "household_id",
    "status",
    "event_date",
    "by_user",
    "note",
    "service_id",
)
BATCH = 20_000


def providers(db: Database, author: Author) -> dict[str, dict[str, list[str]]]:
    """Add the service providers of each country the demo covers; per country, service type -> organisation ids."""
    countries = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT l.country_code FROM action_programmes ap JOIN programme_locations pl "
            "ON pl.programme_id = ap.id JOIN locations l ON l.id = pl.location_id ORDER BY 1"
        )
    ]
    offering: dict[str, dict[str, list[str]]] = {}
    for country in countries:
        name, dial, people = _COUNTRIES.get(country, (country, "+0", ("Contact",)))
        for i, (suffix, kind, what, services, role) in enumerate(_PROVIDERS):
            code = f"{country}-{suffix}"
            row = records.insert(
                db,
                "organisations",
                {
                    "id": stable_id("organisation", code),
                    "code": code,
                    "name": f"{what}, {name}",
                    "organisation_type": kind,
                    "country_code": country,
                    "contact_person": f"{people[i % len(people)]} ({role})",
                    "telephone": f"{dial} {20 + i} {100 + 37 * i:03d} {200 + 53 * i:03d}",
                    "address": f"{what}, provincial town, {name}",
                    "services_offered": json.dumps(list(services)),
                },
                author,
            )
            for service in services:
                offering.setdefault(country, {}).setdefault(service, []).append(str(row["id"]))
    return offering


def _children(db: Database) -> Iterator[tuple[Any, ...]]:
    """Each child with its country, office and first service (id, type, start), in rowid order."""
    last = 0
    while True:
        rows = db.execute(
            "SELECT c.rowid, c.id, c.project_id, c.household_id, c.intake_date, c.consent, c.office, "
            "l.country_code, s.id, s.service_type, s.start_date FROM children c "
            "LEFT JOIN locations l ON l.id = c.province_id "
            "LEFT JOIN services s ON s.id = (SELECT s2.id FROM services s2 WHERE s2.child_id = c.id "
            "AND s2.deleted = 0 ORDER BY s2.start_date LIMIT 1) "
            "WHERE c.rowid > ? AND c.deleted = 0 ORDER BY c.rowid LIMIT ?",
            [last, BATCH],
        ).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def add_referrals(db: Database, author: Author, seed: int, today: date | None = None) -> dict[str, int]:
    """Providers, then a referral for about every other child, with its dated answers; rows written in bulk."""
    rng = random.Random(f"demo-referrals:{seed}")
    day = today or date.today()
    offering = providers(db, author)
    now = utc_now()
    referral_sql = (
        f"INSERT INTO referrals ({', '.join(REFERRAL_COLUMNS)}, office, created_at, created_by, updated_at, "
        f"updated_by) VALUES ({', '.join('?' for _ in REFERRAL_COLUMNS)}, ?, ?, ?, ?, ?)"
    )
    event_sql = (
        f"INSERT INTO referral_events ({', '.join(EVENT_COLUMNS)}, office, created_at, created_by, updated_at, "
        f"updated_by) VALUES ({', '.join('?' for _ in EVENT_COLUMNS)}, ?, ?, ?, ?, ?)"
    )
    tail = (author.office, now, author.user, now, author.user)
    referrals: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    counts = {"referrals": 0, "referral_events": 0}

    def flush() -> None:
        db.conn.executemany(referral_sql, referrals)
        db.conn.executemany(event_sql, events)
        counts["referrals"] += len(referrals)
        counts["referral_events"] += len(events)
        referrals.clear()
        events.clear()

    for _rowid, child_id, project_id, household_id, intake, consent, office, country, sid, stype, sstart in _children(
        db
    ):
        if rng.random() >= 0.5:
            continue
        intake_day = date.fromisoformat(intake)
        served = sid is not None and (country or "") in offering and stype in offering[country]
        if served:
            start = date.fromisoformat(sstart)
            referred = max(intake_day, start - timedelta(days=rng.randint(5, 25)))
            service_type = stype
            accepted = min(start, referred + timedelta(days=rng.randint(1, 10)))
            path = [("accepted", accepted), ("service_provided", start)]
            closed = start + timedelta(days=rng.randint(30, 120))
            if rng.random() < 0.3 and closed <= day:
                path.append(("closed", closed))
        else:
            service_type = rng.choice(("health", "counselling", "shelter"))
            if (country or "") not in offering or service_type not in offering[country]:
                continue
            referred = intake_day + timedelta(days=rng.randint(0, 60))
            steps = rng.choices([p for p, _ in _UNSERVED], weights=[w for _, w in _UNSERVED])[0]
            path = []
            when = referred
            for status in steps:
                when = when + timedelta(days=rng.randint(2, 25))
                path.append((status, when))
        if referred > day or any(when > day for _, when in path):
            continue
        urgency = rng.choices(_URGENCIES, weights=_URGENCY_WEIGHTS)[0]
        rid = stable_id("referral", child_id)
        organisation = rng.choice(offering[country][service_type])
        status, status_date = path[-1] if path else ("referred", referred)
        linked = sid if served else None
        referrals.append(
            (
                rid, child_id, household_id, project_id, referred.isoformat(), office or author.office, "demo",
                organisation, service_type, urgency.value, _REASONS.get(service_type, "Needs the service."),
                1 if consent and rng.random() < 0.9 else 0, (referred + timedelta(RESPONSE_DAYS[urgency])).isoformat(),
                status, status_date.isoformat(), linked, *tail,
            )
        )  # fmt: skip
        for n, (step, when) in enumerate([("referred", referred), *path]):
            events.append(
                (
                    stable_id("referral_event", f"{rid}:{n}"), rid, child_id, household_id, step, when.isoformat(),
                    "demo", "", linked if step == "service_provided" else None, *tail,
                )
            )  # fmt: skip
        if len(referrals) >= BATCH:
            flush()
    flush()
    for table, n in counts.items():
        records.append_bulk_audit(db, author, table, n)
    return counts


VISIT_COLUMNS = (
    "id", "project_id", "programme_id", "visit_date", "location_id", "province_id", "sector", "workplace",
    "organisation_id", "visitors", "hazards", "notes",
)  # fmt: skip
_WORKPLACES = ("Brick kiln", "Plantation", "Fishing boats", "Market stalls", "Workshop")


def add_visits(db: Database, author: Author, seed: int, project_ids: list[str]) -> dict[str, int]:
    """Workplace visits in about a third of the villages where working children were registered: each
    visit a little before the first intake there, identifying the working children registered in the
    four months after it; a few villages get a second visit a month later, which finds some of the same
    children again. The referrals of the children a visit found, made within two months of it, were
    made from it. The seed projects' visits come first with their own random stream (the same whatever
    the size); the scale-up's follow with another. Rows are written in bulk: nothing else changes."""
    hazards, inspectorates = _visit_lists(db)
    seeds = _visits_of(db, random.Random(f"demo-visits:{seed}"), project_ids, True, hazards, inspectorates)
    others = [r[0] for r in db.execute("SELECT id FROM projects WHERE deleted = 0 ORDER BY code")]
    others = [p for p in others if p not in project_ids]
    rest = _visits_of(db, random.Random(f"demo-visits-scale:{seed}"), others, False, hazards, inspectorates)
    return _write_visits(db, author, *(seeds[i] + rest[i] for i in range(3)))


def add_scale_visits(db: Database, author: Author, seed: int, project_ids: list[str]) -> dict[str, int]:
    """The visits ``add_visits`` gives projects other than the seeds' (a data set generated before them)."""
    hazards, inspectorates = _visit_lists(db)
    rest = _visits_of(db, random.Random(f"demo-visits-scale:{seed}"), project_ids, False, hazards, inspectorates)
    return _write_visits(db, author, *rest)


def _visit_lists(db: Database) -> tuple[list[str], dict[str, str]]:
    hazards = [r[0] for r in db.execute("SELECT code FROM reference_items WHERE list = 'hazard' ORDER BY sort")]
    inspectorates = {
        r[0]: r[1] for r in db.execute("SELECT country_code, id FROM organisations WHERE code LIKE '%-LI'")
    }
    return hazards, inspectorates


def _write_visits(
    db: Database,
    author: Author,
    visits: list[tuple[Any, ...]],
    links: list[tuple[str, str]],
    referred: list[tuple[str, str]],
) -> dict[str, int]:
    now = utc_now()
    db.conn.executemany(
        f"INSERT INTO monitoring_visits ({', '.join(VISIT_COLUMNS)}, office, created_at, created_by, updated_at, "
        f"updated_by) VALUES ({', '.join('?' for _ in VISIT_COLUMNS)}, ?, ?, ?, ?, ?)",
        [(*v, author.office, now, author.user, now, author.user) for v in visits],
    )
    db.conn.executemany(
        "INSERT INTO visit_children (id, visit_id, child_id, office, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (stable_id("visit_child", f"{v}:{c}"), v, c, author.office, now, author.user, now, author.user)
            for v, c in links
        ],
    )
    db.conn.executemany("UPDATE referrals SET visit_id = ? WHERE id = ?", referred)
    for table, n in (("monitoring_visits", len(visits)), ("visit_children", len(links))):
        records.append_bulk_audit(db, author, table, n)
    records.append_audit(
        db,
        author,
        action="bulk",
        table="referrals",
        row_id=None,
        row_version=None,
        base_version=None,
        changes={"visit_id": len(referred)},
    )
    return {
        "monitoring_visits": len(visits),
        "children_identified": len({c for _v, c in links}),
        "referrals_from_visits": len(referred),
    }


def _visits_of(
    db: Database,
    rng: random.Random,
    project_ids: list[str],
    named: bool,
    hazards: list[str],
    inspectorates: dict[str, str],
) -> tuple[list[tuple[Any, ...]], list[tuple[str, str]], list[tuple[str, str]]]:
    """The visits of some projects, the (visit, child) links and the (visit, referral) links, not yet written."""
    if not project_ids:
        return [], [], []
    marks = ", ".join("?" for _ in project_ids)
    groups = db.execute(
        "SELECT c.location_id, c.programme_id, c.project_id, c.province_id, l.country_code, min(c.intake_date), "
        "min(c.sector), ap.code FROM children c JOIN locations l ON l.id = c.province_id "
        "JOIN action_programmes ap ON ap.id = c.programme_id "
        f"WHERE c.working = 1 AND c.deleted = 0 AND c.project_id IN ({marks}) GROUP BY 1, 2 ORDER BY 1, 8",
        project_ids,
    ).fetchall()
    visits: list[tuple[Any, ...]] = []
    links: list[tuple[str, str]] = []
    referred: list[tuple[str, str]] = []
    for village, programme, project, province, country, first, sector, code in groups:
        if rng.random() >= 0.33:
            continue
        day = date.fromisoformat(first) - timedelta(days=rng.randint(1, 20))
        _name, _dial, people = _COUNTRIES.get(country, (country, "+0", ("Inspector",)))
        workplace = rng.choice(_WORKPLACES)
        visitors = f"{rng.choice(people)} (labour inspector); {rng.choice(people)} (social worker)"
        seen = json.dumps(rng.sample(hazards, 2) if len(hazards) >= 2 else hazards)
        again = rng.random() < 0.15
        found = [
            r[0]
            for r in db.execute(
                "SELECT id FROM children WHERE location_id = ? AND programme_id = ? AND working = 1 AND deleted = 0 "
                "AND intake_date BETWEEN ? AND ? ORDER BY id",
                [village, programme, day.isoformat(), (day + timedelta(days=120)).isoformat()],
            )
        ]
        # from codes, not the programme's key: the same visit whatever else the demo holds
        key = f"{village}:{code}" if named else f"scale:{village}:{code}"
        made = [(stable_id("monitoring_visit", key), day, found)]
        if again and found:
            # a month later, the same workplace again: half of those children are still there
            later = day + timedelta(days=30)
            made.append((stable_id("monitoring_visit", key + ":2"), later, found[: max(1, len(found) // 2)]))
        for visit_id, when, children in made:
            visits.append(
                (
                    visit_id, project, programme, when.isoformat(), village, province, sector or "other", workplace,
                    inspectorates.get(country), visitors, seen, "",
                )
            )  # fmt: skip
            links.extend((visit_id, c) for c in children)
        for start in range(0, len(found), 500):
            part = found[start : start + 500]
            referred.extend(
                (made[0][0], r[0])
                for r in db.execute(
                    f"SELECT id FROM referrals WHERE deleted = 0 AND referral_date BETWEEN ? AND ? "
                    f"AND child_id IN ({', '.join('?' for _ in part)})",
                    [day.isoformat(), (day + timedelta(days=60)).isoformat(), *part],
                )
            )
    return visits, links, referred
