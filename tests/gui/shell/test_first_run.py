"""The first-start wizard: joining headquarters with a setup file, Back, the password policy, the first
account as administrator and an office code checked against its province (issue 18, item 22)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from cl_desktop.security.passwords import password_problem
from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.accounts import authenticate
from cl_desktop.services.context import Context
from cl_desktop.services.projects import Projects
from cl_desktop.services.setup import create_database
from cl_desktop.store import open_database
from cl_desktop.sync.setup_file import add_office
from cl_desktop.ui.tasks import SyncTasks
from cl_desktop.ui.wizard import FirstRunWizard


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cl_desktop.sync.keys.SCRYPT_N", 1 << 10)


def click(qtbot: Any, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def wizard_at_office_page(qtbot: Any, path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(path, SyncTasks())
    qtbot.addWidget(wizard)
    wizard.show()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.office_page
    return wizard


def fill_office(qtbot: Any, page: Any, code: str, province: str, password: str) -> None:
    qtbot.keyClicks(page.code, code)
    qtbot.keyClicks(page.name, "Battambang office")
    page.province.setCurrentIndex(page.province.findData(province))
    qtbot.keyClicks(page.username, "sokha")
    qtbot.keyClicks(page.password, password)
    qtbot.keyClicks(page.password2, password)


def test_the_password_policy_refuses_short_named_common_and_run_passwords() -> None:
    assert password_problem("sokha", "pw12") == "short"
    assert password_problem("sokha", "sokha-2026-pnp") == "name"
    assert password_problem("admin", "Password123") == "common"
    assert password_problem("sokha", "aaaaaaaaaaaa") == "repeated"
    assert password_problem("sokha", "0123456789") in ("common", "repeated")
    assert password_problem("sokha", "mekong river 1") is None


def test_a_weak_password_is_refused_with_its_reason_and_no_file_is_made(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    wizard = wizard_at_office_page(qtbot, path)
    page = wizard.office_page
    fill_office(qtbot, page, "KH-BTB", "KH-2", "secret1")
    assert "10" in page.password_hint.text()  # said while typing, before Finish
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert "10" in page.error.text() and not path.exists()
    for field in (page.password, page.password2):
        field.clear()
        qtbot.keyClicks(field, "sokha sokha sokha")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert "user name" in page.error.text() and not path.exists()


def test_the_first_account_of_a_new_office_is_its_administrator(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    wizard = wizard_at_office_page(qtbot, path)
    page = wizard.office_page
    assert "administrator" in page.role.text()
    fill_office(qtbot, page, "KH-BTB", "KH-2", "mekong river 1")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.created == path
    db = open_database(path)
    try:
        actor = authenticate(db, "sokha", "mekong river 1")
        assert actor.role == Role.ADMIN and actor.can("user.manage")
    finally:
        db.close()


def test_an_office_code_of_another_country_than_its_province_is_refused(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    wizard = wizard_at_office_page(qtbot, path)
    page = wizard.office_page
    batken = next(
        page.province.itemData(i) for i in range(page.province.count()) if "Batken" in page.province.itemText(i)
    )
    fill_office(qtbot, page, "KH-BTB", batken, "mekong river 1")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert "Batken" in page.error.text() and "KG-" in page.error.text()
    assert wizard.created is None and not path.exists()
    page.province.setCurrentIndex(page.province.findData("KH-2"))  # Battambang, Cambodia
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.created == path


def test_back_returns_to_the_choice_from_every_path(qtbot: Any, tmp_path: Path) -> None:
    wizard = wizard_at_office_page(qtbot, tmp_path / "x.sqlite")
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isVisible() and back.isEnabled()
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentPage() is wizard.choice_page
    qtbot.mouseClick(wizard.choice_page.join, Qt.MouseButton.LeftButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.join_page
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentPage() is wizard.choice_page


def test_an_office_joins_headquarters_with_its_setup_file(qtbot: Any, tmp_path: Path) -> None:
    hq = create_database(tmp_path / "hq.sqlite", office_code="HQ", office_name="Headquarters", hq=True)
    ctx = Context(hq, Actor(username="admin", role=Role.ADMIN, office="HQ"))
    Projects(ctx).create(
        {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
    )
    setup = tmp_path / "KH-BTB.setup"
    add_office(
        hq,
        code="KH-BTB",
        name="Battambang office",
        out=setup,
        user="admin",
        passphrase="lotus pond 7",
        admin="dara",
        password="dara's own pass 9",
    )
    hq.close()
    path = tmp_path / "office.sqlite"
    wizard = FirstRunWizard(path, SyncTasks())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.choice_page.join, Qt.MouseButton.LeftButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.join_page
    qtbot.keyClicks(page.file, str(setup))
    assert "KH-BTB" in page.info.text() and "HQ" in page.info.text()  # whose file it is, before the passphrase
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.keyClicks(page.passphrase, "wrong words")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert page.error.text() and wizard.created is None and not path.exists()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, "lotus pond 7")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.created == path
    db = open_database(path)
    try:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        assert meta["office_code"] == "KH-BTB" and meta["setup_from"] == "HQ"
        assert [r[0] for r in db.execute("SELECT code FROM projects")] == ["KH-T"]
        assert authenticate(db, "dara", "dara's own pass 9").office == "KH-BTB"
    finally:
        db.close()
