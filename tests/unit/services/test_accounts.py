from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cl_desktop.security.passwords import hash_password, verify_password
from cl_desktop.security.roles import Role
from cl_desktop.services.accounts import LOCKOUT_AFTER, LoginRefused, authenticate


def test_password_hashes_are_salted_and_verify() -> None:
    a, b = hash_password("secret"), hash_password("secret")
    assert a != b and a.startswith("scrypt$")
    assert verify_password("secret", a) and not verify_password("Secret", a)
    assert not verify_password("secret", "garbage")


def test_login_returns_the_actor_with_role_and_office(office_db) -> None:
    actor = authenticate(office_db, "coord", "pw")
    assert (actor.username, actor.role, actor.office) == ("coord", Role.COORDINATOR, "KH-PNP")


def test_repeated_failures_lock_the_account_with_back_off(office_db) -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    for _ in range(LOCKOUT_AFTER):
        with pytest.raises(LoginRefused, match="Wrong user name or password"):
            authenticate(office_db, "coord", "wrong", now=now)
    with pytest.raises(LoginRefused, match="try again in"):
        authenticate(office_db, "coord", "pw", now=now + timedelta(seconds=5))
    assert authenticate(office_db, "coord", "pw", now=now + timedelta(minutes=5)).username == "coord"


def test_unknown_user_gets_the_same_message(office_db) -> None:
    with pytest.raises(LoginRefused, match="Wrong user name or password"):
        authenticate(office_db, "nobody", "pw")
