"""Exports: every list, the indicator aggregate and the TPR tables, as CSV or XLSX.

The four lists a clerk can import (children, households, services, follow-ups)
are written with the import's columns, so they round-trip; the other lists
with the columns their screen shows. Which rows go out is decided by the list
screen's own query (search and filters), streamed from one cursor.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from sqlite_utils import Database

from cl_desktop.errors import NotFound, UsageError
from cl_desktop.services import lists
from cl_desktop.tabular.columns import IMPORTABLE, KIND_ALIASES, SOURCES, columns, columns_for, expression
from cl_desktop.tabular.values import Lookups, to_cell
from cl_desktop.tabular.writers import Table, format_of, write_table, write_tables

LIST_KINDS: tuple[str, ...] = tuple(lists.KINDS)
AGGREGATE_KINDS: tuple[str, ...] = ("indicators-aggregate", "tpr-tables")
CHUNK = 500

Progress = Callable[[int], None]


def export_kinds() -> tuple[str, ...]:
    """What ``cl-desktop export`` accepts, as typed on the command line."""
    typed = {"follow_ups": "followups", "monitoring_visits": "monitoring-visits"}
    names = tuple(typed.get(k, k) for k in LIST_KINDS)
    return names + AGGREGATE_KINDS


def normalise_kind(kind: str) -> str:
    kind = KIND_ALIASES.get(kind, kind)
    if kind not in LIST_KINDS and kind not in AGGREGATE_KINDS:
        raise UsageError(f"Cannot export {kind!r}: choose one of {', '.join(export_kinds())}.")
    return kind


def export_list(
    db: Database,
    kind: str,
    path: str | os.PathLike[str],
    query: lists.ListQuery | None = None,
    *,
    lang: str = "en",
    project: str | None = None,
    pseudonymise: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write a list (as filtered by ``query``) to CSV or XLSX; returns the number of rows.

    ``project`` (an id) narrows lists whose query has no project filter;
    ``pseudonymise`` writes case numbers for names and age groups for birth dates.
    """
    kind = normalise_kind(kind)
    header, rows = list_table(db, kind, query, lang=lang, project=project, pseudonymise=pseudonymise)
    return write_table(path, header, rows, title=_title(kind), progress=progress)


def list_table(
    db: Database,
    kind: str,
    query: lists.ListQuery | None = None,
    *,
    lang: str = "en",
    project: str | None = None,
    pseudonymise: bool = False,
) -> tuple[list[str], Iterator[list[Any]]]:
    """Header and streamed rows of a list export."""
    kind = KIND_ALIASES.get(kind, kind)
    query = query or lists.ListQuery()
    rows: Iterator[list[Any]]
    if kind in IMPORTABLE:
        cols = columns_for(db, kind, project or (query.filters or {}).get("project") or None)
        if pseudonymise:  # an extra field of free text may hold names: left out like the other free text
            cols = tuple(c for c in cols if not (c.type == "custom" and c.custom == "text"))
        keys = [c.key for c in cols]
        labels = {c.key: c.label for c in cols}
        rows = _full_rows(db, kind, query, lang, project, cols)
    else:
        shown = lists.columns(kind, db, lang)
        keys = [c.key for c in shown]
        labels = {c.key: c.label for c in shown}
        rows = _display_rows(db, kind, query, lang, [c.kind for c in shown])
    if pseudonymise:
        return _pseudonymised(keys, labels, rows)
    return [labels[k] for k in keys], rows


def _display_rows(db: Database, kind: str, query: lists.ListQuery, lang: str, kinds: list[str]) -> Iterator[list[Any]]:
    for row in lists.display_rows(db, kind, query, lang):
        yield [
            _as_date(v) if k == "date" else ("yes" if v else "no") if k == "flag" and v != "" else v
            for v, k in zip(row, kinds, strict=True)
        ]


# Export columns under the names the pseudonymiser knows them by.
_PSEUDONYM_KEYS = {"child": "case_number", "household": "household_code", "beneficiary": "child_name"}


def _pseudonymised(
    keys: list[str], labels: dict[str, str], rows: Iterator[list[Any]]
) -> tuple[list[str], Iterator[list[Any]]]:
    """Names become case numbers, birth dates age groups, free text is left out.

    Name columns get a ``(pseudonym)`` header, which the importer does not
    accept: a pseudonymised file can never overwrite real names.
    """
    from cl_desktop.security import pseudonymise as p

    vocab = [_PSEUDONYM_KEYS.get(k, k) for k in keys]
    names = {_PSEUDONYM_KEYS.get(k, k): labels[k] for k in keys}
    out_keys = p.pseudonymise_columns(vocab)
    header = [
        "Age group" if k == p.AGE_GROUP_COLUMN else f"{names[k]} (pseudonym)" if k in p.NAME_COLUMNS else names[k]
        for k in out_keys
    ]

    def pseudonymised() -> Iterator[list[Any]]:
        for row in rows:
            clean = p.pseudonymise_row(dict(zip(vocab, row, strict=True)))
            yield [clean.get(k) for k in out_keys]

    return header, pseudonymised()


def _full_rows(
    db: Database,
    kind: str,
    query: lists.ListQuery,
    lang: str,
    project: str | None = None,
    cols: tuple[Any, ...] | None = None,
) -> Iterator[list[Any]]:
    """The importable columns of the rows the list query selects, in the list's order, in chunks."""
    cols = cols or columns(kind)
    table, alias, joins = SOURCES[kind]
    select = ", ".join(expression(kind, c) for c in cols)
    where = f"{alias}.id IN ({{marks}})"
    scope: list[Any] = []
    if project and kind in PROJECT_SCOPES:
        where += f" AND {PROJECT_SCOPES[kind]} = ?"
        scope = [project]
    sql = f"SELECT {alias}.id, {select} FROM {table} {alias} {joins} WHERE {where}"
    lookups = Lookups(db, lang)
    # The list query's cursor stays open while the chunks are read: use a second cursor for them.
    ids: list[str] = []
    for row in lists.iter_rows(db, kind, query, lang):
        ids.append(str(row[0]))
        if len(ids) >= CHUNK:
            yield from _chunk(db, cols, sql, ids, scope, lookups)
            ids = []
    if ids:
        yield from _chunk(db, cols, sql, ids, scope, lookups)


def _chunk(
    db: Database, cols: Sequence[Any], sql: str, ids: list[str], scope: list[Any], lookups: Lookups
) -> Iterator[list[Any]]:
    marks = ", ".join("?" for _ in ids)
    found = {row[0]: row[1:] for row in db.execute(sql.replace("{marks}", marks), [*ids, *scope]).fetchall()}
    for row_id in ids:
        values = found.get(row_id)
        if values is not None:
            yield [to_cell(c, v, lookups) for c, v in zip(cols, values, strict=True)]


def _as_date(value: Any) -> Any:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


def _title(kind: str) -> str:
    return kind.replace("_", "-").capitalize()


# -- filters given on the command line ---------------------------------------
def build_query(
    db: Database, kind: str, *, project: str | None = None, search: str = "", filters: Iterable[str] = ()
) -> tuple[lists.ListQuery, str | None]:
    """A list query from ``--project CODE``, ``--search`` and ``--filter key=value`` (codes allowed for ids).

    Returns the query and, for lists whose screen has no project filter
    (households, services, follow-ups), the project to narrow the export to.
    """
    kind = KIND_ALIASES.get(kind, kind)
    available = {f.key: f for f in lists.filter_options(db, kind)}
    values: dict[str, str] = {}
    extra_project: str | None = None
    if project:
        pid = project_id(db, project)
        if "project" in available:
            values["project"] = pid
        elif kind in PROJECT_SCOPES:
            extra_project = pid
        else:
            raise UsageError(f"The {kind.replace('_', '-')} list cannot be limited to a project.")
    for item in filters:
        key, sep, value = item.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key:
            raise UsageError(f"--filter takes key=value (got {item!r}).")
        if key not in available:
            names = ", ".join(sorted(available)) or "none"
            raise UsageError(f"The {kind.replace('_', '-')} list has no filter {key!r} (filters: {names}).")
        values[key] = _option_value(db, available[key], value) if value else ""
    return lists.ListQuery(search=search, filters={k: v for k, v in values.items() if v}), extra_project


# The project of a row, for lists whose screen has no project filter.
PROJECT_SCOPES: dict[str, str] = {
    "households": "(SELECT project_id FROM action_programmes WHERE id = x.programme_id)",
    "services": "coalesce((SELECT project_id FROM children WHERE id = x.child_id), "
    "(SELECT project_id FROM action_programmes WHERE id = x.programme_id))",
    "follow_ups": "(SELECT project_id FROM children WHERE id = x.child_id)",
}


def _option_value(db: Database, option: lists.Filter, value: str) -> str:
    """Accept a filter's value, its label, or for records their code; a range or a text as typed (checked
    when the list reads it: a value that cannot be read is one sentence, exit status 2)."""
    if option.kind in ("number", "date"):
        lists.read_range(option.kind, value, option.label)
        return value
    if option.kind == "text":
        return value
    folded = value.casefold()
    for key, label in option.options:
        if folded in (key.casefold(), label.casefold()):
            return key
    for key, label in option.options:
        if label.casefold().startswith(folded + " —"):
            return key
    if option.key == "project":
        return project_id(db, value)
    if option.key == "programme":
        row = db.execute("SELECT id FROM action_programmes WHERE upper(code) = ? AND deleted = 0", [value.upper()])
        found = row.fetchone()
        if found:
            return str(found[0])
    if option.key == "province":
        found = db.execute("SELECT id FROM locations WHERE upper(code) = ? AND level = 'province'", [value.upper()])
        hit = found.fetchone()
        if hit:
            return str(hit[0])
    raise NotFound(f"There is no {option.label.lower()} {value!r}.")


def project_id(db: Database, code: str) -> str:
    row = db.execute(
        "SELECT id FROM projects WHERE deleted = 0 AND (upper(code) = ? OR id = ?)", [code.upper(), code]
    ).fetchone()
    if not row:
        raise NotFound(f"There is no project {code}.")
    return str(row[0])


# -- aggregates ----------------------------------------------------------------
AGGREGATE_HEADER = ["Project", "Period", "Province", "Indicator", "Sex", "Value"]


def indicator_aggregate(db: Database, project: str | None = None) -> Iterator[list[Any]]:
    """Withdrawn and prevented (by outcome date) and E1/L1 (by service start) per period, province and sex."""
    from cl_desktop.figures.indicators import indicator_rows

    pid = project_id(db, project) if project else None
    code = None
    if pid:
        code = db.execute("SELECT code FROM projects WHERE id = ?", [pid]).fetchone()[0]
    rows: list[tuple[Any, ...]] = [
        (r["project"], r["period"], r["province"], r["indicator"], r["sex"], r["value"])
        for r in indicator_rows(db)
        if code is None or r["project"] == code
    ]
    rows += _e1_l1(db, pid)
    rows.sort(key=lambda r: tuple("" if v is None else str(v) for v in r[:5]))
    for r in rows:
        yield list(r)


def _e1_l1(db: Database, project: str | None) -> list[tuple[Any, ...]]:
    from cl_desktop.domain.rules import EDUCATION_SERVICES

    edu = sorted(EDUCATION_SERVICES)
    marks = ", ".join("?" for _ in edu)
    scope = " AND p.id = ?" if project else ""
    args: list[Any] = [project] if project else []
    e1 = f"""SELECT p.code, rp.code, coalesce(l.name_en, ''), 'E1', c.sex, count(DISTINCT c.id)
        FROM services s JOIN children c ON c.id = s.child_id JOIN projects p ON p.id = c.project_id
        JOIN reporting_periods rp ON rp.project_id = p.id AND rp.deleted = 0
             AND s.start_date BETWEEN rp.start_date AND rp.end_date
        LEFT JOIN locations l ON l.id = c.province_id
        WHERE s.deleted = 0 AND c.deleted = 0 AND c.work_status != 'not_at_risk'
          AND s.service_type IN ({marks}){scope}
        GROUP BY 1, 2, 3, 5"""
    l1 = f"""SELECT p.code, rp.code, coalesce(pv.name_en, ''), 'L1', coalesce(nullif(h.head_sex, ''), 'M'),
               count(DISTINCT h.id)
        FROM services s JOIN households h ON h.id = s.household_id
        JOIN action_programmes ap ON ap.id = coalesce(s.programme_id, h.programme_id)
        JOIN projects p ON p.id = ap.project_id
        JOIN reporting_periods rp ON rp.project_id = p.id AND rp.deleted = 0
             AND s.start_date BETWEEN rp.start_date AND rp.end_date
        LEFT JOIN locations v ON v.id = h.location_id
        LEFT JOIN locations pv ON pv.id = (
            WITH RECURSIVE up(id, parent_id, level) AS (
              SELECT id, parent_id, level FROM locations WHERE id = h.location_id
              UNION ALL SELECT x.id, x.parent_id, x.level FROM locations x JOIN up ON x.id = up.parent_id)
            SELECT id FROM up WHERE level = 'province')
        WHERE s.deleted = 0 AND h.deleted = 0 AND s.service_type = 'livelihood'{scope}
        GROUP BY 1, 2, 3, 5"""
    return [tuple(r) for r in db.execute(e1, [*edu, *args])] + [tuple(r) for r in db.execute(l1, args)]


def export_aggregate(
    db: Database, path: str | os.PathLike[str], project: str | None = None, progress: Progress | None = None
) -> int:
    return write_table(path, AGGREGATE_HEADER, indicator_aggregate(db, project), title="Indicators", progress=progress)


def tpr_tables_available() -> bool:
    try:
        module = importlib.import_module("cl_desktop.reports.tpr")
    except ImportError:
        return False
    return hasattr(module, "tables")


def export_tpr_tables(
    db: Database,
    path: str | os.PathLike[str],
    project: str,
    period: str,
    lang: str = "en",
    progress: Progress | None = None,
) -> int:
    """The Technical Progress Report's tables: one sheet each in XLSX, one long table in CSV.

    Column groups of the PDF (``This period`` / ``Cumulative``) become part of
    the column names, so every column has a name of its own. XLSX sheet names
    are shortened to Excel's 31 characters; a last sheet, Contents, lists each
    sheet with the table's full title.
    """
    if not tpr_tables_available():
        raise UsageError("TPR tables cannot be exported by this version.")
    project_id(db, project)
    tpr = importlib.import_module("cl_desktop.reports.tpr")
    tables = [
        Table(t.title, flat_header(list(t.header), tuple(getattr(t, "groups", ()) or ())), t.rows)
        for t in tpr.tables(db, project, period, lang)
    ]
    if format_of(path) == "xlsx":
        named = [Table(sheet_name(t.title), t.header, t.rows) for t in tables]
        contents = Table(
            "Contents", ["Sheet", "Table"], [[n.title, t.title] for n, t in zip(named, tables, strict=True)]
        )
        return write_tables(path, [*named, contents], progress)
    return write_tables(path, tables, progress)


def flat_header(header: list[str], groups: tuple[tuple[str, int], ...]) -> list[str]:
    """``Girls`` under ``This period`` becomes ``This period: Girls``."""
    if not groups:
        return header
    out: list[str] = []
    position = 0
    for label, span in groups:
        for name in header[position : position + span]:
            out.append(f"{label}: {name}" if label else name)
        position += span
    return out + header[position:]


def sheet_name(title: str) -> str:
    """A sheet name that says which table it is within Excel's 31 characters."""
    if len(title) <= 31:
        return title
    code, colon, rest = title.partition(":")
    prefix = code.strip() + " " if colon and len(code) <= 10 else ""
    body = rest.strip() if colon and prefix else title
    if " by " in body:
        tail = body.rsplit(" by ", 1)[1]
        name = f"{prefix}by {tail}" if prefix else f"By {tail}"
        if len(name) > 31 and " (" in name:
            name = name.split(" (", 1)[0]
        return name
    return title
