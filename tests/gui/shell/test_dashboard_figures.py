"""Every dashboard figure opens the list of exactly the records behind it, with the filter said and the
list exportable; data-quality findings open their rows (issue 18, item 26)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from cl_desktop.figures import duplicates, quality


def figure_list(page: Any) -> Any:
    dialog = page.opened
    assert dialog is not None and dialog.isVisible()
    return dialog


def shown_count(dialog: Any) -> int:
    """The count the list says above its rows, read as a number."""
    digits = "".join(ch for ch in dialog.page.count_label.text() if ch.isdigit())
    return int(digits)


def click_bar(qtbot: Any, chart: Any, index: int) -> None:
    row = chart.rows[index]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(int(row.center().x()), int(row.center().y())))


def test_withdrawn_opens_exactly_its_children_with_the_filter_said(
    qtbot: Any, window: Any, click_page: Any, ctx: Any
) -> None:
    page = click_page("dashboard")
    page.select_project("KH-WFCL")
    card = page.withdrawn_card
    figure = int(card.value.text().replace(",", ""))
    assert figure == 5860  # the seed report's number, which the demo reproduces
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    dialog = figure_list(page)
    assert dialog.rows() == figure == shown_count(dialog)
    assert "KH-WFCL" in dialog.scope.text() and "2012" in dialog.scope.text()
    assert "5,860" in dialog.heading.text()
    # Every row listed is a withdrawn child of the project.
    model = dialog.page.model
    model.fetch_all()
    assert model.rowCount() == figure
    outcome = model.column_index("outcome")
    assert {model.index(r, outcome).data() for r in range(0, figure, 97)} == {"Withdrawn"}


def test_a_bar_of_each_chart_opens_as_many_records_as_it_shows(
    qtbot: Any, window: Any, click_page: Any, ctx: Any
) -> None:
    page = click_page("dashboard")
    page.select_project("KH-WFCL")
    for chart in (
        page.withdrawn_chart,
        page.prevented_chart,
        page.withdrawn_age_chart,
        page.e1_chart,
        page.programme_chart,
    ):
        assert chart.rows, chart.objectName()
        for index in range(len(chart.bars)):
            click_bar(qtbot, chart, index)
            dialog = figure_list(page)
            assert dialog.rows() == round(chart.bars[index].value), (chart.objectName(), index)
            dialog.close()
    # POC bars are percentages of the registered children: the list holds the numerator.
    click_bar(qtbot, page.poc_chart, 0)
    dialog = figure_list(page)
    status = page.data.indicators.status["POC1"]
    assert dialog.rows() == status.numerator.total > 0
    dialog.close()


def test_the_other_cards_open_their_records(qtbot: Any, window: Any, click_page: Any) -> None:
    page = click_page("dashboard")
    page.select_project("KH-WFCL")
    for card, kind in (
        (page.prevented_card, "children"),
        (page.e1_card, "children"),
        (page.l1_card, "households"),
        (page.overdue_card, "children"),
    ):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        dialog = figure_list(page)
        assert dialog.page.kind == kind
        assert dialog.rows() == int(card.value.text().replace(",", "")), card.objectName()
        dialog.close()


def test_a_figure_list_exports_its_rows(qtbot: Any, window: Any, click_page: Any, tmp_path: Path) -> None:
    page = click_page("dashboard")
    page.select_project("KH-WFCL")
    qtbot.mouseClick(page.prevented_card, Qt.MouseButton.LeftButton)
    dialog = figure_list(page)
    assert not dialog.page.new_button.isVisible()  # a figure's records are read, not added to
    target = tmp_path / "prevented.csv"
    dialog.page.export_to(target)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) - 1 == 5884
    assert str(target) in dialog.message.text()


def test_each_data_quality_finding_opens_its_rows(qtbot: Any, window: Any, click_page: Any, ctx: Any) -> None:
    page = click_page("dashboard")
    page.select_project("KH-WFCL")
    project_id = page.project_combo.currentData()
    found = quality.findings(ctx.db, project_id=project_id)
    assert any(f.key == "duplicates" for f in found)
    for i in range(page.findings.count()):
        item = page.findings.item(i)
        finding = item.data(Qt.ItemDataRole.UserRole + 1)
        page.findings.setCurrentRow(i)
        page.findings.setFocus()
        qtbot.keyClick(page.findings, Qt.Key.Key_Return)
        dialog = figure_list(page)
        expected = finding.count
        if finding.key == "duplicates":  # pairs counted, children listed: every child of a pair, once
            pairs = duplicates.unreviewed(ctx.db, project_id=project_id)
            expected = len({child.child_id for pair in pairs for child in pair})
        assert dialog.rows() == expected, finding.key
        dialog.close()
        QApplication.processEvents()
