"""Who is behind a figure: the condition that picks exactly the children (or households) a count counts.

The dashboard's cards, bars and data-quality findings each open the list of their records: a
``Figure`` names the count (withdrawn in a span, E1 by service type, POC1 as of a day, a finding…)
and :func:`condition` gives the SQL ``WHERE`` part over the list's table that selects its members,
written as the count's own SQL is, so 5,860 withdrawn opens 5,860 rows.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from cl_desktop.errors import UsageError
from cl_desktop.figures.indicators import _EDU, _IN_CL, _WORST, AGE_GROUP_SQL
from cl_desktop.figures.quality import CHECKS, overdue_follow_ups_sql


@dataclass(frozen=True)
class Figure:
    """One count: ``what`` (outcome, e1, l1, poc, overdue, finding) and its scope.

    ``key`` is the outcome (withdrawn, prevented, or counted for both), the service type (or total)
    for E1, the POC code, or the finding's key; ``since``/``until`` bound the dates the count reads;
    ``sex`` and ``age_group`` narrow it to one bar.
    """

    what: str
    project_id: str = ""
    key: str = ""
    since: str = ""
    until: str = ""
    programme_id: str = ""
    sex: str = ""
    age_group: str = ""
    threshold: int = 75
    ids: tuple[str, ...] = ()  # the children of the suspected duplicate pairs (found by a scan, not a query)

    def encode(self) -> str:
        return json.dumps({k: v for k, v in asdict(self).items() if v not in ("", None)}, sort_keys=True)

    @classmethod
    def decode(cls, text: str) -> Figure:
        try:
            values = json.loads(text)
            if not isinstance(values, dict):
                raise TypeError
            if "ids" in values:
                values["ids"] = tuple(str(i) for i in values["ids"])
            return cls(**values)
        except (TypeError, ValueError):
            raise UsageError("The figure's filter is not one this version reads.") from None


# The list each kind of figure opens.
LIST_OF = {"l1": "households", "finding:orphan_services": "services"}


def list_kind(figure: Figure) -> str:
    return LIST_OF.get(figure.what, LIST_OF.get(f"{figure.what}:{figure.key}", "children"))


def _span(column: str, since: str, until: str) -> tuple[str, list[Any]]:
    sql, args = "", []
    if since:
        sql += f" AND {column} >= ?"
        args.append(since)
    if until:
        sql += f" AND {column} <= ?"
        args.append(until)
    return sql, args


def condition(figure: Figure, alias: str) -> tuple[str, list[Any]]:
    """The ``WHERE`` part over ``alias`` (children, households or services) that selects the members."""
    f = figure
    if f.what == "l1":
        span, args = _span("s.start_date", f.since, f.until)
        sql = f"""{alias}.id IN (SELECT s.household_id FROM services s
            WHERE s.deleted = 0 AND s.service_type = 'livelihood'{span} AND s.household_id IS NOT NULL
              AND (s.programme_id IN (SELECT id FROM action_programmes WHERE project_id = ?)
                   OR {alias}.programme_id IN (SELECT id FROM action_programmes WHERE project_id = ?)))"""
        return _narrow(sql, [*args, f.project_id, f.project_id], f, alias, sex_column="head_sex")
    if f.what == "finding" and f.key == "orphan_services":
        sql = f"{alias}.child_id IS NOT NULL AND {alias}.child_id NOT IN (SELECT id FROM children WHERE deleted = 0)"
        if f.project_id:
            sql += f" AND {alias}.child_id IN (SELECT id FROM children WHERE project_id = ?)"
            return sql, [f.project_id]
        return sql, []
    c = alias
    if f.what == "outcome":
        span, args = _span(f"{c}.outcome_date", f.since, f.until)
        if f.key == "counted":
            sql = f"{c}.outcome IN ('withdrawn', 'prevented'){span}"
        else:
            sql, args = f"{c}.outcome = ?{span}", [f.key, *args]
    elif f.what == "e1":
        span, args = _span("s.start_date", f.since, f.until)
        types = _EDU if f.key in ("", "total") else "?"
        if f.key not in ("", "total"):
            args = [f.key, *args]
        sql = (
            f"{c}.work_status != 'not_at_risk' AND {c}.id IN (SELECT s.child_id FROM services s "
            f"WHERE s.deleted = 0 AND s.service_type IN ({types}){span})"
        )
    elif f.what == "poc":
        sql, args = _poc(f, c)
    elif f.what == "overdue":
        inner, args = overdue_follow_ups_sql()
        sql = f"{c}.id IN ({inner})"
    elif f.what == "finding":
        sql, args = _finding(f, c)
    else:
        raise UsageError(f"There is no figure {f.what!r}.")
    return _narrow(sql, args, f, c, sex_column="sex")


def _narrow(sql: str, args: list[Any], f: Figure, alias: str, *, sex_column: str) -> tuple[str, list[Any]]:
    """The scope every count has: the project, one programme, one sex, one age group."""
    sql = f"({sql})"
    if f.project_id and f.what not in ("l1",):
        sql += f" AND {alias}.project_id = ?"
        args = [*args, f.project_id]
    if f.programme_id:
        sql += f" AND {alias}.programme_id = ?"
        args = [*args, f.programme_id]
    if f.sex:
        sql += f" AND {alias}.{sex_column} = ?"
        args = [*args, f.sex]
    if f.age_group:
        sql += f" AND ({AGE_GROUP_SQL.replace('c.', alias + '.')}) = ?"
        args = [*args, f.age_group]
    return sql, args


def _poc(f: Figure, c: str) -> tuple[str, list[Any]]:
    """POC1-4 as ``participant_status`` counts them: status at the latest follow-up up to ``until``,
    else at intake, of the children registered by then."""
    flag = {
        "POC1": "coalesce(f.work_status, p.work_status) IN " + _IN_CL,
        "POC2": "coalesce(f.work_status, p.work_status) = 'hazardous'",
        "POC3": f"coalesce(f.work_status, p.work_status) IN {_IN_CL} AND p.sector IN {_WORST}",
        "POC4": """CASE WHEN p.latest IS NULL THEN p.school_status = 'attending_regularly'
                 WHEN f.attendance_percent IS NOT NULL THEN f.attendance_percent >= ?3
                 ELSE f.school_status = 'attending_regularly' END""",
    }.get(f.key)
    if flag is None:
        raise UsageError(f"There is no participant indicator {f.key!r}.")
    sql = f"""{c}.id IN (
        WITH p AS (
            SELECT c.id, c.work_status, c.sector, c.school_status,
                (SELECT f.rowid FROM follow_ups f WHERE f.child_id = c.id AND f.deleted = 0 AND f.visit_date <= ?1
                 ORDER BY f.visit_date DESC LIMIT 1) AS latest
            FROM children c WHERE c.project_id = ?2 AND c.deleted = 0 AND c.intake_date <= ?1
        )
        SELECT p.id FROM p LEFT JOIN follow_ups f ON f.rowid = p.latest WHERE coalesce({flag}, 0))"""
    # Numbered parameters inside a larger statement: give them their own names instead.
    sql = sql.replace("?1", ":poc_until").replace("?2", ":poc_project").replace("?3", ":poc_threshold")
    return _named(sql, {"poc_until": f.until, "poc_project": f.project_id, "poc_threshold": f.threshold})


def _named(sql: str, values: dict[str, Any]) -> tuple[str, list[Any]]:
    """Turn ``:name`` parameters into positional ``?`` ones, in order, so the list's query can append its own."""
    args: list[Any] = []
    out = sql
    while True:
        positions = [(out.find(f":{name}"), name) for name in values if out.find(f":{name}") >= 0]
        if not positions:
            return out, args
        at, name = min(positions)
        out = out[:at] + "?" + out[at + len(name) + 1 :]
        args.append(values[name])


def _finding(f: Figure, c: str) -> tuple[str, list[Any]]:
    if f.key == "overdue":
        inner, args = overdue_follow_ups_sql()
        return f"{c}.id IN ({inner})", args
    if f.key == "duplicates":
        return f"{c}.id IN (SELECT value FROM json_each(?))", [json.dumps(list(f.ids))]
    check = CHECKS.get(f.key)
    if check is None:
        raise UsageError(f"There is no data-quality check {f.key!r}.")
    return check.condition.replace("c.", f"{c}."), []
