"""The project summary says what the donor's seed documents say, in every language, and what is missing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.reports import catalogue, data, summary
from cl_desktop.reports.common import BuildOptions

PagesText = Callable[[Path], list[str]]
# The RESULTS boxes of the donor's project summaries (the seed documents), word for word.
CAR_RESULTS = (
    "The project withdrew 353 children and prevented 374 children from the worst forms of child labor (WFCL), "
    "including hazardous work in the agricultural sector and in the urban informal economy."
)
KH_RESULTS_FIRST = (
    "Through the provision of education services, this project withdrew 5,860 children and prevented 5,884 "
    "children from the worst forms of child labor (WFCL)"
)
KH_RESULTS_CLAUSE = (
    "including trafficking and hazardous work in brickmaking, portering, salt production, fishing, and urban "
    "child labor."
)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_central_asia_results_equal_the_seed(demo_db: Any) -> None:
    project = data.project_by_code(demo_db, "CAR-WFCL")
    assert summary.results_sentence(demo_db, project, "en") == CAR_RESULTS


def test_cambodia_results_keep_the_seeds_words_and_its_provinces(demo_db: Any) -> None:
    project = data.project_by_code(demo_db, "KH-WFCL")
    text = summary.results_sentence(demo_db, project, "en")
    assert text.startswith(KH_RESULTS_FIRST)
    assert KH_RESULTS_CLAUSE in text
    provinces = re.search(r"The project worked in (\d+) provinces: (.*)\.$", text)
    assert provinces and provinces.group(1) == "15"
    names = re.split(r", and |, ", provinces.group(2))
    assert len(names) == 15 and {"Phnom Penh", "Kep", "Battambang", "Siem Reap"} <= set(names)


@pytest.mark.parametrize("lang", ["km", "ru"])
@pytest.mark.parametrize("code", ["KH-WFCL", "CAR-WFCL"])
def test_results_are_whole_in_the_reports_language(demo_db: Any, lang: str, code: str) -> None:
    project = data.project_by_code(demo_db, code)
    text = summary.results_sentence(demo_db, project, lang)
    assert not re.search(r"\b(including|hazardous|work|provinces|children)\b", text), text
    sectors = summary.counted_sectors(demo_db, project, lang)
    assert sectors and all(s in text for s in sectors)
    if code == "KH-WFCL":
        assert all(p in text for p in summary.counted_provinces(demo_db, project, lang))


def test_the_empty_project_says_what_is_missing(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    out = tmp_path / "empty.pdf"
    catalogue.build_report("summary", demo_db, out, BuildOptions(project="KH-DWCP-2008"))
    text = _flat(" ".join(pdf_pages_text(out)))
    assert "No child has been registered yet" in text
    assert "Missing: Fiscal year, Funding level" in text
    assert "withdrew 0" not in text and not re.search(r"funding level 0\b", text)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_footer_names_the_bureau_and_the_short_title(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText, lang: str
) -> None:
    out = tmp_path / "summary.pdf"
    catalogue.build_report("summary", demo_db, out, BuildOptions(project="KH-WFCL", lang=lang))
    for page in pdf_pages_text(out):
        flat = _flat(page)
        bureau = "International Labor Affairs Bureau" if lang == "en" else "Бюро по международным вопросам труда"
        assert bureau in flat
        assert "National Capacities to End WFCL in Cambodia by 2016" in flat
