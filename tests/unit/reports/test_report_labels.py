"""The label catalogue and number/date formats in English, Khmer and Russian."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from cl_desktop.i18n import formats, labels
from cl_desktop.i18n.formats import format_date, format_month, format_number, format_percent, format_period
from cl_desktop.i18n.labels import CATALOGUES, EN, label, placeholders
from cl_desktop.reports.text import SUBSTITUTE, plain_text

KHMER = re.compile("[\u1780-\u17ff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
REQUIRED = [
    "page_x_of_y", "donor", "grantee", "grant_number", "project_title", "country",
    "project_period", "reporting_period", "contact", "certification", "withdrawn",
    "prevented", "girls", "boys", "total", "target", "this_period", "cumulative",
    "percent_of_target", "age_group", "sector", "province", "action_programme",
    "service_type", "indicator_e1", "indicator_l1", "indicator_poc1", "indicator_poc2",
    "indicator_poc3", "indicator_poc4", "indicator_poh1", "indicator_poh2",
    "indicator_poh3", "indicator_poh4", "results", "objectives", "summary_of_activities",
    "implementing_partners", "problem_to_be_addressed", "region_country",
    "project_duration", "fiscal_year_funding", "withdrew_prevented_sentence", "budget",
    "expenditure", "status", "baseline", "actual", "background", "action", "achievements",
    "sustainability", "lessons_learned", "necessary_conditions", "challenges",
    "case_number", "name", "sex", "date_of_birth", "village", "intake_date",
    "hours_per_week", "hazards", "school_status", "visit_date",
]  # fmt: skip


def test_every_key_exists_in_all_three_languages() -> None:
    for lang, catalogue in CATALOGUES.items():
        assert set(catalogue) == set(EN), lang
        assert all(text.strip() for text in catalogue.values()), lang


def test_every_translation_has_the_same_placeholders() -> None:
    for key, english in EN.items():
        for lang, catalogue in CATALOGUES.items():
            assert placeholders(catalogue[key]) == placeholders(english), (lang, key)


def test_the_catalogue_covers_what_the_reports_need() -> None:
    assert len(EN) >= 150
    assert set(REQUIRED) <= set(EN)


def test_khmer_labels_are_written_in_khmer_script_and_russian_in_cyrillic() -> None:
    assert all(KHMER.search(text) for text in labels.KM.values())
    latin_only = {"number_short"}  # "№" is the Russian sign for "number"
    assert all(CYRILLIC.search(t) for k, t in labels.RU.items() if k not in latin_only)


def test_every_label_can_be_drawn_by_the_report_fonts() -> None:
    for catalogue in CATALOGUES.values():
        for text in catalogue.values():
            assert SUBSTITUTE not in plain_text(text), text


def test_a_missing_translation_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(labels.KM, "donor")
    assert label("donor", "km") == "Donor"
    assert label("donor", "xx") == "Donor"


def test_an_unknown_key_is_a_bug() -> None:
    with pytest.raises(KeyError):
        label("no_such_label", "en")


def test_placeholders_are_filled() -> None:
    assert label("page_x_of_y", "en", page=1, total=3) == "Page 1 of 3"
    assert label("page_x_of_y", "ru", page=1, total=3) == "Страница 1 из 3"
    assert label("page_x_of_y", "km", page=1, total=3) == "ទំព័រទី 1 នៃ 3"


@pytest.mark.parametrize(
    ("value", "lang", "khmer_digits", "expected"),
    [
        (5860, "en", False, "5,860"),
        (4310000, "ru", False, "4\u00a0310\u00a0000"),
        (4310000, "km", False, "4.310.000"),
        (4310000, "km", True, "៤.៣១០.០០០"),
        (1234.5, "en", False, "1,234.5"),
        (1234.5, "ru", False, "1\u00a0234,5"),
        (Decimal("12.50"), "en", False, "12.5"),
        (-1234, "en", False, "-1,234"),
        (-0.001, "en", False, "0"),
        (None, "en", False, ""),
    ],
)
def test_numbers_are_grouped_for_their_readers(
    value: float | None, lang: str, khmer_digits: bool, expected: str
) -> None:
    assert format_number(value, lang, khmer_digits) == expected


def test_fixed_decimals_and_percentages() -> None:
    assert format_number(2.5, "en", decimals=2) == "2.50"
    assert format_percent(72.4, "en") == "72%"
    assert format_percent(72.4, "ru") == "72\u00a0%"
    assert format_percent(72.4, "km", True) == "៧២%"


def test_dates_use_khmer_months_and_russian_genitive() -> None:
    day = dt.date(2008, 9, 30)
    assert format_date(day, "en") == "30 September 2008"
    assert format_date(day, "ru") == "30 сентября 2008\u00a0г."
    assert format_date(day, "km") == "30 កញ្ញា 2008"
    assert format_date(day, "km", True, long=True) == "ថ្ងៃទី៣០ ខែកញ្ញា ឆ្នាំ២០០៨"
    assert format_date(day, "ru", numeric=True) == "30.09.2008"
    assert format_date(dt.datetime(2008, 9, 30, 12, 0), "en", numeric=True) == "30/09/2008"
    assert format_date(None, "en") == ""
    assert format_month(day, "ru") == "Сентябрь 2008\u00a0г."
    assert format_period(day, dt.date(2012, 12, 31), "en") == "30 September 2008 – 31 December 2012"


def test_month_names_are_the_agreed_ones() -> None:
    agreed = "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ"
    assert formats.MONTHS["km"] == tuple(agreed.split(" "))
    assert formats.MONTHS["ru"][0] == "января" and formats.MONTHS["ru"][4] == "мая"
    assert [format_date(dt.date(2012, m, 1), "km").split()[1] for m in range(1, 13)] == list(formats.MONTHS["km"])
