"""Random edits and exchanges over three replicas: they converge, and no edit vanishes unrecorded."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from replicas import Network, content

from cl_desktop.sync.conflicts import list_conflicts, resolve

REPLICAS = ("HQ", "KH-A", "KH-B")

edit = st.tuples(st.just("edit"), st.sampled_from(REPLICAS), st.integers(0, 1), st.sampled_from(["notes", "hours"]))
delete = st.tuples(st.just("delete"), st.sampled_from(REPLICAS), st.integers(0, 1), st.just(""))
send = st.tuples(st.just("send"), st.sampled_from(REPLICAS[1:]), st.just(0), st.just(""))
answer = st.tuples(st.just("return"), st.sampled_from(REPLICAS[1:]), st.just(0), st.just(""))
resend = st.tuples(st.just("resend"), st.sampled_from(REPLICAS[1:]), st.integers(0, 5), st.just(""))
operations = st.lists(st.one_of(edit, edit, delete, send, answer, resend), max_size=10)


@pytest.fixture(scope="session")
def seeded_template(network_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The network with two children registered at headquarters and passed to both offices."""
    folder = tmp_path_factory.mktemp("seeded")
    net = Network(folder, template=network_template)
    net.register("HQ", name="សុខ ស្រីមុំ")
    net.register("HQ", name="ចាន់ ដារ៉ា", sex="M", case_number="KH-X-000002")
    net.sync_all()
    net.close()
    return folder


@settings(
    max_examples=int(os.environ.get("SYNC_EXAMPLES", "25")),
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(ops=operations)
def test_replicas_converge_and_every_edit_is_applied_or_queued(seeded_template: Path, ops: list) -> None:
    folder = Path(tempfile.mkdtemp(prefix="sync-prop-"))
    net = Network(folder, template=seeded_template)
    try:
        run(net, ops)
    finally:
        net.close()
        shutil.rmtree(folder, ignore_errors=True)


def run(net: Network, ops: list[tuple[str, str, int, str]]) -> None:
    children = [r[0] for r in net.dbs["HQ"].execute("SELECT id FROM children ORDER BY case_number")]
    sent: dict[str, list[Path]] = {"KH-A": [], "KH-B": []}
    edits: list[tuple[str, int, str]] = []  # (office, office_seq, column) of every office edit
    counter = 0
    for kind, where, n, field in ops:
        before = {c: _last(net, c) for c in REPLICAS}
        if kind == "edit":
            counter += 1
            column, value = ("notes", f"note {counter}") if field == "notes" else ("hours_per_week", 100 + counter)
            net.edit(where, "children", children[n], **{column: value})
            if where != "HQ" and _last(net, where) > before[where]:
                edits.append((where, _last(net, where), column))
        elif kind == "delete":
            net.delete(where, "children", children[n])
            if where != "HQ" and _last(net, where) > before[where]:
                edits.append((where, _last(net, where), "deleted"))
        elif kind == "send":
            sent[where].append(net.send(where))
            net.load("HQ", sent[where][-1])
        elif kind == "return":
            net.load(where, net.ret(where))
        elif kind == "resend" and sent[where]:
            net.load("HQ", sent[where][n % len(sent[where])])  # re-sent: never a gap, never a change
    # everyone exchanges until quiet, headquarters decides every conflict, and the decisions travel
    net.sync_all()
    for c in list_conflicts(net.dbs["HQ"]):
        resolve(net.dbs["HQ"], c["id"], keep="local", user="admin")
    net.sync_all()
    for code in ("KH-A", "KH-B"):
        assert content(net.dbs[code]) == content(net.dbs["HQ"], code), f"{code} did not converge"
    hq = net.dbs["HQ"]
    for office, seq, column in edits:
        row = hq.execute("SELECT changes FROM audit_log WHERE office = ? AND office_seq = ?", [office, seq]).fetchone()
        assert row is not None, f"{office} change {seq} never reached headquarters"
        applied = column in json.loads(row[0])
        queued = hq.execute(
            "SELECT count(*) FROM sync_conflicts WHERE remote_office = ? AND remote_seq = ?", [office, seq]
        ).fetchone()[0]
        already = column == "deleted" and _deleted_before(hq, office, seq)
        assert applied or queued == 1 or already, f"{office} change {seq} ({column}) vanished without a conflict"
        assert queued <= 1


def _last(net: Network, code: str) -> int:
    row = net.dbs[code].execute("SELECT max(office_seq) FROM audit_log WHERE office = ?", [code]).fetchone()
    return int(row[0] or 0)


def _deleted_before(db: object, office: str, seq: int) -> bool:
    """A delete that arrives for a record already deleted here changes nothing and loses nothing."""
    entry = db.execute(  # type: ignore[attr-defined]
        "SELECT seq, row_id FROM audit_log WHERE office = ? AND office_seq = ?", [office, seq]
    ).fetchone()
    earlier = db.execute(  # type: ignore[attr-defined]
        "SELECT count(*) FROM audit_log WHERE row_id = ? AND seq < ? AND changes LIKE '%\"deleted\": [0, 1]%'",
        [entry[1], entry[0]],
    ).fetchone()[0]
    return bool(earlier)
