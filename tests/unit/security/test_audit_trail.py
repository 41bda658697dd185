"""The audit trail records every write path, and ``cl-desktop check`` detects tampering with it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for, intake
from security_world import World, household_values

from cl_desktop.cli import main
from cl_desktop.security.roles import Role
from cl_desktop.services import accounts
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.services.periods import Periods
from cl_desktop.services.projects import Projects
from cl_desktop.store.records import GENESIS_HASH, HASHED_FIELDS, entry_hash

# -- every write path lands in the trail ------------------------------------------------

Write = Callable[[Context, World], Any]


def _submit(ctx: Context, w: World) -> Any:
    return Periods(ctx).submit(w.period["id"])


def _approve(ctx: Context, w: World) -> Any:
    _submit(ctx, w)
    return Periods(ctx).approve(w.period["id"])


def _reopen(ctx: Context, w: World) -> Any:
    _approve(ctx, w)
    return Periods(ctx).reopen(w.period["id"], "a figure was wrong")


WRITES: dict[str, tuple[str, str, Write]] = {
    "intake": (
        "children",
        "insert",
        lambda c, w: Children(c).register(intake(w.project, w.programme, w.village, name="Two")),
    ),
    "child edit": ("children", "update", lambda c, w: Children(c).update(w.child["id"], {"notes": "moved"})),
    "child delete": ("children", "delete", lambda c, w: Children(c).delete(w.child["id"], "registered twice")),
    "household": ("households", "insert", lambda c, w: Children(c).register_household(household_values(w.village))),
    "household edit": (
        "households",
        "update",
        lambda c, w: Children(c).update_household(w.household["id"], {"members": 7}),
    ),
    "service": (
        "services",
        "insert",
        lambda c, w: Children(c).record_services(
            {"service_type": "school_supplies", "start_date": "2010-03-01"}, [w.child["id"]]
        ),
    ),
    "follow-up": (
        "follow_ups",
        "insert",
        lambda c, w: Children(c).record_follow_up(
            w.child["id"],
            {
                "visit_date": "2010-04-01",
                "working": False,
                "school_status": "attending_regularly",
                "visited_by": "Field officer",
            },
        ),
    ),
    "programme": (
        "action_programmes",
        "update",
        lambda c, w: Projects(c).update_programme(w.programme["id"], {"title": "Kilns"}),
    ),
    "project": ("projects", "update", lambda c, w: Projects(c).update(w.project["id"], {"title": "Renamed"})),
    "indicator": (
        "indicators",
        "insert",
        lambda c, w: Projects(c).add_indicator(w.project["id"], {"code": "I1", "title": "Children"}),
    ),
    "activity": (
        "activities",
        "insert",
        lambda c, w: Projects(c).record_activity(
            w.project["id"], {"kind": "training", "title": "Teachers", "start_date": "2010-01-01"}
        ),
    ),
    "narrative": (
        "narratives",
        "insert",
        lambda c, w: Projects(c).save_narrative(w.period["id"], "background", "Text"),
    ),
    "period submit": ("reporting_periods", "update", _submit),
    "period approve": ("reporting_periods", "update", _approve),
    "period reopen": ("reporting_periods", "update", _reopen),
    "user create": ("users", "insert", lambda c, w: accounts.create_user(c, "sreymom", "a long password", "clerk")),
    "user deactivate": ("users", "update", lambda c, w: accounts.deactivate_user(c, "coord", "left the project")),
    "password reset": (
        "users",
        "update",
        lambda c, w: accounts.reset_password(c, "coord", "new long password", "forgotten"),
    ),
}


@pytest.mark.parametrize("path", sorted(WRITES))
def test_every_write_path_is_audited_with_who_when_office_and_values(world: World, path: str) -> None:
    table, action, write = WRITES[path]
    ctx = ctx_for(world.db, Role.ADMIN, user="auditor")
    last = world.db.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    write(ctx, world)
    entries = list(world.db.query("SELECT * FROM audit_log WHERE seq > ? ORDER BY seq", [last]))
    mine = [e for e in entries if e["table_name"] == table and e["action"] == action]
    assert mine, f"{path}: no {action} on {table} in {[(e['table_name'], e['action']) for e in entries]}"
    entry = mine[-1]
    assert entry["user"] == "auditor" and entry["office"] == "KH-PNP" and entry["at"]
    changes = json.loads(entry["changes"])
    assert changes and all(isinstance(v, list) and len(v) == 2 for v in changes.values())
    if action == "insert":
        assert all(old is None for old, _ in changes.values())


def test_a_password_reset_is_audited_with_its_reason_and_no_hash(world: World) -> None:
    ctx = ctx_for(world.db, Role.ADMIN, user="hq-admin")
    accounts.reset_password(ctx, "coord", "new long password", "forgot it after leave")
    entry = next(world.db.query("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1"))
    assert entry["reason"] == "password reset: forgot it after leave" and entry["user"] == "hq-admin"
    assert json.loads(entry["changes"])["password_hash"] == ["***", "***"]
    assert "scrypt$" not in "".join(r[0] for r in world.db.execute("SELECT changes FROM audit_log"))


# -- tampering is detected through the command line -------------------------------------


def _unlock(path: Path) -> sqlite3.Connection:
    """What someone with the file and the sqlite3 tool could do: drop the append-only triggers."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    return conn


def _entry(conn: sqlite3.Connection, seq: int) -> dict[str, Any]:
    cur = conn.execute(f"SELECT {', '.join(HASHED_FIELDS)}, hash FROM audit_log WHERE seq = ?", [seq])
    return dict(zip([*HASHED_FIELDS, "hash"], cur.fetchone(), strict=True))


def _change_entry(conn: sqlite3.Connection, seq: int) -> None:
    conn.execute("UPDATE audit_log SET user = 'someone-else' WHERE seq = ?", [seq])


def _remove_entry(conn: sqlite3.Connection, seq: int) -> None:
    conn.execute("DELETE FROM audit_log WHERE seq = ?", [seq])


def _reorder_entries(conn: sqlite3.Connection, seq: int) -> None:
    a, b = _entry(conn, seq), _entry(conn, seq + 1)
    cols = [*HASHED_FIELDS, "hash"]
    conn.execute("UPDATE audit_log SET office_seq = -office_seq WHERE seq IN (?, ?)", [seq, seq + 1])
    for target, values in ((seq, b), (seq + 1, a)):
        conn.execute(
            f"UPDATE audit_log SET {', '.join(f'[{c}] = ?' for c in cols)} WHERE seq = ?",
            [*(values[c] for c in cols), target],
        )


def _rewrite_entry_with_its_own_hash(conn: sqlite3.Connection, seq: int) -> None:
    entry = _entry(conn, seq)
    entry["changes"] = json.dumps({"name": [None, "Somebody else"]})
    conn.execute("UPDATE audit_log SET changes = ?, hash = ? WHERE seq = ?", [entry["changes"], entry_hash(entry), seq])


def _append_forged(conn: sqlite3.Connection, seq: int) -> None:
    last = conn.execute("SELECT max(seq), max(office_seq) FROM audit_log").fetchone()
    forged = {
        "prev_hash": GENESIS_HASH.replace("0", "a"),  # not the hash of the last entry
        "office": "KH-PNP",
        "office_seq": last[1] + 1,
        "at": "2026-01-01T00:00:00.000Z",
        "user": "ghost",
        "action": "delete",
        "table_name": "children",
        "row_id": "x",
        "row_version": 2,
        "base_version": 1,
        "changes": "{}",
        "source": "form",
        "reason": "",
    }
    forged["hash"] = entry_hash(forged)
    cols = list(forged)
    conn.execute(
        f"INSERT INTO audit_log ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})",
        [forged[c] for c in cols],
    )


TAMPERING = {
    "changed entry": (_change_entry, "was altered after it was written"),
    "removed entry": (_remove_entry, "an entry was removed or altered"),
    "reordered entries": (_reorder_entries, "an entry was removed or altered"),
    "entry rewritten with a recomputed hash": (_rewrite_entry_with_its_own_hash, "an entry was removed or altered"),
    "forged entry appended with a recomputed hash": (_append_forged, "an entry was removed or altered"),
}


def _closed_world_path(world: World) -> Path:
    path = Path(world.db.execute("PRAGMA database_list").fetchone()[2])
    world.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    world.db.close()
    return path


def test_check_passes_an_untouched_trail(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    path = _closed_world_path(world)
    assert main(["check", "--db", str(path)]) == 0
    assert "The database file is sound." in capsys.readouterr().out


@pytest.mark.parametrize("kind", sorted(TAMPERING))
def test_check_detects_tampering(world: World, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    tamper, expected = TAMPERING[kind]
    path = _closed_world_path(world)
    conn = _unlock(path)
    seq = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0] // 2
    with conn:
        tamper(conn, seq)
    conn.close()
    assert main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr()
    assert expected in out.out and "failed the check" in out.err
