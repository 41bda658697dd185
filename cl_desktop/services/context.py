"""The database plus the acting user: what every service is built from.

Roles and permissions live in ``security.roles``; office settings in ``store.meta``.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.security.roles import Actor, require
from cl_desktop.store.meta import get_meta
from cl_desktop.store.records import Author


class Context:
    """The database plus the acting user: what every service is built from."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def require(self, action: str) -> None:
        require(self.actor, action)

    def author(self, source: str = "form") -> Author:
        return Author(user=self.actor.username, office=self.actor.office, source=source)

    def meta(self, key: str, default: str | None = None) -> str:
        return get_meta(self.db, key, default)

    @property
    def office_code(self) -> str:
        return self.meta("office_code")

    @property
    def is_hq(self) -> bool:
        return self.meta("is_hq") == "1"
