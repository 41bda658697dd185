"""Beneficiary register: one line per child, thousands of pages, streamed.

Rows come from a database cursor through ``chunked_table``, so memory holds a
chunk or two whatever the size of the register. Cells are cheap on purpose:
codes are turned into labels through dictionaries read once, and only cells
holding Khmer pay for shaping (``text.para`` decides per cell).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, PageBreak
from sqlite_utils import Database

from cl_desktop.domain.custom_fields import FieldDef, decode, display
from cl_desktop.domain.rules import age_group
from cl_desktop.i18n.formats import format_number
from cl_desktop.i18n.labels import label, sexed
from cl_desktop.reports import data
from cl_desktop.reports.common import BuildOptions, ProgressCallback, absolute_widths, fit_header_words, short_name
from cl_desktop.reports.data import RegisterFilter, ReportTable
from cl_desktop.reports.layout import Orientation, PageHeader, build_pdf, data_table, frame_size, key_value_table
from cl_desktop.reports.streamed import streamed_table
from cl_desktop.reports.styles import Lang, get_styles
from cl_desktop.reports.text import para
from cl_desktop.security.pseudonymise import pseudonym
from cl_desktop.store.custom_fields import definitions

WIDTHS = ["14.5%", "*", "4%", "6.5%", "12%", "14%", "7%", "14%"]
# The project's intake fields shown in lists and reports print too, every one of them. A few fit
# beside the register's columns on a portrait page; more turn the page to landscape; more still
# than a landscape line holds go to continuation tables after the register (case number and name,
# then the answers, the children in the same order), as a wide paper register continues on the
# following sheets. The child profile prints every answer, whatever the fields.
INLINE_PORTRAIT = 3
INLINE_LANDSCAPE = 6
PER_CONTINUATION = 8
EXTRA_WIDTHS = ["11%", "*", "3.5%", "5%", "10%", "10%", "5%", "10%"]
# landscape: the name keeps its width and the answers share the rest (long header words widen a
# column by taking from them, not from the name)
LANDSCAPE_WIDTHS = ["10%", "15%", "2.5%", "3.5%", "7.5%", "8%", "4.5%", "8%"]
CONTINUATION_WIDTHS = ["11%", "17%"]


@dataclass(frozen=True)
class ExtraLayout:
    """Where a register's extra fields print: beside the columns, and in continuation tables."""

    orientation: Orientation
    inline: tuple[FieldDef, ...]
    continued: tuple[tuple[FieldDef, ...], ...]


def extra_fields(db: Database, selection: RegisterFilter) -> list[FieldDef]:
    """The project's intake fields shown in lists and reports (a register of one project only)."""
    return [f for f in definitions(db, selection.project_id, "intake") if f.in_lists and not f.retired]


def extra_layout(fields: Sequence[FieldDef]) -> ExtraLayout:
    fields = tuple(fields)
    if len(fields) <= INLINE_PORTRAIT:
        return ExtraLayout("portrait", fields, ())
    inline, rest = fields[:INLINE_LANDSCAPE], fields[INLINE_LANDSCAPE:]
    groups = tuple(rest[i : i + PER_CONTINUATION] for i in range(0, len(rest), PER_CONTINUATION))
    return ExtraLayout("landscape", inline, groups)


def widths_for(fields: Sequence[FieldDef], orientation: Orientation = "portrait") -> list[str]:
    if not fields:
        return list(WIDTHS)
    if orientation == "landscape":
        return [*LANDSCAPE_WIDTHS, *("7%" if f.kind == "date" else "*" for f in fields)]  # a date on one line
    return [*EXTRA_WIDTHS, *(["10%"] * len(fields))]


def continuation_widths(fields: Sequence[FieldDef]) -> list[str]:
    if len(fields) < 4:  # a few answers: columns of a readable width, not the whole page
        return [*CONTINUATION_WIDTHS, *(["18%"] * len(fields))]
    return [*CONTINUATION_WIDTHS, *(["*"] * len(fields))]


def selection_for(db: Database, options: BuildOptions) -> tuple[RegisterFilter, list[tuple[str, str]]]:
    """The filter the options describe, and how to print it (NotFound for unknown names)."""
    lang = options.lang
    shown: list[tuple[str, str]] = []
    project_id = programme_id = province_id = None
    if options.programme:
        programme = data.programme_by_code(db, options.programme)
        programme_id = programme["id"]
        project_id = programme["project_id"]
        shown.append((label("action_programme", lang), f"{programme['code']} · {programme['title']}"))
    project = data.project_by_code(db, options.project) if options.project or not project_id else None
    if project is not None:
        if project_id and project["id"] != project_id:
            from cl_desktop.errors import NotFound

            raise NotFound(f"Action programme {options.programme} is not part of project {options.project}.")
        project_id = project["id"]
        shown.insert(0, (label("project", lang), f"{project['code']} · {project['title']}"))
    if options.province:
        row = db.execute(
            f"SELECT id, {data.name_column(lang)} FROM locations WHERE code = ? AND level = 'province'",
            [options.province],
        ).fetchone()
        if row is None:
            from cl_desktop.errors import NotFound

            raise NotFound(f"There is no province {options.province}.")
        province_id = row[0]
        shown.append((label("province", lang), row[1]))
    if options.outcome:
        outcomes = data.reference_labels(db, "outcome", lang)
        shown.append((label("outcome", lang), outcomes.get(options.outcome, options.outcome)))
    return RegisterFilter(project_id, programme_id, province_id, options.outcome), shown


def header(lang: Lang, fields: Sequence[FieldDef] = ()) -> tuple[str, ...]:
    return (*_header(lang), *(f.label(lang) for f in fields))


def _header(lang: Lang) -> tuple[str, ...]:
    return (
        label("case_number", lang),
        label("name", lang),
        label("sex", lang),
        label("age", lang),
        label("village", lang),
        label("work_status", lang),
        label("services_received", lang),
        label("outcome", lang),
    )


def service_numbers(db: Database) -> dict[str, int]:
    """Services print as numbers (1 = formal education...) with a legend: one line per child."""
    return {code: n for n, code in enumerate(data.reference_order(db, "service_type"), start=1)}


def legend(db: Database, lang: Lang) -> list[tuple[str, str]]:
    names = data.reference_labels(db, "service_type", lang)
    return [(str(n), names.get(code, code)) for code, n in service_numbers(db).items()]


def display_rows(
    db: Database,
    selection: RegisterFilter,
    lang: Lang,
    pseudonymise: bool = False,
    fields: Sequence[FieldDef] = (),
) -> Iterator[tuple[Any, ...]]:
    """Register lines with codes turned into words of ``lang``; streamed from the cursor."""
    statuses = data.reference_labels(db, "work_status", lang)
    outcomes = data.reference_labels(db, "outcome", lang)
    # One letter in Latin and Cyrillic (F/M, Ж/М); Khmer keeps the short words.
    sexes = {
        "F": label("female", lang) if lang == "km" else label("female", lang)[:1],
        "M": label("male", lang) if lang == "km" else label("male", lang)[:1],
    }
    numbers = service_numbers(db)
    service_cache: dict[str, str] = {}
    yes_no = (label("yes", lang), label("no", lang))
    rows = data.register_rows(db, selection, lang)
    for case, name, latin, sex, age, village, status, service_codes, outcome, custom in rows:
        shown = f"{name} ({latin})" if latin and latin != name else name
        if pseudonymise:
            # security.pseudonymise's definition: case number for the name, age group, no village.
            shown = pseudonym({"case_number": case})
            age = age_group(int(age)) or "—"
            village = ""
        codes = service_codes or ""
        text = service_cache.get(codes)
        if text is None:
            found = sorted(numbers.get(c, 99) for c in codes.split(",") if c)
            text = service_cache[codes] = ", ".join(str(n) for n in found)
        extra: tuple[str, ...] = ()
        if fields:
            answers = decode(custom)
            extra = tuple(
                "" if pseudonymise and f.kind == "text" else display(f, answers.get(f.code), lang, yes_no)
                for f in fields
            )
        yield (
            case,
            shown,
            sexes.get(sex, sex),
            str(age),
            village,
            statuses.get(status, status),
            text,
            sexed(str(outcomes.get(outcome, outcome)), sex) if lang == "ru" else outcomes.get(outcome, outcome),
            *extra,
        )


def tables(
    db: Database, project_code: str | None, period_code: str | None = None, lang: Lang = "en", **filters: Any
) -> list[ReportTable]:
    """The register as one table (every child: use for exports of modest size)."""
    selection, _ = selection_for(db, BuildOptions(project=project_code, lang=lang, **filters))
    fields = extra_fields(db, selection)  # a spreadsheet has room for every one of them
    rows = list(display_rows(db, selection, lang, fields=fields))
    return [ReportTable(label("beneficiary_register", lang), header(lang, fields), rows)]


def story(
    db: Database, selection: RegisterFilter, shown: list[tuple[str, str]], lang: Lang, pseudonymise: bool = False
) -> Iterator[Flowable]:
    styles = get_styles(lang)
    layout = extra_layout(extra_fields(db, selection))
    total = frame_size(layout.orientation)[0]
    count = data.register_count(db, selection)
    yield para(label("beneficiary_register", lang), styles.title)
    facts = [*shown, (label("children", lang), format_number(count, lang))]
    yield key_value_table(facts, lang=lang, key_width="25%")
    pairs = legend(db, lang)
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:] + [("", "")] * (2 * half - len(pairs))
    yield para(label("services_received", lang), styles.subheading)
    yield data_table(
        None,
        [(a[0], a[1], b[0], b[1]) for a, b in zip(left, right, strict=True)],
        absolute_widths(["5%", "*", "5%", "*"], 4, total),
        lang=lang,
        zebra=False,
        align_numbers=False,
    )
    fields = layout.inline
    widths = widths_for(fields, layout.orientation)
    yield streamed_table(
        header(lang, fields),
        display_rows(db, selection, lang, pseudonymise, fields),
        fit_header_words(absolute_widths(widths, len(widths), total), header(lang, fields), widths, lang) or [],
        lang=lang,
        numeric_columns=[3, *(8 + i for i, f in enumerate(fields) if f.kind == "number")],
        cached_columns=[2, 3, 4, 5, 6, 7, *range(8, 8 + len(fields))],
    )
    for n, group in enumerate(layout.continued, start=1):
        yield PageBreak()
        title = f"{label('beneficiary_register', lang)} — {label('project_questions', lang)}"
        if len(layout.continued) > 1:
            title += f" ({format_number(n, lang)}/{format_number(len(layout.continued), lang)})"
        yield para(title, styles.subheading)
        names = (label("case_number", lang), label("name", lang), *(f.label(lang) for f in group))
        widths = continuation_widths(group)
        yield streamed_table(
            names,
            continuation_rows(db, selection, lang, pseudonymise, layout.inline, group),
            fit_header_words(absolute_widths(widths, len(widths), total), names, widths, lang) or [],
            lang=lang,
            numeric_columns=[2 + i for i, f in enumerate(group) if f.kind == "number"],
            cached_columns=range(2, 2 + len(group)),
        )


def continuation_rows(
    db: Database,
    selection: RegisterFilter,
    lang: Lang,
    pseudonymise: bool,
    before: Sequence[FieldDef],
    group: Sequence[FieldDef],
) -> Iterator[tuple[Any, ...]]:
    """Case number, name and the answers to ``group``, in the register's order (a second pass over it)."""
    start = 8 + len(before)
    for row in display_rows(db, selection, lang, pseudonymise, (*before, *group)):
        yield (row[0], row[1], *row[start : start + len(group)])


def _header_project(db: Database, selection: RegisterFilter) -> str:
    row = list(db.query("SELECT code, title, short_title FROM projects WHERE id = ?", [selection.project_id]))
    return short_name(row[0]) if row else ""


def build_with(
    kind: str, db: Database, path: str | os.PathLike[str], options: BuildOptions, on_page: ProgressCallback | None
) -> int:
    lang = options.lang
    selection, shown = selection_for(db, options)
    page_header = PageHeader(
        title=label("beneficiary_register", lang),
        project=_header_project(db, selection),
        period=" · ".join(value for _, value in shown[1:]),
    )
    body = story(db, selection, shown, lang, options.pseudonymise)
    orientation = extra_layout(extra_fields(db, selection)).orientation
    return build_pdf(path, body, header=page_header, lang=lang, orientation=orientation, on_page=on_page)
