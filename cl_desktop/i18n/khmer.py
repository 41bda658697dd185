"""Khmer line breaks on screen: the word boundaries marked so Qt wraps between words.

Khmer writes no spaces between words. Qt's line breaker has no Khmer dictionary: a word-wrapped
label cuts "ពលកម្ម" anywhere, even before a subscript consonant. ICU's dictionary-based line
breaker (through ``icu4py``, as the PDFs use it) knows the words; a zero-width space at each
boundary between two Khmer words lets Qt wrap there and nowhere else. Text without Khmer is
returned as it is.
"""

from __future__ import annotations

import functools

ZWSP = "\u200b"


def _khmer(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff"


@functools.lru_cache(maxsize=4096)
def word_wrapped(text: str) -> str:
    """``text`` with U+200B between adjacent Khmer words (ICU's boundaries), for word-wrapped screen text."""
    if not any(_khmer(ch) for ch in text):
        return text
    from icu4py.breakers import LineBreaker

    out: list[str] = []
    for segment in LineBreaker(text, "km"):
        if out and segment and _khmer(out[-1][-1]) and _khmer(segment[0]):
            out.append(ZWSP)
        out.append(segment)
    return "".join(out)
