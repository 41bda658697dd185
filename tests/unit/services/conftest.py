from __future__ import annotations

from typing import Any

import pytest
from factories import ctx_for

from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import location_id


@pytest.fixture
def ctx(office_db: Any) -> Context:
    return ctx_for(office_db)


@pytest.fixture
def project(ctx: Context) -> dict[str, Any]:
    return Projects(ctx).create(
        {
            "code": "KH-T",
            "title": "Test project",
            "start_date": "2009-01-01",
            "end_date": "2012-12-31",
            "target_withdrawn_f": 10,
            "target_withdrawn_m": 10,
            "target_prevented_f": 10,
            "target_prevented_m": 10,
        }
    )


@pytest.fixture
def programme(ctx: Context, project: dict[str, Any]) -> dict[str, Any]:
    return Projects(ctx).create_programme(
        {
            "code": "KH-T-AP1",
            "project_id": project["id"],
            "title": "Brick kilns in Kandal",
            "start_date": "2009-02-01",
            "end_date": "2012-11-30",
            "budget": 100000,
            "expenditure": 50000,
            "sectors": ["brick_making"],
            "strategy": ["withdrawal"],
        },
        [location_id("KH-8")],
    )


@pytest.fixture
def village(office_db: Any) -> str:
    return location_id("KH-8")


@pytest.fixture
def children(ctx: Context) -> Children:
    return Children(ctx)


@pytest.fixture
def project_row(project: dict[str, Any]) -> dict[str, Any]:
    return project
