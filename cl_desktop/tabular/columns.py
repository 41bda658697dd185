"""The columns of each importable list, shared by the export and the import.

One definition per list says, for each spreadsheet column, its header, the
database value it shows and the service field it feeds on import. Export and
import read the same definition, so a list exported, edited in Excel and
imported again round-trips. Read-only columns (a village's name, a derived
work status) help the person editing and are ignored on import; the age at
intake is read only when the birth date is blank, to estimate it as the form does.

Cell types: ``text``, ``date``, ``int``, ``bool`` (yes/no), ``sex`` (F/M),
``ref`` / ``refs`` (one / several codes of a reference list, shown as English
labels, read as codes or labels in any language), and ``project``,
``programme``, ``household``, ``village``, ``child``, ``id``: records named by
their human code (case number, household code, location code).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

IMPORTABLE: tuple[str, ...] = ("children", "households", "services", "follow_ups")


@dataclass(frozen=True)
class Col:
    key: str
    label: str
    type: str = "text"
    field: str = ""  # the service field it feeds; "" = read-only
    ref: str = ""  # reference list for ref / refs
    sql: str = ""  # the export expression (defaults to alias.key)
    custom: str = ""  # for a project's extra field (type ``custom``): its kind (text, number, yes_no...)


_CHILDREN: tuple[Col, ...] = (
    Col("case_number", "Case number", "text", "case_number"),
    Col("name", "Name", "text", "name"),
    Col("name_latin", "Name in Latin letters", "text", "name_latin"),
    Col("sex", "Sex", "sex", "sex"),
    Col("birth_date", "Date of birth", "date", "birth_date"),
    Col("birth_date_estimated", "Date of birth estimated", "bool", "birth_date_estimated"),
    Col("project", "Project", "project", "project_id", sql="p.code"),
    Col("programme", "Action programme", "programme", "programme_id", sql="ap.code"),
    Col("household", "Household code", "household", "household_id", sql="h.code"),
    Col("village", "Village code", "village", "location_id", sql="v.code"),
    Col("village_name", "Village", sql="v.name_en"),
    Col("province", "Province", sql="pv.name_en"),
    Col("guardian_name", "Guardian", "text", "guardian_name"),
    Col("guardian_relation", "Guardian's relation", "ref", "guardian_relation", "relation"),
    Col("consent", "Consent", "bool", "consent"),
    Col("consent_date", "Consent date", "date", "consent_date"),
    Col("intake_date", "Intake date", "date", "intake_date"),
    Col("working", "Working", "bool", "working"),
    Col("work_activities", "Work activities", "text", "work_activities"),
    Col("sector", "Sector", "ref", "sector", "sector"),
    Col("hours_per_week", "Hours per week", "int", "hours_per_week"),
    Col("hazards", "Hazardous conditions", "refs", "hazards", "hazard"),
    Col("age_started_work", "Age started work", "int", "age_started_work"),
    Col("school_status", "School status", "ref", "school_status", "school_status"),
    Col("risk_factors", "Risk factors", "refs", "risk_factors", "risk_factor"),
    Col("chores_hours_per_week", "Household chores (hours per week)", "int", "chores_hours_per_week"),
    Col("household_hazards", "Hazardous household tasks", "refs", "household_hazards", "household_task"),
    Col("job_to_return", "Has a job to return to", "maybe", "job_to_return"),
    Col("head_relation", "Relationship to the household head", "ref", "head_relation", "head_relation"),
    Col("latitude", "Latitude", "decimal", "latitude"),
    Col("longitude", "Longitude", "decimal", "longitude"),
    Col("notes", "Notes", "text", "notes"),
    Col("age_at_intake", "Age at intake", "int", "age_at_intake"),  # read only to estimate a missing birth date
    Col("work_status", "Work status at intake", "ref", ref="work_status"),
    Col("outcome", "Outcome", "ref", ref="outcome"),
    Col("outcome_date", "Outcome date", "date"),
)

_HOUSEHOLDS: tuple[Col, ...] = (
    Col("code", "Household code", "text", "code"),
    Col("head_name", "Head of household", "text", "head_name"),
    Col("head_name_latin", "Head of household in Latin letters", "text", "head_name_latin"),
    Col("head_sex", "Head's sex", "sex", "head_sex"),
    Col("programme", "Action programme", "programme", "programme_id", sql="ap.code"),
    Col("village", "Village code", "village", "location_id", sql="v.code"),
    Col("village_name", "Village", sql="v.name_en"),
    Col("members", "Members", "int", "members"),
    Col("children_under_18", "Children under 18", "int", "children_under_18"),
    Col("poverty_markers", "Poverty markers", "refs", "poverty_markers", "poverty_marker"),
    Col("income_sources", "Income sources", "refs", "income_sources", "income_source"),
    Col("address", "Address", "text", "address"),
    Col("registered_on", "Registration date", "date", "registered_on"),
)

_SERVICES: tuple[Col, ...] = (
    Col("id", "Service ID", "id", "id"),
    Col("child", "Child case number", "child", "child_id", sql="c.case_number"),
    Col("household", "Household code", "household", "household_id", sql="h.code"),
    Col("beneficiary", "Child or household head", sql="coalesce(c.name, h.head_name)"),
    Col("service_type", "Service type", "ref", "service_type", "service_type"),
    Col("start_date", "Start date", "date", "start_date"),
    Col("end_date", "End date", "date", "end_date"),
    Col("provider", "Provider", "text", "provider"),
    Col("programme", "Action programme", "programme", "programme_id", sql="ap.code"),
    Col("notes", "Notes", "text", "notes"),
)

_FOLLOW_UPS: tuple[Col, ...] = (
    Col("id", "Follow-up ID", "id", "id"),
    Col("child", "Child case number", "child", "child_id", sql="c.case_number"),
    Col("child_name", "Child", sql="c.name"),
    Col("visit_date", "Visit date", "date", "visit_date"),
    Col("working", "Working", "bool", "working"),
    Col("hours_per_week", "Hours per week", "int", "hours_per_week"),
    Col("hazards", "Hazardous conditions", "refs", "hazards", "hazard"),
    Col("chores_hours_per_week", "Household chores (hours per week)", "int", "chores_hours_per_week"),
    Col("household_hazards", "Hazardous household tasks", "refs", "household_hazards", "household_task"),
    Col("school_status", "School status", "ref", "school_status", "school_status"),
    Col("attendance_percent", "School attendance (%)", "int", "attendance_percent"),
    Col("visited_by", "Visited by", "text", "visited_by"),
    Col("latitude", "Latitude", "decimal", "latitude"),
    Col("longitude", "Longitude", "decimal", "longitude"),
    Col("notes", "Notes", "text", "notes"),
    Col("work_status", "Work status", "ref", ref="work_status"),
)

COLUMNS: dict[str, tuple[Col, ...]] = {
    "children": _CHILDREN,
    "households": _HOUSEHOLDS,
    "services": _SERVICES,
    "follow_ups": _FOLLOW_UPS,
}

# The table, its alias and the joins the export expressions need.
SOURCES: dict[str, tuple[str, str, str]] = {
    "children": (
        "children",
        "x",
        "JOIN projects p ON p.id = x.project_id LEFT JOIN action_programmes ap ON ap.id = x.programme_id "
        "LEFT JOIN households h ON h.id = x.household_id LEFT JOIN locations v ON v.id = x.location_id "
        "LEFT JOIN locations pv ON pv.id = x.province_id",
    ),
    "households": (
        "households",
        "x",
        "LEFT JOIN action_programmes ap ON ap.id = x.programme_id LEFT JOIN locations v ON v.id = x.location_id",
    ),
    "services": (
        "services",
        "x",
        "LEFT JOIN children c ON c.id = x.child_id LEFT JOIN households h ON h.id = x.household_id "
        "LEFT JOIN action_programmes ap ON ap.id = x.programme_id",
    ),
    "follow_ups": ("follow_ups", "x", "JOIN children c ON c.id = x.child_id"),
}

# How people name a list on the command line and in the dialog.
KIND_ALIASES: dict[str, str] = {
    "followups": "follow_ups",
    "follow-ups": "follow_ups",
    "monitoring-visits": "monitoring_visits",
}


def columns(kind: str) -> tuple[Col, ...]:
    return COLUMNS[KIND_ALIASES.get(kind, kind)]


# The form whose extra fields each importable list carries.
CUSTOM_FORMS: dict[str, str] = {"children": "intake", "households": "household", "services": "service",
                                "follow_ups": "followup"}  # fmt: skip


def custom_columns(db: Any, kind: str, project_id: str | None = None) -> tuple[Col, ...]:
    """A column per extra field of the list's form (one project's, or every project's, one per code), retired
    ones too (their values are kept): the field's code is the header, so a file round-trips."""
    from cl_desktop.services.custom_fields import all_definitions

    kind = KIND_ALIASES.get(kind, kind)
    alias = SOURCES[kind][1]
    seen: dict[str, Col] = {}
    for f in all_definitions(db, CUSTOM_FORMS[kind]):
        if (project_id and f.project_id != project_id) or f.code in seen:
            continue
        path = f"'$.\"{f.code}\"'"
        sql = f"json_extract({alias}.custom, {path})"
        seen[f.code] = Col(f"custom.{f.code}", f.code, "custom", f"custom.{f.code}", sql=sql, custom=f.kind)
    return tuple(seen.values())


def columns_for(db: Any, kind: str, project_id: str | None = None) -> tuple[Col, ...]:
    """The list's columns followed by its extra fields' columns."""
    return (*columns(kind), *custom_columns(db, kind, project_id))


def expression(kind: str, col: Col) -> str:
    return col.sql or f"{SOURCES[kind][1]}.{col.key}"


def label_of_field(kind: str, db: Any = None) -> dict[str, str]:
    """Service field → column header, to put a validation message under the column it came from."""
    cols = columns_for(db, kind) if db is not None else COLUMNS[kind]
    return {c.field: c.label for c in cols if c.field}
