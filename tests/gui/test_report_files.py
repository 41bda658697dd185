"""Reports page files: the proposed name follows every choice, nothing is replaced without asking, the
default folder is made (or another one used) and the window says where the file went and when it cannot
be opened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context
from cl_desktop.store import open_database
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.pages.reports import ReportsPage
from cl_desktop.ui.tasks import SyncTasks

# Offscreen Qt has no desktop services: opening a file or folder fails there as on a laptop without a
# PDF viewer or file manager, and Qt says so only on stderr (the page's job is to say it in the window).
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support QPlatformServices"
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of a fresh office laptop: no Documents folder yet."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


@pytest.fixture
def page(qtbot: Any, demo_path: Path, home: Path) -> Iterator[ReportsPage]:
    db = open_database(demo_path)
    ctx = Context(db, Actor(username="coordinator", role=Role.COORDINATOR, office="HQ"))
    widget = ReportsPage(ctx, DataBus(), SyncTasks())
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    db.close()


def choose(qtbot: Any, combo: Any, data: Any) -> None:
    """Pick an entry the way a user does: focus the combo and press keys until it is current."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def answer_next_question(qtbot: Any, button: str) -> list[str]:
    """Click ``button`` (an object name) in the next message box; returns its text for the test to read."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        if button == "cancel":
            target = box.button(QMessageBox.StandardButton.Cancel)
        else:
            target = box.findChild(QPushButton, button)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
    return seen


def pdf_text(path: Path) -> str:
    return " ".join((PdfReader(str(path)).pages[0].extract_text() or "").split())


def test_the_name_follows_kind_project_period_child_and_language(qtbot: Any, page: ReportsPage, home: Path) -> None:
    choose(qtbot, page.kind, "tpr")
    choose(qtbot, page.project, "KH-WFCL")
    first = Path(page.output.text())
    assert first.parent == home / "Documents"
    assert first.name.startswith("tpr-KH-WFCL-") and first.name.endswith("-en.pdf")
    period = page.period.currentData()
    assert period in first.name
    other = next(page.period.itemData(i) for i in range(page.period.count()) if page.period.itemData(i) != period)
    choose(qtbot, page.period, other)
    assert Path(page.output.text()).name == f"tpr-KH-WFCL-{other}-en.pdf"
    choose(qtbot, page.language, "ru")
    assert Path(page.output.text()).name == f"tpr-KH-WFCL-{other}-ru.pdf"
    choose(qtbot, page.kind, "child")
    assert Path(page.output.text()).name == "child-child-ru.pdf"
    qtbot.keyClicks(page.child, "KH-BTB-000001")
    assert Path(page.output.text()).name == "child-KH-BTB-000001-ru.pdf"
    choose(qtbot, page.kind, "summary")
    assert Path(page.output.text()).name == "summary-KH-WFCL-ru.pdf"


def test_the_folder_chosen_stays_while_the_name_follows(qtbot: Any, page: ReportsPage, tmp_path: Path) -> None:
    chosen = tmp_path / "stick"
    page.output.selectAll()
    qtbot.keyClicks(page.output, str(chosen / "mine.pdf"))
    choose(qtbot, page.kind, "quality")
    assert Path(page.output.text()).parent == chosen
    assert Path(page.output.text()).name.startswith("quality-")


def test_two_kinds_in_a_row_make_two_files_neither_overwritten(
    qtbot: Any, page: ReportsPage, tmp_path: Path, home: Path
) -> None:
    choose(qtbot, page.kind, "summary")
    choose(qtbot, page.project, "KH-WFCL")
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    summary = Path(page.output.text())
    assert summary.parent == home / "Documents"  # made on the fresh laptop
    assert "withdrew 5,860 children" in pdf_text(summary)
    before = summary.read_bytes()

    choose(qtbot, page.kind, "child")
    qtbot.keyClicks(page.child, "KH-BTB-000001")
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    profile = Path(page.output.text())
    assert profile != summary and profile.name == "child-KH-BTB-000001-en.pdf"
    assert profile.exists() and summary.read_bytes() == before
    assert "KH-BTB-000001" in pdf_text(profile)
    assert sorted(p.name for p in summary.parent.iterdir()) == sorted([summary.name, profile.name])
    # The window says where the file went.
    assert str(profile) in page.notice.label.text() and page.notice.isVisible()


def test_an_existing_file_is_replaced_only_when_the_user_says_so(qtbot: Any, page: ReportsPage) -> None:
    choose(qtbot, page.kind, "quality")
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    first = Path(page.output.text())
    original = first.read_bytes()

    seen = answer_next_question(qtbot, "cancel")
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    assert first.name in seen[0] and "already exists" in seen[0]
    assert first.read_bytes() == original and list(first.parent.iterdir()) == [first]
    assert "Nothing was written" in page.status.text()

    answer_next_question(qtbot, "keep_both")
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    second = first.with_name(first.stem + "-2.pdf")
    assert second.exists() and first.read_bytes() == original
    assert Path(page.output.text()) == second

    choose(qtbot, page.language, "ru")
    choose(qtbot, page.language, "en")  # back to the first name
    assert Path(page.output.text()) == first
    answer_next_question(qtbot, "replace")
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in first.parent.iterdir()) == sorted([first.name, second.name])
    assert PdfReader(str(first)).pages  # rewritten whole, still a PDF


def test_a_folder_that_cannot_be_made_sends_the_file_to_one_that_exists_and_says_so(
    qtbot: Any, page: ReportsPage, tmp_path: Path, home: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page.output.selectAll()
    qtbot.keyClicks(page.output, str(blocker / "reports" / "q.pdf"))
    choose(qtbot, page.kind, "quality")
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    written = home / "Documents" / Path(page.output.text()).name
    assert written.exists() and Path(page.output.text()) == written
    text = page.notice.label.text()
    assert f"The folder {blocker / 'reports'} could not be created" in text
    assert f"the report went to {home / 'Documents'}" in text and str(written) in text


def test_opening_the_pdf_fails_visibly_and_offers_the_folder_and_the_path(qtbot: Any, page: ReportsPage) -> None:
    """Offscreen there is no desktop to open files: the same as a laptop without a PDF viewer."""
    assert page.open_when_done.isChecked()
    opened: list[tuple[str, bool]] = []
    page.notice.opened.connect(lambda path, ok: opened.append((path, ok)))
    choose(qtbot, page.kind, "quality")
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    path = Path(page.output.text())
    assert path.exists() and opened == [(str(path), False)]
    text = page.notice.label.text()
    assert "could not be opened: no application on this computer opens PDF files" in text
    assert str(path) in text
    assert page.notice.open_folder_button.isVisible() and page.notice.copy_button.isVisible()

    qtbot.mouseClick(page.notice.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == str(path)
    assert page.notice.copy_button.text() == "Path copied"

    qtbot.mouseClick(page.notice.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == (str(path.parent), False)
    assert f"No file manager opened the folder {path.parent}" in page.notice.label.text()


def test_without_opening_the_notice_says_where_the_file_is(qtbot: Any, page: ReportsPage) -> None:
    qtbot.mouseClick(page.open_when_done, Qt.MouseButton.LeftButton)
    assert not page.open_when_done.isChecked()
    choose(qtbot, page.kind, "quality")
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    path = Path(page.output.text())
    assert page.notice.label.text().startswith(f"Wrote {path} (")
    assert "could not be opened" not in page.notice.label.text()


@pytest.mark.parametrize("lang", ["en", "km", "ru"])
def test_the_referrals_register_of_an_organisation_is_printed_from_the_page(
    qtbot: Any, page: ReportsPage, home: Path, lang: str
) -> None:
    db = page.ctx.db
    code, name, count = db.execute(
        "SELECT o.code, o.name, count(*) FROM referrals r JOIN organisations o ON o.id = r.organisation_id "
        "WHERE r.deleted = 0 GROUP BY o.id ORDER BY count(*), o.code LIMIT 1"
    ).fetchone()
    choose(qtbot, page.kind, "referrals")
    assert page.organisation.isEnabled() and not page.project.isEnabled() and not page.child.isEnabled()
    # the organisations with referrals come first, with their count
    assert page.organisation.itemData(0) and f"(referrals: {count:,})" in page.organisation.itemText(
        page.organisation.findData(code)
    )
    choose(qtbot, page.organisation, code)
    choose(qtbot, page.language, lang)
    assert Path(page.output.text()).name == f"referrals-{code}-{lang}.pdf"
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    path = Path(page.output.text())
    assert path.parent == home / "Documents" and path.exists()
    reader = PdfReader(str(path))
    first = " ".join((reader.pages[0].extract_text() or "").split())
    assert code in first  # the running header names the organisation
    if lang != "km":  # shaped Khmer extracts as private-use code points
        assert name in first
    cases = [
        r[0]
        for r in db.execute(
            "SELECT c.case_number FROM referrals r JOIN children c ON c.id = r.child_id JOIN organisations o "
            "ON o.id = r.organisation_id WHERE o.code = ? AND r.deleted = 0 ORDER BY r.referral_date, r.id",
            [code],
        )
    ]
    every = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert all(case in every for case in (cases[0], cases[-1]))
    # printed again: the user is asked, and Keep both writes beside it
    seen = answer_next_question(qtbot, "keep_both")
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    assert path.name in seen[0]
    assert path.with_name(f"{path.stem}-2.pdf").exists()


def test_the_referrals_register_of_an_organisation_without_referrals_says_so(
    qtbot: Any, page: ReportsPage, tmp_path: Path
) -> None:
    from cl_desktop.services.directory import Organisations

    admin = Context(page.ctx.db, Actor(username="admin", role=Role.ADMIN, office="HQ"))
    Organisations(admin).create({"code": "ZZ-NEW", "name": "New partner", "organisation_type": "ngo"})
    page.bus.changed.emit("organisations")
    choose(qtbot, page.kind, "referrals")
    choose(qtbot, page.organisation, "ZZ-NEW")
    assert "(referrals: 0)" in page.organisation.currentText()
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    text = pdf_text(Path(page.output.text()))
    assert "New partner" in text and "No referrals" in text
