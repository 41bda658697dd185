"""What several reports share: turning a ReportTable into flowables, cover facts, sign-off blocks."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from cl_desktop.i18n.formats import format_date, format_number
from cl_desktop.i18n.labels import label
from cl_desktop.reports.data import ReportTable
from cl_desktop.reports.layout import (
    TABLE_SPACE_AFTER,
    TABLE_SPACE_BEFORE,
    ColWidth,
    data_table,
    frame_size,
    is_numeric,
    make_cell,
)
from cl_desktop.reports.styles import GRID, HEADER_FILL, INK, TOTAL_FILL, ZEBRA_FILL, Lang, get_styles
from cl_desktop.reports.text import para, string_width

KINDS = ("tpr", "summary", "programme", "register", "child", "quality", "intake-form", "followup-form")


@dataclass(frozen=True)
class BuildOptions:
    """What a report build was asked for (the CLI flags and the Reports page fields)."""

    project: str | None = None
    period: str | None = None
    lang: Lang = "en"
    programme: str | None = None
    child: str | None = None
    province: str | None = None
    outcome: str | None = None
    #: The referrals register: the organisation's code.
    organisation: str | None = None
    #: Print no names or birth dates (register, child profile): for reports leaving the office.
    pseudonymise: bool = False
    #: Khmer reports: numbers and dates in Khmer digits (build inside ``formats.digits(khmer_digits)``).
    khmer_digits: bool = False


ProgressCallback = Callable[[int], None]


def short_name(project: dict[str, Any]) -> str:
    """What the running header names a project by: code and short title (the long title hides the period)."""
    title = str(project.get("short_title") or "").strip() or str(project.get("title") or "")
    return f"{project['code']} · {title}"


def iso(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def percent_text(value: float | None, lang: Lang) -> str:
    """72.4 → "72.4%" (Russian "72,4 %"); None → ""."""
    if value is None:
        return ""
    shown = round(float(value), 1)
    if float(value) < 100 <= shown:  # 99.96 prints 99.9, not a met target
        shown = math.floor(float(value) * 10) / 10
    number = format_number(shown, lang)
    return f"{number}\u00a0%" if lang == "ru" else f"{number}%"


def percent(actual: float | int | None, target: float | int | None) -> float | None:
    if actual is None or not target:
        return None
    return round(100.0 * float(actual) / float(target), 1)


def display_rows(table: ReportTable, lang: Lang) -> list[tuple[Any, ...]]:
    """Rows as the PDF prints them: percent columns with their sign."""
    if not table.percent_columns:
        return list(table.rows)
    out = []
    for row in table.rows:
        out.append(
            tuple(
                percent_text(v, lang) if i in table.percent_columns and isinstance(v, int | float) else v
                for i, v in enumerate(row)
            )
        )
    return out


def table_flowables(
    table: ReportTable,
    lang: Lang,
    col_widths: Sequence[ColWidth] | None = None,
    *,
    heading: bool = True,
    width: float | None = None,
) -> list[Flowable]:
    """A subheading and the table (with a header band when the table has groups)."""
    styles = get_styles(lang)
    out: list[Flowable] = []
    if heading and table.title:
        out.append(para(table.title, styles.subheading))
    rows = display_rows(table, lang)
    col_widths = fit_header_words(absolute_widths(col_widths, len(table.header), width), table.header, col_widths, lang)
    body = rows[: len(rows) - table.total_rows] if table.total_rows else rows
    totals = rows[len(rows) - table.total_rows :] if table.total_rows else []
    if not body and not totals:
        out.append(para(label("no_data", lang), styles.body))
        return out
    numeric = _numeric_columns(table.header, rows)
    if table.groups:
        out.append(_grouped_table(table, body, totals, lang, col_widths, numeric))
        return out
    # data_table right-aligns the numbers of mostly-numeric columns and leaves text in them left-aligned.
    if len(totals) <= 1:
        out.append(data_table(table.header, body, col_widths, lang=lang, totals=totals[0] if totals else None))
    else:
        out.append(data_table(table.header, body + totals, col_widths, lang=lang))
    return out


def absolute_widths(widths: Sequence[ColWidth] | None, n: int, total: float | None = None) -> list[float] | None:
    """Points for "12%" / "*" / point widths, so reportlab does not re-balance them by content."""
    if widths is None:
        return None
    total = total if total is not None else frame_size("portrait")[0]
    fixed = 0.0
    stars = 0
    for w in widths:
        if isinstance(w, str) and w.endswith("%"):
            fixed += float(w[:-1]) * total / 100
        elif w == "*":
            stars += 1
        else:
            fixed += float(w)
    share = max(total - fixed, 0.0) / stars if stars else 0.0
    out = []
    for w in widths:
        if isinstance(w, str) and w.endswith("%"):
            out.append(float(w[:-1]) * total / 100)
        elif w == "*":
            out.append(share)
        else:
            out.append(float(w))
    if len(out) != n:
        raise ValueError(f"{len(out)} column widths for {n} columns")
    return out


def _words(text: str) -> list[str]:
    """The words a header may wrap between: at spaces, and in Khmer at ICU's word boundaries."""
    from cl_desktop.reports.fonts import _has_khmer, word_starts

    out: list[str] = []
    for word in text.split():
        if not _has_khmer(word):
            out.append(word)
            continue
        starts = [*sorted(word_starts(word)), len(word)]
        out.extend(word[a:b] for a, b in itertools.pairwise(starts) if b > a)
    return out


def fit_header_words(
    widths: list[float] | None, header: Sequence[str], asked: Sequence[ColWidth] | None, lang: Lang
) -> list[float] | None:
    """Widen columns whose header has a word longer than the column ("Мальчики"), taking from "*" columns.

    reportlab would otherwise cut the word in the middle.
    """
    if widths is None or asked is None:
        return widths
    style = get_styles(lang).table_header
    padding = 7.0
    out = list(widths)
    stars = [i for i, w in enumerate(asked) if w == "*"]
    if not stars:
        return out
    for i, text in enumerate(header):
        if i in stars or not text:
            continue
        longest = max((string_width(word, style.fontSize, bold=True) for word in _words(str(text))), default=0.0)
        deficit = longest + padding - out[i]
        if deficit > 0:
            out[i] += deficit
            for j in stars:
                out[j] -= deficit / len(stars)
    return out


def _numeric_columns(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> set[int]:
    numeric = set()
    for c in range(1, len(header)):
        values = [r[c] for r in rows if c < len(r) and r[c] not in (None, "")]
        if values and sum(is_numeric(v) for v in values) * 2 > len(values):
            numeric.add(c)
    return numeric


def _grouped_table(
    table: ReportTable,
    body: list[tuple[Any, ...]],
    totals: list[tuple[Any, ...]],
    lang: Lang,
    col_widths: Sequence[ColWidth] | None,
    numeric: set[int],
) -> Table:
    """A table with a band above the header ("This period" over girls/boys/total); both repeat."""
    styles = get_styles(lang)
    width = len(table.header)
    band: list[Any] = []
    spans: list[tuple[int, int]] = []
    col = 0
    for text, count in table.groups:
        band.append(make_cell(text, styles.table_header, lang))
        band.extend("" for _ in range(count - 1))
        if count > 1:
            spans.append((col, col + count - 1))
        col += count
    band.extend("" for _ in range(width - len(band)))
    header = [
        make_cell(v, styles.table_header_right if c in numeric else styles.table_header, lang)
        for c, v in enumerate(table.header)
    ]

    def cells(row: Sequence[Any], left: Any, right: Any) -> list[Flowable]:
        padded = list(row[:width]) + [None] * (width - len(row))
        return [
            make_cell(v, right if c in numeric and (v in (None, "") or is_numeric(v)) else left, lang)
            for c, v in enumerate(padded)
        ]

    data = [band, header]
    data += [cells(r, styles.table_cell, styles.table_cell_right) for r in body]
    data += [cells(r, styles.table_total, styles.table_total_right) for r in totals]
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("LINEBEFORE", (0, 0), (-1, -1), 0.25, GRID),
        ("LINEAFTER", (0, 0), (-1, -1), 0.25, GRID),
        ("LINEABOVE", (0, 0), (-1, 0), 0.25, GRID),
        ("BACKGROUND", (0, 0), (-1, 1), HEADER_FILL),
    ]
    for first, last in spans:
        commands.append(("SPAN", (first, 0), (last, 0)))
    if body:
        commands.append(("ROWBACKGROUNDS", (0, 2), (-1, 1 + len(body)), [colors.white, ZEBRA_FILL]))
    if totals:
        first_total = 2 + len(body)
        commands.append(("BACKGROUND", (0, first_total), (-1, -1), TOTAL_FILL))
        commands.append(("LINEABOVE", (0, first_total), (-1, first_total), 1.0, INK))
        # Totals never stand alone on a page: they go with the last row above them.
        commands.append(("NOSPLIT", (0, max(2, first_total - 1)), (-1, -1)))
    return Table(
        data,
        colWidths=list(col_widths) if col_widths else None,
        repeatRows=2,
        splitByRow=1,
        hAlign="LEFT",
        spaceBefore=TABLE_SPACE_BEFORE,
        spaceAfter=TABLE_SPACE_AFTER,
        style=TableStyle(commands),
    )


def sign_off(lang: Lang, roles: Sequence[str] = ("prepared_by", "approved_by")) -> list[Flowable]:
    """Signature lines: who, name and title, signature, date."""
    styles = get_styles(lang)
    header = [label("role", lang), label("name_and_title", lang), label("signature", lang), label("date", lang)]
    rows = [[label(r, lang), "", "", ""] for r in roles]
    table = data_table(header, rows, ["22%", "*", "25%", "18%"], lang=lang, zebra=False)
    table.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), 14), ("BOTTOMPADDING", (0, 1), (-1, -1), 14)]))
    return [Spacer(1, 4), para(label("certification", lang), styles.body), table]


def date_text(value: str | None, lang: Lang, *, numeric: bool = False) -> str:
    return format_date(iso(value), lang, numeric=numeric)
