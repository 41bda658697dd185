"""Common indicators computed from the records by SQL aggregates.

E1  children in or at high risk of child labour provided education or
    vocational services, by service type;
L1  households provided livelihood services;
POC1-4 % of participant children in child labour / hazardous child labour /
    other worst forms / attending school regularly (attendance ≥ threshold), the last
    of the children of compulsory school age (``projects.school_age_max``, age at intake);
POH1-4 the household equivalents;
and children withdrawn and prevented — each by sex, for the period and
cumulatively, and broken down by age group, sector, province and programme.

Figures that run up to a date (outcomes, E1 and L1 cumulatively, POC/POH as of a date, and the
TPR's breakdowns: E1 by work status and type, L1 by type, POC/POH at intake) and a reporting
period's E1 and L1 are read from ``indicator_summary`` (see ``figures/outcomes.py``)
when it is current — nothing pending, no rebuild due — and otherwise, or for what it does not hold
(E1 and L1 over dates that are not one of the project's reporting periods, one programme's
breakdowns, every project at once), computed from the records directly. Both give
the same figures; ``direct=True`` forces the direct queries. That choice is made in one place,
:func:`counts`, which every figure here and in the reports reads through.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.rules import AGE_GROUPS, EDUCATION_SERVICES
from cl_desktop.figures.indicator_facts import E1_KIND_OF, L1_KINDS, period_day

AGE_GROUP_SQL = (
    "CASE "
    + " ".join(f"WHEN c.age_at_intake BETWEEN {low} AND {high} THEN '{name}'" for name, low, high in AGE_GROUPS)
    + " ELSE 'other' END"
)

DIMENSIONS: dict[str, str] = {
    "total": "'total'",
    "age_group": AGE_GROUP_SQL,
    "sector": "c.sector",
    "province": "c.province_id",
    "programme": "c.programme_id",
}

_EDU = ", ".join(f"'{s}'" for s in sorted(EDUCATION_SERVICES))
_IN_CL = "('hazardous', 'child_labour')"
_WORST = "(SELECT code FROM reference_items WHERE list = 'sector' AND json_extract(attributes, '$.worst_form') = 1)"
# POC/POH1-4 of a child or household as the summary keys them: "1" or "0" for each (a NULL counts as 0)
_FLAGS = " || ".join(f"coalesce({flag}, 0)" for flag in ("cl", "hcl", "wfcl", "regular"))


@dataclass
class BySex:
    f: int = 0
    m: int = 0

    @property
    def total(self) -> int:
        return self.f + self.m

    def add(self, sex: str, n: int) -> None:
        if sex == "F":
            self.f += n
        else:
            self.m += n


@dataclass
class Ratio:
    """A percentage indicator: numerator and denominator by sex."""

    numerator: BySex = field(default_factory=BySex)
    denominator: BySex = field(default_factory=BySex)

    @staticmethod
    def pct(n: int, d: int) -> float | None:
        return round(100.0 * n / d, 1) if d else None

    @property
    def f(self) -> float | None:
        return self.pct(self.numerator.f, self.denominator.f)

    @property
    def m(self) -> float | None:
        return self.pct(self.numerator.m, self.denominator.m)

    @property
    def total(self) -> float | None:
        return self.pct(self.numerator.total, self.denominator.total)


def date_span(since: date | str | None, until: date | str | None, column: str) -> tuple[str, list[Any]]:
    """The ``AND column >= ? AND column <= ?`` clause (either bound optional) and its arguments."""
    sql, args = "", []
    if since:
        sql += f" AND {column} >= ?"
        args.append(str(since))
    if until:
        sql += f" AND {column} <= ?"
        args.append(str(until))
    return sql, args


def summary_current(db: Database) -> bool:
    """Whether ``indicator_summary`` holds every change: no rebuild due and nothing pending."""
    try:
        row = db.execute(
            "SELECT rebuild = 0 AND NOT EXISTS (SELECT 1 FROM indicator_pending) FROM indicator_state"
        ).fetchone()
    except sqlite3.OperationalError:  # a database from before the summary
        return False
    return bool(row and row[0])


def summary_sums(
    db: Database,
    project_id: str,
    measures: tuple[str, ...],
    dim: str,
    since: date | str | None,
    until: date | str | None,
    key: str | None = None,
    day: str | None = None,
) -> list[tuple[str, str, str, int]]:
    """(measure, key, sex, sum) from the summary over the days in the span ('' days only unbounded),
    or on the one ``day`` given (a reporting period's rows)."""
    if day is not None:
        span, args = " AND day = ?", [day]
    else:
        span, args = date_span(since, until, "day")
        if span:
            span += " AND day > ''"
    marks = ", ".join("?" for _ in measures)
    where = f"project_id = ? AND measure IN ({marks}) AND dim = ?{span}"
    params: list[Any] = [project_id, *measures, dim, *args]
    if key is not None:
        where += " AND key = ?"
        params.append(key)
    sql = f"SELECT measure, key, sex, sum(n) FROM indicator_summary WHERE {where} GROUP BY measure, key, sex"
    return [(m, k, s, n) for m, k, s, n in db.execute(sql, params) if n]


Count = tuple[str, str, str, int]  # (measure, key, sex, n)


def counts(
    db: Database,
    project_id: str,
    measures: tuple[str, ...],
    *,
    direct: tuple[str, Sequence[Any]],
    dim: str = "",
    since: date | str | None = None,
    until: date | str | None = None,
    key: str | None = None,
    summary: bool = True,
    day: str | None = None,
) -> list[Count]:
    """(measure, key, sex, n) of a count: the one place that chooses between the summary and the records.

    From ``indicator_summary`` (``measures`` of ``project_id`` in ``dim``, the days in the span or
    the one ``day`` given, one ``key`` or all) when it is current and ``summary`` says it holds the
    figure asked; else from ``direct``, the SQL and its arguments that give the same rows from the
    records.
    """
    if summary and summary_current(db):
        return summary_sums(db, project_id, measures, dim, since, until, key, day)
    sql, args = direct
    return [(str(m), str(k or ""), s, n) for m, k, s, n in db.execute(sql, list(args)) if n]


def by_key(rows: Iterable[Count]) -> dict[str, BySex]:
    """Counts by key, each by sex."""
    result: dict[str, BySex] = {}
    for _m, key, sex, n in rows:
        result.setdefault(key, BySex()).add(sex, n)
    return result


def outcome_counts(
    db: Database,
    project_id: str | None,
    outcome: str,
    *,
    since: date | str | None = None,
    until: date | str | None = None,
    by: str = "total",
    programme_id: str | None = None,
    direct: bool = False,
) -> dict[str, BySex]:
    """Children with ``outcome`` (withdrawn/prevented) whose outcome date falls in the span."""
    span, args = date_span(since, until, "c.outcome_date")
    where = "c.deleted = 0 AND c.outcome = ?" + span
    params: list[Any] = [outcome, *args]
    if project_id:
        where += " AND c.project_id = ?"
        params.append(project_id)
    if programme_id:
        where += " AND c.programme_id = ?"
        params.append(programme_id)
    # one programme's total is the programme's key in the summary's programme breakdown
    group = DIMENSIONS["programme"] if programme_id and by == "total" else DIMENSIONS[by]
    sql = f"SELECT ?, {group} AS k, c.sex, count(*) FROM children c WHERE {where} GROUP BY k, c.sex"
    rows = counts(
        db,
        project_id or "",
        (outcome,),
        direct=(sql, [outcome, *params]),
        dim="programme" if programme_id else by,
        since=since,
        until=until,
        key=programme_id,
        summary=(
            not direct
            and bool(project_id)
            and outcome in ("withdrawn", "prevented")
            and (by == "total" or (by in DIMENSIONS and not programme_id))
        ),
    )
    result = by_key(rows)
    if programme_id and by == "total":
        return {"total": result[programme_id]} if programme_id in result else {}
    return result


def outcome_totals(db: Database, project_id: str | None, outcome: str, **kwargs: Any) -> BySex:
    return outcome_counts(db, project_id, outcome, **kwargs).get("total", BySex())


def children_counts(
    db: Database, project_id: str, *, until: date | str | None = None, by: str = "total", status: str | None = None
) -> dict[str, BySex]:
    """Registered children (intake up to ``until``), optionally of one work status at intake."""
    span, args = date_span(None, until, "c.intake_date")
    where = "c.deleted = 0 AND c.project_id = ?" + span
    params: list[Any] = [project_id, *args]
    if status:
        where += " AND c.work_status = ?"
        params.append(status)
    result: dict[str, BySex] = {}
    for key, sex, n in db.execute(
        f"SELECT {DIMENSIONS[by]} AS k, c.sex, count(*) FROM children c WHERE {where} GROUP BY k, c.sex", params
    ):
        result.setdefault(str(key or ""), BySex()).add(sex, n)
    return result


def summary_period(db: Database, project_id: str, since: date | str | None, until: date | str | None) -> str | None:
    """The summary's ``day`` of the reporting period of the project from ``since`` to ``until``, or
    None when those dates are not one of its periods (only a period's E1 and L1 are kept)."""
    if not since or not until:
        return None
    row = db.execute(
        "SELECT 1 FROM reporting_periods WHERE project_id = ? AND start_date = ? AND end_date = ? AND deleted = 0",
        [project_id, str(since), str(until)],
    ).fetchone()
    return period_day(str(since), str(until)) if row else None


def e1_counts(
    db: Database,
    project_id: str,
    *,
    since: date | str | None = None,
    until: date | str | None = None,
    direct: bool = False,
) -> dict[str, BySex]:
    """E1 by service type, plus ``"total"``: distinct children (a child counts once per type and once in total).

    One pass over the join (materialised once, then grouped two ways). The join is the cost: for a
    period it starts from the period's services (type and date index); cumulatively it walks the
    project's children (CROSS JOIN fixes the order) so it costs in proportion to them. Cumulative
    figures come from the summary when it is current (each child's first service of each type), and
    so do a reporting period's (each child served in the period, once per type and once in all).
    """
    span, args = date_span(since, until, "s.start_date")
    source = (
        "services s JOIN children c ON c.id = s.child_id"
        if since
        else ("children c CROSS JOIN services s ON s.child_id = c.id")
    )
    sql = f"""WITH x AS MATERIALIZED (
        SELECT DISTINCT c.id, c.sex, s.service_type
        FROM {source} WHERE s.deleted = 0 AND c.deleted = 0
        AND c.project_id = ? AND c.work_status != 'not_at_risk' AND s.service_type IN ({_EDU}){span})
    SELECT 'e1', service_type, sex, count(*) FROM x GROUP BY service_type, sex
    UNION ALL
    SELECT 'e1', 'total', sex, count(DISTINCT id) FROM x GROUP BY sex"""
    period = None if direct or not since else summary_period(db, project_id, since, until)
    rows = counts(
        db,
        project_id,
        ("e1p",) if period else ("e1",),
        direct=(sql, [project_id, *args]),
        until=until,
        summary=not direct and (not since or period is not None),
        day=period,
    )
    result = by_key(rows)
    result.setdefault("total", BySex())
    return result


def l1_count(
    db: Database,
    project_id: str,
    *,
    since: date | str | None = None,
    until: date | str | None = None,
    direct: bool = False,
) -> BySex:
    """L1: households given livelihood services, by sex of the household head (from the summary up to
    a date, and for a reporting period)."""
    span, args = date_span(since, until, "s.start_date")
    sql = f"""SELECT 'l1', 'total', h.head_sex, count(DISTINCT h.id) FROM services s
        JOIN households h ON h.id = s.household_id
        WHERE s.deleted = 0 AND h.deleted = 0 AND s.service_type = 'livelihood'{span}
          AND (s.programme_id IN (SELECT id FROM action_programmes WHERE project_id = ?)
               OR h.programme_id IN (SELECT id FROM action_programmes WHERE project_id = ?))
        GROUP BY h.head_sex"""
    direct_sql = (sql, [*args, project_id, project_id])
    period = None if direct or not since else summary_period(db, project_id, since, until)
    rows = counts(
        db,
        project_id,
        ("l1p",) if period else ("l1",),
        direct=direct_sql,
        until=until,
        summary=not direct and (not since or period is not None),
        day=period,
    )
    return by_key(rows).get("total", BySex())


def _statuses(children: str, households: str) -> str:
    """From ``cur`` (each child's flags, sex and household): the rows of the children and of their households
    (a household in child labour when any child is, attending when all are), keyed as the summary keys them."""
    return f"""hh AS (SELECT cur.household_id, h.head_sex, max(cl) cl, max(hcl) hcl, max(wfcl) wfcl,
               min(regular) regular
           FROM cur JOIN households h ON h.id = cur.household_id GROUP BY cur.household_id)
    SELECT '{children}', {_FLAGS}, sex, count(*) FROM cur GROUP BY 2, sex
    UNION ALL
    SELECT '{households}', {_FLAGS}, head_sex, count(*) FROM hh GROUP BY 2, head_sex"""


def participant_status(
    db: Database, project_id: str, until: date | str, threshold: int = 75, *, direct: bool = False
) -> dict[str, Ratio]:
    """POC1-4 and POH1-4 as of ``until``: status at the latest follow-up, else at intake.

    From the summary when it is current and ``threshold`` is the project's own (the summary's
    statuses are worked out with it); otherwise as follows.

    The latest visit is found per child through the (child_id, visit_date) index and the
    children and household figures come from one materialised pass: joining a grouped
    sub-select instead made this quadratic (minutes on 100,000 children).
    """
    sql = f"""
    WITH p AS (
        SELECT c.id, c.sex, c.household_id, c.work_status, c.sector, c.school_status,
            (c.age_at_intake IS NULL OR c.age_at_intake <=
             (SELECT school_age_max FROM projects WHERE id = ?2)) AS school_age,
            (SELECT f.rowid FROM follow_ups f WHERE f.child_id = c.id AND f.deleted = 0 AND f.visit_date <= ?1
             ORDER BY f.visit_date DESC LIMIT 1) AS latest
        FROM children c WHERE c.project_id = ?2 AND c.deleted = 0 AND c.intake_date <= ?1
    ),
    cur AS MATERIALIZED (
        SELECT p.sex, p.household_id,
            coalesce(f.work_status, p.work_status) IN {_IN_CL} AS cl,
            coalesce(f.work_status, p.work_status) = 'hazardous' AS hcl,
            coalesce(f.work_status, p.work_status) IN {_IN_CL} AND p.sector IN {_WORST} AS wfcl,
            CASE WHEN NOT p.school_age THEN 'x'
                 WHEN p.latest IS NULL THEN p.school_status = 'attending_regularly'
                 WHEN f.attendance_percent IS NOT NULL THEN f.attendance_percent >= ?3
                 ELSE f.school_status = 'attending_regularly' END AS regular
        FROM p LEFT JOIN follow_ups f ON f.rowid = p.latest
    ),
    {_statuses("poc", "poh")}"""
    rows = counts(
        db,
        project_id,
        ("poc", "poh"),
        direct=(sql, [str(until), project_id, threshold]),
        until=until,
        summary=not direct and _own_threshold(db, project_id, threshold),
    )
    return _ratios(rows)


def intake_status(db: Database, project_id: str, until: date | str, *, direct: bool = False) -> dict[str, Ratio]:
    """POC1-4 and POH1-4 as the children were at intake (every child registered by ``until``, no
    follow-up visit counted): the rules of :func:`participant_status` with each child's status at intake."""
    sql = f"""
    WITH cur AS MATERIALIZED (
        SELECT c.sex, c.household_id,
            c.work_status IN {_IN_CL} AS cl, c.work_status = 'hazardous' AS hcl,
            c.work_status IN {_IN_CL} AND c.sector IN {_WORST} AS wfcl,
            CASE WHEN c.age_at_intake IS NOT NULL AND c.age_at_intake > p.school_age_max THEN 'x'
                 ELSE c.school_status = 'attending_regularly' END AS regular
        FROM children c JOIN projects p ON p.id = c.project_id
        WHERE c.project_id = ?1 AND c.deleted = 0 AND c.intake_date <= ?2),
    {_statuses("poci", "pohi")}"""
    rows = counts(
        db, project_id, ("poci", "pohi"), direct=(sql, [project_id, str(until)]), until=until, summary=not direct
    )
    return _ratios(rows)


def e1_split(db: Database, project_id: str, until: date | str, *, direct: bool = False) -> dict[tuple[str, str], int]:
    """E1 up to ``until`` by work status at intake (child labour, hazardous or not; else at risk) and
    USDOL's education type (formal, non-formal, vocational; ``"total"`` once per child): children,
    keyed (status, kind). A child given two types counts under each and once in the total."""
    kind = (
        "CASE s.service_type "
        + " ".join(f"WHEN '{t}' THEN '{k}'" for t, k in sorted(E1_KIND_OF.items()))
        + " ELSE 'formal' END"
    )
    sql = f"""WITH x AS MATERIALIZED (
        SELECT DISTINCT c.id, c.sex,
            CASE WHEN c.work_status IN {_IN_CL} THEN 'child_labour' ELSE 'at_risk' END AS st, {kind} AS kind
        FROM children c CROSS JOIN services s ON s.child_id = c.id
        WHERE c.deleted = 0 AND s.deleted = 0 AND c.project_id = ? AND c.work_status != 'not_at_risk'
          AND s.service_type IN ({_EDU}) AND s.start_date <= ?)
    SELECT 'e1s', st || '|' || kind, sex, count(*) FROM x GROUP BY st, kind, sex
    UNION ALL SELECT 'e1s', st || '|total', sex, count(DISTINCT id) FROM x GROUP BY st, sex"""
    rows = counts(db, project_id, ("e1s",), direct=(sql, [project_id, str(until)]), until=until, summary=not direct)
    out: dict[tuple[str, str], int] = {}
    for _m, key, _sex, n in rows:
        status, _, kind_ = key.partition("|")
        out[(status, kind_)] = out.get((status, kind_), 0) + n
    return out


def l1_split(db: Database, project_id: str, until: date | str, *, direct: bool = False) -> dict[str, BySex]:
    """L1 up to ``until`` by livelihood service type (``L1_KINDS``; '' for a type not recorded) and in
    ``"total"``, by the household head's sex. A household given two types counts under each and once in
    the total, which is L1's."""
    kinds = ", ".join(f"'{k}'" for k in L1_KINDS)
    sql = f"""WITH x AS MATERIALIZED (
        SELECT DISTINCT h.id, h.head_sex AS sex,
            CASE WHEN s.livelihood_kind IN ({kinds}) THEN s.livelihood_kind ELSE '' END AS kind
        FROM services s JOIN households h ON h.id = s.household_id
        WHERE s.deleted = 0 AND h.deleted = 0 AND s.service_type = 'livelihood' AND s.start_date <= ?
          AND (s.programme_id IN (SELECT id FROM action_programmes WHERE project_id = ?)
               OR h.programme_id IN (SELECT id FROM action_programmes WHERE project_id = ?)))
    SELECT 'l1k', kind, sex, count(*) FROM x GROUP BY kind, sex
    UNION ALL SELECT 'l1', 'total', sex, count(DISTINCT id) FROM x GROUP BY sex"""
    rows = counts(
        db,
        project_id,
        ("l1k", "l1"),
        direct=(sql, [str(until), project_id, project_id]),
        until=until,
        summary=not direct,
    )
    return by_key(rows)


def _own_threshold(db: Database, project_id: str, threshold: int) -> bool:
    """Whether ``threshold`` is the project's: the summary's statuses are worked out with it."""
    row = db.execute("SELECT attendance_threshold FROM projects WHERE id = ?", [project_id]).fetchone()
    return row is not None and int(row[0] or 75) == threshold


def participant_status_on(
    db: Database, project_id: str, dates: Sequence[date | str], threshold: int = 75
) -> dict[str, dict[str, Ratio]]:
    """:func:`participant_status` on each of ``dates`` (by ISO date), in one pass over the summary when it
    holds them: the statuses are running sums over days, so each date's figures are the sums so far."""
    days = sorted({str(d) for d in dates})
    if not days or not summary_current(db) or not _own_threshold(db, project_id, threshold):
        return {day: participant_status(db, project_id, day, threshold) for day in days}
    sums: dict[tuple[str, str, str], int] = {}
    result: dict[str, dict[str, Ratio]] = {}
    at = 0
    rows = db.execute(
        "SELECT day, measure, key, sex, n FROM indicator_summary WHERE project_id = ? AND measure IN ('poc', 'poh') "
        "AND dim = '' AND day > '' AND day <= ? ORDER BY day",
        [project_id, days[-1]],
    )
    for day, measure, key, sex, n in rows:
        while at < len(days) and day > days[at]:
            result[days[at]] = _ratios((m, k, s, v) for (m, k, s), v in sums.items() if v)
            at += 1
        sums[(measure, key, sex)] = sums.get((measure, key, sex), 0) + n
    for rest in days[at:]:
        result[rest] = _ratios((m, k, s, v) for (m, k, s), v in sums.items() if v)
    return result


def _ratios(rows: Iterable[Count]) -> dict[str, Ratio]:
    """POC1-4 and POH1-4 from the summary's rows (``poc``/``poh``, the flags as key, sex, count)."""
    result = {code: Ratio() for code in ("POC1", "POC2", "POC3", "POC4", "POH1", "POH2", "POH3", "POH4")}
    for measure, flags, sex, n in rows:
        prefix = measure[:3].upper()  # poci/pohi: as at intake
        for i, flag in enumerate(flags, 1):
            if flag == "x":  # not of compulsory school age (no such child, for a household): not in POC4/POH4
                continue
            result[f"{prefix}{i}"].numerator.add(sex, n if flag == "1" else 0)
            result[f"{prefix}{i}"].denominator.add(sex, n)
    return result


@dataclass
class ProjectIndicators:
    """What the dashboard and the Technical Progress Report show for one project and period."""

    project: dict[str, Any]
    period: dict[str, Any] | None
    withdrawn_period: BySex
    withdrawn_cumulative: BySex
    prevented_period: BySex
    prevented_cumulative: BySex
    target_withdrawn: BySex
    target_prevented: BySex
    e1_period: dict[str, BySex]
    e1_cumulative: dict[str, BySex]
    l1_period: BySex
    l1_cumulative: BySex
    status: dict[str, Ratio]

    @staticmethod
    def percent(actual: int, target: int) -> float | None:
        return round(100.0 * actual / target, 1) if target else None


def project_indicators(db: Database, project: dict[str, Any], period: dict[str, Any] | None) -> ProjectIndicators:
    pid = project["id"]
    since = period["start_date"] if period else None
    until = period["end_date"] if period else date.today().isoformat()
    return ProjectIndicators(
        project=project,
        period=period,
        withdrawn_period=outcome_totals(db, pid, "withdrawn", since=since, until=until),
        withdrawn_cumulative=outcome_totals(db, pid, "withdrawn", until=until),
        prevented_period=outcome_totals(db, pid, "prevented", since=since, until=until),
        prevented_cumulative=outcome_totals(db, pid, "prevented", until=until),
        target_withdrawn=BySex(project["target_withdrawn_f"], project["target_withdrawn_m"]),
        target_prevented=BySex(project["target_prevented_f"], project["target_prevented_m"]),
        e1_period=e1_counts(db, pid, since=since, until=until),
        e1_cumulative=e1_counts(db, pid, until=until),
        l1_period=l1_count(db, pid, since=since, until=until),
        l1_cumulative=l1_count(db, pid, until=until),
        status=participant_status(db, pid, until, int(project.get("attendance_threshold") or 75)),
    )


def indicator_rows(db: Database) -> list[dict[str, Any]]:
    """Withdrawn/prevented per project, period, province and sex, for the aggregate CSV export."""
    sql = """SELECT p.code AS project, rp.code AS period, coalesce(l.name_en, '') AS province,
                     c.outcome AS indicator, c.sex, count(*) AS value
              FROM children c JOIN projects p ON p.id = c.project_id
              JOIN reporting_periods rp ON rp.project_id = c.project_id AND rp.deleted = 0
                   AND c.outcome_date BETWEEN rp.start_date AND rp.end_date
              LEFT JOIN locations l ON l.id = c.province_id
              WHERE c.deleted = 0 AND c.outcome IN ('withdrawn', 'prevented')
              GROUP BY p.code, rp.code, province, c.outcome, c.sex
              ORDER BY p.code, rp.code, province, c.outcome, c.sex"""
    return list(db.query(sql))


__all__ = [
    "AGE_GROUP_SQL",
    "BySex",
    "ProjectIndicators",
    "Ratio",
    "by_key",
    "children_counts",
    "counts",
    "e1_counts",
    "indicator_rows",
    "l1_count",
    "outcome_counts",
    "outcome_totals",
    "participant_status",
    "participant_status_on",
    "project_indicators",
    "summary_current",
    "summary_sums",
]
