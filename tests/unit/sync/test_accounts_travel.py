"""Password hashes travel only where they are used: an office holds its own accounts, headquarters
holds everyone's, and no office ever holds headquarters' or another office's accounts."""

from __future__ import annotations

from pathlib import Path

import pytest
from replicas import Network

from cl_desktop.errors import KnownError
from cl_desktop.security.roles import Role
from cl_desktop.services.accounts import create_user, reset_password, verify_password
from cl_desktop.sync.setup_file import add_office, init_from_setup


def usernames(net: Network, code: str) -> set[str]:
    return {r[0] for r in net.dbs[code].execute("SELECT username FROM users")}


def test_a_setup_file_carries_only_the_new_offices_own_accounts(net: Network, tmp_path: Path) -> None:
    hq = net.dbs["HQ"]
    create_user(net.ctx("HQ"), "hq-admin", "hq admin pass 1", Role.ADMIN, office_code="HQ")
    create_user(net.ctx("HQ"), "b-clerk", "b clerk pass 1", Role.CLERK, office_code="KH-B")
    add_office(
        hq,
        code="KH-C",
        name="Office C",
        out=tmp_path / "c.setup",
        user="admin",
        passphrase="pw-c",
        admin="c-coordinator",
        password="c coordinator 1",
    )
    office = init_from_setup(tmp_path / "c.sqlite", tmp_path / "c.setup", "pw-c")
    try:
        assert {r[0] for r in office.execute("SELECT username FROM users")} == {"c-coordinator"}
        stored = office.execute("SELECT password_hash FROM users WHERE username = 'c-coordinator'").fetchone()[0]
        assert verify_password("c coordinator 1", stored)
        assert office.execute("SELECT count(*) FROM offices WHERE code = 'KH-B'").fetchone()[0] == 1  # public only
        raw = (tmp_path / "c.sqlite").read_bytes()
        for other in (b"hq-admin", b"b-clerk"):
            assert other not in raw
    finally:
        office.close()


def test_return_bundles_carry_only_the_offices_own_accounts(net: Network) -> None:
    create_user(net.ctx("HQ"), "hq-admin", "hq admin pass 1", Role.ADMIN, office_code="HQ")
    create_user(net.ctx("HQ"), "a-clerk", "a clerk pass 1", Role.CLERK, office_code="KH-A")
    create_user(net.ctx("KH-B"), "b-clerk", "b clerk pass 1", Role.CLERK, office_code="KH-B")
    net.sync_all()
    assert usernames(net, "KH-A") == {"a-clerk"}
    assert usernames(net, "KH-B") == {"b-clerk"}
    assert {"hq-admin", "a-clerk", "b-clerk"} <= usernames(net, "HQ")
    # the office's own password change reaches headquarters (the account's other home) and no one else
    reset_password(net.ctx("KH-B"), "b-clerk", "b clerk pass 2", "forgotten")
    net.sync_all()
    hq_hash = net.dbs["HQ"].execute("SELECT password_hash FROM users WHERE username = 'b-clerk'").fetchone()[0]
    assert verify_password("b clerk pass 2", hq_hash)
    assert "b-clerk" not in usernames(net, "KH-A")
    # headquarters' account changes never reach offices either
    reset_password(net.ctx("HQ"), "hq-admin", "hq admin pass 2", "rotated")
    net.sync_all()
    assert usernames(net, "KH-A") == {"a-clerk"}
    assert b"hq-admin" not in (net.folder / "KH-A.sqlite").read_bytes()


def test_headquarters_cannot_reset_an_office_accounts_password(net: Network) -> None:
    create_user(net.ctx("KH-A"), "a-clerk", "a clerk pass 1", Role.CLERK, office_code="KH-A")
    net.sync_all()
    with pytest.raises(KnownError, match="its password is set there"):
        reset_password(net.ctx("HQ"), "a-clerk", "hq chose this 1", "forgotten")
    # the administrator at headquarters may still deactivate it; that travels to the office
    from cl_desktop.services.accounts import deactivate_user

    deactivate_user(net.ctx("HQ"), "a-clerk", "left the project")
    net.sync_all()
    assert net.dbs["KH-A"].execute("SELECT active FROM users WHERE username = 'a-clerk'").fetchone()[0] == 0


def test_an_office_cannot_reset_headquarters_administrator_because_it_never_holds_it(net: Network) -> None:
    create_user(net.ctx("HQ"), "hq-admin", "hq admin pass 1", Role.ADMIN, office_code="HQ")
    net.sync_all()
    with pytest.raises(KnownError):
        reset_password(net.ctx("KH-A"), "hq-admin", "office knows 1", "take over")
