"""The children list says how many rows it has (exactly, when the summary knows) and Ctrl+End/Home reach its ends."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from cl_desktop.services import lists
from cl_desktop.ui import i18n
from cl_desktop.ui.models.list_model import ID_ROLE


def test_the_children_list_shows_the_exact_count_from_the_summary(qtbot: Any, window: Any, click_page: Any) -> None:
    page = click_page("children")
    exact = lists.count(page.ctx.db, "children")
    assert lists.summary_count(page.ctx.db, "children") == exact
    assert page.count_label.text() == f"{exact:,} rows"
    project = page.filters["project"]
    project.setFocus()
    qtbot.keyClick(project, Qt.Key.Key_Down)  # the first project after "All"
    in_project = lists.count(page.ctx.db, "children", lists.ListQuery(filters={"project": project.currentData()}))
    assert 0 < in_project < exact
    assert page.count_label.text() == f"{in_project:,} rows"


def test_a_search_counts_the_rows_and_says_one_row(qtbot: Any, window: Any, click_page: Any) -> None:
    page = click_page("children")
    qtbot.keyClicks(page.search, "KH-RTK-000001")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert lists.summary_count(page.ctx.db, "children", page.model.query) is None
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "1 row"


def test_ctrl_end_reaches_the_last_child_and_ctrl_home_the_first(qtbot: Any, window: Any, click_page: Any) -> None:
    page = click_page("children")
    ids = [row[0] for row in lists.iter_rows(page.ctx.db, "children")]
    assert page.model.canFetchMore() and len(ids) > page.model.rowCount()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    current = page.view.currentIndex()
    assert current.row() == len(ids) - 1
    assert current.data(ID_ROLE) == ids[-1]
    qtbot.keyClick(page.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert page.view.currentIndex().row() == 0
    assert page.view.currentIndex().data(ID_ROLE) == ids[0]


def test_the_count_follows_the_language_s_plural_rule(qtbot: Any, qapp: Any, window: Any, click_page: Any) -> None:
    page = click_page("children")
    i18n.install(qapp, "ru")
    for text, expected in (("KH-RTK-000001", "1 строка"), ("", None)):
        page.search.clear()
        qtbot.keyClicks(page.search, text)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
        if expected:
            assert page.count_label.text() == expected
    exact = lists.count(page.ctx.db, "children")
    assert page.count_label.text() == f"{i18n.number(exact)} {russian_rows(exact)}"


def russian_rows(n: int) -> str:
    """Russian's three forms: 1, 21 строка; 2-4, 22 строки; 5-20, 11-14 строк."""
    if n % 10 == 1 and n % 100 != 11:
        return "строка"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "строки"
    return "строк"
