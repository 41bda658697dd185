"""The referral rules: transitions, expected date, overdue, and each refusal in one sentence."""

from __future__ import annotations

from datetime import date

import pytest

from cl_desktop.domain import referrals as r
from cl_desktop.errors import RefusedInput

D = date(2026, 3, 3)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("referred", "accepted"),
        ("referred", "declined"),
        ("referred", "no_response"),
        ("referred", "cancelled"),
        ("no_response", "accepted"),
        ("no_response", "closed"),
        ("accepted", "service_provided"),
        ("accepted", "cancelled"),
        ("service_provided", "closed"),
        ("declined", "closed"),
    ],
)
def test_allowed_transitions(old: str, new: str) -> None:
    r.check_transition(old, new)


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("referred", "service_provided", "cannot become service provided"),
        ("referred", "closed", "cannot become closed"),
        ("accepted", "closed", "cannot become closed"),
        ("declined", "service_provided", "cannot become service provided"),
        ("closed", "accepted", "can no longer change"),
        ("cancelled", "referred", "can no longer change"),
    ],
)
def test_skipped_or_backward_step_is_refused(old: str, new: str, words: str) -> None:
    with pytest.raises(RefusedInput) as e:
        r.check_transition(old, new)
    assert words in str(e.value)
    assert str(e.value).count(".") == 1


def test_unknown_status_is_refused() -> None:
    with pytest.raises(RefusedInput, match="Unknown referral status 'done'"):
        r.check_transition("referred", "done")


def test_expected_date_follows_urgency() -> None:
    assert r.expected_date(D, "emergency") == date(2026, 3, 4)
    assert r.expected_date(D, "high") == date(2026, 3, 10)
    assert r.expected_date(D, "normal") == date(2026, 3, 17)
    assert r.expected_date(D, "low") == date(2026, 4, 2)
    with pytest.raises(RefusedInput, match="Unknown urgency"):
        r.expected_date(D, "urgent")


def test_edited_expected_date_may_not_precede_referral() -> None:
    r.check_expected(D, date(2026, 3, 30))
    with pytest.raises(RefusedInput, match="before the referral date"):
        r.check_expected(D, date(2026, 3, 2))


def test_response_dated_before_referral_is_refused() -> None:
    r.check_event_date(D, D, D)
    with pytest.raises(RefusedInput, match="response date 2026-03-02 is before the referral date 2026-03-03"):
        r.check_event_date(D, D, date(2026, 3, 2))
    with pytest.raises(RefusedInput, match="before the referral's last status change"):
        r.check_event_date(D, date(2026, 3, 10), date(2026, 3, 5))


def test_overdue_unanswered_past_expected_date() -> None:
    expected = date(2026, 3, 17)
    assert not r.is_overdue("referred", expected, D, date(2026, 3, 17))
    assert r.is_overdue("referred", expected, D, date(2026, 3, 18))
    assert r.is_overdue("no_response", expected, D, date(2026, 3, 24))
    # answered: not overdue on the answer date rule
    assert not r.is_overdue("declined", expected, D, date(2026, 5, 1))
    assert not r.is_overdue("closed", expected, D, date(2026, 5, 1))


def test_overdue_accepted_without_service_after_setting() -> None:
    accepted = date(2026, 3, 10)
    assert not r.is_overdue("accepted", date(2026, 3, 17), accepted, date(2026, 4, 9))
    assert r.is_overdue("accepted", date(2026, 3, 17), accepted, date(2026, 4, 10))
    assert not r.is_overdue("accepted", date(2026, 3, 17), accepted, date(2026, 4, 10), service_days=60)
    assert not r.is_overdue("service_provided", date(2026, 3, 17), accepted, date(2027, 1, 1))


def test_unknown_organisation_is_refused() -> None:
    r.check_organisation("Social welfare", {"id": "x", "deleted": 0})
    with pytest.raises(RefusedInput, match="Unknown organisation 'Nobody'"):
        r.check_organisation("Nobody", None)
    with pytest.raises(RefusedInput, match="Unknown organisation 'Gone'"):
        r.check_organisation("Gone", {"id": "y", "deleted": 1})


def test_deleted_child_is_refused() -> None:
    r.check_child("KH-1", {"id": "a", "deleted": 0})
    with pytest.raises(RefusedInput, match="was deleted; a referral cannot be made"):
        r.check_child("KH-1", {"id": "a", "deleted": 1})
    with pytest.raises(RefusedInput, match="No child with case number 'KH-9'"):
        r.check_child("KH-9", None)


def test_consent_is_required() -> None:
    assert r.check_consent(True) is True
    assert r.check_consent("no") is False
    assert r.check_consent("1") is True
    with pytest.raises(RefusedInput, match="Say whether the guardian consents"):
        r.check_consent(None)
    with pytest.raises(RefusedInput, match="must be yes or no"):
        r.check_consent("maybe")
