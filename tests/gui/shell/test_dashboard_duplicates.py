"""The dashboard's data-quality box counts the suspected duplicate pairs, as `cl-desktop check` does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from cl_desktop.figures import duplicates
from cl_desktop.services.checks import run_checks


def duplicate_line(page: Any) -> str:
    lines = [page.findings.item(i) for i in range(page.findings.count())]
    found = [item.text() for item in lines if item.data(Qt.ItemDataRole.UserRole) == "duplicate"]
    assert len(found) == 1, [item.text() for item in lines]
    return found[0]


def test_the_data_quality_box_shows_the_suspected_duplicate_pairs(
    qtbot: Any, window: Any, click_page: Any, ctx: Any
) -> None:
    page = click_page("dashboard")
    report = run_checks(ctx.db)
    checked = next(f for f in report["findings"] if f["kind"] == "duplicate")
    combo = page.project_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    shown = 0
    for i in range(combo.count()):
        if combo.currentIndex() != i:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() == i
        project_id = combo.currentData()
        pairs = duplicates.unreviewed(ctx.db, project_id=project_id)
        if not pairs:
            continue
        line = duplicate_line(page)
        assert line.startswith(f"• {len(pairs):,} pairs of suspected duplicate children"), line
        assert pairs[0][0].case_number in line
        shown += len(pairs)
    # Every pair the check reports is on some project's dashboard (a pair across two projects on both).
    assert shown >= checked["count"] > 0
