"""The evidence behind the TPR's figures: per reference, the children or households counted.

Every figure of the indicator data reporting form carries a reference: ``A1.1`` children
withdrawn, ``A1.2`` children prevented, ``A1.3`` E1 (children given education or vocational
services), ``A1.4`` L1 (households given livelihood services). The evidence lists, per
reference, each child or household counted up to the end of the period, whether it counts in
the period itself, its sex, the reason the rule counted it and the rule with its version (the
project's thresholds). Filtering the list by "this period" and by sex gives back each printed
cell: a reviewer can check any number, and a test checks all of them.

The selections are the same SQL conditions as ``figures.indicators`` (outcome date in the span;
first education service in the span for a child in or at risk of child labour; a livelihood
service in the span for a household of the project).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from cl_desktop.domain.rules import EDUCATION_SERVICES
from cl_desktop.i18n.labels import label
from cl_desktop.reports import data
from cl_desktop.reports.styles import Lang

#: The version of the counting rules below; raise it when one of them changes meaning.
RULES_VERSION = 1

#: Reference → (label key of the figure, what is counted).
REFERENCES: dict[str, tuple[str, str]] = {
    "A1.1": ("children_withdrawn", "child"),
    "A1.2": ("children_prevented", "child"),
    "A1.3": ("indicator_e1", "child"),
    "A1.4": ("indicator_l1", "household"),
}
_EDU = ", ".join(f"'{s}'" for s in sorted(EDUCATION_SERVICES))


@dataclass(frozen=True)
class EvidenceRow:
    reference: str
    figure: str
    entity: str  # case number or household code
    sex: str
    in_period: bool
    counted_on: str  # the date that places it in a period
    reason: str
    rule: str


def reference_of(key: str) -> str:
    """The reference a figure of the indicator form prints ("children_withdrawn" → "A1.1")."""
    for ref, (figure, _kind) in REFERENCES.items():
        if figure == key:
            return ref
    raise KeyError(key)


def rule_text(project: dict[str, Any], reference: str) -> str:
    """The rule and its version, with the project's thresholds it was applied with."""
    months = int(project.get("withdrawn_months") or 3)
    rules = {
        "A1.1": f"withdrawn v{RULES_VERSION}: in child labour at intake, education service, "
        f"no child labour at follow-ups for {months} months",
        "A1.2": f"prevented v{RULES_VERSION}: at high risk at intake, education service, "
        "not in child labour at the latest follow-up",
        "A1.3": f"E1 v{RULES_VERSION}: in or at high risk of child labour at intake, first education or "
        "vocational service (each child once)",
        "A1.4": f"L1 v{RULES_VERSION}: household of the project given a livelihood service (each household once)",
    }
    return rules[reference]


def rows(db: Database, project: dict[str, Any], period: dict[str, Any], lang: Lang = "en") -> Iterator[EvidenceRow]:
    """Every counted child or household of every reference, up to the end of ``period``."""
    since, until = str(period["start_date"]), str(period["end_date"])
    pid = project["id"]
    statuses = data.reference_labels(db, "work_status", lang)
    services = data.reference_labels(db, "service_type", lang)
    for ref, outcome in (("A1.1", "withdrawn"), ("A1.2", "prevented")):
        figure = label(REFERENCES[ref][0], lang)
        rule = rule_text(project, ref)
        for case, sex, day, status, education in db.execute(
            "SELECT c.case_number, c.sex, c.outcome_date, c.work_status, c.education_date FROM children c "
            "WHERE c.deleted = 0 AND c.project_id = ? AND c.outcome = ? AND c.outcome_date <= ? "
            "ORDER BY c.case_number",
            [pid, outcome, until],
        ):
            reason = (
                f"{figure} {day}; {statuses.get(status, status)} at intake; education service from {education or '?'}"
            )
            yield EvidenceRow(ref, figure, case, sex, day >= since, day, reason, rule)
    figure = label("indicator_e1", lang)
    rule = rule_text(project, "A1.3")
    for case, sex, status, first, kinds, in_period in db.execute(
        f"""SELECT c.case_number, c.sex, c.work_status, min(s.start_date), group_concat(DISTINCT s.service_type),
                   max(CASE WHEN s.start_date >= ? THEN 1 ELSE 0 END)
            FROM children c JOIN services s ON s.child_id = c.id
            WHERE c.deleted = 0 AND s.deleted = 0 AND c.project_id = ? AND c.work_status != 'not_at_risk'
              AND s.service_type IN ({_EDU}) AND s.start_date <= ?
            GROUP BY c.id ORDER BY c.case_number""",
        [since, pid, until],
    ):
        named = ", ".join(services.get(k, k) for k in str(kinds).split(","))
        reason = f"{statuses.get(status, status)} at intake; {named} from {first}"
        yield EvidenceRow("A1.3", figure, case, sex, bool(in_period), first, reason, rule)
    figure = label("indicator_l1", lang)
    rule = rule_text(project, "A1.4")
    for code, sex, first, last_in_period in db.execute(
        """SELECT h.code, h.head_sex, min(s.start_date),
                  max(CASE WHEN s.start_date >= ? THEN 1 ELSE 0 END)
           FROM services s JOIN households h ON h.id = s.household_id
           WHERE s.deleted = 0 AND h.deleted = 0 AND s.service_type = 'livelihood' AND s.start_date <= ?
             AND (s.programme_id IN (SELECT id FROM action_programmes WHERE project_id = ?)
                  OR h.programme_id IN (SELECT id FROM action_programmes WHERE project_id = ?))
           GROUP BY h.id ORDER BY h.code""",
        [since, until, pid, pid],
    ):
        reason = f"livelihood service from {first}"
        yield EvidenceRow("A1.4", figure, code, sex or "", bool(last_in_period), first, reason, rule)


HEADER = ("Reference", "Figure", "Case number or household", "Sex", "In this period", "Date", "Reason", "Rule")


def table_rows(db: Database, project: dict[str, Any], period: dict[str, Any], lang: Lang = "en") -> Iterator[list[Any]]:
    for r in rows(db, project, period, lang):
        yield [r.reference, r.figure, r.entity, r.sex, "yes" if r.in_period else "no", r.counted_on, r.reason, r.rule]
