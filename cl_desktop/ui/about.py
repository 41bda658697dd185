"""Help → About: version, licence, where the data lives, and every bundled component's licence.

The licences of what we ship (the fonts' OFL, Qt's LGPL...) must travel with the
program; this dialog is where a user, or an auditor, finds them. ``smoke_check``
lets ``cl-desktop self-test`` prove that Qt, the icon and the fonts load in a
frozen build.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cl_desktop import APP_NAME, __version__
from cl_desktop.errors import KnownError
from cl_desktop.resources import resource_path, resources_root
from cl_desktop.ui.fit import resize_to_fit
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
HOMEPAGE_LICENCE = "https://www.apache.org/licenses/LICENSE-2.0"


@dataclass(frozen=True)
class Component:
    """A third-party part of the installed program and the terms it comes under."""

    name: str
    distribution: str  # for the installed version; "" when it is not a Python package
    licence: str
    url: str
    licence_file: str = ""  # relative to the resources folder, when we ship the full text
    note: str = ""
    version: str = ""  # for parts that are not Python packages, when known without asking them


COMPONENTS: tuple[Component, ...] = (
    Component(
        "Noto Sans, Noto Sans Khmer",
        "",
        "SIL Open Font License 1.1",
        "https://github.com/notofonts",
        licence_file="fonts/OFL.txt",
        version="2.004 / 2.001",
        note=QT_TRANSLATE_NOOP("AboutDialog", "Fonts bundled unmodified for Latin, Cyrillic and Khmer text."),
    ),
    Component(
        "Qt for Python (PySide6) and Qt",
        "PySide6-Essentials",
        "GNU LGPL v3",
        "https://www.qt.io/licensing/open-source-lgpl-obligations",
        note=QT_TRANSLATE_NOOP(
            "AboutDialog",
            "Shipped as separate, replaceable libraries; the source is available from the Qt Company.",
        ),
    ),
    Component("reportlab", "reportlab", "BSD 3-Clause", "https://www.reportlab.com/"),
    Component(
        "HarfBuzz (uharfbuzz)",
        "uharfbuzz",
        "Apache 2.0 (bindings), MIT (HarfBuzz)",
        "https://github.com/harfbuzz/uharfbuzz",
    ),
    Component("Pillow", "pillow", "MIT-CMU (HPND)", "https://python-pillow.org/"),
    Component("sqlite-utils", "sqlite-utils", "Apache 2.0", "https://github.com/simonw/sqlite-utils"),
    Component("SQLite", "", "Public domain", "https://sqlite.org/copyright.html"),
    Component("cryptography", "cryptography", "Apache 2.0 or BSD 3-Clause", "https://cryptography.io/"),
    Component("OpenSSL", "", "Apache 2.0", "https://www.openssl.org/source/license.html"),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("openpyxl", "openpyxl", "MIT", "https://foss.heptapod.net/openpyxl/openpyxl"),
    Component("Python", "", "Python Software Foundation License", "https://docs.python.org/3/license.html"),
)


def installed_version(distribution: str) -> str:
    """The version of a bundled package; frozen builds may not carry the metadata."""
    if not distribution:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def component_version(component: Component) -> str:
    if component.name == "SQLite":
        import sqlite3

        return sqlite3.sqlite_version
    if component.name == "Python":
        return ".".join(map(str, sys.version_info[:3]))
    return component.version or installed_version(component.distribution)


def app_icon() -> QIcon:
    """The application icon in every size we ship (the window manager picks)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"cl-desktop-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def licence_text(component: Component | None) -> str:
    """The full licence text we ship, or where to read it."""
    if component is None:
        path = resources_root().parent / "LICENSE"
        if path.is_file():
            return path.read_text(encoding="utf-8")
        return f"Apache License, Version 2.0\n{HOMEPAGE_LICENCE}\n"
    if component.licence_file:
        path = resource_path(*component.licence_file.split("/"))
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return f"{component.name}: {component.licence}\n{component.url}\n"


class AboutDialog(QDialog):
    """Modal dialog: what this program is, which version, and under which terms its parts come."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setWindowIcon(app_icon())
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_tab(), self.tr("&About"))
        self.tabs.addTab(self._licences_tab(), self.tr("&Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        resize_to_fit(self, 640, 600)

    def _about_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        logo = QLabel(page)
        logo.setPixmap(QPixmap(str(resource_path("icons", "cl-desktop-64.png"))))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(logo)
        self.title_label = QLabel(f"<h2>{APP_NAME}</h2>", page)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title_label)
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__), page)
        self.version_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.version_label)
        text = QLabel(
            self.tr(
                "Offline monitoring of child-labour elimination projects: children, services, "
                "follow-ups, reports and sync."
            ),
            page,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text)
        self.licence_label = QLabel(
            self.tr("Licensed under the Apache License, Version 2.0.")
            + f' <a href="{HOMEPAGE_LICENCE}">{HOMEPAGE_LICENCE}</a>',
            page,
        )
        self.licence_label.setOpenExternalLinks(True)
        self.licence_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.licence_label)
        frozen = getattr(sys, "frozen", False)
        self.build_label = QLabel(
            self.tr("Python {python}, Qt {qt}, {kind}").format(
                python=".".join(map(str, sys.version_info[:3])),
                qt=qVersion(),
                kind=self.tr("installed build") if frozen else self.tr("running from source"),
            ),
            page,
        )
        self.build_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.build_label)
        self.data_label = QLabel(self._data_folder_text(), page)
        self.data_label.setWordWrap(True)
        self.data_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.data_label)
        layout.addStretch()
        return page

    def _data_folder_text(self) -> str:
        from cl_desktop.paths import data_dir

        try:
            folder = str(data_dir())
        except OSError:
            folder = "?"
        return self.tr("Your data is kept in {folder}; uninstalling the program does not remove it.").format(
            folder=folder
        )

    def _licences_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("{app} includes these components:").format(app=APP_NAME), page))
        self.table = QTableWidget(len(COMPONENTS) + 1, 3, page)
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        rows = [(APP_NAME, __version__, "Apache 2.0")] + [(c.name, component_version(c), c.licence) for c in COMPONENTS]
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        layout.addWidget(self.table, 3)
        self.note_label = QLabel(page)
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)
        self.licence_view = QPlainTextEdit(page)
        self.licence_view.setReadOnly(True)
        self.licence_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.licence_view, 2)
        self.table.currentCellChanged.connect(self._show_licence)
        self.table.setCurrentCell(0, 0)
        return page

    def _show_licence(self, row: int, *_: int) -> None:
        component = COMPONENTS[row - 1] if row >= 1 else None
        note = component.note if component else ""
        self.note_label.setText(QCoreApplication.translate("AboutDialog", note) if note else "")
        self.note_label.setVisible(bool(note))
        self.licence_view.setPlainText(licence_text(component))

    def select_component(self, name: str) -> None:
        """Show the licence of the component called ``name`` (tests, links from elsewhere)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == name:
                self.tabs.setCurrentIndex(1)
                self.table.setCurrentCell(row, 0)
                return
        raise KeyError(name)

    def licence_text_for(self, name: str) -> str:
        """The licence text the dialog shows for the component called ``name``."""
        self.select_component(name)
        return self.licence_view.toPlainText()


def smoke_check() -> str:
    """Prove that Qt, its platform plugin, the icon and the Khmer font load (for ``self-test``)."""
    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept alive for the checks below
    problems = []
    if app_icon().isNull():
        problems.append("the application icon does not load")
    families: list[str] = []
    for name in ("NotoSans-Regular.ttf", "NotoSansKhmer-Regular.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id == -1:
            problems.append(f"Qt cannot load {name}")
        else:
            families += QFontDatabase.applicationFontFamilies(font_id)
    dialog = AboutDialog()
    try:
        image = dialog.grab()  # renders without showing (offscreen warns about showing top-level windows)
        if image.isNull() or image.width() < 100:
            problems.append("the About dialog does not render")
        if "Open Font License" not in dialog.licence_text_for("Noto Sans, Noto Sans Khmer"):
            problems.append("the fonts' licence text is missing")
    finally:
        dialog.close()
        dialog.deleteLater()
    if problems:
        raise KnownError("; ".join(problems))
    return f"Qt {qVersion()} ({QApplication.platformName()}): icon, fonts ({', '.join(families)}) and About dialog load"
