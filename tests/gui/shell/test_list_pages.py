"""List pages through real widgets: search as you type, filters, sort, columns, export, open, refresh."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from cl_desktop.services import lists
from cl_desktop.ui.models.list_model import ID_ROLE, ListModel


def search(qtbot: Any, page: Any, text: str) -> list[tuple[Any, ...]]:
    """Type into the search box and press Enter (the debounce timer is skipped, not waited for)."""
    page.search.clear()
    if text.isascii():
        qtbot.keyClicks(page.search, text)
    else:  # QTest can only type ASCII; Khmer and Cyrillic arrive as an input method would insert them
        page.search.insert(text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    return page.model.rows


def column(page: Any, key: str) -> list[Any]:
    i = page.model.column_index(key) + 1
    return [row[i] for row in page.model.rows]


def test_search_finds_a_child_by_khmer_name_latin_name_and_case_number(
    qtbot: Any, window: Any, click_page: Any, ctx: Any
) -> None:
    from cl_desktop.services.children import Children

    khmer = Children(ctx).by_case("KH-RTK-000001")
    cyrillic = Children(ctx).by_case("KG-CHU-000002")["name"]
    assert khmer["name"][0] >= "\u1780" and cyrillic[0] >= "\u0400"  # the demo's names in their scripts
    page = click_page("children")
    total = page.model.total()
    for text in (khmer["name"], khmer["name_latin"].lower(), "KH-RTK-000001", cyrillic):
        rows = search(qtbot, page, text)
        assert rows, text
        assert page.view.model().rowCount() == len(rows)
        shown = {page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())}
        assert ("KH-RTK-000001" in shown) or text == cyrillic, text
        assert page.model.total() < total
        assert f"{page.model.total():,}" in page.count_label.text()
    assert "KG-CHU-000002" in column(page, "case_number")
    search(qtbot, page, "no such child xq")
    assert page.model.rowCount() == 0 and page.count_label.text().startswith("0")


def test_search_as_you_type_applies_after_a_pause(qtbot: Any, window: Any, click_page: Any) -> None:
    page = click_page("children")
    qtbot.keyClicks(page.search, "KH-RTK-000001")
    qtbot.waitUntil(lambda: page.model.query.search == "KH-RTK-000001")
    assert column(page, "case_number") == ["KH-RTK-000001"]


def test_filters_narrow_the_list_and_combine_with_search(qtbot: Any, window: Any, click_page: Any) -> None:
    page = click_page("children")
    combo = page.filters["sex"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "Female" follows "All"
    assert combo.currentData() == "F"
    assert set(column(page, "sex")) == {"F"}
    outcome = page.filters["outcome"]
    outcome.setCurrentIndex(outcome.findData("withdrawn"))
    assert set(column(page, "outcome")) == {"withdrawn"}
    girls_withdrawn = page.model.total()
    search(qtbot, page, "Chea")
    assert page.model.total() < girls_withdrawn
    assert set(column(page, "sex")) == {"F"} and set(column(page, "outcome")) == {"withdrawn"}


def test_clicking_a_header_sorts_in_the_database_and_again_reverses(qtbot: Any, window: Any, click_page: Any) -> None:
    page = click_page("children")
    header = page.view.horizontalHeader()
    section = page.model.column_index("birth_date")
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    first = [b for b in column(page, "birth_date") if b]
    assert page.model.query.sort == "birth_date"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    second = [b for b in column(page, "birth_date") if b]
    assert sorted(first) == first and sorted(second, reverse=True) == second
    assert first[0] < second[0]


def test_scrolling_fetches_more_rows_lazily(qtbot: Any, window: Any, click_page: Any) -> None:
    page = click_page("children")
    assert page.model.rowCount() == ListModel.PAGE_SIZE
    assert page.model.canFetchMore()
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > ListModel.PAGE_SIZE)
    ids = [page.model.data(page.model.index(r, 0), ID_ROLE) for r in range(page.model.rowCount())]
    assert len(ids) == len(set(ids))


def test_column_chooser_hides_a_column_and_remembers_it(qtbot: Any, window: Any, click_page: Any, ctx: Any) -> None:
    from cl_desktop.ui.pages.children import ChildrenPage

    page = click_page("children")
    section = page.model.column_index("name_latin")
    assert not page.view.isColumnHidden(section)
    menu = page.column_menu(QPoint(5, 5))
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.data() == "name_latin")
    action.trigger()
    menu.close()
    assert page.view.isColumnHidden(section)
    hidden_by_default = page.model.column_index("guardian_name")
    assert page.view.isColumnHidden(hidden_by_default)
    again = ChildrenPage(ctx, window.bus, window.tasks)
    qtbot.addWidget(again)
    assert again.view.isColumnHidden(section)


def export_via_dialog(qtbot: Any, page: Any, path: Path) -> None:
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QFileDialog, "export_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_writes_the_filtered_list_and_reads_back(
    qtbot: Any, window: Any, click_page: Any, tmp_path: Path, suffix: str
) -> None:
    page = click_page("children")
    page.filters["outcome"].setCurrentIndex(page.filters["outcome"].findData("withdrawn"))
    search(qtbot, page, "Chea")
    expected = page.model.total()
    assert 0 < expected < 14217
    path = tmp_path / f"children.{suffix}"
    with qtbot.waitSignal(page.exported) as signal:
        export_via_dialog(qtbot, page, path)
    assert signal.args == [str(path), expected]
    if suffix == "csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
    else:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        rows = [[("" if v is None else str(v)) for v in row] for row in wb.worksheets[0].iter_rows(values_only=True)]
        wb.close()
    header, body = rows[0], rows[1:]
    assert len(body) == expected
    text = " ".join(" ".join(r) for r in body)
    assert "Chea" in text or "ជា" in text
    assert any("case" in h.lower() for h in header)
    assert "Exported" in window.statusBar().currentMessage()


def test_enter_and_double_click_open_the_record(qtbot: Any, window: Any, click_page: Any, monkeypatch: Any) -> None:
    import cl_desktop.ui.forms as forms

    opened: list[tuple[str, Any]] = []
    monkeypatch.setattr(
        forms, "open_form", lambda kind, ctx, bus, parent, record_id=None, **p: opened.append((kind, record_id))
    )
    page = click_page("programmes")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    first = page.model.row_id(0)
    assert opened == [("programme", first)]
    rect = page.view.visualRect(page.model.index(1, 1))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # the view needs a press
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == ("programme", page.model.row_id(1))


def test_a_child_opens_in_the_record_view(qtbot: Any, window: Any, click_page: Any, monkeypatch: Any) -> None:
    import importlib
    import sys
    import types

    seen: list[str] = []

    fake = types.ModuleType("cl_desktop.ui.record.child_view")
    fake.open_child_record = lambda ctx, bus, child_id, parent: seen.append(child_id)  # type: ignore[attr-defined]
    importlib.import_module("cl_desktop.ui.record")
    monkeypatch.setitem(sys.modules, "cl_desktop.ui.record.child_view", fake)
    page = click_page("children")
    search(qtbot, page, "KH-RTK-000001")
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert seen == [page.model.row_id(0)]


def test_lists_refresh_when_the_bus_names_their_table(qtbot: Any, window: Any, click_page: Any, ctx: Any) -> None:
    from cl_desktop.services.children import Children

    page = click_page("children")
    search(qtbot, page, "KH-RTK-000001")
    child = Children(ctx).by_case("KH-RTK-000001")
    renamed = child["name_latin"] + " Renamed"
    Children(ctx).update(child["id"], {"name_latin": renamed}, base_version=child["version"])
    assert column(page, "name_latin") == [child["name_latin"]]
    window.bus.changed.emit("children")
    assert column(page, "name_latin") == [renamed]


@pytest.mark.parametrize("kind", lists.KINDS)
def test_every_list_model_passes_the_model_tester(qtmodeltester: Any, shared_ctx: Any, kind: str) -> None:
    model = ListModel(shared_ctx.db, kind, page_size=50)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


@pytest.mark.parametrize("kind", ["children", "services", "programmes"])
def test_a_sorted_list_model_passes_the_model_tester(qtmodeltester: Any, shared_ctx: Any, kind: str) -> None:
    model = ListModel(shared_ctx.db, kind, page_size=50)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_a_searched_and_paged_model_passes_the_model_tester(qtmodeltester: Any, shared_ctx: Any) -> None:
    model = ListModel(shared_ctx.db, "children", page_size=40)
    model.set_query(lists.ListQuery(search="Chea"))
    model.fetchMore()
    assert model.rowCount() == 80
    qtmodeltester.check(model)


def test_a_child_record_opens_in_its_own_window(qtbot: Any, window: Any, click_page: Any) -> None:
    pytest.importorskip("cl_desktop.ui.record.child_view")
    page = click_page("children")
    search(qtbot, page, "KH-RTK-000001")
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialogs = [w for w in page.findChildren(QDialog) if w.isVisible()]
    assert dialogs and dialogs[-1].isWindow()
    for d in dialogs:
        d.close()


def test_import_opens_the_spreadsheet_import_for_this_list(qtbot: Any, window: Any, click_page: Any) -> None:
    pytest.importorskip("cl_desktop.ui.import_dialog")
    page = click_page("households")
    assert page.import_button.isVisible()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QDialog, "import_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind.currentData() == "households"
    dialog.close()
    assert not click_page("programmes").import_button.isVisible()


def test_new_starts_in_the_programme_the_list_is_filtered_on(
    qtbot: Any, window: Any, click_page: Any, monkeypatch: Any
) -> None:
    import cl_desktop.ui.forms as forms

    opened: list[tuple[str, dict[str, Any]]] = []
    monkeypatch.setattr(
        forms, "open_form", lambda kind, ctx, bus, parent, record_id=None, **p: opened.append((kind, p))
    )
    page = click_page("children")
    programme = page.filters["programme"]
    programme.setCurrentIndex(1)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert opened == [("child", {"programme_id": programme.currentData()})]


def test_a_household_service_opens_in_the_household_form(
    qtbot: Any, window: Any, click_page: Any, monkeypatch: Any
) -> None:
    import cl_desktop.ui.forms as forms

    opened: list[tuple[str, Any]] = []
    monkeypatch.setattr(
        forms, "open_form", lambda kind, ctx, bus, parent, record_id=None, **p: opened.append((kind, record_id))
    )
    page = click_page("services")
    page.set_filter("service_type", "livelihood")
    assert page.model.rowCount() > 0
    assert set(column(page, "recipient")) == {"household"}
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [("household_service", page.model.row_id(0))]
    page.set_filter("service_type", "formal_education")
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened[-1] == ("service", page.model.row_id(0))
    qtbot.mouseClick(page.household_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == ("household_service", None)


def test_a_model_scrolled_to_the_end_keeps_only_the_pages_near_the_view(qtmodeltester: Any, shared_ctx: Any) -> None:
    """Every row is reachable after scrolling to the end, yet only ``KEEP_PAGES`` pages stay in memory;
    a page scrolled back to is read again from its cursor and shows the same rows."""
    model = ListModel(shared_ctx.db, "children", page_size=25)
    model.KEEP_PAGES = 3
    first = [model.data(model.index(r, 0)) for r in range(25)]
    model.fetch_all()
    assert model.rowCount() == lists.count(shared_ctx.db, "children") > 25 * 3
    assert model.pages_held() <= 3
    reads = model.reads
    assert [model.data(model.index(r, 0)) for r in range(25)] == first
    assert model.reads == reads + 1 and model.pages_held() <= 3
    ids = [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]
    assert ids == [row[0] for row in lists.iter_rows(shared_ctx.db, "children")]
    assert len(model.rows) == model.rowCount() and model.rows[-1][0] == ids[-1]
    qtmodeltester.check(model)


@pytest.mark.parametrize("lang", ["km", "ru"])
def test_sorting_by_name_shows_the_interface_language_s_script_first(shared_ctx: Any, lang: str) -> None:
    model = ListModel(shared_ctx.db, "children", lang=lang)
    model.sort(model.column_index("name"), Qt.SortOrder.AscendingOrder)
    first = model.data(model.index(0, model.column_index("name")))
    khmer = any("\u1780" <= ch <= "\u17ff" for ch in first)
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in first)
    assert khmer if lang == "km" else cyrillic, first


def test_paging_through_a_long_list_does_not_drain_the_references_to_none(shared_ctx: Any) -> None:
    """PySide6 6.12.0 took a reference to None with each void Qt call (at zero the interpreter aborts, as
    scrolling a million children did); the binding the project requires must not, page after page."""
    import sys

    model = ListModel(shared_ctx.db, "children", page_size=2)
    before = sys.getrefcount(None)
    for _ in range(600):
        model.fetchMore()
    model.set_query(lists.ListQuery(sort="name"))
    assert model.rowCount() == 2 and model.loaded == 2
    assert sys.getrefcount(None) - before > -300  # with the faulty binding: about -1,200
