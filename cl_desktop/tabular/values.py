"""Cell values both ways: database values to friendly cells, and cells back to service values.

A clerk types ``Brick making``, ``ឥដ្ឋ`` or ``brick_making`` for a sector, a
case number for a child and a village's code (or its name, when only one
village has it): all resolve to the codes and keys the services expect.
Lookups are cached per import, since a register names the same villages and
programmes thousands of times.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from cl_desktop.tabular.columns import Col

MULTI_SEPARATOR = "; "
TRUE_WORDS = frozenset({"yes", "y", "true", "1", "x", "on", "да", "д", "បាទ", "ចាស", "មាន"})
FALSE_WORDS = frozenset({"no", "n", "false", "0", "off", "нет", "н", "ទេ", "គ្មាន", "-"})
SEX_WORDS: dict[str, str] = {
    **dict.fromkeys(("f", "female", "girl", "woman", "ស្រី", "ж", "жен", "женский", "девочка", "женщина"), "F"),
    **dict.fromkeys(("m", "male", "boy", "man", "ប្រុស", "м", "муж", "мужской", "мальчик", "мужчина"), "M"),
}


class CellError(ValueError):
    """A cell that cannot be read; the message is a sentence without the column name."""


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def text_of(value: Any) -> str:
    """A cell as text: numbers from Excel lose a trailing ``.0``, dates become YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if (value.hour, value.minute, value.second) == (0, 0, 0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


class Lookups:
    """Codes and labels of one database, loaded on first use."""

    def __init__(self, db: Database, lang: str = "en") -> None:
        self.db = db
        self.lang = lang
        self._refs: dict[str, tuple[dict[str, str], dict[str, str | None]]] = {}
        self._cache: dict[tuple[str, str], str | None] = {}

    # -- reference lists -------------------------------------------------
    def _ref(self, list_name: str) -> tuple[dict[str, str], dict[str, str | None]]:
        """(code → label in the export language, any spelling → code or None when ambiguous)."""
        if list_name not in self._refs:
            labels: dict[str, str] = {}
            words: dict[str, str | None] = {}
            column = {"km": "label_km", "ru": "label_ru"}.get(self.lang, "label_en")
            rows = self.db.execute(
                f"SELECT code, label_en, label_km, label_ru, {column} FROM reference_items "
                "WHERE list = ? AND deleted = 0 ORDER BY sort, code",
                [list_name],
            ).fetchall()
            for code, en, _km, _ru, chosen in rows:
                labels[code] = chosen or en or code
                words[_norm(code)] = code
            for code, en, km, ru, _ in rows:
                for word in (en, km, ru):
                    key = _norm(word or "")
                    if key and key not in words:
                        words[key] = code
                    elif key and words[key] != code and _norm(code) != key:
                        words[key] = None
            self._refs[list_name] = (labels, words)
        return self._refs[list_name]

    def ref_label(self, list_name: str, code: str | None) -> str:
        if not code:
            return ""
        return self._ref(list_name)[0].get(code, code)

    def ref_code(self, list_name: str, value: Any) -> str:
        text = text_of(value)
        if not text:
            return ""
        code = self._ref(list_name)[1].get(_norm(text), "")
        if not code:
            choices = list(self._ref(list_name)[0].values())
            shown = ", ".join(choices[:12]) + (", …" if len(choices) > 12 else "")
            raise CellError(f"“{text}” is not in the list ({shown}).")
        return code

    def ref_codes(self, list_name: str, value: Any) -> list[str]:
        text = text_of(value)
        if not text:
            return []
        if text.startswith("["):
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = None
            if isinstance(parsed, list):
                return [self.ref_code(list_name, str(v)) for v in parsed]
        codes: list[str] = []
        for part in (p.strip() for p in text.split(";")):
            if not part:
                continue
            try:
                codes.append(self.ref_code(list_name, part))
            except CellError:
                pieces = [p.strip() for p in part.split(",") if p.strip()]
                if len(pieces) < 2:
                    raise
                codes += [self.ref_code(list_name, p) for p in pieces]
        return list(dict.fromkeys(codes))

    def refs_label(self, list_name: str, stored: str | None) -> str:
        try:
            codes = json.loads(stored or "[]")
        except ValueError:
            return stored or ""
        return MULTI_SEPARATOR.join(self.ref_label(list_name, str(c)) for c in codes)

    # -- records named by their human code --------------------------------
    def _one(self, kind: str, key: str, sql: str, args: list[Any]) -> str | None:
        cache_key = (kind, key)
        if cache_key not in self._cache:
            rows = self.db.execute(sql, args).fetchmany(2)
            self._cache[cache_key] = str(rows[0][0]) if len(rows) == 1 else ("" if rows else None)
        return self._cache[cache_key]

    def project_id(self, value: Any) -> str:
        text = text_of(value)
        found = self._one(
            "project",
            text.upper(),
            "SELECT id FROM projects WHERE deleted = 0 AND (upper(code) = ? OR id = ?)",
            [text.upper(), text],
        )
        if not found:
            raise CellError(f"there is no project “{text}”.")
        return found

    def programme_id(self, value: Any) -> str:
        text = text_of(value)
        if not text:
            return ""
        found = self._one(
            "programme",
            text.upper(),
            "SELECT id FROM action_programmes WHERE deleted = 0 AND (upper(code) = ? OR id = ?)",
            [text.upper(), text],
        )
        if not found:
            raise CellError(f"there is no action programme “{text}”.")
        return found

    def household_id(self, value: Any) -> str:
        text = text_of(value)
        if not text:
            return ""
        found = self._one(
            "household",
            text.upper(),
            "SELECT id FROM households WHERE deleted = 0 AND code IN (?, ?)",  # IN keeps the unique index in use
            [text, text.upper()],
        )
        if not found:
            raise CellError(f"there is no household “{text}”.")
        return found

    def child_id(self, value: Any) -> str:
        text = text_of(value).upper()
        if not text:
            return ""
        found = self._one("child", text, "SELECT id FROM children WHERE deleted = 0 AND case_number = ?", [text])
        if not found:
            raise CellError(f"there is no child with case number “{text}”.")
        return found

    def location_id(self, value: Any) -> str:
        """A location code (KH-12-01-C1-V2) or a name in any language that only one place has."""
        text = text_of(value)
        if not text:
            return ""
        found = self._one(
            "location",
            text.upper(),
            "SELECT id FROM locations WHERE deleted = 0 AND code IN (?, ?)",
            [text, text.upper()],
        )
        if found:
            return found
        name = " ".join(text.split())
        found = self._one(
            "location-name",
            name.casefold(),
            "SELECT id FROM locations WHERE deleted = 0 AND level = 'village' AND "
            "(name_en = ? COLLATE NOCASE OR name_local = ? OR name_ru = ? COLLATE NOCASE)",
            [name, name, name],
        )
        if found is None:
            raise CellError(f"there is no village “{text}” (give its code, e.g. KH-12-01-C1-V2).")
        if found == "":
            raise CellError(f"several villages are called “{text}”; give the village code instead.")
        return found


_AS_STORED = frozenset({"text", "int", "decimal", "id", "sex", "project", "programme", "household", "village", "child"})


def custom_cell(kind: str, value: Any) -> Any:
    """An extra field's stored value as a cell: yes/no, choices as "code, code", a date as a date."""
    if value is None:
        return None
    if kind == "yes_no":
        return "yes" if value in (1, "1", True) else "no"
    if kind == "choices":
        items = json.loads(value) if isinstance(value, str) and value.startswith("[") else value
        return ", ".join(str(v) for v in items) if isinstance(items, list) else str(items)
    if kind == "date":
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            return str(value)
    return value


def to_cell(col: Col, value: Any, lookups: Lookups) -> Any:
    """A database value as the export shows it."""
    if col.type == "custom":
        return custom_cell(col.custom, value)
    if value is None or col.type in _AS_STORED:
        return value
    if col.type == "date":
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            return str(value)
    if col.type in ("bool", "maybe"):  # a blank "maybe" (not asked) is None, above
        return "yes" if value else "no"
    if col.type == "ref":
        return lookups.ref_label(col.ref, str(value))
    if col.type == "refs":
        return lookups.refs_label(col.ref, str(value))
    return value


def from_cell(col: Col, value: Any, lookups: Lookups) -> Any:
    """A cell as the service field expects it; raises ``CellError`` with a sentence."""
    text = text_of(value)
    kind = col.type
    if kind == "custom":  # the service reads and checks it against the field's definition
        if isinstance(value, datetime):
            return value.date().isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        return text
    if kind == "text" or kind == "id":
        return text
    if kind == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        return text  # the service says what is wrong with it, in its own words
    if kind == "int":
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            pass
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return text  # the service says it is not a whole number
        return int(number) if number.is_integer() else text
    if kind == "decimal":
        return text or None  # the service reads the number (a decimal comma too) and checks its range
    if kind == "maybe" and not text:
        return None  # not asked
    if kind in ("bool", "maybe"):
        word = _norm(text)
        if not word or word in FALSE_WORDS:
            return False
        if word in TRUE_WORDS:
            return True
        raise CellError(f"write yes or no (got “{text}”).")
    if kind == "sex":
        if not text:
            return ""
        sex = SEX_WORDS.get(_norm(text))
        if sex is None:
            raise CellError(f"write F or M (got “{text}”).")
        return sex
    if kind == "ref":
        return lookups.ref_code(col.ref, value)
    if kind == "refs":
        return lookups.ref_codes(col.ref, value)
    if kind == "project":
        return lookups.project_id(value) if text else ""
    if kind == "programme":
        return lookups.programme_id(value)
    if kind == "household":
        return lookups.household_id(value)
    if kind == "village":
        return lookups.location_id(value)
    if kind == "child":
        return lookups.child_id(value)
    raise AssertionError(f"unknown column type {kind}")


def same(col: Col, new: Any, stored: Any) -> bool:
    """Whether an imported value equals the stored one (so an unchanged row is left alone)."""
    if col.type == "refs":
        try:
            return list(new or []) == list(json.loads(stored or "[]"))
        except ValueError:
            return False
    if col.type == "bool":
        return bool(new) == bool(stored)
    if col.type == "maybe":
        return (None if new is None else bool(new)) == (None if stored is None else bool(stored))
    if col.type == "decimal":
        try:
            return bool((None if new in (None, "") else float(str(new).replace(",", "."))) == stored)
        except ValueError:
            return False
    if col.type == "date":
        text = new.isoformat() if isinstance(new, date) else (new or "")
        return text == (stored or "")
    if col.type == "int":
        return bool(new == stored)
    return bool((new if new is not None else "") == (stored if stored is not None else ""))
