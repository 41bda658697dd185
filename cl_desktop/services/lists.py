"""What every list screen (and list export) shows, as paged SQL with no Qt.

One definition per kind of list: its columns (named constants), the SQL each
column reads, how the search box matches, which filters exist and the default
order. The GUI pages through it lazily (``page``), counts with ``count`` and
exports with ``iter_rows``, which streams so a million rows never sit in memory.

Pages are read by key ("keyset" paging): each page continues after the sort value
and rowid of the last row of the one before, so the millionth row costs what the
first does. An order is one or more *segments*, each a range read in one index
order: a nullable column has its NULLs apart (first ascending, last descending),
and children sorted by name have one segment per script, in the order the
interface language reads them (``name_sort``, see ``store.migrations_lists``).

Children search uses the trigram FTS table ``children_fts`` for three or more
characters (a substring of a name in any script, a case number or a village),
plus ``children_translit_fts`` (Cyrillic names in Latin letters) when the text is
Latin, and index ranges on the name, Latin name and case number for one or two
characters, so both answer in milliseconds on a million children.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from sqlite_utils import Database

from cl_desktop.domain.custom_fields import PREFIX, FieldDef
from cl_desktop.domain.rules import AGE_GROUPS
from cl_desktop.errors import UsageError
from cl_desktop.figures import members
from cl_desktop.figures.outcomes import _summary_active
from cl_desktop.figures.quality import overdue_follow_ups_sql
from cl_desktop.services.custom_fields import all_definitions
from cl_desktop.services.reference import ReferenceLists, has_alias
from cl_desktop.store.custom_choice_values import TABLE as CHOICE_VALUES
from cl_desktop.store.custom_indexes import raw_expression, value_expression
from cl_desktop.store.migrations_lists import SCRIPT_RANGES

KINDS: tuple[str, ...] = (
    "children",
    "households",
    "services",
    "follow_ups",
    "programmes",
    "projects",
    "activities",
    "indicators",
    "periods",
    "users",
    "offices",
    "organisations",
    "referrals",
    "monitoring_visits",
)


@dataclass(frozen=True)
class Column:
    """A list column. ``kind``: text, number, money, date, code (a reference-list code), codes (several codes
    separated by ", "), flag (0/1)."""

    key: str
    label: str
    kind: str = "text"
    ref: str = ""  # reference list whose labels display a ``code`` column
    visible: bool = True  # shown unless the user picks it in the column chooser


@dataclass
class ListQuery:
    """What the user asked of a list: search text, filter values by key, sort column and direction."""

    search: str = ""
    filters: dict[str, str] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False


@dataclass(frozen=True)
class Filter:
    """A list filter. ``kind`` "choice": a combo whose ``options`` are (value, label) pairs, an empty value
    meaning "all"; "number" or "date": a range, its value written ``FROM..TO`` (either end may be left
    out; one value alone means exactly it); "text": the text a value contains (``=TEXT``: exactly it)."""

    key: str
    label: str
    options: tuple[tuple[str, str], ...]
    kind: str = "choice"


RANGE_SEPARATOR = ".."


class FilterRefused(UsageError):
    """A filter's value that cannot be read; nothing is filtered. ``code`` (``bad_number``, ``bad_date``,
    ``reversed``) and ``label`` let a screen say it in its user's language."""

    MESSAGES: ClassVar[dict[str, str]] = {
        "bad_number": "{label}: “{value}” is not a number.",
        "bad_date": "{label}: “{value}” is not a date (write it as DD/MM/YYYY or YYYY-MM-DD).",
        "reversed": "{label}: the range starts after it ends ({value}).",
    }

    def __init__(self, code: str, label: str, value: str) -> None:
        self.code, self.label, self.value = code, label, value
        super().__init__(self.MESSAGES[code].format(label=label, value=value))


def read_number(text: str) -> int | float | None:
    """A number as a person types it (Khmer digits, a decimal comma, spaces between thousands); None if
    the text is not one."""
    from cl_desktop.i18n.formats import latin_digits

    typed = latin_digits(text.strip()).replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", typed):  # 5,860 or 12,500.5: thousands
        typed = typed.replace(",", "")
    elif typed.count(",") == 1 and "." not in typed:  # 2,5: a decimal comma (Russian)
        typed = typed.replace(",", ".")
    if len(typed) > 40 or not re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)", typed):
        return None
    value = float(typed)
    if not math.isfinite(value):
        return None
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def read_date(text: str) -> str | None:
    """A date as a person types it (as the screen writes dates, or ISO) as ISO text; None if it is not a
    real date."""
    from datetime import date

    from cl_desktop.i18n.formats import read_typed_date

    iso = read_typed_date(text)
    if iso is None:
        return None
    try:
        return date.fromisoformat(iso).isoformat()
    except ValueError:
        return None


def read_range(kind: str, value: str, label: str = "") -> tuple[Any, Any]:
    """The ends of a range filter's value (``FROM..TO``, either end blank; one value: from and to), read as
    numbers or ISO dates; raises :class:`FilterRefused`."""
    low_text, separator, high_text = value.partition(RANGE_SEPARATOR)
    if not separator:
        high_text = low_text
    reader = read_number if kind == "number" else read_date
    ends: list[Any] = []
    for text in (low_text.strip(), high_text.strip()):
        if not text:
            ends.append(None)
            continue
        read = reader(text)
        if read is None:
            raise FilterRefused("bad_number" if kind == "number" else "bad_date", label, text)
        ends.append(read)
    low, high = ends
    if low is not None and high is not None and low > high:
        raise FilterRefused("reversed", label, f"{low_text.strip()} > {high_text.strip()}")
    return low, high


def range_value(kind: str, low: str, high: str, label: str = "") -> str:
    """A range filter's value from its two ends as typed ("" when both are blank); raises
    :class:`FilterRefused` for an end that is not a number or a date, or a range that ends before it starts."""
    if not low.strip() and not high.strip():
        return ""
    read = read_range(kind, f"{low}{RANGE_SEPARATOR}{high}", label)
    return RANGE_SEPARATOR.join("" if end is None else str(end) for end in read)


# -- columns ---------------------------------------------------------------
CASE_NUMBER = Column("case_number", "Case number")
CHILD_NAME = Column("name", "Name")
CHILD_NAME_LATIN = Column("name_latin", "Name (Latin)")
SEX = Column("sex", "Sex", "code")
BIRTH_DATE = Column("birth_date", "Born", "date")
AGE_AT_INTAKE = Column("age_at_intake", "Age", "number")
VILLAGE = Column("village", "Village")
PROVINCE = Column("province", "Province")
PROGRAMME = Column("programme", "Action programme")
INTAKE_DATE = Column("intake_date", "Intake", "date")
WORK_STATUS = Column("work_status", "Work status", "code", "work_status")
OUTCOME = Column("outcome", "Outcome", "code", "outcome")
OUTCOME_DATE = Column("outcome_date", "Outcome date", "date", visible=False)
SCHOOL_STATUS = Column("school_status", "School", "code", "school_status", visible=False)
SECTOR = Column("sector", "Sector", "code", "sector", visible=False)
HOURS = Column("hours_per_week", "Hours/week", "number", visible=False)
GUARDIAN = Column("guardian_name", "Guardian", visible=False)

HOUSEHOLD_CODE = Column("code", "Household")
HEAD_NAME = Column("head_name", "Head of household")
HEAD_NAME_LATIN = Column("head_name_latin", "Head (Latin)")
HEAD_SEX = Column("head_sex", "Head's sex", "code")
MEMBERS = Column("members", "Members", "number")
CHILDREN_UNDER_18 = Column("children_under_18", "Children under 18", "number")
REGISTERED_ON = Column("registered_on", "Registered", "date")

CHILD_CASE = Column("case_number", "Child")
CHILD = Column("child_name", "Name")
SERVICE_TYPE = Column("service_type", "Service", "code", "service_type")
START_DATE = Column("start_date", "Start", "date")
END_DATE = Column("end_date", "End", "date")
PROVIDER = Column("provider", "Provider")
RECIPIENT = Column("recipient", "For", "code", visible=False)
VISIT_DATE = Column("visit_date", "Visit", "date")
WORKING = Column("working", "Working", "flag")
ATTENDANCE = Column("attendance_percent", "Attendance %", "number")
VISITED_BY = Column("visited_by", "Visited by")

CODE = Column("code", "Code")
TITLE = Column("title", "Title")
PROJECT = Column("project", "Project")
PARTNER = Column("partner", "Partner")
STATUS = Column("status", "Status", "code", "programme_status")
BUDGET = Column("budget", "Budget", "money")
EXPENDITURE = Column("expenditure", "Expenditure", "money")
CURRENCY = Column("currency", "Currency", visible=False)
TARGET_WITHDRAWN = Column("target_withdrawn", "Target withdrawn", "number")
TARGET_PREVENTED = Column("target_prevented", "Target prevented", "number")
REGION = Column("region", "Region")
DONOR = Column("donor", "Donor")
FUNDING = Column("funding_amount", "Funding", "money")

ACTIVITY_KIND = Column("kind", "Kind", "code", "activity_kind")
LOCATION = Column("location", "Location")
PARTICIPANTS_F = Column("participants_f", "Participants (F)", "number")
PARTICIPANTS_M = Column("participants_m", "Participants (M)", "number")
ACTIVITY_OUTPUT = Column("output", "Output", visible=False)

UNIT = Column("unit", "Unit")
BASELINE = Column("baseline", "Baseline")
TARGET = Column("target", "Target")
ACTUAL = Column("actual", "Actual")
DUE_DATE = Column("due_date", "Due", "date")
PERIOD_STATUS = Column("status", "Status")
SUBMITTED_AT = Column("submitted_at", "Submitted", "date")
APPROVED_AT = Column("approved_at", "Approved", "date")
REOPEN_REASON = Column("reopen_reason", "Reopen reason", visible=False)

USERNAME = Column("username", "User")
FULL_NAME = Column("full_name", "Full name")
ROLE = Column("role", "Role", "code")
OFFICE = Column("office_code", "Office")
LANGUAGE = Column("language", "Language", "code")
ACTIVE = Column("active", "Active", "flag")
NAME = Column("name", "Name")
IS_HQ = Column("is_hq", "Headquarters", "flag")
ACRONYM = Column("acronym", "Acronym")
ORGANISATION_TYPE = Column("organisation_type", "Type", "code", "organisation_type")
COUNTRY = Column("country_code", "Country")
CONTACT_PERSON = Column("contact_person", "Contact person", visible=False)
TELEPHONE = Column("telephone", "Telephone", visible=False)

REFERRED_ON = Column("referral_date", "Referred", "date")
ORGANISATION = Column("organisation", "Organisation")
URGENCY = Column("urgency", "Urgency", "code")
REFERRAL_STATUS = Column("referral_status", "Status", "code")
STATUS_DATE = Column("status_date", "Status since", "date", visible=False)
EXPECTED_DATE = Column("expected_date", "Answer expected", "date")
OVERDUE = Column("overdue", "Overdue", "flag")
CONSENT = Column("consent_to_share", "Consent to share", "flag", visible=False)
REFERRING_OFFICE = Column("referring_office", "Referring office", visible=False)
FROM_VISIT = Column("visit_date", "From visit", "date", visible=False)

WORKPLACE = Column("workplace", "Workplace")
VISITORS = Column("visitors", "Visited by")
CHILDREN_IDENTIFIED = Column("children_identified", "Children identified", "number")

# Fixed labels for codes that are not reference lists.
SEX_LABELS = {"F": "Female", "M": "Male"}
RECIPIENT_LABELS = {"child": "Child", "household": "Household"}
ROLE_LABELS = {"clerk": "Data-entry clerk", "coordinator": "Coordinator", "admin": "Headquarters administrator"}
LANGUAGE_LABELS = {"en": "English", "km": "Khmer", "ru": "Russian"}
REFERRAL_STATUS_LABELS = {
    "referred": "Referred",
    "accepted": "Accepted",
    "declined": "Declined",
    "no_response": "No response",
    "service_provided": "Service provided",
    "closed": "Closed",
    "cancelled": "Cancelled",
}
URGENCY_LABELS = {"emergency": "Emergency", "high": "High", "normal": "Normal", "low": "Low"}
OUTCOME_FILTER_LABELS = {
    "withdrawn": "Withdrawn",
    "prevented": "Prevented",
    "in_progress": "In progress",
    "at_risk": "In or at risk, no education service yet",
}


# -- definitions -------------------------------------------------------------
Condition = Callable[[str], tuple[str, list[Any]]]


@dataclass(frozen=True)
class _ListDef:
    table: str
    alias: str
    joins: str
    columns: tuple[tuple[Column, str], ...]
    default_sort: str
    default_descending: bool = False
    search: Condition | None = None
    filters: Mapping[str, Condition] = field(default_factory=dict)
    where: str = ""
    # Columns sorted by another expression than the one they show: (column key, script-ranged sort key).
    sort_keys: Mapping[str, str] = field(default_factory=dict)

    def expr(self, key: str) -> str:
        for column, sql in self.columns:
            if column.key == key:
                return sql
        raise UsageError(f"The list has no column {key!r}.")


def _equals(sql: str) -> Condition:
    return lambda value: (f"{sql} = ?", [value])


def _like(*exprs: str) -> Condition:
    def condition(text: str) -> tuple[str, list[Any]]:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return "(" + " OR ".join(f"{e} LIKE ? ESCAPE '\\'" for e in exprs) + ")", [pattern] * len(exprs)

    return condition


_TOP = "\U0010ffff"


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _latin_text(text: str) -> bool:
    """Latin letters typed: the text may be a transliteration of a Cyrillic name."""
    return text.isascii() and any(ch.isalpha() for ch in text)


def children_match(text: str, alias: str = "c") -> tuple[str, list[Any]]:
    """A condition on children ``alias`` matching the search text (see the module docstring)."""
    text = text.strip()
    former = f"{alias}.id IN (SELECT child_id FROM case_aliases WHERE case_number = ? AND deleted = 0)"
    if len(text) >= 3:
        sql = f"{alias}.rowid IN (SELECT rowid FROM children_fts WHERE children_fts MATCH ?)"
        if not _latin_text(text):
            return f"({sql} OR {former})", [_phrase(text), text.upper()]
        translit = f"{alias}.rowid IN (SELECT rowid FROM children_translit_fts WHERE children_translit_fts MATCH ?)"
        return f"({sql} OR {translit} OR {former})", [_phrase(text), _phrase(text), text.upper()]
    sql, args, _ = _short_search(text, alias)
    return sql, args


def _child_of(column: str) -> Condition:
    def condition(text: str) -> tuple[str, list[Any]]:
        sql, args = children_match(text, "cm")
        return f"{column} IN (SELECT cm.id FROM children cm WHERE {sql})", args

    return condition


def _age_group(value: str) -> tuple[str, list[Any]]:
    for name, low, high in AGE_GROUPS:
        if name == value:
            return "c.age_at_intake BETWEEN ? AND ?", [low, high]
    raise UsageError(f"There is no age group {value!r}.")


def _outcome(value: str) -> tuple[str, list[Any]]:
    if value == "at_risk":
        return "(c.outcome IS NULL AND c.work_status != 'not_at_risk')", []
    return "+c.outcome = ?", [value]


def _overdue(value: str) -> tuple[str, list[Any]]:
    sql, args = overdue_follow_ups_sql()
    return f"c.id IN ({sql})", args


def _figure(alias: str) -> Condition:
    """The members of a dashboard figure (``figures.members``): a filter no combo shows, set when a
    figure opens its list."""

    def condition(value: str) -> tuple[str, list[Any]]:
        return members.condition(members.Figure.decode(value), alias)

    return condition


_CHILD_FILTERS: dict[str, Condition] = {
    "figure": _figure("c"),
    "project": _equals("c.project_id"),
    "programme": _equals("c.programme_id"),
    "province": _equals("c.province_id"),
    "sex": _equals("+c.sex"),  # unary + keeps the planner on the sort index: half the rows match
    "age_group": _age_group,
    "work_status": _equals("+c.work_status"),
    "outcome": _outcome,
    "overdue": _overdue,
}


def _referral_overdue(value: str) -> tuple[str, list[Any]]:
    from datetime import date

    from cl_desktop.services.referrals import overdue_sql

    sql, args = overdue_sql("r", date.today())
    return (sql, args) if value == "1" else (f"NOT {sql}", args)


def _referral_place(column: str) -> Condition:
    """Referrals of children (or households' heads' children) whose ``column`` is the value."""
    return lambda value: (f"r.child_id IN (SELECT pc.id FROM children pc WHERE pc.{column} = ?)", [value])


# The overdue flag a referrals list shows (the filter and the count bind today's date instead).
_OVERDUE_FLAG = (
    "CASE WHEN (r.status IN ('referred', 'no_response') AND r.expected_date < date('now', 'localtime')) "
    "OR (r.status = 'accepted' AND r.status_date < date('now', 'localtime', '-' || "
    "coalesce(rp.referral_service_days, 30) || ' days')) THEN 1 ELSE 0 END"
)

_DEFS: dict[str, _ListDef] = {
    "children": _ListDef(
        "children",
        "c",
        "LEFT JOIN action_programmes ap ON ap.id = c.programme_id "
        "LEFT JOIN locations v ON v.id = c.location_id LEFT JOIN locations pv ON pv.id = c.province_id",
        (
            (CASE_NUMBER, "c.case_number"),
            (CHILD_NAME, "c.name"),
            (CHILD_NAME_LATIN, "c.name_latin"),
            (SEX, "c.sex"),
            (AGE_AT_INTAKE, "c.age_at_intake"),
            (WORK_STATUS, "c.work_status"),
            (OUTCOME, "c.outcome"),
            (VILLAGE, "v.name_en"),
            (PROVINCE, "pv.name_en"),
            (PROGRAMME, "ap.code"),
            (INTAKE_DATE, "c.intake_date"),
            (BIRTH_DATE, "c.birth_date"),
            (OUTCOME_DATE, "c.outcome_date"),
            (SCHOOL_STATUS, "c.school_status"),
            (SECTOR, "c.sector"),
            (HOURS, "c.hours_per_week"),
            (GUARDIAN, "c.guardian_name"),
        ),
        "case_number",
        search=lambda text: children_match(text, "c"),
        filters=_CHILD_FILTERS,
        sort_keys={"name": "c.name_sort"},
    ),
    "households": _ListDef(
        "households",
        "h",
        "LEFT JOIN action_programmes ap ON ap.id = h.programme_id LEFT JOIN locations v ON v.id = h.location_id",
        (
            (HOUSEHOLD_CODE, "h.code"),
            (HEAD_NAME, "h.head_name"),
            (HEAD_NAME_LATIN, "h.head_name_latin"),
            (HEAD_SEX, "h.head_sex"),
            (MEMBERS, "h.members"),
            (CHILDREN_UNDER_18, "h.children_under_18"),
            (VILLAGE, "v.name_en"),
            (PROGRAMME, "ap.code"),
            (REGISTERED_ON, "h.registered_on"),
        ),
        "code",
        search=_like("h.code", "h.head_name", "h.head_name_latin"),
        filters={"programme": _equals("h.programme_id"), "sex": _equals("h.head_sex"), "figure": _figure("h")},
    ),
    "services": _ListDef(
        "services",
        "s",
        "LEFT JOIN children c ON c.id = s.child_id LEFT JOIN households h ON h.id = s.household_id "
        "LEFT JOIN action_programmes ap ON ap.id = s.programme_id",
        (
            (START_DATE, "s.start_date"),
            (CHILD_CASE, "coalesce(c.case_number, h.code)"),
            (CHILD, "coalesce(c.name, h.head_name)"),
            (SERVICE_TYPE, "s.service_type"),
            (END_DATE, "s.end_date"),
            (PROVIDER, "s.provider"),
            (PROGRAMME, "ap.code"),
            (RECIPIENT, "CASE WHEN s.child_id IS NULL THEN 'household' ELSE 'child' END"),
        ),
        "start_date",
        True,
        search=_child_of("s.child_id"),
        filters={
            "programme": _equals("s.programme_id"),
            "service_type": _equals("s.service_type"),
            "figure": _figure("s"),
        },
    ),
    "follow_ups": _ListDef(
        "follow_ups",
        "f",
        "JOIN children c ON c.id = f.child_id",
        (
            (VISIT_DATE, "f.visit_date"),
            (CHILD_CASE, "c.case_number"),
            (CHILD, "c.name"),
            (WORKING, "f.working"),
            (HOURS, "f.hours_per_week"),
            (Column("work_status", "Work status", "code", "work_status"), "f.work_status"),
            (Column("school_status", "School", "code", "school_status"), "f.school_status"),
            (ATTENDANCE, "f.attendance_percent"),
            (VISITED_BY, "f.visited_by"),
        ),
        "visit_date",
        True,
        search=_child_of("f.child_id"),
        filters={
            "programme": lambda v: (
                "f.child_id IN (SELECT pc.id FROM children pc WHERE pc.programme_id = ?)",
                [v],
            ),
            "work_status": _equals("f.work_status"),
        },
    ),
    "programmes": _ListDef(
        "action_programmes",
        "a",
        "JOIN projects p ON p.id = a.project_id LEFT JOIN organisations o ON o.id = a.partner_id",
        (
            (CODE, "a.code"),
            (TITLE, "a.title"),
            (PROJECT, "p.code"),
            (PARTNER, "coalesce(nullif(o.acronym, ''), o.name)"),
            (START_DATE, "a.start_date"),
            (END_DATE, "a.end_date"),
            (BUDGET, "a.budget"),
            (EXPENDITURE, "a.expenditure"),
            (CURRENCY, "a.currency"),
            (TARGET_WITHDRAWN, "a.target_withdrawn_f + a.target_withdrawn_m"),
            (TARGET_PREVENTED, "a.target_prevented_f + a.target_prevented_m"),
            (STATUS, "a.status"),
        ),
        "code",
        search=_like("a.code", "a.title"),
        filters={"project": _equals("a.project_id"), "status": _equals("a.status")},
    ),
    "projects": _ListDef(
        "projects",
        "p",
        "",
        (
            (CODE, "p.code"),
            (TITLE, "p.title"),
            (REGION, "p.region"),
            (DONOR, "p.donor"),
            (START_DATE, "p.start_date"),
            (END_DATE, "p.end_date"),
            (FUNDING, "p.funding_amount"),
            (CURRENCY, "p.currency"),
            (TARGET_WITHDRAWN, "p.target_withdrawn_f + p.target_withdrawn_m"),
            (TARGET_PREVENTED, "p.target_prevented_f + p.target_prevented_m"),
        ),
        "start_date",
        search=_like("p.code", "p.title", "p.region", "p.donor"),
    ),
    "activities": _ListDef(
        "activities",
        "t",
        "JOIN projects p ON p.id = t.project_id LEFT JOIN action_programmes ap ON ap.id = t.programme_id "
        "LEFT JOIN locations l ON l.id = t.location_id",
        (
            (START_DATE, "t.start_date"),
            (TITLE, "t.title"),
            (ACTIVITY_KIND, "t.kind"),
            (PROJECT, "p.code"),
            (PROGRAMME, "ap.code"),
            (LOCATION, "l.name_en"),
            (PARTICIPANTS_F, "t.participants_f"),
            (PARTICIPANTS_M, "t.participants_m"),
            (END_DATE, "t.end_date"),
            (ACTIVITY_OUTPUT, "t.output"),
        ),
        "start_date",
        True,
        search=_like("t.title", "t.output"),
        filters={
            "project": _equals("t.project_id"),
            "programme": _equals("t.programme_id"),
            "activity_kind": _equals("t.kind"),
        },
    ),
    "indicators": _ListDef(
        "indicators",
        "i",
        "JOIN projects p ON p.id = i.project_id",
        (
            (PROJECT, "p.code"),
            (CODE, "i.code"),
            (TITLE, "i.title"),
            (UNIT, "i.unit"),
            (BASELINE, "coalesce(nullif(i.baseline_text, ''), i.baseline_value)"),
            (TARGET, "coalesce(nullif(i.target_text, ''), i.target_value)"),
            (ACTUAL, "coalesce(nullif(i.actual_text, ''), i.actual_value)"),
            (DUE_DATE, "i.due_date"),
        ),
        "code",
        search=_like("i.code", "i.title"),
        filters={"project": _equals("i.project_id")},
    ),
    "periods": _ListDef(
        "reporting_periods",
        "r",
        "JOIN projects p ON p.id = r.project_id",
        (
            (PROJECT, "p.code"),
            (CODE, "r.code"),
            (START_DATE, "r.start_date"),
            (END_DATE, "r.end_date"),
            (PERIOD_STATUS, "r.status"),
            (SUBMITTED_AT, "r.submitted_at"),
            (APPROVED_AT, "r.approved_at"),
            (REOPEN_REASON, "r.reopen_reason"),
        ),
        "start_date",
        search=_like("r.code"),
        filters={"project": _equals("r.project_id"), "status": _equals("r.status")},
    ),
    "users": _ListDef(
        "users",
        "u",
        "",
        (
            (USERNAME, "u.username"),
            (FULL_NAME, "u.full_name"),
            (ROLE, "u.role"),
            (OFFICE, "u.office_code"),
            (LANGUAGE, "u.language"),
            (ACTIVE, "u.active"),
        ),
        "username",
        search=_like("u.username", "u.full_name"),
    ),
    "offices": _ListDef(
        "offices",
        "o",
        "LEFT JOIN locations l ON l.id = o.province_id",
        ((CODE, "o.code"), (NAME, "o.name"), (PROVINCE, "l.name_en"), (IS_HQ, "o.is_hq")),
        "code",
        search=_like("o.code", "o.name"),
    ),
    "organisations": _ListDef(
        "organisations",
        "o",
        "",
        (
            (CODE, "o.code"),
            (NAME, "o.name"),
            (ACRONYM, "o.acronym"),
            (ORGANISATION_TYPE, "o.organisation_type"),
            (COUNTRY, "o.country_code"),
            (CONTACT_PERSON, "o.contact_person"),
            (TELEPHONE, "o.telephone"),
        ),
        "name",
        search=_like("o.code", "o.name", "o.acronym"),
        filters={"organisation_type": _equals("o.organisation_type")},
    ),
    "referrals": _ListDef(
        "referrals",
        "r",
        "LEFT JOIN children c ON c.id = r.child_id LEFT JOIN households h ON h.id = r.household_id "
        "LEFT JOIN organisations o ON o.id = r.organisation_id "
        "LEFT JOIN action_programmes ap ON ap.id = c.programme_id "
        "LEFT JOIN locations pv ON pv.id = c.province_id LEFT JOIN projects rp ON rp.id = r.project_id "
        "LEFT JOIN monitoring_visits rv ON rv.id = r.visit_id",
        (
            (REFERRED_ON, "r.referral_date"),
            (CHILD_CASE, "coalesce(c.case_number, h.code)"),
            (CHILD, "coalesce(c.name, h.head_name)"),
            (ORGANISATION, "coalesce(nullif(o.acronym, ''), o.name)"),
            (SERVICE_TYPE, "r.service_type"),
            (URGENCY, "r.urgency"),
            (REFERRAL_STATUS, "r.status"),
            (EXPECTED_DATE, "r.expected_date"),
            (OVERDUE, _OVERDUE_FLAG),
            (PROGRAMME, "ap.code"),
            (PROVINCE, "pv.name_en"),
            (STATUS_DATE, "r.status_date"),
            (CONSENT, "r.consent_to_share"),
            (REFERRING_OFFICE, "r.referring_office"),
            (FROM_VISIT, "rv.visit_date"),
        ),
        "referral_date",
        True,
        search=_child_of("r.child_id"),
        filters={
            "referral_status": _equals("r.status"),
            "organisation": _equals("r.organisation_id"),
            "referral_overdue": _referral_overdue,
            "programme": _referral_place("programme_id"),
            "province": _referral_place("province_id"),
            "project": _equals("r.project_id"),
            "visit": _equals("r.visit_id"),
        },
    ),
    "monitoring_visits": _ListDef(
        "monitoring_visits",
        "m",
        "LEFT JOIN locations v ON v.id = m.location_id LEFT JOIN locations pv ON pv.id = m.province_id "
        "LEFT JOIN organisations o ON o.id = m.organisation_id",
        (
            (VISIT_DATE, "m.visit_date"),
            (VILLAGE, "v.name_en"),
            (PROVINCE, "pv.name_en"),
            (Column("sector", "Sector", "code", "sector"), "m.sector"),
            (WORKPLACE, "m.workplace"),
            (ORGANISATION, "coalesce(nullif(o.acronym, ''), o.name)"),
            (VISITORS, "m.visitors"),
            (
                CHILDREN_IDENTIFIED,
                "(SELECT count(DISTINCT vc.child_id) FROM visit_children vc JOIN children ci ON ci.id = vc.child_id "
                "WHERE vc.visit_id = m.id AND vc.deleted = 0 AND ci.deleted = 0)",
            ),
        ),
        "visit_date",
        True,
        search=_like("m.workplace", "m.visitors", "m.notes"),
        filters={
            "project": _equals("m.project_id"),
            "province": _equals("m.province_id"),
            "sector": _equals("m.sector"),
        },
    ),
}

# The database table each list shows, for refreshing when ``DataBus.changed`` names it.
TABLES: dict[str, str] = {kind: d.table for kind, d in _DEFS.items()}


# The lists whose rows carry a project's extra fields, by the form that fills them.
CUSTOM_FORMS: dict[str, str] = {"children": "intake", "households": "household", "services": "service",
                                "follow_ups": "followup"}  # fmt: skip


def custom_fields_in_lists(db: Database, kind: str) -> list[FieldDef]:
    """The extra fields headquarters shows in this list: one per code (the first project's definition)."""
    form = CUSTOM_FORMS.get(kind)
    if form is None:
        return []
    seen: dict[str, FieldDef] = {}
    for f in all_definitions(db, form):
        if f.in_lists and f.code not in seen:
            seen[f.code] = f
    return list(seen.values())


def _custom_column(alias: str, f: FieldDef, lang: str) -> tuple[Column, str]:
    path = f"'$.\"{f.code}\"'"
    label = f.label(lang)
    if f.kind == "choices":
        sql = f"(SELECT group_concat(value, ', ') FROM json_each({alias}.custom, {path}))"
        return Column(PREFIX + f.code, label, "codes", ref=f"custom:{f.code}"), sql
    if f.kind == "choice":
        return Column(PREFIX + f.code, label, "code", ref=f"custom:{f.code}"), f"json_extract({alias}.custom, {path})"
    if f.kind == "yes_no":
        sql = f"CAST(json_extract({alias}.custom, {path}) AS TEXT)"
        return Column(PREFIX + f.code, label, "code"), sql
    if f.kind == "number":
        return Column(PREFIX + f.code, label, "number"), f"json_extract({alias}.custom, {path})"
    if f.kind == "date":
        return Column(PREFIX + f.code, label, "date"), f"json_extract({alias}.custom, {path})"
    return Column(PREFIX + f.code, label), f"json_extract({alias}.custom, {path})"


def _custom_filter(db: Database, alias: str, code: str, single: bool, table: str) -> Condition:
    """Rows whose extra field of one value (one choice, yes/no) holds the value, compared as the index on it
    holds it (``store.custom_indexes``), so the filter reads the matching rows only. Without ``single`` the
    code holds several choices in some project's form: rows holding the value as one of their choices too."""
    if single:
        sql = f"{value_expression(code, alias)} = ?"
        return lambda value: (sql, [value])
    return _choices_filter(db, alias, table, code, also_single=True)


# A choice held by at least this many rows is found faster by walking the list in its order and looking each
# row up in the choice table (a page is near); a rarer one by reading its rows from the table (few to sort).
COMMON_CHOICE = 10_000


def _choices_filter(db: Database, alias: str, table: str, code: str, *, also_single: bool = False) -> Condition:
    """Rows whose several choices include the value, found in ``custom_choice_values`` (one row per chosen
    code, kept by triggers: ``store.custom_choice_values``); with ``also_single``, rows that hold it as
    their one value too (a code one project asks as one choice, another as several)."""
    rows = f"SELECT row_id FROM {CHOICE_VALUES} WHERE tbl = '{table}' AND code = '{code}' AND value = ?"

    def condition(value: str) -> tuple[str, list[Any]]:
        common = db.execute(f"SELECT count(*) FROM ({rows} LIMIT {COMMON_CHOICE})", [value]).fetchone()[0]
        if common >= COMMON_CHOICE:  # each row of the list's order looked up by the table's key
            sql = f"EXISTS ({rows} AND row_id = {alias}.rowid)"
        else:  # the value's rows, read from the table
            sql = f"{alias}.rowid IN ({rows})"
        if also_single:
            return f"({sql} OR {value_expression(code, alias)} = ?)", [value, value]
        return sql, [value]

    return condition


def _range_filter(alias: str, f: FieldDef) -> Condition:
    """Rows whose number or date lies in the range (``FROM..TO``, ends included), read through the index on
    the value (``store.custom_indexes``). A value of the wrong type (text in a number field, a number in a
    date field) is never in a range: SQLite sorts numbers before text, and each end bounds the type."""
    expression = raw_expression(f.code, alias)

    def condition(value: str) -> tuple[str, list[Any]]:
        low, high = read_range(f.kind, value, f.label())
        if f.kind == "number":
            # a lower end alone: below '' keeps numbers (every text sorts after them)
            parts = [f"{expression} >= ?" if low is not None else "", f"{expression} <= ?" if high is not None else ""]
            if high is None:
                parts[1] = f"{expression} < ''"
        else:  # ISO dates: text from '0' to ':' holds every date and no number
            parts = [f"{expression} >= ?" if low is not None else f"{expression} >= '0'",
                     f"{expression} <= ?" if high is not None else f"{expression} < ':'"]  # fmt: skip
        args = [end for end in (low, high) if end is not None]
        return f"({parts[0]} AND {parts[1]})" if parts[0] else parts[1], args

    return condition


def _text_filter(alias: str, code: str) -> Condition:
    """Rows whose text contains the value, in any case of Latin letters (each row's value is read: no index
    serves a substring); ``=TEXT``: exactly the text, through the index on the value."""
    expression = raw_expression(code, alias)
    contains = _like(expression)

    def condition(value: str) -> tuple[str, list[Any]]:
        if value.startswith("=") and value[1:].strip():
            return f"{expression} = ?", [value[1:].strip()]
        return contains(value.strip())

    return condition


def _definition(kind: str, db: Database | None = None, lang: str = "en") -> _ListDef:
    try:
        d = _DEFS[kind]
    except KeyError:
        raise UsageError(f"There is no list of {kind!r}.") from None
    if db is None or kind not in CUSTOM_FORMS:
        return d
    fields = custom_fields_in_lists(db, kind)
    if not fields:
        return d
    filters = dict(d.filters)
    every = all_definitions(db, CUSTOM_FORMS[kind])
    # a code that holds several choices in any project's form is a list somewhere, one value elsewhere
    lists_somewhere = {f.code for f in every if f.kind == "choices"}
    single_somewhere = {f.code for f in every if f.kind in ("choice", "yes_no")}
    for f in fields:
        if f.kind in ("choice", "yes_no"):
            filters[PREFIX + f.code] = _custom_filter(db, d.alias, f.code, f.code not in lists_somewhere, d.table)
        elif f.kind == "choices":
            filters[PREFIX + f.code] = _choices_filter(
                db, d.alias, d.table, f.code, also_single=f.code in single_somewhere
            )
        elif f.kind in ("number", "date"):
            filters[PREFIX + f.code] = _range_filter(d.alias, f)
        else:
            filters[PREFIX + f.code] = _text_filter(d.alias, f.code)
    return replace(d, columns=(*d.columns, *(_custom_column(d.alias, f, lang) for f in fields)), filters=filters)


def columns(kind: str, db: Database | None = None, lang: str = "en") -> tuple[Column, ...]:
    """A list's columns; with ``db``, the extra fields headquarters shows in lists too (labelled in ``lang``)."""
    return tuple(column for column, _ in _definition(kind, db, lang).columns)


def table_of(kind: str) -> str:
    return _definition(kind).table


def _short_search(text: str, a: str = "c") -> tuple[str, list[Any], str]:
    """One or two characters: a prefix range on one indexed column, read in that column's order.

    Digits or a dash mean a case number; Latin letters the Latin name (any case); anything else the name.
    """
    if any(ch.isdigit() or ch == "-" for ch in text):
        column = f"{a}.case_number"
        return f"({column} >= ? AND {column} < ?)", [text.upper(), text.upper() + _TOP], column
    if text.isascii():
        column = f"{a}.name_latin COLLATE NOCASE"
        return f"({column} >= ? AND {column} < ?)", [text, text + _TOP], column
    column = f"{a}.name"
    return f"({column} >= ? AND {column} < ?)", [text, text + _TOP], column


def _where(d: _ListDef, query: ListQuery, *, skip_search: bool = False) -> tuple[str, list[Any]]:
    parts = [f"{d.alias}.deleted = 0"]
    args: list[Any] = []
    if d.where:
        parts.append(d.where)
    text = (query.search or "").strip()
    if text and d.search and not skip_search:
        sql, a = d.search(text)
        parts.append(sql)
        args += a
    for key, value in (query.filters or {}).items():
        if value in (None, ""):
            continue
        condition = d.filters.get(key)
        if condition is None:
            raise UsageError(f"The list has no filter {key!r}.")
        sql, a = condition(str(value))
        parts.append(sql)
        args += a
    return " AND ".join(parts), args


# Names sort by script first, in the order the interface language reads them (its own script first).
SCRIPT_ORDER: dict[str, tuple[str, ...]] = {
    "en": ("latin", "cyrillic", "khmer"),
    "km": ("khmer", "latin", "cyrillic"),
    "ru": ("cyrillic", "latin", "khmer"),
}

Cursor = tuple[int, Any, int]
"""Where a page ended: the segment, the sort value and the rowid of its last row."""


@dataclass(frozen=True)
class _Segment:
    """Rows of one range of the order, read by ``key`` (then rowid), or by rowid alone when ``key`` is None."""

    where: str
    args: tuple[Any, ...] = ()
    key: str | None = None
    collate: str = ""
    # Where the segment starts: left out once a cursor is in the segment, which starts further on (kept, the
    # planner would enter the index at the segment's start and walk to the cursor).
    start: str = ""
    start_args: tuple[Any, ...] = ()


@dataclass(frozen=True)
class _Plan:
    source: str
    where: str
    args: list[Any]
    rid: str  # the rowid expression in ``source``
    segments: tuple[_Segment, ...]
    descending: bool = False
    # A second stream of rows in rowid order, merged with this one: children a Latin search finds only
    # through the transliteration of their Cyrillic name (``unseen`` keeps a child found by both out of it
    # when counting).
    also: _Plan | None = None
    unseen: str = ""
    lang: str = "en"  # place names are shown (and sorted) in it


def _not_null(db: Database, d: _ListDef, key: str) -> bool:
    """Whether ``key`` is a NOT NULL column of the list's own table (its order then has no NULL segment)."""
    match = re.fullmatch(rf"{d.alias}\.(\w+)", key)
    if match is None:
        return False
    return any(row[1] == match.group(1) and row[3] for row in db.execute(f"PRAGMA table_info([{d.table}])"))


_PLACE_NAME = re.compile(r"\b(\w+)\.name_en\b")
# The name a place has in each interface language: Russian names are kept apart; a local name is
# the Khmer one only where it is written in Khmer (a Kyrgyz village's local name is Cyrillic).
_LOCAL_NAME = {
    "km": "CASE WHEN {t}.name_local GLOB '*[\u1780-\u17ff]*' THEN {t}.name_local ELSE {t}.name_en END",
    "ru": "coalesce(nullif({t}.name_ru, ''), {t}.name_en)",
}


def _in_language(sql: str, lang: str) -> str:
    """A column expression with place names (``locations.name_en``) in ``lang``, English where none is kept."""
    local = _LOCAL_NAME.get(lang)
    if local is None:
        return sql
    return _PLACE_NAME.sub(lambda m: local.format(t=m.group(1)), sql)


def _plan(db: Database, d: _ListDef, query: ListQuery, lang: str = "en") -> _Plan:
    """How the rows of a query are read: the source, the condition and the segments of the order."""
    if d.table == "children" and query.search and not query.sort and has_alias(db, query.search):
        # a former case number: read through the search condition, which also looks at the aliases
        query = replace(query, sort="case_number")
    plan = _plan_in(db, d, query, lang)
    also = replace(plan.also, lang=lang) if plan.also is not None else None
    return replace(plan, lang=lang, also=also)


def _plan_in(db: Database, d: _ListDef, query: ListQuery, lang: str) -> _Plan:
    a = d.alias
    text = (query.search or "").strip()
    if d.table == "children" and text and not query.sort:
        # A children search in the default order reads matches in the order the search index yields
        # them (rowid), so neither a page nor a capped count waits for every match.
        where, args = _where(d, query, skip_search=True)
        if len(text) >= 3:
            also = None
            if _latin_text(text):
                also = _Plan(
                    f"children_translit_fts JOIN children {a} ON {a}.rowid = children_translit_fts.rowid",
                    f"children_translit_fts MATCH ? AND {where}",
                    [_phrase(text), *args],
                    "children_translit_fts.rowid",
                    (_Segment("1"),),
                    unseen="NOT EXISTS (SELECT 1 FROM children_fts WHERE children_fts MATCH ? "
                    f"AND children_fts.rowid = {a}.rowid)",
                )
            return _Plan(
                f"children_fts JOIN children {a} ON {a}.rowid = children_fts.rowid",
                f"children_fts MATCH ? AND {where}",
                [_phrase(text), *args],
                "children_fts.rowid",
                (_Segment("1"),),
                also=also,
            )
        sql, extra, column = _short_search(text, a)
        key, _, collation = column.partition(" COLLATE ")
        collate = f" COLLATE {collation}" if collation else ""
        return _Plan(
            f"{d.table} {a}", f"{sql} AND {where}", [*extra, *args], f"{a}.rowid", (_Segment("1", (), key, collate),)
        )
    where, args = _where(d, query)
    sort = query.sort or d.default_sort
    descending = query.descending if query.sort else d.default_descending
    source = f"{d.table} {a}"
    segments: tuple[_Segment, ...]
    if sort in d.sort_keys:
        key = d.sort_keys[sort]
        d.expr(sort)  # an unknown column is refused like any other
        scripts = SCRIPT_ORDER.get(lang, SCRIPT_ORDER["en"])
        if descending:  # the scripts' order reversed below; each read from its top
            segments = tuple(
                _Segment(f"{key} >= ?", SCRIPT_RANGES[s][:1], key, start=f"{key} < ?", start_args=SCRIPT_RANGES[s][1:])
                for s in scripts
            )
        else:
            segments = tuple(
                _Segment(f"{key} < ?", SCRIPT_RANGES[s][1:], key, start=f"{key} >= ?", start_args=SCRIPT_RANGES[s][:1])
                for s in scripts
            )
    else:
        key = _in_language(d.expr(sort), lang)
        if d.joins and any(f"{alias}." in key for alias in _join_aliases(d)):
            source += " " + d.joins
        if _not_null(db, d, key):
            segments = (_Segment("1", (), key),)
        else:  # NULLs sort first: apart, by rowid, so each part keeps to an index range
            segments = (_Segment(f"{key} IS NULL"), _Segment("1", (), key, start=f"{key} IS NOT NULL"))
    if descending:
        segments = segments[::-1]
    return _Plan(source, where, args, f"{a}.rowid", segments, descending)


def _segment_select(
    d: _ListDef, plan: _Plan, index: int, cursor: Cursor | None, limit: int | None
) -> tuple[str, list[Any]]:
    """One segment's rows after ``cursor``: the keys of the page first, then the display columns for those rows.

    Each row is (sort value, rowid, id, one value per column)."""
    a = d.alias
    segment = plan.segments[index]
    direction, after = ("DESC", "<") if plan.descending else ("ASC", ">")
    parts, args = [plan.where], list(plan.args)
    if segment.where != "1":
        parts.append(segment.where)
        args += segment.args
    if segment.start and not (cursor is not None and cursor[0] == index):
        parts.append(segment.start)
        args += segment.start_args
    key = f"{segment.key}{segment.collate}" if segment.key else None
    if cursor is not None and cursor[0] == index:
        if key is None:
            parts.append(f"{plan.rid} {after} ?")
            args.append(cursor[2])
        else:  # a row value: the index is entered at the cursor instead of read from its start
            parts.append(f"({key}, {plan.rid}) {after} (?, ?)")
            args += [cursor[1], cursor[2]]
    order = f"{key} {direction}, {plan.rid} {direction}" if key else f"{plan.rid} {direction}"
    keys = (
        f"SELECT {plan.rid} AS rid, {segment.key or 'NULL'} AS sk FROM {plan.source} "
        f"WHERE {' AND '.join(parts)} ORDER BY {order}"
    )
    if limit is not None:
        keys += " LIMIT ?"
        args.append(int(limit))
    expressions = ", ".join(_in_language(sql, plan.lang) for _, sql in d.columns)
    outer = f"k.sk{segment.collate} {direction}, k.rid {direction}" if key else f"k.rid {direction}"
    sql = (
        f"SELECT k.sk, k.rid, {a}.id, {expressions} FROM ({keys}) k JOIN {d.table} {a} ON {a}.rowid = k.rid "
        f"{d.joins} ORDER BY {outer}"
    )
    return sql, args


def _join_aliases(d: _ListDef) -> list[str]:
    return re.findall(r"JOIN \w+ (\w+) ON", d.joins)


def count(db: Database, kind: str, query: ListQuery | None = None, *, cap: int | None = None) -> int:
    """Rows matching the query (filters and search use only the list's own table, so no joins).

    With ``cap``, counting stops at ``cap`` rows: a status line can say "10,000+" at once on a
    million children instead of counting every match of a broad search.
    """
    d = _definition(kind, db)
    query = query or ListQuery()
    plan = _plan(db, d, ListQuery(query.search, query.filters))  # the order does not change the count
    n = _count(db, plan.source, plan.where, plan.args, cap)
    if plan.also is not None and (cap is None or n < cap):
        also = plan.also
        where = f"{also.where} AND {also.unseen}"
        n += _count(db, also.source, where, [*also.args, plan.args[0]], None if cap is None else cap - n)
    return n


def summary_count(db: Database, kind: str, query: ListQuery | None = None) -> int | None:
    """The exact number of rows when the indicator summary already holds it, else None.

    The unfiltered children list (or one project's) is the summary's ``registered`` figure
    (kept by triggers, one row per project, intake day and sex), plus the few children without a
    project, read by index: a few hundred summary rows however many children. Anything else
    (a search, another filter, a summary awaiting its rebuild or with children pending) is None,
    and the caller counts the rows with a cap.
    """
    query = query or ListQuery()
    filters = {k: v for k, v in (query.filters or {}).items() if v not in (None, "")}
    if kind != "children" or (query.search or "").strip() or set(filters) - {"project"}:
        return None
    if _summary_active(db) is not True or db.execute("SELECT 1 FROM indicator_pending LIMIT 1").fetchone():
        return None
    project = filters.get("project")
    if project is None:
        summed = db.execute("SELECT coalesce(sum(n), 0) FROM indicator_summary WHERE measure = 'registered'")
        loose = db.execute("SELECT count(*) FROM children WHERE project_id IS NULL AND deleted = 0").fetchone()[0]
    else:
        summed = db.execute(
            "SELECT coalesce(sum(n), 0) FROM indicator_summary WHERE project_id = ? AND measure = 'registered'",
            [str(project)],
        )
        loose = 0
    return int(summed.fetchone()[0]) + int(loose)


def _count(db: Database, source: str, where: str, args: list[Any], cap: int | None) -> int:
    sql = f"SELECT 1 FROM {source} WHERE {where}"
    if cap is not None:
        sql += " LIMIT ?"
        args = [*args, int(cap)]
    return int(db.execute(f"SELECT count(*) FROM ({sql})", args).fetchone()[0])


def page_after(
    db: Database, kind: str, query: ListQuery | None, cursor: Cursor | None, limit: int, lang: str = "en"
) -> tuple[list[tuple[Any, ...]], Cursor | None]:
    """Up to ``limit`` rows after ``cursor`` (None: from the start) and the cursor of the last one.

    Each row is the row id followed by one value per column. Fewer than ``limit`` rows means the end.
    """
    d = _definition(kind, db)
    plan = _plan(db, d, query or ListQuery(), lang)
    if plan.also is not None:
        return _merged_page(db, d, plan, cursor, limit)
    rows: list[tuple[Any, ...]] = []
    last = cursor
    for index in range(cursor[0] if cursor else 0, len(plan.segments)):
        sql, args = _segment_select(d, plan, index, cursor, limit - len(rows))
        batch = db.execute(sql, args).fetchall()
        if batch:
            rows += [tuple(row[2:]) for row in batch]
            last = (index, batch[-1][0], int(batch[-1][1]))
        if len(rows) >= limit:
            break
    return rows, last


def _merged_page(
    db: Database, d: _ListDef, plan: _Plan, cursor: Cursor | None, limit: int
) -> tuple[list[tuple[Any, ...]], Cursor | None]:
    """A page of two streams in rowid order (one segment each), merged by rowid, a child found twice once."""
    found: dict[int, tuple[Any, ...]] = {}
    for stream in (plan, plan.also):
        assert stream is not None
        sql, args = _segment_select(d, stream, 0, cursor, limit)
        for row in db.execute(sql, args):
            found.setdefault(int(row[1]), tuple(row[2:]))
    rids = sorted(found)[:limit]
    if not rids:
        return [], cursor
    return [found[rid] for rid in rids], (0, None, rids[-1])


def page(
    db: Database, kind: str, query: ListQuery | None, offset: int, limit: int, lang: str = "en"
) -> list[tuple[Any, ...]]:
    """Rows ``offset``..``offset + limit``: each tuple is the row id followed by one value per column.

    The rows before ``offset`` are walked by key; a screen keeps the cursor instead (``page_after``)."""
    cursor: Cursor | None = None
    while offset > 0:
        step = min(offset, 5000)
        skipped, cursor = page_after(db, kind, query, cursor, step, lang)
        if len(skipped) < step:
            return []
        offset -= step
    return page_after(db, kind, query, cursor, limit, lang)[0]


def iter_rows(
    db: Database, kind: str, query: ListQuery | None = None, lang: str = "en", batch: int = 1000
) -> Iterator[tuple[Any, ...]]:
    """Every matching row (id first), in the screen's order, a page at a time: for exports."""
    cursor: Cursor | None = None
    while True:
        rows, cursor = page_after(db, kind, query, cursor, batch, lang)
        yield from rows
        if len(rows) < batch:
            return


def code_labels(db: Database, kind: str, lang: str = "en") -> dict[str, dict[str, str]]:
    """For each ``code`` column, the label of each code in ``lang`` (sex and fixed codes in English)."""
    refs = ReferenceLists(db)
    out: dict[str, dict[str, str]] = {}
    custom = {PREFIX + f.code: f for f in custom_fields_in_lists(db, kind)}
    for column in columns(kind, db, lang):
        if column.key in custom:
            f = custom[column.key]
            choices = {c.code: c.label(lang) for c in f.choices}
            out[column.key] = {"1": "Yes", "0": "No"} if f.kind == "yes_no" else choices
            continue
        if column.kind != "code":
            continue
        if column.ref:
            out[column.key] = refs.labels(column.ref, lang)
        elif column.key in ("sex", "head_sex"):
            out[column.key] = dict(SEX_LABELS)
        elif column.key == "recipient":
            out[column.key] = dict(RECIPIENT_LABELS)
        elif column.key == "role":
            out[column.key] = dict(ROLE_LABELS)
        elif column.key == "language":
            out[column.key] = dict(LANGUAGE_LABELS)
        elif column.key == "referral_status":
            out[column.key] = dict(REFERRAL_STATUS_LABELS)
        elif column.key == "urgency":
            out[column.key] = dict(URGENCY_LABELS)
    return out


def display_rows(db: Database, kind: str, query: ListQuery | None = None, lang: str = "en") -> Iterator[list[Any]]:
    """Rows as a person reads them (codes replaced by labels, no id): for CSV and XLSX exports."""
    cols = columns(kind, db, lang)
    labels = code_labels(db, kind, lang)
    maps = [labels.get(c.key) if c.kind in ("code", "codes") else None for c in cols]
    several = [c.kind == "codes" for c in cols]
    for row in iter_rows(db, kind, query, lang):
        out: list[Any] = []
        for value, mapping, many in zip(row[1:], maps, several, strict=True):
            if mapping is not None and value is not None:
                codes = str(value).split(", ") if many else [value]
                value = ", ".join(str(mapping.get(v, v)) for v in codes) if many else mapping.get(value, value)
            out.append("" if value is None else value)
        yield out


def _reference_options(db: Database, list_name: str, lang: str) -> tuple[tuple[str, str], ...]:
    return tuple(ReferenceLists(db).labels(list_name, lang).items())


def _rows(db: Database, sql: str, args: Sequence[Any] = ()) -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in db.execute(sql, list(args)))


def programme_titles(db: Database) -> dict[str, str]:
    """Each action programme's title by its code (a list shows the code, its tooltip the title)."""
    return {str(code): str(title) for code, title in db.execute("SELECT code, title FROM action_programmes")}


def filter_options(db: Database, kind: str, lang: str = "en") -> list[Filter]:
    """The filter combos of a list, with their options in ``lang`` where the database has labels."""
    d = _definition(kind, db)
    projects = "SELECT id, code || ' — ' || coalesce(nullif(short_title, ''), title) FROM projects WHERE deleted = 0 "
    programmes = "SELECT id, code || ' — ' || title FROM action_programmes WHERE deleted = 0 ORDER BY code"
    builders: dict[str, Callable[[], Filter]] = {
        "project": lambda: Filter("project", "Project", _rows(db, projects + "ORDER BY start_date, code")),
        "programme": lambda: Filter("programme", "Action programme", _rows(db, programmes)),
        "province": lambda: Filter(
            "province",
            "Province",
            _rows(
                db,
                _in_language(
                    "SELECT l.id, l.name_en FROM locations l WHERE l.level = 'province' AND l.deleted = 0 AND l.id IN "
                    "(SELECT location_id FROM project_locations WHERE deleted = 0) ORDER BY l.name_en",
                    lang,
                ),
            ),
        ),
        "sex": lambda: Filter("sex", "Sex", tuple(SEX_LABELS.items())),
        "age_group": lambda: Filter("age_group", "Age group", tuple((n, n) for n, _, _ in AGE_GROUPS)),
        "work_status": lambda: Filter("work_status", "Work status", _reference_options(db, "work_status", lang)),
        "outcome": lambda: Filter(
            "outcome",
            "Outcome",
            tuple(
                (code, ReferenceLists(db).labels("outcome", lang).get(code, label) if code != "at_risk" else label)
                for code, label in OUTCOME_FILTER_LABELS.items()
            ),
        ),
        "overdue": lambda: Filter("overdue", "Follow-up", (("1", "Follow-up overdue"),)),
        "service_type": lambda: Filter("service_type", "Service", _reference_options(db, "service_type", lang)),
        "status": lambda: Filter(
            "status",
            "Status",
            _reference_options(db, "programme_status", lang)
            if kind == "programmes"
            else (("draft", "Draft"), ("submitted", "Submitted"), ("approved", "Approved")),
        ),
        "activity_kind": lambda: Filter("activity_kind", "Kind", _reference_options(db, "activity_kind", lang)),
        "organisation_type": lambda: Filter(
            "organisation_type", "Type", _reference_options(db, "organisation_type", lang)
        ),
        "referral_status": lambda: Filter("referral_status", "Status", tuple(REFERRAL_STATUS_LABELS.items())),
        "sector": lambda: Filter("sector", "Sector", _reference_options(db, "sector", lang)),
        "organisation": lambda: Filter(
            "organisation",
            "Organisation",
            _rows(
                db,
                "SELECT id, coalesce(nullif(acronym, ''), name) FROM organisations WHERE deleted = 0 ORDER BY 2",
            ),
        ),
        "referral_overdue": lambda: Filter("referral_overdue", "Overdue", (("1", "Overdue"), ("0", "Not overdue"))),
    }
    custom = {PREFIX + f.code: f for f in custom_fields_in_lists(db, kind)}
    for key, f in custom.items():
        if f.kind in ("number", "date", "text"):  # typed, not chosen: a range, or the text it contains
            builders[key] = lambda key=key, f=f: Filter(key, f.label(lang), (), f.kind)  # type: ignore[misc]
            continue
        options = (
            (("1", "Yes"), ("0", "No")) if f.kind == "yes_no" else tuple((c.code, c.label(lang)) for c in f.choices)
        )
        builders[key] = lambda key=key, f=f, options=options: Filter(key, f.label(lang), options)  # type: ignore[misc]
    return [builders[key]() for key in d.filters if key in builders]  # "figure" has no combo


def explain(
    db: Database,
    kind: str,
    query: ListQuery | None = None,
    limit: int = 100,
    lang: str = "en",
    cursor: Cursor | None = None,
) -> list[str]:
    """The query plan of a page (the first, or the one after ``cursor``), for benchmarks and tests that guard
    against full scans."""
    d = _definition(kind, db)
    plan = _plan(db, d, query or ListQuery(), lang)
    sql, args = _segment_select(d, plan, cursor[0] if cursor else 0, cursor, limit)
    return [str(row[3]) for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", args)]


__all__ = [
    "KINDS",
    "SCRIPT_ORDER",
    "TABLES",
    "Column",
    "Cursor",
    "Filter",
    "FilterRefused",
    "ListQuery",
    "children_match",
    "code_labels",
    "columns",
    "count",
    "display_rows",
    "explain",
    "filter_options",
    "iter_rows",
    "page",
    "page_after",
    "range_value",
    "read_date",
    "read_number",
    "read_range",
    "table_of",
]
