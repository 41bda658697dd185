"""The referral rules: which status may follow which, when an answer is due, and when it is overdue.

A referral starts *referred*. The organisation answers: *accepted*, *declined*, or nobody answers
(*no_response*, recorded by the office). An accepted referral becomes *service_provided* when the
service was given, then *closed*. A referral not yet closed may be *cancelled*. Declined and
no-response referrals may be closed. Nothing skips a step: a referral is never *service_provided*
before it was accepted.

The answer is expected a number of days after the referral that depends on its urgency (the user
may change the date). A referral is overdue when it is still unanswered past that date, or when it
was accepted and no service followed within a project setting (default 30 days).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum

from cl_desktop.errors import RefusedInput


class Status(StrEnum):
    REFERRED = "referred"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NO_RESPONSE = "no_response"
    SERVICE_PROVIDED = "service_provided"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class Urgency(StrEnum):
    EMERGENCY = "emergency"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


# Days from the referral to the answer expected, by urgency.
RESPONSE_DAYS: Mapping[Urgency, int] = {Urgency.EMERGENCY: 1, Urgency.HIGH: 7, Urgency.NORMAL: 14, Urgency.LOW: 30}

# Days an accepted referral may wait for its service before it is overdue (a project setting).
DEFAULT_SERVICE_DAYS = 30

# The statuses each status may move to.
TRANSITIONS: Mapping[Status, frozenset[Status]] = {
    Status.REFERRED: frozenset({Status.ACCEPTED, Status.DECLINED, Status.NO_RESPONSE, Status.CANCELLED}),
    Status.ACCEPTED: frozenset({Status.SERVICE_PROVIDED, Status.CANCELLED}),
    Status.NO_RESPONSE: frozenset({Status.ACCEPTED, Status.DECLINED, Status.CLOSED, Status.CANCELLED}),
    Status.DECLINED: frozenset({Status.CLOSED}),
    Status.SERVICE_PROVIDED: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset(),
    Status.CANCELLED: frozenset(),
}

# Statuses only a coordinator (or headquarters) may set.
COORDINATOR_STATUSES = frozenset({Status.CANCELLED, Status.CLOSED})

_LABELS = {
    Status.REFERRED: "referred",
    Status.ACCEPTED: "accepted",
    Status.DECLINED: "declined",
    Status.NO_RESPONSE: "no response",
    Status.SERVICE_PROVIDED: "service provided",
    Status.CLOSED: "closed",
    Status.CANCELLED: "cancelled",
}


def status_of(value: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        known = ", ".join(s.value for s in Status)
        raise RefusedInput(f"Unknown referral status {value!r}; use one of: {known}.") from None


def urgency_of(value: str) -> Urgency:
    try:
        return Urgency(value)
    except ValueError:
        known = ", ".join(u.value for u in Urgency)
        raise RefusedInput(f"Unknown urgency {value!r}; use one of: {known}.") from None


def expected_date(referral_date: date, urgency: Urgency | str) -> date:
    """The date an answer is expected, from the urgency (the user may set another)."""
    return referral_date + timedelta(days=RESPONSE_DAYS[urgency_of(str(urgency))])


def check_expected(referral_date: date, expected: date) -> None:
    if expected < referral_date:
        raise RefusedInput(
            f"The expected response date {expected.isoformat()} is before the referral date "
            f"{referral_date.isoformat()}."
        )


def check_transition(current: Status | str, new: Status | str) -> None:
    """Refuse a status change that is not allowed from the current status, in one sentence."""
    old, to = status_of(str(current)), status_of(str(new))
    if to in TRANSITIONS[old]:
        return
    if not TRANSITIONS[old]:
        raise RefusedInput(f"The referral is {_LABELS[old]}; its status can no longer change.")
    allowed = ", ".join(_LABELS[s] for s in sorted(TRANSITIONS[old], key=list(Status).index))
    raise RefusedInput(f"A referral that is {_LABELS[old]} cannot become {_LABELS[to]}; it can become: {allowed}.")


def check_event_date(referral_date: date, last_date: date, event_date: date) -> None:
    """A status change is dated on or after the referral and the change before it."""
    if event_date < referral_date:
        raise RefusedInput(
            f"The response date {event_date.isoformat()} is before the referral date {referral_date.isoformat()}."
        )
    if event_date < last_date:
        raise RefusedInput(
            f"The date {event_date.isoformat()} is before the referral's last status change ({last_date.isoformat()})."
        )


def is_overdue(
    status: Status | str,
    expected: date,
    status_date: date,
    today: date,
    service_days: int = DEFAULT_SERVICE_DAYS,
) -> bool:
    """Unanswered past the expected date, or accepted with no service ``service_days`` after acceptance."""
    s = status_of(str(status))
    if s in (Status.REFERRED, Status.NO_RESPONSE):
        return today > expected
    if s == Status.ACCEPTED:
        return today > status_date + timedelta(days=service_days)
    return False


def check_organisation(name: str, found: Mapping[str, object] | None) -> None:
    """A referral goes to an organisation in the directory (``found`` is its row, or None)."""
    if found is None or found.get("deleted"):
        raise RefusedInput(f"Unknown organisation {name!r}: choose one from the organisations directory.")


def check_child(case_number: str, found: Mapping[str, object] | None) -> None:
    """A referral is made for a child on record (``found`` is its row, or None)."""
    if found is None:
        raise RefusedInput(f"No child with case number {case_number!r}.")
    if found.get("deleted"):
        raise RefusedInput(f"The child {case_number} was deleted; a referral cannot be made for it.")


def check_consent(consent: object) -> bool:
    """The guardian's answer on sharing the child's data must be given (yes or no)."""
    if consent is None or consent == "":
        raise RefusedInput("Say whether the guardian consents to sharing the child's data (yes or no).")
    if isinstance(consent, bool):
        return consent
    text = str(consent).strip().lower()
    if text in ("1", "yes", "true", "y"):
        return True
    if text in ("0", "no", "false", "n"):
        return False
    raise RefusedInput(f"Consent to share must be yes or no, not {consent!r}.")
