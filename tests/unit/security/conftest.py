"""A small office world (project, programme, period, household, child) built by an administrator."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for, intake

from cl_desktop.services.children import Children
from cl_desktop.services.periods import Periods
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import location_id


@dataclass
class World:
    db: Any
    project: dict[str, Any]
    programme: dict[str, Any]
    village: str
    period: dict[str, Any]
    child: dict[str, Any]
    household: dict[str, Any]


def household_values(world_village: str, **overrides: Any) -> dict[str, Any]:
    return {"head_name": "Chan Dara", "location_id": world_village, "members": 5, "registered_on": "2010-01-05",
            **overrides}


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """Built once per session (set-up hashes passwords and loads reference data), copied per test."""
    from cl_desktop.services.setup import create_database

    path = tmp_path_factory.mktemp("world") / "office.sqlite"
    db = create_database(
        path, office_code="KH-PNP", office_name="Phnom Penh office", hq=False, province_code="KH-12",
        admin_username="coord", admin_password="pw",
    )
    world = _build(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path, world


@pytest.fixture
def world(world_template: tuple[Path, World], tmp_path: Path) -> Iterator[World]:
    from cl_desktop.store import open_database

    template, built = world_template
    target = tmp_path / "office.sqlite"
    src, dst = sqlite3.connect(template), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    db = open_database(target)
    yield replace(built, db=db)
    db.close()


def _build(office_db: Any) -> World:
    ctx = ctx_for(office_db)
    projects = Projects(ctx)
    project = projects.create(
        {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
    )
    village = location_id("KH-8")
    programme = projects.create_programme(
        {
            "code": "KH-T-AP1",
            "project_id": project["id"],
            "title": "Brick kilns",
            "start_date": "2009-02-01",
            "end_date": "2012-11-30",
            "sectors": ["brick_making"],
            "strategy": ["withdrawal"],
        },
        [village],
    )
    children = Children(ctx)
    household = children.register_household(household_values(village))
    child = children.register(intake(project, programme, village))
    period = Periods(ctx).list(project["id"])[0]
    return World(office_db, project, programme, village, period, child, household)


def audit_count(db: Any) -> int:
    return int(db.execute("SELECT count(*) FROM audit_log").fetchone()[0])
