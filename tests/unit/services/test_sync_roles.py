"""Sync actions check the role in the service layer, not only in the Sync page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for

from cl_desktop.errors import PermissionDenied
from cl_desktop.security.roles import Role
from cl_desktop.services.sync import Sync, import_permission


@pytest.mark.parametrize(
    ("role", "call"),
    [
        (Role.CLERK, lambda s, tmp: s.export(tmp / "x.clbundle")),
        (Role.COORDINATOR, lambda s, tmp: s.resolve("nothing", keep="local")),
        (Role.COORDINATOR, lambda s, tmp: s.merge_children("A", "B")),
        (Role.COORDINATOR, lambda s, tmp: s.add_office(code="KH-X", name="X", out=tmp / "setup")),
        (Role.COORDINATOR, lambda s, tmp: s.revoke_office("KH-X", "lost laptop")),
        (Role.CLERK, lambda s, tmp: s.import_bundle(tmp / "x.clbundle")),
    ],
)
def test_a_disallowed_role_is_refused_before_anything_happens(
    demo_db: Any, tmp_path: Path, role: Role, call: Any
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = demo_db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(PermissionDenied):
        call(Sync(ctx_for(demo_db, role, "someone")), out)
    assert demo_db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    assert not list(out.iterdir())


def test_headquarters_imports_need_an_administrator_and_offices_a_coordinator(demo_db: Any, office_db: Any) -> None:
    assert import_permission(ctx_for(demo_db, Role.ADMIN)) == "sync.import"
    assert import_permission(ctx_for(office_db, Role.COORDINATOR)) == "sync.receive"
    assert ctx_for(office_db, Role.COORDINATOR).actor.can("sync.receive")
    assert not ctx_for(demo_db, Role.COORDINATOR).actor.can("sync.import")
