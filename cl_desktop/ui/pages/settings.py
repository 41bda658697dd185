"""Settings: users, offices, organisations, reference lists, project rule settings and the language.

The lists are read views; editing opens the forms (which call the services,
which check the role). The interface language is a GUI setting applied at the
next start, when the translations load.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.i18n.languages import names_with_english
from cl_desktop.services.context import Context
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import ReferenceLists
from cl_desktop.ui import settings
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.errors import show_error
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.pages.custom_fields import CustomFieldsView
from cl_desktop.ui.pages.dhis2_mapping import Dhis2MappingView
from cl_desktop.ui.pages.list_page import ListPage
from cl_desktop.ui.permits import permit
from cl_desktop.ui.tasks import Tasks

REFERENCE_LISTS = {
    "sector": QT_TRANSLATE_NOOP("SettingsPage", "Sectors"),
    "hazard": QT_TRANSLATE_NOOP("SettingsPage", "Hazardous conditions"),
    "risk_factor": QT_TRANSLATE_NOOP("SettingsPage", "Risk factors"),
    "service_type": QT_TRANSLATE_NOOP("SettingsPage", "Service types"),
    "school_status": QT_TRANSLATE_NOOP("SettingsPage", "School status"),
    "work_status": QT_TRANSLATE_NOOP("SettingsPage", "Work status"),
    "outcome": QT_TRANSLATE_NOOP("SettingsPage", "Outcomes"),
    "poverty_marker": QT_TRANSLATE_NOOP("SettingsPage", "Poverty markers"),
    "relation": QT_TRANSLATE_NOOP("SettingsPage", "Guardian relations"),
    "activity_kind": QT_TRANSLATE_NOOP("SettingsPage", "Activity kinds"),
    "organisation_type": QT_TRANSLATE_NOOP("SettingsPage", "Organisation types"),
    "organisation_role": QT_TRANSLATE_NOOP("SettingsPage", "Organisation roles"),
    "programme_status": QT_TRANSLATE_NOOP("SettingsPage", "Programme status"),
    "strategy": QT_TRANSLATE_NOOP("SettingsPage", "Strategies"),
    "narrative_section": QT_TRANSLATE_NOOP("SettingsPage", "Narrative sections"),
}
LANGUAGES = (
    ("", QT_TRANSLATE_NOOP("LanguageView", "Account language")),
    *names_with_english(),
)


class UsersList(ListPage):
    kind = "users"
    title = QT_TRANSLATE_NOOP("ListPage", "Users")
    form_kind = "user"
    write_permission = "user.manage"
    exportable = False  # account lists stay in the database
    show_title = False
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by user name or full name")


class OfficesList(ListPage):
    kind = "offices"
    title = QT_TRANSLATE_NOOP("ListPage", "Offices")
    form_kind = "office"
    write_permission = "office.manage"
    show_title = False
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by code or name")


class OrganisationsList(ListPage):
    kind = "organisations"
    title = QT_TRANSLATE_NOOP("ListPage", "Organisations")
    form_kind = "organisation"
    write_permission = "reference.write"
    show_title = False
    search_hint = QT_TRANSLATE_NOOP("ListPage", "Search by code, name or acronym")


class ReferenceListsView(QWidget):
    """Each code list with its labels in English, Khmer and Russian (read only)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refs = ReferenceLists(ctx.db)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&List:"))
        self.combo = QComboBox()
        self.combo.setObjectName("reference_list")
        label.setBuddy(self.combo)
        for key, name in REFERENCE_LISTS.items():
            self.combo.addItem(QCoreApplication.translate("SettingsPage", name), key)
        top.addWidget(label)
        top.addWidget(self.combo)
        top.addStretch()
        layout.addLayout(top)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("reference_items")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("English"), self.tr("Khmer"), self.tr("Russian"), self.tr("Active")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.combo.currentIndexChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        items = self.refs.items(self.combo.currentData() or "sector", active_only=False)
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            values = [item["code"], item["label_en"], item["label_km"], item["label_ru"], "✓" if item["active"] else ""]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))


class ProjectSettingsView(QWidget):
    """The rule thresholds of each project (project settings); edited in the project form."""

    def __init__(self, ctx: Context, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.projects = Projects(ctx)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Project:"))
        self.combo = QComboBox()
        self.combo.setObjectName("settings_project")
        label.setBuddy(self.combo)
        top.addWidget(label)
        top.addWidget(self.combo, 1)
        layout.addLayout(top)
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("min_work_age", self.tr("Minimum working age")),
            ("light_work_max_age", self.tr("Light work allowed up to age")),
            ("light_work_max_hours", self.tr("Light work: most hours per week")),
            ("max_hours_under_18", self.tr("Under 18: most hours per week")),
            ("withdrawn_months", self.tr("Months clean before withdrawn")),
            ("attendance_threshold", self.tr("Regular school attendance from (%)")),
            ("period_start_month", self.tr("Reporting periods start in month")),
        ):
            value = QLabel()
            value.setObjectName(f"setting_{key}")
            self.values[key] = value
            self.form.addRow(text, value)
        layout.addLayout(self.form)
        self.edit_button = QPushButton(self.tr("&Edit in the project form…"))
        self.edit_button.setObjectName("edit_thresholds")
        permit(self.edit_button, ctx, "project.write")
        self.edit_button.clicked.connect(self.edit)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        self.combo.currentIndexChanged.connect(self.show_project)
        bus.changed.connect(lambda table: self.load() if table == "projects" else None)
        self.load()

    def load(self) -> None:
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for p in self.projects.list():
            self.combo.addItem(f"{p['code']} — {p.get('short_title') or p['title']}", p["id"])
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0) if current else 0)
        self.combo.blockSignals(False)
        self.show_project()

    def show_project(self) -> None:
        project_id = self.combo.currentData()
        project = self.projects.get(project_id) if project_id else {}
        for key, label in self.values.items():
            label.setText(str(project.get(key, "")))

    def edit(self) -> QWidget | None:
        project_id = self.combo.currentData()
        if not project_id:
            return None
        try:
            forms = importlib.import_module("cl_desktop.ui.forms")
            return forms.open_form("project", self.ctx, self.bus, self, record_id=project_id)
        except ImportError:
            return None
        except Exception as exc:  # the UI boundary
            show_error(exc, self)
            return None


class LanguageView(QWidget):
    """The interface language and, for Khmer, the digits of numbers and dates (both apply at the next start)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        self.combo = QComboBox()
        self.combo.setObjectName("language")
        for code, name in LANGUAGES:
            self.combo.addItem(self.tr(name) if code == "" else name, code)
        self.combo.setCurrentIndex(max(self.combo.findData(settings.get("ui/language")), 0))
        self.combo.currentIndexChanged.connect(lambda _: settings.put("ui/language", self.combo.currentData()))
        layout.addRow(self.tr("Interface &language"), self.combo)
        self.digits = QComboBox()
        self.digits.setObjectName("digits")
        self.digits.addItem(self.tr("Latin digits (0123456789)"), "latin")
        self.digits.addItem(self.tr("Khmer digits (០១២៣៤៥៦៧៨៩)"), "khmer")
        self.digits.setCurrentIndex(max(self.digits.findData(settings.get("ui/digits")), 0))
        self.digits.currentIndexChanged.connect(lambda _: settings.put("ui/digits", self.digits.currentData()))
        layout.addRow(self.tr("&Digits in Khmer"), self.digits)
        note = QLabel(
            self.tr(
                "Dates and numbers follow the interface language. The new language and digits apply "
                "the next time CL Desktop starts."
            )
        )
        note.setWordWrap(True)
        layout.addRow("", note)


class SettingsPage(QWidget):
    title = QT_TRANSLATE_NOOP("MainWindow", "Settings")

    def __init__(self, ctx: Context, bus: DataBus, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page_settings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("page_title")
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.users = UsersList(ctx, bus, tasks)
        self.offices = OfficesList(ctx, bus, tasks)
        self.organisations = OrganisationsList(ctx, bus, tasks)
        self.reference = ReferenceListsView(ctx)
        self.project_settings = ProjectSettingsView(ctx, bus)
        self.custom_fields = CustomFieldsView(ctx, bus)
        self.language = LanguageView()
        self.dhis2 = Dhis2MappingView(ctx)
        self.tabs.addTab(self.users, self.tr("Users"))
        self.tabs.addTab(self.offices, self.tr("Offices"))
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        self.tabs.addTab(self.reference, self.tr("Reference lists"))
        self.tabs.addTab(self.project_settings, self.tr("Project settings"))
        self.tabs.addTab(self.custom_fields, self.tr("Extra fields"))
        self.tabs.addTab(self.language, self.tr("Language"))
        self.tabs.addTab(self.dhis2, self.tr("DHIS2 mapping"))
        layout.addWidget(self.tabs, 1)

    def current_list(self) -> ListPage | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ListPage) else None

    def focus_search(self) -> None:
        page = self.current_list()
        if page:
            page.focus_search()

    def new_record(self) -> Any:
        page = self.current_list()
        return page.new_record() if page else None

    def select_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)
