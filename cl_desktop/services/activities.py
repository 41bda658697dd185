"""Editing recorded activities and reading one narrative section: what the forms need beyond ``projects``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cl_desktop.domain.validation import Checker
from cl_desktop.services.context import Context
from cl_desktop.services.periods import Periods
from cl_desktop.services.projects import Projects
from cl_desktop.store import records


def validate_activity(ctx: Context, project_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The same checks ``Projects.record_activity`` makes, for an edit."""
    return Projects(ctx).validate_activity(project_id, values)


def update_activity(
    ctx: Context, activity_id: str, values: Mapping[str, Any], *, base_version: int | None = None
) -> dict[str, Any]:
    ctx.require("activity.write")
    existing = records.get_row(ctx.db, "activities", activity_id)
    periods = Periods(ctx)
    c = Checker(existing)
    periods.check_unlocked(c, existing["project_id"], "start_date", existing["start_date"])
    c.finish()
    clean = validate_activity(ctx, existing["project_id"], {**existing, **values})
    changes = {k: v for k, v in clean.items() if k in values}
    return records.update(ctx.db, "activities", activity_id, changes, ctx.author(), base_version=base_version)


def narrative_text(ctx: Context, period_id: str, section: str, language: str) -> str:
    """The body of one narrative section in one language ('' when not written yet)."""
    row = ctx.db.execute(
        "SELECT body FROM narratives WHERE period_id = ? AND section = ? AND language = ? AND deleted = 0",
        [period_id, section, language],
    ).fetchone()
    return str(row[0]) if row else ""
