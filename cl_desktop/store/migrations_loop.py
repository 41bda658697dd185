"""Schema migration linking monitoring visits to every child they identified and to the referrals made there.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.

``0020_monitoring_visits`` let a child point to one visit (``children.visit_id``: the last one that
found it at work), so a child found at two visits was listed by the second alone. ``visit_children``
holds one row per child a visit identified; the row hangs on the child (``child_id``), so it
travels in sync bundles where the child goes, like a service. Each ``children.visit_id`` becomes
such a row, with a key derived from the visit and the child: every replica that migrates the same
child makes the same row, so nothing needs sending. The column then goes: one place holds the link.

``referrals.visit_id`` names the monitoring visit a referral was made from (started from the visit's
screen, or for a child identified there), so the visit lists its referrals and the referral its visit.

Frozen: this module imports nothing of the application but the migration registry; what it needs
(the synced columns, the key derivation) is written out here as it was when it was released.
"""

from __future__ import annotations

import hashlib
import uuid

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS

# The synced columns as of this migration (schema.SYNC_COLUMNS then).
_SYNC_COLUMNS = """
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
"""


def _link_id(visit_id: str, child_id: str) -> str:
    """The key of a migrated link: UUIDv7-shaped, the same on every replica (as ``ids.stable_id`` then)."""
    code = f"{visit_id}:{child_id}"
    digest = int.from_bytes(hashlib.sha256(f"visit_child\x1f{code}".encode()).digest()[:10], "big")
    value = 0x7 << 76 | (digest >> 68 & 0xFFF) << 64 | 0b10 << 62 | (digest & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


@MIGRATIONS(name="0021_loop_visit_links")
def m0021_loop_visit_links(db: Database) -> None:
    db.execute(
        f"""CREATE TABLE visit_children (
    id TEXT PRIMARY KEY NOT NULL,
    visit_id TEXT NOT NULL REFERENCES monitoring_visits(id),
    child_id TEXT NOT NULL REFERENCES children(id),
{_SYNC_COLUMNS}
) STRICT"""
    )
    # not unique: two offices may each record that a visit found the same child (read as one)
    db.execute("CREATE INDEX visit_children_visit ON visit_children(visit_id, child_id)")
    db.execute("CREATE INDEX visit_children_child ON visit_children(child_id)")
    rows = db.execute(
        "SELECT c.visit_id, c.id, m.office, m.created_at, m.created_by, c.updated_at, c.updated_by "
        "FROM children c JOIN monitoring_visits m ON m.id = c.visit_id WHERE c.visit_id IS NOT NULL"
    ).fetchall()
    db.conn.executemany(
        "INSERT INTO visit_children (id, visit_id, child_id, office, created_at, created_by, updated_at, "
        "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(_link_id(v, c), v, c, office, at, by, up_at, up_by) for v, c, office, at, by, up_at, up_by in rows],
    )
    db.execute("DROP INDEX IF EXISTS children_visit")
    db.execute("ALTER TABLE children DROP COLUMN visit_id")
    db.execute("ALTER TABLE referrals ADD COLUMN visit_id TEXT REFERENCES monitoring_visits(id)")
    db.execute("CREATE INDEX referrals_visit ON referrals(visit_id) WHERE visit_id IS NOT NULL")
