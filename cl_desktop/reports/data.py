"""Qt-free queries the reports need beyond ``figures/indicators.py``.

Every number a report prints comes from an SQL aggregate here or there, never
from a Python loop over children, so a report on a million children costs a few
index scans. Row readers for the register stream from a cursor.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from cl_desktop.errors import NotFound
from cl_desktop.figures.indicators import BySex, by_key, counts, date_span

Row = tuple[Any, ...]


@dataclass(frozen=True)
class ReportTable:
    """One table of a report, as plain values: what the PDF shows and CSV/XLSX exports write.

    ``rows`` hold raw numbers (not formatted); the last ``total_rows`` rows are
    totals. ``percent_columns`` print with a % sign in the PDF.
    """

    title: str
    header: tuple[str, ...]
    rows: list[Row]
    total_rows: int = 0
    percent_columns: frozenset[int] = field(default_factory=frozenset)
    groups: tuple[tuple[str, int], ...] = ()  # optional header band: (label, columns spanned)

    @property
    def body(self) -> list[Row]:
        return self.rows[: len(self.rows) - self.total_rows] if self.total_rows else list(self.rows)

    @property
    def totals(self) -> list[Row]:
        return self.rows[len(self.rows) - self.total_rows :] if self.total_rows else []


# --- Finding what the user named ---------------------------------------------------


def project_by_code(db: Database, code: str | None) -> dict[str, Any]:
    """The named project, or the first project (by start date) that has children."""
    if code:
        rows = list(db.query("SELECT * FROM projects WHERE code = ? AND deleted = 0", [code]))
        if not rows:
            raise NotFound(f"There is no project {code}.")
        return rows[0]
    rows = list(
        db.query(
            "SELECT p.* FROM projects p WHERE p.deleted = 0 AND EXISTS "
            "(SELECT 1 FROM children c WHERE c.project_id = p.id AND c.deleted = 0) "
            "ORDER BY p.start_date, p.code LIMIT 1"
        )
    )
    if not rows:
        rows = list(db.query("SELECT * FROM projects WHERE deleted = 0 ORDER BY start_date, code LIMIT 1"))
    if not rows:
        raise NotFound("The database has no project.")
    return rows[0]


def period_by_code(
    db: Database, project: dict[str, Any], code: str | None, today: date | None = None
) -> dict[str, Any]:
    """The named reporting period, or :func:`default_period`."""
    if code:
        rows = list(
            db.query(
                "SELECT * FROM reporting_periods WHERE project_id = ? AND code = ? AND deleted = 0",
                [project["id"], code],
            )
        )
        if not rows:
            raise NotFound(f"Project {project['code']} has no reporting period {code}.")
        return rows[0]
    found = default_period(db, project, today)
    if found is None:
        raise NotFound(f"Project {project['code']} has no reporting period.")
    return found


def default_period(db: Database, project: dict[str, Any], today: date | None = None) -> dict[str, Any] | None:
    """The period a report shows when none is named.

    For a running project the period that contains today; otherwise the latest
    period that has records (registrations, services, outcomes) or a narrative.
    A period wholly outside the project's dates is never the default, so a
    finished project does not open on the empty stub after its work ended.
    """
    today = today or date.today()
    start, end = str(project.get("start_date") or ""), str(project.get("end_date") or "9999-12-31")
    inside: list[dict[str, Any]] = [
        p
        for p in periods(db, project["id"])
        if (not start or str(p["end_date"]) >= start) and str(p["start_date"]) <= end
    ]
    if not inside:
        return None
    if start <= today.isoformat() <= end:
        for p in inside:
            if str(p["start_date"]) <= today.isoformat() <= str(p["end_date"]):
                return p
    begun = (p for p in reversed(inside) if str(p["start_date"]) <= today.isoformat())
    latest: dict[str, Any] | None = next((p for p in begun if period_has_data(db, project["id"], p)), None)
    if latest is not None:
        return latest
    ended = [p for p in inside if str(p["end_date"]) <= today.isoformat()]
    return ended[-1] if ended else inside[0]


def period_has_data(db: Database, project_id: str, period: dict[str, Any]) -> bool:
    """Whether anything the period's report counts happened in it, or its narrative was written."""
    since, until = str(period["start_date"]), str(period["end_date"])
    row = db.execute(
        "SELECT EXISTS (SELECT 1 FROM narratives WHERE period_id = ? AND deleted = 0 AND trim(body) <> '') "
        "OR EXISTS (SELECT 1 FROM children WHERE project_id = ? AND deleted = 0 "
        "AND intake_date BETWEEN ? AND ?) "
        "OR EXISTS (SELECT 1 FROM children WHERE project_id = ? AND outcome IN ('withdrawn', 'prevented') "
        "AND outcome_date BETWEEN ? AND ? AND deleted = 0) "
        # the period's services first (by date), each child then by key: the other way round walks every
        # child of a big project when the period has no service (2.8 s at a million)
        "OR EXISTS (SELECT 1 FROM services s CROSS JOIN children c ON c.id = s.child_id "
        "WHERE s.start_date BETWEEN ? AND ? AND s.deleted = 0 AND c.project_id = ? AND c.deleted = 0)",
        [period["id"], project_id, since, until, project_id, since, until, since, until, project_id],
    ).fetchone()
    return bool(row[0])


def periods(db: Database, project_id: str) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT * FROM reporting_periods WHERE project_id = ? AND deleted = 0 ORDER BY start_date", [project_id]
        )
    )


def projects(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM projects WHERE deleted = 0 ORDER BY start_date, code"))


def organisations(db: Database) -> list[dict[str, Any]]:
    """The organisations of the directory, those with referrals first (a referrals register's choices)."""
    return list(
        db.query(
            "SELECT o.*, (SELECT count(*) FROM referrals r WHERE r.organisation_id = o.id AND r.deleted = 0) "
            "AS referrals FROM organisations o WHERE o.deleted = 0 ORDER BY referrals = 0, o.code"
        )
    )


def programme_by_code(db: Database, code: str) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM action_programmes WHERE code = ? AND deleted = 0", [code]))
    if not rows:
        raise NotFound(f"There is no action programme {code}.")
    return rows[0]


def programmes(db: Database, project_id: str) -> list[dict[str, Any]]:
    return list(
        db.query("SELECT * FROM action_programmes WHERE project_id = ? AND deleted = 0 ORDER BY code", [project_id])
    )


def child_by_case(db: Database, case_number: str) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM children WHERE case_number = ? AND deleted = 0", [case_number.strip().upper()]))
    if not rows:
        raise NotFound(f"There is no child with case number {case_number}.")
    return rows[0]


# --- Names in the report language ------------------------------------------------


def name_column(lang: str) -> str:
    return {"km": "coalesce(nullif(name_local, ''), name_en)", "ru": "coalesce(nullif(name_ru, ''), name_en)"}.get(
        lang, "name_en"
    )


def location_names(db: Database, ids: Sequence[str], lang: str) -> dict[str, str]:
    """Location names as the report's readers spell them (Khmer, Russian or English)."""
    wanted = [i for i in set(ids) if i]
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    return {
        row[0]: row[1]
        for row in db.execute(f"SELECT id, {name_column(lang)} FROM locations WHERE id IN ({marks})", wanted)
    }


def countries_of(db: Database, ids: Sequence[str], lang: str) -> dict[str, str]:
    """The country name (in the report's language) of each location, through its country code."""
    wanted = [i for i in set(ids) if i]
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    country = name_column(lang).replace("name_", "k.name_")
    return {
        row[0]: row[1]
        for row in db.execute(
            f"SELECT l.id, {country} FROM locations l JOIN locations k ON k.level = 'country' "
            f"AND k.code = l.country_code WHERE l.id IN ({marks})",
            wanted,
        )
    }


def one_spelling(text: str, lang: str) -> str:
    """English reports spell as the donor does ("child labor"); the vocabularies say "labour"."""
    if lang != "en":
        return text
    return text.replace("labour", "labor").replace("Labour", "Labor")


def reference_labels(db: Database, list_name: str, lang: str) -> dict[str, str]:
    column = {"km": "label_km", "ru": "label_ru"}.get(lang, "label_en")
    return {
        code: one_spelling(text or en, lang) if not text or lang == "en" else text
        for code, text, en in db.execute(
            # Deleted codes keep their labels, as on screen: old records still carry them.
            f"SELECT code, {column}, label_en FROM reference_items WHERE list = ? ORDER BY sort",
            [list_name],
        )
    }


def reference_order(db: Database, list_name: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT code FROM reference_items WHERE list = ? AND deleted = 0 ORDER BY sort, code", [list_name]
        )
    ]


def organisation_names(db: Database, ids: Sequence[str]) -> dict[str, str]:
    wanted = [i for i in set(ids) if i]
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    return {row[0]: row[1] for row in db.execute(f"SELECT id, name FROM organisations WHERE id IN ({marks})", wanted)}


def json_list(text: str | None) -> list[Any]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return [text] if text else []
    return list(value) if isinstance(value, list) else [value]


# --- Aggregates ------------------------------------------------------------------------


def services_by_type(
    db: Database,
    project_id: str,
    *,
    since: str | None = None,
    until: str | None = None,
    programme_id: str | None = None,
) -> dict[str, BySex]:
    """Services given to children, counted per service, by the child's sex."""
    sql = (
        "SELECT 'services', s.service_type, c.sex, count(*) FROM services s JOIN children c ON c.id = s.child_id "
        "WHERE s.deleted = 0 AND c.deleted = 0 AND c.project_id = ?"
    )
    args: list[Any] = [project_id]
    span, span_args = date_span(since, until, "s.start_date")
    sql += span
    args += span_args
    if programme_id:
        sql += " AND c.programme_id = ?"
        args.append(programme_id)
    direct = (sql + " GROUP BY s.service_type, c.sex", args)
    return by_key(
        counts(db, project_id, ("services",), direct=direct, since=since, until=until, summary=not programme_id)
    )


def registered_by(
    db: Database,
    project_id: str,
    dimension_sql: str,
    *,
    until: str | None = None,
    programme_id: str | None = None,
) -> dict[str, BySex]:
    """Children registered up to ``until``, grouped by an SQL expression over ``c``."""
    sql = (
        f"SELECT 'registered', {dimension_sql} AS k, c.sex, count(*) FROM children c "
        "WHERE c.deleted = 0 AND c.project_id = ?"
    )
    args: list[Any] = [project_id]
    span, span_args = date_span(None, until, "c.intake_date")
    sql += span
    args += span_args
    if programme_id:
        sql += " AND c.programme_id = ?"
        args.append(programme_id)
    summary = dimension_sql == "'total'" and not programme_id
    return by_key(
        counts(db, project_id, ("registered",), direct=(sql + " GROUP BY k, c.sex", args), until=until, summary=summary)
    )


def follow_up_count(db: Database, project_id: str, *, since: str | None, until: str | None) -> BySex:
    """Follow-up visits to the project's children in the span, by the child's sex."""
    sql = (
        "SELECT 'visits', 'total', c.sex, count(*) FROM follow_ups f JOIN children c ON c.id = f.child_id "
        "WHERE f.deleted = 0 AND c.deleted = 0 AND c.project_id = ?"
    )
    args: list[Any] = [project_id]
    span, span_args = date_span(since, until, "f.visit_date")
    sql += span
    args += span_args
    rows = counts(db, project_id, ("visits",), direct=(sql + " GROUP BY c.sex", args), since=since, until=until)
    return by_key(rows).get("total", BySex())


def activities_summary(db: Database, project_id: str, *, since: str | None, until: str | None) -> list[Row]:
    """(kind, number of activities, participants female, participants male) per kind."""
    sql = (
        "SELECT kind, count(*), sum(participants_f), sum(participants_m) FROM activities "
        "WHERE project_id = ? AND deleted = 0"
    )
    args: list[Any] = [project_id]
    if since:
        sql += " AND start_date >= ?"
        args.append(since)
    if until:
        sql += " AND start_date <= ?"
        args.append(until)
    return [tuple(r) for r in db.execute(sql + " GROUP BY kind ORDER BY kind", args)]


def narratives(db: Database, period_id: str, lang: str) -> dict[str, str]:
    """Narrative sections of a period, in the report language when written in it, else any."""
    chosen: dict[str, tuple[bool, str]] = {}
    for section, body, language in db.execute(
        "SELECT section, body, language FROM narratives WHERE period_id = ? AND deleted = 0", [period_id]
    ):
        mine = language == lang
        if section not in chosen or (mine and not chosen[section][0]):
            chosen[section] = (mine, body)
    return {k: v[1] for k, v in chosen.items() if v[1].strip()}


# --- Register -----------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterFilter:
    """Which children a register lists; empty fields do not filter."""

    project_id: str | None = None
    programme_id: str | None = None
    province_id: str | None = None
    outcome: str | None = None  # withdrawn / prevented / in_progress
    limit: int | None = None  # the first N by case number (benchmarks, previews)

    def where(self) -> tuple[str, list[Any]]:
        sql = "c.deleted = 0"
        args: list[Any] = []
        for column, value in (
            ("c.project_id", self.project_id),
            ("c.programme_id", self.programme_id),
            ("c.province_id", self.province_id),
        ):
            if value:
                sql += f" AND {column} = ?"
                args.append(value)
        if self.outcome == "in_progress":
            sql += " AND coalesce(c.outcome, 'in_progress') NOT IN ('withdrawn', 'prevented')"
        elif self.outcome:
            sql += " AND c.outcome = ?"
            args.append(self.outcome)
        return sql, args


def register_count(db: Database, selection: RegisterFilter) -> int:
    where, args = selection.where()
    count = int(db.execute(f"SELECT count(*) FROM children c WHERE {where}", args).fetchone()[0])
    return min(count, selection.limit) if selection.limit is not None else count


def register_rows(db: Database, selection: RegisterFilter, lang: str) -> Iterator[Row]:
    """One tuple per child, straight from the cursor (never the whole list in memory).

    (case number, name, latin name, sex, age at intake, village, work status code,
    service type codes comma-joined, outcome code, extra fields' JSON object)
    """
    where, args = selection.where()
    village = name_column(lang).replace("name_", "l.name_")
    sql = f"""SELECT c.case_number, c.name, c.name_latin, c.sex, c.age_at_intake,
                     coalesce({village}, ''), c.work_status,
                     (SELECT group_concat(t, ',') FROM (SELECT DISTINCT s.service_type AS t FROM services s
                        WHERE s.child_id = c.id AND s.deleted = 0)),
                     coalesce(c.outcome, 'in_progress'), c.custom
              FROM children c LEFT JOIN locations l ON l.id = c.location_id
              WHERE {where} ORDER BY c.case_number"""
    if selection.limit is not None:
        sql += f" LIMIT {int(selection.limit)}"
    cursor = db.conn.execute(sql, args)
    try:
        while True:
            batch = cursor.fetchmany(500)
            if not batch:
                return
            yield from batch
    finally:
        # A build stopped part-way closes the database before this generator is collected.
        with contextlib.suppress(sqlite3.ProgrammingError):
            cursor.close()


# --- Participant status (POC/POH) -------------------------------------------------------
