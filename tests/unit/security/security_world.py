"""A small office world (project, programme, period, household, child) built by an administrator."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    return {
        "head_name": "Chan Dara",
        "location_id": world_village,
        "members": 5,
        "registered_on": "2010-01-05",
        **overrides,
    }


def build_world(office_db: Any) -> World:
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
