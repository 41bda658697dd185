"""Comparing children's names across scripts, for duplicate detection.

Names are stored as typed (Khmer, Cyrillic, Latin). To compare a Khmer or
Cyrillic name with a Latin one we use the Latin transliteration field when
present, else a simple Cyrillic → Latin transliteration (Russian letters and
the Kazakh, Kyrgyz, Tajik and Uzbek ones); Khmer without a transliteration is
compared only with Khmer. Apostrophes inside a word are dropped, so the Uzbek
Latin "Oʻtkir" and "O'tkir" read as "otkir", like the Cyrillic "Ўткир".
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєўқғҳҷӯөүұңһә",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "i",
            "e",
            "o",
            "q",
            "gh",
            "h",
            "j",
            "u",
            "o",
            "u",
            "u",
            "ng",
            "h",
            "a",
        ],
        strict=True,
    )
)


# Before decomposing: apostrophes and the Uzbek modifier letters (oʻ, gʻ, ʼ) join the letters
# around them, and the Uzbek ў (Latin oʻ) would otherwise decompose to у + breve and read "u".
_BEFORE: dict[int, str | None] = {**dict.fromkeys(map(ord, "'‘’ʻʼʹ`´"), None), ord("ў"): "o"}


def normalise(name: str) -> str:
    """Case-folded, accents and apostrophes removed, Cyrillic transliterated, spaces collapsed."""
    text = unicodedata.normalize("NFKD", name.casefold().translate(_BEFORE))
    text = "".join(ch for ch in text if not unicodedata.combining(ch) or is_khmer(ch))
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text)
    return " ".join("".join(ch if ch.isalnum() or is_khmer(ch) else " " for ch in text).split())


def is_khmer(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff"


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
