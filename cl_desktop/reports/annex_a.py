"""Annex A of the TPR: USDOL's data reporting form, every common indicator period by period.

Per indicator: its value at intake, its baseline, then for each reporting period up to the
report's its target and its actual (a count in the period; a percentage as of the period's end),
the life-of-project target and what has been achieved by the end of the report's period, the
final value (in the final report), the frequency and a comment (the evidence reference, and
"as approved" where an approval froze the figure). The counts are the indicator form's own
queries (``figures.indicators``), so Annex A, the form and the evidence agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cl_desktop.figures import approved, indicators
from cl_desktop.figures.indicators import BySex, ProjectIndicators
from cl_desktop.i18n.labels import label
from cl_desktop.reports import data
from cl_desktop.reports.common import percent_text
from cl_desktop.reports.data import ReportTable

if TYPE_CHECKING:
    from cl_desktop.reports.tpr import TprContext

#: (reference or code, label key of the name, common code of the project's indicator, unit).
ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("A1.1", "children_withdrawn", "withdrawn", "count"),
    ("A1.2", "children_prevented", "prevented", "count"),
    ("A1.3", "indicator_e1", "E1", "count"),
    ("A1.4", "indicator_l1", "L1", "count"),
    *((code, f"indicator_{code.lower()}", code, "percent") for code in ("POC1", "POC2", "POC3", "POC4")),
    *((code, f"indicator_{code.lower()}", code, "percent") for code in ("POH1", "POH2", "POH3", "POH4")),
)


def _count(figures: ProjectIndicators, ref: str, cumulative: bool) -> int:
    span = "cumulative" if cumulative else "period"
    if ref == "A1.1":
        return int(getattr(figures, f"withdrawn_{span}").total)
    if ref == "A1.2":
        return int(getattr(figures, f"prevented_{span}").total)
    if ref == "A1.3":
        return int(getattr(figures, f"e1_{span}").get("total", BySex()).total)
    return int(getattr(figures, f"l1_{span}").total)


def table(ctx: TprContext) -> ReportTable:
    """The form as one table: a block of rows per indicator, one row per reporting period."""
    from cl_desktop.reports.tpr import is_final

    lang, db, project = ctx.lang, ctx.db, ctx.project
    periods = [p for p in data.periods(db, project["id"]) if str(p["start_date"]) <= ctx.since]
    periods = [p for p in periods if str(p["end_date"]) >= str(project["start_date"])]
    figures: dict[str, ProjectIndicators] = {}
    frozen: dict[str, dict[str, dict[str, list[int]]]] = {}
    for p in periods:
        figures[p["id"]] = indicators.project_indicators(db, project, p)
        stored = approved.stored(db, p["id"])
        if stored is not None:
            frozen[p["id"]] = stored
    now = ctx.indicators  # the report's own period, as printed on the indicator form
    own = {
        str(code): row
        for code, *row in db.execute(
            "SELECT common_code, id, baseline_value, baseline_text, target_value, target_text FROM indicators "
            "WHERE project_id = ? AND deleted = 0 AND common_code IS NOT NULL ORDER BY sort",
            [project["id"]],
        )
    }
    period_targets: dict[tuple[str, str], Any] = {}
    for indicator_id, period_id, value, text in db.execute(
        "SELECT t.indicator_id, t.period_id, t.target_value, t.target_text FROM indicator_targets t "
        "JOIN indicators i ON i.id = t.indicator_id WHERE i.project_id = ? AND t.deleted = 0 AND i.deleted = 0",
        [project["id"]],
    ):
        period_targets[(str(indicator_id), str(period_id))] = value if value is not None else text
    at_intake = indicators.intake_status(db, project["id"], ctx.until)
    final = is_final(project, ctx.period)
    semi_annual = label("freq_semi_annual", lang)

    def shown(value: float | int | None, unit: str) -> Any:
        if value is None:
            return ""
        return percent_text(value, lang) if unit == "percent" else int(value)

    rows: list[tuple[Any, ...]] = []
    for ref, name_key, common, unit in ROWS:
        mine = own.get(common)
        baseline = "" if mine is None else (mine[1] if mine[1] is not None else mine[2])
        if common == "withdrawn":
            lop_target: Any = now.target_withdrawn.total or (mine[3] if mine else None)
        elif common == "prevented":
            lop_target = now.target_prevented.total or (mine[3] if mine else None)
        else:
            lop_target = mine[3] if mine and mine[3] is not None else (mine[4] if mine else None)
        if unit == "count":
            achieved: Any = _count(now, ref, cumulative=True)
            intake: Any = label("not_applicable", lang)
        else:
            achieved = shown(now.status[ref].total, unit)
            intake = shown(at_intake[ref].total, unit)
        name = f"{ref} {label(name_key, lang)}"
        for i, p in enumerate(periods):
            comment = ref if unit == "count" else ""
            if unit == "count":
                actual: Any = _count(figures[p["id"]], ref, cumulative=False)
                if p["id"] in frozen and ref in frozen[p["id"]]:
                    actual = sum(frozen[p["id"]][ref]["period"])
                    comment = f"{ref}, {label('as_approved_comment', lang)}"
            else:
                actual = shown(figures[p["id"]].status[ref].total, unit)
            target = period_targets.get((mine[0], p["id"])) if mine else None
            first = i == 0
            rows.append(
                (
                    name if first else "",
                    intake if first else "",
                    (shown(baseline, unit) if isinstance(baseline, int | float) else baseline or "") if first else "",
                    p["code"],
                    shown(target, unit) if isinstance(target, int | float) else (target or ""),
                    actual,
                    (shown(lop_target, unit) if isinstance(lop_target, int | float) else lop_target or "")
                    if first
                    else "",
                    achieved if first else "",
                    (achieved if final else label("not_final_yet", lang)) if first else "",
                    semi_annual if first else "",
                    comment,
                )
            )
    return ReportTable(
        label("annex_a_title", lang),
        (
            label("indicator", lang),
            label("intake_value", lang),
            label("baseline", lang),
            label("reporting_period", lang),
            label("target", lang),
            label("actual", lang),
            label("lop_target", lang),
            label("lop_achieved", lang),
            label("final_value", lang),
            label("frequency", lang),
            label("comment", lang),
        ),
        rows,
    )


def note(lang: str) -> str:
    return label("annex_a_note", lang)


__all__ = ["ROWS", "note", "table"]
