"""One child's file, worked out once: classification at intake and outcome, each with the rule's reason.

The child screen (through ``services.children``) and the printed child profile take the same
result from here, and word the reason with :func:`reason_text` from the same catalogue, so the
screen and the paper never disagree about a child.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.rules import Explained, Thresholds, Visit, WorkStatus, classify_work, derive_outcome
from cl_desktop.i18n.labels import label, sexed

LabelsOf = Callable[[str, str], dict[str, str]]  # (reference list, language) -> {code: label}


@dataclass(frozen=True)
class ChildFile:
    classification: Explained
    outcome: Explained


def education_services(db: Database) -> set[str]:
    """Service types that count as education, deleted ones included (old records keep their meaning)."""
    return {
        r[0]
        for r in db.execute(
            "SELECT code FROM reference_items WHERE list = 'service_type' "
            "AND json_extract(attributes, '$.education') = 1"
        )
    }


def thresholds(db: Database, project_id: str) -> Thresholds:
    cursor = db.execute("SELECT * FROM projects WHERE id = ?", [project_id])
    columns = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    return Thresholds.from_project(dict(zip(columns, row, strict=True)))


def classification(db: Database, child: Mapping[str, Any]) -> Explained:
    """The intake work status with its reason, e.g. 'child labour: age 12, 30 h/week'."""
    return classify_work(
        int(child["age_at_intake"]),
        working=bool(child["working"]),
        hours_per_week=int(child["hours_per_week"]),
        hazards=json.loads(child["hazards"] or "[]"),
        risk_factors=json.loads(child["risk_factors"] or "[]"),
        thresholds=thresholds(db, child["project_id"]),
        chores_hours=int(child.get("chores_hours_per_week") or 0),
    )


def outcome(db: Database, child: Mapping[str, Any]) -> Explained:
    """Withdrawn / prevented / in progress with the rule that produced it."""
    education = education_services(db)
    dates = [
        date.fromisoformat(start)
        for start, kind in db.execute(
            "SELECT start_date, service_type FROM services WHERE child_id = ? AND deleted = 0", [child["id"]]
        )
        if kind in education
    ]
    visits = [
        Visit(date.fromisoformat(day), WorkStatus(status).in_child_labour)
        for day, status in db.execute(
            "SELECT visit_date, work_status FROM follow_ups WHERE child_id = ? AND deleted = 0 ORDER BY visit_date",
            [child["id"]],
        )
    ]
    months = thresholds(db, child["project_id"]).withdrawn_months
    return derive_outcome(child["work_status"], dates, visits, withdrawn_months=months)


def child_file(db: Database, child: Mapping[str, Any]) -> ChildFile:
    return ChildFile(classification(db, child), outcome(db, child))


def reason_text(
    explained: Explained,
    lang: str,
    labels_of: LabelsOf,
    *,
    date_text: Callable[[str], str],
    number_text: Callable[[Any], str] = str,
    sex: str | None = None,
    age_text: Callable[[int], str] | None = None,
) -> str:
    """The rule's reason in ``lang``: dates, numbers and codes as the caller writes them, Russian in the
    child's grammatical sex. ``age_text`` replaces the exact age (pseudonymised outputs)."""
    shown: dict[str, Any] = {}
    for key, value in explained.params.items():
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            shown[key] = date_text(value)
        elif key in ("hazards", "factors"):
            names = labels_of("hazard" if key == "hazards" else "risk_factor", lang)
            shown[key] = ", ".join(names.get(c.strip(), c.strip()) for c in str(value).split(",") if c.strip())
        elif key == "status":
            shown[key] = labels_of("work_status", lang).get(str(value), str(value))
        elif key == "age" and age_text is not None:
            shown[key] = age_text(int(str(value)))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            shown[key] = number_text(value)
        else:
            shown[key] = value
    try:
        text = label(f"reason_{explained.reason_key}", lang, **shown)
    except (KeyError, IndexError, ValueError):
        return str(explained.reason)
    return sexed(text, sex) if lang == "ru" else text
