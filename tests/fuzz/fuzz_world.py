"""Shared by the fuzz tests: how many examples, and a small office to write into."""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings

# A few seconds per target in `make test`; `make fuzz` sets FUZZ_EXAMPLES=5000.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
    derandomize=EXAMPLES <= 100,  # make test stays reproducible; make fuzz explores
)


def build_office(db: Any) -> dict[str, Any]:
    """A project, a programme and a village, created by an administrator."""
    from factories import ctx_for

    from cl_desktop.services.projects import Projects
    from cl_desktop.services.reference import location_id

    projects = Projects(ctx_for(db))
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
    return {"project": project, "programme": programme, "village": village}
