"""Office settings kept in the database's ``meta`` table, each declared once.

Every key has a type, a default and a description here (as the GUI settings do in
``ui/settings.py``); the table itself stores text, so the file format does not
change. Reading or writing a key that is not declared is a bug and raises
``KeyError``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class MetaSetting:
    key: str
    type: type
    default: Any
    description: str


SETTINGS: dict[str, MetaSetting] = {
    s.key: s
    for s in (
        MetaSetting("office_code", str, "", "This database's office code (HQ at headquarters)."),
        MetaSetting("office_name", str, "", "This office's name, shown in the window title."),
        MetaSetting("is_hq", bool, False, "1 when this database is headquarters, 0 for a field office."),
        MetaSetting("created_at", str, "", "When the database was set up (UTC, ISO 8601)."),
        MetaSetting("created_with", str, "", "The application version that set the database up."),
        MetaSetting("setup_from", str, "", "The headquarters office whose setup file created this field office."),
        MetaSetting("last_backup_at", str, "", "When the last backup was written (UTC, ISO 8601)."),
        MetaSetting("last_sync_at", str, "", "When a sync bundle was last exported or imported (UTC, ISO 8601)."),
        MetaSetting("idle_lock_minutes", int, 10, "Minutes without activity before the window locks."),
        MetaSetting(
            "demo_planted_duplicates", str, "[]", "JSON: [case, case, kind] of each child the demo registered twice."
        ),
        MetaSetting("demo_bundle", str, "", "Base64 of the bundle the demo's sample office sent headquarters, to try."),
        MetaSetting(
            "duplicate_keys_version", str, "", "Which blocking keys child_match_keys holds (made again on a change)."
        ),
    )
}


def _text(setting: MetaSetting, value: Any) -> str:
    if setting.type is bool:
        return "1" if value in (True, "1") else "0"
    return str(value)


def get_meta(db: Database, key: str, default: str | None = None) -> str:
    """The stored text of a setting; ``default`` (or the declared default) when absent."""
    setting = SETTINGS[key]
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    if row:
        return str(row[0])
    return default if default is not None else _text(setting, setting.default)


def set_meta(db: Database, key: str, value: Any) -> None:
    setting = SETTINGS[key]
    db.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, _text(setting, value) if setting.type is bool else str(value)],
    )


def read_setting(db: Database, key: str) -> Any:
    """A setting as its declared type; the declared default when absent or unreadable."""
    setting = SETTINGS[key]
    text = get_meta(db, key)
    if setting.type is bool:
        return text == "1"
    if setting.type is int:
        try:
            return int(text)
        except ValueError:
            return setting.default
    return text
