"""USDOL's tables: L1 by livelihood type, POC4 over the children of compulsory school age, the table
by country, Annex A per period, plural counts, the duplicate-pairs line and the project's markers."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.figures import duplicates
from cl_desktop.figures.indicators import participant_status
from cl_desktop.i18n.labels import counted, plural_category
from cl_desktop.reports import annex_a, catalogue, quality, summary, tpr
from cl_desktop.reports.common import BuildOptions

PagesText = Callable[[Path], list[str]]


def _flat(texts: list[str]) -> str:
    return " ".join(" ".join(texts).split())


@pytest.mark.parametrize(("project", "period"), [("KH-WFCL", "2012-04"), ("CAR-WFCL", "2007-04")])
def test_l1_split_totals_equal_the_indicator_forms_l1(demo_db: Any, project: str, period: str) -> None:
    ctx = tpr.collect(demo_db, project, period)
    split = tpr.l1_split(ctx)
    total = split.totals[0]
    assert total[3] == ctx.indicators.l1_cumulative.total > 0
    assert (total[1], total[2]) == (ctx.indicators.l1_cumulative.f, ctx.indicators.l1_cumulative.m)
    # each type counts its households once; a household given two types counts under both
    assert all(row[3] == row[1] + row[2] for row in split.rows)
    assert sum(row[3] for row in split.body) >= total[3]
    assert [row[3] > 0 for row in split.body[:3]] == [True, True, True]


def test_a_livelihood_service_without_a_type_is_shown_as_not_recorded(demo_db: Any) -> None:
    demo_db.execute(
        "UPDATE services SET livelihood_kind = '' WHERE rowid = (SELECT min(rowid) FROM services "
        "WHERE service_type = 'livelihood' AND programme_id IN (SELECT ap.id FROM action_programmes ap "
        "JOIN projects p ON p.id = ap.project_id WHERE p.code = 'CAR-WFCL'))"
    )
    split = tpr.l1_split(tpr.collect(demo_db, "CAR-WFCL", "2007-04"))
    assert split.body[-1][0] == "Not recorded" and split.body[-1][3] == 1


def test_poc4_counts_only_children_of_compulsory_school_age(demo_db: Any) -> None:
    project = demo_db.execute("SELECT id, school_age_max FROM projects WHERE code = 'KH-WFCL'").fetchone()
    pid, oldest = project
    registered, school_age = demo_db.execute(
        "SELECT count(*), sum(age_at_intake <= ?) FROM children WHERE project_id = ? AND deleted = 0 "
        "AND intake_date <= '2012-12-31'",
        [oldest, pid],
    ).fetchone()
    assert registered > school_age > 0
    for direct in (False, True):
        status = participant_status(demo_db, pid, "2012-12-31", direct=direct)
        assert status["POC1"].denominator.total == registered
        assert status["POC4"].denominator.total == school_age
    # the setting moves the denominator, and the summary follows it
    demo_db.execute("UPDATE projects SET school_age_max = 17 WHERE id = ?", [pid])
    from cl_desktop.figures.outcomes import refresh_summary

    refresh_summary(demo_db)
    assert participant_status(demo_db, pid, "2012-12-31")["POC4"].denominator.total == registered
    assert participant_status(demo_db, pid, "2012-12-31", direct=True)["POC4"].denominator.total == registered


def test_poc1_counts_child_labour_that_is_not_hazardous(demo_db: Any) -> None:
    pid = demo_db.execute("SELECT id FROM projects WHERE code = 'KH-WFCL'").fetchone()[0]
    status = participant_status(demo_db, pid, "2010-09-30")
    assert status["POC1"].numerator.total > status["POC2"].numerator.total > 0


def test_a_multi_country_project_has_a_table_by_country(demo_db: Any) -> None:
    ctx = tpr.collect(demo_db, "CAR-WFCL", "2007-04")
    table = tpr.country_table(ctx)
    assert table is not None
    names = [row[0] for row in table.body]
    assert len(names) == 4 and "Kazakhstan" in names and "Uzbekistan" in names and "Not recorded" not in names
    total = table.totals[0]
    assert total[3] == ctx.indicators.withdrawn_cumulative.total
    assert total[6] == ctx.indicators.prevented_cumulative.total
    assert tpr.country_table(tpr.collect(demo_db, "KH-WFCL", "2012-04")) is None


def test_annex_a_lists_every_period_and_its_counts_equal_the_form(demo_db: Any) -> None:
    ctx = tpr.collect(demo_db, "KH-WFCL", "2012-04")
    table = annex_a.table(ctx)
    periods = [
        p
        for p in demo_db.execute(
            "SELECT rp.code FROM reporting_periods rp JOIN projects p ON p.id = rp.project_id WHERE p.code = 'KH-WFCL' "
            "AND rp.start_date <= ? AND rp.end_date >= p.start_date ORDER BY rp.start_date",
            [ctx.since],
        )
    ]
    blocks: dict[str, list[tuple[Any, ...]]] = {}
    current = ""
    for row in table.rows:
        if row[0]:
            current = str(row[0]).split()[0]
        blocks.setdefault(current, []).append(row)
    assert list(blocks) == [code for code, *_ in annex_a.ROWS]
    for ref in ("A1.1", "A1.2", "A1.3", "A1.4"):
        assert [r[3] for r in blocks[ref]] == [p[0] for p in periods]
    for ref in ("A1.1", "A1.2"):  # a child is withdrawn or prevented once: the periods add up
        rows = blocks[ref]
        assert sum(int(r[5]) for r in rows) == rows[0][7]
    assert blocks["A1.1"][0][7] == ctx.indicators.withdrawn_cumulative.total
    assert blocks["A1.1"][-1][5] == ctx.indicators.withdrawn_period.total
    assert blocks["A1.1"][0][6] == ctx.indicators.target_withdrawn.total
    assert str(blocks["POC1"][0][1]).endswith("%")  # the value at intake


def test_the_tpr_prints_annex_a_and_the_duplicate_pairs(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText
) -> None:
    out = tmp_path / "tpr.pdf"
    catalogue.build_report("tpr", demo_db, out, BuildOptions(project="CAR-WFCL", period="2007-04"))
    text = _flat(pdf_pages_text(out))
    pid = demo_db.execute("SELECT id FROM projects WHERE code = 'CAR-WFCL'").fetchone()[0]
    pairs = duplicates.unreviewed_count(demo_db, project_id=pid)
    assert f"Pairs of suspected duplicate children awaiting review: {pairs}." in text
    assert "Annex A. Data reporting form" in text and "Life of project achieved" in text
    assert "L1 by livelihood service type" in text and "by country" in text


def test_the_quality_report_states_the_unreviewed_pairs_even_when_none(demo_db: Any, tmp_path: Path) -> None:
    (table,) = quality.tables(demo_db, "KH-DWCP-2008", None, "en")
    out = tmp_path / "quality.pdf"
    catalogue.build_report("quality", demo_db, out, BuildOptions(project="KH-DWCP-2008"))
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Pairs of suspected duplicate children awaiting review 0" in text
    assert not any("duplicate" in str(row[1]) for row in table.rows)


@pytest.mark.parametrize(
    ("n", "lang", "category", "text"),
    [
        (1, "en", "one", "1 child"),
        (0, "en", "other", "0 children"),
        (21, "ru", "one", "21 ребенка"),
        (3, "ru", "few", "3 детей"),
        (11, "ru", "many", "11 детей"),
        (1, "km", "other", "កុមារចំនួន 1 នាក់"),
    ],
)
def test_counted_nouns_agree_with_the_number(n: int, lang: str, category: str, text: str) -> None:
    assert plural_category(n, lang) == category
    assert counted("n_children", n, lang) == text


def test_one_child_withdrawn_reads_in_the_singular(demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText) -> None:
    # CAR-WFCL 2004-10: the period in which its first child was withdrawn or prevented, if any; find one with 1
    ctx = tpr.collect(demo_db, "CAR-WFCL", "2007-04")
    ctx.indicators.withdrawn_period.f, ctx.indicators.withdrawn_period.m = 1, 0
    text = " ".join(f.getPlainText() for f in tpr.achievements(ctx) if hasattr(f, "getPlainText"))
    assert "withdrew 1 child and" in text and "1 children" not in text
    ru = tpr.collect(demo_db, "CAR-WFCL", "2007-04", "ru")
    ru.indicators.withdrawn_period.f, ru.indicators.withdrawn_period.m = 1, 0
    text = " ".join(f.getPlainText() for f in tpr.achievements(ru) if hasattr(f, "getPlainText"))
    assert "вывел из наихудших форм детского труда 1 ребенка" in " ".join(text.split())


def test_the_summary_marks_a_closed_project_and_revised_dates(
    demo_db: Any, tmp_path: Path, pdf_pages_text: PagesText
) -> None:
    for lang, closed, revised in (("en", "(CLOSED)", "(revised)"), ("ru", "(ЗАКРЫТ)", "(с изменениями)")):
        out = tmp_path / f"summary-{lang}.pdf"
        summary.build(demo_db, out, project="CAR-WFCL", lang=lang)
        first = _flat(pdf_pages_text(out)[:1])
        assert f"Worst Forms of Child Labor {closed}" in first or closed in first
        assert re.search(r"2007( г\.)? " + re.escape(revised), first), first
        assert "A1.1, A1.2" in first
    out = tmp_path / "kh.pdf"
    summary.build(demo_db, out, project="KH-WFCL", lang="en")
    first = _flat(pdf_pages_text(out)[:1])
    assert "(CLOSED)" not in first and "(revised)" not in first


def test_the_cover_prints_the_projects_identifier_by_the_period(demo_db: Any, tmp_path: Path) -> None:
    demo_db.execute("UPDATE projects SET duns = '123456789', uei = 'ABCDEF123456' WHERE code = 'CAR-WFCL'")
    ctx = tpr.collect(demo_db, "CAR-WFCL", "2007-04")
    assert tpr.recipient_identifier(ctx.project, ctx.period) == ("DUNS", "123456789")
    later = {**ctx.period, "end_date": "2022-09-30"}
    assert tpr.recipient_identifier(ctx.project, later) == ("UEI", "ABCDEF123456")
    gaps = quality.cover_sheet_gaps(demo_db, ctx.project, "en")
    assert not any("identifier" in g for g in gaps)
