"""Headquarters' DHIS2 codes: data set, data elements, categories and options, organisation units.

A default ships with the app (below); headquarters changes codes in Settings or with
``cl-desktop mapping import``, and only the rows that differ from that default are stored, in
``dhis2_mappings``, which travels to the offices with the other metadata. The effective mapping is the
default with the stored rows laid over it.

Every code is checked before anything is saved: a row of an unknown kind or key, a code DHIS2 could
not hold, or a code used twice where DHIS2 needs it unique is refused with its row named, and then
nothing changes.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from cl_desktop.atomic import atomic_write
from cl_desktop.domain.rules import AGE_GROUPS, EDUCATION_SERVICES, HOUSEHOLD_SERVICES
from cl_desktop.errors import PermissionDenied, RefusedInput
from cl_desktop.services.context import Context
from cl_desktop.store import records

TABLE = "dhis2_mappings"
KINDS = ("data_set", "data_element", "category", "option", "org_unit")
CSV_HEADER = ("kind", "key", "code", "name")
DATA_SET_KEY = "data_set"
PROJECT_UNIT = "project:"  # org-unit key prefix for the unit that receives a project's figures

# A DHIS2 code: at most 50 characters. Category codes also name ADX attributes, so they must be
# XML names that do not clash with the attributes ADX itself defines.
_CODE = re.compile(r"[A-Za-z0-9_.\-]{1,50}")
_ATTRIBUTE = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]{0,49}")
_ADX_ATTRIBUTES = frozenset({"orgunit", "period", "dataset", "dataelement", "value", "exported"})
# A mapping file is read whole: at most MAX_CSV_BYTES and MAX_ROWS rows (the default has a few
# hundred), each cell at most Python's csv field limit; names at most DHIS2's 230 characters.
MAX_CSV_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
MAX_NAME_CHARS = 230
SHOWN_CHARS = 60  # a key or code quoted in an error is cut to this


def _shown(value: str) -> str:
    return value if len(value) <= SHOWN_CHARS else value[: SHOWN_CHARS - 1] + "…"


@dataclass(frozen=True)
class Category:
    key: str
    code: str
    name: str
    options: tuple[tuple[str, str, str], ...]  # (option key, default code, name)


@dataclass(frozen=True)
class DataElement:
    key: str
    code: str
    name: str
    categories: tuple[str, ...]  # category keys, in the order of the data element's category combination
    level: str  # "province": one value per province; "project": at the unit receiving the project


def _age_code(name: str) -> str:
    low, high = name.split("-")
    return f"Y{int(low):02d}_{int(high):02d}"


CATEGORIES: tuple[Category, ...] = (
    Category("sex", "CL_SEX", "Sex", (("F", "FEMALE", "Female"), ("M", "MALE", "Male"))),
    Category(
        "age_group",
        "CL_AGE_GROUP",
        "Age group at intake",
        tuple((name, _age_code(name), f"{name} years") for name, _low, _high in AGE_GROUPS),
    ),
    Category(
        "work_status",
        "CL_WORK_STATUS",
        "Work status at intake",
        (
            ("hazardous", "HAZARDOUS_CL", "Hazardous child labour"),
            ("child_labour", "CHILD_LABOUR", "Child labour"),
            ("at_risk", "AT_RISK", "At high risk"),
            ("not_at_risk", "NOT_AT_RISK", "Not at risk"),
        ),
    ),
    Category(
        "service_type",
        "CL_SERVICE_TYPE",
        "Education or livelihood service type",
        tuple((code, code.upper(), code.replace("_", " ").capitalize()) for code in sorted(EDUCATION_SERVICES))
        + tuple((code, code.upper(), code.capitalize()) for code in sorted(HOUSEHOLD_SERVICES)),
    ),
)
CATEGORY_BY_KEY = {c.key: c for c in CATEGORIES}

DATA_ELEMENTS: tuple[DataElement, ...] = (
    DataElement("withdrawn", "CL_WITHDRAWN", "Children withdrawn", ("sex",), "province"),
    DataElement("prevented", "CL_PREVENTED", "Children prevented", ("sex",), "province"),
    DataElement(
        "withdrawn_age", "CL_WITHDRAWN_AGE", "Children withdrawn by age group", ("sex", "age_group"), "project"
    ),
    DataElement(
        "prevented_age", "CL_PREVENTED_AGE", "Children prevented by age group", ("sex", "age_group"), "project"
    ),
    DataElement("registered", "CL_REGISTERED", "Children registered", ("sex", "work_status"), "project"),
    DataElement("E1", "CL_E1", "E1 children provided education or vocational services", ("sex",), "project"),
    DataElement("E1_service", "CL_E1_SERVICE", "E1 by service type", ("sex", "service_type"), "project"),
    DataElement("L1", "CL_L1", "L1 households provided livelihood services", ("sex",), "project"),
    DataElement("referrals", "CL_REFERRALS", "Referrals of children to other services", ("sex",), "project"),
    *(
        DataElement(f"POC{i}", f"CL_POC{i}", f"POC{i} participant children (numerator)", ("sex",), "project")
        for i in range(1, 5)
    ),
    DataElement("POC_participants", "CL_POC_PARTICIPANTS", "Participant children (denominator)", ("sex",), "project"),
    *(
        DataElement(f"POH{i}", f"CL_POH{i}", f"POH{i} participant households (numerator)", ("sex",), "project")
        for i in range(1, 5)
    ),
    DataElement("POH_participants", "CL_POH_PARTICIPANTS", "Participant households (denominator)", ("sex",), "project"),
)
DATA_ELEMENT_BY_KEY = {d.key: d for d in DATA_ELEMENTS}
DEFAULT_DATA_SET = "CL_CHILD_LABOUR"


@dataclass(frozen=True)
class Row:
    kind: str
    key: str
    code: str
    name: str = ""


@dataclass
class Mapping:
    """The effective mapping: the default with headquarters' rows laid over it."""

    rows: dict[tuple[str, str], Row] = field(default_factory=dict)
    stored: set[tuple[str, str]] = field(default_factory=set)

    def code(self, kind: str, key: str) -> str:
        row = self.rows.get((kind, key))
        return row.code if row else ""

    def known(self, kind: str, key: str) -> bool:
        return (kind, key) in self.rows

    @property
    def data_set(self) -> str:
        return self.code("data_set", DATA_SET_KEY)

    def option(self, category: str, option: str) -> str:
        return self.code("option", f"{category}:{option}")

    def ordered(self) -> list[Row]:
        order = {k: i for i, k in enumerate(KINDS)}
        return sorted(self.rows.values(), key=lambda r: (order[r.kind], r.key))


def default_rows(db: Database) -> list[Row]:
    """The mapping that ships: codes for what the app counts, location codes for organisation units."""
    rows = [Row("data_set", DATA_SET_KEY, DEFAULT_DATA_SET, "CL Desktop child labour monitoring")]
    rows += [Row("data_element", d.key, d.code, d.name) for d in DATA_ELEMENTS]
    for cat in CATEGORIES:
        rows.append(Row("category", cat.key, cat.code, cat.name))
        rows += [Row("option", f"{cat.key}:{key}", code, name) for key, code, name in cat.options]
    for code, name in db.execute(
        "SELECT code, name_en FROM locations WHERE deleted = 0 AND level IN ('country', 'province', 'district') "
        "ORDER BY code"
    ):
        rows.append(Row("org_unit", code, code, name))
    for code, countries, title in db.execute("SELECT code, countries, short_title FROM projects WHERE deleted = 0"):
        rows.append(Row("org_unit", PROJECT_UNIT + code, project_unit_default(code, countries), title or code))
    return rows


def project_unit_default(project_code: str, countries: str | None) -> str:
    """A one-country project reports at its country; a regional project at a unit named by its code."""
    import json

    try:
        names = json.loads(countries or "[]")
    except ValueError:
        names = []
    return str(names[0]) if isinstance(names, list) and len(names) == 1 else project_code


def load(db: Database) -> Mapping:
    mapping = Mapping()
    for row in default_rows(db):
        mapping.rows[(row.kind, row.key)] = row
    for kind, key, code, name in db.execute(f"SELECT kind, key, code, name FROM {TABLE} WHERE deleted = 0"):
        default = mapping.rows.get((kind, key))
        mapping.rows[(kind, key)] = Row(kind, key, code, name or (default.name if default else ""))
        mapping.stored.add((kind, key))
    return mapping


# -- checking ----------------------------------------------------------------------------------


def _unique_scope(row: Row) -> str | None:
    """Where a code must be unique: options within their category, everything else within its kind.

    A project's receiving unit names an existing unit (its country), so it may share that code.
    """
    if row.kind == "org_unit" and row.key.startswith(PROJECT_UNIT):
        return None
    if row.kind == "option":
        return "option:" + row.key.split(":", 1)[0]
    return row.kind


def check(current: Mapping, changes: Sequence[tuple[int, Row]]) -> list[str]:
    """Errors, each naming its row, for laying ``changes`` over ``current``; empty when all is well."""
    errors: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    for number, row in changes:
        where = f"Row {number}"
        if row.kind not in KINDS:
            errors.append(f"{where}: the kind “{_shown(row.kind)}” is unknown; use one of {', '.join(KINDS)}.")
            continue
        if not current.known(row.kind, row.key):
            errors.append(f"{where}: there is no {row.kind.replace('_', ' ')} “{_shown(row.key)}” to map.")
            continue
        if (row.kind, row.key) in seen:
            errors.append(
                f"{where}: {row.kind.replace('_', ' ')} “{_shown(row.key)}” is already on row "
                f"{seen[row.kind, row.key]}."
            )
            continue
        seen[(row.kind, row.key)] = number
        if len(row.name) > MAX_NAME_CHARS:
            errors.append(f"{where}: the name is longer than {MAX_NAME_CHARS} characters (DHIS2's limit).")
        if row.code == "":
            continue  # an empty code leaves the figures unmapped: the export's check reports them
        pattern = _ATTRIBUTE if row.kind == "category" else _CODE
        if not pattern.fullmatch(row.code):
            what = "an XML name (a letter first)" if row.kind == "category" else "letters, digits, _ . -"
            errors.append(
                f"{where}: the code “{_shown(row.code)}” is not a valid code ({what}, at most 50 characters)."
            )
        elif row.kind == "category" and row.code.lower() in _ADX_ATTRIBUTES:
            errors.append(f"{where}: the category code “{row.code}” is a name ADX itself uses; choose another.")
    if errors:
        return errors
    merged = dict(current.rows)
    numbers: dict[tuple[str, str], int] = {}
    for number, row in changes:
        merged[(row.kind, row.key)] = row
        numbers[(row.kind, row.key)] = number
    owners: dict[tuple[str, str], Row] = {}
    for row in sorted(merged.values(), key=lambda r: (numbers.get((r.kind, r.key), 0), r.kind, r.key)):
        scope = _unique_scope(row)
        if not row.code or scope is None:
            continue
        slot = (scope, row.code.lower())
        other = owners.get(slot)
        if other is None:
            owners[slot] = row
            continue
        at = numbers.get((row.kind, row.key)) or numbers.get((other.kind, other.key))
        errors.append(
            f"Row {at}: the code “{row.code}” is used twice, by {other.kind.replace('_', ' ')} "
            f"“{other.key}” and by {row.kind.replace('_', ' ')} “{row.key}”."
        )
    return errors


# -- saving ------------------------------------------------------------------------------------


class MappingRefused(RefusedInput):
    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"The mapping was not changed: {errors[0]}{more}")


def _require_hq(ctx: Context) -> None:
    ctx.require("reference.write")
    if not ctx.is_hq:
        raise PermissionDenied("Only headquarters keeps the DHIS2 mapping; offices receive it with the metadata.")


def save(ctx: Context, changes: Sequence[tuple[int, Row]]) -> int:
    """Lay ``changes`` over the mapping in one transaction; returns how many rows changed."""
    _require_hq(ctx)
    db = ctx.db
    current = load(db)
    errors = check(current, changes)
    if errors:
        raise MappingRefused(errors)
    defaults = {(r.kind, r.key): r for r in default_rows(db)}
    stored = {
        (kind, key): (row_id, version, code, name)
        for row_id, kind, key, code, name, version in db.execute(
            f"SELECT id, kind, key, code, name, version FROM {TABLE} WHERE deleted = 0"
        )
    }
    changed = 0
    author = ctx.author("form")
    with db.atomic():
        for _number, row in changes:
            key = (row.kind, row.key)
            name = row.name or defaults[key].name
            if key in stored:
                row_id, version, code, old_name = stored[key]
                if (code, old_name) != (row.code, name):
                    records.update(db, TABLE, row_id, {"code": row.code, "name": name}, author, base_version=version)
                    changed += 1
            elif (row.code, name) != (defaults[key].code, defaults[key].name):
                records.insert(db, TABLE, {"kind": row.kind, "key": row.key, "code": row.code, "name": name}, author)
                changed += 1
    return changed


# -- CSV ---------------------------------------------------------------------------------------


def export_csv(db: Database, path: str | os.PathLike[str]) -> int:
    rows = load(db).ordered()
    with atomic_write(path, "w", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_HEADER)
        for row in rows:
            writer.writerow([row.kind, row.key, row.code, row.name])
    return len(rows)


def read_csv(path: str | os.PathLike[str]) -> list[tuple[int, Row]]:
    """The rows of a mapping CSV with their line numbers; refused whole when it is not one."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise RefusedInput(f"There is no file {path}.") from None
    if size > MAX_CSV_BYTES:
        raise RefusedInput(f"{path.name} is too large for a mapping ({size:,} bytes).")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise RefusedInput(f"{path.name} is not a UTF-8 CSV file.") from None
    return parse_csv(text.splitlines(), path.name)


def parse_csv(lines: Iterable[str], name: str) -> list[tuple[int, Row]]:
    reader = csv.reader(lines)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise RefusedInput(f"{name} is empty.") from None
    except csv.Error as exc:
        raise RefusedInput(f"{name} is not a CSV file: {exc}.") from None
    missing = [c for c in CSV_HEADER[:3] if c not in header]
    if missing:
        raise RefusedInput(f"{name} lacks the column(s) {', '.join(missing)}; the header is kind,key,code,name.")
    at = {c: header.index(c) for c in CSV_HEADER if c in header}
    rows: list[tuple[int, Row]] = []
    try:
        for number, cells in enumerate(_rows(reader), start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise RefusedInput(f"{name} has more than {MAX_ROWS:,} rows; it is not a mapping.")
            cells = cells + [""] * (len(header) - len(cells))
            rows.append(
                (
                    number,
                    Row(
                        cells[at["kind"]].strip(),
                        cells[at["key"]].strip(),
                        cells[at["code"]].strip(),
                        cells[at["name"]].strip() if "name" in at else "",
                    ),
                )
            )
    except csv.Error as exc:
        raise RefusedInput(f"{name} is not a CSV file: {exc}.") from None
    if not rows:
        raise RefusedInput(f"{name} has a header but no rows.")
    return rows


def _rows(reader: Any) -> Iterator[list[str]]:
    yield from reader


def import_csv(ctx: Context, path: str | os.PathLike[str]) -> int:
    return save(ctx, read_csv(path))
