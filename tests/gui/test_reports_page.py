"""Reports page: pick a report and build it through the real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context
from cl_desktop.store import open_database
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.pages.reports import ReportsPage
from cl_desktop.ui.tasks import SyncTasks

# Offscreen Qt warns about every top-level window with a layout; it says nothing about this page.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: Any, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ReportsPage]:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    db = open_database(demo_path)
    ctx = Context(db, Actor(username="coordinator", role=Role.COORDINATOR, office="HQ"))
    widget = ReportsPage(ctx, DataBus(), SyncTasks())
    widget.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    db.close()


def choose(combo: Any, data: Any) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_project_summary_is_built_and_opened(qtbot: Any, page: ReportsPage, tmp_path: Path) -> None:
    choose(page.kind, "summary")
    choose(page.project, "KH-WFCL")
    assert not page.period.isEnabled() and not page.child.isEnabled()
    out = tmp_path / "summary.pdf"
    page.output.clear()
    qtbot.keyClicks(page.output, str(out))
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    assert out.exists()
    text = " ".join((PdfReader(str(out)).pages[0].extract_text() or "").split())
    assert "withdrew 5,860 children and prevented 5,884 children" in text
    assert "2 pages" in page.notice.label.text()
    assert page.opened == [str(out)]  # type: ignore[attr-defined]
    assert page.generate.isEnabled()


def test_periods_follow_the_project_and_default_to_the_latest_with_records(page: ReportsPage) -> None:
    choose(page.kind, "tpr")
    choose(page.project, "CAR-WFCL")
    assert page.period.isEnabled()
    # 2007-10 ended too, but nothing was recorded in it: the work ended in 2007-04.
    assert page.period.currentData() == "2007-04"
    assert page.programme.count() == 1 + 9
    assert "CAR-WFCL" in page.output.text() and page.output.text().endswith("-en.pdf")


def test_unknown_child_is_reported_on_the_page_and_writes_nothing(
    qtbot: Any, page: ReportsPage, tmp_path: Path
) -> None:
    choose(page.kind, "child")
    out = tmp_path / "child.pdf"
    page.output.setText(str(out))
    qtbot.keyClicks(page.child, "KH-XXX-000000")
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    assert page.status.text() == "There is no child with case number KH-XXX-000000."
    assert not out.exists()


def test_cancel_leaves_no_file(qtbot: Any, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cl_desktop.ui import tasks

    monkeypatch.setattr(tasks.Job, "check", lambda self: (_ for _ in ()).throw(tasks.Cancelled()))
    choose(page.kind, "intake-form")
    out = tmp_path / "form.pdf"
    page.output.setText(str(out))
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    assert not out.exists()
    assert "Cancelled" in page.status.text() and page.generate.isEnabled()


def test_a_clerk_may_not_print_reports(qtbot: Any, demo_path: Path, tmp_path: Path) -> None:
    db = open_database(demo_path)
    try:
        page = ReportsPage(Context(db, Actor(username="clerk", role=Role.CLERK, office="HQ")), DataBus(), SyncTasks())
        qtbot.addWidget(page)
        page.output.setText(str(tmp_path / "x.pdf"))
        qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
        assert page.status.text() and not (tmp_path / "x.pdf").exists()
    finally:
        db.close()


def test_the_evidence_button_writes_the_children_behind_the_tpr(
    qtbot: Any, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from cl_desktop.reports import tpr

    choose(page.kind, "summary")
    assert not page.evidence.isEnabled()  # the references are the TPR's
    choose(page.kind, "tpr")
    choose(page.project, "CAR-WFCL")
    choose(page.period, "2007-04")
    assert page.evidence.isEnabled()
    out = tmp_path / "evidence.xlsx"
    asked: list[str] = []

    def save_as(parent: Any, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(out), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(page.evidence, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("-evidence.xlsx")
    assert out.exists() and str(out) in page.status.text()
    book = load_workbook(out, read_only=True)
    try:
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()  # a read-only workbook keeps its file open until closed
    # the sheet's counts are the form's: every withdrawn child up to the period's end, once
    ctx = tpr.collect(page.ctx.db, "CAR-WFCL", "2007-04")
    withdrawn = [r for r in rows if r and r[0] == "A1.1"]
    assert len(withdrawn) == ctx.indicators.withdrawn_cumulative.total == 353
    assert page.evidence.isEnabled()
