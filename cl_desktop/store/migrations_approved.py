"""Schema migration for approved figures: what a reporting period's approval froze.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.

``approved_figures`` keeps, per approved period, the indicator form's figures as approved and the
children or households each one counted, so the approved report never changes silently and the
next report can list what a later change would restate. Written at approval by headquarters
(per replica, not synced; the approval itself is audited on ``reporting_periods``).
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS


@MIGRATIONS(name="0015_approved_figures")
def m0015_approved_figures(db: Database) -> None:
    db.execute(
        """CREATE TABLE approved_figures (
    period_id TEXT PRIMARY KEY NOT NULL REFERENCES reporting_periods(id),
    project_id TEXT NOT NULL REFERENCES projects(id),
    approved_at TEXT NOT NULL,
    rules_version INTEGER NOT NULL,
    figures TEXT NOT NULL,
    members TEXT NOT NULL
) STRICT"""
    )
