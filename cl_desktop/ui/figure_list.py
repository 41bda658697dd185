"""The records behind a dashboard figure: the list of exactly the children (or households, or services) it
counts, with what it counts said above the list, searchable, openable and exportable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cl_desktop.figures.members import Figure, list_kind
from cl_desktop.services.context import Context
from cl_desktop.ui.bus import DataBus
from cl_desktop.ui.fit import resize_to_fit
from cl_desktop.ui.i18n import plural
from cl_desktop.ui.pages.list_page import ListPage
from cl_desktop.ui.tasks import Tasks


def page_class(kind: str) -> type[ListPage]:
    from cl_desktop.ui.pages.children import ChildrenPage
    from cl_desktop.ui.pages.households import HouseholdsPage
    from cl_desktop.ui.pages.services import ServicesPage

    return {"children": ChildrenPage, "households": HouseholdsPage, "services": ServicesPage}[kind]


class FigureListDialog(QDialog):
    """``heading`` names the figure and ``scope`` its filter (project, period, programme, sex…)."""

    def __init__(
        self,
        ctx: Context,
        bus: DataBus,
        tasks: Tasks,
        figure: Figure,
        heading: str,
        scope: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.figure = figure
        self.setObjectName("figure_list")
        self.setWindowTitle(heading)
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading)
        self.heading.setObjectName("figure_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.scope = QLabel(scope)
        self.scope.setObjectName("figure_scope")
        self.scope.setWordWrap(True)
        self.scope.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.scope)
        self.page = page_class(list_kind(figure))(ctx, bus, tasks, self, fixed_filters={"figure": figure.encode()})
        self.page.setObjectName("figure_page")
        layout.addWidget(self.page, 1)
        self.message = QLabel()
        self.message.setObjectName("figure_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.page.exported.connect(self._exported)
        resize_to_fit(self, 980, 620)

    def rows(self) -> int:
        return self.page.model.total()

    def _exported(self, path: str, n: int) -> None:
        self.message.setText(plural(self.tr("Exported %n row(s) to {path}", "", n), n).format(path=path))
