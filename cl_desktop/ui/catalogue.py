"""Strings defined in the core (no Qt there) that the interface shows, marked for translation.

pyside6-lupdate only sees literals in UI code, so the list columns and filters
(``services/lists.py``), the validation messages (``domain/validation.py``) and
the field names of the services' forms are repeated here; a test fails when
one is missing. The interface translates them with ``translate``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cl_desktop.domain.validation import MESSAGES, FieldError, humanize
from cl_desktop.tabular.readers import MESSAGES as READER_MESSAGES
from cl_desktop.tabular.readers import TableRefused
from cl_desktop.ui.noop import QT_TRANSLATE_NOOP

LISTS = (
    QT_TRANSLATE_NOOP("lists", "Female"),
    QT_TRANSLATE_NOOP("lists", "Data-entry clerk"),
    QT_TRANSLATE_NOOP("lists", "Coordinator"),
    QT_TRANSLATE_NOOP("lists", "Headquarters administrator"),
    QT_TRANSLATE_NOOP("lists", "English"),
    QT_TRANSLATE_NOOP("lists", "Khmer"),
    QT_TRANSLATE_NOOP("lists", "Russian"),
    QT_TRANSLATE_NOOP("lists", "Male"),
    QT_TRANSLATE_NOOP("lists", "Yes"),
    QT_TRANSLATE_NOOP("lists", "No"),
    QT_TRANSLATE_NOOP("lists", "Child"),
    QT_TRANSLATE_NOOP("lists", "Household"),
    QT_TRANSLATE_NOOP("lists", "Withdrawn"),
    QT_TRANSLATE_NOOP("lists", "Prevented"),
    QT_TRANSLATE_NOOP("lists", "In progress"),
    QT_TRANSLATE_NOOP("lists", "In or at risk, no education service yet"),
    QT_TRANSLATE_NOOP("lists", "Case number"),
    QT_TRANSLATE_NOOP("lists", "Name"),
    QT_TRANSLATE_NOOP("lists", "Name (Latin)"),
    QT_TRANSLATE_NOOP("lists", "Sex"),
    QT_TRANSLATE_NOOP("lists", "Born"),
    QT_TRANSLATE_NOOP("lists", "Age"),
    QT_TRANSLATE_NOOP("lists", "Village"),
    QT_TRANSLATE_NOOP("lists", "Province"),
    QT_TRANSLATE_NOOP("lists", "Action programme"),
    QT_TRANSLATE_NOOP("lists", "Intake"),
    QT_TRANSLATE_NOOP("lists", "Work status"),
    QT_TRANSLATE_NOOP("lists", "Outcome"),
    QT_TRANSLATE_NOOP("lists", "Outcome date"),
    QT_TRANSLATE_NOOP("lists", "School"),
    QT_TRANSLATE_NOOP("lists", "Sector"),
    QT_TRANSLATE_NOOP("lists", "Hours/week"),
    QT_TRANSLATE_NOOP("lists", "Guardian"),
    QT_TRANSLATE_NOOP("lists", "Head of household"),
    QT_TRANSLATE_NOOP("lists", "Head (Latin)"),
    QT_TRANSLATE_NOOP("lists", "Head's sex"),
    QT_TRANSLATE_NOOP("lists", "Members"),
    QT_TRANSLATE_NOOP("lists", "Children under 18"),
    QT_TRANSLATE_NOOP("lists", "Registered"),
    QT_TRANSLATE_NOOP("lists", "Service"),
    QT_TRANSLATE_NOOP("lists", "Start"),
    QT_TRANSLATE_NOOP("lists", "End"),
    QT_TRANSLATE_NOOP("lists", "Provider"),
    QT_TRANSLATE_NOOP("lists", "For"),
    QT_TRANSLATE_NOOP("lists", "Visit"),
    QT_TRANSLATE_NOOP("lists", "Working"),
    QT_TRANSLATE_NOOP("lists", "Attendance %"),
    QT_TRANSLATE_NOOP("lists", "Visited by"),
    QT_TRANSLATE_NOOP("lists", "Code"),
    QT_TRANSLATE_NOOP("lists", "Contact person"),
    QT_TRANSLATE_NOOP("lists", "Workplace"),
    QT_TRANSLATE_NOOP("lists", "Children identified"),
    QT_TRANSLATE_NOOP("lists", "Referred"),
    QT_TRANSLATE_NOOP("lists", "Organisation"),
    QT_TRANSLATE_NOOP("lists", "Urgency"),
    QT_TRANSLATE_NOOP("lists", "Status since"),
    QT_TRANSLATE_NOOP("lists", "Answer expected"),
    QT_TRANSLATE_NOOP("lists", "Overdue"),
    QT_TRANSLATE_NOOP("lists", "Not overdue"),
    QT_TRANSLATE_NOOP("lists", "Consent to share"),
    QT_TRANSLATE_NOOP("lists", "Referring office"),
    QT_TRANSLATE_NOOP("lists", "From visit"),
    QT_TRANSLATE_NOOP("lists", "Accepted"),
    QT_TRANSLATE_NOOP("lists", "Declined"),
    QT_TRANSLATE_NOOP("lists", "No response"),
    QT_TRANSLATE_NOOP("lists", "Service provided"),
    QT_TRANSLATE_NOOP("lists", "Closed"),
    QT_TRANSLATE_NOOP("lists", "Cancelled"),
    QT_TRANSLATE_NOOP("lists", "Emergency"),
    QT_TRANSLATE_NOOP("lists", "High"),
    QT_TRANSLATE_NOOP("lists", "Normal"),
    QT_TRANSLATE_NOOP("lists", "Low"),
    QT_TRANSLATE_NOOP("lists", "Telephone"),
    QT_TRANSLATE_NOOP("lists", "Title"),
    QT_TRANSLATE_NOOP("lists", "Project"),
    QT_TRANSLATE_NOOP("lists", "Partner"),
    QT_TRANSLATE_NOOP("lists", "Status"),
    QT_TRANSLATE_NOOP("lists", "Budget"),
    QT_TRANSLATE_NOOP("lists", "Expenditure"),
    QT_TRANSLATE_NOOP("lists", "Currency"),
    QT_TRANSLATE_NOOP("lists", "Target withdrawn"),
    QT_TRANSLATE_NOOP("lists", "Target prevented"),
    QT_TRANSLATE_NOOP("lists", "Region"),
    QT_TRANSLATE_NOOP("lists", "Donor"),
    QT_TRANSLATE_NOOP("lists", "Funding"),
    QT_TRANSLATE_NOOP("lists", "Kind"),
    QT_TRANSLATE_NOOP("lists", "Location"),
    QT_TRANSLATE_NOOP("lists", "Participants (F)"),
    QT_TRANSLATE_NOOP("lists", "Participants (M)"),
    QT_TRANSLATE_NOOP("lists", "Output"),
    QT_TRANSLATE_NOOP("lists", "Unit"),
    QT_TRANSLATE_NOOP("lists", "Baseline"),
    QT_TRANSLATE_NOOP("lists", "Target"),
    QT_TRANSLATE_NOOP("lists", "Actual"),
    QT_TRANSLATE_NOOP("lists", "Due"),
    QT_TRANSLATE_NOOP("lists", "Submitted"),
    QT_TRANSLATE_NOOP("lists", "Approved"),
    QT_TRANSLATE_NOOP("lists", "Reopen reason"),
    QT_TRANSLATE_NOOP("lists", "User"),
    QT_TRANSLATE_NOOP("lists", "Full name"),
    QT_TRANSLATE_NOOP("lists", "Role"),
    QT_TRANSLATE_NOOP("lists", "Office"),
    QT_TRANSLATE_NOOP("lists", "Language"),
    QT_TRANSLATE_NOOP("lists", "Active"),
    QT_TRANSLATE_NOOP("lists", "Headquarters"),
    QT_TRANSLATE_NOOP("lists", "Acronym"),
    QT_TRANSLATE_NOOP("lists", "Type"),
    QT_TRANSLATE_NOOP("lists", "Country"),
    QT_TRANSLATE_NOOP("lists", "Age group"),
    QT_TRANSLATE_NOOP("lists", "Follow-up"),
    QT_TRANSLATE_NOOP("lists", "Follow-up overdue"),
    QT_TRANSLATE_NOOP("lists", "Draft"),
)

# An indicator's unit (``services.projects``: count, percent, deliverable, text) as the interface names it.
UNITS: dict[str, str] = {
    "count": QT_TRANSLATE_NOOP("units", "count"),
    "percent": QT_TRANSLATE_NOOP("units", "percent"),
    "deliverable": QT_TRANSLATE_NOOP("units", "deliverable"),
    "text": QT_TRANSLATE_NOOP("units", "text"),
}


def unit_label(unit: str) -> str:
    return QCoreApplication.translate("units", UNITS[unit]) if unit in UNITS else unit


VALIDATION = (
    QT_TRANSLATE_NOOP("validation", "{field} is required."),
    QT_TRANSLATE_NOOP("validation", "{field} must be a date written as YYYY-MM-DD (got “{value}”)."),
    QT_TRANSLATE_NOOP("validation", "{field}: {month_name} has {days} days in {year}."),
    QT_TRANSLATE_NOOP("validation", "{field}: a year has 12 months (got “{value}”)."),
    QT_TRANSLATE_NOOP("validation", "{field} cannot be in the future ({value})."),
    QT_TRANSLATE_NOOP("validation", "{field} must be a whole number (got “{value}”)."),
    QT_TRANSLATE_NOOP("validation", "{field} must be a number (got “{value}”)."),
    QT_TRANSLATE_NOOP("validation", "{field} cannot be negative."),
    QT_TRANSLATE_NOOP("validation", "{field} cannot be more than {maximum}."),
    QT_TRANSLATE_NOOP("validation", "{field} must be one of: {choices}."),
    QT_TRANSLATE_NOOP("validation", "{field}: the child must be aged {low}-{high} at intake (age {age})."),
    QT_TRANSLATE_NOOP("validation", "{field} cannot be before {other} ({other_value})."),
    QT_TRANSLATE_NOOP("validation", "{field} cannot be after {other} ({other_value})."),
    QT_TRANSLATE_NOOP("validation", "{field} ({value}) is outside the action programme's dates ({start} to {end})."),
    QT_TRANSLATE_NOOP("validation", "{field} “{value}” is already used by another record."),
    QT_TRANSLATE_NOOP("validation", "{field} is too long ({length} characters; at most {maximum})."),
    QT_TRANSLATE_NOOP("validation", "{field} ({value}) falls in the approved reporting period {period}; it is locked."),
    QT_TRANSLATE_NOOP("validation", "{field}: “{value}” does not exist."),
    QT_TRANSLATE_NOOP("validation", "{field}: choose at least one child."),
    QT_TRANSLATE_NOOP("validation", "{field} must be from {minimum} to {maximum} (got “{value}”)."),
    QT_TRANSLATE_NOOP("validation", "{field} is recorded only for a child who works."),
    QT_TRANSLATE_NOOP("validation", "{field} cannot be less than {minimum}."),
)

# Why a Kobo/ODK export or one of its rows is refused (``exchange.kobo``), shown by the import dialog.
KOBO = (
    QT_TRANSLATE_NOOP("kobo", "the submission has no id."),
    QT_TRANSLATE_NOOP("kobo", "the submission id is longer than {maximum} characters."),
    QT_TRANSLATE_NOOP("kobo", "the submission {key} is also in row {other}."),
    QT_TRANSLATE_NOOP("kobo", "{column}: “{value}” does not exist in this database."),
    QT_TRANSLATE_NOOP("kobo", "{column} is required."),
    QT_TRANSLATE_NOOP(
        "kobo",
        "{file} has no submission id column (meta/instanceID, instanceID, KEY or _uuid); export the submissions from Kobo or ODK Central with their metadata.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("kobo", "{file} is not an export of the {form} form: it lacks the column(s) {columns}."),
    QT_TRANSLATE_NOOP("kobo", "{file} has a header but no submissions."),
    QT_TRANSLATE_NOOP(
        "kobo",
        "{file} holds more than {maximum} submissions; export them in parts (by submission date) and import each.",
    ),
    QT_TRANSLATE_NOOP("kobo", "{file}: {count} error(s); nothing was imported."),
)

# Why the spreadsheet reader (``tabular.readers``) refuses a file: the Kobo/ODK and spreadsheet imports.
TABULAR = (
    QT_TRANSLATE_NOOP("tabular", "There is no file {path}."),
    QT_TRANSLATE_NOOP("tabular", "{path} is a folder, not a spreadsheet."),
    QT_TRANSLATE_NOOP("tabular", "Could not read {path}: {error}."),
    QT_TRANSLATE_NOOP("tabular", "{name} is not an Excel workbook (.xlsx); it may be damaged."),
    QT_TRANSLATE_NOOP("tabular", "{name}: save the sheet as .xlsx or CSV (UTF-8) and import that file."),
    QT_TRANSLATE_NOOP("tabular", "{name} is empty."),
    QT_TRANSLATE_NOOP("tabular", "{name} is not a text (CSV) file."),
    QT_TRANSLATE_NOOP("tabular", "{name} is not UTF-8 text: in Excel use “Save as… CSV UTF-8 (comma delimited)”."),
    QT_TRANSLATE_NOOP("tabular", "{name} has a line longer than {maximum} characters; it is not a table."),
    QT_TRANSLATE_NOOP("tabular", "{name} has a row longer than {maximum} characters; it is not a table."),
    QT_TRANSLATE_NOOP("tabular", "{name}, row {row}: not a valid CSV line ({error})."),
    QT_TRANSLATE_NOOP("tabular", "{name} has more than {maximum} rows; split it into smaller files."),
    QT_TRANSLATE_NOOP("tabular", "{name}, row {row}: more than {maximum} columns; it is not a register."),
    QT_TRANSLATE_NOOP("tabular", "{name}, row {row}: a cell longer than {maximum} characters."),
    QT_TRANSLATE_NOOP("tabular", "{name} is not a readable Excel workbook (.xlsx)."),
    QT_TRANSLATE_NOOP("tabular", "{name} has no worksheet."),
    QT_TRANSLATE_NOOP("tabular", "{name} is not an Excel workbook (.xlsx)."),
    QT_TRANSLATE_NOOP("tabular", "{name} is suspiciously compressed; it is refused."),
    QT_TRANSLATE_NOOP("tabular", "{name} holds more text than a register can; split it into smaller files."),
    QT_TRANSLATE_NOOP("tabular", "{name} is too large to import; split it into smaller files."),
    QT_TRANSLATE_NOOP("tabular", "{name} holds XML that spreadsheet programs do not write; it is refused."),
    QT_TRANSLATE_NOOP("tabular", "{name} has a row of more than {maximum} cells; it is not a register."),
    QT_TRANSLATE_NOOP("tabular", "{name} has a cell longer than {maximum} characters; it is not a register."),
    QT_TRANSLATE_NOOP("tabular", "{name}: the worksheet is damaged after row {row}."),
)

# The DHIS2 export check's report (``exchange.values``: its problems and the lines around them),
# shown and saved by Settings → DHIS2 mapping.
DHIS2_CHECK = (
    QT_TRANSLATE_NOOP("dhis2_check", "The dates asked for lie outside project {project} ({start} to {end})."),
    QT_TRANSLATE_NOOP("dhis2_check", "Period {period} ({start} to {end}) lies outside project {project}."),
    QT_TRANSLATE_NOOP(
        "dhis2_check",
        "Period {period} ({start} to {end}) has no DHIS2 period type; DHIS2 reads months, quarters, six-month and yearly periods.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("dhis2_check", "There are no figures to export for the periods asked for."),
    QT_TRANSLATE_NOOP("dhis2_check", "The data set has no code in the DHIS2 mapping."),
    QT_TRANSLATE_NOOP("dhis2_check", "The data element “{key}” has no code in the DHIS2 mapping ({count} figure(s))."),
    QT_TRANSLATE_NOOP(
        "dhis2_check", "The organisation unit “{key}” has no code in the DHIS2 mapping ({count} figure(s))."
    ),
    QT_TRANSLATE_NOOP("dhis2_check", "The category “{key}” has no code in the DHIS2 mapping ({count} figure(s))."),
    QT_TRANSLATE_NOOP(
        "dhis2_check", "The {category} option “{key}” has no code in the DHIS2 mapping ({count} figure(s))."
    ),
    QT_TRANSLATE_NOOP("dhis2_check", "The DHIS2 mapping does not know the data element “{key}” ({count} figure(s))."),
    QT_TRANSLATE_NOOP(
        "dhis2_check", "The DHIS2 mapping does not know the organisation unit “{key}” ({count} figure(s))."
    ),
    QT_TRANSLATE_NOOP("dhis2_check", "The DHIS2 mapping does not know the category “{key}” ({count} figure(s))."),
    QT_TRANSLATE_NOOP(
        "dhis2_check", "The DHIS2 mapping does not know the {category} option “{key}” ({count} figure(s))."
    ),
    QT_TRANSLATE_NOOP(
        "dhis2_check", "The DHIS2 mapping does not know the children without a province ({count} figure(s))."
    ),
    QT_TRANSLATE_NOOP("dhis2_check", "DHIS2 export check: project {project}, {format}"),
    QT_TRANSLATE_NOOP("dhis2_check", "ADX"),
    QT_TRANSLATE_NOOP("dhis2_check", "DHIS2 dataValueSets (JSON)"),
    QT_TRANSLATE_NOOP("dhis2_check", "Made {date} with the DHIS2 mapping in this database."),
    QT_TRANSLATE_NOOP("dhis2_check", "{count} data value(s) have every code they need."),
    QT_TRANSLATE_NOOP("dhis2_check", "error: {message}"),
    QT_TRANSLATE_NOOP("dhis2_check", "No problem: the export can be written and sent."),
    QT_TRANSLATE_NOOP("dhis2_check", "The export writes only with --allow-missing, leaving those figures out."),
)

# The standard buttons of Qt's message boxes and button boxes (Yes, No, Close…) are translated by Qt's
# own catalogue, which has Russian and no Khmer: a Khmer question ended in English buttons. The same
# source texts in Qt's context, translated here, give them in every language the interface speaks.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
)

FIELDS = (
    QT_TRANSLATE_NOOP("fields", "Household chores (hours per week)"),
    QT_TRANSLATE_NOOP("fields", "Hazardous household tasks"),
    QT_TRANSLATE_NOOP("fields", "Has a job to return to"),
    QT_TRANSLATE_NOOP("fields", "Relationship to the household head"),
    QT_TRANSLATE_NOOP("fields", "Latitude"),
    QT_TRANSLATE_NOOP("fields", "Longitude"),
    QT_TRANSLATE_NOOP("fields", "Income sources"),
    QT_TRANSLATE_NOOP("fields", "Household chores counted as work above (hours per week)"),
    QT_TRANSLATE_NOOP("fields", "Chores counted from age"),
    QT_TRANSLATE_NOOP("fields", "Chores counted up to age"),
    QT_TRANSLATE_NOOP("fields", "Compulsory school age up to"),
    QT_TRANSLATE_NOOP("fields", "Days an accepted referral may wait for its service"),
    QT_TRANSLATE_NOOP("fields", "Field code"),
    QT_TRANSLATE_NOOP("fields", "Type"),
    QT_TRANSLATE_NOOP("fields", "Form"),
    QT_TRANSLATE_NOOP("fields", "Label (English)"),
    QT_TRANSLATE_NOOP("fields", "Label (Khmer)"),
    QT_TRANSLATE_NOOP("fields", "Label (Russian)"),
    QT_TRANSLATE_NOOP("fields", "Help (English)"),
    QT_TRANSLATE_NOOP("fields", "Help (Khmer)"),
    QT_TRANSLATE_NOOP("fields", "Help (Russian)"),
    QT_TRANSLATE_NOOP("fields", "Lowest value"),
    QT_TRANSLATE_NOOP("fields", "Highest value"),
    QT_TRANSLATE_NOOP("fields", "Choices"),
    QT_TRANSLATE_NOOP("fields", "Section"),
    QT_TRANSLATE_NOOP("fields", "Section (Khmer)"),
    QT_TRANSLATE_NOOP("fields", "Section (Russian)"),
    QT_TRANSLATE_NOOP("fields", "Show when this field has a value"),
    QT_TRANSLATE_NOOP("fields", "Order"),
    QT_TRANSLATE_NOOP("fields", "DUNS number"),
    QT_TRANSLATE_NOOP("fields", "Unique entity identifier (UEI)"),
    QT_TRANSLATE_NOOP("fields", "Kind of livelihood support"),
    QT_TRANSLATE_NOOP("fields", "Name"),
    QT_TRANSLATE_NOOP("fields", "Name in Latin letters"),
    QT_TRANSLATE_NOOP("fields", "Sex"),
    QT_TRANSLATE_NOOP("fields", "Project"),
    QT_TRANSLATE_NOOP("fields", "Action programme"),
    QT_TRANSLATE_NOOP("fields", "Household"),
    QT_TRANSLATE_NOOP("fields", "Village"),
    QT_TRANSLATE_NOOP("fields", "Intake date"),
    QT_TRANSLATE_NOOP("fields", "Date of birth"),
    QT_TRANSLATE_NOOP("fields", "Guardian"),
    QT_TRANSLATE_NOOP("fields", "Guardian's relation"),
    QT_TRANSLATE_NOOP("fields", "Consent"),
    QT_TRANSLATE_NOOP("fields", "Consent date"),
    QT_TRANSLATE_NOOP("fields", "Sector"),
    QT_TRANSLATE_NOOP("fields", "Hours per week"),
    QT_TRANSLATE_NOOP("fields", "Hazardous conditions"),
    QT_TRANSLATE_NOOP("fields", "Age started work"),
    QT_TRANSLATE_NOOP("fields", "School status"),
    QT_TRANSLATE_NOOP("fields", "Risk factors"),
    QT_TRANSLATE_NOOP("fields", "Case number"),
    QT_TRANSLATE_NOOP("fields", "Head of household"),
    QT_TRANSLATE_NOOP("fields", "Members"),
    QT_TRANSLATE_NOOP("fields", "Children under 18"),
    QT_TRANSLATE_NOOP("fields", "Registration date"),
    QT_TRANSLATE_NOOP("fields", "Service type"),
    QT_TRANSLATE_NOOP("fields", "Start date"),
    QT_TRANSLATE_NOOP("fields", "End date"),
    QT_TRANSLATE_NOOP("fields", "Visit date"),
    QT_TRANSLATE_NOOP("fields", "Visited by"),
    QT_TRANSLATE_NOOP("fields", "School attendance (%)"),
    QT_TRANSLATE_NOOP("fields", "Children"),
    QT_TRANSLATE_NOOP("fields", "Households"),
    QT_TRANSLATE_NOOP("fields", "Project code"),
    QT_TRANSLATE_NOOP("fields", "Title"),
    QT_TRANSLATE_NOOP("fields", "Funding"),
    QT_TRANSLATE_NOOP("fields", "Indicator code"),
    QT_TRANSLATE_NOOP("fields", "Indicator"),
    QT_TRANSLATE_NOOP("fields", "Baseline"),
    QT_TRANSLATE_NOOP("fields", "Target"),
    QT_TRANSLATE_NOOP("fields", "Actual"),
    QT_TRANSLATE_NOOP("fields", "Due date"),
    QT_TRANSLATE_NOOP("fields", "Programme code"),
    QT_TRANSLATE_NOOP("fields", "Budget"),
    QT_TRANSLATE_NOOP("fields", "Expenditure"),
    QT_TRANSLATE_NOOP("fields", "Kind"),
    QT_TRANSLATE_NOOP("fields", "Participants (women and girls)"),
    QT_TRANSLATE_NOOP("fields", "Participants (men and boys)"),
)


def field_labels() -> dict[str, str]:
    """The English names the services give their fields (the forms show them translated)."""
    from cl_desktop.services import children, projects

    merged: dict[str, str] = {}
    for labels in (
        projects.ACTIVITY_LABELS,
        projects.INDICATOR_LABELS,
        projects.PROGRAMME_LABELS,
        projects.PROJECT_LABELS,
        children.LABELS,
    ):
        merged.update(labels)
    return merged


def month_name(month: int) -> str:
    """A month's name on its own (February / февраль / កុម្ភៈ), in the interface language."""
    from cl_desktop.i18n.formats import MONTHS, RU_MONTHS_NOMINATIVE
    from cl_desktop.ui.i18n import current

    lang = current()
    names = RU_MONTHS_NOMINATIVE if lang == "ru" else MONTHS.get(lang, MONTHS["en"])
    return str(names[month - 1])


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def table_refusal(exc: TableRefused) -> str:
    """The spreadsheet reader's refusal in the interface language, its numbers written as the language does."""
    from cl_desktop.ui import i18n

    params = {k: i18n.number(v) if isinstance(v, int) else v for k, v in exc.params.items()}
    try:
        return translate("tabular", READER_MESSAGES[exc.code]).format(**params)
    except (KeyError, IndexError, ValueError):
        return str(exc)


def check_say(template: str, params: dict[str, Any]) -> str:
    """A sentence of the DHIS2 export check (``exchange.values.Say``) in the interface language."""
    from cl_desktop.ui import i18n

    values = {k: i18n.number(v) if isinstance(v, int) else v for k, v in params.items()}
    try:
        return translate("dhis2_check", template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


def field_error_message(error: FieldError, english: str = "", labels: dict[str, str] | None = None) -> str:
    """A validation message in the interface language: the template and the field name translated."""
    label = (labels or {}).get(error.field) or field_labels().get(error.field) or humanize(error.field)
    params: dict[str, Any] = dict(error.params)
    if isinstance(params.get("other"), str):
        params["other"] = translate("fields", params["other"])
    if isinstance(params.get("month"), int) and "month_name" in params:
        params["month_name"] = month_name(params["month"])
    try:
        return translate("validation", MESSAGES[error.code]).format(field=translate("fields", label), **params)
    except (KeyError, IndexError, ValueError):
        return english or error.message(label)
