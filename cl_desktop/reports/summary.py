"""Technical Cooperation Project Summary: the donor's two-page brochure of a project.

Same label/value layout as the seed documents (title, region/country, duration,
funding, problem, results, objectives, activities, grantee, partners, contact),
with "withdrew N children and prevented M children" counted from the records at
build time, never typed in.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from reportlab.platypus import Flowable, ListFlowable, ListItem, PageBreak
from sqlite_utils import Database

from cl_desktop.figures.indicators import outcome_totals
from cl_desktop.i18n.formats import format_number, format_period
from cl_desktop.i18n.labels import counted, label
from cl_desktop.reports import data
from cl_desktop.reports.common import BuildOptions, ProgressCallback, iso
from cl_desktop.reports.data import ReportTable
from cl_desktop.reports.layout import PageHeader, build_pdf, key_value_table
from cl_desktop.reports.styles import Lang, get_styles
from cl_desktop.reports.text import para


def results_counts(db: Database, project: dict[str, Any]) -> tuple[int, int]:
    """Children withdrawn and prevented over the whole life of the project."""
    withdrawn = outcome_totals(db, project["id"], "withdrawn").total
    prevented = outcome_totals(db, project["id"], "prevented").total
    return withdrawn, prevented


def results_sentence(db: Database, project: dict[str, Any], lang: Lang) -> str:
    """The RESULTS box: counts from the records, the sectors and provinces of the children counted.

    In English a ``results_text`` holding ``{withdrawn}`` and ``{prevented}`` is the donor's own
    wording with the counts filled in; a ``results_text`` without them follows the counts
    (", including …"). Other languages are built from the records alone, so no English
    clause is left untranslated.
    """
    withdrawn, prevented = results_counts(db, project)
    if not withdrawn and not prevented and not _has_children(db, project):
        return label("summary_no_children", lang)
    shown = {"withdrawn": format_number(withdrawn, lang), "prevented": format_number(prevented, lang)}
    numbers = {
        "withdrawn": counted("n_children", withdrawn, lang, shown["withdrawn"]),
        "prevented": counted("n_children", prevented, lang, shown["prevented"]),
    }
    extra = str(project.get("results_text") or "").strip()
    if lang == "en" and "{withdrawn}" in extra:
        sentence = extra
        for key in ("withdrawn", "prevented"):  # "{withdrawn} children" agrees with the number
            sentence = sentence.replace(f"{{{key}}} children", numbers[key]).replace(f"{{{key}}}", shown[key])
    elif lang == "en" and extra:
        sentence = label("summary_results_sentence", lang, **numbers)
        sentence = f"{sentence}, {extra.rstrip('.')}."
    else:
        sentence = label("summary_results_sentence", lang, **numbers)
        sectors = counted_sectors(db, project, lang)
        if sectors:
            sentence += ", " + label("summary_including", lang, sectors=join_words(sectors, lang))
        sentence += "។" if lang == "km" else "."
    provinces = counted_provinces(db, project, lang)
    if provinces and len(data.json_list(project.get("countries"))) <= 1:
        names = join_words(provinces, lang)
        sentence += " " + label("summary_provinces", lang, count=format_number(len(provinces), lang), names=names)
    return sentence


def join_words(items: list[str], lang: Lang) -> str:
    """ "a, b, and c" (Khmer and Russian "a, b និង/и c")."""
    if len(items) <= 1:
        return "".join(items)
    last = label("list_and", lang)
    if len(items) == 2 and lang == "en":
        last = " and "
    return ", ".join(items[:-1]) + last + items[-1]


def _has_children(db: Database, project: dict[str, Any]) -> bool:
    row = db.execute("SELECT 1 FROM children WHERE project_id = ? AND deleted = 0 LIMIT 1", [project["id"]])
    return row.fetchone() is not None


def counted_sectors(db: Database, project: dict[str, Any], lang: Lang) -> list[str]:
    """Sectors of the children withdrawn or prevented, most children first ("other" and blanks left out)."""
    names = data.reference_labels(db, "sector", lang)
    rows = db.execute(
        "SELECT sector, count(*) FROM children WHERE project_id = ? AND deleted = 0 "
        "AND outcome IN ('withdrawn', 'prevented') AND sector NOT IN ('', 'other') GROUP BY sector "
        "ORDER BY 2 DESC, 1",
        [project["id"]],
    )
    return [names.get(code, code).lower() for code, _ in rows]


def counted_provinces(db: Database, project: dict[str, Any], lang: Lang) -> list[str]:
    """Provinces of the children withdrawn or prevented, in the report's language, by name."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT province_id FROM children WHERE project_id = ? AND deleted = 0 "
            "AND outcome IN ('withdrawn', 'prevented') AND province_id IS NOT NULL",
            [project["id"]],
        )
    ]
    return sorted(data.location_names(db, ids, lang).values())


def _bullets(items: list[str], lang: Lang) -> Flowable:
    style = get_styles(lang).kv_value
    return ListFlowable(
        [ListItem(para(text, style), leftIndent=10, value="•") for text in items],
        bulletType="bullet",
        start="•",
        leftIndent=10,
        bulletFontSize=8,
    )


def _country_text(db: Database, project: dict[str, Any], lang: Lang) -> str:
    codes = data.json_list(project["countries"])
    names: dict[str, str] = {}
    if codes:
        marks = ", ".join("?" for _ in codes)
        names = dict(
            db.execute(
                f"SELECT code, {data.name_column(lang)} FROM locations WHERE level = 'country' AND code IN ({marks})",
                codes,
            ).fetchall()
        )
    countries = ", ".join(names.get(c, c) for c in codes)
    region = str(project["region"] or "")
    return f"{region} / {countries}" if region and countries else region or countries


def funding_text(p: dict[str, Any], lang: Lang) -> str:
    """ "FY 2008: USD 4,310,000"; what is missing is said, never printed as 0."""
    missing = []
    if not p.get("fiscal_year"):
        missing.append(label("fiscal_year", lang))
    if not p.get("funding_amount"):
        missing.append(label("funding_amount", lang))
    amount = f"{p['currency']} {format_number(round(p['funding_amount']), lang)}" if p.get("funding_amount") else ""
    known = ": ".join(x for x in (str(p.get("fiscal_year") or ""), amount) if x)
    if missing:
        gap = label("missing_value", lang, what=", ".join(missing))
        return f"{known} ({gap})" if known else gap
    return known


def footer_note(project: dict[str, Any], lang: Lang) -> str:
    """The donor's footer: "U.S. Department of Labor, International Labor Affairs Bureau · short title"."""
    donor = str(project.get("donor") or "")
    if "department of labor" in donor.lower():
        donor = f"{donor}, {label('ilab', lang)}"
    title = str(project.get("short_title") or "").strip() or str(project.get("title") or "")
    return " · ".join(x for x in (donor, title) if x)


def pairs(db: Database, project: dict[str, Any], lang: Lang) -> list[tuple[str, Any]]:
    """The label/value rows of the summary (values are text or lists of flowables)."""
    styles = get_styles(lang)
    p = project
    funding = funding_text(p, lang)
    objectives: list[Flowable] = [para(p["development_objective"], styles.kv_value)]
    intermediate = [str(x).rstrip(";.") for x in data.json_list(p["intermediate_objectives"])]
    if intermediate:
        objectives.append(para(label("intermediate_objectives", lang), styles.kv_value))
        objectives.append(_bullets(intermediate, lang))
    activities = [str(x).rstrip(";.") for x in data.json_list(p["activities_summary"])]
    grantees = [p["grantee"]] if p["grantee"] else []
    title, duration = str(p["title"]), format_period(iso(p["start_date"]), iso(p["end_date"]), lang)
    if p.get("closed"):
        title = f"{title} {label('title_closed', lang)}"
    if p.get("dates_revised"):
        duration = f"{duration} {label('duration_revised', lang)}"
    # The counts are the TPR's A1.1 and A1.2: the evidence export lists the children behind them.
    results = [
        para(results_sentence(db, p, lang), styles.kv_value),
        para(label("evidence_refs", lang, refs="A1.1, A1.2"), styles.small),
    ]
    return [
        (label("project_title", lang), title),
        (label("region_country", lang), _country_text(db, p, lang)),
        (label("project_duration", lang), duration),
        (label("fiscal_year_funding", lang), funding),
        (label("problem_to_be_addressed", lang), p["problem"]),
        (label("results", lang), results),
        (label("project_objectives", lang), objectives),
        (label("summary_of_activities", lang), [_bullets(activities, lang)] if activities else ""),
        (label("grantee", lang), "; ".join(grantees)),
        (label("implementing_partners", lang), p["implementing_partners_text"]),
        (label("contact_information", lang), p["contact"]),
    ]


def tables(
    db: Database, project_code: str | None, period_code: str | None = None, lang: Lang = "en"
) -> list[ReportTable]:
    """The summary as one two-column table of text (lists joined with "; ")."""
    project = data.project_by_code(db, project_code)
    rows = []
    for key, value in pairs(db, project, lang):
        if isinstance(value, list):
            value = _text_of(value)
        rows.append((key, value))
    return [ReportTable(label("project_summary", lang), (label("field", lang), label("value", lang)), rows)]


def _text_of(flowables: list[Any]) -> str:
    parts: list[str] = []
    for f in flowables:
        if isinstance(f, ListFlowable):
            parts.extend(
                _text_of([item._flowables[0] if isinstance(item, ListItem) else item for item in f._flowables])
            )
        elif hasattr(f, "getPlainText"):
            parts.append(f.getPlainText())
    return "; ".join(parts)


def story(db: Database, project: dict[str, Any], lang: Lang) -> Iterator[Flowable]:
    styles = get_styles(lang)
    rows = pairs(db, project, lang)
    # Page 2 starts with the summary of activities, as in the donor's layout.
    split = next(i for i, (key, _) in enumerate(rows) if key == label("summary_of_activities", lang))
    yield para(label("project_summary", lang), styles.title)
    yield key_value_table(rows[:split], lang=lang, key_width="27%")
    yield PageBreak()
    yield key_value_table(rows[split:], lang=lang, key_width="27%")


def build(
    db: Database,
    path: str | os.PathLike[str],
    *,
    project: str | None = None,
    lang: Lang = "en",
    on_page: ProgressCallback | None = None,
) -> int:
    row = data.project_by_code(db, project)
    header = PageHeader(
        title=label("project_summary", lang),
        project=row["donor"],
        note=footer_note(row, lang),
    )
    return build_pdf(path, story(db, row, lang), header=header, lang=lang, on_page=on_page)


def build_with(
    kind: str, db: Database, path: str | os.PathLike[str], options: BuildOptions, on_page: ProgressCallback | None
) -> int:
    """The catalogue's entry point."""
    return build(db, path, project=options.project, lang=options.lang, on_page=on_page)
