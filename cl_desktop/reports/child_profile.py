"""Child profile: one child's file on paper — intake, classification with its reason, services,
follow-ups and the outcome with the rule that produced it (the same rule functions the app uses)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from typing import Any

from reportlab.platypus import Flowable
from sqlite_utils import Database

from cl_desktop.domain.rules import Thresholds, Visit, WorkStatus, age_group, classify_work, derive_outcome
from cl_desktop.i18n.formats import format_date
from cl_desktop.i18n.labels import label
from cl_desktop.reports import data
from cl_desktop.reports.common import BuildOptions, ProgressCallback, date_text, table_flowables
from cl_desktop.reports.data import ReportTable
from cl_desktop.reports.layout import PageHeader, build_pdf, key_value_table
from cl_desktop.reports.styles import Lang, get_styles
from cl_desktop.reports.text import para


def _explain(reason_key: str, params: dict[str, Any], lang: Lang, names: dict[str, dict[str, str]]) -> str:
    """The rule's reason in the report language, dates and codes translated."""
    shown: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            shown[key] = format_date(date.fromisoformat(value), lang)
        elif key == "hazards":
            shown[key] = ", ".join(names["hazard"].get(c.strip(), c.strip()) for c in str(value).split(","))
        elif key == "factors":
            shown[key] = ", ".join(names["risk_factor"].get(c.strip(), c.strip()) for c in str(value).split(","))
        elif key == "status":
            shown[key] = names["work_status"].get(str(value), str(value))
        else:
            shown[key] = value
    return label(f"reason_{reason_key}", lang, **shown)


def _names(db: Database, lang: Lang) -> dict[str, dict[str, str]]:
    lists = (
        "hazard",
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
    thresholds = Thresholds.from_project(project_row)
    classification = classify_work(
        int(child["age_at_intake"]),
        working=bool(child["working"]),
        hours_per_week=int(child["hours_per_week"]),
        hazards=json.loads(child["hazards"] or "[]"),
        risk_factors=json.loads(child["risk_factors"] or "[]"),
        thresholds=thresholds,
    )
    education = {
        r[0]
        for r in db.execute(
            "SELECT code FROM reference_items WHERE list = 'service_type' "
            "AND json_extract(attributes, '$.education') = 1"
        )
    }
    outcome = derive_outcome(
        child["work_status"],
        [date.fromisoformat(s["start_date"]) for s in services if s["service_type"] in education],
        [Visit(date.fromisoformat(v["visit_date"]), WorkStatus(v["work_status"]).in_child_labour) for v in visits],
        withdrawn_months=thresholds.withdrawn_months,
    )
    return {
        "child": child,
        "project": project_row,
        "services": services,
        "visits": visits,
        "classification": classification,
        "outcome": outcome,
    }


def tables(db: Database, case_number: str, lang: Lang = "en") -> list[ReportTable]:
    info = profile(db, case_number, lang)
    names = _names(db, lang)
    service_rows = [
        (
            names["service_type"].get(s["service_type"], s["service_type"]),
            date_text(s["start_date"], lang, numeric=True),
            date_text(s["end_date"], lang, numeric=True),
            s["provider"],
        )
        for s in info["services"]
    ]
    visit_rows = [
        (
            date_text(v["visit_date"], lang, numeric=True),
            names["work_status"].get(v["work_status"], v["work_status"]),
            v["hours_per_week"],
            names["school_status"].get(v["school_status"], v["school_status"]),
            v["attendance_percent"],
            v["visited_by"],
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
    if pseudonymise:
        # Nothing that names or locates the child beyond the province: the case number links back.
        group = age_group(int(c["age_at_intake"])) or ""
        c.update(name="—", name_latin="", guardian_name="—", location_id=None, birth_date=None, work_activities="")
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
            (label("age", lang), str(c["age_at_intake"])),
            (label("village", lang), places.get(c["location_id"] or "", "")),
            (label("province", lang), places.get(c["province_id"] or "", "")),
            (label("guardian", lang), c["guardian_name"]),
            (label("relationship", lang), names["relation"].get(c["guardian_relation"], c["guardian_relation"])),
            (label("consent_given", lang), label("yes" if c["consent"] else "no", lang)),
            (label("intake_date", lang), date_text(c["intake_date"], lang)),
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
            (label("school_status", lang), names["school_status"].get(c["school_status"], c["school_status"])),
            (label("classification", lang), names["work_status"].get(c["work_status"], c["work_status"])),
            (label("reason", lang), _explain(cls.reason_key, cls.params, lang, names)),
        ],
        lang=lang,
    )
    service_table, visit_table = tables(db, c["case_number"], lang)
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
            (label("reason", lang), _explain(outcome.reason_key, outcome.params, lang, names)),
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
    c = info["child"]
    header = PageHeader(
        title=label("child_profile", lang),
        project=f"{info['project']['code']} · {info['project']['title']}",
        period=c["case_number"],
    )
    body = story(db, info, lang, options.pseudonymise)
    return build_pdf(path, body, header=header, lang=lang, on_page=on_page)
