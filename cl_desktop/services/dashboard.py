"""The dashboard's figures for one project and period: a role-checked read the page runs off the GUI thread.

Withdrawn and prevented against targets, the project's indicators, the counts by
age group and by action programme, and the data-quality findings. No Qt: the page
calls ``Dashboard(ctx).compute`` in a worker and only draws the result.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Protocol

from sqlite_utils import Database

from cl_desktop.figures import indicators, quality
from cl_desktop.figures.indicators import BySex, ProjectIndicators
from cl_desktop.services.context import Context
from cl_desktop.services.periods import Periods
from cl_desktop.services.projects import Projects
from cl_desktop.services.referrals import Referrals

STEPS = 4


class Progress(Protocol):
    """What a long read reports to and asks: the GUI's task ``Job`` has this shape."""

    def progress(self, done: int, total: int = 0, text: str = "") -> None: ...

    def check(self) -> None: ...


@dataclass
class DashboardData:
    """Everything the dashboard shows for one project and period."""

    indicators: ProjectIndicators
    withdrawn_by_age: dict[str, BySex]
    prevented_by_age: dict[str, BySex]
    by_programme: list[tuple[str, int, int]]  # code, withdrawn + prevented, target
    findings: list[quality.Finding]
    overdue_referrals: int = 0  # the project's referrals overdue today


def _programme_total(
    db: Database, project_id: str, until: str | None, programme_id: str | None, outcome: str, since: str | None
) -> BySex:
    return indicators.outcome_totals(db, project_id, outcome, since=since, until=until, programme_id=programme_id)


class Dashboard:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def compute(
        self,
        project_id: str,
        period_id: str | None = None,
        programme_id: str | None = None,
        job: Progress | None = None,
    ) -> DashboardData:
        """The figures of a project, in a period (or to date), for one action programme or all.

        With ``programme_id``, withdrawn and prevented (and their targets) are the programme's;
        E1, L1 and POC stay the project's.
        """
        self.ctx.require("data.read")
        db = self.ctx.db
        projects = Projects(self.ctx)
        project = projects.get(project_id)
        period = Periods(self.ctx).get(period_id) if period_id else None
        programmes = projects.programmes(project_id)
        programme: dict[str, Any] | None = None
        if programme_id:
            programme = next((p for p in programmes if p["id"] == programme_id), None)
        data = indicators.project_indicators(db, project, period)
        until = period["end_date"] if period else None
        since = period["start_date"] if period else None
        scope_programme = programme["id"] if programme else None
        if programme:
            scope = (db, project["id"], until, scope_programme)
            data = replace(
                data,
                withdrawn_period=_programme_total(*scope, "withdrawn", since),
                withdrawn_cumulative=_programme_total(*scope, "withdrawn", None),
                prevented_period=_programme_total(*scope, "prevented", since),
                prevented_cumulative=_programme_total(*scope, "prevented", None),
                target_withdrawn=BySex(programme["target_withdrawn_f"], programme["target_withdrawn_m"]),
                target_prevented=BySex(programme["target_prevented_f"], programme["target_prevented_m"]),
            )
        if job:
            job.progress(1, STEPS)
        by_age = {
            outcome: indicators.outcome_counts(
                db, project["id"], outcome, until=until, by="age_group", programme_id=scope_programme
            )
            for outcome in ("withdrawn", "prevented")
        }
        if job:
            job.check()
            job.progress(2, STEPS)
        programme_counts: dict[str, int] = {}
        for outcome in ("withdrawn", "prevented"):
            for key, n in indicators.outcome_counts(db, project["id"], outcome, until=until, by="programme").items():
                programme_counts[key] = programme_counts.get(key, 0) + n.total
        targets = ("target_withdrawn_f", "target_withdrawn_m", "target_prevented_f", "target_prevented_m")
        by_programme = [
            (r["code"], programme_counts.get(r["id"], 0), sum(int(r.get(t) or 0) for t in targets)) for r in programmes
        ]
        if job:
            job.check()
            job.progress(3, STEPS)
        # The suspected duplicate pairs too, as `cl-desktop check` counts them: read from the review queue
        # (kept current by every save, import and full check), never by running the scan here.
        found = quality.findings(db, project_id=project["id"])
        overdue = Referrals(self.ctx).overdue_count(project_id=project["id"])
        return DashboardData(data, by_age["withdrawn"], by_age["prevented"], by_programme, found, overdue)

    def duplicate_children(self, project_id: str | None) -> list[str]:
        """The children of the suspected duplicate pairs not yet reviewed, as the data-quality box counts them."""
        from cl_desktop.figures import duplicate_queue

        self.ctx.require("data.read")
        return duplicate_queue.children_in_pairs(self.ctx.db, project_id=project_id)
