"""The questions a project adds to its forms: what a definition may say, and what a value must be.

A definition (``FieldDef``) belongs to one form of one project. Values travel as one JSON object
per record, code -> value: text as text, a number as a number, a date as ``YYYY-MM-DD``, yes/no as
1 or 0, one choice as its code, several choices as a list of codes. Blank is absent. Errors carry
the field as ``custom.CODE`` with the usual codes (``domain.validation.MESSAGES``), so forms show
them beside the field in the user's language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from cl_desktop.domain.validation import Checker

FORMS = ("intake", "followup", "household", "service")
KINDS = ("text", "number", "date", "yes_no", "choice", "choices")
LANGS = ("en", "km", "ru")
PREFIX = "custom."
CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_CHOICES = 200
MAX_FIELDS = 200  # per form of a project: enough for any monitoring plan, bounded for the forms
MAX_TEXT = 2000

DEFINITION_LABELS = {
    "project_id": "Project",
    "form": "Form",
    "code": "Field code",
    "kind": "Type",
    "label_en": "Label (English)",
    "label_km": "Label (Khmer)",
    "label_ru": "Label (Russian)",
    "help_en": "Help (English)",
    "help_km": "Help (Khmer)",
    "help_ru": "Help (Russian)",
    "minimum": "Lowest value",
    "maximum": "Highest value",
    "choices": "Choices",
    "section": "Section",
    "section_km": "Section (Khmer)",
    "section_ru": "Section (Russian)",
    "show_when": "Show when this field has a value",
    "sort": "Order",
}


@dataclass(frozen=True)
class Choice:
    code: str
    labels: dict[str, str]

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.code


@dataclass(frozen=True)
class FieldDef:
    """One extra field as the forms, lists, exports and checks read it."""

    id: str
    project_id: str
    form: str
    code: str
    kind: str
    labels: dict[str, str]
    helps: dict[str, str]
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Choice, ...] = ()
    section: str = ""  # in English; ``sections`` holds its Khmer and Russian names when given
    in_lists: bool = False
    show_when: str = ""
    sort: int = 0
    retired: bool = False
    sections: tuple[tuple[str, str], ...] = ()  # (language, name) of the section in Khmer and Russian

    @property
    def key(self) -> str:
        """The name of the field in forms, errors and spreadsheet headers."""
        return PREFIX + self.code

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.code

    def section_name(self, lang: str = "en") -> str:
        """The section's name in ``lang`` (English when not given there); '' for the form's own section."""
        return dict(self.sections).get(lang) or self.section

    def help(self, lang: str = "en") -> str:
        return self.helps.get(lang) or self.helps.get("en") or ""

    def choice_codes(self) -> list[str]:
        return [c.code for c in self.choices]

    def choice_label(self, code: str, lang: str = "en") -> str:
        for c in self.choices:
            if c.code == code:
                return c.label(lang)
        return code

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> FieldDef:
        raw = json.loads(row.get("choices") or "[]")
        return cls(
            id=str(row["id"]),
            project_id=str(row["project_id"]),
            form=str(row["form"]),
            code=str(row["code"]),
            kind=str(row["kind"]),
            labels={lang: str(row.get(f"label_{lang}") or "") for lang in LANGS},
            helps={lang: str(row.get(f"help_{lang}") or "") for lang in LANGS},
            required=bool(row.get("required")),
            minimum=row.get("minimum"),
            maximum=row.get("maximum"),
            choices=tuple(
                Choice(str(c.get("code")), {lang: str(c.get(f"label_{lang}") or "") for lang in LANGS})
                for c in raw
                if isinstance(c, dict)
            ),
            section=str(row.get("section") or ""),
            sections=tuple((lang, str(row.get(f"section_{lang}") or "")) for lang in LANGS[1:]),
            in_lists=bool(row.get("in_lists")),
            show_when=str(row.get("show_when") or ""),
            sort=int(row.get("sort") or 0),
            retired=bool(row.get("retired")),
        )


def section_names(fields: Iterable[FieldDef], lang: str) -> dict[str, str]:
    """Each section's name in ``lang`` by its English name: a section is one, whichever of its fields
    headquarters gave the translation with ('' stays '', the form's own "project questions")."""
    names: dict[str, str] = {}
    for f in fields:
        translated = f.section_name(lang)
        if translated != f.section or f.section not in names:
            names[f.section] = translated
    return names


# -- definitions -------------------------------------------------------------------------------------


def parse_choices(value: Any) -> list[dict[str, str]] | None:
    """Choices as a list of ``{code, label_en, label_km, label_ru}``, or written one a line as
    ``code = English | Khmer | Russian`` (the form the CLI and the settings screen take); None if unreadable."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except ValueError:
                return None
        else:
            out = []
            for line in text.replace(";", "\n").splitlines():
                if not line.strip():
                    continue
                code, _, labels = line.partition("=")
                parts = [p.strip() for p in labels.split("|")] if labels else []
                parts += [""] * (3 - len(parts))
                out.append(
                    {
                        "code": code.strip(),
                        "label_en": parts[0] or code.strip(),
                        "label_km": parts[1],
                        "label_ru": parts[2],
                    }
                )
            return out
    if not isinstance(value, list):
        return None
    out = []
    for item in value:
        if not isinstance(item, dict):
            return None
        out.append({k: str(item.get(k) or "") for k in ("code", "label_en", "label_km", "label_ru")})
    return out


def check_definition(values: Mapping[str, Any], *, others: Sequence[FieldDef] = ()) -> dict[str, Any]:
    """A definition's clean values, or ``Invalid`` naming every problem. ``others``: the form's other fields
    (their codes must differ, and a skip condition names one of them)."""
    c = Checker(values, DEFINITION_LABELS)
    c.text("project_id", required=True)
    form = c.choice("form", FORMS, required=True)
    code = c.text("code", required=True, maximum=40)
    if code and not CODE_PATTERN.match(code):
        c.fail("code", "choice", choices="a-z, 0-9 and _ (starting with a letter)")
    elif code and any(o.code == code for o in others):
        c.fail("code", "duplicate", value=code)
    kind = c.choice("kind", KINDS, required=True)
    c.text("label_en", required=True, maximum=300)
    for name in ("label_km", "label_ru"):
        c.text(name, maximum=300)
    for name in ("help_en", "help_km", "help_ru"):
        c.text(name, maximum=1000)
    c.boolean("required")
    c.boolean("in_lists")
    c.boolean("retired")
    for name in ("section", "section_km", "section_ru"):
        c.text(name, maximum=100)
    c.integer("sort", default=0, minimum=None)
    low = high = None
    if kind == "number":
        low = _optional_number(c, "minimum")
        high = _optional_number(c, "maximum")
        if low is not None and high is not None and high < low:
            c.fail("maximum", "before", other=DEFINITION_LABELS["minimum"], other_value=_plain(low))
    c.clean["minimum"], c.clean["maximum"] = low, high
    choices = parse_choices(values.get("choices"))
    if kind in ("choice", "choices"):
        if choices is None or not choices:
            c.fail("choices", "required")
        else:
            codes = [ch["code"] for ch in choices]
            bad = [x for x in codes if not CODE_PATTERN.match(x)]
            if bad:
                c.fail("choices", "choice", choices="a-z, 0-9 and _ (starting with a letter)")
            elif len(set(codes)) != len(codes):
                c.fail("choices", "duplicate", value=next(x for x in codes if codes.count(x) > 1))
            elif len(codes) > MAX_CHOICES:
                c.fail("choices", "too_long", length=len(codes), maximum=MAX_CHOICES)
            elif any(not ch["label_en"] for ch in choices):
                c.fail("choices", "required")
    c.clean["choices"] = json.dumps(choices or [] if kind in ("choice", "choices") else [], ensure_ascii=False)
    when = c.text("show_when", maximum=40)
    if when and (when == code or not any(o.code == when and o.form == form for o in others)):
        c.fail("show_when", "not_found", value=when)
    return c.finish()


def _optional_number(c: Checker, name: str) -> float | None:
    value = c.raw(name)
    if value is None:
        return None
    try:
        result = float(str(value).replace(",", "."))
    except ValueError:
        c.fail(name, "bad_amount", value=value)
        return None
    if result != result or result in (float("inf"), float("-inf")):
        c.fail(name, "bad_amount", value=value)
        return None
    return result


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


# -- values ------------------------------------------------------------------------------------------


def decode(text: Any) -> dict[str, Any]:
    """A record's stored object (damaged text reads as empty: ``check`` reports it)."""
    if isinstance(text, dict):
        return dict(text)
    try:
        value = json.loads(text or "{}")
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def encode(values: Mapping[str, Any]) -> str:
    return json.dumps({k: values[k] for k in sorted(values)}, ensure_ascii=False, separators=(",", ":"))


def blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def visible(field: FieldDef, values: Mapping[str, Any], record: Mapping[str, Any] | None = None) -> bool:
    """The skip logic: a field with a condition shows when the field it names has a value (an extra
    field of the same form, or a column of the record such as ``working``)."""
    if not field.show_when:
        return True
    if field.show_when in values:
        other = values.get(field.show_when)
    else:
        other = (record or {}).get(field.show_when)
    return not blank(other) and other != 0 and other != "0"


def check_values(
    c: Checker,
    fields: Iterable[FieldDef],
    given: Mapping[str, Any] | None,
    stored: Any = None,
    *,
    record: Mapping[str, Any] | None = None,
) -> str:
    """Validate the extra fields a form or an import gives (code -> raw value; absent codes keep their
    stored value) and return the record's new JSON object. Retired fields keep their stored values and
    take no new ones; a hidden field (its condition unmet) is cleared and never required."""
    fields = list(fields)
    by_code = {f.code: f for f in fields}
    current = decode(stored)
    given = dict(given or {})
    for code in given:
        f = by_code.get(code)
        if f is None or f.retired:
            c.labels.setdefault(PREFIX + code, code)
            c.fail(PREFIX + code, "not_found", value=code)
    merged: dict[str, Any] = dict(current)
    for f in fields:
        if f.retired or f.code not in given:
            continue
        value = _clean_value(c, f, given[f.code])
        if blank(value):
            merged.pop(f.code, None)
        else:
            merged[f.code] = value
    for f in sorted(fields, key=lambda x: x.sort):
        if f.retired:
            continue
        if not visible(f, merged, record):
            merged.pop(f.code, None)
        elif f.required and blank(merged.get(f.code)) and c.ok(f.key):
            c.fail(f.key, "required")
    return encode(merged)


def _clean_value(c: Checker, f: FieldDef, raw: Any) -> Any:
    """One value by the field's type; records the error on ``c`` and returns None when it is wrong."""
    name = f.key
    if isinstance(raw, str):
        raw = raw.strip()
    if blank(raw):
        return None
    if f.kind == "text":
        text = str(raw)
        if len(text) > MAX_TEXT:
            c.fail(name, "too_long", length=len(text), maximum=MAX_TEXT)
            return None
        return text
    if f.kind == "number":
        if isinstance(raw, bool):
            c.fail(name, "bad_amount", value=raw)
            return None
        try:
            number = float(str(raw).replace(",", "."))
        except ValueError:
            c.fail(name, "bad_amount", value=raw)
            return None
        if number != number or number in (float("inf"), float("-inf")):
            c.fail(name, "bad_amount", value=raw)
            return None
        low = f.minimum if f.minimum is not None else float("-inf")
        high = f.maximum if f.maximum is not None else float("inf")
        if not low <= number <= high:
            if f.minimum is not None and f.maximum is not None:
                c.fail(name, "out_of_range", minimum=_plain(low), maximum=_plain(high), value=raw)
            elif f.maximum is not None:
                c.fail(name, "too_large", maximum=_plain(high))
            else:
                c.fail(name, "too_small", minimum=_plain(low))
            return None
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    if f.kind == "date":
        if isinstance(raw, date):
            return raw.isoformat()
        text = str(raw)
        try:
            return date.fromisoformat(text[:10]).isoformat() if len(text) == 10 else _bad_date(c, name, raw)
        except ValueError:
            return _bad_date(c, name, raw)
    if f.kind == "yes_no":
        if isinstance(raw, bool) or raw in (0, 1):
            return int(raw)
        text = str(raw).lower()
        if text in ("1", "true", "yes", "y"):
            return 1
        if text in ("0", "false", "no", "n"):
            return 0
        c.fail(name, "choice", choices="yes, no")
        return None
    allowed = f.choice_codes()
    if f.kind == "choice":
        if str(raw) not in allowed:
            c.fail(name, "choice", choices=", ".join(allowed))
            return None
        return str(raw)
    items = _items(raw)
    if items is None or any(i not in allowed for i in items):
        c.fail(name, "choice", choices=", ".join(allowed))
        return None
    return [code for code in allowed if code in items]  # in the definition's order, once each


def _bad_date(c: Checker, name: str, raw: Any) -> None:
    c.fail(name, "bad_date", value=raw)
    return None


def _items(raw: Any) -> list[str] | None:
    if isinstance(raw, (list, tuple)):
        return [str(v) for v in raw]
    text = str(raw)
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except ValueError:
            return None
        return [str(v) for v in parsed] if isinstance(parsed, list) else None
    return [v.strip() for v in text.replace(";", ",").replace(" ", ",").split(",") if v.strip()]


def stored_problems(fields: Iterable[FieldDef], stored: Any) -> list[str]:
    """What ``check`` reports about one record's stored object: damaged text, unknown codes, values
    of the wrong type or outside the range, unknown choices. Retired fields are checked too (their
    values are kept, so they must still make sense)."""
    try:
        value = json.loads(stored or "{}")
    except (TypeError, ValueError):
        return ["its extra fields are not readable"]
    if not isinstance(value, dict):
        return ["its extra fields are not readable"]
    by_code = {f.code: f for f in fields}
    problems = []
    for code, v in sorted(value.items()):
        f = by_code.get(code)
        if f is None:
            problems.append(f"{code} is not a field of its project's form")
            continue
        probe = Checker({})
        clean = _clean_value(probe, f, v)
        if probe.errors or blank(clean) or not _same(clean, v):
            problems.append(f"{code}: {v!r} is not a valid {f.kind.replace('_', '/')} value")
    return problems


def _same(clean: Any, stored: Any) -> bool:
    if isinstance(clean, (int, float)) and not isinstance(stored, (bool, str)):
        return bool(clean == stored)
    return bool(clean == stored)


def display(field: FieldDef, value: Any, lang: str = "en", yes_no: tuple[str, str] = ("Yes", "No")) -> str:
    """A value as people read it: choice labels in ``lang``, yes/no words, numbers without ``.0``."""
    if blank(value):
        return ""
    if field.kind == "choice":
        return field.choice_label(str(value), lang)
    if field.kind == "choices":
        items = value if isinstance(value, list) else _items(value) or []
        return ", ".join(field.choice_label(str(v), lang) for v in items)
    if field.kind == "yes_no":
        return yes_no[0] if value in (1, True, "1") else yes_no[1]
    if field.kind == "number" and isinstance(value, float):
        return _plain(value)
    return str(value)
