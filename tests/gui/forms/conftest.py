"""An office database with a project, an action programme and a village, and a bus to listen on."""

from __future__ import annotations

import re
from typing import Any

import pytest
from factories import ctx_for

from cl_desktop.services.context import Context
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import location_id


@pytest.fixture(scope="session")
def app_fonts(qapp: Any) -> None:
    """The bundled Noto fonts, so Khmer renders in screenshots as in the app."""
    from PySide6.QtGui import QFont, QFontDatabase

    from cl_desktop.resources import resource_path

    for path in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    font = QFont()
    font.setFamilies(["Noto Sans", "Noto Sans Khmer"])
    font.setPointSize(10)
    qapp.setFont(font)


@pytest.fixture
def ctx(office_db: Any) -> Context:
    return ctx_for(office_db)


@pytest.fixture
def project(ctx: Context) -> dict[str, Any]:
    return Projects(ctx).create(
        {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
    )


@pytest.fixture
def programme(ctx: Context, project: dict[str, Any]) -> dict[str, Any]:
    return Projects(ctx).create_programme(
        {
            "code": "KH-T-AP1",
            "project_id": project["id"],
            "title": "Brick kilns in Kandal",
            "start_date": "2009-02-01",
            "end_date": "2012-11-30",
            "sectors": ["brick_making"],
            "strategy": ["withdrawal"],
        },
        [location_id("KH-8")],
    )


@pytest.fixture
def bus(qapp: Any) -> Any:
    from cl_desktop.ui.bus import DataBus

    return DataBus()


@pytest.fixture
def changed(bus: Any) -> list[str]:
    seen: list[str] = []
    bus.changed.connect(seen.append)
    return seen


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns about every top-level window with a layout, and about popups (a searchable
    # combo's list, the calendar) it cannot raise or let grab the keyboard; neither says anything about us.
    noise = (
        "This plugin does not support propagateSizeHints",
        "This plugin does not support raise",
        "This plugin does not support grabbing the keyboard",
    )
    for item in items:
        if "gui/forms" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*(re.escape(text) for text in noise)))
