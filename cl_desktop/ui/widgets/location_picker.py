"""Country → province → district → commune → village, as a cascade of combos driven from the keyboard."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from cl_desktop.services.locations import LEVELS, Locations, display_name
from cl_desktop.ui.widgets.fields import RecordCombo


class LocationPicker(QWidget):
    """Each combo lists the places under the one before; type any part of a name to narrow the list to it.

    ``location_id()`` is the deepest place chosen, so offices whose reference
    data stops at districts can still record one.
    """

    changed = Signal()

    def __init__(
        self,
        locations: Locations,
        lang: str = "en",
        *,
        levels: tuple[str, ...] = LEVELS,
        country_code: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.locations = locations
        self.lang = lang
        self.levels = levels
        self.combos: dict[str, RecordCombo] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        names = {
            "country": self.tr("Country"),
            "province": self.tr("Province"),
            "district": self.tr("District"),
            "commune": self.tr("Commune"),
            "village": self.tr("Village"),
        }
        for row, level in enumerate(levels):
            combo = RecordCombo(empty="—", searchable=True)
            combo.setObjectName(f"location_{level}")
            combo.setAccessibleName(names[level])
            label = QLabel(names[level])
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos[level] = combo
            combo.currentIndexChanged.connect(lambda _i, lv=level: self._level_changed(lv))
        grid.setColumnStretch(1, 1)
        for a, b in itertools.pairwise(levels):
            QWidget.setTabOrder(self.combos[a], self.combos[b])
        self.setFocusProxy(self.combos[levels[0]])
        self._fill(levels[0], self._top_rows())
        if country_code and levels[0] == "country":
            self.combos["country"].set_value(self._country_id(country_code))

    def _top_rows(self) -> list[dict[str, Any]]:
        countries = self.locations.countries()
        if self.levels[0] == "country":
            return countries
        return [p for c in countries for p in self.locations.children_of(c["id"])]

    def _country_id(self, code: str) -> str:
        return next((c["id"] for c in self.locations.countries() if c["code"] == code), "")

    def _fill(self, level: str, rows: list[dict[str, Any]]) -> None:
        combo = self.combos[level]
        combo.set_choices((r["id"], display_name(r, self.lang)) for r in rows)
        combo.setEnabled(bool(rows))

    def _level_changed(self, level: str) -> None:
        index = self.levels.index(level)
        if index + 1 < len(self.levels):
            chosen = self.combos[level].value()
            rows = self.locations.children_of(chosen) if chosen else []
            below = self.levels[index + 1]
            self.combos[below].blockSignals(True)
            self._fill(below, rows)
            self.combos[below].setCurrentIndex(0)
            self.combos[below].blockSignals(False)
            self._level_changed(below)
            return
        self.changed.emit()

    def location_id(self) -> str:
        for level in reversed(self.levels):
            value = self.combos[level].value()
            if value:
                return value
        return ""

    def level_of_choice(self) -> str:
        for level in reversed(self.levels):
            if self.combos[level].value():
                return level
        return ""

    def set_location(self, location_id: str | None) -> None:
        path = self.locations.path(location_id) if location_id else []
        by_level = {r["level"]: r["id"] for r in path}
        for level in self.levels:
            combo = self.combos[level]
            combo.blockSignals(True)
            combo.set_value(by_level.get(level, ""))
            combo.blockSignals(False)
            index = self.levels.index(level)
            if index + 1 < len(self.levels):
                chosen = combo.value()
                self._fill(self.levels[index + 1], self.locations.children_of(chosen) if chosen else [])
        self.changed.emit()
