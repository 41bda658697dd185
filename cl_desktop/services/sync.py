"""Sync actions behind the role checks: what the GUI and scripts call.

The engine (``cl_desktop.sync``) does the work and takes a user name for the
audit trail; this layer decides who may do it. Headquarters administrators
import office bundles; at an office a coordinator imports the return bundle
that headquarters sends back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cl_desktop.services.context import Context
from cl_desktop.sync import conflicts, engine, setup_file


def import_permission(ctx: Context) -> str:
    """Headquarters imports office bundles (administrators); an office imports its return bundle."""
    return "sync.import" if ctx.is_hq else "sync.receive"


class Sync:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.db = ctx.db
        self.user = ctx.actor.username

    def export(self, path: str | Path, *, full: bool = False, office: str | None = None) -> Any:
        self.ctx.require("sync.export")
        return engine.export_bundle(self.db, path, user=self.user, full=full, office=office)

    def import_bundle(self, path: str | Path, progress: Callable[..., Any] | None = None) -> Any:
        self.ctx.require(import_permission(self.ctx))
        return engine.import_bundle(self.db, path, user=self.user, progress=progress)

    def resolve(self, conflict_id: str, *, keep: str | None = None, value: str | None = None) -> None:
        self.ctx.require("conflict.resolve")
        conflicts.resolve(self.db, conflict_id, keep=keep, value=value, user=self.user)

    def merge_children(self, keep_ref: str, other_ref: str) -> dict[str, int]:
        self.ctx.require("duplicate.merge")
        return conflicts.merge_children(self.db, keep_ref, other_ref, user=self.user)

    def add_office(self, *, code: str, name: str, out: str | Path, **options: Any) -> Any:
        self.ctx.require("office.manage")
        return setup_file.add_office(self.db, code=code, name=name, out=out, user=self.user, **options)

    def revoke_office(self, code: str, reason: str) -> None:
        self.ctx.require("office.manage")
        setup_file.revoke_office(self.db, code, reason, self.user)

    def conflicts(self) -> list[dict[str, Any]]:
        self.ctx.require("data.read")
        return conflicts.list_conflicts(self.db)

    def duplicates(self) -> list[dict[str, Any]]:
        self.ctx.require("data.read")
        return conflicts.list_duplicates(self.db)
