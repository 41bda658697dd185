"""`cl-desktop report KIND ...`: files written, errors in one line, nothing left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from cl_desktop.cli import main


def test_report_summary_from_the_command_line(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "summary.pdf"
    assert main(["report", "summary", "--db", str(demo_path), "-o", str(out), "--project", "KH-WFCL"]) == 0
    text = " ".join((PdfReader(str(out)).pages[0].extract_text() or "").split())
    assert "withdrew 5,860 children and prevented 5,884 children" in text
    assert "2 pages" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["tpr", "--project", "NOPE"], "There is no project NOPE."),
        (["tpr", "--project", "KH-WFCL", "--period", "1999-10"], "Project KH-WFCL has no reporting period 1999-10."),
        (["programme", "--programme", "NOPE"], "There is no action programme NOPE."),
        (["child", "--child", "KH-XXX-000000"], "There is no child with case number KH-XXX-000000."),
    ],
)
def test_unknown_names_fail_in_one_line_and_leave_no_file(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    out = tmp_path / "out.pdf"
    kind, *rest = extra
    assert main(["report", kind, "--db", str(demo_path), "-o", str(out), *rest]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"cl-desktop: {message}"
    assert not out.exists()


def test_child_report_needs_a_case_number(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "child", "--db", str(demo_path), "-o", str(tmp_path / "c.pdf")]) == 2
    assert "--child" in capsys.readouterr().err


def test_a_khmer_report_in_khmer_digits_from_the_command_line(demo_path: Path, tmp_path: Path) -> None:
    latin, khmer = tmp_path / "latin.pdf", tmp_path / "khmer.pdf"
    common = ["report", "summary", "--db", str(demo_path), "--project", "KH-WFCL", "--lang", "km"]
    assert main([*common, "-o", str(latin)]) == 0
    assert main([*common, "-o", str(khmer), "--khmer-digits"]) == 0
    latin_text = PdfReader(str(latin)).pages[0].extract_text() or ""
    khmer_text = PdfReader(str(khmer)).pages[0].extract_text() or ""
    assert "5.860" in latin_text and "៥.៨៦០" not in latin_text
    assert "៥.៨៦០" in khmer_text and "5.860" not in khmer_text
