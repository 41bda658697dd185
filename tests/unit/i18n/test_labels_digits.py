"""Khmer digits in reports: asked per build (``formats.digits``), only for Khmer text, never leaking."""

from __future__ import annotations

import datetime as dt
import threading

from cl_desktop.i18n import formats
from cl_desktop.reports.common import BuildOptions


def test_khmer_digits_within_the_block_only() -> None:
    day = dt.date(2008, 9, 30)
    assert formats.format_number(5860, "km") == "5.860"
    with formats.digits(True):
        assert formats.format_number(5860, "km") == "៥.៨៦០"
        assert formats.format_date(day, "km") == "៣០ កញ្ញា ២០០៨"
        assert formats.format_month(day, "km") == "ខែកញ្ញា ឆ្នាំ២០០៨"
        assert formats.format_percent(72, "km") == "៧២%"
        # Other languages keep their digits; an explicit choice wins over the block.
        assert formats.format_number(5860, "ru") == "5\u00a0860"
        assert formats.format_date(day, "en") == "30 September 2008"
        assert formats.format_number(5860, "km", False) == "5.860"
    assert formats.format_number(5860, "km") == "5.860"
    assert formats.format_date(day, "km", True, numeric=True) == "៣០/០៩/២០០៨"


def test_the_choice_does_not_reach_another_thread() -> None:
    seen: list[str] = []
    with formats.digits(True):
        worker = threading.Thread(target=lambda: seen.append(formats.format_number(12, "km")))
        worker.start()
        worker.join()
    assert seen == ["12"]


def test_build_options_carry_the_choice() -> None:
    assert BuildOptions().khmer_digits is False
    assert BuildOptions(lang="km", khmer_digits=True).khmer_digits is True
