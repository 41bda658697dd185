"""The dashboard's data-quality box counts the suspected duplicate pairs, as `cl-desktop check` does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from cl_desktop.figures import duplicates, quality
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
        assert line.startswith(f"• Pairs of suspected duplicate children: {len(pairs):,}"), line
        assert pairs[0][0].case_number in line
        # read from the review queue: when it was last made in full (the demo made it), nothing waiting
        assert "(Last full check for duplicate children: " in line and "not yet compared" not in line, line
        shown += len(pairs)
    # Every pair the check reports is on some project's dashboard (a pair across two projects on both).
    assert shown >= checked["count"] > 0


def test_findings_read_label_then_count_so_one_is_never_children(
    qtbot: Any, window: Any, click_page: Any, ctx: Any
) -> None:
    """One child without a household reads "Children without a household: 1", not "1 children ..."."""
    one = ctx.db.execute("SELECT id, project_id FROM children WHERE deleted = 0 LIMIT 1").fetchone()
    with ctx.db.atomic():
        ctx.db.execute("UPDATE children SET household_id = NULL WHERE id = ?", [one[0]])
    page = click_page("dashboard")
    combo = page.project_combo
    combo.setFocus()
    target = combo.findData(one[1])
    assert target >= 0
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    found = quality.findings(ctx.db, project_id=one[1])
    lines = [page.findings.item(i).text() for i in range(page.findings.count())]
    assert len(lines) == len(found) > 0
    for finding, line in zip(found, lines, strict=True):
        assert not line[2:3].isdigit(), line
        assert f": {finding.count:,}" in line, line
    assert any(line.startswith("• Children without a household: 1 — ") for line in lines), lines
