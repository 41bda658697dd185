"""The figures an aggregate export carries, and the check made before anything leaves.

Each reporting period's figures are the Technical Progress Report's *this period* column, read
through the same functions (the dashboard summary when it is current): children withdrawn and
prevented by province and sex and by age group and sex; E1 (children once, and per service type);
L1 by sex of the household head; POC1-4 and POH1-4 as numerator and denominator as of the period's
end (DHIS2 works out percentages itself from counts); children registered in the period by work
status at intake.

:func:`collect` returns the values keyed by our own names; :func:`coded` turns them into DHIS2 codes
through the mapping and lists every problem a DHIS2 dry run would also meet: figures whose key has no
code, keys the mapping does not know, periods outside the project or with no DHIS2 period type.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from cl_desktop.errors import NotFound, UsageError
from cl_desktop.exchange.mapping import CATEGORY_BY_KEY, DATA_ELEMENTS, PROJECT_UNIT, Mapping
from cl_desktop.exchange.periods import dhis2_period, iso_period
from cl_desktop.figures.indicators import (
    BySex,
    by_key,
    counts,
    date_span,
    e1_counts,
    l1_count,
    outcome_counts,
    participant_status_on,
)
from cl_desktop.services.context import Context

SEXES = ("F", "M")


@dataclass(frozen=True)
class Value:
    """One figure under our own names: data element key, org-unit key, (category, option) pairs."""

    element: str
    period: str  # reporting period code
    unit: str  # location code, or "project:CODE"
    options: tuple[tuple[str, str], ...]
    value: int


@dataclass(frozen=True)
class Period:
    code: str
    start: date
    end: date

    @property
    def iso(self) -> str:
        return iso_period(self.start, self.end)

    @property
    def dhis2(self) -> str | None:
        return dhis2_period(self.start, self.end)


@dataclass(frozen=True)
class CodedValue:
    data_element: str
    period: Period
    org_unit: str
    categories: tuple[tuple[str, str], ...]  # (category code, option code)
    value: int


# The check's problems, by code. The command line prints them in English; the window shows them
# (and saves them) in the user's language from the same code and values (``ui.pages.dhis2_mapping``).
ISSUES: dict[str, str] = {
    "dates_outside": "The dates asked for lie outside project {project} ({start} to {end}).",
    "period_outside": "Period {period} ({start} to {end}) lies outside project {project}.",
    "no_period_type": "Period {period} ({start} to {end}) has no DHIS2 period type; DHIS2 reads months, "
    "quarters, six-month and yearly periods.",
    "nothing": "There are no figures to export for the periods asked for.",
    "no_data_set": "The data set has no code in the DHIS2 mapping.",
    "no_code_data_element": "The data element “{key}” has no code in the DHIS2 mapping ({count} figure(s)).",
    "no_code_org_unit": "The organisation unit “{key}” has no code in the DHIS2 mapping ({count} figure(s)).",
    "no_code_category": "The category “{key}” has no code in the DHIS2 mapping ({count} figure(s)).",
    "no_code_option": "The {category} option “{key}” has no code in the DHIS2 mapping ({count} figure(s)).",
    "unknown_data_element": "The DHIS2 mapping does not know the data element “{key}” ({count} figure(s)).",
    "unknown_org_unit": "The DHIS2 mapping does not know the organisation unit “{key}” ({count} figure(s)).",
    "unknown_category": "The DHIS2 mapping does not know the category “{key}” ({count} figure(s)).",
    "unknown_option": "The DHIS2 mapping does not know the {category} option “{key}” ({count} figure(s)).",
    "no_province": "The DHIS2 mapping does not know the children without a province ({count} figure(s)).",
}

# The lines of the check report around the problems (see :meth:`CheckReport.text`).
REPORT: dict[str, str] = {
    "title": "DHIS2 export check: project {project}, {format}",
    "adx": "ADX",
    "dhis2-json": "DHIS2 dataValueSets (JSON)",
    "made": "Made {date} with the DHIS2 mapping in this database.",
    "ready": "{count} data value(s) have every code they need.",
    "error": "error: {message}",
    "no_problem": "No problem: the export can be written and sent.",
    "allow_missing": "The export writes only with --allow-missing, leaving those figures out.",
}

#: How a sentence is put in words: ``say(template, values)``. The English one groups numbers with commas.
Say = Callable[[str, dict[str, Any]], str]


def english(template: str, params: dict[str, Any]) -> str:
    return template.format(**{k: f"{v:,}" if isinstance(v, int) else v for k, v in params.items()})


class Issue(str):
    """One problem of the check: the English sentence (what the command line prints), with the
    ``code`` in ``ISSUES`` and the ``params`` it was made from, to be said in another language."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> Issue:
        issue = super().__new__(cls, english(ISSUES[code], params))
        issue.code = code
        issue.params = params
        return issue

    def said(self, say: Say = english) -> str:
        return say(ISSUES[self.code], self.params)


@dataclass
class Check:
    """What would stop the export: ``errors`` always, ``missing`` (figures without a code) unless allowed."""

    errors: list[Issue] = field(default_factory=list)
    missing: list[Issue] = field(default_factory=list)

    def lines(self, allow_missing: bool = False) -> list[str]:
        kind = "warning" if allow_missing else "error"
        return [f"error: {e}" for e in self.errors] + [
            f"{kind}: {m} (left out)" if allow_missing else f"{kind}: {m}" for m in self.missing
        ]

    def blocks(self, allow_missing: bool = False) -> bool:
        return bool(self.errors or (self.missing and not allow_missing))


def project_by_code(db: Database, code: str) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM projects WHERE code = ? AND deleted = 0", [code]))
    if not rows:
        raise NotFound(f"There is no project {code}.")
    return rows[0]


def select_periods(
    db: Database,
    project: dict[str, Any],
    *,
    period: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> tuple[list[Period], list[Issue]]:
    """The project's reporting periods asked for, and errors for periods outside the project."""
    if period and (since or until):
        raise UsageError("give either --period or --from/--to, not both")
    rows = list(
        db.query(
            "SELECT code, start_date, end_date FROM reporting_periods WHERE project_id = ? AND deleted = 0 "
            "ORDER BY start_date",
            [project["id"]],
        )
    )
    periods = [Period(r["code"], date.fromisoformat(r["start_date"]), date.fromisoformat(r["end_date"])) for r in rows]
    errors: list[Issue] = []
    p_start, p_end = date.fromisoformat(project["start_date"]), date.fromisoformat(project["end_date"])
    if period:
        periods = [p for p in periods if p.code == period]
        if not periods:
            raise NotFound(f"Project {project['code']} has no reporting period {period}.")
    if since or until:
        try:
            low = date.fromisoformat(since) if since else date.min
            high = date.fromisoformat(until) if until else date.max
        except ValueError:
            raise UsageError("--from and --to take dates written YYYY-MM-DD") from None
        if high < p_start or low > p_end:
            errors.append(Issue("dates_outside", project=project["code"], start=str(p_start), end=str(p_end)))
        periods = [p for p in periods if p.start >= low and p.end <= high]
    if not periods and not errors:
        raise NotFound(f"Project {project['code']} has no reporting period in the dates asked for.")
    for p in periods:
        if p.end < p_start or p.start > p_end:
            errors.append(
                Issue("period_outside", period=p.code, start=str(p.start), end=str(p.end), project=project["code"])
            )
    return periods, errors


def _by_sex(
    element: str, period: str, unit: str, counts: BySex, extra: tuple[tuple[str, str], ...] = ()
) -> list[Value]:
    return [Value(element, period, unit, (("sex", sex), *extra), getattr(counts, sex.lower())) for sex in SEXES]


def referrals(db: Database, project_id: str, since: str, until: str) -> BySex:
    """Referral services given to the project's children in the span, by the child's sex (as the TPR counts
    services), through the one function that chooses between the summary and the records."""
    span, args = date_span(since, until, "s.start_date")
    direct = (
        "SELECT 'services', s.service_type, c.sex, count(*) FROM services s JOIN children c ON c.id = s.child_id "
        f"WHERE s.deleted = 0 AND c.deleted = 0 AND c.project_id = ? AND s.service_type = 'referral'{span} "
        "GROUP BY s.service_type, c.sex",
        [project_id, *args],
    )
    rows = counts(db, project_id, ("services",), direct=direct, since=since, until=until, key="referral")
    return by_key(rows).get("referral", BySex())


def registered(db: Database, project_id: str, since: str, until: str, *, direct: bool = False) -> dict[str, BySex]:
    """Children registered in the span by work status at intake (the summary's ``intake`` rows)."""
    sql = (
        "SELECT 'intake', work_status, sex, count(*) FROM children WHERE project_id = ? AND deleted = 0 "
        "AND intake_date >= ? AND intake_date <= ? GROUP BY work_status, sex",
        [project_id, since, until],
    )
    rows = counts(db, project_id, ("intake",), direct=sql, since=since, until=until, summary=not direct)
    return by_key(rows)


def collect(db: Database, project: dict[str, Any], periods: Sequence[Period]) -> list[Value]:
    """Every figure of every period, zeros included, under our own keys."""
    pid = project["id"]
    whole = PROJECT_UNIT + project["code"]
    threshold = int(project.get("attendance_threshold") or 75)
    codes = dict(db.execute("SELECT id, code FROM locations"))
    provinces = {
        codes[loc]
        for (loc,) in db.execute(
            "SELECT l.id FROM project_locations pl JOIN locations l ON l.id = pl.location_id "
            "WHERE pl.project_id = ? AND pl.deleted = 0 AND l.level = 'province'",
            [pid],
        )
    }
    values: list[Value] = []
    referred: list[Value] = []
    status_on = participant_status_on(db, pid, [p.end for p in periods], threshold)
    for period in periods:
        since, until, code = period.start.isoformat(), period.end.isoformat(), period.code
        for outcome in ("withdrawn", "prevented"):
            by_province = outcome_counts(db, pid, outcome, since=since, until=until, by="province")
            named = {codes.get(k, k): v for k, v in by_province.items()}
            for unit in sorted(provinces | set(named)):
                values += _by_sex(outcome, code, unit, named.get(unit, BySex()))
            by_age = outcome_counts(db, pid, outcome, since=since, until=until, by="age_group")
            ages = [key for key, _c, _n in CATEGORY_BY_KEY["age_group"].options]
            for age in [*ages, *sorted(set(by_age) - set(ages))]:
                values += _by_sex(f"{outcome}_age", code, whole, by_age.get(age, BySex()), (("age_group", age),))
        by_status = registered(db, pid, since, until)
        statuses = [key for key, _c, _n in CATEGORY_BY_KEY["work_status"].options]
        for status in [*statuses, *sorted(set(by_status) - set(statuses))]:
            values += _by_sex("registered", code, whole, by_status.get(status, BySex()), (("work_status", status),))
        e1 = e1_counts(db, pid, since=since, until=until)
        values += _by_sex("E1", code, whole, e1.get("total", BySex()))
        types = [key for key, _c, _n in CATEGORY_BY_KEY["service_type"].options if key != "livelihood"]
        for stype in [*types, *sorted(set(e1) - {"total", *types})]:
            values += _by_sex("E1_service", code, whole, e1.get(stype, BySex()), (("service_type", stype),))
        values += _by_sex("L1", code, whole, l1_count(db, pid, since=since, until=until))
        referred += _by_sex("referrals", code, whole, referrals(db, pid, since, until))
        ratios = status_on[until]
        for prefix in ("POC", "POH"):
            for i in range(1, 5):
                values += _by_sex(f"{prefix}{i}", code, whole, ratios[f"{prefix}{i}"].numerator)
            values += _by_sex(f"{prefix}_participants", code, whole, ratios[f"{prefix}1"].denominator)
    if any(v.value for v in referred):  # referrals go out when the project records them
        values += referred
    return values


def coded(
    mapping: Mapping, values: Sequence[Value], periods: Sequence[Period], check: Check, *, dhis2_periods: bool = True
) -> list[CodedValue]:
    """The values in DHIS2 codes; each problem goes to ``check`` once, with how many figures it holds."""
    by_code = {p.code: p for p in periods}
    elements = {d.key: d for d in DATA_ELEMENTS}
    missing: dict[tuple[str, str, str], int] = {}  # (kind, key, category) -> figures
    unknown: dict[tuple[str, str, str], int] = {}
    result: list[CodedValue] = []
    for p in periods:
        if dhis2_periods and p.dhis2 is None:
            check.errors.append(Issue("no_period_type", period=p.code, start=str(p.start), end=str(p.end)))
    if not mapping.data_set:
        check.missing.append(Issue("no_data_set"))

    def code_of(kind: str, key: str, what: tuple[str, str, str]) -> str:
        if not mapping.known(kind, key):
            unknown[what] = unknown.get(what, 0) + 1
            return ""
        code = mapping.code(kind, key)
        if not code:
            missing[what] = missing.get(what, 0) + 1
        return code

    for v in values:
        element = code_of("data_element", v.element, ("data_element", v.element, ""))
        unit = code_of("org_unit", v.unit, ("org_unit", v.unit, "")) if v.unit else ""
        if v.unit == "":
            unknown[("province", "", "")] = unknown.get(("province", "", ""), 0) + 1
        cats: list[tuple[str, str]] = []
        for category, option in v.options:
            cat = code_of("category", category, ("category", category, ""))
            opt = code_of("option", f"{category}:{option}", ("option", option, category))
            cats.append((cat, opt))
        if element and unit and all(c and o for c, o in cats) and elements.get(v.element):
            result.append(CodedValue(element, by_code[v.period], unit, tuple(cats), v.value))
    for (kind, key, category), n in missing.items():
        check.missing.append(Issue(f"no_code_{kind}", key=key, count=n, **({"category": category} if category else {})))
    for (kind, key, category), n in unknown.items():
        if kind == "province":
            check.missing.append(Issue("no_province", count=n))
        else:
            params = {"category": category} if category else {}
            check.missing.append(Issue(f"unknown_{kind}", key=key, count=n, **params))
    return result


def prepare(
    db: Database,
    mapping: Mapping,
    project_code: str,
    *,
    period: str | None = None,
    since: str | None = None,
    until: str | None = None,
    dhis2_periods: bool = True,
) -> tuple[list[CodedValue], Check, str]:
    """Coded values, the check report, and the data set code for one project's periods."""
    project = project_by_code(db, project_code)
    periods, errors = select_periods(db, project, period=period, since=since, until=until)
    check = Check(errors=list(errors))
    values = coded(mapping, collect(db, project, periods), periods, check, dhis2_periods=dhis2_periods)
    if not values and not check.errors and not check.missing:
        check.errors.append(Issue("nothing"))
    return values, check, mapping.data_set


@dataclass(frozen=True)
class CheckReport:
    """What DHIS2's dry run would say about an export, before anything leaves: for the window and a file."""

    project: str
    format: str  # "adx" or "dhis2-json"
    figures: int  # data values that have every code they need
    check: Check

    @property
    def ready(self) -> bool:
        return not self.check.blocks()

    def text(self, say: Say = english, day: str | None = None) -> str:
        """The report as a plain text file: in English (``say`` by default) line for line what the
        command line prints on stderr; in another language when ``say`` translates the sentences."""
        lines = [
            say(REPORT["title"], {"project": self.project, "format": say(REPORT[self.format], {})}),
            say(REPORT["made"], {"date": day or date.today().isoformat()}),
            say(REPORT["ready"], {"count": self.figures}),
            "",
        ]
        problems = [say(REPORT["error"], {"message": issue.said(say)}) for issue in self.issues]
        lines += problems or [say(REPORT["no_problem"], {})]
        if self.check.missing and not self.check.errors:
            lines += ["", say(REPORT["allow_missing"], {})]
        return "\n".join(lines) + "\n"

    @property
    def issues(self) -> list[Issue]:
        return [*self.check.errors, *self.check.missing]


def check_report(ctx: Context, project_code: str, *, format: str = "adx", period: str | None = None) -> CheckReport:
    """The check ``export adx`` runs before writing (figures without a code, codes the mapping does not
    know, periods outside the project or without a DHIS2 period type), on its own, for the window."""
    from cl_desktop.exchange.mapping import load

    ctx.require("export.run")
    found, check, _data_set = prepare(ctx.db, load(ctx.db), project_code, period=period, dhis2_periods=format != "adx")
    return CheckReport(project_code, format, len(found), check)
