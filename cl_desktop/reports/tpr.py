"""Technical Progress Report: the semi-annual report a project sends its donor.

Cover sheet, summary of achievements, the indicator data reporting form,
beneficiary tables, services, action programme status, results framework,
charts and the period's narrative. Every number is an SQL aggregate
(``figures/indicators.py`` and ``reports/data.py``); :func:`tables` returns the
same tables as plain values for CSV/XLSX export.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Spacer
from sqlite_utils import Database

from cl_desktop.figures import approved, duplicate_queue, indicators
from cl_desktop.figures.indicator_facts import E1_KINDS, L1_KINDS
from cl_desktop.figures.indicators import (
    BySex,
    ProjectIndicators,
    outcome_counts,
)
from cl_desktop.i18n.formats import format_number, format_period
from cl_desktop.i18n.labels import counted, label
from cl_desktop.reports import annex_a, data, referrals
from cl_desktop.reports.charts import ProgressBar, ProgressChart
from cl_desktop.reports.common import (
    BuildOptions,
    ProgressCallback,
    date_text,
    iso,
    percent,
    percent_text,
    short_name,
    table_flowables,
)
from cl_desktop.reports.data import ReportTable
from cl_desktop.reports.evidence import REFERENCES, reference_of
from cl_desktop.reports.layout import PageHeader, build_pdf, frame_size, key_value_table
from cl_desktop.reports.quality import check_note
from cl_desktop.reports.styles import Lang, get_styles
from cl_desktop.reports.text import para

__all__ = ["ReportTable", "TprContext", "build", "collect", "tables"]

_POC = ("POC1", "POC2", "POC3", "POC4", "POH1", "POH2", "POH3", "POH4")


@dataclass
class TprContext:
    """Everything the report prints, gathered once."""

    db: Database
    lang: Lang
    project: dict[str, Any]
    period: dict[str, Any]
    indicators: ProjectIndicators
    common_targets: dict[str, float | None]

    @property
    def since(self) -> str:
        return str(self.period["start_date"])

    @property
    def until(self) -> str:
        return str(self.period["end_date"])

    def period_text(self) -> str:
        return format_period(iso(self.period["start_date"]), iso(self.period["end_date"]), self.lang)

    def project_period_text(self) -> str:
        return format_period(iso(self.project["start_date"]), iso(self.project["end_date"]), self.lang)


def collect(db: Database, project_code: str | None, period_code: str | None, lang: Lang = "en") -> TprContext:
    """Resolve project and period (NotFound when unknown) and run the indicator aggregates."""
    project = data.project_by_code(db, project_code)
    period = data.period_by_code(db, project, period_code)
    targets: dict[str, float | None] = {}
    for code, value in db.execute(
        "SELECT common_code, target_value FROM indicators WHERE project_id = ? AND deleted = 0 "
        "AND common_code IS NOT NULL ORDER BY sort",
        [project["id"]],
    ):
        targets.setdefault(str(code), value)
    figures = indicators.project_indicators(db, project, period)
    frozen = approved.stored(db, period["id"])
    if frozen is not None:
        figures = _as_approved(figures, frozen)
    return TprContext(db, lang, project, period, figures, targets)


def _as_approved(figures: ProjectIndicators, frozen: dict[str, dict[str, list[int]]]) -> ProjectIndicators:
    """The indicator form's figures as the period's approval froze them (the records may have moved since)."""

    def by_sex(ref: str, span: str) -> BySex:
        girls, boys = frozen[ref][span]
        return BySex(girls, boys)

    return dataclasses.replace(
        figures,
        withdrawn_period=by_sex("A1.1", "period"),
        withdrawn_cumulative=by_sex("A1.1", "cumulative"),
        prevented_period=by_sex("A1.2", "period"),
        prevented_cumulative=by_sex("A1.2", "cumulative"),
        e1_period={**figures.e1_period, "total": by_sex("A1.3", "period")},
        e1_cumulative={**figures.e1_cumulative, "total": by_sex("A1.3", "cumulative")},
        l1_period=by_sex("A1.4", "period"),
        l1_cumulative=by_sex("A1.4", "cumulative"),
    )


def restatement_table(ctx: TprContext) -> ReportTable | None:
    """Figures of earlier approved reports that the records no longer give, and the children that moved."""
    lang = ctx.lang
    found = approved.restatements(ctx.db, ctx.project["id"], ctx.since)
    if not found:
        return None
    names = {ref: label(key, lang) for ref, (key, _kind) in REFERENCES.items()}
    rows: list[tuple[Any, ...]] = []
    for r in found:
        moved = [*(f"+{c}" for c in r.entered), *(f"-{c}" for c in r.left)]
        shown = ", ".join(moved[:12]) + (f" (+{len(moved) - 12})" if len(moved) > 12 else "")
        entered, left = format_number(len(r.entered), lang), format_number(len(r.left), lang)
        why = label("restated_why", lang, entered=entered, left=left)
        rows.append((r.period_code, f"{r.reference} {names[r.reference]}", r.approved, r.current, shown, why))
    return ReportTable(
        label("restatements", lang),
        (
            label("reporting_period", lang),
            label("indicator", lang),
            label("approved_value", lang),
            label("current_value", lang),
            label("children_moved", lang),
            label("reason", lang),
        ),
        rows,
    )


def _sex3(value: BySex | None) -> tuple[int, int, int]:
    value = value or BySex()
    return value.f, value.m, value.total


# --- Tables ----------------------------------------------------------------------------


def _girls_boys_total(lang: Lang) -> tuple[str, str, str]:
    return label("girls", lang), label("boys", lang), label("total", lang)


def indicator_form(ctx: TprContext) -> ReportTable:
    lang = ctx.lang
    ind = ctx.indicators
    g, b, t = _girls_boys_total(lang)
    rows: list[tuple[Any, ...]] = []
    for key, period_value, cumulative, target in (
        ("children_withdrawn", ind.withdrawn_period, ind.withdrawn_cumulative, ind.target_withdrawn.total),
        ("children_prevented", ind.prevented_period, ind.prevented_cumulative, ind.target_prevented.total),
    ):
        target_value = target or ctx.common_targets.get(key.split("_")[1])
        rows.append(
            (
                label(key, lang),
                target_value,
                *_sex3(period_value),
                *_sex3(cumulative),
                percent(cumulative.total, target_value),
            )
        )
    e1_target = ctx.common_targets.get("E1")
    e1_period = ind.e1_period.get("total", BySex())
    e1_cum = ind.e1_cumulative.get("total", BySex())
    rows.append(
        (
            f"E1 {label('indicator_e1', lang)}",
            e1_target,
            *_sex3(e1_period),
            *_sex3(e1_cum),
            percent(e1_cum.total, e1_target),
        )
    )
    l1_target = ctx.common_targets.get("L1")
    rows.append(
        (
            f"L1 {label('indicator_l1', lang)}",
            l1_target,
            None,
            None,
            ind.l1_period.total,
            None,
            None,
            ind.l1_cumulative.total,
            percent(ind.l1_cumulative.total, l1_target),
        )
    )
    return ReportTable(
        label("indicator_data_form", lang),
        (label("indicator", lang), label("target", lang), g, b, t, g, b, t, label("percent_of_target", lang)),
        rows,
        percent_columns=frozenset({8}),
        groups=(("", 2), (label("this_period", lang), 3), (label("cumulative", lang), 3), ("", 1)),
    )


#: The evidence reference of each row of the indicator form, in order (withdrawn, prevented, E1, L1).
FORM_REFERENCES = tuple(REFERENCES)


def with_references(form: ReportTable) -> ReportTable:
    """The form as printed: each figure's row led by its evidence reference ("A1.1 Children withdrawn").

    The exported tables keep the plain labels other systems key on.
    """
    rows = [(f"{ref} {row[0]}", *row[1:]) for ref, row in zip(FORM_REFERENCES, form.rows, strict=True)]
    return dataclasses.replace(form, rows=rows)


def poc_table(ctx: TprContext) -> ReportTable:
    lang = ctx.lang
    g, b, t = _girls_boys_total(lang)
    rows: list[tuple[Any, ...]] = []
    for code in _POC:
        ratio = ctx.indicators.status[code]
        target = ctx.common_targets.get(code)
        rows.append(
            (
                f"{code} {label('indicator_' + code.lower(), lang)}",
                target,
                ratio.f,
                ratio.m,
                ratio.total,
                ratio.numerator.total,
                ratio.denominator.total,
            )
        )
    return ReportTable(
        f"{label('common_indicators', lang)}: POC1-POC4, POH1-POH4",
        (label("indicator", lang), label("target", lang), g, b, t, label("count", lang), label("children", lang)),
        rows,
        percent_columns=frozenset({1, 2, 3, 4}),
    )


def e1_table(ctx: TprContext) -> ReportTable:
    lang = ctx.lang
    names = data.reference_labels(ctx.db, "service_type", lang)
    g, b, t = _girls_boys_total(lang)
    rows: list[tuple[Any, ...]] = []
    for code in data.reference_order(ctx.db, "service_type"):
        if code not in ctx.indicators.e1_cumulative:
            continue
        rows.append(
            (
                names.get(code, code),
                *_sex3(ctx.indicators.e1_period.get(code)),
                *_sex3(ctx.indicators.e1_cumulative.get(code)),
            )
        )
    rows.append(
        (
            label("total_children_once", lang),
            *_sex3(ctx.indicators.e1_period.get("total")),
            *_sex3(ctx.indicators.e1_cumulative.get("total")),
        )
    )
    return ReportTable(
        label("e1_by_service_type", lang),
        (label("service_type", lang), g, b, t, g, b, t),
        rows,
        total_rows=1,
        groups=(("", 1), (label("this_period", lang), 3), (label("cumulative", lang), 3)),
    )


#: USDOL's E1 education service types; school supplies and scholarships keep a child in formal school.
def e1_split(ctx: TprContext) -> ReportTable:
    """E1 cumulatively by work status at intake × education service type, as USDOL's form asks.

    A child in child labour (hazardous or not) counts under child labour, never also as at risk;
    a child given two types counts under each type and once in the row's total.
    """
    lang = ctx.lang
    found = indicators.e1_split(ctx.db, ctx.project["id"], ctx.until)
    statuses = data.reference_labels(ctx.db, "work_status", lang)
    rows: list[tuple[Any, ...]] = []
    for status, name in (("child_labour", statuses.get("child_labour", "")), ("at_risk", statuses.get("at_risk", ""))):
        rows.append((name, *(found.get((status, k), 0) for k in (*E1_KINDS, "total"))))
    rows.append((label("total", lang), *(sum(int(r[i]) for r in rows) for i in range(1, 5))))
    return ReportTable(
        label("e1_split", lang),
        (
            label("work_status", lang),
            label("e1_formal", lang),
            label("e1_nonformal", lang),
            label("e1_vocational", lang),
            label("total_children_once", lang),
        ),
        rows,
        total_rows=1,
    )


def l1_split(ctx: TprContext) -> ReportTable:
    """L1 cumulatively by livelihood service type and the household head's sex, as USDOL's form asks.

    A household given two types counts under each type and once in the total, which equals A1.4;
    a service whose type was not recorded is shown on its own row, never guessed.
    """
    lang = ctx.lang
    found = indicators.l1_split(ctx.db, ctx.project["id"], ctx.until)
    names = data.reference_labels(ctx.db, "livelihood_kind", lang)
    rows: list[tuple[Any, ...]] = [(names.get(k, k), *_sex3(found.get(k))) for k in L1_KINDS]
    if "" in found:
        rows.append((label("not_recorded", lang), *_sex3(found[""])))
    rows.append((label("total_households_once", lang), *_sex3(found.get("total"))))
    return ReportTable(
        label("l1_split", lang),
        (
            label("livelihood_kind", lang),
            label("female_headed", lang),
            label("male_headed", lang),
            label("total", lang),
        ),
        rows,
        total_rows=1,
    )


def country_table(ctx: TprContext) -> ReportTable | None:
    """Children withdrawn and prevented by country, for a project working in more than one."""
    if len(data.json_list(ctx.project["countries"])) <= 1:
        return None
    lang = ctx.lang
    pid = ctx.project["id"]
    withdrawn = outcome_counts(ctx.db, pid, "withdrawn", until=ctx.until, by="province")
    prevented = outcome_counts(ctx.db, pid, "prevented", until=ctx.until, by="province")
    country_of = data.countries_of(ctx.db, [*withdrawn, *prevented], lang)
    missing = label("not_recorded", lang)
    by_country: dict[str, tuple[BySex, BySex]] = {}
    for counts_, i in ((withdrawn, 0), (prevented, 1)):
        for province, value in counts_.items():
            pair = by_country.setdefault(country_of.get(province, ""), (BySex(), BySex()))
            pair[i].f += value.f
            pair[i].m += value.m
    rows: list[tuple[Any, ...]] = []
    total_w, total_p = BySex(), BySex()
    for name in sorted(by_country, key=lambda k: (not k, k)):
        w, p = by_country[name]
        total_w.f, total_w.m = total_w.f + w.f, total_w.m + w.m
        total_p.f, total_p.m = total_p.f + p.f, total_p.m + p.m
        rows.append((name or missing, *_sex3(w), *_sex3(p), w.total + p.total))
    rows.append((label("total", lang), *_sex3(total_w), *_sex3(total_p), total_w.total + total_p.total))
    g, b, t = _girls_boys_total(lang)
    return ReportTable(
        label("beneficiaries_by_country", lang),
        (label("country", lang), g, b, t, g, b, t, label("total", lang)),
        rows,
        total_rows=1,
        groups=(("", 1), (label("withdrawn", lang), 3), (label("prevented", lang), 3), ("", 1)),
    )


def _outcome_breakdown(ctx: TprContext, by: str, title_key: str, first_header: str) -> ReportTable:
    lang = ctx.lang
    pid = ctx.project["id"]
    withdrawn = outcome_counts(ctx.db, pid, "withdrawn", until=ctx.until, by=by)
    prevented = outcome_counts(ctx.db, pid, "prevented", until=ctx.until, by=by)
    keys = list(dict.fromkeys([*withdrawn, *prevented]))
    names = _category_names(ctx, by, keys)
    order = list(names)
    rows: list[tuple[Any, ...]] = []
    total_w, total_p = BySex(), BySex()
    for key in order:
        w, p = withdrawn.get(key, BySex()), prevented.get(key, BySex())
        total_w.f += w.f
        total_w.m += w.m
        total_p.f += p.f
        total_p.m += p.m
        rows.append((names[key], *_sex3(w), *_sex3(p), w.total + p.total))
    rows.append((label("total", lang), *_sex3(total_w), *_sex3(total_p), total_w.total + total_p.total))
    g, b, t = _girls_boys_total(lang)
    return ReportTable(
        label(title_key, lang),
        (first_header, g, b, t, g, b, t, label("total", lang)),
        rows,
        total_rows=1,
        groups=(("", 1), (label("withdrawn", lang), 3), (label("prevented", lang), 3), ("", 1)),
    )


def _category_names(ctx: TprContext, by: str, keys: list[str]) -> dict[str, str]:
    """Display names in a stable, meaningful order (age groups ascending, others by name)."""
    lang = ctx.lang
    missing = label("not_recorded", lang)
    if by == "age_group":
        from cl_desktop.domain.rules import AGE_GROUPS

        ordered = [name for name, _, _ in AGE_GROUPS if name in keys]
        if "other" in keys:
            ordered.append("other")
        return {k: (label("other_ages", lang) if k == "other" else k) for k in ordered}
    if by == "sector":
        sector_names = data.reference_labels(ctx.db, "sector", lang)
        sector_order = data.reference_order(ctx.db, "sector")
        ordered = [k for k in sector_order if k in keys] + sorted(k for k in keys if k not in sector_order)
        return {k: (sector_names.get(k, k) if k else missing) for k in ordered}
    if by == "province":
        place = data.location_names(ctx.db, keys, lang)
        return dict(sorted(((k, place.get(k, missing)) for k in keys), key=lambda kv: (not kv[0], kv[1])))
    codes = {
        row[0]: row[1]
        for row in ctx.db.execute("SELECT id, code FROM action_programmes WHERE project_id = ?", [ctx.project["id"]])
    }
    return dict(sorted(((k, codes.get(k, missing)) for k in keys), key=lambda kv: (not kv[0], kv[1])))


def services_table(ctx: TprContext) -> ReportTable:
    lang = ctx.lang
    pid = ctx.project["id"]
    in_period = data.services_by_type(ctx.db, pid, since=ctx.since, until=ctx.until)
    cumulative = data.services_by_type(ctx.db, pid, until=ctx.until)
    names = data.reference_labels(ctx.db, "service_type", lang)
    rows: list[tuple[Any, ...]] = []
    sums = [0] * 6
    for code in data.reference_order(ctx.db, "service_type"):
        if code not in cumulative:
            continue
        values = (*_sex3(in_period.get(code)), *_sex3(cumulative.get(code)))
        sums = [a + b for a, b in zip(sums, values, strict=True)]
        rows.append((names.get(code, code), *values))
    rows.append((label("total", lang), *sums))
    # Services, not children: the headings say so (E1 counts the children).
    g, b, t = label("services_to_girls", lang), label("services_to_boys", lang), label("services_total", lang)
    return ReportTable(
        label("services_delivered", lang),
        (label("service_type", lang), g, b, t, g, b, t),
        rows,
        total_rows=1,
        groups=(("", 1), (label("this_period", lang), 3), (label("cumulative", lang), 3)),
    )


def programme_table(ctx: TprContext) -> ReportTable:
    lang = ctx.lang
    pid = ctx.project["id"]
    withdrawn = outcome_counts(ctx.db, pid, "withdrawn", until=ctx.until, by="programme")
    prevented = outcome_counts(ctx.db, pid, "prevented", until=ctx.until, by="programme")
    statuses = data.reference_labels(ctx.db, "programme_status", lang)
    rows: list[tuple[Any, ...]] = []
    budget = spent = target_sum = achieved_sum = 0.0
    for ap in data.programmes(ctx.db, pid):
        target = sum(int(ap[k]) for k in data_targets())
        achieved = withdrawn.get(ap["id"], BySex()).total + prevented.get(ap["id"], BySex()).total
        budget += ap["budget"]
        spent += ap["expenditure"]
        target_sum += target
        achieved_sum += achieved
        rows.append(
            (
                ap["code"],
                ap["title"],
                date_text(ap["start_date"], lang),
                date_text(ap["end_date"], lang),
                statuses.get(ap["status"], ap["status"]),
                round(ap["budget"]),
                round(ap["expenditure"]),
                percent(ap["expenditure"], ap["budget"]),
                target,
                achieved,
                percent(achieved, target),
            )
        )
    rows.append(
        (
            label("total", lang),
            "",
            "",
            "",
            "",
            round(budget),
            round(spent),
            percent(spent, budget),
            int(target_sum),
            int(achieved_sum),
            percent(achieved_sum, target_sum),
        )
    )
    return ReportTable(
        label("programme_status", lang),
        (
            label("code", lang),
            label("action_programme", lang),
            label("start_date", lang),
            label("end_date", lang),
            label("status", lang),
            label("budget", lang),
            label("expenditure", lang),
            label("spent_percent", lang),
            label("target", lang),
            label("achieved", lang),
            label("percent_of_target", lang),
        ),
        rows,
        total_rows=1,
        percent_columns=frozenset({7, 10}),
    )


def data_targets() -> tuple[str, ...]:
    return ("target_withdrawn_f", "target_withdrawn_m", "target_prevented_f", "target_prevented_m")


def computed_actuals(ctx: TprContext) -> dict[str, float | None]:
    """Actual values of indicators that have a common code, computed from the records."""
    ind = ctx.indicators
    actual: dict[str, float | None] = {
        "withdrawn": ind.withdrawn_cumulative.total,
        "prevented": ind.prevented_cumulative.total,
        "E1": ind.e1_cumulative.get("total", BySex()).total,
        "L1": ind.l1_cumulative.total,
    }
    for code, ratio in ind.status.items():
        actual[code] = ratio.total
    return actual


def _indicator_code(ind: dict[str, Any]) -> str:
    """The code the donor reads: the indicator form's reference for withdrawn/prevented, never an internal key."""
    code = str(ind["code"] or "")
    if code in ("withdrawn", "prevented"):
        return reference_of(f"children_{code}")
    return code


def results_table(ctx: TprContext) -> ReportTable:
    lang = ctx.lang
    actuals = computed_actuals(ctx)
    results = list(
        ctx.db.query(
            "SELECT id, parent_id, level, code, title FROM results WHERE project_id = ? AND deleted = 0 "
            "ORDER BY sort, code",
            [ctx.project["id"]],
        )
    )
    indicators = list(
        ctx.db.query(
            "SELECT * FROM indicators WHERE project_id = ? AND deleted = 0 ORDER BY sort, code", [ctx.project["id"]]
        )
    )
    by_result: dict[str | None, list[dict[str, Any]]] = {}
    for row in indicators:
        by_result.setdefault(row["result_id"], []).append(row)
    kids: dict[str | None, list[dict[str, Any]]] = {}
    for r in results:
        kids.setdefault(r["parent_id"], []).append(r)
    rows: list[tuple[Any, ...]] = []

    def value(number: float | None, text: str, unit: str) -> Any:
        if number is None:
            return text or ""
        if unit == "percent":
            return percent_text(number, lang)
        return round(number, 1) if number != int(number) else int(number)

    def add_indicators(result_id: str | None) -> None:
        for ind in by_result.get(result_id, []):
            common = ind["common_code"]
            actual = actuals.get(common) if common else ind["actual_value"]
            rows.append(
                (
                    _indicator_code(ind),
                    ind["title"],
                    value(ind["baseline_value"], ind["baseline_text"], ind["unit"]),
                    value(ind["target_value"], ind["target_text"], ind["unit"]),
                    value(actual, "" if common else ind["actual_text"], ind["unit"]),
                )
            )

    level_names = {
        "objective": label("objectives", lang),
        "outcome": label("outcome", lang),
        "output": label("output", lang),
    }

    def walk(parent: str | None) -> None:
        for r in kids.get(parent, []):
            rows.append(
                (
                    r["code"],
                    f"{level_names.get(r['level'], r['level'])}: {r['title']}",
                    "",
                    "",
                    "",
                )
            )
            if not by_result.get(r["id"]) and r["level"] != "objective" and not kids.get(r["id"]):
                rows.append(("", label("no_indicator_yet", lang), "", "", ""))
            add_indicators(r["id"])
            walk(r["id"])

    walk(None)
    add_indicators(None)
    return ReportTable(
        label("results_framework", lang),
        (
            label("code", lang),
            label("indicator", lang),
            label("baseline", lang),
            label("target", lang),
            label("actual", lang),
        ),
        rows,
    )


def beneficiary_tables(ctx: TprContext) -> list[ReportTable]:
    lang = ctx.lang
    countries = country_table(ctx)
    return [
        _outcome_breakdown(ctx, "age_group", "beneficiaries_by_age_group", label("age_group", lang)),
        _outcome_breakdown(ctx, "sector", "beneficiaries_by_sector", label("sector", lang)),
        *([countries] if countries is not None else []),
        _outcome_breakdown(ctx, "province", "beneficiaries_by_province", label("province", lang)),
        _outcome_breakdown(ctx, "programme", "beneficiaries_by_programme", label("action_programme", lang)),
    ]


def all_tables(ctx: TprContext) -> list[ReportTable]:
    return [
        indicator_form(ctx),
        poc_table(ctx),
        e1_table(ctx),
        *beneficiary_tables(ctx),
        services_table(ctx),
        programme_table(ctx),
        results_table(ctx),
        e1_split(ctx),
        l1_split(ctx),
        annex_a.table(ctx),
    ]


def tables(db: Database, project_code: str | None, period_code: str | None, lang: Lang = "en") -> list[ReportTable]:
    """The TPR's tables as plain values (raw numbers), for CSV/XLSX export."""
    return all_tables(collect(db, project_code, period_code, lang))


# --- PDF -----------------------------------------------------------------------------------


def header_for(ctx: TprContext) -> PageHeader:
    lang = ctx.lang
    return PageHeader(
        title=label("technical_progress_report", lang),
        project=short_name(ctx.project),
        period=f"{label('reporting_period', lang)}: {ctx.period_text()}",
    )


def _countries(ctx: TprContext) -> str:
    codes = data.json_list(ctx.project["countries"])
    if not codes:
        return str(ctx.project["region"])
    marks = ", ".join("?" for _ in codes)
    names = {
        code: name
        for code, name in ctx.db.execute(
            f"SELECT code, {data.name_column(ctx.lang)} FROM locations WHERE level = 'country' AND code IN ({marks})",
            codes,
        )
    }
    return ", ".join(names.get(c, c) for c in codes)


#: From this day SAM.gov's unique entity identifier replaced the DUNS number on federal awards.
UEI_FROM = "2022-04-04"
ANNEXES = ("annex_a", "annex_b", "annex_c", "annex_d", "annex_e", "annex_f", "annex_g", "annex_h")


def recipient_identifier(project: dict[str, Any], period: dict[str, Any]) -> tuple[str, str]:
    """("DUNS" or "UEI", the value or ""): chosen by the reporting period, as USDOL's cover sheet asks."""
    kind = "UEI" if str(period["end_date"]) >= UEI_FROM else "DUNS"
    return kind, str(project.get(kind.lower()) or "").strip()


def is_final(project: dict[str, Any], period: dict[str, Any]) -> bool:
    """The report for the period in which the project ends (or any later one) is the final report."""
    return str(period["end_date"]) >= str(project["end_date"])


def _missing(value: Any, lang: Lang) -> str:
    text = str(value or "").strip()
    return text or label("missing", lang)


def _boxes(items: list[tuple[str, bool]], lang: Lang) -> str:
    # Noto Sans has no ballot boxes: brackets read the same on paper.
    ticked_box, empty_box = "[X]", "[\u2002\u2002]"
    return "\n".join(f"{ticked_box if ticked else empty_box} {text}" for text, ticked in items)


def cover(ctx: TprContext) -> list[Flowable]:
    """USDOL's TPR cover sheet, box by box; a missing grant number or identifier is printed as missing."""
    lang = ctx.lang
    styles = get_styles(lang)
    p = ctx.project
    usdol = "department of labor" in str(p["donor"] or "").lower()
    kind, identifier = recipient_identifier(p, ctx.period)
    months = _months(ctx.period)
    final = is_final(p, ctx.period)
    contact = str(p["contact"] or "")
    pairs = [
        (label("cs_federal_agency", lang), label("cs_usdol", lang) if usdol else p["donor"]),
        (label("cs_grant_number", lang), _missing(p["grant_number"], lang)),
        (label("cs_uei" if kind == "UEI" else "cs_duns", lang), _missing(identifier, lang)),
        (label("cs_country_project", lang), f"{_countries(ctx)} · {p['title']} ({p['code']})"),
        (
            label("cs_contacts", lang),
            "\n".join(
                (
                    label("cs_contact_hq", lang, value=_missing(p["grantee"], lang)),
                    label("cs_contact_field", lang, value=_missing(contact, lang)),
                )
            ),
        ),
        (label("cs_project_period", lang), ctx.project_period_text()),
        (label("cs_period_end", lang), f"{date_text(ctx.period['end_date'], lang)} ({ctx.period['code']})"),
        (label("cs_final_report", lang), label("yes" if final else "no", lang)),
        (label("cs_frequency", lang), label("cs_semi_annual" if months == 6 else "cs_other_frequency", lang)),
        (label("cs_annexes", lang), _boxes([(label(a, lang), a == "annex_a") for a in ANNEXES], lang)),
        (label("fiscal_year_funding", lang), _funding(p, lang)),
    ]
    out: list[Flowable] = [
        para(label("technical_progress_report", lang), styles.title),
        para(label("cover_sheet", lang), styles.subtitle),
    ]
    if not data.period_has_data(ctx.db, p["id"], ctx.period):
        out.append(para(label("period_no_data", lang), styles.body))
    return [
        *out,
        key_value_table(pairs, lang=lang, key_width="34%"),
        para(label("cs_certification", lang), styles.subheading),
        para(label("certification", lang), styles.body),
        key_value_table(
            [
                (label(k, lang), "")
                for k in ("cs_name", "cs_title", "signature", "cs_telephone", "cs_email", "cs_date_submitted")
            ],
            lang=lang,
            key_width="34%",
        ),
    ]


def _months(period: dict[str, Any]) -> int:
    start, end = iso(period["start_date"]), iso(period["end_date"])
    if start is None or end is None:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _funding(p: dict[str, Any], lang: Lang) -> str:
    if not p["funding_amount"]:
        return _missing("", lang)
    amount = f"{p['currency']} {format_number(round(p['funding_amount']), lang)}"
    return f"{p['fiscal_year']}: {amount}" if p["fiscal_year"] else amount


def achievements(ctx: TprContext) -> list[Flowable]:
    lang = ctx.lang
    styles = get_styles(lang)
    ind = ctx.indicators
    pid = ctx.project["id"]
    registered = data.registered_by(ctx.db, pid, "'total'", until=ctx.until).get("total", BySex())
    services = data.services_by_type(ctx.db, pid, since=ctx.since, until=ctx.until)
    visits = data.follow_up_count(ctx.db, pid, since=ctx.since, until=ctx.until)

    def n(value: int, noun: str = "n_children") -> str:
        return counted(noun, value, lang, format_number(value, lang))

    first = label(
        "period_achievements",
        lang,
        withdrawn=n(ind.withdrawn_period.total),
        prevented=n(ind.prevented_period.total),
        withdrawn_cum=n(ind.withdrawn_cumulative.total),
        prevented_cum=n(ind.prevented_cumulative.total),
    )
    second = label(
        "period_activity",
        lang,
        registered=n(registered.total, "n_registered"),
        services=n(sum(v.total for v in services.values()), "n_services"),
        visits=n(visits.total, "n_visits"),
    )
    out: list[Flowable] = [para(label("summary_of_achievements", lang), styles.heading), para(first, styles.body)]
    out.append(para(second, styles.body))
    # Two registrations of one child both count until someone decides on the pair: the reader is told.
    # Read from the review queue (kept current by every save, import and full check), with when it was last
    # checked in full and whether children wait to be compared: the report never runs the scan itself.
    queue = duplicate_queue.status(ctx.db, project_id=pid)
    said = label("tpr_duplicates", lang, count=format_number(queue.pairs, lang))
    out.append(para(f"{said} {check_note(queue.full_at, queue.unchecked, lang)}", styles.body))
    narrative = data.narratives(ctx.db, ctx.period["id"], lang).get("achievements")
    if narrative:
        out.append(para(narrative, styles.body))
    return out


def charts(ctx: TprContext) -> list[Flowable]:
    lang = ctx.lang
    styles = get_styles(lang)
    ind = ctx.indicators
    bars = [
        ProgressBar(
            f"{label('children_withdrawn', lang)}: {label('girls', lang)}",
            ind.withdrawn_cumulative.f,
            ind.target_withdrawn.f or None,
        ),
        ProgressBar(
            f"{label('children_withdrawn', lang)}: {label('boys', lang)}",
            ind.withdrawn_cumulative.m,
            ind.target_withdrawn.m or None,
        ),
        ProgressBar(
            f"{label('children_withdrawn', lang)}: {label('total', lang)}",
            ind.withdrawn_cumulative.total,
            ind.target_withdrawn.total or None,
        ),
        ProgressBar(
            f"{label('children_prevented', lang)}: {label('girls', lang)}",
            ind.prevented_cumulative.f,
            ind.target_prevented.f or None,
        ),
        ProgressBar(
            f"{label('children_prevented', lang)}: {label('boys', lang)}",
            ind.prevented_cumulative.m,
            ind.target_prevented.m or None,
        ),
        ProgressBar(
            f"{label('children_prevented', lang)}: {label('total', lang)}",
            ind.prevented_cumulative.total,
            ind.target_prevented.total or None,
        ),
    ]
    e1_target = ctx.common_targets.get("E1")
    bars.append(ProgressBar("E1", ind.e1_cumulative.get("total", BySex()).total, e1_target))
    return [
        CondPageBreak(120),
        para(label("progress_against_target", lang), styles.heading),
        ProgressChart(bars, lang=lang),
    ]


def narrative(ctx: TprContext) -> list[Flowable]:
    lang = ctx.lang
    styles = get_styles(lang)
    sections = data.narratives(ctx.db, ctx.period["id"], lang)
    names = data.reference_labels(ctx.db, "narrative_section", lang)
    out: list[Flowable] = [para(label("narrative_report", lang), styles.heading)]
    if not sections:
        out.append(para(label("narrative_none", lang), styles.body))
        return out
    for code in data.reference_order(ctx.db, "narrative_section"):
        if code in sections:
            out.append(para(names.get(code, code), styles.subheading))
            out.extend(para(chunk, styles.body) for chunk in sections[code].split("\n\n"))
    return out


def story(ctx: TprContext) -> Iterator[Flowable]:
    lang = ctx.lang
    styles = get_styles(lang)
    yield from cover(ctx)
    yield PageBreak()
    yield from achievements(ctx)
    form, poc, e1 = indicator_form(ctx), poc_table(ctx), e1_table(ctx)
    yield para(label("indicator_data_form", lang), styles.heading)
    yield from table_flowables(
        with_references(form), lang, ["*", "9%", "7.5%", "7.5%", "8%", "7.5%", "7.5%", "8%", "9%"], heading=False
    )
    if approved.stored(ctx.db, ctx.period["id"]) is not None:
        yield para(label("figures_as_approved", lang), styles.small)
    restated = restatement_table(ctx)
    if restated is not None:
        yield from table_flowables(restated, lang, ["10%", "22%", "9%", "9%", "*", "20%"])
    # the note on POC4's children goes above the table, so a page break never leaves it alone
    school_age = format_number(int(ctx.project.get("school_age_max") or 14), lang)
    yield para(poc.title, styles.subheading)
    yield para(label("poc4_note", lang, age=school_age), styles.small)
    yield from table_flowables(poc, lang, ["*", "9%", "9%", "9%", "9%", "9%", "9%"], heading=False)
    yield from table_flowables(e1, lang, ["*", "9%", "9%", "9%", "9%", "9%", "9%"])
    yield from table_flowables(e1_split(ctx), lang, ["*", "14%", "14%", "14%", "16%"])
    yield from table_flowables(l1_split(ctx), lang, ["*", "16%", "16%", "16%"])
    yield from charts(ctx)
    yield para(label("beneficiaries", lang), styles.heading)
    widths = ["*", "8.5%", "8.5%", "8.5%", "8.5%", "8.5%", "8.5%", "9%"]
    breakdowns = beneficiary_tables(ctx)
    services, programmes, results = services_table(ctx), programme_table(ctx), results_table(ctx)
    for table in breakdowns:
        yield from table_flowables(table, lang, widths)
    yield from table_flowables(services, lang, ["*", "9.5%", "9.5%", "9.5%", "9.5%", "9.5%", "9.5%"])
    yield para(label("services_units_note", lang), styles.small)
    yield from referrals.tpr_section(ctx.db, str(ctx.project["id"]), ctx.until, lang, since=ctx.since)
    # Eleven columns need a landscape page.
    yield NextPageTemplate("landscape")
    yield PageBreak()
    yield para(label("programme_status", lang), styles.heading)
    yield from table_flowables(
        programmes,
        lang,
        ["10.5%", "*", "10%", "10%", "7%", "7%", "7.5%", "5.5%", "5.5%", "6%", "5.5%"],
        heading=False,
        width=frame_size("landscape")[0],
    )
    yield NextPageTemplate("portrait")
    yield PageBreak()
    yield para(label("results_framework", lang), styles.heading)
    # Targets may be sentences ("a national plan adopted"): the widest value column is theirs.
    yield from table_flowables(results, lang, ["10%", "*", "13%", "22%", "13%"], heading=False)
    yield Spacer(1, 6)
    yield from narrative(ctx)
    # Annex A: eleven columns, a landscape page.
    yield NextPageTemplate("landscape")
    yield PageBreak()
    yield para(label("annex_a_title", lang), styles.heading)
    yield para(annex_a.note(lang), styles.small)
    yield from table_flowables(
        annex_a.table(ctx),
        lang,
        # the indicator's name is the longest text (Khmer headers would otherwise take its width)
        ["21%", "7%", "7%", "8%", "7%", "7%", "8%", "8%", "8%", "8%", "*"],
        heading=False,
        width=frame_size("landscape")[0],
    )


def build(
    db: Database,
    path: str | os.PathLike[str],
    *,
    project: str | None = None,
    period: str | None = None,
    lang: Lang = "en",
    on_page: ProgressCallback | None = None,
) -> int:
    """Write the TPR to ``path`` (atomically); returns the page count."""
    ctx = collect(db, project, period, lang)
    return build_pdf(path, story(ctx), header=header_for(ctx), lang=lang, on_page=on_page)


def build_with(
    kind: str, db: Database, path: str | os.PathLike[str], options: BuildOptions, on_page: ProgressCallback | None
) -> int:
    """The catalogue's entry point."""
    return build(db, path, project=options.project, period=options.period, lang=options.lang, on_page=on_page)
