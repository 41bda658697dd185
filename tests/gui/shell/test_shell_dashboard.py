"""Dashboard, charts and the periods workflow on the demo database."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QMessageBox

from cl_desktop.errors import RefusedInput
from cl_desktop.ui.charts import BOYS, GIRLS, Bar, BarChart


def choose(combo: Any, prefix: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(prefix))
    combo.setCurrentIndex(index)


def test_dashboard_shows_the_cambodia_projects_cumulative_results(window: Any, click_page: Any) -> None:
    page = click_page("dashboard")
    choose(page.project_combo, "KH-WFCL ")
    assert page.withdrawn_card.value.text() == "5,860"
    assert page.prevented_card.value.text() == "5,884"
    data = page.data
    assert data.indicators.withdrawn_cumulative.total == 5860
    assert sum(n.total for n in data.withdrawn_by_age.values()) == 5860
    assert page.withdrawn_chart.bars[2].value == 5860  # the total bar, girls and boys stacked
    assert page.withdrawn_chart.bars[2].target == data.indicators.target_withdrawn.total
    assert [b.label for b in page.withdrawn_age_chart.bars][:4] == [
        "5-8 years",
        "9-11 years",
        "12-14 years",
        "15-17 years",
    ]
    assert page.e1_chart.bars and page.poc_chart.bars and page.programme_chart.bars
    assert page.findings.count() > 0
    # A finished project opens on the period its reports default to: the latest with records (2012-04),
    # not the empty one after its work ended (2012-10).
    assert page.period_combo.currentText().startswith("2012-04")


def test_dashboard_switches_project_and_period(window: Any, click_page: Any) -> None:
    page = click_page("dashboard")
    choose(page.project_combo, "CAR-WFCL ")
    assert page.withdrawn_card.value.text() == "353"
    first = page.data.indicators.withdrawn_period.total
    page.period_combo.setCurrentIndex(0)
    assert page.data.indicators.period["id"] == page.period_combo.currentData()
    assert page.data.indicators.withdrawn_period.total <= 353
    assert isinstance(first, int)


def test_dashboard_updates_when_data_changes(window: Any, click_page: Any, ctx: Any) -> None:
    page = click_page("dashboard")
    choose(page.project_combo, "KH-WFCL ")
    computed = page.data
    window.bus.changed.emit("follow_ups")
    assert page.data is not computed


def test_a_bar_chart_draws_labels_bars_and_targets_offscreen(qtbot: Any) -> None:
    chart = BarChart("Children withdrawn against target")
    qtbot.addWidget(chart)
    chart.set_bars(
        [Bar("Girls", [(2868, GIRLS)], 3000), Bar("Boys", [(2992, BOYS)], 3000), Bar("Total", [(10, GIRLS)], None)],
        [("Girls", GIRLS), ("Boys", BOYS)],
    )
    image = chart.render_image(600)
    assert image.height() == chart.sizeHint().height() > 60
    colours = {image.pixelColor(x, y).name() for x in range(0, 600, 2) for y in range(0, image.height(), 2)}
    assert GIRLS.name() in colours and BOYS.name() in colours
    assert "#222222" in colours  # the target markers
    assert chart._value_text(chart.bars[0]) == "2,868 / 3,000 (96%)"


def test_an_empty_chart_says_so_instead_of_showing_nothing(qtbot: Any) -> None:
    chart = BarChart("E1")
    qtbot.addWidget(chart)
    chart.set_bars([], empty_text="No education services recorded yet")
    image = chart.render_image(300)
    assert any(image.pixelColor(x, y) != QColor("white") for x in range(300) for y in range(image.height()))


def periods_panel(click_page: Any) -> Any:
    page = click_page("projects")
    page.select_project("KH-WFCL")
    page.tabs.setCurrentWidget(page.periods)
    return page.periods


def test_admin_submits_and_approves_a_period_and_its_records_are_locked(
    qtbot: Any, window: Any, click_page: Any, ctx: Any
) -> None:
    from cl_desktop.services.children import Children

    panel = periods_panel(click_page)
    panel.select_code("2010-10")
    assert panel.selected()["status"] == "draft"
    assert not panel.approve_button.isEnabled()
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    assert panel.selected()["status"] == "submitted"
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert panel.selected()["status"] == "approved"
    assert panel.table.item(panel.table.currentRow(), 3).text() == "Approved"

    children = Children(ctx)
    period = panel.selected()
    inside = ctx.db.execute(  # a child registered inside the approved period
        "SELECT case_number FROM children WHERE project_id = ? AND deleted = 0 AND intake_date BETWEEN ? AND ? "
        "ORDER BY case_number LIMIT 1",
        [period["project_id"], period["start_date"], period["end_date"]],
    ).fetchone()
    child = children.by_case(inside[0])
    with pytest.raises(RefusedInput) as refused:
        children.update(child["id"], {"notes": "edited after approval"}, base_version=child["version"])
    assert "approved" in str(refused.value).lower() or "locked" in str(refused.value).lower()


def test_reopening_asks_for_a_reason_and_the_service_refuses_an_empty_one(
    qtbot: Any, window: Any, click_page: Any
) -> None:
    panel = periods_panel(click_page)
    panel.select_code("2010-10")
    assert panel.act("submit") and panel.act("approve")
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(QInputDialog, "reopen_reason")
    assert dialog is not None
    dialog.setTextValue("   ")
    dialog.accept()
    box = panel.findChild(QMessageBox, "known_error")
    assert box is not None and "reason" in box.text()
    box.close()
    assert panel.selected()["status"] == "approved"
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    dialog = [d for d in panel.findChildren(QInputDialog, "reopen_reason") if d.isVisible()][-1]
    dialog.setTextValue("A late follow-up visit must be entered")
    dialog.accept()
    assert panel.selected()["status"] == "draft"
    assert "late follow-up" in panel.table.item(panel.table.currentRow(), 5).text()


def test_a_clerk_cannot_approve_and_the_service_says_why(qtbot: Any, window: Any, click_page: Any, ctx: Any) -> None:
    from cl_desktop.security.roles import Actor, Role
    from cl_desktop.services.context import Context
    from cl_desktop.ui.pages.periods import PeriodsPanel

    clerk = Context(ctx.db, Actor(username="clerk", role=Role.CLERK, office="HQ"))
    panel = PeriodsPanel(clerk, window.bus)
    qtbot.addWidget(panel)
    projects = click_page("projects")
    panel.set_project(projects.project["id"])
    panel.select(panel.rows[0]["id"])
    assert not panel.submit_button.isEnabled() and not panel.approve_button.isEnabled()
    assert not panel.act("submit")
    box = panel.findChild(QMessageBox, "known_error")
    assert box is not None and "clerk may not submit" in box.text()


def test_dashboard_narrows_to_one_action_programme(window: Any, click_page: Any) -> None:
    page = click_page("dashboard")
    choose(page.project_combo, "KH-WFCL ")
    by_programme = {code: (n, target) for code, n, target in page.data.by_programme}
    choose(page.programme_combo, "KH-WFCL-AP001")
    ind = page.data.indicators
    n, target = by_programme["KH-WFCL-AP001"]
    assert ind.withdrawn_cumulative.total + ind.prevented_cumulative.total == n
    assert ind.target_withdrawn.total + ind.target_prevented.total == target
    assert page.withdrawn_card.value.text() == f"{ind.withdrawn_cumulative.total:,}"
    assert sum(v.total for v in page.data.withdrawn_by_age.values()) == ind.withdrawn_cumulative.total
    choose(page.programme_combo, "All")
    assert page.withdrawn_card.value.text() == "5,860"


def test_dashboard_cards_carry_the_tpr_references_and_equal_their_evidence(
    window: Any, click_page: Any, ctx: Any
) -> None:
    from cl_desktop.reports import data as report_data
    from cl_desktop.reports import evidence

    page = click_page("dashboard")
    choose(page.project_combo, "CAR-WFCL ")
    period = page.data.indicators.period
    project = report_data.project_by_code(ctx.db, "CAR-WFCL")
    counted: dict[str, int] = {}
    for row in evidence.rows(ctx.db, project, period):
        counted[row.reference] = counted.get(row.reference, 0) + 1
    for card, ref in (
        (page.withdrawn_card, "A1.1"),
        (page.prevented_card, "A1.2"),
        (page.e1_card, "A1.3"),
        (page.l1_card, "A1.4"),
    ):
        assert card.reference.text() == ref and card.reference.isVisible()
        assert ref in card.toolTip()
        assert card.value.text() == f"{counted[ref]:,}", ref
    assert not page.overdue_card.reference.isVisible()
