"""First run: no database yet. Join headquarters with a setup file, create an office or a headquarters
database, or open the demo.

Short pages with Back and Next: what to do; then either the setup file and its passphrase (the office,
its accounts and its projects come from headquarters), or the office (code, name, province) and its
first account, the administrator, or the demo, built off the GUI thread with a progress bar
(``tasks``). The wizard only gathers input and calls ``services.sync.init_from_setup``,
``services.setup.create_database`` or ``demo.create_demo_database``.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cl_desktop.errors import KnownError
from cl_desktop.i18n.languages import names_with_english
from cl_desktop.resources import resource_path
from cl_desktop.security.passwords import MIN_LENGTH, password_problem
from cl_desktop.security.roles import Role
from cl_desktop.ui import i18n, settings
from cl_desktop.ui.fit import resize_to_fit
from cl_desktop.ui.tasks import Job, Tasks

OFFICE, HQ, DEMO, JOIN = "office", "hq", "demo", "join"


def provinces(lang: str = "en") -> list[tuple[str, str]]:
    """(code, name) of every bundled province in ``lang`` (English when it has no name there), by country."""
    with open(resource_path("reference", "locations.csv"), encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["level"] == "province"]

    def name(row: dict[str, str]) -> str:
        return row.get(f"name_{lang}") or row["name_en"]

    return [
        (r["code"], f"{name(r)} ({r['parent_code']})") for r in sorted(rows, key=lambda r: (r["parent_code"], name(r)))
    ]


def start_language() -> str:
    """Before the first start's questions: the saved language, else the computer's own (Khmer, Russian)."""
    app = QCoreApplication.instance()
    lang = _preferred_language()
    if app is not None and lang != i18n.current():
        i18n.install(app, lang, khmer_digits=settings.get("ui/digits") == "khmer")
    return lang


def _preferred_language() -> str:
    saved = str(settings.get("ui/language") or "")
    if saved:
        return saved
    system = QLocale.system().language()
    return {QLocale.Language.Khmer: "km", QLocale.Language.Russian: "ru"}.get(system, "en")


class ChoicePage(QWizardPage):
    # The user picked another interface language: the wizard reopens in it.
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to CL Desktop"))
        self.setSubTitle(self.tr("There is no database on this computer yet. What would you like to do?"))
        layout = QVBoxLayout(self)
        languages = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("first_run_language")
        for code, name in names_with_english():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.current()), 0))
        self.language.currentIndexChanged.connect(lambda _: self.language_chosen.emit(self.language.currentData()))
        languages.addRow(self.tr("&Language"), self.language)
        self.digits = QComboBox()
        self.digits.setObjectName("first_run_digits")
        self.digits.addItem(self.tr("Latin digits (0123456789)"), "latin")
        self.digits.addItem(self.tr("Khmer digits (០១២៣៤៥៦៧៨៩)"), "khmer")
        self.digits.setCurrentIndex(max(self.digits.findData(settings.get("ui/digits")), 0))
        self.digits.currentIndexChanged.connect(lambda _: settings.put("ui/digits", self.digits.currentData()))
        if i18n.current() == "km":
            languages.addRow(self.tr("&Digits"), self.digits)
        else:
            self.digits.hide()
        layout.addLayout(languages)
        self.group = QButtonGroup(self)
        self.join = QRadioButton(self.tr("&Join headquarters with a setup file (an office headquarters enrolled)"))
        self.join.setObjectName("choice_join")
        self.office = QRadioButton(self.tr("Create an &office database (district or provincial office)"))
        self.office.setObjectName("choice_office")
        self.hq = QRadioButton(self.tr("Create a &headquarters database (national project office)"))
        self.hq.setObjectName("choice_hq")
        self.demo = QRadioButton(self.tr("Open the &demo (sample projects, children and results)"))
        self.demo.setObjectName("choice_demo")
        for i, button in enumerate((self.join, self.office, self.hq, self.demo)):
            self.group.addButton(button, i)
            layout.addWidget(button)
        self.office.setChecked(True)
        layout.addStretch()

    def choice(self) -> str:
        if self.join.isChecked():
            return JOIN
        return DEMO if self.demo.isChecked() else HQ if self.hq.isChecked() else OFFICE

    def nextId(self) -> int:
        return {DEMO: FirstRunWizard.DEMO_PAGE, JOIN: FirstRunWizard.JOIN_PAGE}.get(
            self.choice(), FirstRunWizard.OFFICE_PAGE
        )


class JoinPage(QWizardPage):
    """An office headquarters enrolled: its setup file and passphrase bring the office, its accounts and
    its projects (``services.sync.init_from_setup``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Join headquarters with a setup file"))
        self.setSubTitle(
            self.tr(
                "Headquarters added this office and gave you its setup file and passphrase. The file brings "
                "the office, its user accounts and its projects."
            )
        )
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setObjectName("setup_file")
        self.browse = QPushButton(self.tr("Br&owse…"))
        self.browse.setObjectName("setup_browse")
        self.browse.clicked.connect(self.choose_file)
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        file_label = QLabel(self.tr("Setup fi&le"))
        file_label.setBuddy(self.file)  # a row of two widgets: the label needs its buddy for Alt+L
        form.addRow(file_label, row)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("setup_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Pass&phrase"), self.passphrase)
        self.encrypt = QCheckBox(self.tr("&Encrypt the database on this laptop"))
        self.encrypt.setObjectName("setup_encrypt")
        self.encrypt.setToolTip(
            self.tr(
                "A stolen laptop then gives away no name: each account's password unlocks the database, "
                "and a recovery key, shown once to print, opens it when nobody remembers a password."
            )
        )
        form.addRow(self.encrypt)
        self.info = QLabel()
        self.info.setObjectName("setup_info")
        self.info.setWordWrap(True)
        form.addRow(self.info)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form.addRow(self.error)
        self.file.textChanged.connect(self.describe)
        for w in (self.file, self.passphrase):
            w.textChanged.connect(self.completeChanged)

    def choose_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("The office's setup file"))
        dialog.setObjectName("setup_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Setup files (*.setup)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self.file.setText)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def describe(self) -> None:
        """Say whose setup file it is as soon as it is chosen (readable without the passphrase)."""
        from cl_desktop.services.sync import setup_info

        self.error.clear()
        path = Path(self.file.text().strip())
        if not self.file.text().strip() or not path.is_file():
            self.info.clear()
            return
        try:
            info = setup_info(path)
        except KnownError:
            self.info.setText(self.tr("This file is not an office setup file."))
            return
        self.info.setText(
            self.tr("Office {office} ({name}), enrolled by headquarters {hq}.").format(
                office=info.get("office", ""), name=info.get("name", ""), hq=info.get("hq", "")
            )
        )

    def isComplete(self) -> bool:
        return bool(self.file.text().strip() and self.passphrase.text())

    def validatePage(self) -> bool:
        path = Path(self.file.text().strip())
        if not path.is_file():
            self.error.setText(self.tr("There is no file {path}.").format(path=path))
            return False
        try:
            self.wizard().join_headquarters(path, self.passphrase.text(), encrypt=self.encrypt.isChecked())
        except KnownError as exc:
            self.error.setText(self.tr("The setup file could not be used: {reason}").format(reason=exc))
            return False
        return True

    def nextId(self) -> int:
        return -1


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your office and first administrator"))
        form = QFormLayout(self)
        self.role = QLabel(
            self.tr("The first account is the administrator: it adds the clerks and coordinators in Settings → Users.")
        )
        self.role.setObjectName("first_account_role")
        self.role.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("office_code")
        self.code.setPlaceholderText(self.tr("e.g. KH-PNP"))
        self.name = QLineEdit()
        self.name.setObjectName("office_name")
        self.province = QComboBox()
        self.province.setObjectName("province")
        self.province.addItem(self.tr("(none)"), "")
        for code, name in provinces(i18n.current()):
            self.province.addItem(name, code)
        self.username = QLineEdit()
        self.username.setObjectName("admin_username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("admin_name")
        self.password = QLineEdit()
        self.password.setObjectName("admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("admin_password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Office &code"), self.code)
        form.addRow(self.tr("Office &name"), self.name)
        form.addRow(self.tr("&Province"), self.province)
        form.addRow(self.tr("Administrator &user name"), self.username)
        form.addRow(self.tr("Administrator's full na&me"), self.full_name)
        form.addRow(self.role)
        form.addRow(self.tr("Pass&word"), self.password)
        self.password_hint = QLabel(self.tr("At least {n} characters, not the user name.").format(n=MIN_LENGTH))
        self.password_hint.setObjectName("password_hint")
        self.password_hint.setWordWrap(True)
        form.addRow("", self.password_hint)
        form.addRow(self.tr("&Repeat password"), self.password2)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form.addRow(self.error)
        for w in (self.code, self.name, self.username, self.password, self.password2):
            w.textChanged.connect(self.completeChanged)
        self.password.textChanged.connect(self.judge_password)
        self.username.textChanged.connect(self.judge_password)

    def policy_text(self, problem: str) -> str:
        return {
            "short": self.tr("The password must have at least {n} characters.").format(n=MIN_LENGTH),
            "name": self.tr("The password must not contain the user name."),
            "common": self.tr("That password is among the first an attacker tries; choose another."),
            "repeated": self.tr("The password must not be one character repeated or a run like 12345…"),
        }[problem]

    def judge_password(self) -> None:
        """Say what is wrong with the password while it is typed, and when it is good enough."""
        if not self.password.text():
            self.password_hint.setText(self.tr("At least {n} characters, not the user name.").format(n=MIN_LENGTH))
            return
        problem = password_problem(self.username.text(), self.password.text())
        self.password_hint.setText(self.policy_text(problem) if problem else self.tr("A good password."))

    def initializePage(self) -> None:
        hq = self.wizard().choice() == HQ
        self.setSubTitle(
            self.tr("Headquarters imports the offices' sync files and approves reporting periods.")
            if hq
            else self.tr("The office code starts every case number registered here.")
        )
        if hq and not self.code.text():
            self.code.setText("HQ")

    def isComplete(self) -> bool:
        return all(w.text().strip() for w in (self.code, self.name, self.username, self.password))

    def validatePage(self) -> bool:
        if self.password.text() != self.password2.text():
            self.error.setText(self.tr("The two passwords differ; type the same password twice."))
            return False
        problem = password_problem(self.username.text(), self.password.text())
        if problem is not None:
            self.error.setText(self.policy_text(problem))
            self.password.setFocus()
            return False
        if self.province_refused():
            return False
        wizard = self.wizard()
        try:
            wizard.create_office(
                office_code=self.code.text().strip(),
                office_name=self.name.text().strip(),
                hq=wizard.choice() == HQ,
                province_code=self.province.currentData() or None,
                admin_username=self.username.text().strip(),
                admin_password=self.password.text(),
                admin_name=self.full_name.text().strip(),
                admin_role=Role.ADMIN,
            )
        except KnownError as exc:
            self.error.setText(str(exc))
            return False
        return True

    def province_refused(self) -> bool:
        """An office code of one country with a province of another (KH-BTB in Batken): say which to change."""
        from cl_desktop.services.setup import province_mismatch

        found = province_mismatch(self.code.text(), self.province.currentData() or None)
        if found is None:
            return False
        lang = i18n.current()

        def name(row: dict[str, str]) -> str:
            return row.get(f"name_{lang}") or row["name_en"]

        self.error.setText(
            self.tr(
                "The office code {code} starts with {prefix}, the code of {country}, but {province} is in "
                "{home}: choose a province of {country} or a code starting with {home_code}-."
            ).format(
                code=self.code.text().strip().upper(),
                prefix=found["country"]["code"],
                country=name(found["country"]),
                province=name(found["province"]),
                home=name(found["home"]),
                home_code=found["home"]["code"],
            )
        )
        self.province.setFocus()
        return True

    def nextId(self) -> int:
        return -1


class DemoPage(QWizardPage):
    """Builds the demo database through ``tasks`` with a progress bar; Finish waits for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The demo database"))
        self.setSubTitle(self.tr("Building the demo: the seed projects with their children, services and follow-ups."))
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setObjectName("demo_progress")
        self.progress.setRange(0, 100)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addStretch()
        self.done = False
        self.started = False

    def initializePage(self) -> None:
        if not self.started:
            self.started = True
            self.wizard().build_demo(self)

    def report(self, done: int, total: int, text: str) -> None:
        self.progress.setValue(done)
        if text:
            self.label.setText(text)

    def finished_ok(self) -> None:
        self.done = True
        self.progress.setValue(100)
        self.label.setText(
            self.tr("The demo is ready. Sign in as admin / admin, coordinator / coordinator or clerk / clerk.")
        )
        self.completeChanged.emit()

    def failed(self, message: str) -> None:
        self.label.setText(message)
        self.started = False

    def isComplete(self) -> bool:
        return self.done

    def nextId(self) -> int:
        return -1


class FirstRunWizard(QWizard):
    CHOICE_PAGE, OFFICE_PAGE, DEMO_PAGE, JOIN_PAGE = 0, 1, 2, 3
    LANGUAGE_CHANGED = 2  # exec() result: show the wizard again in the new language

    def __init__(self, db_path: Path, tasks: Tasks | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.tasks = tasks or Tasks(self)
        self.created: Path | None = None
        self.recovery_code: str | None = None  # an encrypted office's recovery key, shown once after the wizard
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("CL Desktop — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.choice_page = ChoicePage()
        self.office_page = OfficePage()
        self.demo_page = DemoPage()
        self.join_page = JoinPage()
        self.setPage(self.CHOICE_PAGE, self.choice_page)
        self.setPage(self.OFFICE_PAGE, self.office_page)
        self.setPage(self.DEMO_PAGE, self.demo_page)
        self.setPage(self.JOIN_PAGE, self.join_page)
        self.setStartId(self.CHOICE_PAGE)
        resize_to_fit(self, 660, 520)
        # Back on every page after the first: a wrong choice is undone without starting over.
        self.button(QWizard.WizardButton.FinishButton).setObjectName("finish")
        self.button(QWizard.WizardButton.NextButton).setObjectName("next")
        self.button(QWizard.WizardButton.BackButton).setObjectName("back")
        self.choice_page.language_chosen.connect(self.change_language)

    def change_language(self, lang: str) -> None:
        """Keep the chosen language and reopen the wizard in it (``first_run`` shows it again)."""
        settings.put("ui/language", lang)
        app = QCoreApplication.instance()
        if app is not None:
            i18n.install(app, lang, khmer_digits=settings.get("ui/digits") == "khmer")
        self.done(self.LANGUAGE_CHANGED)

    def choice(self) -> str:
        return self.choice_page.choice()

    def create_office(self, **values: Any) -> None:
        from cl_desktop.services.setup import create_database

        db = create_database(self.db_path, **values)
        db.close()
        self.created = self.db_path

    def join_headquarters(self, setup: Path, passphrase: str, *, encrypt: bool = False) -> None:
        from cl_desktop.services.at_rest import init_encrypted_from_setup
        from cl_desktop.services.sync import init_from_setup

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if encrypt:
                db, self.recovery_code = init_encrypted_from_setup(self.db_path, setup, passphrase)
            else:
                db = init_from_setup(self.db_path, setup, passphrase)
        finally:
            QApplication.restoreOverrideCursor()
        db.close()
        self.created = self.db_path

    def build_demo(self, page: DemoPage) -> None:
        path = self.db_path

        def work(job: Job) -> Path:
            from cl_desktop.demo import create_demo_database

            db = create_demo_database(
                path, progress=lambda text, fraction: job.progress(int(fraction * 100), 100, text)
            )
            db.close()
            return path

        def done(result: Path) -> None:
            self.created = result
            page.finished_ok()

        self.tasks.run(
            self.tr("Building the demo…"),
            work,
            on_success=done,
            on_failure=lambda exc: page.failed(str(exc)),
            on_progress=page.report,
            show_progress=False,
            cancellable=False,
        )
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.tasks.busy:
            return  # the demo is half-built; let it finish
        super().keyPressEvent(event)
