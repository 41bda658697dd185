"""Projects: the project record (funding, objectives, partners, provinces), its results framework
(objective → outcome → output → indicators with baseline, target, actual) and its reporting periods."""

from __future__ import annotations

import importlib
import json
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.i18n import khmer
from cl_desktop.services.context import Context
from cl_desktop.services.locations import display_name
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import ReferenceLists
from cl_desktop.ui import i18n
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.catalogue import unit_label
from cl_desktop.ui.errors import show_error
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.pages.periods import PeriodsPanel
from cl_desktop.ui.permits import permit
from cl_desktop.ui.tasks import Tasks

LEVELS = {
    "objective": QT_TRANSLATE_NOOP("ProjectsPage", "Objective"),
    "outcome": QT_TRANSLATE_NOOP("ProjectsPage", "Outcome"),
    "output": QT_TRANSLATE_NOOP("ProjectsPage", "Output"),
}


def _json_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    try:
        parsed = json.loads(value or "[]")
    except (TypeError, ValueError):
        return [str(value)] if value else []
    return [str(v) for v in parsed] if isinstance(parsed, list) else [str(parsed)]


def _value(value: Any, text: str = "") -> str:
    if text:
        return str(text)
    if value is None:
        return ""
    if isinstance(value, int | float):
        return i18n.number(value)
    return str(value)


class ProjectsPage(QWidget):
    title = QT_TRANSLATE_NOOP("MainWindow", "Projects")

    def __init__(self, ctx: Context, bus: DataBus, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.tasks = tasks
        self.projects = Projects(ctx)
        self.project: dict[str, Any] | None = None
        self.setObjectName("page_projects")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 6)
        heading = QLabel(self.tr("Projects"))
        heading.setObjectName("page_title")
        outer.addWidget(heading)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("project_list")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._selected)
        left_layout.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("&New project…"))
        self.new_button.setObjectName("new")
        self.new_button.clicked.connect(self.new_record)
        permit(self.new_button, ctx, "project.write")
        left_layout.addWidget(self.new_button)
        splitter.addWidget(left)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("project_tabs")
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([190, 960])
        outer.addWidget(splitter, 1)

        # The project record.
        record = QWidget()
        record_layout = QVBoxLayout(record)
        record_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details = QWidget()
        self.details.setObjectName("project_details")
        self.form = QFormLayout(self.details)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.details)
        record_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit project…"))
        self.edit_button.setObjectName("edit_project")
        self.edit_button.clicked.connect(self.edit_project)
        permit(self.edit_button, ctx, "project.write")
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        record_layout.addLayout(buttons)
        self.tabs.addTab(record, self.tr("Project"))

        # The results framework.
        framework = QWidget()
        fw_layout = QVBoxLayout(framework)
        fw_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("results_tree")
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Result / indicator"),
                self.tr("Unit"),
                self.tr("Baseline"),
                self.tr("Target"),
                self.tr("Actual"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.itemActivated.connect(self._indicator_activated)
        fw_layout.addWidget(self.tree, 1)
        fw_buttons = QHBoxLayout()
        self.indicator_button = QPushButton(self.tr("New &indicator…"))
        self.indicator_button.setObjectName("new_indicator")
        self.indicator_button.clicked.connect(lambda: self._form("indicator", project_id=self._project_id()))
        permit(self.indicator_button, ctx, "indicator.write")
        fw_buttons.addWidget(self.indicator_button)
        fw_buttons.addStretch()
        fw_layout.addLayout(fw_buttons)
        self.tabs.addTab(framework, self.tr("Results framework"))

        self.periods = PeriodsPanel(ctx, bus)
        self.tabs.addTab(self.periods, self.tr("Reporting periods"))

        bus.changed.connect(self._changed)
        self.load_projects()

    # -- loading --------------------------------------------------------------
    def _project_id(self) -> str | None:
        return self.project["id"] if self.project else None

    def load_projects(self) -> None:
        current = self._project_id()
        self.list.blockSignals(True)
        self.list.clear()
        for p in self.projects.list():
            item = QListWidgetItem(f"{p['code']}\n{p.get('short_title') or p['title']}")
            item.setSizeHint(QSize(200, 46))
            item.setData(Qt.ItemDataRole.UserRole, p["id"])
            item.setToolTip(p["title"])
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = 0
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == current:
                row = i
        if self.list.count():
            self.list.setCurrentRow(row)
            self._selected(row)

    def select_project(self, code: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).text().split("\n")[0] == code:
                self.list.setCurrentRow(i)
                return

    def _selected(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        self.project = self.projects.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.show_project()
        self.show_framework()
        self.periods.set_project(self._project_id())

    def show_project(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        p = self.project
        if not p:
            return
        n = i18n.number
        lang = i18n.current()
        funding = f"{p['currency']} {n(p['funding_amount'], decimals=0)}" if p.get("funding_amount") else ""
        if p.get("fiscal_year"):
            funding += self.tr(" (fiscal year {year})").format(year=i18n.digits_text(str(p["fiscal_year"])))
        targets = self.tr("withdrawn {w} (girls {wf}, boys {wm}); prevented {p} (girls {pf}, boys {pm})").format(
            w=n(p["target_withdrawn_f"] + p["target_withdrawn_m"]),
            wf=n(p["target_withdrawn_f"]),
            wm=n(p["target_withdrawn_m"]),
            p=n(p["target_prevented_f"] + p["target_prevented_m"]),
            pf=n(p["target_prevented_f"]),
            pm=n(p["target_prevented_m"]),
        )
        roles = reference_lists(self.ctx).labels("organisation_role", lang)
        partners = [
            f"{o.get('acronym') or o['name']} ({roles.get(o['role']) or o['role'].replace('_', ' ')})"
            for o in self.projects.organisations(p["id"])
        ]
        provinces = [display_name(row, lang) for row in self.projects.provinces(p["id"])]
        thresholds = self.tr(
            "child labour: aged {min}-{light} over {hours} h/week or under 18 over {max} h/week; "
            "withdrawn after {months} months clean; regular attendance ≥ {att}%"
        ).format(
            min=n(p["min_work_age"]),
            light=n(p["light_work_max_age"]),
            hours=n(p["light_work_max_hours"]),
            max=n(p["max_hours_under_18"]),
            months=n(p["withdrawn_months"]),
            att=n(p["attendance_threshold"]),
        )
        rows = [
            (self.tr("Code"), p["code"]),
            (self.tr("Title"), p["title"]),
            (self.tr("Region"), p.get("region") or ", ".join(_json_list(p.get("countries")))),
            (
                self.tr("Dates"),
                f"{i18n.date_text(p['start_date'], numeric=False)} – {i18n.date_text(p['end_date'], numeric=False)}"
                + (" " + self.tr("(revised)") if p.get("dates_revised") else ""),
            ),
            (self.tr("Status"), self.tr("Closed") if p.get("closed") else ""),
            (self.tr("Donor"), p.get("donor", "")),
            (self.tr("Grantee"), p.get("grantee", "")),
            (self.tr("Grant number"), p.get("grant_number", "")),
            (self.tr("DUNS number"), p.get("duns", "")),
            (self.tr("Unique entity identifier (UEI)"), p.get("uei", "")),
            (self.tr("Funding"), funding),
            (self.tr("Targets"), targets),
            (self.tr("Development objective"), p.get("development_objective", "")),
            (
                self.tr("Intermediate objectives"),
                "\n".join(f"• {t}" for t in _json_list(p.get("intermediate_objectives"))),
            ),
            (self.tr("Problem"), p.get("problem", "")),
            (self.tr("Activities"), "\n".join(f"• {t}" for t in _json_list(p.get("activities_summary")))),
            (self.tr("Partners"), ", ".join(partners) or p.get("implementing_partners_text", "")),
            (self.tr("Provinces"), ", ".join(provinces)),
            (self.tr("Contact"), p.get("contact", "")),
            (self.tr("Rule settings"), thresholds),
        ]
        for label, value in rows:
            if not value:
                continue
            text = QLabel(khmer.word_wrapped(str(value)))  # Khmer titles and objectives wrap between words
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(label)
            caption.setObjectName("field_caption")
            self.form.addRow(caption, text)

    def show_framework(self) -> None:
        self.tree.clear()
        if not self.project:
            return
        items: dict[str | None, QTreeWidgetItem] = {}
        for result in self.projects.results_framework(self.project["id"]):
            parent = items.get(result.get("parent_id"))
            if result["id"] is None:
                node: QTreeWidgetItem | None = None
            else:
                level = self.tr(str(LEVELS.get(result["level"], result["level"])))
                node = QTreeWidgetItem([result["code"], f"{level}: {result['title']}"])
                font = node.font(1)
                font.setBold(result["level"] != "output")
                node.setFont(1, font)
                node.setFont(0, font)
                if parent is not None:
                    parent.addChild(node)
                else:
                    self.tree.addTopLevelItem(node)
                items[result["id"]] = node
            for ind in result.get("indicators", []):
                baseline = _value(ind.get("baseline_value"), ind.get("baseline_text", ""))
                if ind.get("baseline_year") and baseline:
                    baseline += f" ({i18n.digits_text(str(ind['baseline_year']))})"
                leaf = QTreeWidgetItem(
                    [
                        ind["code"],
                        ind["title"],
                        unit_label(ind.get("unit") or ""),
                        baseline,
                        _value(ind.get("target_value"), ind.get("target_text", "")),
                        _value(ind.get("actual_value"), ind.get("actual_text", "")),
                    ]
                )
                leaf.setData(0, Qt.ItemDataRole.UserRole, ind["id"])
                leaf.setToolTip(1, ind["title"])
                if node is not None:
                    node.addChild(leaf)
                else:
                    self.tree.addTopLevelItem(leaf)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((2, 90), (3, 110), (4, 190), (5, 110)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(col, width)

    def _changed(self, table: str) -> None:
        if table in ("projects", "project_organisations", "project_locations"):
            self.load_projects()
        elif table in ("results", "indicators", "indicator_targets"):
            self.show_framework()

    # -- actions --------------------------------------------------------------
    def _indicator_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        indicator_id = item.data(0, Qt.ItemDataRole.UserRole)
        if indicator_id:
            self._form("indicator", record_id=indicator_id, project_id=self._project_id())

    def edit_project(self) -> QWidget | None:
        return self._form("project", record_id=self._project_id()) if self.project else None

    def new_record(self) -> QWidget | None:
        return self._form("project") if self.ctx.actor.can("project.write") else None

    def _form(self, kind: str, record_id: str | None = None, **preset: Any) -> QWidget | None:
        try:
            forms = importlib.import_module("cl_desktop.ui.forms")
            return forms.open_form(kind, self.ctx, self.bus, self, record_id=record_id, **preset)
        except ImportError:
            return None
        except Exception as exc:  # the UI boundary
            show_error(exc, self)
            return None

    def focus_search(self) -> None:
        self.list.setFocus()


def reference_lists(ctx: Context) -> ReferenceLists:
    return ReferenceLists(ctx.db)
