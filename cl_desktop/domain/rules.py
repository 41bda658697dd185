"""The monitoring rules, one function each, so each can be tested and explained.

Work status at intake (and at each follow-up):
  * hazardous child labour — the child works under any hazardous condition;
  * child labour — aged 5-14 working more than 14 h/week, or under 18 working
    more than 40 h/week (both thresholds are project settings); where the project
    counts household chores (``chores_max_hours``, off by default), a child of the
    chores age group doing more than that many hours of chores a week, as national
    definitions do;
  * at high risk — not in child labour but risk factors apply;
  * not at risk — none of the above.

Withdrawn: in child labour at intake, received an education service, and the
follow-ups since then show no child labour for a continuous period (default
3 months): the first clean follow-up after the last one that found child
labour is at least that long before a later clean follow-up, and the latest
follow-up is clean.

Prevented: at high risk at intake, received an education service, and the
latest follow-up since the service found the child out of child labour.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum


class WorkStatus(StrEnum):
    HAZARDOUS = "hazardous"
    CHILD_LABOUR = "child_labour"
    AT_RISK = "at_risk"
    NOT_AT_RISK = "not_at_risk"

    @property
    def in_child_labour(self) -> bool:
        return self in (WorkStatus.HAZARDOUS, WorkStatus.CHILD_LABOUR)


class Outcome(StrEnum):
    WITHDRAWN = "withdrawn"
    PREVENTED = "prevented"
    IN_PROGRESS = "in_progress"


AGE_GROUPS: tuple[tuple[str, int, int], ...] = (
    ("5-8", 5, 8),
    ("9-11", 9, 11),
    ("12-14", 12, 14),
    ("15-17", 15, 17),
)

EDUCATION_SERVICES = frozenset(
    {"formal_education", "nonformal_education", "vocational_training", "school_supplies", "scholarship"}
)
HOUSEHOLD_SERVICES = frozenset({"livelihood"})


@dataclass(frozen=True)
class Thresholds:
    """Project settings that the rules depend on."""

    min_work_age: int = 5
    light_work_max_age: int = 14
    light_work_max_hours: int = 14
    max_hours_under_18: int = 40
    withdrawn_months: int = 3
    attendance_threshold: int = 75
    chores_max_hours: int | None = None  # None: household chores do not count as work
    chores_min_age: int = 5
    chores_max_age: int = 14

    @classmethod
    def from_project(cls, project: dict[str, object]) -> Thresholds:
        names = cls.__dataclass_fields__
        given = {k: project[k] for k in names if k in project}
        # a blank chores limit means chores do not count; every other setting is a number
        kept = {k: v for k, v in given.items() if v is not None or k == "chores_max_hours"}
        return cls(**{k: None if v is None else int(v) for k, v in kept.items()})  # type: ignore[call-overload,arg-type]


@dataclass(frozen=True)
class Explained:
    """A rule's result with the reason, as a message key plus parameters.

    ``reason`` is the English sentence; the GUI and reports translate
    ``reason_key`` with ``params``.
    """

    value: str | None
    reason_key: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        return REASONS[self.reason_key].format(**self.params)


REASONS = {
    "hazardous": "hazardous child labour: age {age}, {hours} h/week, hazards: {hazards}",
    "child_labour_young": "child labour: age {age}, {hours} h/week (more than {limit} h/week under {max_age_plus})",
    "child_labour_hours": "child labour: age {age}, {hours} h/week (more than {limit} h/week under 18)",
    "child_labour_chores": (
        "child labour: age {age}, {chores} h/week of household chores (more than {limit} h/week "
        "at ages {min_age}-{max_age}, the project's setting)"
    ),
    "adult": "aged {age}: no longer a child",
    "at_risk": "at high risk: {factors}",
    "not_at_risk": "not in child labour and no risk factor",
    "not_eligible": "not a target: {status} at intake",
    "no_education": "no education service yet",
    "no_followup": "education service since {service_date}; no follow-up visit since then",
    "relapsed": "found in child labour at the follow-up of {visit_date}",
    "withdrawn": (
        "withdrawn on {outcome_date}: in child labour at intake, education service since "
        "{service_date}, no child labour at follow-ups from {clean_from} to {clean_to} ({months} months or more)"
    ),
    "withdrawn_pending": (
        "no child labour since {clean_from}; withdrawn once a follow-up confirms {months} months "
        "(on or after {due_date})"
    ),
    "prevented": (
        "prevented on {outcome_date}: at high risk at intake, education service since {service_date}, "
        "not in child labour at the latest follow-up ({latest})"
    ),
}


def age_on(birth: date, on: date) -> int:
    """Age in whole years on a date."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


MAX_ESTIMATED_AGE = 30  # an age typed instead of a birth date above this is a typing error


def estimated_birth_date(age: int, on: date) -> date:
    """The birth date recorded for a child whose age in years is all that is known on ``on``.

    Half a year before the birthday ``age`` years earlier: the middle of the year of
    birth that the age allows, so the age on ``on`` comes out as typed. The day is
    capped at 28 so every month has it. Raises ``ValueError`` outside 0-30 years.
    """
    if not 0 <= age <= MAX_ESTIMATED_AGE:
        raise ValueError(f"an estimated age must be from 0 to {MAX_ESTIMATED_AGE} years")
    return date(on.year - age, on.month, min(on.day, 28)) - timedelta(days=182)


def age_group(age: int) -> str | None:
    for name, low, high in AGE_GROUPS:
        if low <= age <= high:
            return name
    return None


def classify_work(
    age: int,
    *,
    working: bool,
    hours_per_week: int,
    hazards: Sequence[str] = (),
    risk_factors: Sequence[str] = (),
    thresholds: Thresholds = Thresholds(),
    chores_hours: int = 0,
) -> Explained:
    """Classify a child's work at one point in time (intake or follow-up).

    Household chores count only where the project sets ``chores_max_hours``: then they decide
    the status when work outside the home does not, and the reason says so.
    """
    t = thresholds
    if age >= 18:
        return Explained(WorkStatus.NOT_AT_RISK, "adult", {"age": age})
    if working and hazards:
        return Explained(
            WorkStatus.HAZARDOUS, "hazardous", {"age": age, "hours": hours_per_week, "hazards": ", ".join(hazards)}
        )
    if working and age <= t.light_work_max_age and hours_per_week > t.light_work_max_hours:
        return Explained(
            WorkStatus.CHILD_LABOUR,
            "child_labour_young",
            {
                "age": age,
                "hours": hours_per_week,
                "limit": t.light_work_max_hours,
                "max_age_plus": t.light_work_max_age + 1,
            },
        )
    if working and hours_per_week > t.max_hours_under_18:
        return Explained(
            WorkStatus.CHILD_LABOUR,
            "child_labour_hours",
            {"age": age, "hours": hours_per_week, "limit": t.max_hours_under_18},
        )
    if (
        t.chores_max_hours is not None
        and t.chores_min_age <= age <= t.chores_max_age
        and chores_hours > t.chores_max_hours
    ):
        return Explained(
            WorkStatus.CHILD_LABOUR,
            "child_labour_chores",
            {
                "age": age,
                "chores": chores_hours,
                "limit": t.chores_max_hours,
                "min_age": t.chores_min_age,
                "max_age": t.chores_max_age,
            },
        )
    if risk_factors:
        return Explained(WorkStatus.AT_RISK, "at_risk", {"factors": ", ".join(risk_factors)})
    return Explained(WorkStatus.NOT_AT_RISK, "not_at_risk")


def add_months(day: date, months: int) -> date:
    """Add calendar months the way SQLite's ``date(d, '+N months')`` does.

    An overflowing day rolls into the next month (30 Nov + 3 months is
    1 Mar), so Python and SQL derivations always agree.
    """
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, 1) + timedelta(days=day.day - 1)


@dataclass(frozen=True)
class Visit:
    visit_date: date
    in_child_labour: bool


def derive_outcome(
    intake_status: WorkStatus | str,
    education_dates: Iterable[date],
    visits: Iterable[Visit],
    *,
    withdrawn_months: int = 3,
) -> Explained:
    """Withdrawn / prevented / in progress, derived from the records, with the reason."""
    status = WorkStatus(intake_status)
    if status is WorkStatus.NOT_AT_RISK:
        return Explained(None, "not_eligible", {"status": status.value})
    starts = sorted(education_dates)
    if not starts:
        return Explained(None, "no_education")
    service = starts[0]
    since = sorted((v for v in visits if v.visit_date >= service), key=lambda v: v.visit_date)
    base: dict[str, object] = {"service_date": service.isoformat()}
    if not since:
        return Explained(Outcome.IN_PROGRESS, "no_followup", base)
    latest = since[-1]
    last_bad = max((v.visit_date for v in since if v.in_child_labour), default=None)
    if last_bad == latest.visit_date:
        return Explained(Outcome.IN_PROGRESS, "relapsed", {**base, "visit_date": latest.visit_date.isoformat()})
    clean = [v.visit_date for v in since if last_bad is None or v.visit_date > last_bad]
    if status is WorkStatus.AT_RISK:
        return Explained(
            Outcome.PREVENTED,
            "prevented",
            {**base, "outcome_date": clean[0].isoformat(), "latest": latest.visit_date.isoformat()},
        )
    due = add_months(clean[0], withdrawn_months)
    reached = [d for d in clean if d >= due]
    if not reached:
        return Explained(
            Outcome.IN_PROGRESS,
            "withdrawn_pending",
            {"clean_from": clean[0].isoformat(), "months": withdrawn_months, "due_date": due.isoformat()},
        )
    return Explained(
        Outcome.WITHDRAWN,
        "withdrawn",
        {
            **base,
            "outcome_date": reached[0].isoformat(),
            "clean_from": clean[0].isoformat(),
            "clean_to": clean[-1].isoformat(),
            "months": withdrawn_months,
        },
    )


@dataclass(frozen=True)
class PeriodSpan:
    code: str
    start: date
    end: date


def period_for(day: date, start_month: int = 10) -> PeriodSpan:
    """The semi-annual reporting period containing ``day``.

    With the default start month (October) the periods are 1 Oct-31 Mar and
    1 Apr-30 Sep; a period's code is its first month, e.g. ``2012-04``.
    """
    second = (start_month + 5) % 12 + 1
    firsts = sorted({start_month, second})
    candidates = [date(y, m, 1) for y in (day.year - 1, day.year) for m in firsts]
    start = max(c for c in candidates if c <= day)
    end = add_months(start, 6) - timedelta(days=1)
    return PeriodSpan(f"{start.year}-{start.month:02d}", start, end)


def periods_between(start: date, end: date, start_month: int = 10) -> list[PeriodSpan]:
    """Every reporting period that overlaps ``start``..``end``."""
    spans = []
    span = period_for(start, start_month)
    while span.start <= end:
        spans.append(span)
        span = period_for(span.end + timedelta(days=1), start_month)
    return spans
