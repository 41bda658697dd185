"""A long, plain table drawn straight on the canvas, one page of rows at a time.

``chunked_table`` builds a reportlab Table of Paragraphs for every row: correct
for everything, but ~20 ms per row, so a 10,000-child register took minutes
on a busy machine. A register row is plain text: here each cell is measured
with ``stringWidth`` and wrapped with ``simpleSplit``; only cells holding Khmer
(or characters Noto Sans lacks) become Paragraphs, so they are shaped and
get their font runs. Cells that repeat (work status, services, outcome) are
measured once and reused. Rows are pulled from the iterator as pages fill, so
memory holds one page of rows.

The header row is drawn at the top of every page; rows alternate zebra
fills; numeric columns are right-aligned.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from cl_desktop.i18n.formats import khmer_digits_in_text, prefers_khmer_digits
from cl_desktop.reports import fonts
from cl_desktop.reports.styles import GRID, HEADER_FILL, ZEBRA_FILL, Lang, get_styles, right_aligned
from cl_desktop.reports.text import KHMER_LEADING_FACTOR, has_khmer, para, shaped_runs

PAD_X = 3.0
PAD_TOP = 2.0
PAD_BOTTOM = 3.0
_FORMS = [0]  # form names must be unique within a document; a counter across documents is simplest


@dataclass
class _Cell:
    height: float
    lines: list[str] | None = None  # plain text lines
    paragraph: Paragraph | None = None
    runs: list[tuple[str, Any, float]] | None = None  # one shaped line: (face, drawable, width)
    width: float = 0.0
    shared: bool = False  # reused by many rows: drawn once into a form XObject
    form: str | None = None


@dataclass
class _Shared:
    """What every page part of one table shares: layout, caches and the row source."""

    header: tuple[str, ...]
    widths: list[float]
    lang: Lang
    numeric: frozenset[int]
    cached_columns: frozenset[int]
    rows: Iterator[Sequence[Any]]
    cache: dict[tuple[int, str], _Cell] = field(default_factory=dict)
    header_cells: list[Paragraph] = field(default_factory=list)
    header_height: float = 0.0
    exhausted: bool = False
    taken: int = 0

    def __post_init__(self) -> None:
        styles = get_styles(self.lang)
        self.style = styles.table_cell
        self.font = fonts.SANS
        self.size = float(self.style.fontSize)
        self.leading = float(self.style.leading)
        self.drawable = fonts.charset(fonts.SANS)
        # Read once: the rows are drawn later, page by page, still inside the build.
        self.khmer_digits = self.lang == "km" and prefers_khmer_digits()
        for i, text in enumerate(self.header):
            style = right_aligned(styles.table_header) if i in self.numeric else styles.table_header
            self.header_cells.append(para(text, style))
        heights = [p.wrap(w - 2 * PAD_X, 10_000)[1] for p, w in zip(self.header_cells, self.widths, strict=True)]
        self.header_height = max(heights, default=0.0) + PAD_TOP + PAD_BOTTOM

    def next_row(self) -> list[_Cell] | None:
        if self.exhausted:
            return None
        try:
            row = next(self.rows)
        except StopIteration:
            self.exhausted = True
            return None
        self.taken += 1
        return [self.cell(i, "" if v is None else str(v)) for i, v in enumerate(row)]

    def cell(self, column: int, text: str) -> _Cell:
        if self.khmer_digits:
            text = khmer_digits_in_text(text)
        key = (column, text)
        if column in self.cached_columns:
            found = self.cache.get(key)
            if found is not None:
                return found
        width = self.widths[column] - 2 * PAD_X
        if has_khmer(text) or not (text.isascii() or all(ord(ch) in self.drawable for ch in text)):
            runs = shaped_runs(text, self.size)
            if sum(w for _, _, w in runs) <= width:
                # One line: shape it and draw the runs ourselves (a Paragraph costs ten times more).
                made = _Cell(self.size * KHMER_LEADING_FACTOR if has_khmer(text) else self.leading, runs=runs)
                if column in self.cached_columns:
                    self.cache[key] = made
                return made
            style = right_aligned(self.style) if column in self.numeric else self.style
            p = para(text, style, newlines=False)
            made = _Cell(p.wrap(width, 10_000)[1], paragraph=p, width=width, shared=column in self.cached_columns)
        else:
            lines = _hard_wrap(simpleSplit(text, self.font, self.size, width) or [""], self.font, self.size, width)
            made = _Cell(len(lines) * self.leading, lines=lines)
        if column in self.cached_columns:
            if len(self.cache) > 5000:
                self.cache.clear()
            self.cache[key] = made
        return made


def _hard_wrap(lines: list[str], font: str, size: float, width: float) -> list[str]:
    """Cut lines still wider than the column (one long word) at syllables with a hyphen.

    ``fonts.split_word`` never leaves a lone letter on a line and falls back to a
    hyphenated cut between letters only where no syllable fits.
    """
    out: list[str] = []
    for line in lines:
        if stringWidth(line, font, size) <= width or len(line) < 2:
            out.append(line)
            continue
        widths = [stringWidth(ch, font, size) for ch in line]
        pieces = fonts.split_word(line, widths, lambda _i: width, width, stringWidth("-", font, size))
        out.extend(piece for piece in pieces if piece)
    return out


class _PageRows(Flowable):  # type: ignore[misc]
    """The rows that fit on one page, with the header above them."""

    def __init__(self, shared: _Shared, rows: list[list[_Cell]], heights: list[float], first_index: int) -> None:
        super().__init__()
        self.shared = shared
        self.rows = rows
        self.heights = heights
        self.first_index = first_index
        self.width = sum(shared.widths)
        self.height = shared.header_height + sum(heights)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        s = self.shared
        canvas = self.canv
        x_edges = [0.0]
        for w in s.widths:
            x_edges.append(x_edges[-1] + w)
        top = self.height
        canvas.saveState()
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, top - s.header_height, self.width, s.header_height, stroke=0, fill=1)
        for i, p in enumerate(s.header_cells):
            _, h = p.wrap(s.widths[i] - 2 * PAD_X, 10_000)
            p.drawOn(canvas, x_edges[i] + PAD_X, top - s.header_height + PAD_BOTTOM)
        y = top - s.header_height
        canvas.setFillColor(ZEBRA_FILL)
        for n, h in enumerate(self.heights):
            if (self.first_index + n) % 2:
                canvas.rect(0, y - h, self.width, h, stroke=0, fill=1)
            y -= h
        # All plain text of the page goes into one text object: a drawString per cell
        # (a BT/ET block each) costs several times more.
        text = canvas.beginText()
        text.setFillColor(s.style.textColor)
        text.setFont(s.font, s.size)
        face_now = s.font
        y = top - s.header_height
        for row, h in zip(self.rows, self.heights, strict=True):
            for i, cell in enumerate(row):
                left = x_edges[i] + PAD_X
                if cell.paragraph is not None:
                    if not cell.shared:
                        cell.paragraph.drawOn(canvas, left, y - PAD_TOP - cell.height)
                        continue
                    if cell.form is None:
                        # A wrapped, shaped label ("ពលកម្មកុមារប្រកបដោយគ្រោះថ្នាក់") repeats on thousands of
                        # rows: lay it out once as a form and place the form each time.
                        _FORMS[0] += 1
                        cell.form = f"clCell{_FORMS[0]}"
                        canvas.beginForm(cell.form, 0, -2, cell.width + 2, cell.height + 2)
                        cell.paragraph.drawOn(canvas, 0, 0)
                        canvas.endForm()
                    canvas.saveState()
                    canvas.translate(left, y - PAD_TOP - cell.height)
                    canvas.doForm(cell.form)
                    canvas.restoreState()
                    continue
                if cell.runs is not None:
                    # Khmer reaches above the Latin ascent: lower the baseline a little.
                    baseline = y - PAD_TOP - s.size * 1.12
                    total = sum(w for _, _, w in cell.runs)
                    x = x_edges[i + 1] - PAD_X - total if i in s.numeric else left
                    for face, drawable, w in cell.runs:
                        if face != face_now:
                            text.setFont(face, s.size)
                            face_now = face
                        text.setTextOrigin(x, baseline)
                        text._textOut(drawable)
                        x += w
                    continue
                if face_now != s.font:
                    text.setFont(s.font, s.size)
                    face_now = s.font
                baseline = y - PAD_TOP - s.size
                for line in cell.lines or ():
                    if i in s.numeric:
                        text.setTextOrigin(x_edges[i + 1] - PAD_X - stringWidth(line, s.font, s.size), baseline)
                    else:
                        text.setTextOrigin(left, baseline)
                    text._textOut(line)
                    baseline -= s.leading
            y -= h
        canvas.drawText(text)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.25)
        bottom = y
        for x in x_edges:
            canvas.line(x, bottom, x, top)
        canvas.line(0, top, self.width, top)
        y = top - s.header_height
        canvas.line(0, y, self.width, y)
        for h in self.heights:
            y -= h
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


class StreamedTable(Flowable):  # type: ignore[misc]
    """The whole table as one flowable that splits off a page of rows at a time."""

    def __init__(self, shared: _Shared, carried: list[_Cell] | None = None) -> None:
        super().__init__()
        self.shared = shared
        self.carried = carried
        self.spaceBefore = 2.0
        self.spaceAfter = 8.0

    @staticmethod
    def _row_height(row: list[_Cell]) -> float:
        return max((c.height for c in row), default=0.0) + PAD_TOP + PAD_BOTTOM

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Unknown until the rows are read: claim more than any page so the frame asks to split.
        return sum(self.shared.widths), availHeight + 1.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        s = self.shared
        room = availHeight - s.header_height
        rows: list[list[_Cell]] = []
        heights: list[float] = []
        first_index = s.taken - (1 if self.carried is not None else 0)
        pending = self.carried if self.carried is not None else s.next_row()
        while pending is not None:
            h = self._row_height(pending)
            if h > room:
                break
            rows.append(pending)
            heights.append(h)
            room -= h
            pending = s.next_row()
        if not rows:
            if pending is None:
                return [_PageRows(s, [], [], first_index)]
            return self._defer(pending)
        part = _PageRows(s, rows, heights, first_index)
        if pending is None:
            part.spaceAfter = self.spaceAfter
            return [part]
        return [part, StreamedTable(s, pending)]

    def _defer(self, pending: list[_Cell]) -> list[Flowable]:
        """Nothing fits below what is on the page: continue on the next one."""
        self.carried = pending
        return []

    def draw(self) -> None:  # never drawn whole: it always splits
        pass


def streamed_table(
    header: Sequence[str],
    rows: Iterator[Sequence[Any]],
    widths: Sequence[float],
    *,
    lang: Lang = "en",
    numeric_columns: Sequence[int] = (),
    cached_columns: Sequence[int] = (),
) -> StreamedTable:
    """A long plain-text table; ``cached_columns`` hold values that repeat (labels, codes)."""
    fonts.register_fonts()
    shared = _Shared(
        tuple(header),
        list(widths),
        lang,
        frozenset(numeric_columns),
        frozenset(cached_columns),
        iter(rows),
    )
    return StreamedTable(shared)
