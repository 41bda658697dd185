"""Report fonts and the reportlab fixes Khmer needs.

Reports draw Latin, Cyrillic and digits with Noto Sans and Khmer with Noto Sans
Khmer; reportlab has no per-glyph fallback, so ``reports.text`` picks the font
per run of script and this module only makes the fonts available.

reportlab 5.1 has three bugs that garble Khmer (the first is in NOTES.md, PDF section):

* ``PDFTextObject.setRise`` merges consecutive ``Ts`` operators but forgets the
  new rise, so after a cluster with two stacked marks the rest of the line stays
  raised or lowered.
* ``shapeFragWord`` shapes a whole word with the font of its first fragment, so
  a word mixing fonts with no space between them ("ឆ្នាំ2012", "(ក)5%") comes out
  as .notdef boxes in the second font.
* A word wider than its column (common in Khmer, which puts no spaces between
  words) is cut character by character *after* shaping, which turns shaped
  glyphs back into garbage; and rejoining the cut pieces when a paragraph
  continues on the next page loses the shaping data. The fix cuts shaped words
  only between Khmer syllables (preferring a zero-width space the writer put
  between words) and keeps the shaping data of each piece.

Each fix is installed only when a probe shows that the installed reportlab
still has the bug, so an upstream fix switches ours off by itself.
"""

from __future__ import annotations

import functools
import io
import itertools
import logging
import threading
import unicodedata
from collections.abc import Callable
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cl_desktop.errors import KnownError
from cl_desktop.resources import resource_path

log = logging.getLogger("cl_desktop.reports")

#: Family names (also the regular face names) used in styles and markup.
SANS = "NotoSans"
SANS_BOLD = "NotoSans-Bold"
KHMER = "NotoSansKhmer"
KHMER_BOLD = "NotoSansKhmer-Bold"

_FILES: dict[str, str] = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    KHMER: "NotoSansKhmer-Regular.ttf",
    KHMER_BOLD: "NotoSansKhmer-Bold.ttf",
}

_lock = threading.Lock()
_registered = False
_fixes: dict[str, bool] = {}
#: The reportlab functions a fix replaced, by fix name, so tests can show the bug.
ORIGINALS: dict[str, Callable[..., Any]] = {}


def register_fonts() -> None:
    """Register the bundled fonts and install the needed fixes, once.

    Cheap to call before every report; safe from a worker thread.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        missing = [name for name in _FILES.values() if not resource_path("fonts", name).is_file()]
        if missing:
            raise KnownError(
                "The report fonts are missing from this installation "
                f"({', '.join(missing)}). Please reinstall CL Desktop."
            )
        for face, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(face, str(resource_path("fonts", filename))))
        # No italic faces are bundled: map italic to upright rather than fail.
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
        pdfmetrics.registerFontFamily(KHMER, normal=KHMER, bold=KHMER_BOLD, italic=KHMER, boldItalic=KHMER_BOLD)
        _fixes["setRise"] = _install_rise_fix()
        from reportlab.platypus import paragraph

        mixed_bug = _probe_word(paragraph.shapeFragWord)
        split_bug = _shaped_split_bug_present(paragraph._splitFragWord)
        if mixed_bug or split_bug:
            # The cutter needs to know where syllables start, which only the
            # shaper sees: it records them even when fonts need no regrouping.
            _install_shaping_wrapper(group_by_font=mixed_bug)
        _fixes["shapeFragWord"] = mixed_bug
        _fixes["splitFragWord"] = split_bug and _install_shaped_split_fix()
        _fixes["splitWord"] = _install_word_split()
        for name, installed in _fixes.items():
            if not installed:
                log.info("reportlab no longer needs the %s fix; not patching", name)
        _registered = True


def installed_fixes() -> dict[str, bool]:
    """Which reportlab fixes are active (for tests and the about box)."""
    register_fonts()
    return dict(_fixes)


def font_name(*, khmer: bool, bold: bool = False) -> str:
    """The registered face for a run of text."""
    if khmer:
        return KHMER_BOLD if bold else KHMER
    return SANS_BOLD if bold else SANS


def is_bold_face(face: str) -> bool:
    """True for the bold faces; styles carry boldness in their font name."""
    return face in (SANS_BOLD, KHMER_BOLD)


def charset(face: str) -> frozenset[int]:
    """Code points the face can draw (its cmap), used to pick fonts per character."""
    register_fonts()
    font: Any = pdfmetrics.getFont(face)
    return frozenset(font.face.charToGlyph)


# --- setRise -----------------------------------------------------------------


def rise_bug_present() -> bool:
    """Probe from NOTES.md: two merged ``Ts`` must leave the second rise recorded."""
    from reportlab.pdfgen.canvas import Canvas

    text = Canvas(io.BytesIO()).beginText()
    text.setRise(1)
    text.setRise(2)
    return bool(text._rise != 2)


def _fixed_set_rise(self: Any, rise: float) -> None:
    """``PDFTextObject.setRise`` that records the rise when it merges ``Ts`` operators."""
    from reportlab.lib.rl_accel import fp_str

    code = f"{fp_str(rise)} Ts"
    if self._code[-1].endswith(" Ts"):
        # Replace the previous Ts instead of stacking a second one; undo its shift.
        self._y += self._rise
        self._code[-1] = code
    else:
        self._code.append(code)
    self._rise = rise
    self._y -= rise


def _install_rise_fix() -> bool:
    from reportlab.pdfgen.textobject import PDFTextObject

    if not rise_bug_present():
        return False
    ORIGINALS["setRise"] = PDFTextObject.setRise
    PDFTextObject.setRise = _fixed_set_rise
    if rise_bug_present():  # pragma: no cover - would mean the patch did not take
        raise RuntimeError("could not patch reportlab PDFTextObject.setRise")
    return True


# --- shapeFragWord -----------------------------------------------------------


def _probe_word(shape: Callable[..., Any]) -> bool:
    """True when shaping a Khmer+Latin word garbles the Latin part."""
    from reportlab.lib.abag import ABag

    khmer = ABag(fontName=KHMER, fontSize=10)
    latin = ABag(fontName=SANS, fontSize=10)
    word = [0.0, (khmer, "ក្ម"), (latin, "12")]
    shaped = shape(word)
    latin_text = "".join(str(s) for f, s in shaped[1:] if getattr(f, "fontName", None) == SANS)
    return latin_text != "12"


def mixed_font_shaping_bug_present() -> bool:
    """Probe the shaper reportlab's Paragraph currently uses (after our fix, if any)."""
    from reportlab.platypus import paragraph

    register_fonts()
    return _probe_word(paragraph.shapeFragWord)


def _install_shaping_wrapper(*, group_by_font: bool) -> None:
    from reportlab.pdfbase import ttfonts
    from reportlab.platypus import paragraph

    original = paragraph.shapeFragWord

    def shape_frag_word_per_font(w: Any, *args: Any, **kwargs: Any) -> Any:
        """Shape each single-font stretch of a word on its own, then rejoin."""
        if isinstance(w, ttfonts.ShapedFragWord):
            return w
        groups: list[list[Any]] = []
        last_font: str | None = None
        for frag in w[1:]:
            style = frag[0]
            font = None if hasattr(style, "cbDefn") else style.fontName
            if groups and (font is None or font == last_font):
                groups[-1].append(frag)
            else:
                groups.append([frag])
            if font is not None:
                last_font = font
        if len(groups) <= 1 or not group_by_font:
            return _annotate_breaks(original(w, *args, **kwargs), w[1:])
        parts: list[Any] = []
        width = 0.0
        changed = False
        for group in groups:
            plain = sum(
                pdfmetrics.stringWidth(s, f.fontName, f.fontSize) for f, s in group if not hasattr(f, "cbDefn")
            ) + sum(getattr(f, "width", 0) for f, _ in group if hasattr(f, "cbDefn"))
            sub = [plain, *group]
            shaped = _annotate_breaks(original(sub, *args, **kwargs), group)
            if shaped is not sub:
                changed = True
            width += shaped[0]
            parts.extend(shaped[1:])
        if not changed:
            return w
        return ttfonts.makeShapedFragWord(w)([width, *parts])

    ORIGINALS["shapeFragWord"] = paragraph.shapeFragWord
    paragraph.shapeFragWord = shape_frag_word_per_font
    if _probe_word(paragraph.shapeFragWord):  # pragma: no cover
        raise RuntimeError("could not patch reportlab shapeFragWord")


# --- Cutting shaped words ------------------------------------------------------------

_COENG = "\u17d2"
_NO_BREAK_BEFORE = frozenset(")]}»”’.,;:!?%-\u17d4\u17d5\u17d6\u17d7\u200b\u200c\u200d")
_NO_BREAK_AFTER = frozenset("([{«“‘\u200c\u200d")
_DIGITS = frozenset("0123456789\u17e0\u17e1\u17e2\u17e3\u17e4\u17e5\u17e6\u17e7\u17e8\u17e9")
_BREAKS_ATTR = "_cl_breaks"


def break_level(text: str, i: int) -> int:
    """May a too-long word be cut before ``text[i]``? 0 no, 1 yes, 2 yes and preferred.

    Cuts fall between Khmer syllables (never after a coeng or before a vowel
    sign or mark), never inside a number, preferably after a zero-width space.
    """
    if i <= 0 or i >= len(text):
        return 1 if i == 0 else 0
    ch, prev = text[i], text[i - 1]
    if prev == "\u200b":
        return 2
    if prev == _COENG or ch == _COENG or prev in _NO_BREAK_AFTER or ch in _NO_BREAK_BEFORE:
        return 0
    if unicodedata.category(ch)[0] == "M":
        return 0
    if ch in _DIGITS and prev in _DIGITS:
        return 0
    if _is_khmer_final(text, i):
        return 0
    return 1


def _is_khmer_final(text: str, i: int) -> bool:
    """A consonant closing the syllable before it ("ការ", "ក្នុង"): keep it there.

    Khmer writes final consonants as plain letters, so a grapheme boundary is
    not a syllable boundary; a consonant after an explicit vowel that carries no
    vowel of its own is read as that syllable's final.
    """
    if not "\u1780" <= text[i] <= "\u17a2":
        return False
    prev = text[i - 1]
    after_vowel = "\u17b6" <= prev <= "\u17c5" or "\u17c9" <= prev <= "\u17d1" or prev == "\u17dd"
    if not after_vowel:
        return False  # after a consonant, or after ំ ះ ៈ, which close their syllable
    if i + 1 == len(text):
        return True
    nxt = text[i + 1]
    takes_vowel = nxt == _COENG or "\u17b6" <= nxt <= "\u17c5" or nxt in ("\u17c9", "\u17ca")
    return not takes_vowel


def _has_khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff" for ch in text)


@functools.lru_cache(maxsize=8192)
def word_starts(text: str) -> frozenset[int]:
    """Offsets where a line may break in Khmer text: ICU's dictionary-based word boundaries.

    Khmer writes no spaces between words, so only a dictionary knows that
    "បានដកចេញពីពលកម្មកុមារ" is បាន | ដកចេញ | ពី | ពលកម្ម | កុមារ. Names and narratives come from
    users, so zero-width spaces in the catalogue cannot be the whole answer.
    """
    from icu4py.breakers import LineBreaker

    starts = set()
    offset = 0
    for segment in LineBreaker(text, "km"):
        starts.add(offset)
        offset += len(segment)
    return frozenset(starts)


def _annotate_breaks(word: Any, frags: list[Any]) -> Any:
    """Record on each ShapedStr of a shaped word where it may be cut (by glyph).

    Level 2 (preferred) marks word boundaries; level 1 marks the other cluster
    boundaries, used only for a word wider than its column.
    """
    from reportlab.pdfbase.ttfonts import ShapedStr

    text = "".join(str(s) for f, s in frags if not hasattr(f, "cbDefn"))
    words = word_starts(text) if _has_khmer(text) else None
    for _f, s in word[1:]:
        if isinstance(s, ShapedStr) and s.__shapeData__:
            data = s.__shapeData__
            levels = []
            for g, sd in enumerate(data):
                inside = (g > 0 and sd.cluster == data[g - 1].cluster) or sd.cluster < 0
                level = 0 if inside else break_level(text, sd.cluster)
                if level and words is not None:
                    level = 2 if sd.cluster in words else 1
                levels.append(level)
            setattr(s, _BREAKS_ATTR, tuple(levels))
    return word


def _shaped_slice(s: Any, a: int, b: int) -> Any:
    from reportlab.pdfbase.ttfonts import ShapedStr

    piece = ShapedStr(str.__getitem__(s, slice(a, b)), shapeData=s.__shapeData__[a:b])
    levels = getattr(s, _BREAKS_ATTR, None)
    if levels is not None:
        setattr(piece, _BREAKS_ATTR, levels[a:b])
    return piece


def _shaped_concat(a: Any, b: Any) -> Any:
    joined = a + b
    la, lb = getattr(a, _BREAKS_ATTR, None), getattr(b, _BREAKS_ATTR, None)
    if la is not None and lb is not None:
        setattr(joined, _BREAKS_ATTR, la + lb)
    return joined


def _word_units(w: Any) -> list[tuple[Any, Any, float, int]]:
    """(style, piece, width, break level before piece) for every cuttable piece."""
    from reportlab.pdfbase.ttfonts import ShapedStr

    units: list[tuple[Any, Any, float, int]] = []
    for f, s in w[1:]:
        if hasattr(f, "cbDefn"):
            units.append((f, s, float(getattr(f.cbDefn, "width", 0)), 1))
        elif isinstance(s, ShapedStr) and s.__shapeData__:
            data = s.__shapeData__
            levels = getattr(s, _BREAKS_ATTR, None)
            if levels is None:  # unknown origin: only cut between clusters
                levels = tuple(0 if g and data[g].cluster == data[g - 1].cluster else 1 for g in range(len(data)))
            starts = [g for g in range(len(data)) if g == 0 or levels[g]] + [len(data)]
            for a, b in itertools.pairwise(starts):
                width = sum(sd.x_advance for sd in data[a:b]) * f.fontSize / 1000
                units.append((f, _shaped_slice(s, a, b), width, levels[a] or (0 if a else 1)))
        elif s:
            text = str(s)
            for i, ch in enumerate(text):
                width = pdfmetrics.stringWidth(ch, f.fontName, f.fontSize)
                units.append((f, ch, width, break_level(text, i) if i else 1))
    return units


def _rest_of_word(units: list[tuple[Any, Any, float, int]], index: int) -> list[tuple[Any, Any, float, int]]:
    """The units from ``index`` up to the next word boundary (level 2)."""
    end = index
    while end < len(units) and (end == index or units[end][3] != 2):
        end += 1
    return units[index:end]


def _install_shaped_split_fix() -> bool:
    from reportlab.pdfbase.ttfonts import ShapedStr, makeShapedFragWord
    from reportlab.platypus import paragraph

    original_split = paragraph._splitFragWord
    original_rejoin = paragraph._rejoinSplitFragWords

    def has_shaped(w: Any) -> bool:
        return any(isinstance(s, ShapedStr) for _, s in w[1:])

    def emit(units: list[tuple[Any, Any, float, int]], cls: type, fallback: Any) -> Any:
        pieces: list[tuple[Any, Any]] = []
        last_f = None
        for f, piece, _, _ in units:
            if pieces and f is last_f:
                prev = pieces[-1][1]
                shaped = isinstance(prev, ShapedStr)
                joined = _shaped_concat(prev, piece) if shaped else prev + piece
                pieces[-1] = (pieces[-1][0], joined)
            else:
                pieces.append((f.clone(), piece))
                last_f = f
        if not pieces:
            pieces.append((fallback.clone(), ""))
        for f, piece in pieces:
            if hasattr(f, "text"):
                f.text = piece
        return cls([sum(u[2] for u in units), *pieces])

    def split_frag_word(w: Any, maxWidth: float, maxWidths: list[float], lineno: int) -> Any:
        """Cut a too-long word into lines at syllable boundaries, keeping glyphs shaped."""
        if not has_shaped(w):
            return original_split(w, maxWidth, maxWidths, lineno)
        units = _word_units(w)
        if not units:
            return original_split(w, maxWidth, maxWidths, lineno)
        last_line = len(maxWidths) - 1
        out: list[Any] = []
        line: list[tuple[Any, Any, float, int]] = []
        used = 0.0
        limit = maxWidth
        for index, unit in enumerate(units):
            width, level = unit[2], unit[3]
            next_limit = maxWidths[min(last_line, lineno + 1)]
            if not line and not out and width > limit and width <= next_limit:
                # Nothing fits on the current line: start the word on the next one.
                out.append(emit([], paragraph._SplitFrag, unit[0]))
                lineno += 1
                limit = next_limit
            elif line and used + width > limit and level:
                preferred = [j for j in range(1, len(line)) if line[j][3] == 2]
                fresh = bool(out) or limit >= maxWidths[min(last_line, lineno)] - 0.5
                rest = [] if level == 2 else _rest_of_word(units, index)
                whole = used + sum(u[2] for u in rest)
                if not preferred and not fresh and whole <= next_limit:
                    # The first word does not fit after what the line already holds but fits
                    # on a line of its own: move it there rather than cut it.
                    out.append(emit([], paragraph._SplitFrag, unit[0]))
                    lineno += 1
                    limit = maxWidths[min(last_line, lineno)]
                    line.append(unit)
                    used += width
                    continue
                cut = preferred[-1] if preferred else len(line)
                out.append(emit(line[:cut], paragraph._SplitFrag, unit[0]))
                line = line[cut:]
                used = sum(u[2] for u in line)
                lineno += 1
                limit = maxWidths[min(last_line, lineno)]
            line.append(unit)
            used += width
        tail = paragraph._SplitFragHS if isinstance(w, paragraph._HSFrag) else (paragraph._SplitFragH)
        out.append(emit(line, tail, units[-1][0]))
        return out

    def rejoin_split_frag_words(F: Any) -> Any:
        """Rejoin cut pieces of a shaped word without reshaping its glyphs."""
        if not any(has_shaped(f) for f in F):
            return original_rejoin(F)
        joined: list[Any] = [0.0]
        for f in F:
            joined[0] += f[0]
            joined.extend(f[1:])
        word = paragraph._reconstructSplitFrags(F[-1])(joined)
        return makeShapedFragWord(word)(joined)

    ORIGINALS["splitFragWord"] = paragraph._splitFragWord
    ORIGINALS["rejoinSplitFragWords"] = paragraph._rejoinSplitFragWords
    paragraph._splitFragWord = split_frag_word
    paragraph._rejoinSplitFragWords = rejoin_split_frag_words
    if _shaped_split_bug_present(paragraph._splitFragWord):  # pragma: no cover
        raise RuntimeError("could not patch reportlab _splitFragWord")
    return True


def _shaped_split_bug_present(split: Callable[..., Any]) -> bool:
    """True when cutting a shaped Khmer word loses its shaping data."""
    from reportlab.lib.abag import ABag
    from reportlab.pdfbase.ttfonts import ShapedStr
    from reportlab.platypus import paragraph

    style = ABag(fontName=KHMER, fontSize=10, text="")
    word = paragraph.shapeFragWord([0.0, (style, "ក្រសួងការងារក្រសួងការងារ")])
    pieces = split(word, 30.0, [30.0], 0)
    texts = [s for piece in pieces for _, s in piece[1:] if s]
    return not texts or not all(isinstance(s, ShapedStr) for s in texts)


def shaped_split_bug_present() -> bool:
    """Probe the word cutter reportlab's Paragraph currently uses (after our fix, if any)."""
    from reportlab.platypus import paragraph

    register_fonts()
    return _shaped_split_bug_present(paragraph._splitFragWord)


# --- Cutting unshaped words -----------------------------------------------------------

#: Fewest letters left on either side of a cut word: a line never starts with a lone letter.
MIN_PIECE = 2


def split_word(
    text: str, widths: list[float], room: Callable[[int], float], first_room: float, hyphen: float
) -> list[str]:
    """Cut a word wider than its column into pieces that each fit a line.

    ``widths`` are the characters' widths, ``room(i)`` the width of line ``i``
    counted from the line the word starts on, where only ``first_room`` is left.
    A piece ending between two letters gets a hyphen; no cut leaves fewer than
    MIN_PIECE characters on either side, so a line never starts with a lone
    letter. The first piece is empty when the word should start on the next line.
    """
    n = len(text)
    out: list[str] = []
    start = 0
    line = 0
    left = first_room
    while start < n:
        used = 0.0
        end = start
        while end < n and used + widths[end] <= left:
            used += widths[end]
            end += 1
        if end >= n:
            out.append(text[start:])
            break

        def fits(at: int, start: int = start, left: float = left) -> bool:
            joins = text[at - 1].isalpha() and text[at].isalpha()
            head = sum(widths[start:at]) + (hyphen if joins else 0.0)
            return head <= left and at - start >= MIN_PIECE and n - at >= MIN_PIECE

        syllables = [at for at in syllable_breaks(text) if start < at <= end and fits(at)]
        cut = syllables[-1] if syllables else end
        while cut > start and not fits(cut):
            cut -= 1
        if cut <= start:
            if start == 0 and not out and left < room(0) - 0.5:
                out.append("")  # nothing fits after what the line already holds
                line += 1
                left = room(line)
                continue
            # Even MIN_PIECE characters overflow the column: take them anyway rather than a lone letter.
            cut = start + MIN_PIECE
            if n - cut < MIN_PIECE:
                out.append(text[start:])
                break
        joins = text[cut - 1].isalpha() and text[cut].isalpha()
        out.append(text[start:cut] + ("-" if joins else ""))
        start = cut
        line += 1
        left = room(line)
    return out


@functools.lru_cache(maxsize=4096)
def syllable_breaks(text: str) -> tuple[int, ...]:
    """Where a Cyrillic word may be hyphenated (pyphen's ru_RU patterns); () for other words."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in text):
        return ()
    return tuple(_russian().positions(text))


@functools.cache
def _russian() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="ru_RU")


def _install_word_split() -> bool:
    """reportlab's ``_splitWord`` cuts anywhere without a hyphen ("предотвращен | о"): use :func:`split_word`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import paragraph

    def split(
        w: Any,
        lineWidth: float,
        maxWidths: list[float],
        lineno: int,
        fontName: str,
        fontSize: float,
        encoding: str = "utf8",
    ) -> list[Any]:
        if isinstance(w, bytes):
            w = w.decode(encoding)
        last = len(maxWidths) - 1
        widths = [stringWidth(c, fontName, fontSize) for c in w]
        pieces = split_word(
            w,
            widths,
            lambda i: maxWidths[min(last, lineno + i)],
            maxWidths[min(last, lineno)] - lineWidth,
            stringWidth("-", fontName, fontSize),
        )
        return [paragraph._SplitWord(p) for p in pieces[:-1]] + [paragraph._SplitWordEnd(pieces[-1])]

    ORIGINALS["splitWord"] = paragraph._splitWord
    paragraph._splitWord = split
    return True
