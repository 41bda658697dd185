"""Progress-against-target bar charts."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from cl_desktop.reports.charts import ProgressBar, ProgressChart, percent_of_target, progress_chart
from cl_desktop.reports.layout import PageHeader, build_pdf, frame_size


def test_percent_of_target_needs_a_positive_target() -> None:
    assert percent_of_target(30, 40) == 75.0
    assert percent_of_target(5, 0) is None
    assert percent_of_target(5, None) is None


def test_a_chart_prints_values_and_percentages(tmp_path: Path) -> None:
    path = tmp_path / "chart.pdf"
    chart = progress_chart([("Girls", 2980, 3000), ("Boys", 2880, 3000), ("Kampot", 1450, 1200), ("Kep", 12, None)])
    build_pdf(path, [chart], header=PageHeader("Chart"))
    text = PdfReader(path).pages[0].extract_text()
    for expected in ("Girls", "2,980 / 3,000", "99%", "121%", "Target", "Actual"):
        assert expected in text
    assert "12" in text


def test_khmer_labels_are_paragraphs_that_shape() -> None:
    chart = ProgressChart([ProgressBar("កុមារី", 10, 20)], lang="km", khmer_digits=True)
    chart.wrap(*frame_size())
    paragraph, _ = chart._rows[0]
    assert paragraph.style.shaping == 1
    assert chart._percent_text(chart.bars[0]) == "៥០%"


def test_a_long_chart_splits_between_rows_and_keeps_its_scale(tmp_path: Path) -> None:
    bars = [ProgressBar(f"Province {i}", i * 10, 500) for i in range(1, 121)]
    chart = ProgressChart(bars)
    width, height = frame_size()
    parts = chart.split(width, height)
    assert len(parts) == 2
    assert all(isinstance(p, ProgressChart) and p.scale_max == chart.scale_max for p in parts)
    assert len(parts[0].bars) + len(parts[1].bars) == 120
    assert build_pdf(tmp_path / "long.pdf", [chart], header=PageHeader("Long chart")) >= 3
