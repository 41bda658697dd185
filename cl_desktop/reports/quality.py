"""Data-quality report: what a coordinator fixes before printing the progress report.

The findings come from ``figures.quality.findings``; their English sentences are
matched back to label keys so the report speaks the reader's language.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from reportlab.platypus import Flowable
from sqlite_utils import Database

from cl_desktop.errors import NotFound
from cl_desktop.figures import duplicate_queue
from cl_desktop.figures.quality import Finding, findings
from cl_desktop.i18n.formats import format_date, format_number
from cl_desktop.i18n.labels import label
from cl_desktop.reports import data
from cl_desktop.reports.common import BuildOptions, ProgressCallback, short_name, table_flowables
from cl_desktop.reports.data import ReportTable
from cl_desktop.reports.layout import PageHeader, build_pdf, key_value_table
from cl_desktop.reports.styles import Lang, get_styles
from cl_desktop.reports.text import para

_KEYS = {
    "children without a household": "qf_no_household",
    "children with an estimated date of birth": "qf_estimated_birth",
    "working children without hours per week": "qf_no_hours",
    "children without a Latin transliteration of a non-Latin name": "qf_no_latin",
    "children without consent": "qf_no_consent",
    "children in child labour or at risk without any education service": "qf_no_education",
    "services belong to deleted children": "qf_orphan_services",
    "pairs of suspected duplicate children": "qf_duplicates",
}
_OVERDUE = re.compile(r"children have had no follow-up visit for more than (\d+) days")


def describe(finding: Finding, lang: Lang) -> str:
    """The finding's issue (without its count) in ``lang``; English text when it is a new kind."""
    text = finding.message.split(" ", 1)[1] if " " in finding.message else finding.message
    key = _KEYS.get(text)
    if key:
        return label(key, lang)
    match = _OVERDUE.fullmatch(text)
    if match:
        return label("qf_overdue", lang, days=format_number(int(match.group(1)), lang))
    return text


def check_note(checked_at: str, unchecked: int, lang: Lang) -> str:
    """When the pairs awaiting review were last counted in full, and whether children wait to be compared
    (then the count may be incomplete): said wherever the count is printed or shown."""
    if checked_at:
        when = format_date(date.fromisoformat(checked_at[:10]), lang)
        text = label("dup_full_check", lang, date=when)
    else:
        text = label("dup_no_full_check", lang)
    if unchecked:
        text += " " + label("dup_unchecked", lang, n=format_number(unchecked, lang))
    return text


def tables(
    db: Database,
    project_code: str | None,
    period_code: str | None = None,
    lang: Lang = "en",
    today: date | None = None,
    programme_code: str | None = None,
    found: list[Finding] | None = None,
) -> list[ReportTable]:
    """The findings as a table; ``found`` when the caller already has them (the scan for duplicates costs)."""
    project = data.project_by_code(db, project_code)
    programme_id = _programme_id(db, project, programme_code)
    rows: list[tuple[Any, ...]] = [
        (label("severity_warning", lang), text, 1, project["code"]) for text in cover_sheet_gaps(db, project, lang)
    ]
    if found is None:
        found = findings(db, project_id=project["id"], today=today, programme_id=programme_id)
    for f in found:
        rows.append(
            (
                label("severity_error" if f.severity == "error" else "severity_warning", lang),
                describe(f, lang),
                f.count,
                ", ".join(f.examples),
            )
        )
    return [
        ReportTable(
            label("issues_found", lang),
            (label("severity", lang), label("issue", lang), label("count", lang), label("examples", lang)),
            rows,
        )
    ]


def cover_sheet_gaps(db: Database, project: dict[str, Any], lang: Lang) -> list[str]:
    """What the donor's TPR cover sheet needs and the project lacks (printed there as missing)."""
    from cl_desktop.reports.tpr import recipient_identifier

    gaps = []
    if not str(project.get("grant_number") or "").strip():
        gaps.append(label("qf_no_grant_number", lang))
    period = data.default_period(db, project)
    if period is not None:
        kind, value = recipient_identifier(project, period)
        if not value:
            gaps.append(label("qf_no_recipient_id", lang, kind=kind))
    return gaps


def _programme_id(db: Database, project: dict[str, Any], code: str | None) -> str | None:
    if not code:
        return None
    programme = data.programme_by_code(db, code)
    if programme["project_id"] != project["id"]:
        raise NotFound(f"Action programme {code} is not part of project {project['code']}.")
    return str(programme["id"])


def story(db: Database, project: dict[str, Any], lang: Lang, programme: str | None = None) -> Iterator[Flowable]:
    styles = get_styles(lang)
    programme_id = _programme_id(db, project, programme)
    checked = db.execute(
        "SELECT count(*) FROM children WHERE project_id = ? AND deleted = 0"
        + (" AND programme_id = ?" if programme_id else ""),
        [project["id"], *([programme_id] if programme_id else [])],
    ).fetchone()[0]
    found = findings(db, project_id=project["id"], programme_id=programme_id)
    waiting = next((f for f in found if f.kind == "duplicate"), None)
    if waiting is None:  # none waiting, and the count is current: when it was last checked in full
        queue = duplicate_queue.status(db, project_id=project["id"], programme_id=programme_id)
        waiting = Finding("duplicate", "warning", "", queue.pairs, checked_at=queue.full_at, unchecked=queue.unchecked)
    yield para(label("data_quality_report", lang), styles.title)
    pairs = [(label("project", lang), f"{project['code']} · {project['title']}")]
    if programme:
        pairs.append((label("action_programme", lang), programme))
    yield key_value_table(
        [
            *pairs,
            (label("records_checked", lang), format_number(checked, lang)),
            # said even when none: a reader knows the pairs were looked for (the TPR prints the same count),
            # when they were last looked for in full, and how many children wait to be compared
            (label("unreviewed_duplicate_pairs", lang), format_number(waiting.count, lang)),
            (label("dup_last_full_check", lang), _checked(waiting.checked_at, lang)),
            *(
                [(label("dup_unchecked_children", lang), format_number(waiting.unchecked, lang))]
                if waiting.unchecked
                else []
            ),
            (label("date", lang), format_date(date.today(), lang)),
        ],
        lang=lang,
    )
    if waiting.unchecked:
        yield para(label("dup_stale_note", lang), styles.body)
    (table,) = tables(db, project["code"], None, lang, programme_code=programme, found=found)
    if not table.rows:
        yield para(label("no_issues", lang), styles.body)
        return
    yield from table_flowables(table, lang, ["18%", "*", "11%", "32%"])


def _checked(checked_at: str, lang: Lang) -> str:
    return format_date(date.fromisoformat(checked_at[:10]), lang) if checked_at else label("dup_not_yet", lang)


def build_with(
    kind: str, db: Database, path: str | os.PathLike[str], options: BuildOptions, on_page: ProgressCallback | None
) -> int:
    lang = options.lang
    project = data.project_by_code(db, options.project)
    header = PageHeader(title=label("data_quality_report", lang), project=short_name(project))
    return build_pdf(path, story(db, project, lang, options.programme), header=header, lang=lang, on_page=on_page)
