"""Comparing children's names across scripts, for duplicate detection.

Names are stored as typed (Khmer, Cyrillic, Latin). To compare a Khmer or
Cyrillic name with a Latin one we use the Latin transliteration field when
present, else the Cyrillic → Latin transliteration of ``domain.translit`` (the
one table search uses too); Khmer is compared as typed and, for duplicate
detection, through the romanisation in ``domain.translit``. Apostrophes inside a word are dropped, so the Uzbek
Latin "Oʻtkir" and "O'tkir" read as "otkir", like the Cyrillic "Ўткир".
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

from cl_desktop.domain.translit import cyrillic_latin, is_khmer

__all__ = ["comparable", "is_khmer", "normalise", "similarity", "sorted_words"]

# Before decomposing: apostrophes and the Uzbek modifier letters (oʻ, gʻ, ʼ) join the letters
# around them; Cyrillic is transliterated before decomposing too (ў is "o", not у + breve).
_BEFORE: dict[int, str | None] = dict.fromkeys(map(ord, "'‘’ʻʼʹ`´"), None)


def normalise(name: str) -> str:
    """Case-folded, accents and apostrophes removed, Cyrillic transliterated, spaces collapsed."""
    text = unicodedata.normalize("NFKD", cyrillic_latin(name.casefold().translate(_BEFORE)))
    text = "".join(ch for ch in text if not unicodedata.combining(ch) or is_khmer(ch))
    return " ".join("".join(ch if ch.isalnum() or is_khmer(ch) else " " for ch in text).split())


def comparable(name: str, latin: str = "") -> str:
    """The form used to compare: the transliteration if any, else the normalised name."""
    return normalise(latin) if latin.strip() else normalise(name)


def sorted_words(text: str) -> str:
    """The words in alphabetical order: the same for "Sok Dara" and "Dara Sok"."""
    return " ".join(sorted(text.split()))


def similarity(a: str, b: str) -> float:
    """0..1; word order does not matter (family name first or last)."""
    if not a or not b:
        return 0.0
    direct = SequenceMatcher(None, a, b).ratio()
    swapped = SequenceMatcher(None, sorted_words(a), sorted_words(b)).ratio()
    return max(direct, swapped)
