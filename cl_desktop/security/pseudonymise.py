"""Pseudonymised outputs: exports and reports that leave the office carry no names.

The one definition, applied by every export and every report that lists children:

- no name: a child's name becomes its case number (a household head's, the household code);
- no exact birth date or age: both become the age group (5-8, 9-11, 12-14, 15-17);
- no village (nor commune): the province stays, so figures can still be placed;
- dates to the month ("2009-06"), so a date cannot single a child out;
- free text that may name people or places (notes, guardian, address, work activities,
  who visited) is left out.

Case numbers let headquarters ask the office about a child without the file itself naming
anyone. Exporters call :func:`pseudonymise_columns` on their header and
:func:`pseudonymise_row` (or :func:`pseudonymise_rows`) on each row dict; reports print
through :func:`to_month`, :func:`age_group_label` and :data:`DROPPED_COLUMNS` the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from cl_desktop.domain.rules import AGE_GROUPS, age_group, age_on

# Columns replaced by the row's case number (or household code).
NAME_COLUMNS = frozenset({"name", "name_latin", "child_name", "head_name", "head_name_latin"})
# Columns left out: they name people or places precisely, or are free text that may.
DROPPED_COLUMNS = frozenset(
    {"guardian_name", "notes", "address", "work_activities", "visited_by", "phone", "contact", "consent_date"}
    # The exact age and the village locate a child as well as a name does.
    | {"age_at_intake", "age", "village", "village_name", "location_id", "commune", "commune_name"}
    # A point on a map, more so.
    | {"latitude", "longitude"}
)
# Columns replaced by an age group.
BIRTH_COLUMNS = frozenset({"birth_date"})
AGE_GROUP_COLUMN = "age_group"
UNDER = f"under {AGE_GROUPS[0][1]}"
OVER = f"{AGE_GROUPS[-1][2] + 1}+"


def age_group_label(birth: str | date | None, on: str | date | None = None) -> str:
    """'5-8', '9-11', '12-14', '15-17', 'under 5', '18+' or '' when unknown."""
    if not birth:
        return ""
    try:
        born = birth if isinstance(birth, date) else date.fromisoformat(str(birth)[:10])
        when = (on if isinstance(on, date) else date.fromisoformat(str(on)[:10])) if on else date.today()
    except ValueError:
        return ""
    age = age_on(born, when)
    group = age_group(age)
    if group:
        return group
    return UNDER if age < AGE_GROUPS[0][1] else OVER


def is_date_column(key: str) -> bool:
    """Dates other than the birth date, which are printed to the month."""
    return (key == "date" or key.endswith(("_date", "_on"))) and key not in BIRTH_COLUMNS


def to_month(value: str | date | None) -> str:
    """ "2009-06-24" → "2009-06"; a value that is not a date becomes "" rather than leak."""
    if value is None or value == "":
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return ""
    return text[:7]


def pseudonym(row: Mapping[str, Any]) -> str:
    """The identifier that stands in for a name: case number, household code, else a short id."""
    for key in ("case_number", "household_code", "code"):
        if row.get(key):
            return str(row[key])
    return f"ID-{str(row.get('id', ''))[-8:]}" if row.get("id") else "—"


def pseudonymise_row(row: Mapping[str, Any], *, on: str | date | None = None) -> dict[str, Any]:
    """A copy of ``row`` without names: age on ``on`` (default the intake date, else today)."""
    out: dict[str, Any] = {}
    ref = on or row.get("intake_date")
    for key, value in row.items():
        if key in DROPPED_COLUMNS:
            continue
        if key in NAME_COLUMNS:
            out[key] = pseudonym(row) if value else value
        elif key in BIRTH_COLUMNS:
            out[AGE_GROUP_COLUMN] = age_group_label(value, ref)
        elif is_date_column(key):
            out[key] = to_month(value)
        else:
            out[key] = value
    return out


def pseudonymise_rows(rows: Iterable[Mapping[str, Any]], *, on: str | date | None = None) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield pseudonymise_row(row, on=on)


def pseudonymise_columns(columns: Iterable[str]) -> list[str]:
    """The header that matches :func:`pseudonymise_row`'s output, in the same order."""
    out = []
    for c in columns:
        if c in DROPPED_COLUMNS:
            continue
        out.append(AGE_GROUP_COLUMN if c in BIRTH_COLUMNS else c)
    return out


def maybe_pseudonymise(
    rows: Iterable[Mapping[str, Any]], pseudonymise: bool, *, on: str | date | None = None
) -> Iterator[dict[str, Any]]:
    """The one switch exporters and reports pass their ``pseudonymise`` option to."""
    for row in rows:
        yield pseudonymise_row(row, on=on) if pseudonymise else dict(row)
