"""Settings → DHIS2 mapping edited with the keyboard, and the Kobo/ODK import dialog."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget

from cl_desktop.exchange import mapping
from cl_desktop.exchange.values import check_report
from cl_desktop.ui import i18n
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.kobo_dialog import KoboDialog
from cl_desktop.ui.pages.dhis2_mapping import Dhis2MappingView
from cl_desktop.ui.tasks import SyncTasks

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def child(widget: Any, kind: type, name: str) -> Any:
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


def edit_code(qtbot: Any, table: QTableWidget, row: int, text: str) -> None:
    table.setFocus()
    table.setCurrentCell(row, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: table.item(row, 2).text() == text)


def test_headquarters_edits_a_code_and_saves_it(qtbot: Any, demo_db: Any) -> None:
    view = Dhis2MappingView(ctx_for(demo_db))
    qtbot.addWidget(view)
    view.show()
    kind = child(view, QComboBox, "mapping_kind")
    kind.setCurrentIndex(kind.findData("data_set"))
    table = child(view, QTableWidget, "mapping_table")
    assert table.rowCount() == 1 and table.item(0, 2).text() == "CL_CHILD_LABOUR"
    edit_code(qtbot, table, 0, "KH_MOLVT_CL")
    qtbot.mouseClick(child(view, QPushButton, "mapping_save"), Qt.MouseButton.LeftButton)
    assert mapping.load(demo_db).data_set == "KH_MOLVT_CL"
    # "1 mapping row saved." once the English plural forms are installed (the app always installs them)
    assert re.search(r"\b1 mapping row(\(s\))? saved", child(view, QLabel, "mapping_message").text())


def test_a_duplicated_code_is_refused_with_its_row_and_nothing_saved(qtbot: Any, demo_db: Any) -> None:
    view = Dhis2MappingView(ctx_for(demo_db))
    qtbot.addWidget(view)
    view.show()
    kind = child(view, QComboBox, "mapping_kind")
    kind.setCurrentIndex(kind.findData("data_element"))
    table = child(view, QTableWidget, "mapping_table")
    other = table.item(1, 2).text()
    edit_code(qtbot, table, 0, other)
    qtbot.mouseClick(child(view, QPushButton, "mapping_save"), Qt.MouseButton.LeftButton)
    assert "Row 1: the code" in child(view, QLabel, "mapping_message").text()
    assert demo_db.execute("SELECT count(*) FROM dhis2_mappings").fetchone()[0] == 0


def test_an_office_sees_the_mapping_read_only(qtbot: Any, office_db: Any) -> None:
    view = Dhis2MappingView(ctx_for(office_db))
    qtbot.addWidget(view)
    assert not child(view, QPushButton, "mapping_save").isEnabled()
    assert "Headquarters keeps" in child(view, QLabel, "mapping_message").text()


def test_the_kobo_dialog_checks_then_imports(qtbot: Any, demo_db: Any, tmp_path: Path) -> None:
    programme, village = demo_db.execute(
        "SELECT ap.code, l.code FROM children c JOIN action_programmes ap ON ap.id = c.programme_id "
        "JOIN locations l ON l.id = c.location_id WHERE ap.code LIKE 'KH-WFCL-%' LIMIT 1"
    ).fetchone()
    export = tmp_path / "kobo.csv"
    header = "name,sex,birth_date,programme,village,intake_date,guardian_name,guardian_relation,consent,"
    header += "consent_date,working,school_status,_uuid\n"
    good = f"Dialog Child,F,2000-02-02,{programme},{village},2010-06-15,Mother,mother,yes,2010-06-15,no,"
    export.write_text(
        header + good + "dropped_out,k-1\n" + good.replace("2000", "2009") + "dropped_out,k-2\n", encoding="utf-8"
    )
    bus = DataBus()
    changed: list[str] = []
    bus.changed.connect(changed.append)
    dialog = KoboDialog(ctx_for(demo_db), bus, SyncTasks())
    qtbot.addWidget(dialog)
    dialog.show()
    file = child(dialog, QLineEdit, "kobo_file")
    qtbot.keyClicks(file, str(export))
    qtbot.mouseClick(child(dialog, QPushButton, "kobo_check"), Qt.MouseButton.LeftButton)
    assert "row 3, column “birth_date”" in child(dialog, QPlainTextEdit, "kobo_errors").toPlainText()
    assert not child(dialog, QPushButton, "kobo_import").isEnabled()
    export.write_text(header + good + "dropped_out,k-1\n", encoding="utf-8")
    qtbot.mouseClick(child(dialog, QPushButton, "kobo_check"), Qt.MouseButton.LeftButton)
    assert "1 to add" in child(dialog, QLabel, "kobo_summary").text()
    before = demo_db.execute("SELECT count(*) FROM children").fetchone()[0]
    qtbot.mouseClick(child(dialog, QPushButton, "kobo_import"), Qt.MouseButton.LeftButton)
    assert demo_db.execute("SELECT count(*) FROM children").fetchone()[0] == before + 1
    assert changed == ["children"]


@pytest.fixture
def russian(qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en", khmer_digits=False)


def kobo_export(demo_db: Any, path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """A Kobo CSV export of intake submissions: (key, name, sex, birth date) per row."""
    programme, village = demo_db.execute(
        "SELECT ap.code, l.code FROM children c JOIN action_programmes ap ON ap.id = c.programme_id "
        "JOIN locations l ON l.id = c.location_id WHERE ap.code LIKE 'KH-WFCL-%' LIMIT 1"
    ).fetchone()
    lines = ["name,sex,birth_date,programme,village,intake_date,guardian_name,guardian_relation,consent,"
             "consent_date,working,school_status,_uuid"]  # fmt: skip
    for key, name, sex, born in rows:
        lines.append(f"{name},{sex},{born},{programme},{village},2010-06-15,Mother,mother,yes,2010-06-15,no,"
                     f"dropped_out,{key}")  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_kobo_dialog_shows_a_files_problems_in_the_users_language(
    qtbot: Any, demo_db: Any, tmp_path: Path, russian: None
) -> None:
    rows = [("k-1", "Child", "F", "2009-02-02"), ("k-2", "", "F", "2000-01-01"), ("k-1", "Other", "M", "2000-01-01")]
    export = kobo_export(demo_db, tmp_path / "kobo.csv", rows)
    dialog = KoboDialog(ctx_for(demo_db), DataBus(), SyncTasks())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(child(dialog, QLineEdit, "kobo_file"), str(export))
    qtbot.mouseClick(child(dialog, QPushButton, "kobo_check"), Qt.MouseButton.LeftButton)
    text = child(dialog, QPlainTextEdit, "kobo_errors").toPlainText()
    assert "строка 2, столбец «birth_date»" in text  # the file's column names stay as they are
    assert "возраст ребенка должен быть от 5 до 17" in text  # "the child must be aged 5-17 at intake"
    assert "строка 4, столбец «_uuid»: анкета k-1 есть также в строке 2." in text
    assert "строка 3, столбец «name»: name: обязательное поле." in text
    assert "row " not in text and "is required" not in text
    export.write_text("name,sex\nA,F\n", encoding="utf-8")
    qtbot.mouseClick(child(dialog, QPushButton, "kobo_check"), Qt.MouseButton.LeftButton)
    assert "нет столбца с идентификатором" in child(dialog, QLabel, "kobo_summary").text()


def test_a_held_submission_is_reviewed_in_the_kobo_dialog(qtbot: Any, demo_db: Any, tmp_path: Path) -> None:
    existing = next(
        demo_db.query(
            "SELECT c.* FROM children c JOIN action_programmes ap ON ap.id = c.programme_id "
            "WHERE ap.code LIKE 'KH-WFCL-%' AND c.deleted = 0 LIMIT 1"
        )
    )
    export = kobo_export(demo_db, tmp_path / "kobo.csv", [("k-9", existing["name"], existing["sex"], "2000-02-02")])
    demo_db.execute("UPDATE children SET birth_date = '2000-02-02' WHERE id = ?", [existing["id"]])
    location = demo_db.execute(
        "SELECT l.id FROM locations l WHERE l.code = ?", [export.read_text().splitlines()[1].split(",")[4]]
    ).fetchone()[0]
    demo_db.execute("UPDATE children SET location_id = ? WHERE id = ?", [location, existing["id"]])
    demo_db.conn.commit()
    bus = DataBus()
    changed: list[str] = []
    bus.changed.connect(changed.append)
    dialog = KoboDialog(ctx_for(demo_db), bus, SyncTasks())
    qtbot.addWidget(dialog)
    dialog.show()
    table = child(dialog, QTableWidget, "kobo_held")
    assert table.isHidden() and "No submission waits" in child(dialog, QLabel, "kobo_held_label").text()
    qtbot.keyClicks(child(dialog, QLineEdit, "kobo_file"), str(export))
    qtbot.mouseClick(child(dialog, QPushButton, "kobo_check"), Qt.MouseButton.LeftButton)
    assert "1 to hold for review" in child(dialog, QLabel, "kobo_summary").text()
    before = demo_db.execute("SELECT count(*) FROM children").fetchone()[0]
    qtbot.mouseClick(child(dialog, QPushButton, "kobo_import"), Qt.MouseButton.LeftButton)
    assert demo_db.execute("SELECT count(*) FROM children").fetchone()[0] == before  # held, not inserted
    assert not table.isHidden() and table.rowCount() >= 1
    assert existing["case_number"] in table.item(0, 5).text()
    same = child(dialog, QPushButton, "kobo_held_same")
    assert not same.isEnabled()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the first line
    assert table.currentRow() == 0 and same.isEnabled()
    qtbot.mouseClick(same, Qt.MouseButton.LeftButton)
    assert demo_db.execute("SELECT count(*) FROM children").fetchone()[0] == before
    assert table.rowCount() == 0 and "nothing was added" in child(dialog, QLabel, "kobo_summary").text()
    assert changed == ["children"]
    qtbot.mouseClick(child(dialog, QPushButton, "kobo_check"), Qt.MouseButton.LeftButton)
    assert "1 already imported" in child(dialog, QLabel, "kobo_summary").text()


def test_the_export_check_is_run_from_settings_and_saved_as_the_command_line_reports_it(
    qtbot: Any, demo_db: Any, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    from PySide6.QtWidgets import QFileDialog

    mapping.save(ctx_for(demo_db), [(1, mapping.Row("data_element", "withdrawn", "", ""))])  # a figure without code
    view = Dhis2MappingView(ctx_for(demo_db))
    qtbot.addWidget(view)
    view.show()
    save = child(view, QPushButton, "mapping_check_save")
    assert not save.isEnabled() and "Run the check first" in save.toolTip()
    project = child(view, QComboBox, "mapping_check_project")
    project.setFocus()
    while project.currentData() != "KH-WFCL":
        qtbot.keyClick(project, Qt.Key.Key_Down)
    qtbot.mouseClick(child(view, QPushButton, "mapping_check"), Qt.MouseButton.LeftButton)
    assert "have no code" in child(view, QLabel, "mapping_check_summary").text()
    shown = child(view, QPlainTextEdit, "mapping_check_report").toPlainText()
    out = tmp_path / "check.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert out.read_text(encoding="utf-8") == shown
    assert "saved to" in child(view, QLabel, "mapping_check_summary").text()
    cli = subprocess.run(
        [sys.executable, "-m", "cl_desktop", "export", "adx", "--db", str(demo_path), "--project", "KH-WFCL",
         "-o", str(tmp_path / "x.xml")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert cli.returncode == 1 and not (tmp_path / "x.xml").exists()
    stderr = [line.removeprefix("cl-desktop: ") for line in cli.stderr.splitlines()]
    problems = [line for line in shown.splitlines() if line.startswith(("error:", "warning:"))]
    assert problems and problems == stderr[: len(problems)]  # the same report as the command line's


@pytest.fixture
def khmer(qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "km")
    yield
    i18n.install(qapp, "en", khmer_digits=False)


def test_the_kobo_dialog_says_why_the_spreadsheet_reader_refuses_a_file_in_the_users_language(
    qtbot: Any, demo_db: Any, tmp_path: Path, russian: None
) -> None:
    dialog = KoboDialog(ctx_for(demo_db), DataBus(), SyncTasks())
    qtbot.addWidget(dialog)
    dialog.show()
    file, check = child(dialog, QLineEdit, "kobo_file"), child(dialog, QPushButton, "kobo_check")
    summary = child(dialog, QLabel, "kobo_summary")
    before = demo_db.execute("SELECT count(*) FROM children").fetchone()[0]
    cases = [
        ("damaged.xlsx", b"PK\x03\x04 not really a zip", "damaged.xlsx — не читаемая книга Excel (.xlsx)."),
        ("latin1.csv", "name,_uuid\nJosé Müller,k-1\n".encode("latin-1"), "latin1.csv — не текст в UTF-8"),
        ("old.xls", b"\xd0\xcf\x11\xe0 an old workbook", "old.xls: сохраните лист как .xlsx или CSV (UTF-8)"),
        ("wide.csv", (",".join(f"c{i}" for i in range(1200)) + "\n").encode(), "строка 1: больше 500 столбцов"),
    ]
    for name, data, expected in cases:
        (tmp_path / name).write_bytes(data)
        file.clear()
        qtbot.keyClicks(file, str(tmp_path / name))
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
        assert expected in summary.text(), (name, summary.text())
        assert not child(dialog, QPushButton, "kobo_import").isEnabled()
    file.clear()
    qtbot.keyClicks(file, str(tmp_path / "absent.csv"))
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert "absent.csv" in summary.text() and "не найден" in summary.text()
    assert demo_db.execute("SELECT count(*) FROM children").fetchone()[0] == before


def test_the_spreadsheet_import_says_why_a_file_is_refused_in_khmer(
    qtbot: Any, demo_db: Any, tmp_path: Path, khmer: None
) -> None:
    from cl_desktop.ui.import_dialog import ImportDialog

    dialog = ImportDialog(ctx_for(demo_db), DataBus(), SyncTasks())
    qtbot.addWidget(dialog)
    dialog.show()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    qtbot.keyClicks(child(dialog, QLineEdit, "file"), str(bad))
    qtbot.mouseClick(child(dialog, QPushButton, "check"), Qt.MouseButton.LeftButton)
    assert child(dialog, QLabel, "summary").text() == "bad.xlsx មិនមែនជាសៀវភៅបញ្ជី Excel (.xlsx) ទេ; វាប្រហែលជាខូច។"


def run_the_check(qtbot: Any, view: Dhis2MappingView, project_code: str) -> str:
    project = child(view, QComboBox, "mapping_check_project")
    project.setFocus()
    while project.currentData() != project_code:
        qtbot.keyClick(project, Qt.Key.Key_Down)
    qtbot.mouseClick(child(view, QPushButton, "mapping_check"), Qt.MouseButton.LeftButton)
    return str(child(view, QPlainTextEdit, "mapping_check_report").toPlainText())


def test_the_export_check_report_is_shown_and_saved_in_the_users_language(
    qtbot: Any, demo_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, russian: None
) -> None:
    from PySide6.QtWidgets import QFileDialog

    mapping.save(ctx_for(demo_db), [(1, mapping.Row("data_element", "withdrawn", "", ""))])
    mapping.save(ctx_for(demo_db), [(1, mapping.Row("option", "sex:F", "", ""))])
    view = Dhis2MappingView(ctx_for(demo_db))
    qtbot.addWidget(view)
    view.show()
    shown = run_the_check(qtbot, view, "KH-WFCL")
    lines = shown.splitlines()
    assert lines[0] == "Проверка выгрузки в DHIS2: проект KH-WFCL, ADX"
    assert lines[1].startswith("Составлено ") and "по соответствию DHIS2" in lines[1]
    assert "ошибка: У элемента данных «withdrawn» нет кода в соответствии DHIS2 (показателей: 300)." in lines
    assert "ошибка: У варианта «F» категории sex нет кода в соответствии DHIS2 (показателей: 600)." in lines
    figures = check_report(ctx_for(demo_db), "KH-WFCL").figures
    assert figures > 0 and lines[2] == f"Значений данных со всеми нужными кодами: {i18n.number(figures)}."
    assert "Выгрузка записывается только с --allow-missing, без этих показателей." in lines
    assert not [line for line in lines if "has no code" in line or line.startswith(("error", "Made"))]
    out = tmp_path / "check.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    qtbot.mouseClick(child(view, QPushButton, "mapping_check_save"), Qt.MouseButton.LeftButton)
    assert out.read_text(encoding="utf-8") == shown  # the file says what the window said


def test_the_export_check_report_in_khmer_has_no_english_sentence(qtbot: Any, demo_db: Any, khmer: None) -> None:
    view = Dhis2MappingView(ctx_for(demo_db))
    qtbot.addWidget(view)
    view.show()
    fmt = child(view, QComboBox, "mapping_check_format")
    fmt.setCurrentIndex(fmt.findData("dhis2-json"))
    shown = run_the_check(qtbot, view, "KH-WFCL")
    assert shown.splitlines()[0] == "ការពិនិត្យការនាំចេញ DHIS2៖ គម្រោង KH-WFCL, DHIS2 dataValueSets (JSON)"
    assert "គ្មានបញ្ហាទេ៖ អាចសរសេរ និងផ្ញើឯកសារនាំចេញបាន។" in shown.splitlines()
    assert "data value" not in shown and "No problem" not in shown
