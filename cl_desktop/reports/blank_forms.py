"""Blank intake and follow-up forms for field work on paper.

Write-in fields are boxes with room for a hand; the reference choices (sex,
hazards, risk factors, school status...) are tick boxes labelled in the chosen
language, read from the database so a vocabulary change reaches the paper form.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle
from sqlite_utils import Database

from cl_desktop.errors import NotFound
from cl_desktop.i18n.labels import label
from cl_desktop.reports import data
from cl_desktop.reports.common import BuildOptions, ProgressCallback, absolute_widths, short_name
from cl_desktop.reports.layout import PageHeader, build_pdf
from cl_desktop.reports.styles import GRID, INK, ZEBRA_FILL, Lang, get_styles
from cl_desktop.reports.text import para

WRITE_HEIGHT = 22.0


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick."""

    def __init__(self, size: float = 8.0) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size + 2, self.size + 2

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 1, self.size, self.size, stroke=1, fill=0)
        self.canv.restoreState()


def write_in(fields: Sequence[str], lang: Lang, columns: int = 2) -> Flowable:
    """Label above an empty box, ``columns`` per row; a label never ends a page without its box."""
    styles = get_styles(lang)
    cells: list[list[object]] = []
    row: list[object] = []
    for text in fields:
        row.append(para(text, styles.small))
        if len(row) == columns:
            cells.append(row)
            row = []
    if row:
        row.extend("" for _ in range(columns - len(row)))
        cells.append(row)
    table_rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, labels_row in enumerate(cells):
        table_rows.append(labels_row)
        table_rows.append(["" for _ in range(columns)])
        box_row = 2 * i + 1
        for c, value in enumerate(labels_row):
            if value != "":
                commands.append(("BOX", (c, box_row), (c, box_row), 0.7, INK))
    widths = absolute_widths(["*"] * columns, columns)
    heights = [None if r % 2 == 0 else WRITE_HEIGHT for r in range(len(table_rows))]
    commands += [
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    table = Table(table_rows, colWidths=widths, rowHeights=heights, style=TableStyle(commands), hAlign="LEFT")
    return KeepTogether([table]) if len(table_rows) <= 4 else table


def choices(title: str, options: Sequence[str], lang: Lang, columns: int = 3, note: str = "") -> list[Flowable]:
    """A question with tick boxes, ``columns`` choices per row."""
    styles = get_styles(lang)
    out: list[Flowable] = [para(f"{title} — {note}" if note else title, styles.body_bold)]
    cells: list[list[object]] = []
    row: list[object] = []
    for text in options:
        row += [TickBox(), para(text, styles.table_cell)]
        if len(row) == 2 * columns:
            cells.append(row)
            row = []
    if row:
        row.extend("" for _ in range(2 * columns - len(row)))
        cells.append(row)
    if not cells:
        return out
    box = 14.0
    total = absolute_widths(["*"], 1)
    assert total is not None
    text_width = (total[0] - columns * box) / columns
    widths = [box if i % 2 == 0 else text_width for i in range(2 * columns)]
    out.append(
        Table(
            cells,
            colWidths=widths,
            hAlign="LEFT",
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.25, GRID),
                ]
            ),
            spaceAfter=4,
        )
    )
    return out


def _section(text: str, lang: Lang) -> Flowable:
    styles = get_styles(lang)
    table = Table([[para(text, styles.subheading)]], colWidths=absolute_widths(["*"], 1), hAlign="LEFT")
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ZEBRA_FILL), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    table.spaceBefore = 6
    table.spaceAfter = 3
    return table


def _values(db: Database, list_name: str, lang: Lang) -> list[str]:
    names = data.reference_labels(db, list_name, lang)
    return [names[c] for c in data.reference_order(db, list_name) if c in names]


def _project_line(project: dict[str, Any] | None, lang: Lang) -> Flowable:
    """The project the form is for, printed; a box to write it in when the database has none."""
    if project is None:
        return write_in([label("project", lang)], lang, columns=1)
    return para(f"{label('project', lang)}: {project['code']} · {project['title']}", get_styles(lang).body_bold)


def intake_story(db: Database, lang: Lang, project: dict[str, Any] | None = None) -> Iterator[Flowable]:
    styles = get_styles(lang)
    yield para(label("intake_form", lang), styles.title)
    yield _project_line(project, lang)
    yield para(label("form_instructions", lang), styles.small)
    yield _section(label("form_office_use", lang), lang)
    yield write_in(
        [
            label("case_number", lang),
            label("office", lang),
            label("action_programme", lang),
            label("intake_date", lang),
        ],
        lang,
        columns=4,
    )
    yield _section(label("child_information", lang), lang)
    yield write_in([label("name", lang), label("name_latin", lang)], lang)
    yield from choices(label("sex", lang), [label("female", lang), label("male", lang)], lang, columns=4)
    yield write_in(
        [label("date_of_birth", lang), label("estimated_age", lang), label("village", lang), label("commune", lang)],
        lang,
        columns=4,
    )
    yield write_in([label("district", lang), label("province", lang)], lang)
    yield _section(label("household_information", lang), lang)
    yield write_in([label("guardian", lang), label("household_head", lang)], lang)
    yield from choices(label("relationship", lang), _values(db, "relation", lang), lang, columns=3)
    yield from choices(label("consent_given", lang), [label("yes", lang), label("no", lang)], lang, columns=4)
    yield write_in(
        [label("guardian_name", lang), label("guardian_signature", lang), label("consent_date", lang)],
        lang,
        columns=3,
    )
    # the household's own questions, asked when the child's household is registered with it (as on screen)
    household = label("household_information", lang)
    yield from blank_questions(db, project["id"] if project else None, "household", lang, within=household)
    yield _section(label("work_information", lang), lang)
    yield write_in([label("work_activities", lang)], lang, columns=1)
    yield write_in([label("hours_per_week", lang), label("age_started_work", lang)], lang)
    yield from choices(label("sector", lang), _values(db, "sector", lang), lang)
    yield from choices(
        label("hazards", lang), _values(db, "hazard", lang), lang, note=label("tick_all_that_apply", lang)
    )
    yield from choices(
        label("risk_factors", lang), _values(db, "risk_factor", lang), lang, note=label("tick_all_that_apply", lang)
    )
    yield _section(label("education_information", lang), lang)
    yield from choices(label("school_status", lang), _values(db, "school_status", lang), lang, columns=2)
    yield write_in([label("school", lang), label("grade", lang)], lang)
    yield from blank_questions(db, project["id"] if project else None, "intake", lang)
    yield write_in([label("notes", lang)], lang, columns=1)
    yield write_in([label("interviewer", lang), label("signature", lang), label("date", lang)], lang, columns=3)


def followup_story(db: Database, lang: Lang, project: dict[str, Any] | None = None) -> Iterator[Flowable]:
    styles = get_styles(lang)
    yield para(label("follow_up_form", lang), styles.title)
    yield _project_line(project, lang)
    yield para(label("form_instructions", lang), styles.small)
    yield _section(label("child_information", lang), lang)
    yield write_in([label("case_number", lang), label("name", lang), label("visit_date", lang)], lang, columns=3)
    yield _section(label("work_information", lang), lang)
    yield from choices(label("still_working", lang), [label("yes", lang), label("no", lang)], lang, columns=4)
    yield write_in([label("work_activities", lang)], lang, columns=1)
    yield write_in([label("hours_worked_last_week", lang), label("sector", lang)], lang)
    yield from choices(
        label("hazards", lang), _values(db, "hazard", lang), lang, note=label("tick_all_that_apply", lang)
    )
    yield _section(label("education_information", lang), lang)
    yield from choices(label("attending_school", lang), [label("yes", lang), label("no", lang)], lang, columns=4)
    yield from choices(label("school_attendance", lang), _values(db, "school_status", lang), lang, columns=2)
    yield write_in([label("attendance_percent", lang), label("school", lang)], lang)
    yield from choices(
        label("services_received", lang),
        _values(db, "service_type", lang),
        lang,
        note=label("tick_all_that_apply", lang),
    )
    yield from blank_questions(db, project["id"] if project else None, "followup", lang)
    yield write_in([label("notes", lang)], lang, columns=1)
    yield write_in([label("visited_by", lang), label("signature", lang), label("date", lang)], lang, columns=3)


def blank_questions(
    db: Database, project_id: str | None, form: str, lang: Lang, *, within: str = ""
) -> Iterator[Flowable]:
    """The project's extra questions (``reports.custom_fields``), in their sections."""
    from cl_desktop.reports.custom_fields import blank_questions as questions

    yield from questions(db, project_id, form, lang, within=within)


def build_with(
    kind: str, db: Database, path: str | os.PathLike[str], options: BuildOptions, on_page: ProgressCallback | None
) -> int:
    lang = options.lang
    try:
        project: dict[str, Any] | None = data.project_by_code(db, options.project)
    except NotFound:
        if options.project:
            raise
        project = None
    if kind == "intake-form":
        title, story = label("intake_form", lang), intake_story(db, lang, project)
    else:
        title, story = label("follow_up_form", lang), followup_story(db, lang, project)
    header = PageHeader(title=title, project=short_name(project) if project else "")
    return build_pdf(path, story, header=header, lang=lang, on_page=on_page)
