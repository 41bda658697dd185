"""Khmer lines end only between words; Russian words break at syllables with a hyphen, never a lone letter."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from cl_desktop.reports import catalogue, fonts, register
from cl_desktop.reports.common import BuildOptions, absolute_widths
from cl_desktop.reports.streamed import _hard_wrap
from cl_desktop.reports.styles import get_styles
from cl_desktop.reports.text import para, string_width

PagesText = Callable[[Path], list[str]]
WORD = "ពលកម្ម"


def khmer_line_starts(text: str, width: float) -> list[int]:
    """Where each wrapped line of a one-word Khmer paragraph starts in ``text`` (from the shaper's clusters)."""
    p = para(text, get_styles("km").table_cell)
    p.wrap(width, 10_000)
    starts = []
    for line in p.blPara.lines:
        clusters = [
            sd.cluster
            for word in line.words
            for _f, s in (word[1:] if isinstance(word, list) else [(word, getattr(word, "text", ""))])
            for sd in getattr(s, "__shapeData__", None) or []
        ]
        if clusters:
            starts.append(min(clusters))
    return starts


def _inside_word(text: str, at: int, word: str = WORD) -> bool:
    i = text.find(word)
    while i >= 0:
        if i < at < i + len(word):
            return True
        i = text.find(word, i + 1)
    return False


def test_icu_finds_the_khmer_words() -> None:
    starts = fonts.word_starts("បានដកចេញពីពលកម្មកុមារ")
    assert sorted(starts) == [0, 3, 8, 10, 16]


@pytest.mark.parametrize("text", ["បានដកចេញពីពលកម្មកុមារ", "ប្រឈមខ្ពស់នឹងពលកម្មកុមារ", "ពលកម្មកុមារប្រកបដោយគ្រោះថ្នាក់"])
@pytest.mark.parametrize("width", [30, 38, 45, 52, 60, 70, 80, 95])
def test_no_khmer_line_ends_inside_a_word(text: str, width: float) -> None:
    starts = khmer_line_starts(text, width)
    assert starts[0] == 0
    bounds = [*sorted(fonts.word_starts(text)), len(text)]
    size = get_styles("km").table_cell.fontSize
    for at in starts[1:]:
        assert not _inside_word(text, at)
        if at not in bounds:
            # Only a word wider than the column may be cut inside.
            word = next(text[a:b] for a, b in itertools.pairwise(bounds) if a < at < b)
            assert string_width(word, size) > width, (text, width, starts)


def test_a_word_wider_than_the_column_is_cut_between_clusters() -> None:
    text = "ពលកម្មកុមារ"
    starts = khmer_line_starts(text, 14)
    assert len(starts) > 2  # ពលកម្ម alone is wider than 14 pt: it has to be cut somewhere
    for at in starts[1:]:
        assert fonts.break_level(text, at) > 0  # never after a coeng or before a vowel sign


def test_the_khmer_register_never_breaks_inside_pholakamm(demo_db: Any) -> None:
    """Every Khmer label the register prints, at the width of its column."""
    widths = absolute_widths(register.WIDTHS, len(register.WIDTHS)) or []
    labels = [
        text
        for (text,) in demo_db.execute(
            "SELECT label_km FROM reference_items WHERE list IN ('outcome', 'work_status') AND label_km <> ''"
        )
    ]
    assert any(WORD in text for text in labels)
    for column in (5, 7):
        for text in labels:
            for at in khmer_line_starts(text, widths[column] - 6):
                assert not _inside_word(text, at), (text, column)


def test_the_khmer_register_builds(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    out = tmp_path / "register-km.pdf"
    pages = catalogue.build_report("register", demo_db, out, BuildOptions(project="CAR-WFCL", lang="km"))
    assert pages > 10
    assert "KG-CHU-000001" in " ".join(pdf_pages_text(out)[:3])


def _ru_lines(text: str, width: float) -> list[str]:
    p = para(text, get_styles("ru").table_cell)
    p.wrap(width, 10_000)
    return [" ".join(str(w) for w in line[1]) for line in p.blPara.lines]


@pytest.mark.parametrize(
    "text", ["Вовлечение предотвращено", "Выведен(а) из детского труда", "Высокий риск вовлечения"]
)
@pytest.mark.parametrize("width", [34, 40, 48, 56, 66, 80])
def test_russian_breaks_at_syllables_with_a_hyphen(text: str, width: float) -> None:
    lines = _ru_lines(text, width)
    rebuilt = ""
    for i, line in enumerate(lines):
        assert len(line.strip()) >= 2, lines  # never a lone letter on a line
        last = i == len(lines) - 1
        if not last and line.endswith("-") and not text.replace(" ", "").count(line.replace(" ", "")):
            rebuilt += line[:-1]
        else:
            rebuilt += line + ("" if last else " ")
    assert rebuilt.replace(" ", "") == text.replace(" ", ""), lines
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if line[-1].isalpha() and nxt[0].isalpha() and (line.split()[-1] + nxt.split()[0]) in text:
            pytest.fail(f"bare split without a hyphen: {lines}")


@pytest.mark.parametrize("width", [30, 40, 50, 60])
def test_the_register_cuts_plain_words_with_a_hyphen(width: float) -> None:
    font, size = fonts.SANS, 8.5
    lines = _hard_wrap(["предотвращено"], font, size, width)
    assert "".join(line.rstrip("-") for line in lines) == "предотвращено"
    assert all(len(line.rstrip("-")) >= 2 for line in lines)
    assert all(line.endswith("-") for line in lines[:-1])
    assert all(stringWidth(line, font, size) <= width for line in lines)


def test_russian_register_uses_the_childs_sex(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    out = tmp_path / "register-ru.pdf"
    catalogue.build_report("register", demo_db, out, BuildOptions(project="CAR-WFCL", lang="ru"))
    text = " ".join(" ".join(pdf_pages_text(out)).split())
    girl, boy = (
        demo_db.execute(
            "SELECT case_number FROM children c JOIN projects p ON p.id = c.project_id WHERE p.code = 'CAR-WFCL' "
            "AND c.outcome = 'withdrawn' AND c.sex = ? ORDER BY case_number LIMIT 1",
            [sex],
        ).fetchone()[0]
        for sex in ("F", "M")
    )
    assert "Выведен(а)" not in text
    after_girl = text[text.index(girl) :][:160]
    after_boy = text[text.index(boy) :][:160]
    assert "Выведена из" in after_girl
    assert "Выведен из" in after_boy


def test_russian_forms_follow_the_childs_sex() -> None:
    from cl_desktop.i18n.labels import sexed

    assert sexed("Никогда не учился(ась) в школе", "F") == "Никогда не училась в школе"
    assert sexed("Никогда не учился(ась) в школе", "M") == "Никогда не учился в школе"
    assert sexed("будет считаться выведенным(ой)", "F") == "будет считаться выведенной"
    assert sexed("Выведен(а) из детского труда", "M") == "Выведен из детского труда"
    assert sexed("Выведен(а) из детского труда", None) == "Выведен(а) из детского труда"
