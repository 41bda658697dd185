"""Three offices with overlapping and disjoint scopes converge on exactly their scopes, whatever the order
of exchanges, registrations, edits and scope changes; removed children leave no name in an office file."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from replicas import Network, content, held

from cl_desktop.errors import KnownError
from cl_desktop.services.reference import location_id
from cl_desktop.sync.conflicts import list_conflicts, resolve
from cl_desktop.sync.setup_file import add_office, init_from_setup, set_scope

OFFICES = ("KH-P", "KH-Q", "KH-R")
PROVINCES = ("KH-8", "KH-12", "KH-3")
START = {"KH-P": ["KH-8"], "KH-Q": ["KH-8", "KH-12"], "KH-R": ["KH-3"]}  # P and Q overlap, R apart

register = st.tuples(st.just("register"), st.sampled_from(("HQ", *OFFICES)), st.sampled_from(PROVINCES))
edit = st.tuples(st.just("edit"), st.sampled_from(("HQ", *OFFICES)), st.integers(0, 20))
send = st.tuples(st.just("send"), st.sampled_from(OFFICES), st.just(0))
answer = st.tuples(st.just("return"), st.sampled_from(OFFICES), st.just(0))
rescope = st.tuples(
    st.just("scope"),
    st.sampled_from(OFFICES),
    st.lists(st.sampled_from(PROVINCES), min_size=1, max_size=2, unique=True),
)
operations = st.lists(st.one_of(register, register, edit, send, answer, answer, rescope), max_size=12)


@pytest.fixture(scope="session")
def scoped_template(network_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scoped")
    net = Network(folder, template=network_template, offices=())
    for code in OFFICES:
        setup = folder / f"{code}.setup"
        add_office(net.dbs["HQ"], code=code, name=code, out=setup, user="admin", passphrase="p", provinces=START[code])
        net.dbs[code] = init_from_setup(folder / f"{code}.sqlite", setup, "p")
    for province in PROVINCES:  # a child in every province, held by the offices whose scope has it
        name = f"Seed{province.replace('-', '')}child"
        net.register("HQ", name=name, name_latin=name, location_id=location_id(province))
    net.sync_all()
    net.close()
    return folder


@settings(
    max_examples=int(os.environ.get("SYNC_EXAMPLES", "20")),
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(ops=operations)
def test_offices_converge_on_exactly_their_scopes(scoped_template: Path, ops: list) -> None:
    folder = Path(tempfile.mkdtemp(prefix="scope-prop-"))
    net = Network(folder, template=scoped_template, offices=OFFICES)
    try:
        run(net, ops)
    finally:
        net.close()
        shutil.rmtree(folder, ignore_errors=True)


def run(net: Network, ops: list) -> None:
    names = {str(r[0]): str(r[1]) for r in net.dbs["HQ"].execute("SELECT id, name_latin FROM children")}
    for counter, (kind, where, arg) in enumerate(ops, 1):
        if kind == "register":
            name = f"Child{counter:03d}x{where.replace('-', '')}q"
            row = net.register(where, name=name, name_latin=name, location_id=location_id(arg))
            names[row["id"]] = name
        elif kind == "edit":
            ids = [r[0] for r in net.dbs[where].execute("SELECT id FROM children ORDER BY id")]
            if ids:
                net.edit(where, "children", ids[arg % len(ids)], notes=f"note {counter}")
        elif kind == "send":
            net.load("HQ", net.send(where))
        elif kind == "return":
            try:
                net.load(where, net.ret(where))
            except KnownError as exc:  # a shrink waits for the office's unsent changes
                assert "send a bundle to headquarters first" in str(exc)
        elif kind == "scope":
            try:
                set_scope(net.dbs["HQ"], where, provinces=arg, programmes=None, user="admin")
            except KnownError as exc:  # the office's own children would be left outside its area
                assert "transfer them first" in str(exc)
    net.sync_all(rounds=2)
    for c in list_conflicts(net.dbs["HQ"]):
        resolve(net.dbs["HQ"], c["id"], keep="local", user="admin")
    net.sync_all(rounds=2)
    hq = net.dbs["HQ"]
    for code in OFFICES:
        assert content(net.dbs[code]) == content(hq, code), f"{code} does not hold exactly its scope"
        holds = held(hq, code)["children"]
        net.reopen(code)
        data = (net.folder / f"{code}.sqlite").read_bytes()
        for child_id, name in names.items():
            if child_id not in holds:
                assert name.encode() not in data, f"{code} still holds the name of a child outside its scope"
