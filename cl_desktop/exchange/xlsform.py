"""XLSForms of the intake and follow-up forms, for Kobo and ODK phones.

The form's field names are the ones :mod:`cl_desktop.exchange.kobo` reads back. Choices are the
project's reference lists, programmes and villages (for follow-ups, its children) labelled in
English, Khmer and Russian. The app's own validation becomes constraints (age 5-17 at intake, hours
at most 168, dates not in the future, consent given) and skip logic (no work questions when the
child does not work). Whatever the phone lets through is checked again on import by the same rules
as the intake form.
"""

from __future__ import annotations

import os
from typing import Any

from openpyxl import Workbook
from sqlite_utils import Database

from cl_desktop.atomic import atomic_path
from cl_desktop.errors import UsageError
from cl_desktop.exchange.values import project_by_code
from cl_desktop.i18n.labels import label
from cl_desktop.store.custom_fields import definitions

LANGS = (("en", "English (en)"), ("km", "Khmer (km)"), ("ru", "Russian (ru)"))
WORKING = "${working} = 'yes'"
NOT_FUTURE = ". <= today()"
_AGE = "(decimal-date-time(${intake_date}) - decimal-date-time(.)) div 365.25"

# Texts the printed forms do not have: (English, Khmer, Russian).
OWN: dict[str, tuple[str, str, str]] = {
    "working": ("Is the child working?", "តើកុមារកំពុងធ្វើការឬទេ?", "Работает ли ребёнок?"),
    "consent_date": ("Consent date", "កាលបរិច្ឆេទផ្តល់ការយល់ព្រម", "Дата согласия"),
    "birth_date_estimated": (
        "Is the date of birth estimated?",
        "តើថ្ងៃខែឆ្នាំកំណើតជាការប៉ាន់ស្មានឬទេ?",
        "Дата рождения примерная?",
    ),
    "child": ("Child", "កុមារ", "Ребёнок"),
    "not_future": (
        "The date cannot be in the future.",
        "កាលបរិច្ឆេទមិនអាចនៅថ្ងៃអនាគតបានទេ។",
        "Дата не может быть в будущем.",
    ),
    "age": (
        "The child must be 5 to 17 years old at intake.",
        "កុមារត្រូវមានអាយុពី ៥ ដល់ ១៧ ឆ្នាំ នៅពេលចុះឈ្មោះ។",
        "На дату регистрации ребёнку должно быть от 5 до 17 лет.",
    ),
    "hours": (
        "Hours per week: 0 to 168.",
        "ចំនួនម៉ោងក្នុងមួយសប្តាហ៍៖ ពី ០ ដល់ ១៦៨។",
        "Часов в неделю: от 0 до 168.",
    ),
    "consent": (
        "The child can be registered only with consent.",
        "កុមារអាចចុះឈ្មោះបានតែពេលមានការយល់ព្រមប៉ុណ្ណោះ។",
        "Ребёнка можно зарегистрировать только с согласия.",
    ),
    "consent_before": (
        "Consent comes on or before the intake date.",
        "ការយល់ព្រមត្រូវមុន ឬនៅថ្ងៃចុះឈ្មោះ។",
        "Согласие даётся не позже даты регистрации.",
    ),
    "age_started": ("Age 0 to 17.", "អាយុពី ០ ដល់ ១៧ ឆ្នាំ។", "Возраст от 0 до 17 лет."),
    "percent": ("0 to 100.", "ពី ០ ដល់ ១០០។", "От 0 до 100."),
    "chores": (
        "Household chores (hours per week)",
        "ការងារផ្ទះ (ម៉ោងក្នុងមួយសប្តាហ៍)",
        "Домашние дела (часов в неделю)",
    ),
    "household_hazards": ("Hazardous household tasks", "ការងារផ្ទះដែលមានគ្រោះថ្នាក់", "Опасные домашние дела"),
    "job_to_return": (
        "Does the child have a job to return to?",
        "តើកុមារមានការងារត្រូវត្រឡប់ទៅធ្វើវិញឬទេ?",
        "Есть ли у ребёнка работа, на которую он может вернуться?",
    ),
    "head_relation": (
        "Relationship to the household head",
        "ត្រូវជាអ្វីនឹងមេគ្រួសារ",
        "Кем ребёнок приходится главе домохозяйства",
    ),
    "location": ("Location of the intake (optional)", "ទីតាំងនៃការចុះឈ្មោះ (ស្រេចចិត្ត)", "Место регистрации (необязательно)"),
    "range": ("{low} to {high}.", "ពី {low} ដល់ {high}។", "От {low} до {high}."),
}


def _labels(key: str) -> tuple[str, str, str]:
    if key in OWN:
        return OWN[key]
    return (label(key, "en"), label(key, "km"), label(key, "ru"))


def _q(
    qtype: str,
    name: str,
    text: str,
    *,
    required: bool = False,
    constraint: str = "",
    message: str = "",
    relevant: str = "",
) -> dict[str, Any]:
    return {
        "type": qtype,
        "name": name,
        "labels": _labels(text),
        "required": "yes" if required else "",
        "constraint": constraint,
        "messages": _labels(message) if message else ("", "", ""),
        "relevant": relevant,
    }


def intake_questions() -> list[dict[str, Any]]:
    return [
        _q("date", "intake_date", "intake_date", required=True, constraint=NOT_FUTURE, message="not_future"),
        _q("text", "name", "name", required=True),
        _q("text", "name_latin", "name_latin"),
        _q("select_one sex", "sex", "sex", required=True),
        _q(
            "date",
            "birth_date",
            "date_of_birth",
            required=True,
            constraint=f". <= today() and {_AGE} >= 5 and {_AGE} < 18",
            message="age",
        ),
        _q("select_one yes_no", "birth_date_estimated", "birth_date_estimated"),
        _q("select_one programme", "programme", "action_programme", required=True),
        _q("select_one village", "village", "village", required=True),
        _q("text", "guardian_name", "guardian", required=True),
        _q("select_one relation", "guardian_relation", "relationship", required=True),
        _q("select_one yes_no", "consent", "consent_given", required=True, constraint=". = 'yes'", message="consent"),
        _q(
            "date",
            "consent_date",
            "consent_date",
            required=True,
            constraint=". <= ${intake_date}",
            message="consent_before",
        ),
        _q("select_one yes_no", "working", "working", required=True),
        _q("text", "work_activities", "work_activities", relevant=WORKING),
        _q("select_one sector", "sector", "sector", required=True, relevant=WORKING),
        _q(
            "integer",
            "hours_per_week",
            "hours_per_week",
            required=True,
            constraint=". >= 0 and . <= 168",
            message="hours",
            relevant=WORKING,
        ),
        _q("select_multiple hazard", "hazards", "hazards", relevant=WORKING),
        _q(
            "integer",
            "age_started_work",
            "age_started_work",
            constraint=". >= 0 and . <= 17",
            message="age_started",
            relevant=WORKING,
        ),
        _q("select_one yes_no", "job_to_return", "job_to_return", relevant=WORKING),
        *_chores_questions(),
        _q("select_one school_status", "school_status", "school_status", required=True),
        _q("select_multiple risk_factor", "risk_factors", "risk_factors"),
        _q("select_one head_relation", "head_relation", "head_relation"),
        _q("geopoint", "location", "location"),
        _q("text", "notes", "notes"),
    ]


def _chores_questions() -> list[dict[str, Any]]:
    return [
        _q("integer", "chores_hours_per_week", "chores", constraint=". >= 0 and . <= 168", message="hours"),
        _q("select_multiple household_task", "household_hazards", "household_hazards"),
    ]


CUSTOM_PREFIX = "cf_"  # an extra field's question is named cf_ and its code
_CUSTOM_TYPES = {"text": "text", "number": "decimal", "date": "date", "yes_no": "select_one yes_no"}


def custom_questions(db: Database, project_id: str, form: str) -> list[dict[str, Any]]:
    """The project's extra fields of the form (retired ones left out), with their ranges and conditions."""
    fields = definitions(db, project_id, form, retired=False)
    out = []
    for f in fields:
        name = CUSTOM_PREFIX + f.code
        qtype = _CUSTOM_TYPES.get(f.kind) or f"{'select_one' if f.kind == 'choice' else 'select_multiple'} {name}"
        constraint, messages = "", ("", "", "")
        if f.kind == "number" and (f.minimum is not None or f.maximum is not None):
            parts = []
            if f.minimum is not None:
                parts.append(f". >= {f.minimum:g}")
            if f.maximum is not None:
                parts.append(f". <= {f.maximum:g}")
            constraint = " and ".join(parts)
            low = "" if f.minimum is None else f"{f.minimum:g}"
            high = "" if f.maximum is None else f"{f.maximum:g}"
            messages = tuple(text.format(low=low, high=high) for text in OWN["range"])  # type: ignore[assignment]
        out.append(
            {
                "type": qtype,
                "name": name,
                "labels": tuple(f.label(lang) for lang in ("en", "km", "ru")),
                "hints": tuple(f.help(lang) for lang in ("en", "km", "ru")),
                "required": "yes" if f.required else "",
                "constraint": constraint,
                "messages": messages,
                "relevant": f"${{{CUSTOM_PREFIX}{f.show_when}}} != ''" if f.show_when else "",
            }
        )
    return out


def custom_choices(db: Database, project_id: str, form: str) -> dict[str, list[tuple[str, str, str, str]]]:
    return {
        CUSTOM_PREFIX + f.code: [(c.code, c.label("en"), c.label("km"), c.label("ru")) for c in f.choices]
        for f in definitions(db, project_id, form, retired=False)
        if f.kind in ("choice", "choices")
    }


def followup_questions() -> list[dict[str, Any]]:
    return [
        _q("select_one child", "child", "child", required=True),
        _q("date", "visit_date", "visit_date", required=True, constraint=NOT_FUTURE, message="not_future"),
        _q("select_one yes_no", "working", "still_working", required=True),
        _q(
            "integer",
            "hours_per_week",
            "hours_per_week",
            required=True,
            constraint=". >= 0 and . <= 168",
            message="hours",
            relevant=WORKING,
        ),
        _q("select_multiple hazard", "hazards", "hazards", relevant=WORKING),
        *_chores_questions(),
        _q("select_one school_status", "school_status", "school_status", required=True),
        _q(
            "integer",
            "attendance_percent",
            "attendance_percent",
            constraint=". >= 0 and . <= 100",
            message="percent",
        ),
        _q("text", "visited_by", "visited_by", required=True),
        _q("text", "notes", "notes"),
    ]


def _reference(db: Database, list_name: str) -> list[tuple[str, str, str, str]]:
    return [
        (code, en, km or en, ru or en)
        for code, en, km, ru in db.execute(
            "SELECT code, label_en, label_km, label_ru FROM reference_items WHERE list = ? AND deleted = 0 "
            "AND active = 1 ORDER BY sort, code",
            [list_name],
        )
    ]


def choices(db: Database, project: dict[str, Any], form: str) -> dict[str, list[tuple[str, str, str, str]]]:
    """Each choice list: (name, English, Khmer, Russian)."""
    yes_no = [("yes", label("yes", "en"), label("yes", "km"), label("yes", "ru"))]
    yes_no.append(("no", label("no", "en"), label("no", "km"), label("no", "ru")))
    lists: dict[str, list[tuple[str, str, str, str]]] = {
        "yes_no": yes_no,
        "sex": [
            ("F", label("female", "en"), label("female", "km"), label("female", "ru")),
            ("M", label("male", "en"), label("male", "km"), label("male", "ru")),
        ],
        "hazard": _reference(db, "hazard"),
        "school_status": _reference(db, "school_status"),
        "household_task": _reference(db, "household_task"),
    }
    pid = project["id"]
    if form == "followup":
        lists["child"] = [
            (case, f"{case} {name}", f"{case} {name}", f"{case} {name}")
            for case, name in db.execute(
                "SELECT case_number, CASE WHEN name_latin != '' THEN name || ' / ' || name_latin ELSE name END "
                "FROM children WHERE project_id = ? AND deleted = 0 ORDER BY case_number",
                [pid],
            )
        ]
        return lists
    lists["relation"] = _reference(db, "relation")
    lists["head_relation"] = _reference(db, "head_relation")
    lists["sector"] = _reference(db, "sector")
    lists["risk_factor"] = _reference(db, "risk_factor")
    lists["programme"] = [
        (code, f"{code} {title}", f"{code} {title}", f"{code} {title}")
        for code, title in db.execute(
            "SELECT code, title FROM action_programmes WHERE project_id = ? AND deleted = 0 ORDER BY code", [pid]
        )
    ]
    lists["village"] = [
        (code, en, local or en, ru or en)
        for code, en, local, ru in db.execute(
            """WITH RECURSIVE covered(id) AS (
                   SELECT location_id FROM programme_locations pl JOIN action_programmes ap ON ap.id = pl.programme_id
                   WHERE ap.project_id = ?1 AND pl.deleted = 0
                   UNION SELECT location_id FROM project_locations WHERE project_id = ?1 AND deleted = 0
                   UNION SELECT l.id FROM locations l JOIN covered c ON l.parent_id = c.id)
               SELECT DISTINCT l.code, l.name_en, l.name_local, l.name_ru FROM locations l JOIN covered c ON c.id = l.id
               WHERE l.level = 'village' AND l.deleted = 0 ORDER BY l.code""",
            [pid],
        )
    ]
    return lists


def workbook(db: Database, project_code: str, form: str) -> tuple[Workbook, int]:
    if form not in ("intake", "followup"):
        raise UsageError("the form is intake or followup")
    project = project_by_code(db, project_code)
    questions = intake_questions() if form == "intake" else followup_questions()
    questions += custom_questions(db, project["id"], form)
    wb = Workbook()
    survey = wb.active
    survey.title = "survey"
    header = ["type", "name", *(f"label::{n}" for _c, n in LANGS), *(f"hint::{n}" for _c, n in LANGS)]
    header += ["required", "constraint", *(f"constraint_message::{n}" for _c, n in LANGS), "relevant"]
    survey.append(header)
    for q in questions:
        hints = q.get("hints", ("", "", ""))
        survey.append(
            [q["type"], q["name"], *q["labels"], *hints, q["required"], q["constraint"], *q["messages"], q["relevant"]]
        )
    survey.append(["start", "start"] + [""] * (len(header) - 2))
    survey.append(["end", "end"] + [""] * (len(header) - 2))
    sheet = wb.create_sheet("choices")
    sheet.append(["list_name", "name", *(f"label::{n}" for _c, n in LANGS)])
    lists = {**choices(db, project, form), **custom_choices(db, project["id"], form)}
    for list_name, items in lists.items():
        for name, *labels in items:
            sheet.append([list_name, name, *labels])
    settings = wb.create_sheet("settings")
    settings.append(["form_title", "form_id", "version", "default_language"])
    title = "Intake" if form == "intake" else "Follow-up visit"
    settings.append(
        [f"{project['code']} {title}", f"cl_{form}_{project['code'].lower().replace('-', '_')}", "1", "English (en)"]
    )
    return wb, len(questions)


def write(db: Database, project_code: str, form: str, path: str | os.PathLike[str]) -> int:
    wb, count = workbook(db, project_code, form)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return count
