"""The children list filters extra fields as a clerk types: a number's and a date's range, the text a text
field contains, one of several choices; a range that cannot be read is one sentence in the user's language
and leaves the list as it was; a value of the wrong type in a record shows and never crashes the list."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from cl_desktop.services.custom_fields import CustomFields
from cl_desktop.ui import i18n


@pytest.fixture
def answered(ctx: Any) -> dict[str, str]:
    """Four KH-WFCL fields shown in lists, and four children's answers (the last one of the wrong types)."""
    db = ctx.db
    project = db.execute("SELECT id FROM projects WHERE code = 'KH-WFCL'").fetchone()[0]
    service = CustomFields(ctx)
    base = {"project_id": project, "form": "intake", "in_lists": True}
    service.define({**base, "code": "debt_usd", "kind": "number", "label_en": "Debt (USD)", "label_ru": "Долг (USD)"})
    service.define({**base, "code": "seen", "kind": "date", "label_en": "First seen at work"})
    service.define({**base, "code": "boat", "kind": "text", "label_en": "Boat name"})
    service.define({**base, "code": "tasks", "kind": "choices", "label_en": "Night tasks",
                    "choices": "nets=Nets;haul=Hauling"})  # fmt: skip
    cases = [
        r[0]
        for r in db.execute(
            "SELECT case_number FROM children WHERE project_id = ? AND deleted = 0 ORDER BY case_number LIMIT 4",
            [project],
        )
    ]
    answers = (
        {"debt_usd": 9, "seen": "2010-01-05", "boat": "Mekong Star", "tasks": ["nets"]},
        {"debt_usd": 10, "seen": "2010-03-01", "boat": "River Queen", "tasks": ["nets", "haul"]},
        {"debt_usd": 250, "seen": "2011-07-30", "tasks": ["haul"]},
        {"debt_usd": "lots", "seen": 20100301, "boat": 42, "tasks": {"haul": 1}},  # written around the forms
    )
    with db.conn:
        for case, custom in zip(cases, answers, strict=True):
            db.execute("UPDATE children SET custom = ? WHERE case_number = ?", [json.dumps(custom), case])
    return dict(zip(("nine", "ten", "big", "crafted"), cases, strict=True))


def shown(page: Any) -> list[str]:
    while page.model.canFetchMore():
        page.model.fetchMore()
    column = page.model.column_index("case_number")
    return sorted(page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount()))


def edit(page: Any, name: str) -> QLineEdit:
    found = page.findChild(QLineEdit, name)
    assert found is not None and found.isVisible(), name
    return found


def type_into(qtbot: Any, field: QLineEdit, text: str, *, enter: bool = True) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # as an input method sends it
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    if enter:
        qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_clerk_filters_by_a_number_range_a_date_range_a_text_and_a_choice(
    qtbot: Any, answered: dict[str, str], window: Any, click_page: Any
) -> None:
    page = click_page("children")
    every = page.model.total()
    assert page.model.column_index("custom.debt_usd") >= 0
    type_into(qtbot, edit(page, "filter_custom.debt_usd_from"), "10", enter=False)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is edit(page, "filter_custom.debt_usd_to"), "Tab goes from one end to the other"
    qtbot.keyClicks(QApplication.focusWidget(), "300")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert shown(page) == [answered["ten"], answered["big"]], "10 is above 9: numbers compared as numbers"
    type_into(qtbot, edit(page, "filter_custom.debt_usd_to"), "")
    type_into(qtbot, edit(page, "filter_custom.debt_usd_from"), "")
    assert page.model.total() == every

    type_into(qtbot, edit(page, "filter_custom.seen_from"), "01/01/2010", enter=False)
    type_into(qtbot, edit(page, "filter_custom.seen_to"), "31/12/2010")
    assert shown(page) == [answered["nine"], answered["ten"]]
    type_into(qtbot, edit(page, "filter_custom.seen_to"), "")
    type_into(qtbot, edit(page, "filter_custom.seen_from"), "")

    type_into(qtbot, edit(page, "filter_custom.boat"), "river")
    assert shown(page) == [answered["ten"]]
    type_into(qtbot, edit(page, "filter_custom.boat"), "")

    combo = page.findChild(QComboBox, "filter_custom.tasks")
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == "haul"
    assert shown(page) == [answered["ten"], answered["big"]], "a list's choice, not the crafted object's key"


def test_typing_pauses_apply_the_filter_like_the_search(
    qtbot: Any, answered: dict[str, str], window: Any, click_page: Any
) -> None:
    page = click_page("children")
    type_into(qtbot, edit(page, "filter_custom.boat"), "mekong", enter=False)
    qtbot.waitUntil(lambda: shown(page) == [answered["nine"]], timeout=3000)


def test_a_range_that_cannot_be_read_is_one_sentence_and_the_list_stays(
    qtbot: Any, answered: dict[str, str], window: Any, click_page: Any
) -> None:
    page = click_page("children")
    type_into(qtbot, edit(page, "filter_custom.debt_usd_from"), "10")
    before = shown(page)
    assert before == [answered["ten"], answered["big"]]
    type_into(qtbot, edit(page, "filter_custom.debt_usd_to"), "ten")
    error = page.findChild(QLabel, "filter_error")
    assert error.isVisible() and error.text() == "Debt (USD): “ten” is not a number."
    assert shown(page) == before
    type_into(qtbot, edit(page, "filter_custom.debt_usd_to"), "5")
    assert error.text() == "Debt (USD): the range starts after it ends."
    assert shown(page) == before
    type_into(qtbot, edit(page, "filter_custom.debt_usd_to"), "")
    assert not error.isVisible()
    type_into(qtbot, edit(page, "filter_custom.seen_from"), "31/02/2010")
    assert error.text() == "First seen at work: “31/02/2010” is not a date (write it as DD/MM/YYYY)."
    type_into(qtbot, edit(page, "filter_custom.seen_from"), "")
    assert not error.isVisible()
    assert shown(page) == before


@pytest.fixture
def russian(qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en", khmer_digits=False)


def test_the_refusal_is_in_the_users_language(
    qtbot: Any, answered: dict[str, str], russian: None, window: Any, click_page: Any
) -> None:
    page = click_page("children")
    assert edit(page, "filter_custom.debt_usd_from").placeholderText() == "Долг (USD) от"
    type_into(qtbot, edit(page, "filter_custom.debt_usd_from"), "много")
    error = page.findChild(QLabel, "filter_error")
    assert error.isVisible() and error.text() == "Долг (USD): «много» — не число."
    type_into(qtbot, edit(page, "filter_custom.debt_usd_from"), "")
    type_into(qtbot, edit(page, "filter_custom.seen_to"), "30.02.2010")
    assert error.text() == "First seen at work: «30.02.2010» — не дата (пишите её как ДД.ММ.ГГГГ)."


def test_values_of_the_wrong_type_show_as_they_are(
    qtbot: Any, answered: dict[str, str], window: Any, click_page: Any
) -> None:
    page = click_page("children")
    page.search.setText(answered["crafted"])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert shown(page) == [answered["crafted"]]
    row = {c.key: page.model.data(page.model.index(0, i)) for i, c in enumerate(page.model.columns)}
    assert row["custom.debt_usd"] == "lots"
    assert row["custom.boat"] == "42"


@pytest.mark.parametrize("lang", ["km", "ru"])
def test_the_children_list_with_typed_filters_fits_a_netbook(
    qtbot: Any, qapp: Any, answered: dict[str, str], ctx: Any, demo_path: Any, lang: str
) -> None:
    """1024×600 less the window's frame: the typed filters take their place in the filter bar's grid, which
    wraps in rows of five after the four beside the search."""
    from PySide6.QtCore import QSize

    from cl_desktop.ui.main_window import MainWindow
    from cl_desktop.ui.tasks import SyncTasks

    room = QSize(1024 - 16, 600 - 48)
    i18n.install(qapp, lang)
    try:
        window = MainWindow(ctx, tasks=SyncTasks(), db_path=demo_path)
        qtbot.addWidget(window)
        window.resize(room)
        window.show()
        window.show_page("children")
        for _ in range(5):
            QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= room.width() and hint.height() <= room.height()
        page = window.current_page()
        for name in ("filter_custom.debt_usd_from", "filter_custom.debt_usd_to", "filter_custom.boat"):
            assert edit(page, name).width() >= 50, name
        assert page.view.height() >= 150, "rows of the list stay in sight under the filters"
    finally:
        i18n.install(qapp, "en", khmer_digits=False)
