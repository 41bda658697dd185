from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cl_desktop.security import passwords
from cl_desktop.security.passwords import hash_password, verify_password
from cl_desktop.security.roles import Role
from cl_desktop.services.accounts import LOCKOUT_AFTER, LoginRefused, authenticate


def test_password_hashes_are_salted_and_verify() -> None:
    a, b = hash_password("secret"), hash_password("secret")
    assert a != b and a.startswith("argon2id$")
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


def test_new_hashes_get_argon2id_at_46_mib_and_2_passes_by_default() -> None:
    assert passwords.Cost("argon2id", 46 * 1024, 2, 1) == passwords.ARGON2ID
    # OWASP: Argon2id 46 MiB with 1 pass (or 19 MiB with 2); scrypt n=2^17, r=8, p=1
    assert passwords.ARGON2ID.memory_kib >= 46 * 1024 and passwords.ARGON2ID.passes >= 2
    assert passwords.Cost("scrypt", 2**17, 8, 1) == passwords.SCRYPT_FALLBACK
    assert passwords.default_cost() == passwords.ARGON2ID  # cryptography's Argon2id is there
    stored = hash_password("a real one 1", passwords.default_cost())
    assert stored.startswith("argon2id$47104$2$1$")
    assert verify_password("a real one 1", stored) and not verify_password("a real one 2", stored)


def _old_scrypt_hash(password: str) -> str:
    """A hash as this program stored it before: scrypt with n=2^14."""
    return hash_password(password, passwords.Cost("scrypt", 2**14, 8, 1))


def test_an_older_hash_is_replaced_at_the_next_successful_sign_in(office_db, monkeypatch) -> None:
    monkeypatch.setattr(passwords, "TEST_COST", None)  # what the application does
    old = _old_scrypt_hash("pw")
    assert old.startswith("scrypt$16384$8$1$") and passwords.needs_rehash(old)
    office_db.execute("UPDATE users SET password_hash = ? WHERE username = 'coord'", [old])
    with pytest.raises(LoginRefused):
        authenticate(office_db, "coord", "wrong")
    assert office_db.execute("SELECT password_hash FROM users WHERE username = 'coord'").fetchone()[0] == old
    authenticate(office_db, "coord", "pw")
    new = office_db.execute("SELECT password_hash FROM users WHERE username = 'coord'").fetchone()[0]
    assert new.startswith("argon2id$47104$2$1$") and not passwords.needs_rehash(new)
    assert authenticate(office_db, "coord", "pw").username == "coord"
    assert office_db.execute("SELECT password_hash FROM users WHERE username = 'coord'").fetchone()[0] == new


@pytest.mark.parametrize(
    "forged",
    [
        "argon2id$4194304$3$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$1048576$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "argon2id$47104$2$1$not base64$x",
        "md5$1$1$1$a$b",
    ],
)
def test_a_forged_stored_hash_cannot_make_sign_in_allocate_gigabytes(forged: str) -> None:
    assert not verify_password("anything", forged)
    assert passwords.needs_rehash(forged)
