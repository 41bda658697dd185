"""Every action in the permission table is refused to a disallowed role in the service layer.

The GUI hides buttons, but a clerk who calls ``Periods.approve`` directly must be
refused all the same, and nothing may be written.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for, intake
from security_world import World, audit_count, household_values

import cl_desktop
from cl_desktop.errors import PermissionDenied
from cl_desktop.security import backup
from cl_desktop.security.roles import PERMISSIONS, Role, require
from cl_desktop.services import accounts
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.services.periods import Periods
from cl_desktop.services.projects import Projects

PACKAGE = Path(cl_desktop.__file__).parent

# The roles from the issue, written out independently of the table under test.
CLERK_ACTIONS = {"child.write", "household.write", "service.write", "followup.write", "referral.write", "data.read"}
COORDINATOR_ACTIONS = CLERK_ACTIONS | {
    "programme.write",
    "indicator.write",
    "activity.write",
    "narrative.write",
    "report.run",
    "export.run",
    "period.submit",
    "sync.export",
    "sync.receive",
    "backup.run",
    "referral.close",
    "database.encrypt",  # an office's coordinator converts its database at rest (File menu)
}
ADMIN_ACTIONS = set(PERMISSIONS)
EXPECTED = {Role.CLERK: CLERK_ACTIONS, Role.COORDINATOR: COORDINATOR_ACTIONS, Role.ADMIN: ADMIN_ACTIONS}

Call = Callable[[Context, World], Any]


def _submitted(ctx: Context, w: World) -> str:
    Periods(ctx_for(w.db, Role.ADMIN)).submit(w.period["id"])
    return str(w.period["id"])


SERVICE_CALLS: dict[str, list[Call]] = {
    "child.write": [
        lambda ctx, w: Children(ctx).register(intake(w.project, w.programme, w.village, name="Other")),
        lambda ctx, w: Children(ctx).update(w.child["id"], {"notes": "x"}),
        lambda ctx, w: Children(ctx).delete(w.child["id"], "test"),
    ],
    "household.write": [
        lambda ctx, w: Children(ctx).register_household(household_values(w.village)),
        lambda ctx, w: Children(ctx).update_household(w.household["id"], {"members": 6}),
    ],
    "service.write": [
        lambda ctx, w: Children(ctx).record_services(
            {"service_type": "school_supplies", "start_date": "2010-03-01"}, [w.child["id"]]
        )
    ],
    "followup.write": [
        lambda ctx, w: Children(ctx).record_follow_up(
            w.child["id"],
            {
                "visit_date": "2010-04-01",
                "working": False,
                "school_status": "attending_regularly",
                "visited_by": "Field officer",
            },
        )
    ],
    "programme.write": [
        lambda ctx, w: Projects(ctx).create_programme(
            {
                "code": "P2",
                "project_id": w.project["id"],
                "title": "t",
                "start_date": "2009-02-01",
                "end_date": "2010-01-01",
            }
        ),
        lambda ctx, w: Projects(ctx).update_programme(w.programme["id"], {"title": "renamed"}),
    ],
    "indicator.write": [
        lambda ctx, w: Projects(ctx).add_indicator(w.project["id"], {"code": "I1", "title": "t"}),
        lambda ctx, w: Projects(ctx).add_result(w.project["id"], {"level": "objective", "code": "O", "title": "t"}),
    ],
    "activity.write": [
        lambda ctx, w: Projects(ctx).record_activity(
            w.project["id"], {"kind": "training", "title": "t", "start_date": "2010-01-01"}
        )
    ],
    "narrative.write": [lambda ctx, w: Projects(ctx).save_narrative(w.period["id"], "background", "text")],
    "period.submit": [lambda ctx, w: Periods(ctx).submit(w.period["id"])],
    "period.approve": [lambda ctx, w: Periods(ctx).approve(_submitted(ctx, w))],
    "period.reopen": [lambda ctx, w: Periods(ctx).reopen(_submitted(ctx, w), "typo")],
    "project.write": [
        lambda ctx, w: Projects(ctx).create(
            {"code": "X", "title": "t", "start_date": "2009-01-01", "end_date": "2010-01-01"}
        ),
        lambda ctx, w: Projects(ctx).update(w.project["id"], {"title": "renamed"}),
        lambda ctx, w: Periods(ctx).create(
            w.project["id"], {"code": "X", "start_date": "2013-01-01", "end_date": "2013-06-30"}
        ),
    ],
    "user.manage": [
        lambda ctx, w: accounts.list_users(ctx),
        lambda ctx, w: accounts.create_user(ctx, "newclerk", "long enough pw", Role.CLERK),
        lambda ctx, w: accounts.reset_password(ctx, "coord", "long enough pw", "forgot"),
        lambda ctx, w: accounts.deactivate_user(ctx, "coord", "left"),
    ],
    "backup.run": [lambda ctx, w: backup.make_backup(_db_file(w), actor=ctx.actor)],
    "backup.restore": [lambda ctx, w: backup.restore_backup(_db_file(w), _db_file(w), actor=ctx.actor)],
}


def _db_file(w: World) -> Path:
    return Path(w.db.execute("PRAGMA database_list").fetchone()[2])


DENIED = [(action, role) for action in PERMISSIONS for role in Role if role not in PERMISSIONS[action]]


def test_the_permission_table_matches_the_roles_of_the_issue() -> None:
    for role, allowed in EXPECTED.items():
        assert {a for a, roles in PERMISSIONS.items() if role in roles} == allowed, role


@pytest.mark.parametrize(("action", "role"), DENIED, ids=[f"{a}-{r.value}" for a, r in DENIED])
def test_a_disallowed_role_is_refused_and_nothing_is_written(world: World, action: str, role: Role) -> None:
    ctx = ctx_for(world.db, role, user=f"a-{role.value}")
    with pytest.raises(PermissionDenied, match=f"A {role.value} may not"):
        require(ctx.actor, action)
    for call in SERVICE_CALLS.get(action, []):
        before = audit_count(world.db)
        snapshot = _rows(world)
        with pytest.raises(PermissionDenied):
            call(ctx, world)
        # _submitted may legitimately write as an administrator first; nothing else may change.
        if action not in ("period.approve", "period.reopen"):
            assert audit_count(world.db) == before
            assert _rows(world) == snapshot


def _rows(world: World) -> list[Any]:
    return [
        list(world.db.execute(f"SELECT id, version, deleted FROM [{t}] ORDER BY id"))
        for t in ("children", "households", "services", "follow_ups", "users", "projects", "action_programmes")
    ]


def test_a_clerk_cannot_approve_a_period_even_by_calling_the_service(world: World) -> None:
    admin = Periods(ctx_for(world.db, Role.ADMIN))
    admin.submit(world.period["id"])
    for role in (Role.CLERK, Role.COORDINATOR):
        with pytest.raises(PermissionDenied, match="approve a reporting period"):
            Periods(ctx_for(world.db, role)).approve(world.period["id"])
    assert admin.get(world.period["id"])["status"] == "submitted"
    assert admin.approve(world.period["id"])["status"] == "approved"


@pytest.mark.parametrize("action", sorted(SERVICE_CALLS))
def test_an_allowed_role_passes_the_same_service_calls(world: World, action: str) -> None:
    """The refusals above are about the role, not a broken call: the lowest allowed role succeeds."""
    role = min(PERMISSIONS[action], key=[Role.CLERK, Role.COORDINATOR, Role.ADMIN].index)
    call = SERVICE_CALLS[action][0]
    if action == "backup.restore":
        path = _db_file(world)
        source = backup.make_backup(path)
        actor = ctx_for(world.db, role).actor
        world.db.close()
        backup.restore_backup(path, source, actor=actor)
        return
    call(ctx_for(world.db, role), world)


# -- every service entry point that starts with a role check refuses when called directly --


def _guarded_entry_points() -> list[tuple[str, str, str]]:
    """(module, qualname, action) of each function or method whose first statement is ``…require("action")``."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        if rel.parts[1] == "ui" or rel.name == "__main__":
            continue
        module = ".".join(rel.parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            bodies: list[tuple[str, ast.FunctionDef]] = []
            if isinstance(node, ast.ClassDef):
                bodies = [(f"{node.name}.{f.name}", f) for f in node.body if isinstance(f, ast.FunctionDef)]
            elif isinstance(node, ast.Module):
                bodies = [(f.name, f) for f in node.body if isinstance(f, ast.FunctionDef)]
            for qualname, func in bodies:
                action = _first_require(func)
                if action:
                    found.append((module, qualname, action))
    return found


def _first_require(func: ast.FunctionDef) -> str | None:
    body = func.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # docstring
    if not body or not isinstance(body[0], ast.Expr) or not isinstance(body[0].value, ast.Call):
        return None
    call = body[0].value
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    if name != "require" or not call.args or not isinstance(call.args[-1], ast.Constant):
        return None
    return str(call.args[-1].value)


ENTRY_POINTS = _guarded_entry_points()


def test_the_scan_finds_the_known_entry_points() -> None:
    names = {q for _, q, _ in ENTRY_POINTS}
    assert {"Periods.approve", "Children.register", "create_user", "reset_password", "Dashboard.compute"} <= names
    assert all(action in PERMISSIONS for _, _, action in ENTRY_POINTS), "a require() names an unknown action"


GUARDED = [e for e in ENTRY_POINTS if set(Role) - PERMISSIONS[e[2]]]


@pytest.mark.parametrize(("module", "qualname", "action"), GUARDED, ids=[f"{m}:{q}" for m, q, _ in GUARDED])
def test_every_guarded_entry_point_refuses_directly(world: World, module: str, qualname: str, action: str) -> None:
    denied = [r for r in Role if r not in PERMISSIONS[action]]
    ctx = ctx_for(world.db, denied[0], user="intruder")
    target: Any = importlib.import_module(module)
    owner_name, _, func_name = qualname.rpartition(".")
    if owner_name:
        cls = getattr(target, owner_name)
        params = list(inspect.signature(cls.__init__).parameters)[1:]
        if len(params) != 1:
            pytest.skip(f"{owner_name} is not built from a context alone")
        func = getattr(cls(ctx), func_name)
        n = len(inspect.signature(func).parameters)
        args: list[Any] = [None] * n
    else:
        func = getattr(target, func_name)
        params = list(inspect.signature(func).parameters)
        args = [ctx] + [None] * (len(params) - 1)
        if params[0] not in ("ctx", "context"):
            pytest.skip(f"{qualname} takes no context first")
    required = [
        p
        for p in inspect.signature(func).parameters.values()
        if p.kind == p.KEYWORD_ONLY and p.default is inspect.Parameter.empty
    ]
    kwargs = {p.name: None for p in required}
    positional = [
        p for p in inspect.signature(func).parameters.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    args = args[: len(positional)]
    before = audit_count(world.db)
    with pytest.raises(PermissionDenied):
        result = func(*args, **kwargs)
        if inspect.isgenerator(result):  # a generator checks the role on its first step
            next(result)
    assert audit_count(world.db) == before
