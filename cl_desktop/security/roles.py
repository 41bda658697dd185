"""Who is acting, and what their role lets them do.

Every service call checks the role here, not only the GUI hiding buttons: a
clerk who calls ``periods.approve`` directly is refused all the same. Sync,
backup and the services all check against this one table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlite_utils import Database

from cl_desktop.errors import PermissionDenied
from cl_desktop.store.meta import get_meta


class Role(StrEnum):
    CLERK = "clerk"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


_CLERK = frozenset({Role.CLERK, Role.COORDINATOR, Role.ADMIN})
_COORDINATOR = frozenset({Role.COORDINATOR, Role.ADMIN})
_ADMIN = frozenset({Role.ADMIN})

PERMISSIONS: dict[str, frozenset[Role]] = {
    "child.write": _CLERK,
    "household.write": _CLERK,
    "service.write": _CLERK,
    "followup.write": _CLERK,
    "referral.write": _CLERK,
    "referral.close": _COORDINATOR,
    "data.read": _CLERK,
    "programme.write": _COORDINATOR,
    "indicator.write": _COORDINATOR,
    "activity.write": _COORDINATOR,
    "narrative.write": _COORDINATOR,
    "report.run": _COORDINATOR,
    "export.run": _COORDINATOR,
    "period.submit": _COORDINATOR,
    "sync.export": _COORDINATOR,
    "sync.receive": _COORDINATOR,
    "backup.run": _COORDINATOR,
    "database.encrypt": _COORDINATOR,
    "project.write": _ADMIN,
    "reference.write": _ADMIN,
    "sync.import": _ADMIN,
    "conflict.resolve": _ADMIN,
    "duplicate.merge": _ADMIN,
    "office.manage": _ADMIN,
    "user.manage": _ADMIN,
    "period.approve": _ADMIN,
    "period.reopen": _ADMIN,
    "backup.restore": _ADMIN,
}

ACTION_NAMES = {
    "child.write": "register or edit children",
    "household.write": "register or edit households",
    "service.write": "record services",
    "followup.write": "record follow-up visits",
    "referral.write": "record referrals and their answers",
    "referral.close": "cancel or close referrals",
    "data.read": "read records",
    "programme.write": "manage action programmes",
    "indicator.write": "manage indicators and targets",
    "activity.write": "record activities",
    "narrative.write": "write narratives",
    "report.run": "print reports",
    "export.run": "export lists",
    "period.submit": "submit a reporting period",
    "sync.export": "export sync bundles",
    "sync.receive": "import the bundle headquarters sent back",
    "backup.run": "make backups",
    "database.encrypt": "encrypt the database",
    "project.write": "edit projects",
    "reference.write": "edit reference lists",
    "sync.import": "import sync bundles",
    "conflict.resolve": "resolve conflicts",
    "duplicate.merge": "merge duplicate children",
    "office.manage": "manage offices",
    "user.manage": "manage users",
    "period.approve": "approve a reporting period",
    "period.reopen": "reopen a reporting period",
    "backup.restore": "restore a backup",
}


@dataclass(frozen=True)
class Actor:
    username: str
    role: Role
    office: str
    full_name: str = ""

    def can(self, action: str) -> bool:
        return self.role in PERMISSIONS[action]


def require(actor: Actor, action: str) -> None:
    if not actor.can(action):
        raise PermissionDenied(
            f"A {actor.role.value} may not {ACTION_NAMES.get(action, action)}; ask a "
            f"{'headquarters administrator' if PERMISSIONS[action] == _ADMIN else 'coordinator'}."
        )


def system_actor(db: Database, source_user: str = "system") -> Actor:
    """An administrator identity for CLI commands and set-up, in the database's own office."""
    return Actor(username=source_user, role=Role.ADMIN, office=get_meta(db, "office_code", "HQ"))
