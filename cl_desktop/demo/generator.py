"""Generate the demo database.

The two seed projects (Cambodia 2008-2012, Central Asia 2004-2007) with their
real metadata, and synthetic children, households, services and follow-up
visits planned so that the *derived* counts reproduce the seeds exactly:
Cambodia withdrew 5,860 and prevented 5,884 children, Central Asia 353 and
374. Each child is planned as withdrawn, prevented, in progress or at risk,
and its records are written so that the rules produce that status; the
statuses are then derived by the same SQL as in normal use and checked.

``--children N`` adds a synthetic national scale-up project so a database of
any size can be generated (a million children in minutes). Its children are built
in chunks (``demo/scale.py``), each from its own random stream and with its own
ranges of ids and case numbers, by forked worker processes while this process
writes them; the seed projects come out the same with or without it.

The database is built in a file beside the target, with the journal in memory and
no syncs, then switched to WAL, synced and renamed into place: a crash or an error
leaves no half-made database at the target path.
"""

from __future__ import annotations

import itertools
import json
import logging
import multiprocessing
import os
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from cl_desktop.demo import scale
from cl_desktop.demo.names import (
    CA_VILLAGES,
    KHMER_VILLAGE_HEADS,
    KHMER_VILLAGE_TAILS,
    KHMER_VILLAGES,
)
from cl_desktop.demo.referrals import add_referrals, add_visits
from cl_desktop.domain.rules import Thresholds
from cl_desktop.errors import KnownError, RefusedInput
from cl_desktop.figures.current import settle
from cl_desktop.figures.duplicate_queue import check_all
from cl_desktop.figures.duplicates import refresh_keys
from cl_desktop.figures.outcomes import invalidate_summary, refresh_outcomes
from cl_desktop.ids import utc_now
from cl_desktop.security.passwords import hash_password
from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context
from cl_desktop.services.periods import Periods
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import location_id, organisation_id
from cl_desktop.services.setup import create_database
from cl_desktop.store import open_database, records
from cl_desktop.store.custom_choice_values import TABLE as CHOICE_VALUES
from cl_desktop.store.custom_choice_values import rebuild_choice_values
from cl_desktop.store.meta import set_meta
from cl_desktop.store.migrations_custom_fields import CUSTOM_TABLES
from cl_desktop.store.schema import CHILDREN_SEARCH_TRIGGER_NAMES

log = logging.getLogger("cl_desktop.demo")

DATA = Path(__file__).parent / "data"
BULK_TABLES = scale.TABLES  # the tables the children's rows go to, parents first
STAMP = ("office", "created_at", "created_by", "updated_at", "updated_by", "version", "deleted")
SEED_RESULTS = {"KH-WFCL": (5860, 5884), "CAR-WFCL": (353, 374)}
# Children planned besides the withdrawn and prevented, per seed project, as fractions of those.
IN_PROGRESS_SHARE = 0.08
AT_RISK_SHARE = 0.06
SCALE_PROJECT = "KH-NAT-SCALE"
TOTAL_PROGRAMMES_AT_SCALE = 200
PARALLEL_FROM = 50_000  # children: below this a second process costs more than it saves
SCALE_COMMUNES_PER_DISTRICT = 6  # besides the seed projects' two: about 1,000 communes in all at scale
# Triggers on the bulk tables that the load sets aside, with what stands in for each (write_people);
# besides these, the dashboard summary's triggers, which do nothing while it awaits a rebuild
# (invalidate_summary), and refresh_outcomes rebuilds it.
LOAD_TRIGGERS = (
    *CHILDREN_SEARCH_TRIGGER_NAMES,  # the search index: rebuilt at the end
    "children_names_insert",  # the list screens' sort keys: written with the rows
    # the several-choices table of the list filters: refilled from the rows after the load
    *(f"{CHOICE_VALUES}_{table}_insert" for table in CUSTOM_TABLES.values()),
)
_SUMMARY_GUARD = "FROM indicator_state"


def set_aside_while_loading(name: str, sql: str) -> bool:
    """Whether the bulk load drops this trigger and restores it after (something stands in for it)."""
    return name in LOAD_TRIGGERS or (name.startswith("indicator_") and _SUMMARY_GUARD in sql)


# meta: [case number, case number, kind] of each child registered twice on purpose (scale.DUPLICATE_KINDS)
PLANTED_DUPLICATES_KEY = "demo_planted_duplicates"

DEMO_ACCOUNTS = (
    ("admin", "admin", Role.ADMIN, "Headquarters administrator"),
    ("coordinator", "coordinator", Role.COORDINATOR, "Provincial coordinator"),
    ("clerk", "clerk", Role.CLERK, "Data-entry clerk"),
)

Progress = Callable[[str, float], None]


DEMO_USER = "demo"  # who the audit trail names for a demo made without a person to name


@dataclass(frozen=True)
class DemoSpec:
    children: int | None = None  # total children; None = the seed population only
    seed: int = 2008
    workers: int | None = None  # processes building the scale-up's rows; None = by size and cores, 0 = none
    sample_office: bool = True  # enrol a field office and keep a bundle from it to try (``demo.office``)


def seed_population() -> int:
    return sum(round((w + p) * (1 + IN_PROGRESS_SHARE + AT_RISK_SHARE)) for w, p in SEED_RESULTS.values())


def create_demo_database(
    path: str | Path, spec: DemoSpec = DemoSpec(), progress: Progress | None = None, *, user: str = DEMO_USER
) -> Database:
    """A new demo database at ``path``, built beside it and renamed into place when complete.

    ``user`` is who the audit trail names for every record made (``cli:`` and the OS account from
    the command line)."""
    target = Path(path)
    if target.exists() and target.stat().st_size > 0:
        raise RefusedInput(f"{target} already exists; the demo needs a new file.")
    part = target.with_name(target.name + ".part")
    _remove(part)
    db = create_database(part, office_code="HQ", office_name="National Project Office (demo)", hq=True, user=user)
    try:
        # A file nobody else has open yet: no WAL (every page would be written twice) and no
        # syncs while loading; the durable settings are restored and the file synced before it
        # takes the target's name.
        db.execute("PRAGMA journal_mode=MEMORY")
        db.execute("PRAGMA synchronous=OFF")
        generate(db, spec, progress, user=user)
        if spec.sample_office:
            if progress:
                progress("Enrolling a sample field office", 0.985)
            from cl_desktop.demo.office import enrol_sample_office

            enrol_sample_office(db, user=user)
        if progress:
            progress("Looking for children registered twice", 0.987)
        # the full check, so the reports' count of pairs awaiting review is current from the start
        check_all(db)
        if progress:
            progress("Writing the file to disk", 0.99)
        if str(db.execute("PRAGMA journal_mode=WAL").fetchone()[0]).lower() != "wal":
            raise KnownError(f"Cannot use {part} safely: it does not take the WAL journal.")
        db.close()
        _sync(part)
        os.replace(part, target)
        _sync(target.parent)
    except BaseException:
        db.close()
        _remove(part)
        raise
    db = open_database(target, check=False)
    if progress:
        progress("Done", 1.0)
    return db


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _sync(path: Path) -> None:
    """fsync a file, or a folder after a rename (where the platform allows opening one)."""
    try:
        fd = os.open(path, os.O_RDONLY if path.is_dir() else os.O_RDWR)
    except OSError:
        if path.is_dir():
            return  # Windows cannot open a folder; its rename is durable once the file is
        raise
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def generate(
    db: Database, spec: DemoSpec = DemoSpec(), progress: Progress | None = None, *, user: str = DEMO_USER
) -> dict[str, int]:
    report = progress or (lambda _msg, _frac: None)
    actor = Actor(username=user, role=Role.ADMIN, office="HQ")
    ctx = Context(db, actor)
    gen = _Generator(db, ctx, _Random(spec.seed))
    saved = {p: db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "foreign_keys")}
    db.execute("PRAGMA cache_size=-524288")  # 512 MB while loading and building indexes; restored below
    # (temp_store stays on disk: the summary rebuild's temporary tables reach gigabytes at a million)
    # The rows are made consistent by construction (a test runs foreign_key_check on a generated
    # set): checking each of the ten million references on insert would cost an index probe each.
    db.execute("PRAGMA foreign_keys=OFF")
    try:
        _generate(db, gen, spec, report)
    finally:
        for pragma, value in saved.items():
            db.execute(f"PRAGMA {pragma}={int(value)}")
    return gen.counts


def _generate(db: Database, gen: _Generator, spec: DemoSpec, report: Progress) -> None:
    with db.atomic():
        report("Accounts and projects", 0.0)
        gen.accounts()
        projects = gen.projects()
        gen.dwcp()
        plans: list[tuple[dict[str, Any], list[str]]] = []
        for project in projects:
            withdrawn, prevented = SEED_RESULTS[project["code"]]
            plans.append((project, gen.plan(withdrawn, prevented)))
        for project, plan in plans:
            gen.programmes_for(project, len(plan), gen.rng)
        extra = (spec.children or 0) - seed_population()
        # The scale-up draws from its own random streams, after the seed projects' draws, so the
        # seed projects' children are the same whatever the size.
        scale_rng = _Random(f"demo-scale:{spec.seed}")
        scale_project = gen.scale_project(extra, scale_rng) if extra > 0 else None
        gen.write_people(plans, scale_project, spec, report)
        report("Deriving withdrawn and prevented", 0.88)
        refresh_outcomes(db)
        report("Building the search index", 0.95)
        gen.rebuild_search()
        report("Checking the seed projects' results", 0.97)
        gen.finish(projects)
        report("Referrals", 0.975)
        gen.counts.update(add_referrals(db, gen.author, spec.seed))
        gen.counts.update(add_visits(db, gen.author, spec.seed, [p["id"] for p in projects]))
        settle(db)  # the referrals' figures (the triggers marked each one)
        report("Saving", 0.98)


class _Random(random.Random):
    """random.Random with the same stream, minus the call layers of randint and choice (hot in the loop).

    ``randint(a, b)`` is ``randrange(a, b + 1)``, which for step 1 is ``a + _randbelow(b - a + 1)``;
    ``choice(seq)`` is ``seq[_randbelow(len(seq))]``: the same numbers, drawn the same way.
    """

    def randint(self, a: int, b: int) -> int:
        return a + int(self._randbelow(b - a + 1))  # type: ignore[attr-defined]  # CPython's Random internals

    def choice(self, seq: Sequence[Any]) -> Any:  # type: ignore[override]
        return seq[self._randbelow(len(seq))]  # type: ignore[attr-defined]


class _Generator:
    def __init__(self, db: Database, ctx: Context, rng: random.Random) -> None:
        self.db = db
        self.ctx = ctx
        self.rng = rng
        self.projects_svc = Projects(ctx)
        self.author = ctx.author("demo")
        self.now = utc_now()
        self.serial = 0
        self.counts: dict[str, int] = {}
        self.villages: dict[str, list[str]] = {}  # province code -> village ids
        self.programmes: dict[str, list[dict[str, Any]]] = {}  # project id -> programmes
        self.province_abbrev: dict[str, tuple[str, str]] = {}
        self.case_counter: dict[str, int] = {}

    # -- identifiers -----------------------------------------------------
    def new_id(self) -> str:
        """Deterministic UUIDv7-shaped ids (time part from a fixed epoch plus a counter)."""
        self.serial += 1
        value = (
            (1_600_000_000_000 + self.serial) << 80
            | 0x7 << 76
            | (self.serial & 0xFFF) << 64
            | 0b10 << 62
            | self.rng.getrandbits(62)
        )
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # -- metadata ----------------------------------------------------------
    def accounts(self) -> None:
        for username, password, role, name in DEMO_ACCOUNTS:
            records.insert(
                self.db,
                "users",
                {
                    "username": username,
                    "full_name": name,
                    "role": role.value,
                    "office_code": "HQ",
                    "password_hash": hash_password(password),
                },
                self.author,
            )

    def projects(self) -> list[dict[str, Any]]:
        out = []
        for spec in json.loads((DATA / "projects.json").read_text(encoding="utf-8")):
            targets = spec["targets"]
            values = {
                k: spec[k]
                for k in (
                    "code",
                    "title",
                    "short_title",
                    "region",
                    "countries",
                    "donor",
                    "grantee",
                    "grant_number",
                    "funding_amount",
                    "currency",
                    "fiscal_year",
                    "start_date",
                    "end_date",
                    "problem",
                    "results_text",
                    "development_objective",
                    "intermediate_objectives",
                    "activities_summary",
                    "implementing_partners_text",
                    "contact",
                )
            }
            values.update({k: spec[k] for k in ("closed", "dates_revised", "duns", "uei") if k in spec})
            values.update(
                target_withdrawn_f=targets["withdrawn_f"],
                target_withdrawn_m=targets["withdrawn_m"],
                target_prevented_f=targets["prevented_f"],
                target_prevented_m=targets["prevented_m"],
            )
            project = self.projects_svc.create(values)
            project["_spec"] = spec
            for code in spec["province_codes"]:
                self.projects_svc.add_location(project["id"], location_id(code))
            self.projects_svc.add_organisation(project["id"], organisation_id(spec["grantee_org_code"]), "grantee")
            self.projects_svc.add_organisation(project["id"], organisation_id(spec["donor_org_code"]), "donor")
            for code in spec["partner_org_codes"]:
                self.projects_svc.add_organisation(project["id"], organisation_id(code), "implementing_partner")
            self.common_indicators(project)
            self.activities(project, spec)
            self.narratives(project, spec)
            self.synthesise_villages(spec["province_codes"], self.rng)
            out.append(project)
        return out

    def common_indicators(self, project: dict[str, Any]) -> None:
        """The project's own results framework: objectives and the common indicators."""
        spec = project["_spec"]
        objective = self.projects_svc.add_result(
            project["id"], {"level": "objective", "code": "DO", "title": spec["development_objective"]}
        )
        for i, text in enumerate(spec["intermediate_objectives"], 1):
            self.projects_svc.add_result(
                project["id"], {"level": "outcome", "code": f"IO{i}", "title": text, "parent_id": objective["id"]}
            )
        t = spec["targets"]
        for sort, (code, title, unit, target) in enumerate(
            (
                (
                    "withdrawn",
                    "Children withdrawn from the worst forms of child labour",
                    "count",
                    t["withdrawn_f"] + t["withdrawn_m"],
                ),
                (
                    "prevented",
                    "Children prevented from entering the worst forms of child labour",
                    "count",
                    t["prevented_f"] + t["prevented_m"],
                ),
                (
                    "E1",
                    "Children provided education or vocational services",
                    "count",
                    t["withdrawn_f"] + t["withdrawn_m"] + t["prevented_f"] + t["prevented_m"],
                ),
                ("POC4", "Participant children attending school regularly", "percent", 80),
            )
        ):
            self.projects_svc.add_indicator(
                project["id"],
                {
                    "code": code,
                    "title": title,
                    "unit": unit,
                    "common_code": code,
                    "result_id": objective["id"],
                    "baseline_value": 0,
                    "baseline_year": int(project["start_date"][:4]),
                    "target_value": target,
                    "due_date": project["end_date"],
                    "means_of_verification": "Beneficiary records and follow-up visits",
                    "disaggregation": "sex, age group, sector, province",
                    "sort": sort,
                },
            )

    def dwcp(self) -> None:
        spec = json.loads((DATA / "dwcp.json").read_text(encoding="utf-8"))
        project = self.projects_svc.create(
            {
                "code": spec["code"],
                "title": spec["title"],
                "short_title": "DWCP Cambodia 2008-2010",
                "region": "Southeast Asia",
                "countries": ["KH"],
                "start_date": spec["start_date"],
                "end_date": spec["end_date"],
                "grantee": "International Labour Organization",
                "donor": "",
            }
        )
        for p_sort, priority in enumerate(spec["priorities"]):
            p_row = self.projects_svc.add_result(
                project["id"],
                {"level": "objective", "code": priority["code"], "title": priority["title"], "sort": p_sort},
            )
            for o_sort, outcome in enumerate(priority["outcomes"]):
                o_row = self.projects_svc.add_result(
                    project["id"],
                    {
                        "level": "outcome",
                        "code": outcome["code"],
                        "title": outcome["title"],
                        "parent_id": p_row["id"],
                        "sort": o_sort,
                    },
                )
                for i_sort, ind in enumerate(outcome["indicators"]):
                    self.projects_svc.add_indicator(
                        project["id"],
                        {
                            "code": ind["code"],
                            "title": ind["title"],
                            "unit": ind["unit"],
                            "target_value": ind.get("target_value"),
                            "target_text": ind.get("target_text") or "",
                            "due_date": ind.get("due_date"),
                            "result_id": o_row["id"],
                            "sort": i_sort,
                            "means_of_verification": ind.get("means_of_verification") or "",
                        },
                    )

    def activities(self, project: dict[str, Any], spec: dict[str, Any]) -> None:
        start = date.fromisoformat(project["start_date"])
        for i, act in enumerate(spec.get("activities", [])):
            day = start + timedelta(days=120 + 365 * int(act.get("year_offset", 0)) + 17 * i)
            self.projects_svc.record_activity(
                project["id"],
                {
                    "kind": act["kind"],
                    "title": act["title"],
                    "start_date": day.isoformat(),
                    "participants_f": act["participants_f"],
                    "participants_m": act["participants_m"],
                },
            )

    def narratives(self, project: dict[str, Any], spec: dict[str, Any]) -> None:
        periods = Periods(self.ctx).list(project["id"])
        last = [p for p in periods if p["end_date"] <= project["end_date"]] or periods
        for section, body in spec.get("narratives", {}).items():
            if body:
                self.projects_svc.save_narrative(last[-1]["id"], section, body)

    def synthesise_villages(self, province_codes: Sequence[str], rng: random.Random) -> None:
        """Communes and villages under the reference districts (synthetic names, demo only)."""
        rows: list[dict[str, Any]] = []
        for code in province_codes:
            if code in self.villages:
                continue
            districts = [
                r[0]
                for r in self.db.execute(
                    "SELECT code FROM locations WHERE parent_id = ? ORDER BY code", [location_id(code)]
                )
            ]
            country = code.split("-")[0]
            if not districts:
                districts = [f"{code}-D{i}" for i in (1, 2)]
                for i, d in enumerate(districts, 1):
                    rows.append(self._loc(d, "district", code, country, f"District {i}", ""))
            ids: list[str] = []
            for d in districts[:6]:
                for c in (1, 2):
                    commune = f"{d}-C{c}"
                    rows.append(self._loc(commune, "commune", d, country, f"Commune {c}", ""))
                    for v in (1, 2, 3):
                        village = f"{commune}-V{v}"
                        if country == "KH":
                            en, km = rng.choice(KHMER_VILLAGES)
                            rows.append(self._loc(village, "village", commune, country, f"Phum {en}", f"ភូមិ{km}"))
                        else:
                            ru = rng.choice(CA_VILLAGES)
                            rows.append(self._loc(village, "village", commune, country, ru, ru))
                        ids.append(location_id(village))
            self.villages[code] = ids
            row = self.db.execute("SELECT country_code, abbrev FROM locations WHERE code = ?", [code]).fetchone()
            self.province_abbrev[code] = (row[0], row[1] or code.split("-")[1])
        if rows:
            records.insert_many_unaudited(self.db, "locations", rows, self.author)

    @staticmethod
    def _loc(code: str, level: str, parent: str, country: str, name_en: str, name_local: str) -> dict[str, Any]:
        return {
            "id": location_id(code),
            "code": code,
            "level": level,
            "parent_id": location_id(parent),
            "country_code": country,
            "name_en": name_en,
            "name_local": name_local,
            "name_ru": name_local if country != "KH" else "",
        }

    def more_communes(self, province_codes: Sequence[str], rng: random.Random) -> dict[str, list[str]]:
        """Further communes of four villages in every district, for the national scale-up.

        A province of forty thousand children in a dozen communes would have thousands of
        children per village; with these there are about 250 per village, closer to a register.
        """
        rows: list[dict[str, Any]] = []
        villages: dict[str, list[str]] = {}
        for code in province_codes:
            districts = [
                r[0]
                for r in self.db.execute(
                    "SELECT code FROM locations WHERE parent_id = ? AND level = 'district' ORDER BY code",
                    [location_id(code)],
                )
            ]
            ids = list(self.villages[code])
            for d in districts:
                for c in range(3, 3 + SCALE_COMMUNES_PER_DISTRICT):
                    commune = f"{d}-C{c}"
                    rows.append(self._loc(commune, "commune", d, "KH", f"Commune {c}", ""))
                    for v in range(1, 5):
                        village = f"{commune}-V{v}"
                        head_en, head_km = rng.choice(KHMER_VILLAGE_HEADS)
                        tail_en, tail_km = rng.choice(KHMER_VILLAGE_TAILS)
                        rows.append(
                            self._loc(
                                village, "village", commune, "KH", f"Phum {head_en} {tail_en}", f"ភូមិ{head_km}{tail_km}"
                            )
                        )
                        ids.append(location_id(village))
            villages[code] = ids
        records.insert_many_unaudited(self.db, "locations", rows, self.author)
        return villages

    def scale_project(self, extra: int, rng: random.Random) -> dict[str, Any]:
        provinces = [
            r[0]
            for r in self.db.execute(
                "SELECT code FROM locations WHERE country_code = 'KH' AND level = 'province' ORDER BY code"
            )
        ]
        total = extra // 2
        spec = {
            "code": SCALE_PROJECT,
            "province_codes": provinces,
            "partner_org_codes": [],
            "countries": ["KH"],
            "sectors": [
                "brick_making",
                "agriculture",
                "fishing",
                "domestic_work",
                "street_vending",
                "construction",
                "salt_production",
            ],
        }
        project = self.projects_svc.create(
            {
                "code": SCALE_PROJECT,
                "title": "National scale-up of child labour monitoring (synthetic data)",
                "short_title": "National scale-up (synthetic)",
                "region": "Southeast Asia",
                "countries": ["KH"],
                "start_date": "2013-01-01",
                "end_date": "2018-12-31",
                "funding_amount": 20_000_000,
                "target_withdrawn_f": total // 4,
                "target_withdrawn_m": total // 4,
                "target_prevented_f": total // 4,
                "target_prevented_m": total // 4,
            }
        )
        project["_spec"] = spec
        for code in provinces:
            self.projects_svc.add_location(project["id"], location_id(code))
        self.synthesise_villages(provinces, rng)
        project["_villages"] = self.more_communes(provinces, rng)
        self.programmes_for(project, extra, rng)
        return project

    # -- plans -------------------------------------------------------------
    def plan(self, withdrawn: int, prevented: int) -> list[str]:
        base = withdrawn + prevented
        plan = ["withdrawn"] * withdrawn + ["prevented"] * prevented + ["in_progress"] * round(base * IN_PROGRESS_SHARE)
        plan += ["at_risk"] * (round(base * (1 + IN_PROGRESS_SHARE + AT_RISK_SHARE)) - len(plan))
        self.rng.shuffle(plan)
        return plan

    def programmes_for(self, project: dict[str, Any], children: int, rng: random.Random) -> None:
        spec = project["_spec"]
        provinces = spec["province_codes"]
        if project["code"] == SCALE_PROJECT:
            count = max(1, TOTAL_PROGRAMMES_AT_SCALE - sum(len(v) for v in self.programmes.values()))
        else:
            count = len(provinces) if len(provinces) <= 16 else 16
        partners = spec["partner_org_codes"] or [None]
        sectors = spec.get("sectors") or ["agriculture"]
        start = date.fromisoformat(project["start_date"])
        end = date.fromisoformat(project["end_date"])
        weights = [rng.uniform(0.6, 1.4) for _ in range(count)]
        shares = [w / sum(weights) for w in weights]
        created = []
        for i in range(count):
            province = provinces[i % len(provinces)]
            sector = sectors[i % len(sectors)]
            name = self.db.execute("SELECT name_en FROM locations WHERE code = ?", [province]).fetchone()[0]
            label = self.db.execute(
                "SELECT label_en FROM reference_items WHERE list = 'sector' AND code = ?", [sector]
            ).fetchone()
            planned = round(children * shares[i])
            budget = round(float(project["funding_amount"] or 1_000_000) * 0.55 * shares[i], -2)
            partner = partners[i % len(partners)]
            programme = self.projects_svc.create_programme(
                {
                    "code": f"{project['code']}-AP{i + 1:03d}",
                    "project_id": project["id"],
                    "title": f"Withdrawal and prevention of child labour in {name}: "
                    + (
                        "the urban informal economy"
                        if sector == "urban_informal"
                        else (label[0] if label else sector).lower()
                    ),
                    "partner_id": organisation_id(partner) if partner else None,
                    "strategy": ["withdrawal", "prevention"],
                    "sectors": [sector],
                    "start_date": (start + timedelta(days=60 + 7 * (i % 8))).isoformat(),
                    "end_date": (end - timedelta(days=7 * (i % 4))).isoformat(),
                    "budget": budget,
                    "expenditure": round(budget * rng.uniform(0.72, 0.99), -2),
                    "target_withdrawn_f": round(planned * 0.22),
                    "target_withdrawn_m": round(planned * 0.24),
                    "target_prevented_f": round(planned * 0.22),
                    "target_prevented_m": round(planned * 0.24),
                    "status": "completed" if end < date.today() else "active",
                },
                [location_id(province)],
            )
            programme["_province"] = province
            programme["_sector"] = sector
            programme["_planned"] = planned
            created.append(programme)
        self.programmes[project["id"]] = created

    # -- children and their records -----------------------------------------
    def write_people(
        self,
        plans: list[tuple[dict[str, Any], list[str]]],
        scale_project: dict[str, Any] | None,
        spec: DemoSpec,
        report: Progress,
    ) -> None:
        seeds = sum(len(p) for _, p in plans)
        total = seeds + ((spec.children or 0) - seeds if scale_project else 0)
        # Triggers set aside while loading, and what stands in for them: the search indexes are
        # rebuilt at the end, the rows come with the names' sort keys and transliterations
        # (computed by the functions the list screens use, once per distinct name), and
        # refresh_outcomes rebuilds the dashboard's summary.
        invalidate_summary(self.db)
        set_aside = [
            (name, sql)
            for name, sql in self.db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                f"({', '.join('?' for _ in BULK_TABLES)})",
                list(BULK_TABLES),
            ).fetchall()
            if set_aside_while_loading(name, sql)
        ]
        for name, _sql in set_aside:
            self.db.execute(f'DROP TRIGGER "{name}"')
        # Secondary indexes are built once after the load: a sort is far cheaper than a million
        # random insertions into each index (the benchmarks measure the difference).
        indexes = self.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
            f"({', '.join('?' for _ in BULK_TABLES)})",
            list(BULK_TABLES),
        ).fetchall()
        for name, _sql in indexes:
            self.db.execute(f'DROP INDEX "{name}"')
        # One planner builds every child (demo/scale.py): the seed projects' few thousand here,
        # then the scale-up's, by forked workers when it is big.
        seed_chunks = self._seed_chunks(plans, spec)
        scale_chunks = self._scale_chunks(scale_project, spec) if scale_project is not None else []
        counts = dict.fromkeys(BULK_TABLES, 0)
        pairs: list[tuple[str, str, str, str]] = []
        done = 0
        author = self.author
        stamp = dict(zip(STAMP, (author.office, self.now, author.user, self.now, author.user, 1, 0), strict=True))
        insert = {t: scale.insert_sql(t, stamp) for t in BULK_TABLES}
        workers = _workers(spec, total, len(scale_chunks)) if scale_chunks else 0
        for built in itertools.chain(_built_chunks(seed_chunks, 0), _built_chunks(scale_chunks, workers)):
            for table in BULK_TABLES:
                rows = built.rows[table]
                self.db.conn.executemany(insert[table], rows)
                counts[table] += len(rows)
            pairs.extend(built.duplicates)
            self.serial = max(self.serial, built.last_serial)
            done += len(built.rows["children"])
            report(f"Children: {done:,} of {total:,}", 0.05 + 0.8 * done / total)
        if scale_project is not None:
            # a child planted as registered by another province's office carries that office's code
            self.db.conn.executemany(
                "UPDATE children SET office = ? WHERE case_number = ?", [(o, b) for _a, b, _k, o in pairs if o]
            )
            set_meta(self.db, PLANTED_DUPLICATES_KEY, json.dumps([[a, b, kind] for a, b, kind, _o in pairs]))
            self.counts["planted_duplicates"] = len(pairs)
        report("Building the indexes", 0.85)
        for _name, sql in indexes:
            self.db.execute(sql)
        for _name, sql in set_aside:
            self.db.execute(sql)
        rebuild_choice_values(self.db)  # what the insert triggers set aside would have written
        refresh_keys(self.db)  # the duplicate review's name keys of the new children, in one pass
        for prefix, last in self.case_counter.items():
            self.db.execute(
                "INSERT INTO case_counters(prefix, last) VALUES (?, ?) "
                "ON CONFLICT(prefix) DO UPDATE SET last = excluded.last",
                [prefix, last],
            )
        self.counts.update(counts)
        for table, n in counts.items():
            records.append_bulk_audit(self.db, self.author, table, n)

    def rebuild_search(self) -> None:
        """The search indexes, in one pass each (last: SQLite functions cannot be defined after it
        in the same transaction, the index keeps statements open until the commit)."""
        for (table,) in self.db.execute(
            "SELECT name FROM sqlite_master WHERE name IN ('children_fts', 'children_translit_fts') ORDER BY name"
        ).fetchall():
            self.db.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")

    def _chunk_programme(
        self, project: dict[str, Any], programme: dict[str, Any], villages: Sequence[str]
    ) -> scale.ScaleProgramme:
        province = programme["_province"]
        country, abbrev = self.province_abbrev[province]
        return scale.ScaleProgramme(
            id=programme["id"],
            project_id=project["id"],
            province_id=location_id(province),
            country=country,
            abbrev=abbrev,
            sector=programme["_sector"],
            start=date.fromisoformat(programme["start_date"]),
            end=date.fromisoformat(programme["end_date"]),
            villages=tuple(villages),
            thresholds=Thresholds.from_project(project),
        )

    def _seed_chunks(self, plans: list[tuple[dict[str, Any], list[str]]], spec: DemoSpec) -> list[scale.Chunk]:
        """The seed projects' children: each planned status goes to a programme drawn by its targets."""
        planned: list[tuple[scale.ScaleProgramme, int | tuple[str, ...]]] = []
        for project, plan in plans:
            programmes = self.programmes[project["id"]]
            weights = [p["target_withdrawn_f"] + p["target_withdrawn_m"] + 1 for p in programmes]
            chosen = self.rng.choices(range(len(programmes)), weights=weights, k=len(plan))
            kinds: list[list[str]] = [[] for _ in programmes]
            for kind, index in zip(plan, chosen, strict=True):
                kinds[index].append(kind)
            for programme, its_kinds in zip(programmes, kinds, strict=True):
                if its_kinds:
                    villages = self.villages[programme["_province"]]
                    planned.append((self._chunk_programme(project, programme, villages), tuple(its_kinds)))
        chunks = scale.plan_chunks(planned, spec.seed, self.serial, self.case_counter, stream="demo-seed")
        if chunks:  # the serials the seed chunks reserved are theirs, whatever the scale-up plans next
            self.serial = chunks[-1].first_serial + chunks[-1].children * scale.SERIALS_PER_CHILD
        return chunks

    def _scale_chunks(self, project: dict[str, Any], spec: DemoSpec) -> list[scale.Chunk]:
        programmes = self.programmes[project["id"]]
        extra = (spec.children or 0) - seed_population()
        sizes = [p["_planned"] for p in programmes]
        sizes[sizes.index(max(sizes))] += extra - sum(sizes)  # the rounding remainder
        planned: list[tuple[scale.ScaleProgramme, int | tuple[str, ...]]] = []
        villages: dict[str, tuple[str, ...]] = {p: tuple(v) for p, v in project["_villages"].items()}
        communes: dict[str, tuple[tuple[str, ...], ...]] = {}
        for province, ids in villages.items():
            parents: dict[str, list[str]] = {}
            for chunk in range(0, len(ids), 500):
                part = ids[chunk : chunk + 500]
                marks = ", ".join("?" for _ in part)
                for village, parent in self.db.execute(
                    f"SELECT id, parent_id FROM locations WHERE id IN ({marks}) ORDER BY code", part
                ):
                    parents.setdefault(parent, []).append(village)
            communes[province] = tuple(tuple(v) for v in parents.values())
        order = sorted(villages)
        for programme, n in zip(programmes, sizes, strict=True):
            province = programme["_province"]
            # a move planted among the duplicates goes to the next province's first villages
            there = order[(order.index(province) + 1) % len(order)]
            there_country, there_abbrev = self.province_abbrev[there]
            office = f"{there_country}-{there_abbrev}"
            elsewhere = tuple((v, location_id(there), office) for v in villages[there][:8] if there != province)
            chunk_programme = self._chunk_programme(project, programme, villages[province])
            planned.append((replace(chunk_programme, communes=communes[province], elsewhere=elsewhere), n))
        return scale.plan_chunks(planned, spec.seed, self.serial, self.case_counter)

    def finish(self, projects: list[dict[str, Any]]) -> None:
        for project in projects:
            withdrawn, prevented = SEED_RESULTS[project["code"]]
            got = dict(
                self.db.execute(
                    "SELECT outcome, count(*) FROM children "
                    "WHERE project_id = ? AND deleted = 0 AND outcome IS NOT NULL GROUP BY outcome",
                    [project["id"]],
                ).fetchall()
            )
            if got.get("withdrawn") != withdrawn or got.get("prevented") != prevented:
                raise KnownError(
                    f"Demo data for {project['code']} derived {got}, expected "
                    f"{withdrawn} withdrawn and {prevented} prevented."
                )
        for key in ("children", "households", "services", "follow_ups"):
            self.counts.setdefault(key, 0)


def _workers(spec: DemoSpec, total: int, chunks: int) -> int:
    """Processes to build the scale-up's rows: none for a small set or where fork is missing."""
    if spec.workers is not None:
        wanted = spec.workers
    elif total < PARALLEL_FROM:
        wanted = 0
    else:
        # This process writes (about a third of the work); the rest is Python building rows.
        wanted = max(1, min(4, os.cpu_count() or 1))
    if wanted and "fork" not in multiprocessing.get_all_start_methods():
        return 0
    return max(0, min(wanted, chunks))


def _built_chunks(chunks: list[scale.Chunk], workers: int) -> Iterator[scale.Built]:
    """The chunks' rows in chunk order; with workers, worker k builds chunks k, k + workers, ...

    Each worker sends its chunks down its own pipe in order, so reading the pipes in turn yields
    chunk 0, 1, 2, ...; a worker runs at most a chunk ahead of the writer (the pipe blocks).
    """
    if not workers:
        for chunk in chunks:
            yield scale.build_chunk(chunk)
        return
    ctx = multiprocessing.get_context("fork")
    pipes, processes = [], []
    try:
        for k in range(workers):
            receive, send = ctx.Pipe(duplex=False)
            process = ctx.Process(target=_chunk_worker, args=(chunks[k::workers], send), daemon=True)
            process.start()
            send.close()
            pipes.append(receive)
            processes.append(process)
        for number in range(len(chunks)):
            try:
                kind, payload = pipes[number % workers].recv()
            except EOFError:
                raise KnownError("A demo data worker stopped without finishing.") from None
            if kind == "error":
                raise KnownError(f"A demo data worker failed: {payload}")
            yield payload
    finally:
        for receive in pipes:
            receive.close()
        for process in processes:
            process.join(timeout=10)
            if process.is_alive():
                process.terminate()
                process.join()


def _chunk_worker(chunks: list[scale.Chunk], send: Any) -> None:
    """Runs in a forked process: builds its chunks and never touches the database connection."""
    try:
        for chunk in chunks:
            send.send(("rows", scale.build_chunk(chunk)))
    except BrokenPipeError:
        pass  # the writer stopped (an error there): nothing more to send
    except BaseException as exc:  # reported to the writer, which raises
        send.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        send.close()
