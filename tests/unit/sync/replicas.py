"""A headquarters and its offices as real database files exchanging real bundle files."""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
from pathlib import Path
from typing import Any

from factories import intake
from sqlite_utils import Database

from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import location_id
from cl_desktop.services.setup import create_database
from cl_desktop.store import open_database, records
from cl_desktop.store.schema import SYNCED_TABLES
from cl_desktop.sync.engine import ImportResult, export_bundle, import_bundle
from cl_desktop.sync.setup_file import add_office, init_from_setup

# Columns each replica stamps for itself: the version counts local changes and the stamp says when
# the change was applied here. Everything else must be equal everywhere.
LOCAL_COLUMNS = {"version", "updated_at", "updated_by"}
VILLAGES = {"KH-A": "KH-8", "KH-B": "KH-12", "HQ": "KH-3"}


class Network:
    def __init__(self, folder: Path, offices: tuple[str, ...] = ("KH-A", "KH-B"), template: Path | None = None) -> None:
        self.folder = folder
        self._n = itertools.count(1)
        if template is not None:
            self._copy(template, offices)
            return
        hq = create_database(folder / "hq.sqlite", office_code="HQ", office_name="Headquarters", hq=True)
        self.dbs: dict[str, Database] = {"HQ": hq}
        ctx = self.ctx("HQ")
        self.project = Projects(ctx).create(
            {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
        )
        self.programme = Projects(ctx).create_programme(
            {
                "code": "KH-T-AP1",
                "project_id": self.project["id"],
                "title": "Brick kilns",
                "start_date": "2009-02-01",
                "end_date": "2012-11-30",
                "sectors": ["brick_making"],
                "strategy": ["withdrawal"],
            },
            [location_id("KH-8")],
        )
        for code in offices:
            setup = folder / f"{code}.setup"
            add_office(hq, code=code, name=f"Office {code}", out=setup, user="admin", passphrase=f"pw-{code}")
            self.dbs[code] = init_from_setup(folder / f"{code}.sqlite", setup, f"pw-{code}")

    def _copy(self, template: Path, offices: tuple[str, ...]) -> None:
        """Start from copies of a network built once (building one costs about half a second)."""
        self.dbs = {}
        for code in ("HQ", *offices):
            name = "hq.sqlite" if code == "HQ" else f"{code}.sqlite"
            src = sqlite3.connect(template / name)
            dst = sqlite3.connect(self.folder / name)
            src.backup(dst)
            src.close()
            dst.close()
            self.dbs[code] = open_database(self.folder / name)
        self.project = next(self.dbs["HQ"].query("SELECT * FROM projects WHERE code = 'KH-T'"))
        self.programme = next(self.dbs["HQ"].query("SELECT * FROM action_programmes WHERE code = 'KH-T-AP1'"))

    def ctx(self, code: str, user: str | None = None) -> Context:
        return Context(self.dbs[code], Actor(username=user or f"user-{code}", role=Role.ADMIN, office=code))

    def author(self, code: str, user: str | None = None) -> records.Author:
        return records.Author(user=user or f"user-{code}", office=code)

    def register(self, code: str, name: str = "សុខ ស្រីមុំ", **overrides: Any) -> dict[str, Any]:
        values = intake(self.project, self.programme, location_id(VILLAGES.get(code, "KH-3")), name=name, **overrides)
        return Children(self.ctx(code)).register(values)

    def edit(self, code: str, table: str, row_id: str, **values: Any) -> None:
        records.update(self.dbs[code], table, row_id, values, self.author(code))

    def delete(self, code: str, table: str, row_id: str) -> None:
        records.delete(self.dbs[code], table, row_id, self.author(code), reason="test")

    def send(self, code: str, *, full: bool = False) -> Path:
        path = self.folder / f"{code}-{next(self._n)}.bundle"
        export_bundle(self.dbs[code], path, user="test", full=full)
        return path

    def ret(self, code: str, *, full: bool = False) -> Path:
        path = self.folder / f"HQ-to-{code}-{next(self._n)}.bundle"
        export_bundle(self.dbs["HQ"], path, user="test", full=full, office=code)
        return path

    def load(self, code: str, path: Path) -> ImportResult:
        return import_bundle(self.dbs[code], path, user="test")

    def sync_all(self, rounds: int = 2) -> None:
        """Every office sends, headquarters answers every office; twice so every change goes around."""
        for _ in range(rounds):
            for code in self.offices:
                self.load("HQ", self.send(code))
            for code in self.offices:
                self.load(code, self.ret(code))

    @property
    def offices(self) -> list[str]:
        return [c for c in self.dbs if c != "HQ"]

    def reopen(self, code: str) -> Database:
        self.dbs[code].close()
        self.dbs[code] = open_database(self.folder / ("hq.sqlite" if code == "HQ" else f"{code}.sqlite"))
        return self.dbs[code]

    def close(self) -> None:
        for db in self.dbs.values():
            db.close()


def content(db: Database, office: str | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Row contents of every synced table, without the columns each replica stamps for itself; with
    ``office``, only the rows headquarters' database (``db``) lets that office hold."""
    keep = held(db, office) if office else None
    out = {}
    for table in SYNCED_TABLES:
        cols = [c for c in db[table].columns_dict if c not in LOCAL_COLUMNS]
        rows = db.execute(f"SELECT {', '.join(cols)} FROM [{table}] ORDER BY id").fetchall()
        if keep is not None and table in keep:
            rows = [r for r in rows if r[cols.index("id")] in keep[table]]
        out[table] = [tuple(r) for r in rows]
    return out


def held(db: Database, office: str) -> dict[str, set[str]]:
    """What an office may hold, worked out here from the rules as docs/sync.md states them: its own
    accounts, and the children in its provinces or programmes
    or created by it, with their households, services and visits (every child if it has no scope)."""
    out = {"users": {r[0] for r in db.execute("SELECT id FROM users WHERE office_code = ?", [office])}}
    raw = db.execute("SELECT scope FROM offices WHERE code = ?", [office]).fetchone()[0]
    if raw is None:
        return out
    scope = json.loads(raw)
    provinces = {r[0] for r in db.execute("SELECT id, code FROM locations") if r[1] in scope["provinces"]}
    programmes = {r[0] for r in db.execute("SELECT id, code FROM action_programmes") if r[1] in scope["programmes"]}

    def province(location: str | None) -> str | None:
        while location is not None:
            level, parent = db.execute("SELECT level, parent_id FROM locations WHERE id = ?", [location]).fetchone()
            if level == "province":
                return location
            location = parent
        return None

    # the last confirmed transfer of each child says who holds it, and that its sender no longer does
    last: dict[str, tuple[str, str]] = {}
    for child_id, source, target in db.execute(
        "SELECT child_id, from_office, to_office FROM transfers WHERE confirmed_at IS NOT NULL AND deleted = 0 "
        "ORDER BY confirmed_at, id"
    ):
        last[child_id] = (source, target)
    away = {c for c, (_s, t) in last.items() if t != office}
    handed = {c for c, (s, t) in last.items() if s == office and t != office}
    children = {
        cid
        for cid, owner, prov, prog, loc in db.execute(
            "SELECT id, office, province_id, programme_id, location_id FROM children"
        )
        if (owner == office and cid not in away)
        or last.get(cid, ("", ""))[1] == office
        or prog in programmes
        or (prov or province(loc)) in provinces
    }
    own_services = list(db.execute("SELECT child_id, household_id FROM services WHERE office = ?", [office]))
    children |= {c for c, _ in own_services if c and c not in away} | {
        r[0] for r in db.execute("SELECT child_id FROM follow_ups WHERE office = ?", [office]) if r[0] not in away
    }
    children -= handed
    households = {h for _, h in own_services if h} | {
        hid
        for hid, owner, prog, loc in db.execute("SELECT id, office, programme_id, location_id FROM households")
        if owner == office or prog in programmes or province(loc) in provinces
    }
    households |= {
        h for cid, h in db.execute("SELECT id, household_id FROM children") if cid in children and h is not None
    }
    out["children"] = children
    out["case_aliases"] = {r[0] for r in db.execute("SELECT id, child_id FROM case_aliases") if r[1] in children}
    out["households"] = households
    out["services"] = {
        sid
        for sid, owner, c, h in db.execute("SELECT id, office, child_id, household_id FROM services")
        if (owner == office and c not in away) or c in children or h in households
    }
    out["follow_ups"] = {
        fid
        for fid, owner, c in db.execute("SELECT id, office, child_id FROM follow_ups")
        if (owner == office and c not in away) or c in children
    }
    return out


def dump_digest(db: Database) -> str:
    """A digest of every row of every table (sync bookkeeping included): 'unchanged' means unchanged."""
    digest = hashlib.sha256()
    names = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    for name in names:
        digest.update(name.encode())
        for row in sorted(repr(r) for r in db.execute(f"SELECT * FROM [{name}]")):
            digest.update(row.encode())
    return digest.hexdigest()
