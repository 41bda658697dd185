"""The import dialog: check a file, see each problem with its row and column, then import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for, demo_households_search
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget

from cl_desktop.services.lists import ListQuery
from cl_desktop.tabular.exporter import export_list
from cl_desktop.tabular.readers import open_table
from cl_desktop.tabular.writers import write_table
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.import_dialog import ImportDialog
from cl_desktop.ui.tasks import SyncTasks

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def setup(qtbot: Any, demo_db: Any, tmp_path: Path) -> tuple[ImportDialog, Path, list[str], list[list[Any]], list[str]]:
    path = tmp_path / "ménages ផ្ទះ.xlsx"
    export_list(demo_db, "households", path, ListQuery(search=demo_households_search(demo_db)))
    with open_table(path) as reader:
        header, rows = reader.header, [cells for _, cells in reader.rows()]
    bus = DataBus()
    changed: list[str] = []
    bus.changed.connect(changed.append)
    dialog = ImportDialog(ctx_for(demo_db), bus, SyncTasks())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, path, header, rows, changed


def widget(dialog: ImportDialog, kind: type, name: str) -> Any:
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def choose(qtbot: Any, dialog: ImportDialog, path: Path, list_name: str) -> None:
    kind = widget(dialog, QComboBox, "kind")
    kind.setCurrentIndex(kind.findText(list_name))
    file = widget(dialog, QLineEdit, "file")
    file.clear()
    file.setFocus()
    for char in str(path):  # as an input method sends it: keyClicks cannot type Khmer
        for event in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(file, QKeyEvent(event, 0, Qt.KeyboardModifier.NoModifier, char))
    assert file.text() == str(path)


def test_a_file_with_errors_shows_each_one_and_cannot_be_imported(qtbot: Any, setup: Any, demo_db: Any) -> None:
    dialog, path, header, rows, changed = setup
    rows[0][header.index("Members")] = "many"
    rows[1][header.index("Village code")] = "KH-00-NOWHERE"
    write_table(path, header, rows)
    choose(qtbot, dialog, path, "Households")
    import_button = widget(dialog, QPushButton, "import")
    assert not import_button.isEnabled()

    qtbot.mouseClick(widget(dialog, QPushButton, "check"), Qt.MouseButton.LeftButton)

    errors = widget(dialog, QTableWidget, "errors")
    found = [(errors.item(r, 0).text(), errors.item(r, 1).text()) for r in range(errors.rowCount())]
    assert found == [("2", "Members"), ("3", "Village code")]
    preview = widget(dialog, QTableWidget, "preview")
    assert preview.rowCount() == len(rows)
    assert preview.item(0, header.index("Members")).toolTip().startswith("Members")
    assert "2 problem(s)" in widget(dialog, QLabel, "summary").text()
    assert not import_button.isEnabled()
    assert changed == []


def test_a_clean_file_is_checked_then_imported(qtbot: Any, setup: Any, demo_db: Any) -> None:
    dialog, path, header, rows, changed = setup
    rows[0][header.index("Head of household")] = "Гульнара Абдыкадырова"
    write_table(path, header, rows)
    choose(qtbot, dialog, path, "Households")

    qtbot.mouseClick(widget(dialog, QPushButton, "check"), Qt.MouseButton.LeftButton)
    summary = widget(dialog, QLabel, "summary")
    assert "0 to add, 1 to update" in summary.text()
    code = rows[0][header.index("Household code")]
    assert demo_db.execute("SELECT head_name FROM households WHERE code = ?", [code]).fetchone()[0] != (
        "Гульнара Абдыкадырова"
    )

    import_button = widget(dialog, QPushButton, "import")
    assert import_button.isEnabled()
    qtbot.mouseClick(import_button, Qt.MouseButton.LeftButton)

    assert "1 updated" in summary.text()
    assert demo_db.execute("SELECT head_name FROM households WHERE code = ?", [code]).fetchone()[0] == (
        "Гульнара Абдыкадырова"
    )
    assert changed == ["households"]
    assert not import_button.isEnabled()  # a second import needs a new check


def test_an_unreadable_file_gets_one_sentence(qtbot: Any, setup: Any, tmp_path: Path) -> None:
    dialog, *_ = setup
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    choose(qtbot, dialog, bad, "Children")
    qtbot.mouseClick(widget(dialog, QPushButton, "check"), Qt.MouseButton.LeftButton)
    assert widget(dialog, QLabel, "summary").text() == "bad.xlsx is not an Excel workbook (.xlsx); it may be damaged."
    assert not widget(dialog, QPushButton, "import").isEnabled()


def test_the_check_runs_off_the_gui_thread_with_the_real_task_runner(qtbot: Any, demo_db: Any, tmp_path: Path) -> None:
    from cl_desktop.ui.tasks import Tasks

    path = tmp_path / "follow-ups.csv"
    export_list(demo_db, "follow_ups", path, ListQuery(search="KH-PNP-0000"))
    tasks = Tasks()
    dialog = ImportDialog(ctx_for(demo_db), DataBus(), tasks, kind="followups", path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(widget(dialog, QPushButton, "check"), Qt.MouseButton.LeftButton)
    summary = widget(dialog, QLabel, "summary")
    qtbot.waitUntil(lambda: "unchanged" in summary.text(), timeout=20000)
    assert "0 to add, 0 to update" in summary.text()
    assert widget(dialog, QPushButton, "import").isEnabled()
    assert tasks.wait(5000)
