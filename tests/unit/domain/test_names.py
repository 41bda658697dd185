"""Names compared across scripts: normalising, transliterating, word order."""

from __future__ import annotations

import pytest

from cl_desktop.domain.names import comparable, normalise, similarity, sorted_words


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Нилуфар Каримова", "nilufar karimova"),  # Russian letters
        ("Айгерім Қасымова", "aigerim qasymova"),  # Kazakh і, қ
        ("Әсел Ұлжанова", "asel ulzhanova"),  # Kazakh ә, ұ
        ("Жаңыл Өмүрова", "zhangyl omurova"),  # Kyrgyz ң, ө, ү
        ("Ҷамшед Ғафуров", "jamshed ghafurov"),  # Tajik ҷ, ғ
        ("Зӯҳро Ӣсмоилова", "zuhro ismoilova"),  # Tajik ӯ, ҳ, ӣ
        ("Ўткир Ёқубов", "otkir equbov"),  # Uzbek ў (Latin oʻ), ё, қ
        ("Oʻtkir", "otkir"),  # Uzbek Latin with the modifier letter
        ("O'tkir", "otkir"),  # ... or a plain apostrophe
        ("  SOK   Srey-Mom ", "sok srey mom"),  # case, spaces, hyphen
        ("Ngọc Ánh", "ngoc anh"),  # accents dropped
    ],
)
def test_names_are_normalised_to_latin(typed: str, expected: str) -> None:
    assert normalise(typed) == expected


def test_khmer_is_kept_as_typed_with_its_vowel_signs() -> None:
    assert normalise("សុខ ស្រីមុំ") == "សុខ ស្រីមុំ"
    assert normalise("សុខ  ស្រីមុំ ") == normalise("សុខ ស្រីមុំ")


def test_the_transliteration_is_compared_when_there_is_one() -> None:
    assert comparable("សុខ ស្រីមុំ", "Sok Srey Mom") == "sok srey mom"
    assert comparable("សុខ ស្រីមុំ", "  ") == "សុខ ស្រីមុំ"
    assert comparable("Нилуфар Каримова") == comparable("Nilufar Karimova")


def test_similarity_ignores_word_order_and_grades_spelling() -> None:
    assert sorted_words("srey mom sok") == "mom sok srey"
    assert similarity("sok srey mom", "srey mom sok") == 1.0
    assert 0.8 < similarity("sok srey mom", "sok sreymom") < 1.0
    assert similarity("sok srey mom", "chan dara") < 0.5
    assert similarity("", "sok") == 0.0
