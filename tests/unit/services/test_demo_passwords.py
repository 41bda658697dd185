"""Demo passwords (the user name) are pointed out by check, and a real office never gets one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cl_desktop.cli import main
from cl_desktop.errors import RefusedInput
from cl_desktop.services.setup import create_database


def test_check_names_the_accounts_that_still_have_their_demo_password(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "3 account(s) still have their demo password (the user name)" in out
    assert "admin, clerk, coordinator" in out


def test_check_is_quiet_about_passwords_once_they_are_changed(
    office_db: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    path = office_db.execute("PRAGMA database_list").fetchone()[2]
    office_db.close()
    assert main(["check", "--db", path]) == 0
    assert "demo password" not in capsys.readouterr().out


def test_a_real_office_never_gets_the_user_name_as_password(tmp_path: Path) -> None:
    with pytest.raises(RefusedInput, match="must not be the user name"):
        create_database(
            tmp_path / "office.sqlite",
            office_code="KH-PNP",
            office_name="Phnom Penh",
            hq=False,
            admin_username="Sokha",
            admin_password="sokha",
        )
    assert not (tmp_path / "office.sqlite").exists()
    db = create_database(
        tmp_path / "hq.sqlite",
        office_code="HQ",
        office_name="Headquarters",
        hq=True,
        admin_username="admin",
        admin_password="a real password",
    )
    from factories import ctx_for

    from cl_desktop.services import accounts
    from cl_desktop.sync.setup_file import add_office

    ctx = ctx_for(db)
    accounts.create_user(ctx, "operator-1", "a good password", "clerk", full_name="Operator")
    for attempt in (
        lambda: accounts.create_user(ctx, "clerk-one", "Clerk-One", "clerk", full_name="Clerk"),
        lambda: accounts.reset_password(ctx, "operator-1", " OPERATOR-1 ", "forgotten"),
        lambda: add_office(
            db, code="KH-X", name="X", out=tmp_path / "x.setup", user="admin", admin="boss", password="boss"
        ),
    ):
        with pytest.raises(RefusedInput, match="must not be the user name"):
            attempt()
    assert not (tmp_path / "x.setup").exists()
    db.close()
