"""Documents: header and "Page X of Y" footer, tables, streaming, atomic writes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.enums import TA_RIGHT
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from cl_desktop.errors import KnownError
from cl_desktop.reports import fonts
from cl_desktop.reports.layout import (
    PageHeader,
    build_pdf,
    chunked_table,
    data_table,
    frame_size,
    is_numeric,
    key_value_table,
)
from cl_desktop.reports.styles import Lang, get_styles
from cl_desktop.reports.text import para

PagesText = Callable[[Path], list[str]]

RUSSIAN = "Министерство труда и социальной защиты населения"
ENGLISH = "Ministry of Labour and Vocational Training"


def _trilingual_story(lang: Lang) -> Iterator[Flowable]:
    styles = get_styles(lang)
    yield para("Technical Progress Report", styles.title)
    yield para("កម្ពុជា", styles.heading)
    yield para("ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ", styles.body)
    yield para("ឆ្នាំ 2012 ភូមិ និង ជីវៈ", styles.body)
    yield para(RUSSIAN, styles.body)
    yield para(ENGLISH, styles.body)
    yield key_value_table([("Donor", "USDOL"), ("Грантополучатель", "МОТ"), ("ប្រទេស", "កម្ពុជា")])
    rows = [(f"KH-{i:04d}", "សុខ សុភា" if i % 2 else "Иванова Мария", i) for i in range(150)]
    yield data_table(["Case", "Name", "Hours"], rows, ["30%", "*", "15%"], lang=lang)


@pytest.mark.parametrize("lang", ["en", "km", "ru"])
def test_a_trilingual_report_reads_back(tmp_path: Path, pdf_pages_text: PagesText, lang: Lang) -> None:
    path = tmp_path / f"report-{lang}.pdf"
    header = PageHeader("Technical Progress Report", "KHM/08/P50", "2011-10-01 – 2012-03-31")
    pages = build_pdf(path, _trilingual_story(lang), header=header, lang=lang)
    texts = pdf_pages_text(path)
    assert pages == len(texts) > 1
    everything = "\n".join(texts)
    for expected in (RUSSIAN, ENGLISH, "Иванова Мария", "KH-0149", "USDOL", "2012"):
        assert expected in everything
    # pypdf reads shaped Khmer back in visual order, with ligature and subscript
    # glyphs as private-use characters: only simple clusters come back verbatim.
    for simple in ("ភូមិ", "និង", "ជីវៈ", "សុខ"):
        assert simple in everything
    for text in texts:
        assert "Technical Progress Report" in text  # the running header


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [("en", "Page {page} of {total}"), ("ru", "Страница {page} из {total}")],
)
def test_every_page_footer_counts_the_pages(
    tmp_path: Path, pdf_pages_text: PagesText, lang: Lang, pattern: str
) -> None:
    path = tmp_path / "footer.pdf"
    body = get_styles(lang).body
    story = [para(f"Paragraph {i} " * 40, body) for i in range(60)]
    total = build_pdf(path, story, header=PageHeader("Footer test"), lang=lang)
    texts = pdf_pages_text(path)
    assert total == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert pattern.format(page=number, total=total) in text


def test_khmer_footer_counts_the_pages(tmp_path: Path, pdf_pages_text: PagesText) -> None:
    path = tmp_path / "footer-km.pdf"
    body = get_styles("km").body
    total = build_pdf(path, [para("ក្រសួងការងារ " * 300, body)], header=PageHeader("ទំព័រ"), lang="km")
    for number, text in enumerate(pdf_pages_text(path), start=1):
        assert "ទំព័រទី" in text
        assert re.search(rf"\b{number}\b\D+\b{total}\b", text)


def test_a_failing_build_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "register.pdf"

    def story() -> Iterator[Flowable]:
        body = get_styles("en").body
        for i in range(200):
            if i == 150:
                raise RuntimeError("database went away")
            yield para(f"row {i} " * 30, body)

    with pytest.raises(RuntimeError):
        build_pdf(path, story(), header=PageHeader("Broken"))
    assert list(tmp_path.iterdir()) == []

    path.write_bytes(b"old report")
    with pytest.raises(RuntimeError):
        build_pdf(path, story(), header=PageHeader("Broken"))
    assert path.read_bytes() == b"old report"
    assert list(tmp_path.iterdir()) == [path]


def test_raising_from_on_page_cancels_the_build(tmp_path: Path) -> None:
    path = tmp_path / "cancelled.pdf"

    class Cancelled(Exception):
        pass

    def on_page(page: int) -> None:
        if page == 2:
            raise Cancelled

    story = [para("text " * 400, get_styles("en").body) for _ in range(10)]
    with pytest.raises(Cancelled):
        build_pdf(path, story, header=PageHeader("Cancel"), on_page=on_page)
    assert not path.exists()


def test_a_missing_folder_is_a_known_error(tmp_path: Path) -> None:
    with pytest.raises(KnownError):
        build_pdf(tmp_path / "nope" / "r.pdf", [], header=PageHeader("x"))


def test_a_register_streams_rows_with_a_header_on_every_page(tmp_path: Path, pdf_pages_text: PagesText) -> None:
    path = tmp_path / "register.pdf"
    pulled: list[int] = []
    pulled_by_page: dict[int, int] = {}

    def rows() -> Iterator[tuple[object, ...]]:
        for i in range(1, 1201):
            pulled.append(i)
            yield (i, f"KH-{i:05d}", "សុខ សុភា" if i % 3 == 0 else "Chan Dara", dt.date(2005, 1, 1))

    def on_page(page: int) -> None:
        pulled_by_page[page] = len(pulled)

    header = ["No.", "Case number", "Name", "Date of birth"]
    story = chunked_table(header, rows(), ["10%", "25%", "*", "25%"], chunk_rows=40)
    pages = build_pdf(path, story, header=PageHeader("Register"), on_page=on_page)
    texts = pdf_pages_text(path)
    assert pages == len(texts) > 10
    for text in texts:
        assert "Case number" in text and "Date of birth" in text
    found = re.findall(r"KH-\d{5}", "\n".join(texts))
    assert found == [f"KH-{i:05d}" for i in range(1, 1201)]
    # Rows are read as pages are made, a few chunks ahead, never all at once.
    assert pulled_by_page[2] < 1200 // 2


def test_landscape_pages_can_follow_portrait_ones(tmp_path: Path) -> None:
    path = tmp_path / "mixed.pdf"
    body = get_styles("en").body
    story = [para("portrait", body), NextPageTemplate("landscape"), PageBreak(), para("wide", body)]
    build_pdf(path, story, header=PageHeader("Orientation"))
    boxes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(path).pages]
    assert boxes[0][0] < boxes[0][1] and boxes[1][0] > boxes[1][1]


def test_numbers_are_right_aligned_and_totals_bold() -> None:
    table = data_table(
        ["Province", "Girls", "Boys"],
        [("ភ្នំពេញ", 120, "1,300"), ("Ош", 5, 7)],
        lang="en",
        totals=("Total", 125, 1307),
    )
    cells = table._cellvalues
    assert table.repeatRows == 1
    assert cells[0][1].style.alignment == TA_RIGHT
    assert cells[1][0].style.alignment != TA_RIGHT
    assert cells[1][1].style.alignment == TA_RIGHT and cells[1][2].style.alignment == TA_RIGHT
    assert cells[1][0].style.shaping == 1  # the Khmer cell shapes in an English table
    assert cells[-1][1].style.fontName == fonts.SANS_BOLD
    assert "1,307" in cells[-1][2].text


def test_a_huge_cell_continues_on_the_next_page(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    notes = "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ Ministry notes. " * 250
    table = data_table(["Case", "Notes"], [("KH-1", notes), ("KH-2", "short")], [60, "*"])
    assert build_pdf(path, [table], header=PageHeader("Huge cell"), lang="km") >= 2


def test_frame_size_leaves_room_for_header_and_footer() -> None:
    width, height = frame_size("portrait")
    assert 500 < width < 530 and 650 < height < 760
    assert frame_size("landscape")[0] > height


@pytest.mark.parametrize("value", [5860, 12.5, "1,234", "1\u00a0234,5", "4.310.000", "45%", "៣០"])
def test_numbers_and_number_like_text_count_as_numeric(value: object) -> None:
    assert is_numeric(value)


@pytest.mark.parametrize("value", ["05.01.2002", "30/09/2008", "KH-0001", "n/a", True, None])
def test_dates_codes_and_flags_are_not_numeric(value: object) -> None:
    assert not is_numeric(value)
