"""Account management: role-checked, audited, and login follows the changes."""

from __future__ import annotations

import pytest
from factories import ctx_for
from security_world import World

from cl_desktop.cli import main
from cl_desktop.errors import RefusedInput
from cl_desktop.security.roles import Role
from cl_desktop.services import accounts
from cl_desktop.services.accounts import LoginRefused, authenticate


def test_an_administrator_creates_a_clerk_who_can_then_log_in(world: World) -> None:
    admin = ctx_for(world.db, Role.ADMIN, user="hq")
    row = accounts.create_user(admin, "sreymom", "a long password", "clerk", full_name="Srey Mom")
    assert "password_hash" not in row and row["office_code"] == "KH-PNP"
    actor = authenticate(world.db, "sreymom", "a long password")
    assert (actor.role, actor.full_name) == (Role.CLERK, "Srey Mom")
    with pytest.raises(RefusedInput, match="already taken"):
        accounts.create_user(admin, "sreymom", "a long password", "clerk")


@pytest.mark.parametrize(
    ("username", "password", "role", "message"),
    [
        ("a b", "a long password", "clerk", "user name"),
        ("x", "a long password", "clerk", "user name"),
        ("dara", "short", "clerk", "at least 8"),
        ("dara", "dara", "clerk", "at least 8"),
        ("daradara", "DaraDara", "clerk", "must not be the user name"),
        ("dara", "a long password", "boss", "Unknown role"),
    ],
)
def test_bad_accounts_are_refused(world: World, username: str, password: str, role: str, message: str) -> None:
    with pytest.raises(RefusedInput, match=message):
        accounts.create_user(ctx_for(world.db, Role.ADMIN), username, password, role)


def test_an_admin_reset_unlocks_and_replaces_the_password(world: World) -> None:
    for _ in range(accounts.LOCKOUT_AFTER):
        with pytest.raises(LoginRefused):
            authenticate(world.db, "coord", "wrong")
    with pytest.raises(RefusedInput, match="reason"):
        accounts.reset_password(ctx_for(world.db, Role.ADMIN), "coord", "brand new pw", "  ")
    accounts.reset_password(ctx_for(world.db, Role.ADMIN), "coord", "brand new pw", "locked out")
    assert authenticate(world.db, "coord", "brand new pw").username == "coord"
    with pytest.raises(LoginRefused):
        authenticate(world.db, "coord", "pw")


def test_a_user_changes_their_own_password_after_proving_the_old_one(world: World) -> None:
    ctx = ctx_for(world.db, Role.CLERK, user="coord")
    with pytest.raises(LoginRefused, match="current password"):
        accounts.change_own_password(ctx, "wrong", "new password 1")
    accounts.change_own_password(ctx, "pw", "new password 1")
    assert authenticate(world.db, "coord", "new password 1")
    entry = next(world.db.query("SELECT reason, user FROM audit_log ORDER BY seq DESC LIMIT 1"))
    assert entry == {"reason": "password changed", "user": "coord"}


def test_a_deactivated_account_cannot_log_in_and_the_last_admin_stays(world: World) -> None:
    admin = ctx_for(world.db, Role.ADMIN, user="hq")
    accounts.create_user(admin, "hq", "a long password", "admin")
    accounts.deactivate_user(admin, "coord", "left the project")
    with pytest.raises(LoginRefused):
        authenticate(world.db, "coord", "pw")
    with pytest.raises(RefusedInput, match="your own account"):
        accounts.deactivate_user(admin, "hq", "x")
    other = ctx_for(world.db, Role.ADMIN, user="someone")
    with pytest.raises(RefusedInput, match="last active administrator"):
        accounts.deactivate_user(other, "hq", "x")
    accounts.reactivate_user(admin, "coord", "came back")
    assert authenticate(world.db, "coord", "pw").username == "coord"


def test_users_command(world: World, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = world.db.execute("PRAGMA database_list").fetchone()[2]
    world.db.close()
    monkeypatch.setenv("CL_DESKTOP_NEW_PASSWORD", "a long password")
    assert main(["users", "add", "dara", "--db", path, "--role", "clerk", "--name", "Dara"]) == 0
    assert main(["users", "reset-password", "coord", "--db", path, "--reason", "forgot"]) == 0
    assert main(["users", "deactivate", "dara", "--db", path, "--reason", "left"]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--db", path]) == 0
    out = capsys.readouterr().out
    assert "dara" in out and "clerk" in out and "coord" in out
    assert main(["users", "--db", path, "list"]) == 0  # --db before the action works too
    assert "dara" in capsys.readouterr().out
    assert main(["users", "add", "dara", "--db", path, "--role", "clerk"]) == 1
    assert "already taken" in capsys.readouterr().err
