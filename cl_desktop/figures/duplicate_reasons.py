"""Why two children may be one, in English, Khmer and Russian.

The score of a pair (``figures.duplicates.score``) gives one reason per part — the names, the birth
dates, the places, the offices — worded in English from :data:`EN`. The review list, the intake
form and the reports show them in the reader's language with :func:`reason_text`, which reads the
English back by its template: the pairs a scan stored (``sync_duplicates.reasons``, JSON) keep their
English words, and a reason no template matches (written by an older version) is shown as it is.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from functools import lru_cache

# key -> English template; numbers are the only parameters
EN: dict[str, str] = {
    "same_name_khmer": "same name in Khmer",
    "same_name_cyrillic": "same name in Cyrillic",
    "same_name_latin": "same name in Latin letters",
    "names_sound_same": "names sound the same",
    "names_unlike": "names unlike",
    "names_one_letter": "names 1 letter apart",
    "names_letters": "names {n} letters apart",
    "birth_missing": "a birth date missing",
    "same_birth": "same birth date",
    "born_apart_estimated": "born {days} days apart (estimated)",
    "born_apart": "born {days} days apart",
    "same_village": "same village",
    "same_commune": "same commune, another village",
    "same_district": "same district, another commune",
    "same_province_district": "same province, another district",
    "same_province": "same province",
    "another_province": "another province",
    "place_unknown": "place not recorded",
    "another_office": "registered by another office",
}

KM: dict[str, str] = {
    "same_name_khmer": "ឈ្មោះដូចគ្នាជាអក្សរខ្មែរ",
    "same_name_cyrillic": "ឈ្មោះដូចគ្នាជាអក្សរស៊ីរីលីក",
    "same_name_latin": "ឈ្មោះដូចគ្នាជាអក្សរឡាតាំង",
    "names_sound_same": "ឈ្មោះបញ្ចេញសំឡេងដូចគ្នា",
    "names_unlike": "ឈ្មោះមិនដូចគ្នា",
    "names_one_letter": "ឈ្មោះខុសគ្នា 1 អក្សរ",
    "names_letters": "ឈ្មោះខុសគ្នា {n} អក្សរ",
    "birth_missing": "ខ្វះថ្ងៃខែឆ្នាំកំណើតម្នាក់",
    "same_birth": "ថ្ងៃខែឆ្នាំកំណើតដូចគ្នា",
    "born_apart_estimated": "ថ្ងៃកំណើតឃ្លាតគ្នា {days} ថ្ងៃ (ប៉ាន់ស្មាន)",
    "born_apart": "ថ្ងៃកំណើតឃ្លាតគ្នា {days} ថ្ងៃ",
    "same_village": "ភូមិដូចគ្នា",
    "same_commune": "ឃុំដូចគ្នា ភូមិផ្សេងគ្នា",
    "same_district": "ស្រុកដូចគ្នា ឃុំផ្សេងគ្នា",
    "same_province_district": "ខេត្តដូចគ្នា ស្រុកផ្សេងគ្នា",
    "same_province": "ខេត្តដូចគ្នា",
    "another_province": "ខេត្តផ្សេងគ្នា",
    "place_unknown": "មិនបានកត់ត្រាទីកន្លែង",
    "another_office": "ចុះឈ្មោះដោយការិយាល័យផ្សេង",
}

# Russian avoids a noun that must agree with the number ("дн." for days).
RU: dict[str, str] = {
    "same_name_khmer": "то же имя кхмерским письмом",
    "same_name_cyrillic": "то же имя кириллицей",
    "same_name_latin": "то же имя латиницей",
    "names_sound_same": "имена звучат одинаково",
    "names_unlike": "имена не похожи",
    "names_one_letter": "имена различаются на 1 букву",
    "names_letters": "имена различаются на {n} буквы",
    "birth_missing": "у одного нет даты рождения",
    "same_birth": "та же дата рождения",
    "born_apart_estimated": "даты рождения расходятся на {days} дн. (примерная дата)",
    "born_apart": "даты рождения расходятся на {days} дн.",
    "same_village": "та же деревня",
    "same_commune": "та же коммуна, другая деревня",
    "same_district": "тот же район, другая коммуна",
    "same_province_district": "та же провинция, другой район",
    "same_province": "та же провинция",
    "another_province": "другая провинция",
    "place_unknown": "место не указано",
    "another_office": "зарегистрирован другим офисом",
}

CATALOGUES: dict[str, dict[str, str]] = {"en": EN, "km": KM, "ru": RU}


def say(key: str, **numbers: int) -> str:
    """The English reason ``key`` (as the score words it and the review queue stores it)."""
    return EN[key].format(**numbers)


def _pattern(template: str) -> re.Pattern[str]:
    out = ""
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        out += re.escape(literal)
        if name:
            out += rf"(?P<{name}>\d+)"
    return re.compile(out)


_PATTERNS = [(key, _pattern(text)) for key, text in EN.items()]


@lru_cache(maxsize=256)
def _read(reason: str) -> tuple[str, tuple[tuple[str, int], ...]] | None:
    for key, pattern in _PATTERNS:
        found = pattern.fullmatch(reason)
        if found:
            return key, tuple((k, int(v)) for k, v in found.groupdict().items())
    return None


def reason_text(reason: str, lang: str, number_text: Callable[[int], str] = str) -> str:
    """An English reason in ``lang`` (numbers written by ``number_text``); unknown reasons as they are."""
    read = _read(reason)
    if read is None or lang == "en":
        return reason
    key, numbers = read
    catalogue = CATALOGUES.get(lang, EN)
    return catalogue.get(key, EN[key]).format(**{k: number_text(v) for k, v in numbers})


def reasons_text(reasons: list[str] | tuple[str, ...], lang: str, number_text: Callable[[int], str] = str) -> str:
    """The reasons of a pair as one line in ``lang``."""
    return "; ".join(reason_text(r, lang, number_text) for r in reasons)
