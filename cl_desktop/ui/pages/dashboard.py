"""Dashboard: is the project on track? Withdrawn and prevented against targets, indicators, data quality.

The figures are computed off the GUI thread (``tasks``): on a million children
the aggregates and the data-quality checks take a moment, and the window must
stay responsive meanwhile.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cl_desktop.domain.rules import AGE_GROUPS
from cl_desktop.figures import quality
from cl_desktop.figures.indicators import BySex
from cl_desktop.figures.members import Figure
from cl_desktop.services.context import Context
from cl_desktop.services.dashboard import Dashboard, DashboardData
from cl_desktop.services.periods import Periods
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import ReferenceLists
from cl_desktop.ui import i18n, settings
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.charts import BOYS, GIRLS, TOTAL, Bar, BarChart
from cl_desktop.ui.fit import follow_text_in_tooltip
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP
from cl_desktop.ui.tasks import Job, Tasks, reader

POC_NAMES = {
    "POC1": QT_TRANSLATE_NOOP("Dashboard", "POC1 in child labour"),
    "POC2": QT_TRANSLATE_NOOP("Dashboard", "POC2 in hazardous child labour"),
    "POC3": QT_TRANSLATE_NOOP("Dashboard", "POC3 in other worst forms"),
    "POC4": QT_TRANSLATE_NOOP("Dashboard", "POC4 attending school regularly"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


class Card(QFrame):
    """A headline number with its caption and a detail line; a click (or Enter, Space) opens its records."""

    activated = Signal()

    def __init__(self, caption: str, name: str, reference: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("card", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.caption = QLabel(caption)
        self.caption.setObjectName("card_caption")
        self.caption.setWordWrap(True)  # Russian and Khmer captions run longer than the English ones
        self.value = QLabel("–")
        self.value.setObjectName("card_value")
        font = self.value.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel("")
        self.detail.setObjectName("card_detail")
        self.detail.setWordWrap(True)
        for w in (self.caption, self.value, self.detail):
            layout.addWidget(w)
        # The figure's reference on the TPR: the evidence export lists the children counted under it.
        self.reference = QLabel(reference)
        self.reference.setObjectName("card_reference")
        self.reference.setVisible(bool(reference))
        self.reference_text = ""
        if reference:
            layout.addWidget(self.reference)
            self.reference_text = self.tr(
                "Reference {ref} of the Technical Progress Report: Reports → Export evidence lists the "
                "children or households counted."
            ).format(ref=reference)
            self.setToolTip(self.reference_text)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(150)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        # Whatever a narrow card wraps or cuts, the tooltip says whole, with what a click does.
        lines = [f"{self.caption.text()}: {value}", detail, self.reference_text, self.click_text()]
        self.setToolTip("\n".join(line for line in lines if line))

    def click_text(self) -> str:
        return tr("Click to list them")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


class LinkCard(Card):
    """A card that opens another page (the overdue referrals): ``clicked`` on a click, Enter or Space."""

    clicked = Signal()

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(caption, name, parent=parent)  # not the third argument: that is the reference text
        self.activated.connect(self.clicked)

    def click_text(self) -> str:
        return tr("Open the overdue referrals")


class DashboardPage(QWidget):
    title = QT_TRANSLATE_NOOP("MainWindow", "Dashboard")

    def __init__(self, ctx: Context, bus: DataBus, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = bus
        self.tasks = tasks
        self.data: DashboardData | None = None
        # What the figures shown were computed for (project, period, programme) and, per card and chart
        # bar, the Figure whose records a click lists.
        self.scope: tuple[str, dict[str, Any] | None, str] = ("", None, "")
        self.card_figures: dict[Card, tuple[Figure, str]] = {}
        self.bar_figures: dict[BarChart, list[tuple[Figure, str]]] = {}
        self.opened: QWidget | None = None
        self.stale = False
        self.loading = False
        self.setObjectName("page_dashboard")
        from cl_desktop.ui.i18n import current

        self.service_labels = ReferenceLists(ctx.db).labels("service_type", current())

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 6)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Dashboard"))
        heading.setObjectName("page_title")
        top.addWidget(heading)
        top.addSpacing(12)
        self.project_combo = QComboBox()
        self.project_combo.setObjectName("project")
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period")
        self.programme_combo = QComboBox()
        self.programme_combo.setObjectName("programme")
        self.programme_combo.setToolTip(self.tr("Withdrawn and prevented of one action programme"))
        for text, combo, stretch in (
            (self.tr("&Project:"), self.project_combo, 4),
            (self.tr("P&eriod:"), self.period_combo, 1),
            (self.tr("Pro&gramme:"), self.programme_combo, 1),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo, stretch)
            # Long titles are cut on a netbook: the tooltip carries the whole choice.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            follow_text_in_tooltip(combo, label.text().replace("&", "").rstrip(":："))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        outer.addLayout(top)
        self.status = QLabel("")
        self.status.setObjectName("dashboard_status")
        outer.addWidget(self.status)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        grid = QVBoxLayout(body)
        grid.setContentsMargins(0, 4, 8, 4)

        self.cards_grid = QGridLayout()
        self.cards_grid.setHorizontalSpacing(8)
        self.cards_grid.setVerticalSpacing(8)
        self.withdrawn_card = Card(self.tr("Withdrawn (cumulative)"), "card_withdrawn", "A1.1")
        self.prevented_card = Card(self.tr("Prevented (cumulative)"), "card_prevented", "A1.2")
        self.e1_card = Card(self.tr("E1 education services"), "card_e1", "A1.3")
        self.l1_card = Card(self.tr("L1 households, livelihood"), "card_l1", "A1.4")
        self.overdue_card = Card(self.tr("Overdue follow-ups"), "card_overdue")
        self.referrals_card = LinkCard(self.tr("Overdue referrals"), "card_referrals")
        self.referrals_card.setToolTip(self.tr("Open the overdue referrals"))
        self.referrals_card.clicked.connect(self.open_overdue_referrals)
        figure_cards = [self.withdrawn_card, self.prevented_card, self.e1_card, self.l1_card, self.overdue_card]
        for card in figure_cards:
            card.activated.connect(lambda card=card: self.open_card(card))
        self.cards = [*figure_cards, self.referrals_card]
        self.card_columns = 0
        self._place_cards(len(self.cards))
        grid.addLayout(self.cards_grid)

        charts = QGridLayout()
        charts.setHorizontalSpacing(24)
        charts.setVerticalSpacing(14)
        self.withdrawn_chart = BarChart(self.tr("Children withdrawn against target"))
        self.prevented_chart = BarChart(self.tr("Children prevented against target"))
        self.withdrawn_age_chart = BarChart(self.tr("Withdrawn by age group (cumulative)"))
        self.prevented_age_chart = BarChart(self.tr("Prevented by age group (cumulative)"))
        self.e1_chart = BarChart(self.tr("E1: children given education services, by service (cumulative)"))
        self.poc_chart = BarChart(self.tr("Participant children (POC), % of registered"))
        self.programme_chart = BarChart(self.tr("Withdrawn and prevented by action programme, against target"))
        for name, chart in (
            ("chart_withdrawn", self.withdrawn_chart),
            ("chart_prevented", self.prevented_chart),
            ("chart_withdrawn_age", self.withdrawn_age_chart),
            ("chart_prevented_age", self.prevented_age_chart),
            ("chart_e1", self.e1_chart),
            ("chart_poc", self.poc_chart),
            ("chart_programmes", self.programme_chart),
        ):
            chart.setObjectName(name)
            chart.setCursor(Qt.CursorShape.PointingHandCursor)
            chart.bar_activated.connect(lambda index, chart=chart: self.open_bar(chart, index))
        top_aligned = Qt.AlignmentFlag.AlignTop
        charts.addWidget(self.withdrawn_chart, 0, 0, top_aligned)
        charts.addWidget(self.prevented_chart, 0, 1, top_aligned)
        charts.addWidget(self.withdrawn_age_chart, 1, 0, top_aligned)
        charts.addWidget(self.prevented_age_chart, 1, 1, top_aligned)
        charts.addWidget(self.e1_chart, 2, 0, top_aligned)
        charts.addWidget(self.poc_chart, 2, 1, top_aligned)
        charts.addWidget(self.programme_chart, 3, 0, top_aligned)
        quality = QWidget()
        quality.setObjectName("quality_panel")
        quality_box = QVBoxLayout(quality)
        quality_box.setContentsMargins(0, 0, 0, 0)
        quality_box.setSpacing(4)
        quality_title = QLabel(self.tr("Data quality"))
        quality_title.setObjectName("section_title")
        bold = quality_title.font()
        bold.setBold(True)
        quality_title.setFont(bold)
        quality_box.addWidget(quality_title)
        self.findings = QListWidget()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.setMinimumHeight(120)
        self.findings.setToolTip(self.tr("Double-click or Enter: list the records of a finding"))
        self.findings.itemActivated.connect(self.open_finding)
        quality_box.addWidget(self.findings)
        charts.addWidget(quality, 3, 1, Qt.AlignmentFlag.AlignTop)
        from cl_desktop.ui.recent import RecentChildrenBox

        self.recent = RecentChildrenBox(ctx, bus)
        charts.addWidget(self.recent, 4, 0, Qt.AlignmentFlag.AlignTop)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        grid.addLayout(charts)
        grid.addStretch()

        self.fill_projects()
        self.project_combo.currentIndexChanged.connect(self._project_changed)
        self.period_combo.currentIndexChanged.connect(lambda _: self.reload())
        self.programme_combo.currentIndexChanged.connect(lambda _: self.reload())
        bus.changed.connect(self._changed)
        self.reload()

    # -- choices --------------------------------------------------------------
    def fill_projects(self) -> None:
        projects = Projects(self.ctx).list()
        remembered = settings.get("dashboard/project")
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        chosen = 0
        best = -1
        for i, p in enumerate(projects):
            self.project_combo.addItem(f"{p['code']} — {p.get('short_title') or p['title']}", p["id"])
            if p["id"] == remembered:
                chosen = i
                best = 10**12
            elif best < 10**12:
                n = int(p.get("target_withdrawn_f", 0) + p.get("target_withdrawn_m", 0))
                if n > best:
                    chosen, best = i, n
        self.project_combo.setCurrentIndex(chosen if projects else -1)
        self.project_combo.blockSignals(False)
        self.fill_periods()

    def fill_programmes(self) -> None:
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        self.programme_combo.addItem(self.tr("All action programmes"), "")
        project_id = self.project_combo.currentData()
        if project_id:
            for row in Projects(self.ctx).programmes(project_id):
                self.programme_combo.addItem(f"{row['code']} — {row['title']}", row["id"])
        self.programme_combo.setCurrentIndex(0)
        self.programme_combo.blockSignals(False)

    def fill_periods(self) -> None:
        self.fill_programmes()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        project_id = self.project_combo.currentData()
        if project_id:
            periods = Periods(self.ctx)
            latest = periods.default(project_id)
            status = {
                "draft": self.tr("draft"),
                "submitted": self.tr("submitted"),
                "approved": self.tr("approved"),
            }
            for row in periods.list(project_id):
                self.period_combo.addItem(f"{row['code']} · {status.get(row['status'], '')}", row["id"])
                self.period_combo.setItemData(
                    self.period_combo.count() - 1,
                    f"{i18n.date_text(row['start_date'])} – {i18n.date_text(row['end_date'])}",
                    Qt.ItemDataRole.ToolTipRole,
                )
            index = self.period_combo.findData(latest["id"]) if latest else self.period_combo.count() - 1
            self.period_combo.setCurrentIndex(max(index, 0))
        self.period_combo.blockSignals(False)

    def _project_changed(self) -> None:
        settings.put("dashboard/project", self.project_combo.currentData() or "")
        self.fill_periods()
        self.reload()

    def select_project(self, code: str) -> None:
        for i in range(self.project_combo.count()):
            if self.project_combo.itemText(i).startswith(code + " "):
                self.project_combo.setCurrentIndex(i)
                return

    # -- loading --------------------------------------------------------------
    def reload(self) -> None:
        project_id = self.project_combo.currentData()
        if not project_id:
            self.status.setText(self.tr("No project yet: create one on the Projects page."))
            return
        period_id = self.period_combo.currentData() or None
        programme_id = self.programme_combo.currentData() or None
        period = Periods(self.ctx).get(period_id) if period_id else None
        self.scope = (project_id, period, programme_id or "")
        self.loading = True
        self.status.setText(self.tr("Computing…"))
        ctx = self.ctx

        def work(job: Job) -> DashboardData:
            with reader(ctx) as own:
                return Dashboard(own).compute(project_id, period_id, programme_id, job)

        self.tasks.run(
            self.tr("Computing the dashboard…"),
            work,
            on_success=self.show_data,
            on_failure=self._failed,
            show_progress=False,
        )

    def _failed(self, exc: BaseException) -> None:
        from cl_desktop.ui.errors import show_error

        self.loading = False
        self.status.setText("")
        show_error(exc, self)

    def _changed(self, table: str) -> None:
        if table in ("projects", "action_programmes", "reporting_periods"):
            current = self.project_combo.currentData()
            self.fill_projects()
            if current:
                self.project_combo.setCurrentIndex(max(self.project_combo.findData(current), 0))
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event: Any) -> None:
        if self.stale:
            self.stale = False
            self.reload()
        super().showEvent(event)

    # -- showing --------------------------------------------------------------
    def show_data(self, data: DashboardData) -> None:
        self.loading = False
        self.data = data
        ind = data.indicators
        period = ind.period
        status = (
            self.tr("Figures up to {end}; this period: {start} – {end}.").format(
                start=i18n.date_text(period["start_date"], numeric=False),
                end=i18n.date_text(period["end_date"], numeric=False),
            )
            if period
            else self.tr("Figures up to today.")
        )
        # A Russian date ends in "г.": the sentence's own full stop is not doubled.
        self.status.setText(status[:-1] if status.endswith("..") else status)
        sexes = [(self.tr("Girls"), GIRLS), (self.tr("Boys"), BOYS)]
        for card, cumulative, this_period, target in (
            (self.withdrawn_card, ind.withdrawn_cumulative, ind.withdrawn_period, ind.target_withdrawn),
            (self.prevented_card, ind.prevented_cumulative, ind.prevented_period, ind.target_prevented),
        ):
            pct = ind.percent(cumulative.total, target.total)
            card.set(
                i18n.number(cumulative.total),
                self.tr("target {target}{pct} · this period {n}").format(
                    target=i18n.number(target.total),
                    pct=f" ({i18n.percent(pct)})" if pct is not None else "",
                    n=i18n.number(this_period.total),
                ),
            )
        e1 = ind.e1_cumulative.get("total", BySex())
        self.e1_card.set(
            i18n.number(e1.total),
            self.tr("this period {n}").format(n=i18n.number(ind.e1_period.get("total", BySex()).total)),
        )
        self.l1_card.set(
            i18n.number(ind.l1_cumulative.total),
            self.tr("this period {n}").format(n=i18n.number(ind.l1_period.total)),
        )
        overdue = sum(f.count for f in data.findings if f.kind == "overdue")
        self.overdue_card.set(
            i18n.number(overdue),
            self.tr("no visit for {days} days").format(days=i18n.number(quality.FOLLOW_UP_INTERVAL_DAYS)),
        )

        self.referrals_card.set(i18n.number(data.overdue_referrals), self.tr("no answer or no service in time"))

        for chart, cumulative, this_period, target in (
            (self.withdrawn_chart, ind.withdrawn_cumulative, ind.withdrawn_period, ind.target_withdrawn),
            (self.prevented_chart, ind.prevented_cumulative, ind.prevented_period, ind.target_prevented),
        ):
            chart.set_bars(
                [
                    Bar(self.tr("Girls"), [(cumulative.f, GIRLS)], target.f or None),
                    Bar(self.tr("Boys"), [(cumulative.m, BOYS)], target.m or None),
                    Bar(self.tr("Total"), [(cumulative.f, GIRLS), (cumulative.m, BOYS)], target.total or None),
                    Bar(self.tr("This period"), [(this_period.f, GIRLS), (this_period.m, BOYS)]),
                ],
                sexes,
            )
        for chart, by_age in (
            (self.withdrawn_age_chart, data.withdrawn_by_age),
            (self.prevented_age_chart, data.prevented_by_age),
        ):
            bars = []
            for name, _, _ in AGE_GROUPS:
                n = by_age.get(name, BySex())
                bars.append(
                    Bar(self.tr("{group} years").format(group=i18n.digits_text(name)), [(n.f, GIRLS), (n.m, BOYS)])
                )
            other = by_age.get("other")
            if other and other.total:
                bars.append(Bar(self.tr("other ages"), [(other.f, GIRLS), (other.m, BOYS)]))
            chart.set_bars(bars, sexes)
        e1_bars = [
            Bar(self.service_labels.get(code, code), [(n.f, GIRLS), (n.m, BOYS)])
            for code, n in sorted(ind.e1_cumulative.items(), key=lambda kv: -kv[1].total)
            if code != "total"
        ]
        self.e1_chart.set_bars(e1_bars, sexes, empty_text=self.tr("No education services recorded yet"))
        poc_bars = []
        for code, name in POC_NAMES.items():
            ratio = ind.status.get(code)
            value = ratio.total if ratio and ratio.total is not None else 0.0
            poc_bars.append(Bar(tr(name), [(value, TOTAL)]))
        self.poc_chart.set_bars(poc_bars, percent=True, scale_max=100.0)
        titles = {
            self.programme_combo.itemText(i).split(" — ")[0]: self.programme_combo.itemText(i)
            for i in range(1, self.programme_combo.count())
        }
        self.programme_chart.set_bars(
            [
                Bar(code, [(n, TOTAL)], target or None, hint=titles.get(code, code))
                for code, n, target in data.by_programme
            ],
            empty_text=self.tr("No action programmes yet"),
        )
        self.findings.clear()
        if not data.findings:
            self.findings.addItem(self.tr("No data-quality problems found."))
        for f in data.findings:
            text = _finding_text(f) + (" — " + ", ".join(f.examples[:3]) if f.examples else "")
            item = QListWidgetItem(("⚠ " if f.severity == "error" else "• ") + text)
            item.setData(Qt.ItemDataRole.UserRole, f.kind)
            item.setData(Qt.ItemDataRole.UserRole + 1, f)
            item.setToolTip(text)
            self.findings.addItem(item)
        self.findings.setFixedHeight(max(120, min(260, 26 * (self.findings.count() + 1))))
        self._figures(data, e1_bars)

    # -- the records behind each figure ----------------------------------------------------------------
    def _figures(self, data: DashboardData, e1_bars: list[Bar]) -> None:
        """The Figure of every card and bar, as the service counted it (``Dashboard.compute``)."""
        from datetime import date

        project_id, period, programme_id = self.scope
        since = str(period["start_date"]) if period else ""
        until = str(period["end_date"]) if period else date.today().isoformat()
        project = Figure("outcome", project_id, until=until)

        def outcome(key: str, **more: Any) -> Figure:
            return replace(project, key=key, programme_id=programme_id, **more)

        threshold = int(Projects(self.ctx).get(project_id).get("attendance_threshold") or 75)
        e1 = replace(project, what="e1", key="total")
        self.card_figures = {
            self.withdrawn_card: (outcome("withdrawn"), self.tr("Withdrawn (cumulative)")),
            self.prevented_card: (outcome("prevented"), self.tr("Prevented (cumulative)")),
            self.e1_card: (e1, self.tr("E1 education services")),
            self.l1_card: (replace(project, what="l1"), self.tr("L1 households, livelihood")),
            self.overdue_card: (Figure("overdue", project_id), self.tr("Overdue follow-ups")),
        }
        girls, boys = self.tr("girls"), self.tr("boys")
        for chart, key, name, this_period in (
            (self.withdrawn_chart, "withdrawn", self.tr("Withdrawn (cumulative)"), self.tr("Withdrawn this period")),
            (self.prevented_chart, "prevented", self.tr("Prevented (cumulative)"), self.tr("Prevented this period")),
        ):
            self.bar_figures[chart] = [
                (outcome(key, sex="F"), f"{name}, {girls}"),
                (outcome(key, sex="M"), f"{name}, {boys}"),
                (outcome(key), name),
                (outcome(key, since=since), this_period),
            ]
        for chart, key, name in (
            (self.withdrawn_age_chart, "withdrawn", self.tr("Withdrawn (cumulative)")),
            (self.prevented_age_chart, "prevented", self.tr("Prevented (cumulative)")),
        ):
            groups = [group for group, _, _ in AGE_GROUPS]
            other = data.withdrawn_by_age if key == "withdrawn" else data.prevented_by_age
            if other.get("other") and other["other"].total:
                groups.append("other")
            self.bar_figures[chart] = [
                (outcome(key, age_group=group), f"{name}, {bar.label}")
                for group, bar in zip(groups, chart.bars, strict=False)
            ]
        codes = [code for code, _ in sorted(data.indicators.e1_cumulative.items(), key=lambda kv: -kv[1].total)]
        codes = [code for code in codes if code != "total"]
        e1_name = self.tr("E1 education services")
        self.bar_figures[self.e1_chart] = [
            (replace(e1, key=code), f"{e1_name}: {bar.label}") for code, bar in zip(codes, e1_bars, strict=False)
        ]
        self.bar_figures[self.poc_chart] = [
            (Figure("poc", project_id, key=code, until=until, threshold=threshold), tr(name))
            for code, name in POC_NAMES.items()
        ]
        programmes = [self.programme_combo.itemData(i) for i in range(1, self.programme_combo.count())]
        self.bar_figures[self.programme_chart] = [
            (
                replace(project, key="counted", programme_id=programme),
                self.tr("Withdrawn and prevented, {programme}").format(programme=code),
            )
            for (code, _, _), programme in zip(data.by_programme, programmes, strict=False)
        ]

    def scope_text(self, figure: Figure) -> str:
        """What the list is filtered on, in words: the project, the period or date, the programme."""
        period = self.scope[1]
        parts = [self.tr("Project: {project}").format(project=self.project_combo.currentText())]
        if figure.since and figure.until:
            parts.append(
                self.tr("from {start} to {end}").format(
                    start=i18n.date_text(figure.since, numeric=False), end=i18n.date_text(figure.until, numeric=False)
                )
            )
        elif figure.until:
            parts.append(self.tr("up to {end}").format(end=i18n.date_text(figure.until, numeric=False)))
        if period:
            parts.append(self.tr("period {code}").format(code=period["code"]))
        if figure.programme_id:
            index = self.programme_combo.findData(figure.programme_id)
            parts.append(self.tr("action programme {code}").format(code=self.programme_combo.itemText(index)))
        elif figure.what == "outcome":
            parts.append(self.tr("all action programmes"))
        return " · ".join(parts)

    def open_figure(self, figure: Figure, heading: str) -> QWidget:
        from cl_desktop.ui.figure_list import FigureListDialog

        dialog = FigureListDialog(self.ctx, self.bus, self.tasks, figure, heading, self.scope_text(figure), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.opened = dialog
        return dialog

    def open_card(self, card: Card) -> QWidget | None:
        if card not in self.card_figures:
            return None
        figure, heading = self.card_figures[card]
        return self.open_figure(figure, f"{heading}: {card.value.text()}")

    def open_bar(self, chart: BarChart, index: int) -> QWidget | None:
        figures = self.bar_figures.get(chart, [])
        if index >= len(figures):
            return None
        figure, heading = figures[index]
        bar = chart.bars[index]
        value = i18n.number(bar.value) if not chart.percent else i18n.percent(bar.value, decimals=1)
        return self.open_figure(figure, f"{heading}: {value}")

    def open_finding(self, item: QListWidgetItem) -> QWidget | None:
        found = item.data(Qt.ItemDataRole.UserRole + 1)
        if not isinstance(found, quality.Finding) or not found.key:
            return None
        project_id = self.scope[0]
        ids: tuple[str, ...] = ()
        if found.key == "duplicates":
            ids = tuple(Dashboard(self.ctx).duplicate_children(project_id))
        figure = Figure("finding", project_id, key=found.key, ids=ids)
        return self.open_figure(figure, _finding_text(found))

    def focus_search(self) -> None:
        self.project_combo.setFocus()

    def open_overdue_referrals(self) -> QWidget | None:
        """The Referrals page, showing only the overdue ones."""
        show_page = getattr(self.window(), "show_page", None)
        if not callable(show_page):
            return None
        page = show_page("referrals")
        if page is not None and hasattr(page, "show_overdue"):
            page.show_overdue()
        return page

    # -- cards: all in a row on a wide screen, three to a row on a netbook ------------------------------
    def _place_cards(self, columns: int) -> None:
        if columns == self.card_columns:
            return
        self.card_columns = columns
        for card in self.cards:
            self.cards_grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self.cards_grid.addWidget(card, i // columns, i % columns)
        for col in range(len(self.cards)):
            self.cards_grid.setColumnStretch(col, 1 if col < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A card needs about 170 pixels for its caption in two lines and its figure.
        width = event.size().width()
        self._place_cards(len(self.cards) if width >= len(self.cards) * 170 else 3)
        super().resizeEvent(event)


def _finding_text(finding: quality.Finding) -> str:
    """A data-quality finding in the interface language: the report's wording of the issue, then its count.

    "Children without a household: 1" rather than "1 children without a household": a label and a
    figure read right in every language and for every number, with no plural form to choose.
    """
    from cl_desktop.reports.quality import describe  # the printed report's catalogue, loaded when needed

    text = describe(finding, i18n.current())
    said = f"{text[:1].upper()}{text[1:]}: {i18n.number(finding.count)}"
    if finding.key == "duplicates":  # when last counted in full, and whether the count may be incomplete
        from cl_desktop.reports.quality import check_note

        said += f" ({check_note(finding.checked_at, finding.unchecked, i18n.current())})"
    return said
