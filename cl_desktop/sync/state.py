"""What this database holds from each office, and what its exchange partners have confirmed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from cl_desktop.ids import utc_now
from cl_desktop.sync.keys import own_office


def own_last_seq(db: Database) -> int:
    row = db.execute("SELECT max(office_seq) FROM audit_log WHERE office = ?", [own_office(db)]).fetchone()
    return int(row[0] or 0)


def received(db: Database) -> dict[str, int]:
    """Highest change number held here per origin office, our own included."""
    out = {str(o): int(s) for o, s in db.execute("SELECT origin, seq FROM sync_received").fetchall()}
    for office, seq in db.execute("SELECT office, max(office_seq) FROM audit_log GROUP BY office").fetchall():
        out[office] = max(out.get(office, 0), int(seq))
    return out


def received_from(db: Database, origin: str) -> int:
    row = db.execute("SELECT seq FROM sync_received WHERE origin = ?", [origin]).fetchone()
    last = db.execute("SELECT max(office_seq) FROM audit_log WHERE office = ?", [origin]).fetchone()
    return max(int(row[0]) if row else 0, int(last[0] or 0))


def set_received(db: Database, origin: str, seq: int) -> None:
    db.execute(
        "INSERT INTO sync_received(origin, seq) VALUES (?, ?) "
        "ON CONFLICT(origin) DO UPDATE SET seq = max(seq, excluded.seq)",
        [origin, seq],
    )


def peer(db: Database, code: str) -> dict[str, Any]:
    row = db.execute(
        "SELECT acked_seq, holds, scope_serial, scope_acked FROM sync_peers WHERE peer = ?", [code]
    ).fetchone()
    if row is None:
        return {"acked_seq": 0, "holds": {}, "scope_serial": 0, "scope_acked": 0}
    return {
        "acked_seq": int(row[0]),
        "holds": json.loads(row[1]),
        "scope_serial": int(row[2]),
        "scope_acked": int(row[3]),
    }


def update_peer(
    db: Database,
    code: str,
    *,
    acked_seq: int | None = None,
    holds: Mapping[str, int] | None = None,
    scope_serial: int | None = None,
    scope_acked: int | None = None,
) -> None:
    """Raise what we know of a partner; never lower it (bundles may arrive out of order).

    ``scope_serial``: at headquarters, the last return bundle numbered for the office; at an office,
    the last one taken in. ``scope_acked``: at headquarters, the last one the office confirmed."""
    current = peer(db, code)
    acked = max(current["acked_seq"], acked_seq or 0)
    serial = max(current["scope_serial"], scope_serial or 0)
    confirmed = max(current["scope_acked"], scope_acked or 0)
    merged = dict(current["holds"])
    for origin, seq in (holds or {}).items():
        merged[origin] = max(int(merged.get(origin, 0)), int(seq))
    db.execute(
        "INSERT INTO sync_peers(peer, acked_seq, holds, updated_at, scope_serial, scope_acked) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(peer) DO UPDATE SET acked_seq = excluded.acked_seq, "
        "holds = excluded.holds, updated_at = excluded.updated_at, scope_serial = excluded.scope_serial, "
        "scope_acked = excluded.scope_acked",
        [code, acked, json.dumps(merged, sort_keys=True), utc_now(), serial, confirmed],
    )
