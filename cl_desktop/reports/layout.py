"""Page layout for every report: A4 pages, header, "Page X of Y" footer, tables.

``build_pdf`` is the one way reports reach the disk: it writes through
``atomic_path`` so a failed or cancelled build never leaves a partial PDF under
the final name, and it pulls the story from any iterable, so a beneficiary
register of thousands of pages is built from a generator without holding every
row's Paragraphs at once.

"Page X of Y" needs Y before the last page exists. Instead of a second pass or a
canvas that keeps every page until the end, each page draws a reference to a
form XObject named after its number; the forms (the whole footer) are written at
save time, once the page count is known. Cost: one tiny form per page.

Streaming a register of thousands of pages: keep rows as plain tuples, let
``chunked_table`` turn them into 40-row tables only as pages are laid out::

    def story() -> Iterator[Flowable]:
        yield para(label("beneficiary_register", lang), styles.heading)
        rows = ((c.case_number, c.name, c.sex, c.born) for c in service.children())
        yield from chunked_table(header, rows, ["15%", "*", "10%", "15%"], lang=lang)

    pages = build_pdf(path, story(), header=PageHeader(title, project, period), lang=lang)

Memory then holds a few chunks plus what reportlab keeps per finished page
(its compressed content stream, a few kB).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, SupportsIndex, TypeAlias, cast, overload

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from cl_desktop.atomic import atomic_path
from cl_desktop.i18n.formats import format_date, format_number
from cl_desktop.i18n.labels import label
from cl_desktop.reports import fonts
from cl_desktop.reports.styles import (
    GRID,
    HEADER_FILL,
    INK,
    TOTAL_FILL,
    ZEBRA_FILL,
    Lang,
    ReportStyles,
    get_styles,
)
from cl_desktop.reports.text import fit_text, para

log = logging.getLogger("cl_desktop.reports")

Orientation = Literal["portrait", "landscape"]
#: What a table cell may hold; Flowables pass through untouched.
CellValue: TypeAlias = str | int | float | Decimal | dt.date | bool | Flowable | None
ColWidth: TypeAlias = float | str

MARGIN_X = 15 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 8 * mm
HEADER_HEIGHT = 16 * mm
FOOTER_HEIGHT = 9 * mm
CHUNK_ROWS = 40
#: How much of a long table or paragraph must fit beside the heading kept with it.
KEEP_WITH_NEXT_MIN = 72.0
TABLE_SPACE_BEFORE = 2.0
TABLE_SPACE_AFTER = 8.0

_FOOTER_FORM = "clFooter{}"


def page_size(orientation: Orientation = "portrait") -> tuple[float, float]:
    """A4 in points, turned as asked."""
    size = landscape(A4) if orientation == "landscape" else portrait(A4)
    return float(size[0]), float(size[1])


def frame_size(orientation: Orientation = "portrait") -> tuple[float, float]:
    """Width and height left for flowables between header and footer."""
    width, height = page_size(orientation)
    return (
        width - 2 * MARGIN_X,
        height - MARGIN_TOP - HEADER_HEIGHT - FOOTER_HEIGHT - MARGIN_BOTTOM,
    )


@dataclass(frozen=True)
class PageHeader:
    """What every page repeats: report title, project, period; ``note`` goes in the footer."""

    title: str
    project: str = ""
    period: str = ""
    note: str = ""


# --- Document -------------------------------------------------------------------


class _FooterCanvas(Canvas):  # type: ignore[misc]
    """Canvas that writes each page's footer form once the page count is known."""

    def __init__(
        self,
        *args: Any,
        draw_footer: Callable[[Canvas, int, int, tuple[float, float]], None],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._draw_footer = draw_footer
        self._footer_pages: list[tuple[float, float]] = []

    def reference_footer(self) -> None:
        """Called at the start of each page: place the (not yet written) footer form."""
        width, height = self._pagesize
        self._footer_pages.append((float(width), float(height)))
        self.doForm(_FOOTER_FORM.format(len(self._footer_pages)))

    def save(self) -> None:
        total = len(self._footer_pages)
        for number, size in enumerate(self._footer_pages, start=1):
            self.beginForm(_FOOTER_FORM.format(number), 0, 0, size[0], size[1])
            self._draw_footer(self, number, total, size)
            self.endForm()
        super().save()


class _KeepWithStart(KeepTogether):  # type: ignore[misc]
    """keepWithNext that needs only the start of a following table on the same page.

    reportlab's KeepTogether moves a heading and the *whole* next table to a new
    page when the table does not fit, leaving most of a page blank before every
    long table; here the heading only needs ``KEEP_WITH_NEXT_MIN`` points of it.
    """

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        result = super().wrap(aW, aH)
        last = self._content[-1]
        if len(self._content) > 1 and isinstance(last, Table | TableChunk | Paragraph):
            _, last_h = last.wrapOn(self.canv, aW, aH)
            self._H -= max(0.0, last_h - KEEP_WITH_NEXT_MIN)
        return cast(tuple[float, float], result)


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 document with "portrait" and "landscape" page templates sharing header and footer.

    Switch orientation mid-report with ``NextPageTemplate("landscape")`` then a
    ``PageBreak()``.
    """

    def __init__(
        self,
        filename: str,
        *,
        header: PageHeader,
        lang: Lang = "en",
        orientation: Orientation = "portrait",
        on_page: Callable[[int], None] | None = None,
        **kwargs: Any,
    ) -> None:
        self.header = header
        self.report_lang: Lang = lang
        self.styles: ReportStyles = get_styles(lang)
        self._on_page = on_page
        self._header_cache: dict[float, tuple[Flowable, Flowable | None]] = {}
        self._note_cache: dict[float, Flowable | None] = {}
        templates = [self._template("portrait"), self._template("landscape")]
        if orientation == "landscape":
            templates.reverse()
        super().__init__(
            filename,
            pagesize=page_size(orientation),
            pageTemplates=templates,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP + HEADER_HEIGHT,
            bottomMargin=MARGIN_BOTTOM + FOOTER_HEIGHT,
            title=header.title,
            subject=" · ".join(p for p in (header.project, header.period) if p),
            author="CL Desktop",
            creator="CL Desktop",
            lang={"km": "km-KH", "ru": "ru-RU"}.get(lang, "en"),
            keepTogetherClass=_KeepWithStart,
            **kwargs,
        )

    def _template(self, orientation: Orientation) -> PageTemplate:
        width, height = page_size(orientation)
        frame_w, frame_h = frame_size(orientation)
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM + FOOTER_HEIGHT,
            frame_w,
            frame_h,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"body-{orientation}",
        )
        return PageTemplate(
            id=orientation,
            frames=[frame],
            onPage=self._decorate_page,
            pagesize=(width, height),
        )

    def _decorate_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        inner = width - 2 * MARGIN_X
        title, second = self._header_paragraphs(inner)
        top = height - MARGIN_TOP
        _, h = title.wrap(inner, HEADER_HEIGHT)
        title.drawOn(canvas, MARGIN_X, top - h)
        if second is not None:
            _, h2 = second.wrap(inner, HEADER_HEIGHT)
            second.drawOn(canvas, MARGIN_X, top - h - h2)
        canvas.saveState()
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.6)
        rule_y = height - MARGIN_TOP - HEADER_HEIGHT + 2 * mm
        canvas.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)
        canvas.restoreState()
        if isinstance(canvas, _FooterCanvas):
            canvas.reference_footer()

    def _header_paragraphs(self, width: float) -> tuple[Flowable, Flowable | None]:
        """Built once per page width: thousands of pages share two Paragraphs."""
        cached = self._header_cache.get(width)
        if cached is None:
            styles = self.styles
            title = fit_text(self.header.title, styles.page_header_bold, width, 1)
            line = " · ".join(p for p in (self.header.project, self.header.period) if p)
            second = fit_text(line, styles.page_header, width, 1) if line else None
            cached = self._header_cache[width] = (title, second)
        return cached

    def draw_footer(self, canvas: Canvas, page: int, total: int, size: tuple[float, float]) -> None:
        """The footer of one page, drawn into its form at save time."""
        width = size[0]
        inner = width - 2 * MARGIN_X
        styles = self.styles
        rule_y = MARGIN_BOTTOM + FOOTER_HEIGHT - 2 * mm
        canvas.saveState()
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)
        canvas.restoreState()
        lang = self.report_lang
        text = label("page_x_of_y", lang, page=format_number(page, lang), total=format_number(total, lang))
        number = para(text, styles.page_footer_right)
        number_w = inner * 0.3
        _, h = number.wrap(number_w, FOOTER_HEIGHT)
        baseline_top = rule_y - 1.2 * mm
        number.drawOn(canvas, width - MARGIN_X - number_w, baseline_top - h)
        if self.header.note:
            note = self._note_cache.get(width)
            if note is None:
                # Two lines fit the footer: the donor's bureau and the project's short title.
                note = self._note_cache[width] = fit_text(self.header.note, styles.page_footer, inner * 0.68, 2)
            _, h = note.wrap(inner * 0.68, FOOTER_HEIGHT)
            note.drawOn(canvas, MARGIN_X, baseline_top - h)

    def afterPage(self) -> None:
        if self._on_page is not None:
            self._on_page(self.page)


class _LazyStory(list):  # type: ignore[type-arg]
    """A list that pulls flowables from an iterator as reportlab consumes it.

    ``doc.build`` wants a list it can index, slice and insert split parts into;
    this one only ever holds ``lookahead`` items (enough for keepWithNext chains).
    """

    def __init__(self, source: Iterable[Flowable | None], lookahead: int) -> None:
        super().__init__()
        self._source: Iterator[Flowable | None] | None = iter(source)
        self._lookahead = max(2, lookahead)

    def _fill(self, size: int) -> None:
        while self._source is not None and list.__len__(self) < size:
            try:
                item = next(self._source)
            except StopIteration:
                self._source = None
                break
            if item is not None:
                self.append(item)

    def __len__(self) -> int:
        self._fill(self._lookahead)
        return list.__len__(self)

    def __bool__(self) -> bool:
        return len(self) > 0

    @overload
    def __getitem__(self, index: SupportsIndex) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Any:
        if isinstance(index, slice):
            if index.stop is None or index.stop < 0 or (index.start or 0) < 0:
                self._fill(10**12)  # open slice: reportlab never asks; be correct anyway
            else:
                self._fill(index.stop)
        else:
            i = index.__index__()
            self._fill(10**12 if i < 0 else i + 1)
        return list.__getitem__(self, index)


def build_pdf(
    path: str | os.PathLike[str],
    story: Iterable[Flowable | None],
    *,
    header: PageHeader,
    lang: Lang = "en",
    orientation: Orientation = "portrait",
    on_page: Callable[[int], None] | None = None,
    lookahead: int = 8,
) -> int:
    """Write a report to ``path`` atomically; returns the number of pages.

    ``story`` may be a list or any iterable (a generator keeps memory flat for
    long registers: yield ``chunked_table`` chunks). ``on_page(n)`` is called after
    each page for progress; raising from it cancels the build and nothing is
    written. Any failure leaves ``path`` as it was.
    """
    fonts.register_fonts()
    with atomic_path(path) as tmp:
        doc = ReportDocument(str(tmp), header=header, lang=lang, orientation=orientation, on_page=on_page)
        canvasmaker = functools.partial(_FooterCanvas, draw_footer=doc.draw_footer)
        doc.build(_LazyStory(story, lookahead), canvasmaker=canvasmaker)
        pages = int(doc.page)
    log.info("wrote %s (%d pages)", path, pages)
    return pages


# --- Tables ------------------------------------------------------------------------

_DIGIT = "[0-9\u17e0-\u17e9]"
# 1,234 / 1 234,5 / 1.234 / 45% / ៣០ — but not dates such as 05.01.2002 or 30/09/2008.
_NUMERIC = re.compile(rf"^\s*[-+\u2212]?{_DIGIT}+([,.\u00a0\u202f' ]{_DIGIT}{{3}})*([.,]{_DIGIT}+)?\s*\u00a0?%?\s*$")


def is_numeric(value: object) -> bool:
    """True for numbers and number-like strings ("1,234", "45%", "៣០"): right-aligned."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float | Decimal):
        return True
    return isinstance(value, str) and bool(_NUMERIC.match(value))


def cell_text(value: CellValue, lang: Lang) -> str:
    """How a plain value prints in a table cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return label("yes" if value else "no", lang)
    if isinstance(value, int | float | Decimal):
        return format_number(value, lang)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    return str(value)


def make_cell(value: CellValue, style: ParagraphStyle, lang: Lang) -> Flowable:
    """A Paragraph for a plain value (so Khmer shapes and long text wraps)."""
    if isinstance(value, Flowable):
        return value
    return para(cell_text(value, lang), style)


def _table_style(n_rows: int, *, has_header: bool, has_totals: bool, zebra: bool, zebra_offset: int = 0) -> TableStyle:
    first_data = 1 if has_header else 0
    last_data = n_rows - (2 if has_totals else 1)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("LINEBEFORE", (0, 0), (-1, -1), 0.25, GRID),
        ("LINEAFTER", (0, 0), (-1, -1), 0.25, GRID),
        ("LINEABOVE", (0, 0), (-1, 0), 0.25, GRID),
    ]
    if has_header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ]
    if zebra and last_data >= first_data:
        pattern = [colors.white, ZEBRA_FILL]
        if zebra_offset % 2:
            pattern.reverse()
        commands.append(("ROWBACKGROUNDS", (0, first_data), (-1, last_data), pattern))
    if has_totals:
        commands += [
            ("BACKGROUND", (0, n_rows - 1), (-1, n_rows - 1), TOTAL_FILL),
            ("LINEABOVE", (0, n_rows - 1), (-1, n_rows - 1), 1.0, INK),
        ]
        if n_rows - 2 >= first_data:
            # A Total row never stands alone on a page: it goes with the row above it.
            commands.append(("NOSPLIT", (0, n_rows - 2), (-1, n_rows - 1)))
    return TableStyle(commands)


def _star_widths(col_widths: Sequence[ColWidth] | None, n: int) -> list[ColWidth]:
    if col_widths is None:
        return ["*"] * n
    if len(col_widths) != n:
        raise ValueError(f"{len(col_widths)} column widths for {n} columns")
    return list(col_widths)


def data_table(
    header: Sequence[CellValue] | None,
    rows: Iterable[Sequence[CellValue]],
    col_widths: Sequence[ColWidth] | None = None,
    align_numbers: bool = True,
    *,
    lang: Lang = "en",
    totals: Sequence[CellValue] | None = None,
    zebra: bool = True,
    numeric_columns: Iterable[int] | None = None,
    zebra_offset: int = 0,
    space_before: float = TABLE_SPACE_BEFORE,
    space_after: float = TABLE_SPACE_AFTER,
) -> Table:
    """A report table: header row repeated on each page, Paragraph cells, zebra rows.

    ``col_widths`` are points, percentages of the frame ("25%") or "*" (share
    the rest); None shares the width equally. Numbers (and number-like strings)
    are formatted for ``lang`` and right-aligned with their header, unless
    ``align_numbers`` is false; ``numeric_columns`` forces columns right.
    ``totals`` adds a bold last row. ``header=None`` omits the header row.
    """
    styles = get_styles(lang)
    data_rows = [tuple(r) for r in rows]
    width = len(header) if header is not None else max((len(r) for r in data_rows), default=1)
    forced = set(numeric_columns or ())
    right = [c in forced for c in range(width)]
    if align_numbers:
        for c in range(width):
            values = [r[c] for r in data_rows if c < len(r) and r[c] not in (None, "")]
            if values and sum(is_numeric(v) for v in values) * 2 > len(values):
                right[c] = True

    def row_cells(row: Sequence[CellValue], left: ParagraphStyle, right_style: ParagraphStyle) -> list[Flowable]:
        """Right-align the numbers of numeric columns; text in them stays left."""
        padded = list(row[:width]) + [None] * (width - len(row))
        return [
            make_cell(
                v,
                right_style if right[c] and (c in forced or v in (None, "") or is_numeric(v)) else left,
                lang,
            )
            for c, v in enumerate(padded)
        ]

    table_rows: list[list[Flowable]] = []
    if header is not None:
        table_rows.append(
            [
                make_cell(v, styles.table_header_right if right[c] else styles.table_header, lang)
                for c, v in enumerate(header)
            ]
        )
    for row in data_rows:
        table_rows.append(row_cells(row, styles.table_cell, styles.table_cell_right))
    if totals is not None:
        table_rows.append(row_cells(totals, styles.table_total, styles.table_total_right))
    if not table_rows:
        table_rows.append([make_cell("", styles.table_cell, lang) for _ in range(width)])
    table = Table(
        table_rows,
        colWidths=_star_widths(col_widths, width),
        repeatRows=1 if header is not None else 0,
        splitByRow=1,
        splitInRow=24,  # a giant cell may continue on the next page, in pieces ≥ 24 pt
        hAlign="LEFT",
        spaceBefore=space_before,
        spaceAfter=space_after,
        style=_table_style(
            len(table_rows),
            has_header=header is not None,
            has_totals=totals is not None,
            zebra=zebra,
            zebra_offset=zebra_offset,
        ),
    )
    return table


def key_value_table(
    pairs: Iterable[tuple[CellValue, CellValue | Sequence[Flowable]]],
    *,
    lang: Lang = "en",
    key_width: ColWidth = "30%",
) -> Table:
    """Two columns, key on a tinted band: cover sheets, project summaries, child profiles.

    A value may be a list of flowables (bullet points, several paragraphs).
    """
    styles = get_styles(lang)
    rows: list[list[Any]] = []
    for key, value in pairs:
        if isinstance(value, list | tuple) and all(isinstance(v, Flowable) for v in value):
            shown: Any = list(value)
        else:
            shown = make_cell(cast(CellValue, value), styles.kv_value, lang)
        rows.append([make_cell(key, styles.kv_key, lang), shown])
    if not rows:
        rows.append(["", ""])
    return Table(
        rows,
        colWidths=[key_width, "*"],
        hAlign="LEFT",
        spaceBefore=TABLE_SPACE_BEFORE,
        spaceAfter=TABLE_SPACE_AFTER,
        splitByRow=1,
        splitInRow=24,
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), ZEBRA_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
                ("LINEABOVE", (0, 0), (-1, 0), 0.25, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
    )


class TableChunk(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Up to ``CHUNK_ROWS`` rows of a long table, built into a Table only when laid out.

    The header row is drawn when the chunk starts the table or starts a page, so
    a register made of many chunks reads as one table with a header on every page.
    """

    def __init__(
        self,
        header: Sequence[CellValue],
        rows: list[tuple[CellValue, ...]],
        col_widths: Sequence[ColWidth] | None,
        *,
        lang: Lang,
        align_numbers: bool,
        numeric_columns: frozenset[int],
        totals: Sequence[CellValue] | None,
        zebra: bool,
        first: bool,
        last: bool,
        row_offset: int,
    ) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.col_widths = col_widths
        self.lang: Lang = lang
        self.align_numbers = align_numbers
        self.numeric_columns = numeric_columns
        self.totals = totals
        self.zebra = zebra
        self.first = first
        self.last = last
        self.row_offset = row_offset
        # Chunks sit flush against each other; only the table's ends get space.
        self.spaceBefore = TABLE_SPACE_BEFORE if first else 0.0
        self.spaceAfter = TABLE_SPACE_AFTER if last else 0.0
        self._table: Table | None = None
        self._key: tuple[bool, float] | None = None

    def _with_header(self) -> bool:
        frame = getattr(self, "_frame", None)
        return self.first or bool(frame is not None and frame._atTop)

    def _build(self, with_header: bool, rows: list[tuple[CellValue, ...]], *, last: bool, offset: int) -> Table:
        return data_table(
            self.header if with_header else None,
            rows,
            self.col_widths,
            self.align_numbers,
            lang=self.lang,
            totals=self.totals if last else None,
            zebra=self.zebra,
            numeric_columns=self.numeric_columns,
            zebra_offset=offset,
            space_before=0.0,
            space_after=0.0,
        )

    def _whole(self, with_header: bool) -> Table:
        return self._build(with_header, self.rows, last=self.last, offset=self.row_offset)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        with_header = self._with_header()
        if self._table is None or self._key != (with_header, availWidth):
            self._table = self._whole(with_header)
            self._key = (with_header, availWidth)
        self.width, self.height = self._table.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        with_header = self._with_header()
        if self._table is None or self._key != (with_header, availWidth):
            self.wrap(availWidth, availHeight)
        assert self._table is not None
        parts = self._table.split(availWidth, availHeight)
        head = 1 if with_header else 0
        if len(parts) != 2:
            return cast(list[Flowable], parts)
        taken = len(parts[0]._cellvalues) - head
        rest = len(parts[1]._cellvalues) - head
        total = len(self.rows) + (1 if self.last and self.totals is not None else 0)
        if not 0 < taken <= len(self.rows) or taken + rest != total:
            # Split inside one giant row: keep reportlab's own halves.
            return cast(list[Flowable], parts)
        # The first part is reportlab's; the rest becomes a chunk again, so it
        # gets a header row if (and only if) it starts the next page.
        first = parts[0]
        first.spaceBefore = self.spaceBefore
        first.spaceAfter = 0.0
        remainder = TableChunk(
            self.header,
            self.rows[taken:],
            self.col_widths,
            lang=self.lang,
            align_numbers=self.align_numbers,
            numeric_columns=self.numeric_columns,
            totals=self.totals,
            zebra=self.zebra,
            first=False,
            last=self.last,
            row_offset=self.row_offset + taken,
        )
        return [first, remainder]

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)


def chunked_table(
    header: Sequence[CellValue],
    rows: Iterable[Sequence[CellValue]],
    col_widths: Sequence[ColWidth] | None = None,
    align_numbers: bool = True,
    *,
    lang: Lang = "en",
    chunk_rows: int = CHUNK_ROWS,
    totals: Sequence[CellValue] | None = None,
    zebra: bool = True,
    numeric_columns: Iterable[int] | None = None,
) -> Iterator[Flowable]:
    """Yield a long table as chunks of ``chunk_rows`` rows, for ``build_pdf``'s story.

    Rows are read lazily (pass a database cursor or a generator of tuples), so
    memory holds a chunk or two, not the register. Give explicit ``col_widths``
    so all chunks line up (percentages, points or "*"). A column is treated as
    numeric per chunk (most of its values are numbers) unless ``numeric_columns``
    says so for the whole table, which keeps the header alignment steady.
    """
    forced = frozenset(numeric_columns or ())
    iterator = iter(rows)

    def take() -> list[tuple[CellValue, ...]]:
        return [tuple(r) for _, r in zip(range(chunk_rows), iterator, strict=False)]

    buffer = take()
    offset = 0
    first = True
    while True:
        following = take()
        last = not following
        yield TableChunk(
            header,
            buffer,
            col_widths,
            lang=lang,
            align_numbers=align_numbers,
            numeric_columns=forced,
            totals=totals,
            zebra=zebra,
            first=first,
            last=last,
            row_offset=offset,
        )
        if last:
            return
        offset += len(buffer)
        buffer = following
        first = False
