"""Child profile: one child's file on paper — intake, classification with its reason, services,
follow-ups and the outcome with the rule that produced it (the same rule functions the app uses)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from reportlab.platypus import Flowable
from sqlite_utils import Database

from cl_desktop.domain.rules import Explained, age_group
from cl_desktop.errors import NotFound
from cl_desktop.figures import child_file
from cl_desktop.i18n.formats import format_coordinates, format_month, format_number
from cl_desktop.i18n.labels import label, sexed
from cl_desktop.reports import data
from cl_desktop.reports.common import BuildOptions, ProgressCallback, date_text, short_name, table_flowables
from cl_desktop.reports.custom_fields import answered
from cl_desktop.reports.data import ReportTable
from cl_desktop.reports.layout import PageHeader, build_pdf, key_value_table
from cl_desktop.reports.styles import Lang, get_styles
from cl_desktop.reports.text import para
from cl_desktop.security.pseudonymise import DROPPED_COLUMNS, pseudonym, to_month


def _printer(lang: Lang, pseudonymise: bool) -> Callable[[str | None], str]:
    """How the profile writes a date: in full, or to the month when pseudonymised."""

    def when(value: str | None) -> str:
        if not pseudonymise:
            return date_text(value, lang)
        month = to_month(value)
        return format_month(date.fromisoformat(month + "-01"), lang) if month else ""

    return when


def _explain(
    explained: Explained,
    lang: Lang,
    db: Database,
    sex: str | None = None,
    pseudonymise: bool = False,
) -> str:
    """The rule's reason worded as the child screen words it; pseudonymised: no exact age, no day."""
    return child_file.reason_text(
        explained,
        lang,
        lambda name, language: data.reference_labels(db, name, language),
        date_text=_printer(lang, pseudonymise),
        number_text=lambda value: format_number(value, lang),
        sex=sex,
        age_text=(lambda age: age_group(age) or "—") if pseudonymise else None,
    )


def _participant_rows(
    c: dict[str, Any], names: dict[str, dict[str, str]], lang: Lang, pseudonymise: bool
) -> list[tuple[str, str]]:
    """What USDOL's participant monitoring asks at intake: the relationship to the household head, household
    chores and their hazardous tasks, a job to return to, and the location when one was recorded (never in a
    pseudonymised print: a point on a map names a household as a village does)."""
    chores = label("chores_hours", lang, hours=format_number(c.get("chores_hours_per_week") or 0, lang))
    tasks = ", ".join(names["household_task"].get(t, t) for t in json.loads(c.get("household_hazards") or "[]"))
    job = c.get("job_to_return")
    rows = [
        (label("head_relation", lang), names["head_relation"].get(c.get("head_relation") or "", "") or "—"),
        (label("household_chores", lang), f"{chores}; {tasks}" if tasks else chores),
        (label("job_to_return", lang), "—" if job is None else label("yes" if job else "no", lang)),
    ]
    if not pseudonymise and c.get("latitude") is not None and c.get("longitude") is not None:
        rows.append((label("coordinates", lang), format_coordinates(c["latitude"], c["longitude"])))
    return rows


def _names(db: Database, lang: Lang) -> dict[str, dict[str, str]]:
    lists = (
        "hazard",
        "household_task",
        "head_relation",
        "risk_factor",
        "work_status",
        "school_status",
        "service_type",
        "outcome",
        "sector",
        "relation",
    )
    return {name: data.reference_labels(db, name, lang) for name in lists}


def profile(db: Database, case_number: str, lang: Lang) -> dict[str, Any]:
    """Everything the profile prints (NotFound for an unknown case number)."""
    child = data.child_by_case(db, case_number)
    project = db.execute("SELECT * FROM projects WHERE id = ?", [child["project_id"]]).fetchone()
    columns = [d[0] for d in db.execute("SELECT * FROM projects LIMIT 0").description]
    project_row = dict(zip(columns, project, strict=True))
    services = list(
        db.query("SELECT * FROM services WHERE child_id = ? AND deleted = 0 ORDER BY start_date", [child["id"]])
    )
    visits = list(
        db.query("SELECT * FROM follow_ups WHERE child_id = ? AND deleted = 0 ORDER BY visit_date", [child["id"]])
    )
    # The same result as the child screen (services.children): one child file.
    found = child_file.child_file(db, child)
    classification, outcome = found.classification, found.outcome
    return {
        "child": child,
        "project": project_row,
        "services": services,
        "visits": visits,
        "classification": classification,
        "outcome": outcome,
    }


def tables(db: Database, case_number: str, lang: Lang = "en", pseudonymise: bool = False) -> list[ReportTable]:
    info = profile(db, case_number, lang)
    names = _names(db, lang)
    when = _printer(lang, pseudonymise)
    service_rows = [
        (
            names["service_type"].get(s["service_type"], s["service_type"]),
            when(s["start_date"]),
            when(s["end_date"]),
            s["provider"],
        )
        for s in info["services"]
    ]
    visit_rows = [
        (
            when(v["visit_date"]),
            names["work_status"].get(v["work_status"], v["work_status"]),
            v["hours_per_week"],
            names["school_status"].get(v["school_status"], v["school_status"]),
            v["attendance_percent"],
            "" if pseudonymise and "visited_by" in DROPPED_COLUMNS else v["visited_by"],
        )
        for v in info["visits"]
    ]
    return [
        ReportTable(
            label("services_received", lang),
            (label("service_type", lang), label("start_date", lang), label("end_date", lang), label("provider", lang)),
            service_rows,
        ),
        ReportTable(
            label("follow_up_visits", lang),
            (
                label("visit_date", lang),
                label("work_status", lang),
                label("hours_per_week", lang),
                label("school_attendance", lang),
                label("attendance_percent", lang),
                label("visited_by", lang),
            ),
            visit_rows,
        ),
    ]


def story(db: Database, info: dict[str, Any], lang: Lang, pseudonymise: bool = False) -> Iterator[Flowable]:
    styles = get_styles(lang)
    names = _names(db, lang)
    c = dict(info["child"])
    when = _printer(lang, pseudonymise)
    if pseudonymise:
        # security.pseudonymise's definition: the case number for the name, the age group for the
        # birth date and age, no village, dates to the month, no free text that may name someone.
        group = age_group(int(c["age_at_intake"])) or ""
        c.update(name=pseudonym(c), name_latin="", location_id=None, birth_date=None)
        for column in DROPPED_COLUMNS & set(c):
            if column != "location_id":
                c[column] = "—" if column == "guardian_name" else ""
        c["birth_date_estimated"] = 0
        c["_age_group"] = group
    places = data.location_names(db, [c["location_id"] or "", c["province_id"] or ""], lang)
    programme = ""
    if c["programme_id"]:
        row = db.execute("SELECT code, title FROM action_programmes WHERE id = ?", [c["programme_id"]]).fetchone()
        programme = f"{row[0]} · {row[1]}" if row else ""
    yield para(label("child_profile", lang), styles.title)
    shown_name = f"{c['name']} ({c['name_latin']})" if c["name_latin"] and c["name_latin"] != c["name"] else c["name"]
    yield para(f"{c['case_number']} · {shown_name}", styles.subtitle)
    born = c.get("_age_group") or date_text(c["birth_date"], lang)
    if c["birth_date_estimated"]:
        born = f"{born} ({label('estimated_age', lang).lower()})"
    yield para(label("child_information", lang), styles.heading)
    yield key_value_table(
        [
            (label("case_number", lang), c["case_number"]),
            (label("name", lang), c["name"]),
            (label("name_latin", lang), c["name_latin"]),
            (label("sex", lang), label("female" if c["sex"] == "F" else "male", lang)),
            (label("date_of_birth", lang), born),
            (label("age", lang), c.get("_age_group") or str(c["age_at_intake"])),
            (label("village", lang), places.get(c["location_id"] or "", "")),
            (label("province", lang), places.get(c["province_id"] or "", "")),
            (label("guardian", lang), c["guardian_name"]),
            (label("relationship", lang), names["relation"].get(c["guardian_relation"], c["guardian_relation"])),
            (label("consent_given", lang), label("yes" if c["consent"] else "no", lang)),
            (label("intake_date", lang), when(c["intake_date"])),
            (label("project", lang), info["project"]["code"]),
            (label("action_programme", lang), programme),
        ],
        lang=lang,
    )
    yield para(label("work_information", lang), styles.heading)
    hazards = ", ".join(names["hazard"].get(h, h) for h in json.loads(c["hazards"] or "[]"))
    risks = ", ".join(names["risk_factor"].get(h, h) for h in json.loads(c["risk_factors"] or "[]"))
    cls = info["classification"]
    yield key_value_table(
        [
            (label("work_activities", lang), c["work_activities"]),
            (label("sector", lang), names["sector"].get(c["sector"], c["sector"])),
            (label("hours_per_week", lang), str(c["hours_per_week"])),
            (label("hazards", lang), hazards),
            (label("age_started_work", lang), "" if c["age_started_work"] is None else str(c["age_started_work"])),
            (label("risk_factors", lang), risks),
            (
                label("school_status", lang),
                sexed(str(names["school_status"].get(c["school_status"], c["school_status"])), c["sex"]),
            ),
            (label("classification", lang), names["work_status"].get(c["work_status"], c["work_status"])),
            (label("reason", lang), _explain(cls, lang, db, c["sex"], pseudonymise)),
        ],
        lang=lang,
    )
    yield para(label("participant_data", lang), styles.heading)
    yield key_value_table(_participant_rows(c, names, lang, pseudonymise), lang=lang)
    for title, rows in answered(db, c["project_id"], "intake", c.get("custom"), lang, pseudonymise=pseudonymise):
        yield para(title, styles.heading)
        yield key_value_table(rows, lang=lang)
    service_table, visit_table = tables(db, c["case_number"], lang, pseudonymise)
    yield para(label("services_received", lang), styles.heading)
    yield from table_flowables(service_table, lang, ["*", "16%", "16%", "28%"], heading=False)
    yield para(label("follow_up_visits", lang), styles.heading)
    yield from table_flowables(visit_table, lang, ["14%", "*", "11%", "20%", "12%", "16%"], heading=False)
    yield para(label("outcome_rule", lang), styles.heading)
    outcome = info["outcome"]
    code = outcome.value or "in_progress"
    yield key_value_table(
        [
            (label("outcome", lang), names["outcome"].get(code, label("in_progress", lang))),
            (label("reason", lang), _explain(outcome, lang, db, c["sex"], pseudonymise)),
        ],
        lang=lang,
    )


def build_with(
    kind: str, db: Database, path: str | os.PathLike[str], options: BuildOptions, on_page: ProgressCallback | None
) -> int:
    if not options.child:
        from cl_desktop.errors import UsageError

        raise UsageError("The child profile needs a case number.")
    lang = options.lang
    info = profile(db, options.child, lang)
    if options.project and options.project != info["project"]["code"]:
        raise NotFound(f"Child {options.child} is not part of project {options.project}.")
    c = info["child"]
    header = PageHeader(
        title=label("child_profile", lang),
        project=short_name(info["project"]),
        period=c["case_number"],
    )
    body = story(db, info, lang, options.pseudonymise)
    return build_pdf(path, body, header=header, lang=lang, on_page=on_page)
