"""Reports page: pick a report, its project, period, programme or child, and a language; build the PDF
off the GUI thread with progress and Cancel, then open it.

The page holds no SQL: choices come from ``reports.data`` and the build from
``reports.catalogue`` (both Qt-free); the worker only gets plain values.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.errors import KnownError
from cl_desktop.i18n.formats import digits
from cl_desktop.i18n.languages import native_names
from cl_desktop.reports import data
from cl_desktop.reports.catalogue import KINDS, build_report
from cl_desktop.reports.common import BuildOptions
from cl_desktop.services.context import Context
from cl_desktop.ui import i18n, settings
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.permits import allow
from cl_desktop.ui.tasks import Job, Tasks
from cl_desktop.ui.widgets.file_notice import FileNotice, documents_folder, output_folder

KIND_NAMES = {
    "tpr": QT_TRANSLATE_NOOP("ReportsPage", "Technical Progress Report"),
    "summary": QT_TRANSLATE_NOOP("ReportsPage", "Project summary"),
    "programme": QT_TRANSLATE_NOOP("ReportsPage", "Action programme report"),
    "register": QT_TRANSLATE_NOOP("ReportsPage", "Beneficiary register"),
    "child": QT_TRANSLATE_NOOP("ReportsPage", "Child profile"),
    "quality": QT_TRANSLATE_NOOP("ReportsPage", "Data-quality report"),
    "intake-form": QT_TRANSLATE_NOOP("ReportsPage", "Blank intake form"),
    "followup-form": QT_TRANSLATE_NOOP("ReportsPage", "Blank follow-up form"),
    "referrals": QT_TRANSLATE_NOOP("ReportsPage", "Referrals register of an organisation"),
}
LANGUAGES = native_names()


class ReportsPage(QWidget):
    """Build any report of ``reports.catalogue`` as a PDF."""

    finished = Signal(str, int)  # path, pages

    def __init__(self, ctx: Context, bus: DataBus, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.tasks = tasks
        self.stale = False
        self.moved_note = ""
        self.setObjectName("reports_page")
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Reports"))
        title.setObjectName("page_title")
        outer.addWidget(title)
        form = QFormLayout()
        outer.addLayout(form)

        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        for key in KINDS:
            self.kind.addItem(self.tr(KIND_NAMES[key]), key)
        self.project = QComboBox()
        self.project.setObjectName("report_project")
        self.period = QComboBox()
        self.period.setObjectName("report_period")
        self.programme = QComboBox()
        self.programme.setObjectName("report_programme")
        self.organisation = QComboBox()
        self.organisation.setObjectName("report_organisation")
        self.child = QLineEdit()
        self.child.setObjectName("report_child")
        self.child.setPlaceholderText(self.tr("Case number, e.g. KH-PNP-000123"))
        self.language = QComboBox()
        self.language.setObjectName("report_language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.output = QLineEdit()
        self.output.setObjectName("report_output")
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("report_browse")
        browse.clicked.connect(self.browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        self.pseudonymise = QCheckBox(self.tr("Pseudonymise: no names or birth dates"))
        self.pseudonymise.setObjectName("report_pseudonymise")
        self.khmer_digits = QCheckBox(self.tr("Khmer digits (០១២៣) in a Khmer report"))
        self.khmer_digits.setObjectName("report_khmer_digits")
        self.khmer_digits.setChecked(i18n.khmer_digits())
        self.open_when_done = QCheckBox(self.tr("Open the PDF when it is ready"))
        self.open_when_done.setObjectName("report_open")
        self.open_when_done.setChecked(True)

        for combo in (self.kind, self.project, self.period, self.programme, self.organisation, self.language):
            # Long project titles must not widen the page past a small laptop screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(40)
        form.addRow(self.tr("&Report"), self.kind)
        form.addRow(self.tr("&Project"), self.project)
        form.addRow(self.tr("Reporting p&eriod"), self.period)
        form.addRow(self.tr("Action pro&gramme"), self.programme)
        form.addRow(self.tr("Organi&sation"), self.organisation)
        form.addRow(self.tr("&Child"), self.child)
        form.addRow(self.tr("&Language"), self.language)
        save_as = QLabel(self.tr("Save &as"))
        save_as.setBuddy(self.output)  # a row holding a layout gets no buddy of its own: the & would show
        form.addRow(save_as, out_row)
        form.addRow("", self.khmer_digits)
        form.addRow("", self.pseudonymise)
        form.addRow("", self.open_when_done)
        self.form = form

        buttons = QHBoxLayout()
        self.generate = QPushButton(self.tr("&Generate PDF"))
        self.generate.setObjectName("report_generate")
        self.generate.setDefault(True)
        self.generate.clicked.connect(self.start)
        buttons.addWidget(self.generate)
        # The children and households behind every figure of the TPR, as the CLI's "report evidence" writes them.
        self.evidence = QPushButton(self.tr("Export e&vidence behind the figures…"))
        self.evidence.setObjectName("report_evidence")
        self.evidence.setToolTip(
            self.tr("A spreadsheet listing, per reference printed on the TPR (A1.1…), every child or household counted")
        )
        self.evidence.clicked.connect(self.export_evidence)
        buttons.addWidget(self.evidence)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.status = QLabel("")
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.notice = FileNotice()
        outer.addWidget(self.notice)
        outer.addStretch(1)

        self.kind.currentIndexChanged.connect(self.update_fields)
        self.project.currentIndexChanged.connect(self.fill_project_choices)
        self.period.currentIndexChanged.connect(self.suggest_output)
        self.programme.currentIndexChanged.connect(self.suggest_output)
        self.organisation.currentIndexChanged.connect(self.suggest_output)
        self.language.currentIndexChanged.connect(self.suggest_output)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.child.textChanged.connect(self.suggest_output)
        bus.changed.connect(self._changed)
        self.language.setCurrentIndex(max(self.language.findData(i18n.current()), 0))
        self._language_changed()
        self.fill_projects()
        self.fill_organisations()
        self.update_fields()

    # -- choices --------------------------------------------------------------
    def fill_projects(self) -> None:
        current = self.project.currentData()
        self.project.blockSignals(True)
        self.project.clear()
        default = None
        with contextlib.suppress(KnownError):
            default = data.project_by_code(self.ctx.db, None)["id"]
        for row in data.projects(self.ctx.db):
            self.project.addItem(f"{row['code']} · {row['title']}", row["code"])
            if row["id"] == default and current is None:
                current = row["code"]
        index = self.project.findData(current)
        self.project.setCurrentIndex(max(index, 0))
        self.project.blockSignals(False)
        self.fill_project_choices()

    def fill_organisations(self) -> None:
        """The directory's organisations, those with referrals first (with their count)."""
        current = self.organisation.currentData()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        for row in data.organisations(self.ctx.db):
            count = self.tr("referrals: {n}").format(n=i18n.number(int(row["referrals"])))
            self.organisation.addItem(f"{row['code']} · {row['name']} ({count})", row["code"])
        self.organisation.setCurrentIndex(max(self.organisation.findData(current), 0))
        self.organisation.blockSignals(False)

    def _project_row(self) -> dict[str, Any] | None:
        code = self.project.currentData()
        if not code:
            return None
        try:
            return data.project_by_code(self.ctx.db, code)
        except KnownError:
            return None

    def fill_project_choices(self) -> None:
        project = self._project_row()
        for combo in (self.period, self.programme):
            combo.blockSignals(True)
            combo.clear()
        if project is not None:
            try:
                default = data.period_by_code(self.ctx.db, project, None)["code"]
            except KnownError:
                default = None
            for row in data.periods(self.ctx.db, project["id"]):
                self.period.addItem(
                    f"{row['code']} ({i18n.date_text(row['start_date'])} – {i18n.date_text(row['end_date'])})",
                    row["code"],
                )
            self.period.setCurrentIndex(max(self.period.findData(default), 0))
            self.programme.addItem(self.tr("All programmes"), None)
            for row in data.programmes(self.ctx.db, project["id"]):
                self.programme.addItem(f"{row['code']} · {row['title']}", row["code"])
        for combo in (self.period, self.programme):
            combo.blockSignals(False)
        self.update_fields()

    def update_fields(self) -> None:
        """Enable only what the chosen report uses."""
        needs = KINDS[self.kind.currentData()].needs
        unused = self.tr("This report does not use it.")
        allow(self.project, "project" in needs, unused)
        allow(self.period, "period" in needs, unused)
        allow(self.programme, "programme" in needs, unused)
        allow(self.organisation, "organisation" in needs, unused)
        allow(self.child, "child" in needs, self.tr("Only the child profile is about one child."))
        allow(
            self.pseudonymise,
            self.kind.currentData() in ("register", "child"),
            self.tr("Only the beneficiary register and the child profile carry names to leave out."),
        )
        allow(self.evidence, self.kind.currentData() == "tpr", unused)
        self.suggest_output()

    def proposed_name(self) -> str:
        """The file name for what is chosen now: kind, project/programme/period or child, language."""
        kind = self.kind.currentData()
        needs = KINDS[kind].needs
        parts = [kind]
        if "child" in needs:
            parts.append(self.child.text().strip() or "child")
        elif "organisation" in needs:
            parts.append(self.organisation.currentData() or "organisation")
        else:
            if "project" in needs and self.project.currentData():
                parts.append(self.project.currentData())
            if "programme" in needs and self.programme.currentData():
                parts.append(self.programme.currentData())
            if "period" in needs and self.period.currentData():
                parts.append(self.period.currentData())
        parts.append(self.language.currentData())
        return re.sub(r"[^A-Za-z0-9._-]+", "_", "-".join(parts)) + ".pdf"

    def folder(self) -> Path:
        """The folder of the path in the box (the user's choice), else the last one used, else Documents
        (created when the report is written)."""
        typed = self.output.text().strip()
        if typed and Path(typed).parent != Path("."):
            return Path(typed).parent
        last = settings.get("reports/last_dir")
        if last and Path(last).is_dir():
            return Path(last)
        return documents_folder()

    def suggest_output(self) -> None:
        """The name follows every change of kind, project, period, programme, child and language; the folder
        stays the one chosen."""
        self.output.setText(str(self.folder() / self.proposed_name()))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), self.output.text(), "PDF (*.pdf)")
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.output.setText(path)

    def options(self) -> BuildOptions:
        needs = KINDS[self.kind.currentData()].needs
        return BuildOptions(
            project=self.project.currentData() if "project" in needs else None,
            period=self.period.currentData() if "period" in needs else None,
            lang=self.language.currentData(),
            programme=self.programme.currentData() if "programme" in needs else None,
            child=self.child.text().strip() or None if "child" in needs else None,
            organisation=self.organisation.currentData() if "organisation" in needs else None,
            pseudonymise=self.pseudonymise.isChecked() and self.pseudonymise.isEnabled(),
            khmer_digits=self.khmer_digits.isChecked() and self.language.currentData() == "km",
        )

    def _language_changed(self) -> None:
        allow(self.khmer_digits, self.language.currentData() == "km", self.tr("Only for a report in Khmer."))

    # -- building -------------------------------------------------------------
    def ask_replace(self, path: Path) -> str:
        """A file of that name exists: "replace", "keep" (write beside it under a free name) or "cancel"."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Reports"),
            self.tr(
                "{name} already exists in {folder}. Replace it, or keep it and save the new report beside it?"
            ).format(name=path.name, folder=path.parent),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("replace_question")
        keep = box.addButton(self.tr("&Keep both"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keep_both")
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        replace.setObjectName("replace")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "keep" if clicked is keep else "replace" if clicked is replace else "cancel"

    @staticmethod
    def free_name(path: Path) -> Path:
        """``name-2.pdf``, ``name-3.pdf``…: the first that does not exist."""
        n = 2
        while (candidate := path.with_name(f"{path.stem}-{n}{path.suffix}")).exists():
            n += 1
        return candidate

    def start(self) -> None:
        kind = self.kind.currentData()
        if not self.output.text().strip():
            self.status.setText(self.tr("Choose where to save the PDF."))
            return
        path = Path(self.output.text().strip()).expanduser()
        if not path.is_absolute():
            path = output_folder(settings.get("reports/last_dir") or None) / path
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if kind == "child" and not self.child.text().strip():
            self.status.setText(self.tr("Type the case number of the child."))
            self.child.setFocus()
            return
        if kind == "referrals" and not self.organisation.currentData():
            self.status.setText(self.tr("There is no organisation in the directory to print the referrals of."))
            return
        try:
            self.ctx.require("report.run")
        except KnownError as exc:
            self.status.setText(str(exc))
            return
        self.moved_note = ""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            fallback = output_folder()
            self.moved_note = self.tr(
                "The folder {folder} could not be created ({reason}), so the report went to {fallback}."
            ).format(folder=path.parent, reason=exc.strerror or exc, fallback=fallback)
            path = fallback / path.name
        if path.exists():
            answer = self.ask_replace(path)
            if answer == "cancel":
                self.status.setText(self.tr("Nothing was written; {name} is unchanged.").format(name=path.name))
                return
            if answer == "keep":
                path = self.free_name(path)
        self.output.setText(str(path))
        options = self.options()
        db = self.ctx.db
        self.notice.hide()
        allow(self.generate, False, self.tr("A report is being built; wait for it or cancel it."))
        self.status.setText(self.tr("Building {name}…").format(name=self.tr(KIND_NAMES[kind])))

        def work(job: Job) -> int:
            def on_page(page: int) -> None:
                job.check()  # Cancel: build_pdf leaves no file behind
                job.progress(page, 0, self.tr("Page {page}").format(page=page))

            with digits(options.khmer_digits):  # the worker thread's own context
                return build_report(kind, db, path, options, on_page)

        task = self.tasks.run(
            self.tr("Building the report…"),
            work,
            on_success=lambda pages: self._done(path, int(pages)),
            on_failure=self._failed,
        )
        if task.finished:
            self._ended(task)
        else:
            task.done.connect(lambda: self._ended(task))

    def _ended(self, task: Any) -> None:
        allow(self.generate, True, "")
        if task.result is None and task.error is None:
            self.status.setText(self.tr("Cancelled; no file was written."))

    def _done(self, path: Path, pages: int) -> None:
        allow(self.generate, True, "")
        settings.put("reports/last_dir", str(path.parent))
        text = self.tr("Wrote {path} ({pages} pages).").format(path=path, pages=pages)
        if self.moved_note:
            text = f"{self.moved_note} {text}"
        self.status.setText("")
        self.notice.show_file(path, text, open_file=self.open_when_done.isChecked(), what="PDF")
        self.finished.emit(str(path), pages)

    def _failed(self, exc: BaseException) -> None:
        allow(self.generate, True, "")
        if isinstance(exc, KnownError):
            self.status.setText(str(exc))
            return
        from cl_desktop.ui.errors import show_error

        self.status.setText("")
        show_error(exc, self)

    # -- evidence -------------------------------------------------------------
    def export_evidence(self) -> None:
        """Ask where, then write the evidence of the chosen project and period off the GUI thread."""
        try:
            self.ctx.require("report.run")
        except KnownError as exc:
            self.status.setText(str(exc))
            return
        shown = self.output.text().strip()
        suggested = re.sub(r"\.pdf$", "", shown, flags=re.IGNORECASE) + "-evidence.xlsx" if shown else ""
        path_text, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the evidence as"), suggested, self.tr("Spreadsheet (*.xlsx);;CSV (*.csv)")
        )
        if not path_text:
            return
        if not path_text.lower().endswith((".xlsx", ".csv")):
            path_text += ".xlsx"
        path = Path(path_text)
        project_code, period_code = self.project.currentData(), self.period.currentData()
        lang = self.language.currentData()
        db = self.ctx.db
        self.evidence.setEnabled(False)
        self.status.setText(self.tr("Listing the children and households behind the figures…"))

        def work(job: Job) -> int:
            from cl_desktop.reports import evidence
            from cl_desktop.tabular.writers import Table, write_tables

            project = data.project_by_code(db, project_code)
            period = data.period_by_code(db, project, period_code)
            rows = evidence.table_rows(db, project, period, lang)
            return write_tables(path, [Table("Evidence", evidence.HEADER, rows)])

        def done(count: int) -> None:
            self.evidence.setEnabled(True)
            self.status.setText(
                self.tr("Wrote {path} ({count} children and households).").format(path=path, count=i18n.number(count))
            )

        def failed(exc: BaseException) -> None:
            self.evidence.setEnabled(True)
            self._failed(exc)

        self.tasks.run(self.tr("Listing the evidence…"), work, on_success=lambda n: done(int(n)), on_failure=failed)

    def _changed(self, table: str) -> None:
        if table in ("projects", "reporting_periods", "action_programmes"):
            self.fill_projects()
        if table in ("organisations", "referrals"):
            self.fill_organisations()
