"""The TPR and the data-quality report print the pairs awaiting review as read from the review queue, with
the date of the last full check, and say so when children wait to be compared (the count may be low)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.figures import duplicate_queue, duplicates
from cl_desktop.i18n.formats import format_date, format_number
from cl_desktop.reports import catalogue
from cl_desktop.reports.common import BuildOptions

PagesText = Callable[[Path], list[str]]
PROJECT, PERIOD = "KH-WFCL", "2012-04"

# Words of each language that survive text extraction (Khmer shaped clusters come out as private-use
# code points, so the Khmer checks look for the digits, the date's Latin figures and the Latin command).
FULL_CHECK = {"en": "Last full check for duplicate children", "ru": "Последняя полная проверка на дубликаты"}
STALE = {"en": "not yet compared", "ru": "еще не сравнено"}


def _flat(texts: list[str]) -> str:
    return " ".join(" ".join(texts).split())


def _pid(db: Any) -> str:
    return str(db.execute("SELECT id FROM projects WHERE code = ?", [PROJECT]).fetchone()[0])


def _stale(db: Any, n: int) -> None:
    """Children changed outside the forms (a crafted or bulk write): they wait to be compared."""
    db.execute(
        "UPDATE children SET name_latin = name_latin || ' ' WHERE rowid IN "
        "(SELECT rowid FROM children WHERE deleted = 0 ORDER BY rowid LIMIT ?)",
        [n],
    )


@pytest.mark.parametrize("lang", ["en", "km", "ru"])
def test_the_tpr_prints_the_pairs_read_with_the_last_full_check(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText, lang: str
) -> None:
    pid = _pid(demo_db)
    pairs = duplicates.unreviewed_count(demo_db, project_id=pid)  # the scan, as the oracle
    assert pairs == duplicate_queue.status(demo_db, project_id=pid).pairs
    out = tmp_path / f"tpr-{lang}.pdf"
    catalogue.build_report("tpr", demo_db, out, BuildOptions(project=PROJECT, period=PERIOD, lang=lang))
    text = _flat(pdf_pages_text(out))
    today = " ".join(format_date(date.today(), lang).split())
    if lang == "en":
        assert f"Pairs of suspected duplicate children awaiting review: {pairs}." in text
        assert f"{FULL_CHECK['en']}: {today}." in text
    elif lang == "ru":
        assert f"Пар предполагаемых дубликатов, ожидающих проверки: {format_number(pairs, 'ru')}." in text
        assert f"{FULL_CHECK['ru']}: {today}" in text and "г.." not in text
    else:
        assert today.split()[-1] in text and format_number(pairs, "km") in text
    assert not any(word in text for word in STALE.values())


@pytest.mark.parametrize("lang", ["en", "km", "ru"])
def test_a_count_that_may_be_incomplete_is_labelled_in_both_reports(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText, lang: str
) -> None:
    _stale(demo_db, 7)
    assert duplicate_queue.status(demo_db).unchecked == 7
    tpr, quality = tmp_path / f"tpr-{lang}.pdf", tmp_path / f"quality-{lang}.pdf"
    catalogue.build_report("tpr", demo_db, tpr, BuildOptions(project=PROJECT, period=PERIOD, lang=lang))
    catalogue.build_report("quality", demo_db, quality, BuildOptions(project=PROJECT, lang=lang))
    tpr_text, quality_text = _flat(pdf_pages_text(tpr)), _flat(pdf_pages_text(quality))
    if lang in STALE:
        assert f"{STALE[lang]}" in tpr_text and ": 7." in tpr_text
        assert "cl-desktop sync duplicates --scan" in quality_text
    else:
        assert "cl-desktop sync duplicates --scan" in quality_text  # the Latin run inside the Khmer note
    if lang == "en":
        assert "Children not yet compared for duplicates 7" in quality_text
        assert f"Last full check for duplicates {format_date(date.today(), 'en')}" in quality_text
    # after the full check the labels go
    from cl_desktop.sync.engine import scan_duplicates

    scan_duplicates(demo_db)
    catalogue.build_report("quality", demo_db, quality, BuildOptions(project=PROJECT, lang=lang))
    assert "cl-desktop sync duplicates --scan" not in _flat(pdf_pages_text(quality))


def test_the_quality_report_says_when_no_full_check_has_run(demo_db: Any, tmp_path: Path) -> None:
    demo_db.execute("UPDATE duplicate_check SET full_at = '', rules = ''")  # a database from before the check
    out = tmp_path / "quality.pdf"
    catalogue.build_report("quality", demo_db, out, BuildOptions(project=PROJECT))
    from pypdf import PdfReader

    text = _flat([p.extract_text() for p in PdfReader(out).pages])
    assert "Last full check for duplicates not yet" in text
    live = demo_db.execute("SELECT count(*) FROM children WHERE deleted = 0").fetchone()[0]
    assert f"Children not yet compared for duplicates {live:,}" in text
