"""GUI settings, each declared once with its type, default and purpose.

Stored with QSettings in an INI file in the data folder (so ``CL_DESKTOP_DATA_DIR``
keeps tests and portable installs apart from the user's own settings).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from cl_desktop.paths import data_dir


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("window/geometry", QByteArray, QByteArray(), "Main window position and size."),
        Setting("window/state", QByteArray, QByteArray(), "Main window toolbars and docks."),
        Setting("window/page", str, "dashboard", "The page shown when the window last closed."),
        Setting("ui/language", str, "", "Interface language (en, km, ru); empty means the user's account language."),
        Setting("ui/digits", str, "latin", "Digits of numbers and dates in the Khmer interface: latin or khmer."),
        Setting("dashboard/project", str, "", "The project the dashboard showed last."),
        Setting("lists/columns", str, "{}", "JSON: per list, the columns the user showed (true) or hid (false)."),
        Setting("lists/last_export_dir", str, "", "Folder of the last list export."),
        Setting("reports/last_dir", str, "", "Folder of the last report written (else Documents)."),
        Setting("recent/children", str, "{}", "JSON: per office and user, the ids of the children opened last."),
    )
}


def store() -> QSettings:
    return QSettings(str(data_dir() / "cl-desktop-ui.ini"), QSettings.Format.IniFormat)


def get(key: str) -> Any:
    setting = SETTINGS[key]
    value = store().value(key, setting.default)
    if value is None:
        return setting.default
    if setting.type is str:
        return str(value)
    if setting.type is QByteArray:
        return value if isinstance(value, QByteArray) else setting.default
    return value


def put(key: str, value: Any) -> None:
    if key not in SETTINGS:
        raise KeyError(key)
    s = store()
    s.setValue(key, value)
    s.sync()


def _column_choices() -> dict[str, dict[str, bool]]:
    try:
        value = json.loads(get("lists/columns"))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def column_choice(kind: str) -> dict[str, bool]:
    """The user's show/hide choice per column key of a list (absent = the column's default)."""
    return {str(k): bool(v) for k, v in _column_choices().get(kind, {}).items()}


def set_column_choice(kind: str, choice: dict[str, bool]) -> None:
    choices = _column_choices()
    choices[kind] = dict(choice)
    put("lists/columns", json.dumps(choices, sort_keys=True))
