"""Every window fits a 1024×600 netbook in English, Khmer and Russian; texts that do not fit wrap or say
themselves in a tooltip; dates are written one way (issue 18, items 19, 20 and 21)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from cl_desktop.services.children import Children
from cl_desktop.ui import i18n
from cl_desktop.ui.main_window import MINIMUM_SIZE, MainWindow, first_size
from cl_desktop.ui.tasks import SyncTasks

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"
NETBOOK = QSize(1024, 600)
# The netbook's screen less the window's frame and title bar.
ROOM = QSize(1024 - 16, 600 - 48)
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.fixture(params=["en", "km", "ru"])
def language(request: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Iterator[str]:
    lang = request.param
    if lang != "en":
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run(
            [
                str(lrelease),
                "-silent",
                str(TRANSLATIONS / f"cl_desktop_{lang}.ts"),
                "-qm",
                str(tmp_path / f"{lang}.qm"),
            ],
            check=True,
        )
        monkeypatch.setattr(i18n, "catalogue", lambda code: tmp_path / f"{code}.qm")
    i18n.install(qapp, lang)
    yield lang
    i18n.install(qapp, "en")


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_the_first_window_fits_the_screen_it_opens_on() -> None:
    assert first_size(QSize(1920, 1080)) == QSize(1280, 760)
    laptop = first_size(QSize(1366, 768))
    assert laptop.height() <= 768 - 40 and laptop.width() == 1280  # the status bar stays on the screen
    netbook = first_size(NETBOOK)
    assert netbook.width() <= ROOM.width() and netbook.height() <= ROOM.height()
    assert MINIMUM_SIZE.width() <= ROOM.width() and MINIMUM_SIZE.height() <= ROOM.height()


def test_every_page_fits_a_netbook_in_each_language(language: str, qtbot: Any, ctx: Any, demo_path: Path) -> None:
    window = MainWindow(ctx, tasks=SyncTasks(), db_path=demo_path)
    qtbot.addWidget(window)
    window.resize(ROOM)
    window.show()
    too_big = []
    for key in window.page_keys():
        window.show_page(key)
        settle()
        hint = window.minimumSizeHint()
        if hint.width() > ROOM.width() or hint.height() > ROOM.height():
            too_big.append(f"{key}: {hint.width()}×{hint.height()}")
    assert too_big == [], language
    assert window.size() == ROOM  # nothing forced the window larger than the netbook's screen


def test_dashboard_cards_wrap_onto_rows_and_show_their_whole_caption_at_1024(
    language: str, qtbot: Any, ctx: Any, demo_path: Path
) -> None:
    window = MainWindow(ctx, tasks=SyncTasks(), db_path=demo_path)
    qtbot.addWidget(window)
    window.resize(ROOM)
    window.show()
    page = window.show_page("dashboard")
    page.select_project("KH-WFCL")
    settle()
    assert page.card_columns == 3  # five cards in a row do not fit beside the sidebar
    for card in page.cards:
        for label in (card.caption, card.value, card.detail):
            # A wrapped label is given the height its text needs at its width: nothing cut at the bottom.
            needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
            assert label.height() >= needed, (language, card.objectName(), label.text())
        assert card.value.text() in card.toolTip()
    window.resize(QSize(1366 - 16, 768 - 48))
    settle()
    assert page.card_columns == len(page.cards)  # all in one row


def test_cut_filters_and_programme_codes_say_themselves_whole_in_tooltips(
    qtbot: Any, window: Any, click_page: Any
) -> None:
    page = click_page("children")
    combo: QComboBox = page.filters["programme"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == 1 and combo.currentText() in combo.toolTip()
    assert page.search.toolTip().startswith("Search by name")
    model = page.model
    column = model.column_index("programme")
    code = model.index(0, column).data()
    tip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"{code} — ") and len(tip) > len(code) + 5  # the programme's title, not its code only
    header_tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header_tip == model.headerData(column, Qt.Orientation.Horizontal)


def test_the_case_number_column_widens_for_longer_numbers_found_later(
    qtbot: Any, window: Any, click_page: Any, ctx: Any
) -> None:
    page = click_page("children")
    column = page.model.column_index("case_number")
    header = page.view.horizontalHeader()
    before = header.sectionSize(column)
    longest = ctx.db.execute("SELECT case_number FROM children ORDER BY length(case_number) DESC LIMIT 1").fetchone()[0]
    qtbot.keyClicks(page.search, longest)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    needed = page.view.fontMetrics().horizontalAdvance(longest)
    assert header.sectionSize(column) >= min(needed + 8, 280) and header.sectionSize(column) >= before


def test_the_status_bar_cuts_its_texts_with_the_whole_in_tooltips(qtbot: Any, window: Any) -> None:
    window.resize(ROOM)
    settle()
    label = window.office_label
    assert label.toolTip() == label.text() and label.text().startswith("Office:")
    bar = window.statusBar()
    assert bar.geometry().bottom() <= ROOM.height()


def test_rule_texts_history_and_tables_write_dates_one_way(qtbot: Any, window: Any, ctx: Any) -> None:
    from cl_desktop.ui.record.child_view import ChildRecordView

    child = ctx.db.execute(
        "SELECT id, intake_date FROM children WHERE outcome = 'withdrawn' AND deleted = 0 LIMIT 1"
    ).fetchone()
    Children(ctx).update(child[0], {"guardian_name": "Sok Dara", "consent_date": child[1]})
    view = ChildRecordView(ctx, window.bus, child[0])
    qtbot.addWidget(view)
    view.show()
    settle()
    assert not ISO.search(view.outcome.text()), view.outcome.text()  # "30 September 2011", not "2011-09-30"
    assert not ISO.search(view.classification.text()), view.classification.text()
    history = view.history_table
    model = history.model()
    shown = [model.index(r, c).data() for r in range(model.rowCount()) for c in (0, 3)]
    assert shown and not any(ISO.search(text or "") for text in shown), shown


def test_a_conflicting_time_shows_as_the_interface_writes_times() -> None:
    from cl_desktop.ui.pages.sync import _show

    shown = _show("2026-12-06T05:33:03.422Z")
    assert "T05" not in shown and "Z" not in shown and shown == i18n.timestamp_text("2026-12-06T05:33:03.422Z")
    assert _show("2012-09-30") == i18n.date_text("2012-09-30")
    assert _show("2012-09-30 was the visit") == "2012-09-30 was the visit"  # a note is left as it is


def test_a_bar_says_its_whole_label_in_its_tooltip(qtbot: Any) -> None:
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from cl_desktop.ui.charts import TOTAL, Bar, BarChart

    chart = BarChart("Withdrawn and prevented by action programme, against target")
    qtbot.addWidget(chart)
    chart.resize(320, 200)
    chart.set_bars([Bar("KH-WFCL-AP01", [(12, TOTAL)], 20, hint="KH-WFCL-AP01 — Brick kilns of Kandal")])
    chart.show()
    row = chart.rows[0]
    pos = QPoint(int(row.center().x()), int(row.center().y()))
    QApplication.sendEvent(chart, QHelpEvent(QHelpEvent.Type.ToolTip, pos, chart.mapToGlobal(pos)))
    assert "Brick kilns of Kandal" in QToolTip.text()
    QToolTip.hideText()
