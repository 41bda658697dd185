"""An IATI activity (standard 2.03) for a project, its results from the results framework.

The activity carries the project record: identifier (the grantee's organisation code and the grant
number or project code), title, objectives, participating organisations with their IATI roles,
status and dates, recipient countries, currency. Each result of the framework that has indicators
becomes a ``result`` (output 1, outcome 2, objective 3 "impact"); each indicator its measure (unit 1,
percentage 2, qualitative 5), baseline with year, and one ``period`` per reporting period with the
period's target (the end-of-project target on the last period when no period has one) and actual.
Actuals of the common indicators are the TPR's figures for the period, by sex as ``dimension``
elements and by age group where the indicator is disaggregated by it; other indicators carry what
was recorded for the period.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from typing import Any

from sqlite_utils import Database

from cl_desktop.atomic import atomic_write
from cl_desktop.errors import RefusedInput
from cl_desktop.exchange.adx import number
from cl_desktop.exchange.values import project_by_code
from cl_desktop.figures.indicators import BySex, e1_counts, l1_count, outcome_counts, participant_status

VERSION = "2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RESULT_TYPES = {"output": "1", "outcome": "2", "objective": "3"}
MEASURES = {"count": "1", "deliverable": "1", "percent": "2", "text": "5"}
# IATI OrganisationType and OrganisationRole codes.
ORG_TYPES = {
    "government": "10",
    "labour_inspectorate": "10",
    "donor": "10",
    "ngo": "22",
    "un_agency": "40",
    "research_institute": "80",
    "employers_organisation": "90",
    "workers_organisation": "90",
    "other": "90",
}
ORG_ROLES = {"donor": "1", "grantee": "2", "implementing_partner": "4"}


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    ET.SubElement(element, "narrative").text = text
    return element


def _organisations(db: Database, project_id: str) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT o.code, o.name, o.organisation_type, po.role FROM project_organisations po "
            "JOIN organisations o ON o.id = po.organisation_id WHERE po.project_id = ? AND po.deleted = 0 "
            "AND o.deleted = 0 ORDER BY po.role, o.code",
            [project_id],
        )
    )


def _grantee_by_name(db: Database, text: str) -> dict[str, Any] | None:
    """The organisation the project's grantee text names (its name starts so, or its acronym is it)."""
    text = (text or "").strip()
    if not text:
        return None
    rows = list(
        db.query(
            "SELECT code, name, organisation_type, 'grantee' AS role FROM organisations WHERE deleted = 0 "
            "AND (lower(name) = lower(?1) OR lower(substr(name, 1, length(?1))) = lower(?1) OR acronym = ?1) "
            "ORDER BY length(name) LIMIT 1",
            [text],
        )
    )
    return rows[0] if rows else None


def _status(start: str, end: str, today: date) -> str:
    if date.fromisoformat(start) > today:
        return "1"
    return "4" if date.fromisoformat(end) < today else "2"


class _Actuals:
    """The TPR's figures for a common indicator in one period: total, by sex, by age group."""

    def __init__(self, db: Database, project: dict[str, Any]) -> None:
        self.db = db
        self.project = project

    def of(self, code: str, start: str, end: str, by_age: bool) -> tuple[float | None, BySex | None, dict[str, int]]:
        db, pid = self.db, self.project["id"]
        if code in ("withdrawn", "prevented"):
            total = outcome_counts(db, pid, code, since=start, until=end).get("total", BySex())
            ages = (
                {k: v.total for k, v in outcome_counts(db, pid, code, since=start, until=end, by="age_group").items()}
                if by_age
                else {}
            )
            return total.total, total, ages
        if code == "E1":
            e1 = e1_counts(db, pid, since=start, until=end).get("total", BySex())
            return e1.total, e1, {}
        if code == "L1":
            l1 = l1_count(db, pid, since=start, until=end)
            return l1.total, l1, {}
        if code[:3] in ("POC", "POH") and code[3:] in ("1", "2", "3", "4"):
            threshold = int(self.project.get("attendance_threshold") or 75)
            ratio = participant_status(db, pid, end, threshold)[code]
            return ratio.total, None, {}
        return None, None, {}

    def percent_by_sex(self, code: str, end: str) -> tuple[float | None, float | None]:
        threshold = int(self.project.get("attendance_threshold") or 75)
        ratio = participant_status(self.db, self.project["id"], end, threshold)[code]
        return ratio.f, ratio.m


def document(db: Database, project_code: str, today: date | None = None) -> tuple[bytes, int]:
    today = today or date.today()
    project = project_by_code(db, project_code)
    pid = project["id"]
    orgs = _organisations(db, pid)
    grantee = next((o for o in orgs if o["role"] == "grantee"), None) or _grantee_by_name(db, project["grantee"])
    if grantee is None:
        raise RefusedInput(
            f"Project {project_code} has no grantee organisation; IATI needs one to report the activity."
        )
    root = ET.Element(
        "iati-activities",
        {"version": VERSION, "generated-datetime": datetime.now(UTC).replace(microsecond=0).isoformat()},
    )
    activity = ET.SubElement(
        root,
        "iati-activity",
        {
            "last-updated-datetime": datetime.now(UTC).replace(microsecond=0).isoformat(),
            XML_LANG: "en",
            **({"default-currency": project["currency"]} if project["currency"] else {}),
        },
    )
    ET.SubElement(activity, "iati-identifier").text = f"{grantee['code']}-{project['grant_number'] or project['code']}"
    _text(
        activity,
        "reporting-org",
        grantee["name"],
        ref=grantee["code"],
        type=ORG_TYPES.get(grantee["organisation_type"], "90"),
    )
    _text(activity, "title", project["title"])
    _text(activity, "description", project["development_objective"] or project["problem"] or project["title"], type="1")
    objectives = [o for o in json.loads(project["intermediate_objectives"] or "[]") if isinstance(o, str) and o]
    if objectives:
        _text(activity, "description", "; ".join(objectives), type="2")
    if not any(o["role"] == "grantee" for o in orgs):
        orgs = [grantee, *orgs]  # the accountable organisation takes part, whether or not it is listed
    for org in orgs:
        role = ORG_ROLES.get(org["role"])
        if role:
            _text(
                activity,
                "participating-org",
                org["name"],
                ref=org["code"],
                type=ORG_TYPES.get(org["organisation_type"], "90"),
                role=role,
            )
    if project["grant_number"]:
        ET.SubElement(activity, "other-identifier", {"ref": project["grant_number"], "type": "A1"})
    ET.SubElement(activity, "activity-status", {"code": _status(project["start_date"], project["end_date"], today)})
    ET.SubElement(activity, "activity-date", {"iso-date": project["start_date"], "type": "1"})
    if date.fromisoformat(project["start_date"]) <= today:
        ET.SubElement(activity, "activity-date", {"iso-date": project["start_date"], "type": "2"})
    ET.SubElement(activity, "activity-date", {"iso-date": project["end_date"], "type": "3"})
    if date.fromisoformat(project["end_date"]) < today:
        ET.SubElement(activity, "activity-date", {"iso-date": project["end_date"], "type": "4"})
    countries = [c for c in json.loads(project["countries"] or "[]") if isinstance(c, str) and c]
    for i, country in enumerate(countries):
        share = {} if len(countries) == 1 else {"percentage": number(_share(i, len(countries)))}
        ET.SubElement(activity, "recipient-country", {"code": country, **share})
    count = _results(db, project, activity)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n", count


def _share(i: int, n: int) -> float:
    """Equal shares that add up to exactly 100 (the last takes the rounding)."""
    base = round(100 / n, 2)
    return round(100 - base * (n - 1), 2) if i == n - 1 else base


def _results(db: Database, project: dict[str, Any], activity: ET.Element) -> int:
    pid = project["id"]
    results = list(
        db.query(
            "SELECT id, level, code, title FROM results WHERE project_id = ? AND deleted = 0 ORDER BY sort, code", [pid]
        )
    )
    indicators: dict[str, list[dict[str, Any]]] = {}
    for ind in db.query("SELECT * FROM indicators WHERE project_id = ? AND deleted = 0 ORDER BY sort, code", [pid]):
        indicators.setdefault(ind["result_id"] or "", []).append(ind)
    periods = list(
        db.query(
            "SELECT id, code, start_date, end_date FROM reporting_periods WHERE project_id = ? AND deleted = 0 "
            "ORDER BY start_date",
            [pid],
        )
    )
    targets: dict[tuple[str, str], dict[str, Any]] = {
        (t["indicator_id"], t["period_id"]): t
        for t in db.query(
            "SELECT * FROM indicator_targets WHERE deleted = 0 AND indicator_id IN "
            "(SELECT id FROM indicators WHERE project_id = ?)",
            [pid],
        )
    }
    actuals = _Actuals(db, project)
    count = 0
    groups = [(r, indicators.get(r["id"], [])) for r in results]
    if indicators.get(""):
        groups.append(({"level": "output", "code": "", "title": "Project indicators"}, indicators[""]))
    for result, inds in groups:
        if not inds:
            continue
        element = ET.SubElement(activity, "result", {"type": RESULT_TYPES.get(result["level"], "1")})
        _text(element, "title", f"{result['code']} {result['title']}".strip())
        for ind in inds:
            _indicator(element, ind, periods, targets, actuals)
        count += 1
    return count


def _indicator(
    parent: ET.Element,
    ind: dict[str, Any],
    periods: list[dict[str, Any]],
    targets: dict[tuple[str, str], dict[str, Any]],
    actuals: _Actuals,
) -> None:
    measure = MEASURES.get(ind["unit"], "1")
    qualitative = measure == "5"
    element = ET.SubElement(parent, "indicator", {"measure": measure, **({} if qualitative else {"ascending": "1"})})
    _text(element, "title", f"{ind['code']} {ind['title']}".strip())
    if ind["means_of_verification"]:
        _text(element, "description", f"Means of verification: {ind['means_of_verification']}")
    if ind["common_code"]:
        ET.SubElement(element, "reference", {"vocabulary": "99", "code": ind["common_code"]})
    if ind["baseline_year"]:
        baseline = ET.SubElement(element, "baseline", {"year": str(int(ind["baseline_year"]))})
        if ind["baseline_value"] is not None and not qualitative:
            baseline.set("value", number(ind["baseline_value"]))
        if ind["baseline_text"]:
            _text(baseline, "comment", ind["baseline_text"])
    has_period_targets = any((ind["id"], p["id"]) in targets for p in periods)
    by_age = "age" in (ind["disaggregation"] or "").lower()
    for i, p in enumerate(periods):
        period = ET.SubElement(element, "period")
        ET.SubElement(period, "period-start", {"iso-date": p["start_date"]})
        ET.SubElement(period, "period-end", {"iso-date": p["end_date"]})
        row = targets.get((ind["id"], p["id"]))
        target_value, target_text = (row["target_value"], row["target_text"]) if row else (None, "")
        if not has_period_targets and i == len(periods) - 1:
            target_value, target_text = ind["target_value"], ind["target_text"]
        if target_value is not None or target_text:
            target = ET.SubElement(period, "target")
            if target_value is not None and not qualitative:
                target.set("value", number(target_value))
            if target_text:
                _text(target, "comment", target_text)
        _actual(period, ind, p, row, actuals, by_age, qualitative)


def _actual(
    period: ET.Element,
    ind: dict[str, Any],
    p: dict[str, Any],
    row: dict[str, Any] | None,
    actuals: _Actuals,
    by_age: bool,
    qualitative: bool,
) -> None:
    code = ind["common_code"]
    if code:
        total, sexes, ages = actuals.of(code, p["start_date"], p["end_date"], by_age)
        if total is None:
            return
        ET.SubElement(period, "actual", {"value": number(total)})
        if sexes is not None:
            f, m = float(sexes.f), float(sexes.m)
        else:
            pf, pm = actuals.percent_by_sex(code, p["end_date"])
            f, m = (pf if pf is not None else -1.0), (pm if pm is not None else -1.0)
        for name, value in (("female", f), ("male", m)):
            if value >= 0:
                actual = ET.SubElement(period, "actual", {"value": number(value)})
                ET.SubElement(actual, "dimension", {"name": "sex", "value": name})
        for age, n in sorted(ages.items()):
            actual = ET.SubElement(period, "actual", {"value": number(n)})
            ET.SubElement(actual, "dimension", {"name": "age group", "value": age})
        return
    if row and (row["actual_value"] is not None or row["actual_text"]):
        actual = ET.SubElement(period, "actual")
        if row["actual_value"] is not None and not qualitative:
            actual.set("value", number(row["actual_value"]))
        if row["actual_text"]:
            _text(actual, "comment", row["actual_text"])


def write(db: Database, project_code: str, path: str | os.PathLike[str]) -> int:
    data, count = document(db, project_code)
    with atomic_write(path, "wb") as fh:
        fh.write(data)
    return count
