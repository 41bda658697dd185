"""The location tree (country → province → district → commune → village) for pickers, without Qt."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

LEVELS: tuple[str, ...] = ("country", "province", "district", "commune", "village")


def display_name(row: dict[str, Any], lang: str = "en") -> str:
    """The name in the user's language: local script for Khmer, Russian for Russian, else English."""
    if lang == "km" and row.get("name_local"):
        return str(row["name_local"])
    if lang == "ru" and row.get("name_ru"):
        return str(row["name_ru"])
    return str(row["name_en"])


class Locations:
    """Read access to the location tree; every level is a short list found by the parent index."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, location_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM locations WHERE id = ? AND deleted = 0", [location_id]))
        return rows[0] if rows else None

    def countries(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM locations WHERE level = 'country' AND deleted = 0 ORDER BY name_en"))

    def children_of(self, parent_id: str) -> list[dict[str, Any]]:
        return list(
            self.db.query("SELECT * FROM locations WHERE parent_id = ? AND deleted = 0 ORDER BY code", [parent_id])
        )

    def path(self, location_id: str) -> list[dict[str, Any]]:
        """The location and its ancestors, country first."""
        chain: list[dict[str, Any]] = []
        current = self.get(location_id)
        while current is not None and len(chain) < len(LEVELS):
            chain.insert(0, current)
            current = self.get(current["parent_id"]) if current["parent_id"] else None
        return chain

    def label(self, location_id: str | None, lang: str = "en") -> str:
        """'Village, Commune, District, Province' for a record view."""
        if not location_id:
            return ""
        return ", ".join(display_name(r, lang) for r in reversed(self.path(location_id)) if r["level"] != "country")

    def office_country(self, office_code: str) -> str | None:
        """The country of an office (its province's country), to preselect the picker."""
        row = self.db.execute(
            "SELECT l.country_code FROM offices o JOIN locations l ON l.id = o.province_id WHERE o.code = ?",
            [office_code],
        ).fetchone()
        return str(row[0]) if row else None
