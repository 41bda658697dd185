"""A Khmer report printed with Khmer digits when the build asks for them (Reports page, ``formats.digits``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cl_desktop.i18n import formats
from cl_desktop.reports.catalogue import build_report
from cl_desktop.reports.common import BuildOptions


def test_khmer_summary_with_khmer_digits(
    demo_db: Any, tmp_path: Path, pdf_pages_text: Callable[[Path], list[str]]
) -> None:
    options = BuildOptions(project="KH-WFCL", lang="km", khmer_digits=True)
    out = tmp_path / "summary-km-digits.pdf"
    with formats.digits(options.khmer_digits):
        build_report("summary", demo_db, out, options)
    first = " ".join(pdf_pages_text(out)[0].split())
    assert "៥.៨៦០" in first and "5.860" not in first
    latin = tmp_path / "summary-km.pdf"
    build_report("summary", demo_db, latin, BuildOptions(project="KH-WFCL", lang="km"))
    assert "5.860" in " ".join(pdf_pages_text(latin)[0].split())
