"""The dashboard's figures as a service: the same numbers the page draws, with the role checked first."""

from __future__ import annotations

from typing import Any

import pytest
from factories import ctx_for

from cl_desktop.errors import NotFound
from cl_desktop.figures import indicators
from cl_desktop.security.roles import Role
from cl_desktop.services.dashboard import STEPS, Dashboard
from cl_desktop.services.periods import Periods
from cl_desktop.services.projects import Projects


class Recorder:
    """A progress reporter that can ask the computation to stop after a given step."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.steps: list[tuple[int, int]] = []
        self.stop_after = stop_after

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self.steps.append((done, total))

    def check(self) -> None:
        if self.stop_after is not None and len(self.steps) >= self.stop_after:
            raise InterruptedError("stopped")


@pytest.fixture
def project(demo_db: Any) -> dict[str, Any]:
    return Projects(ctx_for(demo_db)).by_code("KH-WFCL")


def test_a_clerk_sees_the_demo_projects_figures(demo_db: Any, project: dict[str, Any]) -> None:
    job = Recorder()
    data = Dashboard(ctx_for(demo_db, Role.CLERK, user="clerk")).compute(project["id"], job=job)
    assert data.indicators.withdrawn_cumulative.total == 5860
    assert data.indicators.prevented_cumulative.total == 5884
    assert sum(n.total for n in data.withdrawn_by_age.values()) == 5860
    assert sum(n.total for n in data.prevented_by_age.values()) == 5884
    assert sum(n for _, n, _ in data.by_programme) == 5860 + 5884
    assert job.steps == [(1, STEPS), (2, STEPS), (3, STEPS)]


def test_one_programme_narrows_withdrawn_and_prevented_but_not_the_projects_indicators(
    demo_db: Any, project: dict[str, Any]
) -> None:
    ctx = ctx_for(demo_db, Role.CLERK, user="clerk")
    programme = Projects(ctx).programmes(project["id"])[0]
    whole = Dashboard(ctx).compute(project["id"])
    one = Dashboard(ctx).compute(project["id"], programme_id=programme["id"])
    expected = indicators.outcome_totals(demo_db, project["id"], "withdrawn", programme_id=programme["id"])
    assert one.indicators.withdrawn_cumulative == expected
    assert 0 < expected.total < whole.indicators.withdrawn_cumulative.total
    assert one.indicators.target_withdrawn.total == programme["target_withdrawn_f"] + programme["target_withdrawn_m"]
    assert one.indicators.e1_cumulative == whole.indicators.e1_cumulative
    assert sum(n.total for n in one.withdrawn_by_age.values()) == expected.total


def test_a_period_counts_up_to_its_end(demo_db: Any) -> None:
    ctx = ctx_for(demo_db)
    project = Projects(ctx).by_code("CAR-WFCL")
    assert Dashboard(ctx).compute(project["id"]).indicators.withdrawn_cumulative.total == 353
    first = Periods(ctx).list(project["id"])[0]
    data = Dashboard(ctx).compute(project["id"], period_id=first["id"])
    until_end = indicators.outcome_totals(demo_db, project["id"], "withdrawn", until=first["end_date"])
    assert data.indicators.period["id"] == first["id"]
    assert data.indicators.withdrawn_cumulative == until_end
    assert data.indicators.withdrawn_period.total <= until_end.total < 353


def test_a_stop_request_ends_the_computation_between_steps(demo_db: Any, project: dict[str, Any]) -> None:
    job = Recorder(stop_after=1)
    with pytest.raises(InterruptedError):
        Dashboard(ctx_for(demo_db)).compute(project["id"], job=job)
    assert job.steps == [(1, STEPS)]


def test_an_unknown_project_is_refused_in_one_sentence(demo_db: Any) -> None:
    with pytest.raises(NotFound):
        Dashboard(ctx_for(demo_db)).compute("no-such-project")
