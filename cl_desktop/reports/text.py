"""Turn user text of any script into reportlab markup that draws correctly.

reportlab picks one font per run of markup and has no glyph fallback, and Noto
Sans Khmer has almost no Latin glyphs. So plain text is cut into runs: Khmer
letters (and the punctuation stuck to them) get Noto Sans Khmer, everything else
Noto Sans. Punctuation both fonts can draw follows the word it touches, so
"(កម្ពុជា)" stays one single-font word and shapes as a whole.

Characters neither font can draw (emoji, Arabic, Hebrew, CJK, private use...) are
replaced by one U+FFFD "�" per run: the reader sees that something was there
instead of an empty box or a silently shortened name. Invisible format
characters (variation selectors, bidi marks, BOM, emoji joiners) are dropped.
Right-to-left text is not reordered (reportlab needs ``rlbidi`` for that, which
is not on PyPI); those scripts are outside both fonts anyway.

Khmer is only drawn right when shaped (``shaping=1``), and shaping costs ten
times more than plain layout, so :func:`para` shapes exactly the paragraphs that
hold Khmer, whatever the style says.

Canvas text (``canvas.drawString``) is never shaped by reportlab; use
:func:`draw_string` for short canvas text, or a Paragraph via ``drawOn``.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from typing import Any, Literal

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from cl_desktop.i18n.formats import khmer_digits_in_text, prefers_khmer_digits
from cl_desktop.reports import fonts

#: What a run of undrawable characters becomes (Noto Sans has this glyph).
SUBSTITUTE = "\ufffd"

#: Khmer needs room above and below the line for stacked vowels and subscripts.
KHMER_LEADING_FACTOR = 1.6

Script = Literal["khmer", "latin"]

_KHMER, _LATIN, _NEUTRAL, _SPACE, _BREAK, _DROP, _BAD = range(7)
_JOINERS = frozenset("\u200c\u200d")
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")
_KHMER_BLOCKS = ((0x1780, 0x17FF), (0x19E0, 0x19FF))
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _is_khmer_letter(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _KHMER_BLOCKS)


@functools.cache
def _tables() -> tuple[frozenset[int], frozenset[int]]:
    """Code points each font draws, minus the ones no text should emit."""
    unusable = {0x00, 0x0D, 0xFFFF}
    latin = fonts.charset(fonts.SANS) - unusable
    khmer = fonts.charset(fonts.KHMER) - unusable
    return latin, khmer


@functools.lru_cache(maxsize=8192)
def _classify(ch: str) -> int:
    """Which font (or treatment) one character gets."""
    if ch in _LINE_BREAKS:
        return _BREAK
    if ch == "\t":
        return _SPACE
    cp = ord(ch)
    latin, khmer = _tables()
    category = unicodedata.category(ch)
    if category == "Cs" or category == "Co" or category == "Cn":
        return _BAD
    if category == "Cc":
        return _DROP
    if category == "Cf" and cp not in khmer:
        # Invisible format characters: bidi marks, BOM, tags, emoji ZWJ...
        return _DROP
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:
        return _DROP  # variation selectors
    if cp in khmer:
        if _is_khmer_letter(cp):
            return _KHMER
        if cp in latin:
            return _NEUTRAL
        return _KHMER
    if cp in latin:
        return _LATIN
    return _BAD


def has_khmer(text: str) -> bool:
    """True when the text holds a Khmer character (and so needs shaping)."""
    return any("\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff" for ch in text)


def script_runs(text: str) -> list[tuple[Script | None, str]]:
    """Split text into (script, run) pairs; ``None`` marks a line break.

    Undrawable characters are already replaced, invisible ones dropped, and
    neutral punctuation and spaces assigned to a neighbour.
    """
    if text.isascii() and text.isprintable():
        return [("latin", text)] if text else []  # the common case, kept fast
    text = unicodedata.normalize("NFC", text)
    # First pass: classes, with undrawable runs collapsed to one substitute.
    chars: list[str] = []
    classes: list[int] = []
    for ch in text:
        kind = _classify(ch)
        if kind == _DROP:
            continue
        if kind == _BAD:
            # Joiners inside an emoji sequence go with it: "👨‍👩‍👧" is one substitute.
            while len(chars) > 1 and chars[-1] in _JOINERS and classes[-2] == _BAD:
                chars.pop()
                classes.pop()
            if classes and classes[-1] == _BAD:
                continue
            chars.append(SUBSTITUTE)
        elif kind == _SPACE:
            chars.append(" ")
        elif kind == _BREAK:
            if ch == "\n" and chars and chars[-1] == "\r":
                continue  # \r\n is one break
            chars.append(ch)
        else:
            chars.append(ch)
        classes.append(kind)
    # A substitute or a space is drawn with Noto Sans but behaves as neutral.
    resolved = _resolve_neutrals(chars, classes)
    runs: list[tuple[Script | None, str]] = []
    for ch, script in zip(chars, resolved, strict=True):
        if script is None:
            runs.append((None, "\n"))
        elif runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + ch)
        else:
            runs.append((script, ch))
    return runs


def _resolve_neutrals(chars: list[str], classes: list[int]) -> list[Script | None]:
    """Give each neutral character the script of the word it is attached to."""
    out: list[Script | None] = []
    n = len(chars)
    i = 0
    while i < n:
        kind = classes[i]
        if kind == _BREAK:
            out.append(None)
            i += 1
        elif kind == _KHMER:
            out.append("khmer")
            i += 1
        elif kind in (_LATIN, _BAD):
            out.append("latin")
            i += 1
        else:
            j = i
            while j < n and classes[j] in (_NEUTRAL, _SPACE):
                j += 1
            before = _strong(classes, i - 1)
            after = _strong(classes, j)
            out.extend(_split_neutral_run(chars[i:j], before, after))
            i = j
    return out


def _strong(classes: list[int], index: int) -> Script | None:
    if 0 <= index < len(classes):
        if classes[index] == _KHMER:
            return "khmer"
        if classes[index] in (_LATIN, _BAD):
            return "latin"
    return None


def _split_neutral_run(run: list[str], before: Script | None, after: Script | None) -> list[Script | None]:
    """Punctuation before the first space sticks to the word before, after the last to the next."""
    if before == after or after is None:
        return [before or "latin" for _ in run]
    if before is None:
        return [after for _ in run]
    spaces = [k for k, ch in enumerate(run) if ch == " "]
    if not spaces:
        # "ក(" + "1": no space to split at; keep punctuation with the word before.
        return [before for _ in run]
    last = spaces[-1]
    return [before if k <= last else after for k in range(len(run))]


def markup(text: str, *, bold: bool = False, newlines: bool = True) -> str:
    """Escaped Paragraph markup for plain user text, Khmer runs in the Khmer font.

    The paragraph style's font must be Noto Sans (regular or bold to match
    ``bold``): Latin runs are left in the style's font. Line breaks become
    ``<br/>`` (or spaces when ``newlines`` is false). Never raises for any
    ``str``; the result always parses.
    """
    khmer_face = fonts.font_name(khmer=True, bold=bold)
    parts: list[str] = []
    for script, run in script_runs(text):
        if script is None:
            parts.append("<br/>" if newlines else " ")
        elif script == "khmer":
            parts.append(f'<font face="{khmer_face}">{run.translate(_ESCAPES)}</font>')
        else:
            parts.append(run.translate(_ESCAPES))
    return "".join(parts)


def plain_text(text: str) -> str:
    """The characters :func:`markup` would draw, without markup (for tests and widths)."""
    return "".join(run for _, run in script_runs(text))


# --- Paragraphs ----------------------------------------------------------------

_variants: dict[tuple[int, bool], tuple[ParagraphStyle, ParagraphStyle]] = {}


def khmer_variant(style: ParagraphStyle, shaped: bool = True) -> ParagraphStyle:
    """The style with shaping switched on (and Khmer leading) or off.

    Cached per style object. Switching shaping off keeps the leading, so rows
    of a Khmer table stay even whether or not a cell holds Khmer.
    """
    key = (id(style), shaped)
    cached = _variants.get(key)
    if cached is not None and cached[0] is style:
        return cached[1]
    if shaped:
        leading = max(style.leading, KHMER_LEADING_FACTOR * style.fontSize)
        variant = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1, leading=leading)
    else:
        variant = ParagraphStyle(f"{style.name}-plain", parent=style, shaping=0)
    if len(_variants) > 512:
        _variants.clear()
    _variants[key] = (style, variant)
    return variant


def para(text: Any, style: ParagraphStyle, *, newlines: bool = True) -> Paragraph:
    """A Paragraph for plain user text (``str()`` of anything else; None is empty).

    Shapes only when the text holds Khmer; boldness comes from the style's font.
    """
    fonts.register_fonts()
    text = "" if text is None else str(text)
    if prefers_khmer_digits():
        text = khmer_digits_in_text(text)
    bold = fonts.is_bold_face(style.fontName)
    if has_khmer(text):
        use = style if style.shaping else khmer_variant(style, shaped=True)
    else:
        use = khmer_variant(style, shaped=False) if style.shaping else style
    return Paragraph(markup(text, bold=bold, newlines=newlines), use)


def fit_text(text: str, style: ParagraphStyle, width: float, max_lines: int) -> Paragraph:
    """A paragraph cut (with "…") to at most ``max_lines`` lines, for headers."""
    full = para(text, style, newlines=False)
    line_height = full.style.leading
    if full.wrap(width, 10_000)[1] <= line_height * max_lines + 0.1:
        return full
    cuts = list(_cut_points(text))
    lo, hi = 0, len(cuts) - 1
    best = para("…", style)
    while lo <= hi:
        mid = (lo + hi) // 2
        candidate = para(text[: cuts[mid]].rstrip() + "…", style, newlines=False)
        if candidate.wrap(width, 10_000)[1] <= line_height * max_lines + 0.1:
            best, lo = candidate, mid + 1
        else:
            hi = mid - 1
    return best


def _cut_points(text: str) -> Iterator[int]:
    """Positions where text may be cut: between words, else between syllables."""
    spaces = [i for i in range(1, len(text)) if text[i] == " "]
    if spaces:
        yield from spaces
        return
    yield from (i for i in range(1, len(text)) if fonts.break_level(text, i))


# --- Canvas text -----------------------------------------------------------------


def _run_width(run: Any, face: str, size: float) -> float:
    shape = getattr(run, "__shapeData__", None)
    if shape is not None:
        return float(sum(sd.x_advance for sd in shape) * size / 1000)
    return float(pdfmetrics.stringWidth(run, face, size))


def shaped_runs(text: str, size: float, *, bold: bool = False) -> list[tuple[str, Any, float]]:
    """(face, drawable string, width) per run; Khmer runs come back shaped."""
    fonts.register_fonts()
    out: list[tuple[str, Any, float]] = []
    for script, run in script_runs(text):
        if script is None:
            run, script = " ", "latin"
        face = fonts.font_name(khmer=script == "khmer", bold=bold)
        drawable: Any = shapeStr(run, face, size) if script == "khmer" else run
        out.append((face, drawable, _run_width(drawable, face, size)))
    return out


def string_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width of text as :func:`draw_string` draws it."""
    return sum(width for _, _, width in shaped_runs(text, size, bold=bold))


def draw_string(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: Literal["left", "right", "centre"] = "left",
) -> float:
    """Draw one line of any-script text on a canvas, Khmer shaped; returns its width.

    ``canvas.drawString`` ignores shaping without ``rlbidi``, so Khmer runs are
    shaped here first. No wrapping: for more than a label use a Paragraph.
    """
    runs = shaped_runs(text, size, bold=bold)
    total = sum(width for _, _, width in runs)
    if align == "right":
        x -= total
    elif align == "centre":
        x -= total / 2
    canvas.saveState()
    for face, drawable, width in runs:
        canvas.setFont(face, size)
        canvas.drawString(x, y, drawable)
        x += width
    canvas.restoreState()
    return total
