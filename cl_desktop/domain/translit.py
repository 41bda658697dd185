"""Names in Latin letters: the one Cyrillic table, a romanisation of Khmer, and the sound skeleton.

One Cyrillic → Latin table serves search (``children.name_translit``, written by triggers made from a
frozen copy of it in ``store/migrations_names.py``; a test holds the two equal), sort-independent name
comparison and duplicate detection. The Uzbek ``ў`` is ``o`` (the Uzbek Latin ``oʻ``): "Ўткир" reads
"otkir" whether a clerk searches for it or the duplicate check compares it.

Khmer is romanised for matching only, with the table below (after the UNGEGN romanisation of Khmer that
Cambodian civil registers follow): each consonant, subscript consonant (after the coeng ``្``), independent
and dependent vowel to Latin letters; signs that only shift the vowel series or mark a silent letter give
nothing, and the inherent vowel is not written. The result is never shown: it is turned into the *sound
skeleton* (:func:`skeleton`) that names spelt in any of the usual Latin ways share, so a child registered
in Khmer only meets the same child registered in Latin letters only.
"""

from __future__ import annotations

import unicodedata

# -- Cyrillic ---------------------------------------------------------------------------------------
# Russian letters, then the Kazakh, Kyrgyz, Tajik, Uzbek and Ukrainian ones. Lower case only: the
# callers fold case first.
CYRILLIC_LATIN: dict[str, str] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "і": "i",
    "ї": "i",
    "є": "e",
    "ў": "o",
    "қ": "q",
    "ғ": "gh",
    "ҳ": "h",
    "ҷ": "j",
    "ӯ": "u",
    "ө": "o",
    "ү": "u",
    "ұ": "u",
    "ң": "ng",
    "һ": "h",
    "ә": "a",
    "ӣ": "i",
}


def is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def is_khmer(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff"


def cyrillic_latin(text: str) -> str:
    """Cyrillic letters of an already case-folded text in Latin letters; other characters kept."""
    return "".join(CYRILLIC_LATIN.get(ch, ch) for ch in text)


# -- Khmer ------------------------------------------------------------------------------------------
KHMER_LATIN: dict[str, str] = {
    # consonants, first series then second series as they stand in the alphabet
    "ក": "k",
    "ខ": "kh",
    "គ": "k",
    "ឃ": "kh",
    "ង": "ng",
    "ច": "ch",
    "ឆ": "chh",
    "ជ": "ch",
    "ឈ": "chh",
    "ញ": "nh",
    "ដ": "d",
    "ឋ": "th",
    "ឌ": "d",
    "ឍ": "th",
    "ណ": "n",
    "ត": "t",
    "ថ": "th",
    "ទ": "t",
    "ធ": "th",
    "ន": "n",
    "ប": "b",
    "ផ": "ph",
    "ព": "p",
    "ភ": "ph",
    "ម": "m",
    "យ": "y",
    "រ": "r",
    "ល": "l",
    "វ": "v",
    "ឝ": "s",
    "ឞ": "s",
    "ស": "s",
    "ហ": "h",
    "ឡ": "l",
    "អ": "",  # the glottal stop that carries a vowel: not written
    # independent vowels
    "ឣ": "a",
    "ឤ": "a",
    "ឥ": "e",
    "ឦ": "ei",
    "ឧ": "o",
    "ឨ": "ou",
    "ឩ": "ou",
    "ឪ": "ov",
    "ឫ": "rue",
    "ឬ": "rueu",
    "ឭ": "lue",
    "ឮ": "lueu",
    "ឯ": "ae",
    "ឰ": "ai",
    "ឱ": "ao",
    "ឲ": "ao",
    "ឳ": "au",
    # dependent vowels and the signs that sound (nikahit m, reahmuk h)
    "ា": "a",
    "ិ": "e",
    "ី": "ei",
    "ឹ": "oe",
    "ឺ": "eu",
    "ុ": "o",
    "ូ": "ou",
    "ួ": "uo",
    "ើ": "aeu",
    "ឿ": "oea",
    "ៀ": "ie",
    "េ": "e",
    "ែ": "ae",
    "ៃ": "ai",
    "ោ": "ao",
    "ៅ": "au",
    "ំ": "m",
    "ះ": "h",
    "ៈ": "ak",  # the visarga: "Vannak", "Ratanak", "Virak"
}
# Silent or series-shifting signs (muusikatoan, triisap, bantoc, robat, toandakhiat, kakabat, ahsda,
# samyok sannya, viriam, the coeng itself, yuukaleapintu) and zero-width characters: nothing.
KHMER_SILENT = "៉៊់៌៍៎៏័៑្៓\u17d2\u200b\u200c\u200d"


_COENG = "\u17d2"


def _consonant(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17a2"


def romanise_khmer(text: str) -> str:
    """Khmer letters in Latin letters by :data:`KHMER_LATIN` (for matching, not for display).

    Two rules besides the table: a consonant followed by another (not by a vowel, nor by the coeng
    that makes the next one subscript) carries the inherent vowel, written ``a`` (វង់ "vang", so its
    ``v`` starts a syllable as in "Vong"); a subscript consonant that ends a word is silent (ពេជ្រ
    "Pich", វិចិត្រ "Vichet").
    """
    out = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == _COENG and i + 1 < n and _consonant(text[i + 1]):
            after = text[i + 2] if i + 2 < n else " "
            if not ("\u1780" <= after <= "\u17ff"):
                i += 2  # a final subscript: silent
                continue
        if ch in KHMER_SILENT:
            i += 1
            continue
        out.append(KHMER_LATIN.get(ch, ch))
        if _consonant(ch):
            j = i + 1
            while j < n and text[j] in KHMER_SILENT and text[j] != _COENG:
                j += 1
            if j < n and _consonant(text[j]):
                out.append("a")
        i += 1
    return "".join(out)


# -- the sound skeleton ---------------------------------------------------------------------------
# Spellings of one sound, longest first: what Khmer, Russian or Uzbek names are written with in
# Latin letters by different teams ("Chh"/"Ch"/"J", "Ph"/"P"/"F", "Kh"/"K"/"G"...).
_DIGRAPHS = (
    ("shch", "s"),
    ("chh", "C"),
    ("ch", "C"),
    ("kh", "k"),
    ("gh", "k"),
    ("ph", "p"),
    ("th", "t"),
    ("sh", "s"),
    ("zh", "C"),
    ("ts", "s"),
    ("ng", "N"),
    ("ks", "s"),  # "Reaksmey" (រស្មី): the k is heard, not written; ក្ស reads "ks" and meets it
    ("nh", "n"),
    ("ny", "n"),
)
_CLASSES = str.maketrans(
    {"b": "p", "d": "t", "g": "k", "q": "k", "c": "k", "j": "C", "w": "v", "z": "s", "x": "s", "f": "p"}
)
_VOWELS = frozenset("aeiouy")


def _word_skeleton(word: str) -> str:
    for spelling, sound in _DIGRAPHS:
        if spelling in word:
            word = word.replace(spelling, sound)
    word = word.translate(_CLASSES)
    out: list[str] = []
    n = len(word)
    for i, ch in enumerate(word):
        if ch in _VOWELS or ch == "h":
            continue
        if ch == "v" and not (i + 1 < n and word[i + 1] in _VOWELS):
            continue  # "Pov", "Pau", "Pauv" (ពៅ): a v that ends a syllable is the vowel's
        if ch == "r" and i == n - 1 and i > 0 and word[i - 1] in _VOWELS:
            continue  # "Dara"/"Darar", "Sophea"/"Sophear": a final r after a vowel is silent
        if i and word[i - 1] == ch:
            continue  # "Vanna"/"Vana" (but "Mom" keeps both its m's: "Mao" has one)
        out.append(ch)
    return "".join(out)


def latin_words(text: str) -> list[str]:
    """A text's words in lower-case ASCII Latin letters: case folded, accents and apostrophes dropped,
    Cyrillic transliterated by :data:`CYRILLIC_LATIN`, Khmer romanised by :data:`KHMER_LATIN`."""
    text = text.casefold()
    if any(is_khmer(ch) for ch in text):
        text = romanise_khmer(text)
    text = cyrillic_latin(text.translate(_APOSTROPHES))
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return "".join(ch if "a" <= ch <= "z" else " " for ch in text).split()


_APOSTROPHES = dict.fromkeys(map(ord, "'‘’ʻʼʹ`´"), None)


def skeleton(text: str) -> str:
    """The consonants a name sounds with, each word's in order, words separated by spaces.

    "Mao SreyPov", "Mao Srey Pov", "Srey Pov Mao" and the Khmer ម៉ៅ ស្រីពៅ give the same letters
    (``m``, ``s``, ``r``, ``p``), in their words' orders: compare them with :func:`sound_keys`.
    """
    return " ".join(filter(None, (_word_skeleton(w) for w in latin_words(text))))


def sound_keys(text: str) -> frozenset[str]:
    """The skeleton read from the start of each word round to it again: "Mao Srey Pov" gives
    ``msrp``, ``srpm`` and ``pmsr``, which the same name with its words in another order ("Srey Pov
    Mao") or its syllables run together ("Mao SreyPov", the Khmer ម៉ៅ ស្រីពៅ) shares at least one of.

    Empty when the name has fewer than two such letters (too common to tell children apart). Names of
    more than four words give one key, their words' skeletons in alphabetical order.
    """
    words = skeleton(text).split()
    if sum(map(len, words)) < 2:
        return frozenset()
    if len(words) > 4:
        return frozenset({"".join(sorted(words))})
    return frozenset("".join(words[i:] + words[:i]) for i in range(len(words)))
