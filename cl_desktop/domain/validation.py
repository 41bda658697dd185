"""Field validation with the domain rules.

Validators take the values a form or an import row supplies (strings or
typed values) and return the cleaned values or raise ``ValidationError``
whose messages name the field. Each message also has a code and parameters
(``FieldError``) so the GUI can show it in the user's language.
"""

from __future__ import annotations

import calendar
import dataclasses
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from cl_desktop.domain.rules import age_on
from cl_desktop.errors import ValidationError

MESSAGES: dict[str, str] = {
    "required": "{field} is required.",
    "bad_date": "{field} must be a date written as YYYY-MM-DD (got “{value}”).",
    "bad_day": "{field}: {month_name} has {days} days in {year}.",
    "bad_month": "{field}: a year has 12 months (got “{value}”).",
    "future_date": "{field} cannot be in the future ({value}).",
    "bad_number": "{field} must be a whole number (got “{value}”).",
    "bad_amount": "{field} must be a number (got “{value}”).",
    "negative": "{field} cannot be negative.",
    "too_large": "{field} cannot be more than {maximum}.",
    "choice": "{field} must be one of: {choices}.",
    "age_range": "{field}: the child must be aged {low}-{high} at intake (age {age}).",
    "before": "{field} cannot be before {other} ({other_value}).",
    "after": "{field} cannot be after {other} ({other_value}).",
    "outside_programme": "{field} ({value}) is outside the action programme's dates ({start} to {end}).",
    "duplicate": "{field} “{value}” is already used by another record.",
    "too_long": "{field} is too long ({length} characters; at most {maximum}).",
    "period_locked": "{field} ({value}) falls in the approved reporting period {period}; it is locked.",
    "not_found": "{field}: “{value}” does not exist.",
    "no_children": "{field}: choose at least one child.",
    "out_of_range": "{field} must be from {minimum} to {maximum} (got “{value}”).",
    "needs_work": "{field} is recorded only for a child who works.",
    "too_small": "{field} cannot be less than {minimum}.",
}

MAX_TEXT = 10_000
_ISO_SHAPE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# English month names for the messages (``calendar.month_name`` follows the process locale).
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
Day = date  # the Checker.date method shadows the class inside the class body


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    def message(self, label: str | None = None) -> str:
        return MESSAGES[self.code].format(field=label or self.field, **self.params)


class Invalid(ValidationError):
    """ValidationError carrying the structured errors for translation."""

    def __init__(self, errors: Iterable[FieldError], labels: Mapping[str, str] | None = None) -> None:
        self.field_errors = list(errors)
        labels = labels or {}
        super().__init__({e.field: e.message(labels.get(e.field, humanize(e.field))) for e in self.field_errors})


def humanize(name: str) -> str:
    return name.replace("_", " ").capitalize()


class Checker:
    """Collects every field error of a form at once, then raises them together."""

    def __init__(self, values: Mapping[str, Any], labels: Mapping[str, str] | None = None) -> None:
        self.values = values
        self.labels = dict(labels or {})
        self.errors: list[FieldError] = []
        self.clean: dict[str, Any] = {}

    def fail(self, name: str, code: str, **params: Any) -> None:
        if not any(e.field == name for e in self.errors):
            self.errors.append(FieldError(name, code, params))

    def ok(self, name: str) -> bool:
        return not any(e.field == name for e in self.errors)

    def raw(self, name: str) -> Any:
        value = self.values.get(name)
        if isinstance(value, str):
            value = value.strip()
            return value if value != "" else None
        return value

    def text(self, name: str, *, required: bool = False, maximum: int = MAX_TEXT) -> str:
        value = self.raw(name)
        value = "" if value is None else str(value)
        if required and not value:
            self.fail(name, "required")
        elif len(value) > maximum:
            self.fail(name, "too_long", length=len(value), maximum=maximum)
        self.clean[name] = value
        return str(value)

    def date(
        self, name: str, *, required: bool = False, today: Day | None = None, allow_future: bool = False
    ) -> Day | None:
        value = self.raw(name)
        result: Day | None = None
        if value is None:
            if required:
                self.fail(name, "required")
        elif isinstance(value, date):
            result = value
        else:
            text = str(value)
            try:
                iso = len(text) == 10 or text[10:11] in ("T", " ")
                result = date.fromisoformat(text[:10]) if iso else None
            except ValueError:
                result = None
            if result is None:
                self._fail_date(name, text)
        if result is not None and not allow_future and result > (today or date.today()):
            self.fail(name, "future_date", value=result.isoformat())
            result = None
        self.clean[name] = result.isoformat() if result else None
        return result

    def _fail_date(self, name: str, text: str) -> None:
        """Say what is wrong with a date written as ISO: no such month, or no such day in that month."""
        shaped = _ISO_SHAPE.fullmatch(text[:10]) if len(text) == 10 else None
        if shaped is None:
            self.fail(name, "bad_date", value=text)
            return
        year, month = int(shaped.group(1)), int(shaped.group(2))
        if year < 1:
            self.fail(name, "bad_date", value=text)
        elif not 1 <= month <= 12:
            self.fail(name, "bad_month", value=text)
        else:
            days = calendar.monthrange(year, month)[1]
            self.fail(name, "bad_day", value=text, month=month, month_name=_MONTHS[month - 1], days=days, year=year)

    def integer(
        self,
        name: str,
        *,
        required: bool = False,
        minimum: int | None = 0,
        maximum: int | None = None,
        default: int | None = None,
    ) -> int | None:
        value = self.raw(name)
        result: int | None = None
        if value is None:
            if required:
                self.fail(name, "required")
            result = default
        elif isinstance(value, bool):
            result = int(value)
        elif isinstance(value, int):
            result = value
        elif isinstance(value, float) and value.is_integer():
            result = int(value)
        else:
            try:
                result = int(str(value))
            except ValueError:
                self.fail(name, "bad_number", value=value)
        if result is not None and minimum is not None and result < minimum:
            self.fail(name, "negative" if minimum == 0 else "too_large", maximum=minimum)
            result = None
        if result is not None and maximum is not None and result > maximum:
            self.fail(name, "too_large", maximum=maximum)
            result = None
        self.clean[name] = result
        return result

    def amount(self, name: str, *, required: bool = False, default: float = 0.0) -> float:
        value = self.raw(name)
        result = default
        if value is None:
            if required:
                self.fail(name, "required")
        else:
            try:
                result = float(str(value).replace(",", ""))
            except ValueError:
                self.fail(name, "bad_amount", value=value)
            else:
                if result < 0:
                    self.fail(name, "negative")
        self.clean[name] = result
        return result

    def decimal(self, name: str, *, minimum: float, maximum: float) -> float | None:
        """An optional number with decimals within ``minimum``-``maximum`` (a latitude, a longitude); blank is None."""
        value = self.raw(name)
        result: float | None = None
        if value is not None and not isinstance(value, bool):
            try:
                result = float(str(value).strip().replace(",", "."))
            except ValueError:
                self.fail(name, "bad_amount", value=value)
            else:
                if not minimum <= result <= maximum:  # NaN fails too
                    self.fail(name, "out_of_range", minimum=minimum, maximum=maximum, value=value)
                    result = None
        elif isinstance(value, bool):
            self.fail(name, "bad_amount", value=value)
        self.clean[name] = result
        return result

    def optional_boolean(self, name: str) -> bool | None:
        """Yes, no or not asked (blank): stored as 1, 0 or NULL."""
        value = self.raw(name)
        if value is None:
            self.clean[name] = None
            return None
        result = self.boolean(name)
        return result

    def choice(self, name: str, choices: Iterable[str], *, required: bool = False, default: str = "") -> str:
        value = self.raw(name)
        allowed = list(choices)
        if value is None:
            if required:
                self.fail(name, "required")
            value = default
        elif str(value) not in allowed:
            self.fail(name, "choice", choices=", ".join(allowed))
        self.clean[name] = str(value)
        return str(value)

    def codes(self, name: str, choices: Iterable[str]) -> list[str]:
        """A list of reference codes, given as a list or a JSON/comma-separated string."""
        value = self.values.get(name)
        items: list[str]
        if value is None or value == "":
            items = []
        elif isinstance(value, str):
            try:
                parsed = json.loads(value)
                items = [str(v) for v in parsed] if isinstance(parsed, list) else [value]
            except ValueError:
                items = [v.strip() for v in value.replace(";", ",").split(",") if v.strip()]
        else:
            items = [str(v) for v in value]
        allowed = set(choices)
        bad = [i for i in items if i not in allowed]
        if bad:
            self.fail(name, "choice", choices=", ".join(sorted(allowed)))
        self.clean[name] = json.dumps(items, ensure_ascii=False)
        return items

    def boolean(self, name: str, default: bool = False) -> bool:
        value = self.raw(name)
        if value is None:
            result = default
        elif isinstance(value, str):
            result = value.lower() in ("1", "true", "yes", "y", "x", "on")
        else:
            result = bool(value)
        self.clean[name] = int(result)
        return result

    def not_before(self, name: str, value: Day | None, other: str, other_value: Day | None) -> None:
        if value and other_value and value < other_value and self.ok(name):
            self.fail(
                name, "before", other=self.labels.get(other, humanize(other)), other_value=other_value.isoformat()
            )

    def not_after(self, name: str, value: Day | None, other: str, other_value: Day | None) -> None:
        if value and other_value and value > other_value and self.ok(name):
            self.fail(name, "after", other=self.labels.get(other, humanize(other)), other_value=other_value.isoformat())

    def finish(self) -> dict[str, Any]:
        if self.errors:
            raise Invalid(self.errors, self.labels)
        return self.clean


def check_intake_age(
    checker: Checker, birth: Day | None, intake: Day | None, low: int = 5, high: int = 17
) -> int | None:
    if not birth or not intake:
        return None
    age = age_on(birth, intake)
    if not low <= age <= high:
        checker.fail("birth_date", "age_range", low=low, high=high, age=age)
    if birth > intake:
        checker.fail(
            "birth_date",
            "after",
            other=checker.labels.get("intake_date", "Intake date"),
            other_value=intake.isoformat(),
        )
    return age


def check_within(checker: Checker, name: str, value: Day | None, start: str | None, end: str | None) -> None:
    """A date must fall within an action programme's dates."""
    if value is None or not start or not end or not checker.ok(name):
        return
    if not date.fromisoformat(start) <= value <= date.fromisoformat(end):
        checker.fail(name, "outside_programme", value=value.isoformat(), start=start, end=end)


def refuse_work_details(checker: Checker, details: Mapping[str, Any]) -> None:
    """A child who does not work has no hours, activities, sector or hazards: refuse each one given.

    The forms disable and clear these fields when "the child works" is unticked; this is the same rule
    for every other way in (spreadsheet and Kobo imports, the command line).
    """
    for name, value in details.items():
        if value not in (None, "", 0, [], ()):
            checker.fail(name, "needs_work")
