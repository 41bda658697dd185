"""Dates and numbers on screen follow the interface language, in the digits the user prefers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from cl_desktop.services.lists import BIRTH_DATE, Column
from cl_desktop.ui import i18n, settings
from cl_desktop.ui.models.cells import cell_text

NUMBER = Column("n", "Count", "number")
MONEY = Column("m", "Amount", "money")


@pytest.fixture
def restore_language(qapp: Any) -> Iterator[None]:
    yield
    i18n.install(qapp, "en", khmer_digits=False)


@pytest.mark.parametrize(
    ("lang", "khmer", "date", "number", "money"),
    [
        ("en", False, "30/09/2008", "5,860", "1,234,568"),
        ("ru", False, "30.09.2008", "5\u00a0860", "1\u00a0234\u00a0568"),
        ("km", False, "30/09/2008", "5.860", "1.234.568"),
        ("km", True, "៣០/០៩/២០០៨", "៥.៨៦០", "១.២៣៤.៥៦៨"),
        ("ru", True, "30.09.2008", "5\u00a0860", "1\u00a0234\u00a0568"),  # Khmer digits only in Khmer
    ],
)
def test_list_cells(
    qapp: Any, restore_language: None, lang: str, khmer: bool, date: str, number: str, money: str
) -> None:
    i18n.install(qapp, lang, khmer_digits=khmer)
    assert cell_text(BIRTH_DATE, "2008-09-30", {}) == date
    assert cell_text(BIRTH_DATE, "2008-09-30T10:11:12", {}) == date
    assert cell_text(NUMBER, 5860, {}) == number
    assert cell_text(MONEY, 1234567.6, {}) == money
    assert cell_text(BIRTH_DATE, "not a date", {}) == "not a date"


def test_dates_in_words(qapp: Any, restore_language: None) -> None:
    i18n.install(qapp, "ru")
    assert i18n.date_text("2008-09-30", numeric=False) == "30 сентября 2008\u00a0г."
    i18n.install(qapp, "km", khmer_digits=True)
    assert i18n.date_text("2008-09-30", numeric=False) == "៣០ កញ្ញា ២០០៨"
    assert i18n.percent(72.4) == "៧២%"


def test_settings_page_keeps_the_digits_choice(qtbot: Any) -> None:
    from cl_desktop.ui.pages.settings import LanguageView

    view = LanguageView()
    qtbot.addWidget(view)
    assert view.digits.currentData() == "latin"
    view.digits.setCurrentIndex(view.digits.findData("khmer"))
    assert settings.get("ui/digits") == "khmer"


def test_set_language_applies_the_digits(qapp: Any, restore_language: None) -> None:
    from cl_desktop.ui.app import set_language

    settings.put("ui/language", "km")
    settings.put("ui/digits", "khmer")
    assert set_language() == "km"
    assert i18n.khmer_digits() and i18n.number(2008) == "២.០០៨"
    settings.put("ui/digits", "latin")
    set_language()
    assert i18n.number(2008) == "2.008"


def test_first_run_offers_the_language(qapp: Any, qtbot: Any, tmp_path: Path, restore_language: None) -> None:
    from cl_desktop.ui.wizard import FirstRunWizard, provinces

    wizard = FirstRunWizard(tmp_path / "new.sqlite")
    qtbot.addWidget(wizard)
    page = wizard.choice_page
    assert [page.language.itemData(i) for i in range(page.language.count())] == ["en", "km", "ru"]
    assert page.digits.isHidden()
    results: list[int] = []
    wizard.finished.connect(results.append)
    page.language.setCurrentIndex(page.language.findData("ru"))
    assert results == [FirstRunWizard.LANGUAGE_CHANGED]
    assert settings.get("ui/language") == "ru" and i18n.current() == "ru"
    again = FirstRunWizard(tmp_path / "new.sqlite")
    qtbot.addWidget(again)
    assert again.choice_page.language.currentData() == "ru"
    assert isinstance(again, QWizard)
    # Province names in the chosen language (Cyrillic for Russian).
    assert any("Пномпень" in name for _, name in provinces("ru"))


def test_reports_page_passes_the_digits(qapp: Any, qtbot: Any, ctx: Any, restore_language: None) -> None:
    from cl_desktop.ui.bus import DataBus
    from cl_desktop.ui.pages.reports import ReportsPage
    from cl_desktop.ui.tasks import SyncTasks

    i18n.install(qapp, "km", khmer_digits=True)
    page = ReportsPage(ctx, DataBus(), SyncTasks())
    qtbot.addWidget(page)
    assert page.language.currentData() == "km" and page.khmer_digits.isChecked()
    assert page.options().khmer_digits
    page.language.setCurrentIndex(page.language.findData("en"))
    assert not page.khmer_digits.isEnabled() and not page.options().khmer_digits


def test_child_record_explains_in_the_language(qapp: Any, qtbot: Any, ctx: Any, restore_language: None) -> None:
    import re

    from cl_desktop.ui.bus import DataBus
    from cl_desktop.ui.record.child_view import ChildRecordView

    i18n.install(qapp, "ru")
    child = ctx.db.execute(
        "SELECT id FROM children WHERE deleted = 0 AND outcome = 'withdrawn' ORDER BY case_number LIMIT 1"
    ).fetchone()[0]
    view = ChildRecordView(ctx, DataBus(), child)
    qtbot.addWidget(view)
    reason = view.outcome.text().split("<br>", 1)[1]
    assert re.search("[а-я]{4}", reason) and "withdrawn" not in reason
    assert not re.search(r"\d{4}-\d{2}-\d{2}", reason), reason  # dates as Russian writes them


def test_sign_in_shows_the_language_on_screen(qapp: Any, qtbot: Any, ctx: Any, restore_language: None) -> None:
    from cl_desktop.ui.login import LoginDialog

    i18n.install(qapp, "ru")
    dialog = LoginDialog(ctx.db)
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() == "ru"
    dialog.user_edit.setText("admin")
    dialog.password_edit.setText("admin")
    dialog.try_sign_in()
    assert dialog.actor is None and "демонстрационный пароль" in dialog.message.text()  # the demo's password
    dialog.try_sign_in()
    assert dialog.actor is not None
    assert settings.get("ui/language") == ""  # untouched: the account's language still decides
    again = LoginDialog(ctx.db)
    qtbot.addWidget(again)
    again.language_box.setCurrentIndex(again.language_box.findData("km"))
    again.user_edit.setText("admin")
    again.password_edit.setText("admin")
    again.try_sign_in()
    again.try_sign_in()
    assert settings.get("ui/language") == "km"


def test_timestamps(qapp: Any, restore_language: None) -> None:
    i18n.install(qapp, "ru")
    assert i18n.timestamp_text("2026-11-20T10:15:00Z") == "20.11.2026 10:15"
    i18n.install(qapp, "km", khmer_digits=True)
    assert i18n.timestamp_text("2026-11-20T10:15:00Z") == "២០/១១/២០២៦ ១០:១៥"
    assert i18n.timestamp_text("2026-11-20") == "២០/១១/២០២៦"
    assert i18n.timestamp_text(None) == ""


def test_dashboard_findings_in_the_language(qapp: Any, restore_language: None) -> None:
    import re

    from cl_desktop.figures.quality import Finding
    from cl_desktop.ui.pages.dashboard import _finding_text

    finding = Finding("missing", "error", "1,234 children without consent", 1234)
    assert _finding_text(finding) == "Children without consent: 1,234"  # label then figure: right for 1 too
    i18n.install(qapp, "ru")
    text = _finding_text(finding)
    assert re.search("[а-я]{4}", text) and text.endswith(": 1\u00a0234")


def test_the_account_language_applies_when_none_is_chosen(qapp: Any, ctx: Any, restore_language: None) -> None:
    from cl_desktop.security.roles import Actor, Role
    from cl_desktop.ui.app import account_language, set_language

    ctx.db.execute("UPDATE users SET language = 'km' WHERE username = 'clerk'")
    clerk = Actor(username="clerk", role=Role.CLERK, office="HQ")
    assert account_language(ctx.db, clerk) == "km"
    assert set_language(account_language(ctx.db, clerk)) == "km"
    settings.put("ui/language", "ru")  # a choice made on this computer wins
    assert set_language(account_language(ctx.db, clerk)) == "ru"
    assert account_language(ctx.db, Actor(username="nobody", role=Role.CLERK, office="HQ")) == ""
