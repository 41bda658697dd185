"""Action programme report: one implementing partner's programme, its money and its children."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from reportlab.platypus import Flowable
from sqlite_utils import Database

from cl_desktop.errors import NotFound
from cl_desktop.figures.indicators import AGE_GROUP_SQL, BySex, outcome_counts
from cl_desktop.i18n.formats import format_number, format_period
from cl_desktop.i18n.labels import label
from cl_desktop.reports import data
from cl_desktop.reports.common import (
    BuildOptions,
    ProgressCallback,
    date_text,
    iso,
    percent,
    percent_text,
    table_flowables,
)
from cl_desktop.reports.data import ReportTable
from cl_desktop.reports.layout import PageHeader, build_pdf, key_value_table
from cl_desktop.reports.styles import Lang, get_styles
from cl_desktop.reports.text import para


def _resolve(db: Database, options: BuildOptions) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Programme (named, else the project's first), its project and the period."""
    if options.programme:
        programme = data.programme_by_code(db, options.programme)
        project_row = data.project_by_code(db, _code_of(db, programme["project_id"]))
        if options.project and options.project != project_row["code"]:
            raise NotFound(f"Action programme {options.programme} is not part of project {options.project}.")
    else:
        project_row = data.project_by_code(db, options.project)
        listed = data.programmes(db, project_row["id"])
        if not listed:
            raise NotFound(f"Project {project_row['code']} has no action programme.")
        programme = listed[0]
    period = data.period_by_code(db, project_row, options.period)
    return programme, project_row, period


def _code_of(db: Database, project_id: str) -> str:
    return str(db.execute("SELECT code FROM projects WHERE id = ?", [project_id]).fetchone()[0])


def _sex3(value: BySex | None) -> tuple[int, int, int]:
    value = value or BySex()
    return value.f, value.m, value.total


def programme_tables(
    db: Database, programme: dict[str, Any], project: dict[str, Any], period: dict[str, Any], lang: Lang
) -> list[ReportTable]:
    pid, apid = project["id"], programme["id"]
    since, until = period["start_date"], period["end_date"]
    g, b, t = label("girls", lang), label("boys", lang), label("total", lang)
    rows: list[tuple[Any, ...]] = []
    for outcome, key, target_f, target_m in (
        ("withdrawn", "children_withdrawn", "target_withdrawn_f", "target_withdrawn_m"),
        ("prevented", "children_prevented", "target_prevented_f", "target_prevented_m"),
    ):
        in_period = outcome_counts(db, pid, outcome, since=since, until=until, programme_id=apid).get("total")
        cumulative = outcome_counts(db, pid, outcome, until=until, programme_id=apid).get("total", BySex())
        target = int(programme[target_f]) + int(programme[target_m])
        rows.append(
            (label(key, lang), target, *_sex3(in_period), *_sex3(cumulative), percent(cumulative.total, target))
        )
    achievements = ReportTable(
        label("progress_against_target", lang),
        (label("indicator", lang), label("target", lang), g, b, t, g, b, t, label("percent_of_target", lang)),
        rows,
        percent_columns=frozenset({8}),
        groups=(("", 2), (label("this_period", lang), 3), (label("cumulative", lang), 3), ("", 1)),
    )
    registered = data.registered_by(db, pid, "c.work_status", until=until, programme_id=apid)
    statuses = data.reference_labels(db, "work_status", lang)
    reg_rows: list[tuple[Any, ...]] = []
    total = BySex()
    for code in data.reference_order(db, "work_status"):
        if code in registered:
            value = registered[code]
            total.f += value.f
            total.m += value.m
            reg_rows.append((statuses.get(code, code), *_sex3(value)))
    reg_rows.append((label("total", lang), *_sex3(total)))
    registered_table = ReportTable(
        label("registered_children", lang), (label("work_status", lang), g, b, t), reg_rows, total_rows=1
    )
    by_age = data.registered_by(db, pid, AGE_GROUP_SQL, until=until, programme_id=apid)
    age_rows: list[tuple[Any, ...]] = []
    total = BySex()
    for key in sorted(by_age, key=lambda k: (k == "other", int(k.split("-")[0]) if k[0].isdigit() else 99)):
        value = by_age[key]
        total.f += value.f
        total.m += value.m
        age_rows.append((label("other_ages", lang) if key == "other" else key, *_sex3(value)))
    age_rows.append((label("total", lang), *_sex3(total)))
    age_table = ReportTable(
        f"{label('registered_children', lang)}: {label('age_group', lang)}",
        (label("age_group", lang), g, b, t),
        age_rows,
        total_rows=1,
    )
    services_period = data.services_by_type(db, pid, since=since, until=until, programme_id=apid)
    services_cum = data.services_by_type(db, pid, until=until, programme_id=apid)
    names = data.reference_labels(db, "service_type", lang)
    service_rows: list[tuple[Any, ...]] = []
    sums = [0] * 6
    for code in data.reference_order(db, "service_type"):
        if code in services_cum:
            values = (*_sex3(services_period.get(code)), *_sex3(services_cum.get(code)))
            sums = [x + y for x, y in zip(sums, values, strict=True)]
            service_rows.append((names.get(code, code), *values))
    service_rows.append((label("total", lang), *sums))
    services = ReportTable(
        label("services_delivered", lang),
        (label("service_type", lang), g, b, t, g, b, t),
        service_rows,
        total_rows=1,
        groups=(("", 1), (label("this_period", lang), 3), (label("cumulative", lang), 3)),
    )
    return [achievements, registered_table, age_table, services]


def tables(
    db: Database,
    project_code: str | None,
    period_code: str | None,
    lang: Lang = "en",
    programme_code: str | None = None,
) -> list[ReportTable]:
    programme, project, period = _resolve(
        db, BuildOptions(project=project_code, period=period_code, lang=lang, programme=programme_code)
    )
    return programme_tables(db, programme, project, period, lang)


def facts(db: Database, programme: dict[str, Any], project: dict[str, Any], lang: Lang) -> list[tuple[str, Any]]:
    partner = data.organisation_names(db, [programme["partner_id"] or ""]).get(programme["partner_id"] or "", "")
    strategies = data.reference_labels(db, "strategy", lang)
    sectors = data.reference_labels(db, "sector", lang)
    statuses = data.reference_labels(db, "programme_status", lang)
    places = [
        r[0]
        for r in db.execute(
            f"SELECT {data.name_column(lang)} FROM programme_locations pl "
            "JOIN locations ON locations.id = pl.location_id WHERE pl.programme_id = ? AND pl.deleted = 0 ORDER BY 1",
            [programme["id"]],
        )
    ]
    money = programme["currency"]
    return [
        (label("code", lang), programme["code"]),
        (label("title", lang), programme["title"]),
        (label("project", lang), f"{project['code']} · {project['title']}"),
        (label("implementing_partner", lang), partner),
        (label("strategy", lang), ", ".join(strategies.get(s, s) for s in data.json_list(programme["strategy"]))),
        (label("sectors_targeted", lang), ", ".join(sectors.get(s, s) for s in data.json_list(programme["sectors"]))),
        (label("provinces_covered", lang), ", ".join(places)),
        (label("project_period", lang), format_period(iso(programme["start_date"]), iso(programme["end_date"]), lang)),
        (label("status", lang), statuses.get(programme["status"], programme["status"])),
        (label("budget", lang), f"{money} {format_number(round(programme['budget']), lang)}"),
        (
            label("expenditure", lang),
            f"{money} {format_number(round(programme['expenditure']), lang)} "
            f"({percent_text(percent(programme['expenditure'], programme['budget']), lang)})",
        ),
    ]


def story(
    db: Database, programme: dict[str, Any], project: dict[str, Any], period: dict[str, Any], lang: Lang
) -> Iterator[Flowable]:
    styles = get_styles(lang)
    yield para(label("action_programme_report", lang), styles.title)
    yield para(f"{programme['code']} · {programme['title']}", styles.subtitle)
    yield key_value_table(facts(db, programme, project, lang), lang=lang)
    achievements, registered, ages, services = programme_tables(db, programme, project, period, lang)
    yield from table_flowables(achievements, lang, ["*", "9%", "7.5%", "7.5%", "8%", "7.5%", "7.5%", "8%", "9%"])
    yield from table_flowables(registered, lang, ["*", "14%", "14%", "14%"])
    yield from table_flowables(ages, lang, ["*", "14%", "14%", "14%"])
    yield from table_flowables(services, lang, ["*", "9%", "9%", "9%", "9%", "9%", "9%"])


def build_with(
    kind: str, db: Database, path: str | os.PathLike[str], options: BuildOptions, on_page: ProgressCallback | None
) -> int:
    programme, project, period = _resolve(db, options)
    lang = options.lang
    header = PageHeader(
        title=label("action_programme_report", lang),
        project=f"{programme['code']} · {programme['title']}",
        period=f"{label('reporting_period', lang)}: {date_text(period['start_date'], lang)} – "
        f"{date_text(period['end_date'], lang)}",
    )
    return build_pdf(path, story(db, programme, project, period, lang), header=header, lang=lang, on_page=on_page)
