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

import json
import logging
import multiprocessing
import os
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, ClassVar

from sqlite_utils import Database

from cl_desktop.demo import scale
from cl_desktop.demo.names import (
    CA_VILLAGES,
    KHMER_VILLAGE_HEADS,
    KHMER_VILLAGE_TAILS,
    KHMER_VILLAGES,
    child_name,
)
from cl_desktop.domain.rules import Thresholds, age_on, classify_work
from cl_desktop.errors import KnownError, RefusedInput
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
from cl_desktop.store.meta import set_meta
from cl_desktop.store.migrations_lists import name_sort
from cl_desktop.store.migrations_names import name_translit
from cl_desktop.store.schema import CHILDREN_SEARCH_TRIGGER_NAMES

log = logging.getLogger("cl_desktop.demo")

DATA = Path(__file__).parent / "data"
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


@dataclass(frozen=True)
class DemoSpec:
    children: int | None = None  # total children; None = the seed population only
    seed: int = 2008
    workers: int | None = None  # processes building the scale-up's rows; None = by size and cores, 0 = none


def seed_population() -> int:
    return sum(round((w + p) * (1 + IN_PROGRESS_SHARE + AT_RISK_SHARE)) for w, p in SEED_RESULTS.values())


def create_demo_database(path: str | Path, spec: DemoSpec = DemoSpec(), progress: Progress | None = None) -> Database:
    """A new demo database at ``path``, built beside it and renamed into place when complete."""
    target = Path(path)
    if target.exists() and target.stat().st_size > 0:
        raise RefusedInput(f"{target} already exists; the demo needs a new file.")
    part = target.with_name(target.name + ".part")
    _remove(part)
    db = create_database(part, office_code="HQ", office_name="National Project Office (demo)", hq=True)
    try:
        # A file nobody else has open yet: no WAL (every page would be written twice) and no
        # syncs while loading; the durable settings are restored and the file synced before it
        # takes the target's name.
        db.execute("PRAGMA journal_mode=MEMORY")
        db.execute("PRAGMA synchronous=OFF")
        generate(db, spec, progress)
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


def generate(db: Database, spec: DemoSpec = DemoSpec(), progress: Progress | None = None) -> dict[str, int]:
    report = progress or (lambda _msg, _frac: None)
    actor = Actor(username="demo", role=Role.ADMIN, office="HQ")
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


_JSON_LISTS: dict[tuple[str, ...], str] = {}


def _json_list(items: Sequence[str]) -> str:
    """json.dumps of a short list of codes, memoised (the same few lists recur a million times)."""
    key = tuple(items)
    text = _JSON_LISTS.get(key)
    if text is None:
        text = _JSON_LISTS[key] = json.dumps(list(items))
    return text


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
                    + ("the urban informal economy" if sector == "other" else (label[0] if label else sector).lower()),
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
                f"({', '.join('?' for _ in _BulkWriter.ORDER)})",
                list(_BulkWriter.ORDER),
            ).fetchall()
            if set_aside_while_loading(name, sql)
        ]
        for name, _sql in set_aside:
            self.db.execute(f'DROP TRIGGER "{name}"')
        # Secondary indexes are built once after the load: a sort is far cheaper than a million
        # random insertions into each index (the benchmarks measure the difference).
        indexes = self.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
            f"({', '.join('?' for _ in _BulkWriter.ORDER)})",
            list(_BulkWriter.ORDER),
        ).fetchall()
        for name, _sql in indexes:
            self.db.execute(f'DROP INDEX "{name}"')
        writer = _BulkWriter(self.db, self.author, self.now)
        self._people(plans, writer, lambda done: report(f"Children: {done:,} of {total:,}", 0.05 + 0.8 * done / total))
        writer.flush()
        counts = dict(writer.counts)
        if scale_project is not None:
            for table, n in self._scale_people(scale_project, spec, report, seeds, total).items():
                counts[table] += n
        report("Building the indexes", 0.85)
        for _name, sql in indexes:
            self.db.execute(sql)
        for _name, sql in set_aside:
            self.db.execute(sql)
        refresh_keys(self.db)  # the duplicate review's name keys of the new children, in one pass
        for prefix, last in self.case_counter.items():
            self.db.execute(
                "INSERT INTO case_counters(prefix, last) VALUES (?, ?) "
                "ON CONFLICT(prefix) DO UPDATE SET last = excluded.last",
                [prefix, last],
            )
        self.counts.update(counts)
        for table, n in counts.items():
            records.append_audit(
                self.db,
                self.author,
                action="bulk",
                table=table,
                row_id=None,
                row_version=None,
                base_version=None,
                changes={"rows": n},
            )

    def rebuild_search(self) -> None:
        """The search indexes, in one pass each (last: SQLite functions cannot be defined after it
        in the same transaction, the index keeps statements open until the commit)."""
        for (table,) in self.db.execute(
            "SELECT name FROM sqlite_master WHERE name IN ('children_fts', 'children_translit_fts') ORDER BY name"
        ).fetchall():
            self.db.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")

    def _people(
        self, plans: list[tuple[dict[str, Any], list[str]]], writer: _BulkWriter, flushed: Callable[[int], None]
    ) -> None:
        """Build every seed child's rows in plan order, from the generator's random stream."""
        done = 0
        for project, plan in plans:
            thresholds = Thresholds.from_project(project)
            programmes = self.programmes[project["id"]]
            weights = [p["target_withdrawn_f"] + p["target_withdrawn_m"] + 1 for p in programmes]
            chosen = self.rng.choices(range(len(programmes)), weights=weights, k=len(plan))
            last_household: dict[str, tuple[str, str, str]] = {}
            for kind, p_index in zip(plan, chosen, strict=True):
                self._child(writer, project, programmes[p_index], kind, thresholds, last_household)
                done += 1
                if done % 20_000 == 0:
                    writer.flush()
                    flushed(done)

    def _scale_chunks(self, project: dict[str, Any], spec: DemoSpec) -> list[scale.Chunk]:
        programmes = self.programmes[project["id"]]
        extra = (spec.children or 0) - seed_population()
        sizes = [p["_planned"] for p in programmes]
        sizes[sizes.index(max(sizes))] += extra - sum(sizes)  # the rounding remainder
        thresholds = Thresholds.from_project(project)
        planned = []
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
            country, abbrev = self.province_abbrev[province]
            # a move planted among the duplicates goes to the next province's first villages
            there = order[(order.index(province) + 1) % len(order)]
            there_country, there_abbrev = self.province_abbrev[there]
            office = f"{there_country}-{there_abbrev}"
            elsewhere = tuple((v, location_id(there), office) for v in villages[there][:8] if there != province)
            planned.append(
                (
                    scale.ScaleProgramme(
                        id=programme["id"],
                        project_id=project["id"],
                        province_id=location_id(province),
                        country=country,
                        abbrev=abbrev,
                        sector=programme["_sector"],
                        start=date.fromisoformat(programme["start_date"]),
                        end=date.fromisoformat(programme["end_date"]),
                        villages=villages[province],
                        thresholds=thresholds,
                        communes=communes[province],
                        elsewhere=elsewhere,
                    ),
                    n,
                )
            )
        return scale.plan_chunks(planned, spec.seed, self.serial, self.case_counter)

    def _scale_people(
        self, project: dict[str, Any], spec: DemoSpec, report: Progress, done: int, total: int
    ) -> dict[str, int]:
        """Write the scale-up's chunks in order, built here or by forked workers (the same rows)."""
        chunks = self._scale_chunks(project, spec)
        stamp = dict(zip(_BulkWriter.STAMP, _BulkWriter.stamp_of(self.author, self.now), strict=True))
        sql = {t: scale.insert_sql(t, stamp) for t in scale.TABLES}
        counts = dict.fromkeys(scale.TABLES, 0)
        pairs: list[tuple[str, str, str, str]] = []
        workers = _workers(spec, total, len(chunks))
        for built in _built_chunks(chunks, workers):
            for table in scale.TABLES:
                rows = built.rows[table]
                self.db.conn.executemany(sql[table], rows)
                counts[table] += len(rows)
            pairs.extend(built.duplicates)
            self.serial = max(self.serial, built.last_serial)
            done += len(built.rows["children"])
            report(f"Children: {done:,} of {total:,}", 0.05 + 0.8 * done / total)
        # a child planted as registered by another province's office carries that office's code
        self.db.conn.executemany(
            "UPDATE children SET office = ? WHERE case_number = ?", [(o, b) for _a, b, _k, o in pairs if o]
        )
        set_meta(self.db, PLANTED_DUPLICATES_KEY, json.dumps([[a, b, kind] for a, b, kind, _o in pairs]))
        self.counts["planted_duplicates"] = len(pairs)
        return counts

    def _child(
        self,
        w: _BulkWriter,
        project: dict[str, Any],
        programme: dict[str, Any],
        kind: str,
        thresholds: Thresholds,
        last_household: dict[str, tuple[str, str, str]],
    ) -> None:
        rng = self.rng
        province = programme["_province"]
        country, abbrev = self.province_abbrev[province]
        ap_start = date.fromisoformat(programme["start_date"])
        ap_end = date.fromisoformat(programme["end_date"])
        latest_intake = ap_end - timedelta(days=430)
        intake = ap_start + timedelta(days=rng.randint(0, max(1, (latest_intake - ap_start).days)))
        sex = "F" if rng.random() < 0.48 else "M"
        if kind == "withdrawn":
            age = rng.choice((9, 10, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17))
        elif kind == "in_progress":  # young enough that a relapse at follow-up is still child labour
            age = rng.choice((9, 10, 11, 12, 13, 14, 15))
        else:
            age = rng.choice((6, 7, 8, 9, 10, 11, 12, 13, 14, 15))
        birth = intake - timedelta(days=365 * age + rng.randint(30, 330))
        age = age_on(birth, intake)
        name, latin = child_name(rng.choice, country, sex)
        # household: siblings share one
        prev = last_household.get(programme["id"])
        if prev and rng.random() < 0.35:
            household_id, village, head = prev
        else:
            village = rng.choice(self.villages[province])
            household_id = self.new_id()
            family_latin = latin.split()[0] if country == "KH" else latin.split()[-1]
            guardian_sex = "F" if rng.random() < 0.6 else "M"
            head, head_latin = child_name(rng.choice, country, guardian_sex)
            if country == "KH":
                head = name.split()[0] + " " + head.split()[1]
                head_latin = family_latin + " " + head_latin.split(maxsplit=1)[1]
            members = rng.randint(3, 9)
            markers = rng.sample(
                ("below_poverty_line", "landless", "debt", "food_shortage", "migrant"), rng.randint(0, 3)
            )
            w.household(
                (
                    household_id,
                    f"HH-{country}-{abbrev}-{self.serial:07d}",
                    programme["id"],
                    village,
                    head,
                    head_latin,
                    guardian_sex,
                    members,
                    min(members - 1, rng.randint(1, 5)),
                    _json_list(markers),
                    "",
                    intake.isoformat(),
                )
            )
            if rng.random() < 0.25:
                w.service(
                    (
                        self.new_id(),
                        None,
                        household_id,
                        programme["id"],
                        "livelihood",
                        (intake + timedelta(days=rng.randint(30, 200))).isoformat(),
                        None,
                        "",
                        "",
                    )
                )
            last_household[programme["id"]] = (household_id, village, head)
        # intake work situation planned to give the intended status
        hazards: list[str] = []
        risks: list[str] = []
        if kind in ("withdrawn", "in_progress"):
            working = 1
            if rng.random() < 0.5:
                hazards = rng.sample(
                    (
                        "heavy_loads",
                        "dust_fumes",
                        "extreme_heat",
                        "dangerous_tools",
                        "long_hours",
                        "chemicals",
                        "night_work",
                    ),
                    rng.randint(1, 2),
                )
                hours = rng.randint(15, 50)
            else:
                hours = rng.randint(20, 42) if age <= thresholds.light_work_max_age else rng.randint(45, 60)
            school = rng.choice(("dropped_out", "never_enrolled", "attending_irregularly"))
        else:
            working = 1 if age >= 12 and rng.random() < 0.3 else 0
            hours = rng.randint(4, 12) if working else 0
            risks = rng.sample(
                (
                    "sibling_working",
                    "out_of_school",
                    "poor_household",
                    "migrant_family",
                    "orphan",
                    "near_worksite",
                    "trafficking_risk",
                ),
                rng.randint(1, 3),
            )
            school = rng.choice(("attending_irregularly", "attending_regularly", "dropped_out"))
        status = classify_work(
            age, working=bool(working), hours_per_week=hours, hazards=hazards, risk_factors=risks, thresholds=thresholds
        ).value
        sector = programme["_sector"] if working else ""
        child_id = self.new_id()
        prefix = f"{country}-{abbrev}"
        number = self.case_counter.get(prefix, 0) + 1
        self.case_counter[prefix] = number
        w.child(
            (
                child_id,
                f"{prefix}-{number:06d}",
                project["id"],
                programme["id"],
                household_id,
                name,
                latin,
                sex,
                birth.isoformat(),
                int(rng.random() < 0.1),
                village,
                location_id(province),
                head,
                rng.choice(("mother", "father", "grandparent", "relative")),
                1,
                intake.isoformat(),
                intake.isoformat(),
                working,
                "",
                sector,
                hours,
                _json_list(hazards),
                (age - rng.randint(1, 3)) if working and age > 8 else None,
                school,
                _json_list(risks),
                "",
                status,
                age,
            )
        )
        # services and follow-ups
        gap = rng.randint(7, 45)
        service_start = intake + timedelta(days=gap)
        if kind != "at_risk" or rng.random() < 0.5:
            if age >= 15 and rng.random() < 0.5:
                edu = "vocational_training"
            else:
                edu = rng.choices(("formal_education", "nonformal_education", "scholarship"), (5, 4, 1))[0]
            w.service(
                (
                    self.new_id(),
                    child_id,
                    None,
                    programme["id"],
                    edu,
                    service_start.isoformat(),
                    (service_start + timedelta(days=rng.randint(180, 400))).isoformat(),
                    "",
                    "",
                )
            )
            has_education = True
        else:
            has_education = False
        extras = (
            ("school_supplies", "health", "counselling", "cash_transfer", "referral")
            if has_education
            else ("health", "counselling", "cash_transfer", "referral")
        )
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            day = service_start + timedelta(days=rng.randint(0, 200))
            if day <= ap_end:
                w.service(
                    (self.new_id(), child_id, None, programme["id"], rng.choice(extras), day.isoformat(), None, "", "")
                )
        if gap > 3:
            self._visit(
                w,
                child_id,
                birth,
                intake + timedelta(days=rng.randint(1, gap - 1)),
                True,
                hazards or ["long_hours"],
                hours or 20,
                thresholds,
            )
        if not has_education:
            return
        visits: list[tuple[date, bool]] = []
        f1 = service_start + timedelta(days=rng.randint(30, 100))
        if kind == "withdrawn":
            f2 = f1 + timedelta(days=rng.randint(95, 200))
            visits = [(f1, False), (f2, False)]
            if rng.random() < 0.5:
                visits.append((f2 + timedelta(days=rng.randint(60, 150)), False))
        elif kind == "prevented":
            visits = [(f1, False)]
            if rng.random() < 0.6:
                visits.append((f1 + timedelta(days=rng.randint(60, 200)), False))
        elif kind == "in_progress":
            visits = [(f1, False)]
            if rng.random() < 0.4:
                visits.append((f1 + timedelta(days=rng.randint(60, 120)), True))
        for day, bad in visits:
            self._visit(w, child_id, birth, day, bad, ["heavy_loads"], 30, thresholds)

    def _visit(
        self,
        w: _BulkWriter,
        child_id: str,
        birth: date,
        day: date,
        bad: bool,
        hazards: list[str],
        hours: int,
        thresholds: Thresholds,
    ) -> None:
        rng = self.rng
        age = age_on(birth, day)
        if bad:
            working, visit_hazards, visit_hours = 1, hazards, hours
            school, attendance = "dropped_out", None
        else:
            working, visit_hazards, visit_hours = 0, [], 0
            school = "attending_regularly" if rng.random() < 0.8 else "attending_irregularly"
            attendance = rng.randint(75, 100) if school == "attending_regularly" else rng.randint(40, 74)
        status = classify_work(
            age, working=bool(working), hours_per_week=visit_hours, hazards=visit_hazards, thresholds=thresholds
        ).value
        w.follow_up(
            (
                self.new_id(),
                child_id,
                day.isoformat(),
                working,
                visit_hours,
                _json_list(visit_hazards),
                school,
                attendance,
                "Field officer",
                "",
                status,
            )
        )

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


class _BulkWriter:
    """Buffers row tuples and writes them with executemany, stamping the sync columns."""

    COLUMNS: ClassVar[dict[str, tuple[str, ...]]] = {
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
            "address",
            "registered_on",
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
            "consent",
            "consent_date",
            "intake_date",
            "working",
            "work_activities",
            "sector",
            "hours_per_week",
            "hazards",
            "age_started_work",
            "school_status",
            "risk_factors",
            "notes",
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
            "provider",
            "notes",
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
            "visited_by",
            "notes",
            "work_status",
        ),
    }
    ORDER = ("households", "children", "services", "follow_ups")

    STAMP = ("office", "created_at", "created_by", "updated_at", "updated_by", "version", "deleted")

    def __init__(self, db: Database, author: records.Author, now: str) -> None:
        self.db = db
        self.stamp = self.stamp_of(author, now)
        self.buffers: dict[str, list[tuple[Any, ...]]] = {t: [] for t in self.ORDER}
        self.counts = {t: 0 for t in self.ORDER}
        self.sql = {
            t: f"INSERT INTO {t} ({', '.join((*cols, *self.STAMP))}) "
            f"VALUES ({', '.join('?' for _ in range(len(cols) + len(self.STAMP)))})"
            for t, cols in self.COLUMNS.items()
        }

    @staticmethod
    def stamp_of(author: records.Author, now: str) -> tuple[Any, ...]:
        return (author.office, now, author.user, now, author.user, 1, 0)

    def household(self, row: tuple[Any, ...]) -> None:
        self.buffers["households"].append(row + self.stamp)

    def child(self, row: tuple[Any, ...]) -> None:
        name = row[5]
        self.buffers["children"].append((*row, name_sort(name), name_translit(name), *self.stamp))

    def service(self, row: tuple[Any, ...]) -> None:
        self.buffers["services"].append(row + self.stamp)

    def follow_up(self, row: tuple[Any, ...]) -> None:
        self.buffers["follow_ups"].append(row + self.stamp)

    def flush(self) -> None:
        for table in self.ORDER:
            rows = self.buffers[table]
            if rows:
                self.db.conn.executemany(self.sql[table], rows)
                self.counts[table] += len(rows)
                rows.clear()


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
