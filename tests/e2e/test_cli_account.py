"""Every write from the command line names the operating-system account in the audit trail."""

from __future__ import annotations

import getpass
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from factories import demo_households_search
from unit.sync.replicas import Network

import cl_desktop.sync.keys as sync_keys
from cl_desktop.cli import main

ME = f"cli:{getpass.getuser()}"


@pytest.fixture
def net(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Network:
    monkeypatch.setattr(sync_keys, "SCRYPT_N", 1 << 10)
    n = Network(tmp_path)
    yield n
    n.close()


def _users(db, since: int) -> set[str]:
    return {r[0] for r in db.execute("SELECT user FROM audit_log WHERE seq > ?", [since])}


def _last(db) -> int:
    return int(db.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0])


def test_office_revoke_sync_import_and_merge_name_the_os_account(net: Network, tmp_path: Path) -> None:
    hq = tmp_path / "hq.sqlite"
    one, two = net.register("KH-A", name="សុខ"), net.register("KH-A", name="សុខ ២")
    bundle = net.send("KH-A")
    net.dbs["HQ"].close()
    assert main(["sync", "import", "--db", str(hq), str(bundle)]) == 0
    net.reopen("HQ")
    row = net.dbs["HQ"].execute("SELECT by FROM sync_bundles WHERE direction = 'import'").fetchone()
    assert row[0] == ME
    before = _last(net.dbs["HQ"])
    net.dbs["HQ"].close()
    assert main(["sync", "merge", "--db", str(hq), one["case_number"], two["case_number"]]) == 0
    assert main(["office", "revoke", "--db", str(hq), "--code", "KH-B", "--reason", "laptop stolen"]) == 0
    db = net.reopen("HQ")
    assert _users(db, before) == {ME}
    revoked = db.execute("SELECT user FROM audit_log WHERE table_name = 'offices' ORDER BY seq DESC").fetchone()
    assert revoked[0] == ME


def test_a_spreadsheet_import_names_the_os_account(demo_path: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "households.csv"
    with closing(sqlite3.connect(demo_path)) as conn:
        search = demo_households_search(conn)
    assert main(["export", "households", "--db", str(demo_path), "-o", str(sheet), "--search", search]) == 0
    text = sheet.read_text(encoding="utf-8-sig").splitlines()
    header = text[0].split(",")
    cells = text[1].split(",")
    cells[header.index("Household code")] = "HH-CLI-1"
    sheet.write_text("\n".join([text[0], ",".join(cells)]) + "\n", encoding="utf-8")
    from cl_desktop.store import open_database

    db = open_database(demo_path)
    before = _last(db)
    db.close()
    assert main(["import", "households", "--db", str(demo_path), str(sheet)]) == 0
    db = open_database(demo_path)
    assert _users(db, before) == {ME}
    db.close()


def test_init_init_from_a_setup_file_and_demo_name_the_os_account(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sync_keys, "SCRYPT_N", 1 << 10)
    hq, office, demo = tmp_path / "hq.sqlite", tmp_path / "office.sqlite", tmp_path / "demo.sqlite"
    setup = tmp_path / "kh-a.setup"
    assert main(["init", "--db", str(hq), "--office-code", "HQ", "--office-name", "Headquarters", "--hq",
                 "--admin", "boss", "--password", "a long secret"]) == 0  # fmt: skip
    assert main(["office", "add", "--db", str(hq), "--code", "KH-A", "--name", "Office A", "-o", str(setup)]) == 0
    passphrase = capsys.readouterr().out.split("separately from the file): ")[1].strip()
    assert main(["init", "--db", str(office), "--setup", str(setup), "--passphrase", passphrase]) == 0
    assert main(["demo", "--db", str(demo)]) == 0
    from cl_desktop.store import open_database

    for path in (hq, office, demo):
        db = open_database(path)
        try:
            assert _users(db, 0) == {ME}, path.name
        finally:
            db.close()
    db = open_database(office)
    try:
        row = db.execute("SELECT by FROM sync_bundles WHERE direction = 'setup'").fetchone()
        assert row[0] == ME
    finally:
        db.close()
