"""The interface appears in the chosen language once its translation is installed."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from cl_desktop.ui import i18n

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"


@pytest.fixture
def compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Iterator[Path]:
    """Compile the .ts sources into a temporary folder, as `make translations` does."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for lang in ("km", "ru"):
        subprocess.run(
            [
                str(lrelease),
                "-silent",
                str(TRANSLATIONS / f"cl_desktop_{lang}.ts"),
                "-qm",
                str(tmp_path / f"cl_desktop_{lang}.qm"),
            ],
            check=True,
        )
    monkeypatch.setattr(i18n, "catalogue", lambda lang: tmp_path / f"cl_desktop_{lang}.qm")
    yield tmp_path
    i18n.install(qapp, "en")


def test_russian_interface(compiled: Path, qapp: Any, qtbot: Any, ctx: Any, demo_path: Path) -> None:
    from cl_desktop.ui.main_window import MainWindow
    from cl_desktop.ui.tasks import SyncTasks

    assert i18n.install(qapp, "ru") == "ru"
    assert QLocale().name() == "ru_RU"
    window = MainWindow(ctx, tasks=SyncTasks(), db_path=demo_path)
    qtbot.addWidget(window)
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert "Dashboard" not in labels and "Children" not in labels
    assert any("Дет" in label for label in labels)


def test_unknown_language_falls_back_to_english(compiled: Path, qapp: Any) -> None:
    assert i18n.install(qapp, "fr") == "en"
    assert QLocale().name() == "en_GB"


def test_validation_messages_and_list_headers_follow_the_language(compiled: Path, qapp: Any) -> None:
    from cl_desktop.domain.validation import FieldError
    from cl_desktop.services.lists import CASE_NUMBER
    from cl_desktop.ui.catalogue import field_error_message
    from cl_desktop.ui.forms.base import field_message
    from cl_desktop.ui.models.list_model import column_label

    i18n.install(qapp, "ru")
    error = FieldError("intake_date", "future_date", {"value": "2099-01-01"})
    message = field_error_message(error, labels={"intake_date": "Intake date"})
    assert "2099-01-01" in message and re.search("[а-я]", message) and "Intake" not in message
    assert field_message(error, "English text") == field_error_message(error)
    assert re.search("[а-я]", column_label(CASE_NUMBER), re.IGNORECASE)
    i18n.install(qapp, "en")
    assert field_message(error, "English text") == "English text"
