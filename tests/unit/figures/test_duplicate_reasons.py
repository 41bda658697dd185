"""The reasons of a suspected pair read in English, Khmer and Russian, whatever the score says."""

from __future__ import annotations

import itertools

import pytest

from cl_desktop.figures import duplicates
from cl_desktop.figures.duplicate_reasons import CATALOGUES, EN, reason_text, reasons_text
from cl_desktop.i18n.labels import placeholders


@pytest.mark.parametrize("lang", ["km", "ru"])
def test_every_reason_is_worded_in_each_language_with_the_same_numbers(lang: str) -> None:
    catalogue = CATALOGUES[lang]
    assert set(catalogue) == set(EN)
    for key, text in EN.items():
        assert placeholders(catalogue[key]) == placeholders(text), key
        assert catalogue[key] != text, key


def _child(name: str, latin: str, birth: str | None, estimated: bool, place: duplicates.Place, office: str) -> object:
    return duplicates._Child("x", "C-1", name, latin, "F", birth, int(estimated), place, office)


def test_every_reason_the_score_gives_is_read_back_in_khmer_and_russian() -> None:
    """Every combination of names, birth dates, places and offices the score words."""
    names = [("សុខ ស្រីមុំ", ""), ("Иванова Анна", ""), ("", "Vannarith Sopheap"), ("", "Vannarith Sopheak"),
             ("", "Vannarith Sopheth"), ("", "Chan Dara"), ("", "Sopheap Vannarith"),
             ("", "Bopha Kanhira")]  # fmt: skip
    births = [(None, False), ("2001-01-01", False), ("2001-01-20", False), ("2001-06-01", True), ("2004-01-01", False)]
    p = duplicates.Place
    places = [p("v1", "c1", "d1", "p1", "V"), p("v2", "c1", "d1", "p1", "V"), p("v3", "c2", "d1", "p1", "V"),
              p("v4", "c3", "d2", "p1", "V"), p("", "", "", "p1", ""), p("v5", "c4", "d3", "p2", "V"),
              p("", "", "", "", "")]  # fmt: skip
    firsts = [
        _child(n, latin, "2001-01-01", False, places[0], "KH-A") for n, latin in (*names[:3], ("", "Bopha Kanhara"))
    ]
    seen: set[str] = set()
    for (name, latin), (birth, estimated), place, office in itertools.product(names, births, places, ("KH-A", "HQ")):
        other = _child(name, latin, birth, estimated, place, office)
        for one in firsts:
            seen.update(duplicates.score(one, other)[1])  # type: ignore[arg-type]
    keys = {_key(reason) for reason in seen}
    assert keys == set(EN)  # every template worded by the score, and nothing worded otherwise
    for reason in seen:
        for lang in ("km", "ru"):
            assert reason_text(reason, lang) != reason, (reason, lang)


def _key(reason: str) -> str | None:
    for key, text in EN.items():
        if reason == text or ("{" in text and reason_text(reason, "ru") != reason and _same_shape(text, reason)):
            return key
    return None


def _same_shape(template: str, reason: str) -> bool:
    head, _, tail = template.partition("{")
    return reason.startswith(head) and reason.endswith(tail.partition("}")[2])


def test_numbers_follow_the_readers_digits_and_unknown_reasons_stay_as_they_are() -> None:
    khmer_digits = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
    assert reason_text("born 12 days apart (estimated)", "km", lambda n: str(n).translate(khmer_digits)) == (
        "ថ្ងៃកំណើតឃ្លាតគ្នា ១២ ថ្ងៃ (ប៉ាន់ស្មាន)"
    )
    assert reason_text("born 12 days apart", "ru") == "даты рождения расходятся на 12 дн."
    assert reason_text("names 2 letters apart", "ru") == "имена различаются на 2 буквы"
    assert reason_text("a reason from an older version", "km") == "a reason from an older version"
    assert reasons_text(["same birth date", "same village"], "en") == "same birth date; same village"
    assert reasons_text(["same birth date", "same village"], "ru") == "та же дата рождения; та же деревня"
