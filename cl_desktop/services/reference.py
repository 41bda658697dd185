"""Reference data: locations, code lists and organisations shipped with the app.

Loaded into every new database with stable keys derived from their codes, so
all offices agree on the keys; later changes travel through sync.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from cl_desktop.i18n.languages import LANGUAGES
from cl_desktop.ids import stable_id
from cl_desktop.resources import resource_path
from cl_desktop.store.records import Author, insert_many_unaudited


def _rows(name: str) -> Iterator[dict[str, str]]:
    path: Path = resource_path("reference", name)
    with open(path, encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def bundled_locations() -> list[dict[str, str]]:
    """The reference places that ship with the app (code, level, parent_code, names), as in locations.csv."""
    return list(_rows("locations.csv"))


def location_id(code: str) -> str:
    return stable_id("location", code)


def organisation_id(code: str) -> str:
    return stable_id("organisation", code)


def load_reference_data(db: Database, author: Author) -> dict[str, int]:
    """Insert the bundled reference data; returns rows loaded per table."""
    locations = []
    for r in _rows("locations.csv"):
        country = r["code"].split("-")[0]
        locations.append(
            {
                "id": location_id(r["code"]),
                "code": r["code"],
                "level": r["level"],
                "parent_id": location_id(r["parent_code"]) if r["parent_code"] else None,
                "country_code": country,
                "name_en": r["name_en"],
                "name_local": r.get("name_km") or "",
                "name_ru": r.get("name_ru") or "",
                "abbrev": r.get("abbrev") or "",
            }
        )
    items = [
        {
            "id": stable_id("reference", f"{r['list']}:{r['code']}"),
            "list": r["list"],
            "code": r["code"],
            "label_en": r["label_en"],
            "label_km": r["label_km"],
            "label_ru": r["label_ru"],
            "sort": int(r["sort"] or 0),
            "attributes": json.dumps(json.loads(r["attributes"] or "{}"), ensure_ascii=False),
        }
        for r in _rows("lists.csv")
    ]
    organisations = [
        {
            "id": organisation_id(r["code"]),
            "code": r["code"],
            "name": r["name"],
            "acronym": r["acronym"],
            "organisation_type": r["organisation_type"],
            "country_code": r["country_code"],
        }
        for r in _rows("organisations.csv")
    ]
    return {
        "locations": insert_many_unaudited(db, "locations", locations, author),
        "reference_items": insert_many_unaudited(db, "reference_items", items, author),
        "organisations": insert_many_unaudited(db, "organisations", organisations, author),
    }


class ReferenceLists:
    """Read access to code lists and their labels in each language."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def items(self, list_name: str, *, active_only: bool = True) -> list[dict[str, Any]]:
        sql = "SELECT * FROM reference_items WHERE list = ? AND deleted = 0"
        if active_only:
            sql += " AND active = 1"
        rows = list(self.db.query(sql + " ORDER BY sort, code", [list_name]))
        for r in rows:
            r["attributes"] = json.loads(r["attributes"] or "{}")
        return rows

    def codes(self, list_name: str) -> list[str]:
        return [r["code"] for r in self.items(list_name)]

    def label(self, list_name: str, code: str, lang: str = "en") -> str:
        row = self.db.execute(
            "SELECT label_en, label_km, label_ru FROM reference_items WHERE list = ? AND code = ?",
            [list_name, code],
        ).fetchone()
        if not row:
            return code
        by_lang = dict(zip(LANGUAGES, row, strict=True))
        return str(by_lang.get(lang) or row[0])

    def labels(self, list_name: str, lang: str = "en") -> dict[str, str]:
        column = {"km": "label_km", "ru": "label_ru"}.get(lang, "label_en")
        return {
            code: (label or en)
            for code, label, en in self.db.execute(
                f"SELECT code, {column}, label_en FROM reference_items WHERE list = ? ORDER BY sort",
                [list_name],
            )
        }

    def education_services(self) -> list[str]:
        return [r["code"] for r in self.items("service_type", active_only=False) if r["attributes"].get("education")]


@lru_cache(maxsize=1)
def bundled_codes(list_name: str) -> tuple[str, ...]:
    """Codes of a list as shipped (for validating before a database exists)."""
    return tuple(r["code"] for r in _rows("lists.csv") if r["list"] == list_name)


def has_alias(db: Database, text: str) -> bool:
    """Whether ``text`` is a child's former case number."""
    return bool(
        db.execute(
            "SELECT 1 FROM case_aliases WHERE case_number = ? AND deleted = 0 LIMIT 1", [text.strip().upper()]
        ).fetchone()
    )


def case_number_of_alias(db: Database, text: str) -> str | None:
    """The current case number of a child once numbered ``text`` (renumbered when two offices had
    handed out the same number); None when ``text`` is a current number or no former one."""
    number = text.strip().upper()
    if not number or db.execute("SELECT 1 FROM children WHERE case_number = ?", [number]).fetchone():
        return None
    row = db.execute(
        "SELECT c.case_number FROM case_aliases a JOIN children c ON c.id = a.child_id "
        "WHERE a.case_number = ? AND a.deleted = 0 ORDER BY a.created_at DESC LIMIT 1",
        [number],
    ).fetchone()
    return str(row[0]) if row else None
