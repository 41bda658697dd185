"""Sync actions behind the role checks: what the GUI and the command line call.

The engine (``cl_desktop.sync``) does the work and takes a user name for the
audit trail; this layer decides who may do it. Headquarters administrators
import office bundles; at an office a coordinator imports the return bundle
that headquarters sends back. Screens and commands reach sync only through
here (``tests/unit/test_layers.py``), never with role checks of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cl_desktop.domain.custom_fields import FieldDef
from cl_desktop.services.context import Context
from cl_desktop.sync import conflicts, engine, setup_file, transfers

REVIEW_PAGE = conflicts.REVIEW_PAGE  # pairs the duplicate review list reads at a time
REVIEW_COUNT_CAP = conflicts.REVIEW_COUNT_CAP  # and counts up to


def import_permission(ctx: Context) -> str:
    """Headquarters imports office bundles (administrators); an office imports its return bundle."""
    return "sync.import" if ctx.is_hq else "sync.receive"


# The demo database keeps a bundle from its sample field office to try (``demo.office``).
DEMO_OFFICE = "KH-DEMO"
DEMO_BUNDLE_KEY = "demo_bundle"
DEMO_BUNDLE_NAME = f"{DEMO_OFFICE}-to-HQ-demo.clbundle"


class Sync:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.db = ctx.db
        self.user = ctx.actor.username

    def export(
        self,
        path: str | Path,
        *,
        full: bool = False,
        office: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Any:
        self.ctx.require("sync.export")
        return engine.export_bundle(self.db, path, user=self.user, full=full, office=office, progress=progress)

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

    def set_scope(self, code: str, *, provinces: list[str] | None, programmes: list[str] | None) -> dict[str, Any]:
        """Change the provinces and programmes an office holds (headquarters)."""
        self.ctx.require("office.manage")
        return setup_file.set_scope(self.db, code, provinces=provinces, programmes=programmes, user=self.user)

    def transfer(self, case_number: str, to_office: str, reason: str = "") -> dict[str, Any]:
        """Hand a child to another office (whoever may edit children may do it)."""
        self.ctx.require("child.write")
        return transfers.transfer_child(self.db, case_number, to_office, user=self.user, reason=reason)

    def offices(self) -> list[dict[str, Any]]:
        self.ctx.require("data.read")
        return setup_file.list_offices(self.db)

    def history(self, limit: int = 500) -> list[dict[str, Any]]:
        self.ctx.require("data.read")
        return engine.bundle_history(self.db, limit)

    def save_history(self, path: str | Path) -> None:
        self.ctx.require("data.read")
        engine.save_history(self.db, path)

    def import_order(self, paths: list[str | Path]) -> list[Path]:
        self.ctx.require(import_permission(self.ctx))
        return engine.import_order(self.db, paths)

    def permission_to_receive(self) -> str:
        """The permission importing takes here (headquarters and offices differ), for a screen to say who may."""
        return import_permission(self.ctx)

    def demo_bundle_waiting(self) -> bool:
        """Whether this is the demo and its sample office's bundle has not been imported yet."""
        from cl_desktop.store.meta import get_meta

        if not self.ctx.is_hq or not get_meta(self.db, DEMO_BUNDLE_KEY):
            return False
        imported = self.db.execute(
            "SELECT 1 FROM sync_bundles WHERE direction = 'import' AND file_name = ?", [DEMO_BUNDLE_NAME]
        ).fetchone()
        return imported is None

    def write_demo_bundle(self, folder: str | Path) -> Path:
        """Write the demo's sample bundle into ``folder`` (to import it like any bundle)."""
        import base64

        from cl_desktop.store.meta import get_meta

        self.ctx.require("data.read")
        path = Path(folder) / DEMO_BUNDLE_NAME
        path.write_bytes(base64.b64decode(get_meta(self.db, DEMO_BUNDLE_KEY)))
        return path

    def scan_duplicates(self, progress: Callable[[int, int], None] | None = None) -> int:
        self.ctx.require("data.read")
        return engine.scan_duplicates(self.db, progress)

    def confirm_duplicate(self, keep_ref: str, other_ref: str) -> None:
        """The two are one child: the other counts in no figure from now on; its records wait for the merge."""
        self.ctx.require("duplicate.merge")
        conflicts.confirm_duplicate(self.db, keep_ref, other_ref, user=self.user)

    def dismiss_duplicate(self, pair_id: str) -> None:
        self.ctx.require("duplicate.merge")
        conflicts.dismiss_duplicate(self.db, pair_id, user=self.user)

    def conflicts(self, status: str = "open") -> list[dict[str, Any]]:
        self.ctx.require("data.read")
        return conflicts.list_conflicts(self.db, status=status)

    def conflict_field(self, conflict: dict[str, Any]) -> FieldDef | None:
        """The definition of the extra field a conflict is about (None for a built-in field), so a screen
        shows its values as the forms do: choice labels, yes/no, dates."""
        self.ctx.require("data.read")
        return conflicts.field_definition(self.db, conflict["table_name"], conflict["row_id"], conflict["field"])

    def duplicates(self) -> list[dict[str, Any]]:
        self.ctx.require("data.read")
        return conflicts.list_duplicates(self.db)

    def duplicates_page(
        self, after: tuple[float, str, str] | None = None, limit: int = REVIEW_PAGE
    ) -> list[dict[str, Any]]:
        """The review queue a page at a time, likeliest first (``after``: the last row's score, found_at, id)."""
        self.ctx.require("data.read")
        return conflicts.duplicates_page(self.db, after=after, limit=limit)

    def duplicates_checked(self) -> tuple[str, int]:
        """When every child was last compared in full ("" if never), and the children not compared since."""
        from cl_desktop.figures.duplicate_queue import freshness

        self.ctx.require("data.read")
        return freshness(self.db)

    def duplicates_count(self, cap: int | None = REVIEW_COUNT_CAP) -> int:
        """Pairs waiting for review, counted up to ``cap + 1`` (None: all of them)."""
        self.ctx.require("data.read")
        return conflicts.open_duplicates_count(self.db, cap)


def database_path(ctx: Context) -> Path | None:
    """The file behind the context's connection, for work on a connection of its own."""
    return engine.database_path(ctx.db)


def init_from_setup(path: str | Path, setup: str | Path, passphrase: str, user: str = "system") -> Any:
    """Create an office database from its setup file (before it exists there is no account to check:
    the passphrase is the proof); ``user`` is who the audit trail names for it."""
    return setup_file.init_from_setup(path, setup, passphrase, user)


def setup_info(path: str | Path) -> dict[str, Any]:
    """What a setup file says about itself, readable without its passphrase."""
    return setup_file.setup_info(path)
