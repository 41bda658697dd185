"""Sync from the command line: real processes, real files, and an import killed midway."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import location_id
from cl_desktop.store import open_database, records


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cl_desktop", *args], capture_output=True, text=True, env=dict(os.environ), timeout=300
    )


def ok(*args: str) -> str:
    result = cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(*args: str) -> str:
    result = cli(*args)
    assert result.returncode == 1, result.stdout + result.stderr
    line = result.stderr.strip()
    assert line.startswith("cl-desktop: ") and "\n" not in line
    return line


def digest(path: Path) -> str:
    db = open_database(path, create=False, migrate=False, read_only=True)
    h = hashlib.sha256()
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for name in names:
        if name.startswith("sqlite_"):
            continue
        for row in sorted(repr(r) for r in db.execute(f"SELECT * FROM [{name}]")):
            h.update(row.encode())
    db.close()
    return h.hexdigest()


@pytest.fixture
def hq(tmp_path: Path) -> Path:
    path = tmp_path / "hq.sqlite"
    ok("init", "--db", str(path), "--office-code", "HQ", "--office-name", "Headquarters", "--hq")
    db = open_database(path)
    ctx = Context(db, Actor(username="admin", role=Role.ADMIN, office="HQ"))
    project = Projects(ctx).create(
        {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
    )
    Projects(ctx).create_programme(
        {
            "code": "KH-T-AP1",
            "project_id": project["id"],
            "title": "Brick kilns",
            "start_date": "2009-02-01",
            "end_date": "2012-11-30",
        },
        [location_id("KH-8")],
    )
    db.close()
    return path


def enrol(hq: Path, code: str) -> Path:
    folder = hq.parent
    out = ok(
        "office",
        "add",
        "--db",
        str(hq),
        "--code",
        code,
        "--name",
        f"Office {code}",
        "-o",
        str(folder / f"{code}.setup"),
    )
    passphrase = out.split("separately from the file): ")[1].strip()
    office = folder / f"{code}.sqlite"
    ok("init", "--db", str(office), "--setup", str(folder / f"{code}.setup"), "--passphrase", passphrase.lower())
    return office


def add_children(office: Path, code: str, n: int, start: int = 0) -> list[str]:
    """Children typed at the office (audited one by one), quickly."""
    db = open_database(office)
    project = next(db.query("SELECT id FROM projects"))["id"]
    programme = next(db.query("SELECT id FROM action_programmes"))["id"]
    author = records.Author(user="clerk", office=code)
    ids = []
    with db.atomic():
        for i in range(start, start + n):
            row = records.insert(
                db,
                "children",
                {
                    "case_number": f"{code}-{i:06d}",
                    "project_id": project,
                    "programme_id": programme,
                    "name": f"Child {i} of {code}",
                    "sex": "F" if i % 2 else "M",
                    "birth_date": f"{1996 + i % 8}-0{1 + i % 9}-1{i % 10}",
                    "location_id": location_id("KH-8"),
                    "intake_date": "2010-01-10",
                    "working": 1,
                    "hours_per_week": 30,
                    "notes": "x" * 200,
                },
                author,
            )
            ids.append(row["id"])
    db.close()
    return ids


def test_offices_and_headquarters_exchange_from_the_command_line(hq: Path) -> None:
    a = enrol(hq, "KH-A")
    b = enrol(hq, "KH-B")
    (child,) = add_children(a, "KH-A", 1)
    folder = hq.parent
    ok("sync", "export", "--db", str(a), "-o", str(folder / "a1.bundle"))
    out = ok("sync", "import", "--db", str(hq), str(folder / "a1.bundle"), str(folder / "a1.bundle"))
    assert "1 added" in out.splitlines()[0] and "nothing new" in out.splitlines()[1]
    ok("sync", "export", "--db", str(hq), "--office", "KH-B", "-o", str(folder / "r-b.bundle"))
    ok("sync", "import", "--db", str(b), str(folder / "r-b.bundle"))
    for office, code in ((a, "KH-A"), (b, "KH-B")):
        db = open_database(office)
        records.update(
            db, "children", child, {"hours_per_week": 20 if code == "KH-A" else 35}, records.Author("u", code)
        )
        db.close()
        ok("sync", "export", "--db", str(office), "-o", str(folder / f"{code}-2.bundle"))
    out = ok("sync", "import", "--db", str(hq), str(folder / "KH-B-2.bundle"), str(folder / "KH-A-2.bundle"))
    assert "1 conflicted" in out
    conflicts = json.loads(ok("sync", "conflicts", "--db", str(hq), "--json"))
    assert len(conflicts) == 1 and conflicts[0]["field"] == "hours_per_week"
    ok("sync", "resolve", "--db", str(hq), conflicts[0]["id"], "--value", "25")
    assert json.loads(ok("sync", "conflicts", "--db", str(hq), "--json")) == []
    ok("sync", "export", "--db", str(hq), "--office", "KH-A", "-o", str(folder / "r-a.bundle"))
    ok("sync", "import", "--db", str(a), str(folder / "r-a.bundle"))
    db = open_database(a)
    assert db.execute("SELECT hours_per_week FROM children").fetchone()[0] == 25
    db.close()
    history = json.loads(ok("sync", "history", "--db", str(hq), "--json"))
    assert [h["direction"] for h in history].count("import") == 4
    offices = json.loads(ok("office", "list", "--db", str(hq), "--json"))
    assert [o["code"] for o in offices] == ["HQ", "KH-A", "KH-B"]
    ok("office", "revoke", "--db", str(hq), "--code", "KH-B", "--reason", "closed")
    ok("sync", "export", "--db", str(b), "-o", str(folder / "b3.bundle"))
    before = digest(hq)
    assert "revoked" in refused("sync", "import", "--db", str(hq), str(folder / "b3.bundle"))
    assert digest(hq) == before


def test_a_wrong_passphrase_creates_no_database(hq: Path) -> None:
    folder = hq.parent
    ok("office", "add", "--db", str(hq), "--code", "KH-A", "--name", "A", "-o", str(folder / "a.setup"))
    line = refused("init", "--db", str(folder / "a.sqlite"), "--setup", str(folder / "a.setup"), "--passphrase", "no")
    assert "passphrase" in line
    assert not (folder / "a.sqlite").exists()


@pytest.mark.slow  # about 20 s; the fast twin is test_a_failure_in_the_middle_of_applying_leaves_nothing_behind
def test_an_import_killed_midway_changes_nothing_and_can_be_repeated(hq: Path) -> None:
    office = enrol(hq, "KH-A")
    add_children(office, "KH-A", 4000)  # a few seconds to import
    bundle = hq.parent / "big.bundle"
    ok("sync", "export", "--db", str(office), "-o", str(bundle))
    before = digest(hq)
    wal = Path(str(hq) + "-wal")
    start_size = wal.stat().st_size if wal.exists() else 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "cl_desktop", "sync", "import", "--db", str(hq), str(bundle)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > start_size + 512 * 1024:
            break  # the import is writing its transaction
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed: make the bundle larger"
    assert digest(hq) == before
    out = ok("sync", "import", "--db", str(hq), str(bundle))
    assert "4000 added" in out
    db = open_database(hq)
    assert db.execute("SELECT count(*) FROM children").fetchone()[0] == 4000
    db.close()


def test_an_office_laptop_cannot_take_over_headquarters_administrator(hq: Path) -> None:
    """The issue's scenario from the command line: headquarters' accounts never reach the office, so
    `users reset-password` there has nothing to reset, and the office's own accounts stay its own."""
    env_password = {"CL_DESKTOP_NEW_PASSWORD": "headquarters pass 1"}
    result = subprocess.run(
        [sys.executable, "-m", "cl_desktop", "users", "add", "hqadmin", "--role", "admin", "--db", str(hq)],
        capture_output=True,
        text=True,
        env={**os.environ, **env_password},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    office = enrol(hq, "KH-PNP")
    listed = ok("users", "list", "--db", str(office), "--json")
    assert "hqadmin" not in listed
    command = ["users", "reset-password", "hqadmin", "--reason", "x", "--db", str(office)]
    result = subprocess.run(
        [sys.executable, "-m", "cl_desktop", *command],
        capture_output=True,
        text=True,
        env={**os.environ, "CL_DESKTOP_NEW_PASSWORD": "office knows 12"},
        timeout=300,
    )
    assert result.returncode == 1 and "hqadmin" in result.stderr
    folder = hq.parent
    ok("sync", "export", "--db", str(office), "-o", str(folder / "pnp-1.clbundle"))
    ok("sync", "import", "--db", str(hq), str(folder / "pnp-1.clbundle"))
    db = open_database(hq)
    from cl_desktop.security.passwords import verify_password

    stored = db.execute("SELECT password_hash FROM users WHERE username = 'hqadmin'").fetchone()[0]
    db.close()
    assert verify_password("headquarters pass 1", stored)


def test_bundles_given_in_any_order_are_imported_in_the_order_their_changes_require(hq: Path) -> None:
    office = enrol(hq, "KH-ORD")
    folder = hq.parent
    bundles = []
    for i in range(1, 4):  # three exports with no acknowledgement between: b2 starts where b1 ended
        add_children(office, "KH-ORD", 3, start=10 * i)
        bundle = folder / f"b{i}.clbundle"
        ok("sync", "export", "--db", str(office), "-o", str(bundle))
        db = open_database(office)
        db.execute("UPDATE sync_peers SET acked_seq = (SELECT max(office_seq) FROM audit_log WHERE office = 'KH-ORD')")
        db.conn.commit()
        db.close()
        bundles.append(bundle)
    b1, b2, b3 = bundles
    # the last one alone is truly missing the first two
    line = refused("sync", "import", "--db", str(hq), str(b3))
    assert "import the bundle with changes" in line
    out = ok("sync", "import", "--db", str(hq), str(b3), str(b2), str(b1))
    receipts = out.strip().splitlines()
    assert [r.split(":")[0] for r in receipts] == ["b1.clbundle", "b2.clbundle", "b3.clbundle"]
    assert all("3 added" in r for r in receipts), out
    db = open_database(hq)
    assert db.execute("SELECT count(*) FROM children WHERE office = 'KH-ORD'").fetchone()[0] == 9
    assert db.execute("SELECT count(*) FROM sync_bundles WHERE direction = 'import'").fetchone()[0] == 3
    db.close()


def test_a_bundle_truly_missing_its_predecessor_is_refused_and_the_others_imported(hq: Path) -> None:
    a, b = enrol(hq, "KH-AA"), enrol(hq, "KH-BB")
    folder = hq.parent
    add_children(a, "KH-AA", 2)
    ok("sync", "export", "--db", str(a), "-o", str(folder / "a1.clbundle"))
    db = open_database(a)
    db.execute("UPDATE sync_peers SET acked_seq = (SELECT max(office_seq) FROM audit_log WHERE office = 'KH-AA')")
    db.conn.commit()
    db.close()
    add_children(a, "KH-AA", 2, start=10)
    ok("sync", "export", "--db", str(a), "-o", str(folder / "a2.clbundle"))
    add_children(b, "KH-BB", 2)
    ok("sync", "export", "--db", str(b), "-o", str(folder / "b1.clbundle"))
    result = cli("sync", "import", "--db", str(hq), str(folder / "a2.clbundle"), str(folder / "b1.clbundle"))
    assert result.returncode == 1
    assert result.stdout.startswith("b1.clbundle: from KH-BB, 2 added"), result.stdout
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and "a2.clbundle starts at change" in errors[0]


def test_office_scopes_from_the_command_line(hq: Path) -> None:
    """`office add --provinces` and `office scope`: the office holds its provinces' children only, and
    bad codes are one sentence that changes nothing."""
    folder = hq.parent
    db = open_database(hq)
    project = next(db.query("SELECT id FROM projects"))["id"]
    author = records.Author(user="admin", office="HQ")
    for province, name in (("KH-8", "Kandal child"), ("KH-12", "Phnom Penh child")):
        records.insert(
            db,
            "children",
            {
                "case_number": f"HQ-{province}",
                "project_id": project,
                "name": name,
                "sex": "F",
                "province_id": location_id(province),
                "location_id": location_id(province),
                "intake_date": "2010-01-10",
            },
            author,
        )
    db.close()
    before = digest(hq)
    line = refused("office", "add", "--db", str(hq), "--code", "KH-X", "--name", "X", "-o", str(folder / "x.setup"),
                   "--provinces", "KH-99")  # fmt: skip
    assert "no province with the code KH-99" in line
    assert digest(hq) == before and not (folder / "x.setup").exists()
    out = ok("office", "add", "--db", str(hq), "--code", "KH-PNP", "--name", "Phnom Penh", "-o",
             str(folder / "pnp.setup"), "--provinces", "KH-12")  # fmt: skip
    passphrase = out.split("separately from the file): ")[1].strip()
    office = folder / "pnp.sqlite"
    ok("init", "--db", str(office), "--setup", str(folder / "pnp.setup"), "--passphrase", passphrase)

    def names() -> set[str]:
        o = open_database(office)
        try:
            return {r[0] for r in o.execute("SELECT name FROM children")}
        finally:
            o.close()

    assert names() == {"Phnom Penh child"}
    listed = ok("office", "list", "--db", str(hq))
    assert "KH-12" in listed
    line = refused("office", "scope", "--db", str(hq), "--code", "KH-PNP", "--programmes", "AP404")
    assert "no action programme with the code AP404" in line
    ok("office", "scope", "--db", str(hq), "--code", "KH-PNP", "--provinces", "KH-8")
    ok("sync", "export", "--db", str(hq), "--office", "KH-PNP", "-o", str(folder / "ret.clbundle"))
    out = ok("sync", "import", "--db", str(office), str(folder / "ret.clbundle"))
    assert names() == {"Kandal child"}
    assert b"Phnom Penh child" not in office.read_bytes()


def test_a_scope_change_that_would_strand_the_offices_own_children_is_refused(hq: Path) -> None:
    """The children an office registered (or received) stay its own: a scope that would leave them outside
    the office's area is refused with one sentence that changes nothing, until they are transferred."""
    folder = hq.parent
    office = enrol(hq, "KH-PNP")
    enrol(hq, "KH-BTB")
    add_children(office, "KH-PNP", 2)  # in Kandal (KH-8)
    ok("sync", "export", "--db", str(office), "-o", str(folder / "pnp-1.clbundle"))
    ok("sync", "import", "--db", str(hq), str(folder / "pnp-1.clbundle"))
    before = digest(hq)
    line = refused("office", "scope", "--db", str(hq), "--code", "KH-PNP", "--provinces", "KH-12")
    assert "Nothing was changed: the office KH-PNP registered or received 2 children" in line
    assert "KH-PNP-000000, KH-PNP-000001" in line and "transfer" in line
    assert digest(hq) == before
    ok("office", "scope", "--db", str(hq), "--code", "KH-PNP", "--provinces", "KH-8,KH-12")  # they stay inside
    # handed to an office that covers them, they no longer hold the change back
    ok("transfer", "--db", str(hq), "KH-PNP-000000", "--to-office", "KH-BTB")
    line = refused("office", "scope", "--db", str(hq), "--code", "KH-PNP", "--provinces", "KH-12")
    assert "registered or received 1 child in" in line and "KH-PNP-000001)" in line
    ok("transfer", "--db", str(hq), "KH-PNP-000001", "--to-office", "KH-BTB")
    out = ok("office", "scope", "--db", str(hq), "--code", "KH-PNP", "--provinces", "KH-12")
    assert "now holds provinces KH-12" in out
    # a child the office registers outside its scope afterwards (a migrant) is its own and does not
    # hold back a later change that leaves it where it was
    ok("sync", "export", "--db", str(hq), "--office", "KH-PNP", "-o", str(folder / "ret-1.clbundle"))
    ok("sync", "import", "--db", str(office), str(folder / "ret-1.clbundle"))
    add_children(office, "KH-PNP", 1, start=5)
    ok("sync", "export", "--db", str(office), "-o", str(folder / "pnp-2.clbundle"))
    ok("sync", "import", "--db", str(hq), str(folder / "pnp-2.clbundle"))
    ok("office", "scope", "--db", str(hq), "--code", "KH-PNP", "--provinces", "KH-12,KH-3")


def test_transfer_from_the_command_line(hq: Path) -> None:
    folder = hq.parent
    office = enrol(hq, "KH-PNP")
    add_children(office, "KH-PNP", 1)
    enrol(hq, "KH-BTB")
    ok("sync", "export", "--db", str(office), "-o", str(folder / "pnp-1.clbundle"))
    ok("sync", "import", "--db", str(hq), str(folder / "pnp-1.clbundle"))
    ok("sync", "export", "--db", str(hq), "--office", "KH-PNP", "-o", str(folder / "ret-1.clbundle"))
    ok("sync", "import", "--db", str(office), str(folder / "ret-1.clbundle"))
    line = refused("transfer", "--db", str(office), "KH-PNP-000000", "--to-office", "KH-NOWHERE")
    assert "no office KH-NOWHERE" in line
    out = ok("transfer", "--db", str(office), "KH-PNP-000000", "--to-office", "KH-BTB", "--reason", "moved")
    assert "Transferred KH-PNP-000000 from KH-PNP to KH-BTB" in out
    line = refused("transfer", "--db", str(office), "KH-PNP-000000", "--to-office", "KH-BTB")
    assert "already being transferred" in line
    ok("sync", "export", "--db", str(office), "-o", str(folder / "pnp-2.clbundle"))
    ok("sync", "import", "--db", str(hq), str(folder / "pnp-2.clbundle"))
    db = open_database(hq)
    confirmed = db.execute("SELECT confirmed_at FROM transfers WHERE case_number = 'KH-PNP-000000'").fetchone()[0]
    db.close()
    assert confirmed


def test_the_duplicate_review_from_the_command_line(hq: Path) -> None:
    """Two offices register the same child and two namesakes; headquarters reviews them likeliest first."""
    folder = hq.parent
    for code in ("KH-A", "KH-B"):
        office = enrol(hq, code)
        db = open_database(office)
        project = next(db.query("SELECT id FROM projects"))["id"]
        programme = next(db.query("SELECT id FROM action_programmes"))["id"]
        for i, (name, latin, birth) in enumerate(
            (
                ("សុខ ស្រីមុំ", "Sok Srey Mom" if code == "KH-A" else "Srey Mom Sok", "1999-03-04"),
                ("ចាន់ ដារ៉ា", "", "2001-07-07"),
            )
        ):
            records.insert(
                db,
                "children",
                {
                    "case_number": f"{code}-{i:06d}",
                    "project_id": project,
                    "programme_id": programme,
                    "name": name,
                    "name_latin": latin,
                    "sex": "F",
                    "birth_date": birth,
                    "location_id": location_id("KH-8"),
                    "intake_date": "2010-01-10",
                },
                records.Author(user="clerk", office=code),
            )
        db.close()
        ok("sync", "export", "--db", str(office), "-o", str(folder / f"{code}.bundle"))
        ok("sync", "import", "--db", str(hq), str(folder / f"{code}.bundle"))
    pairs = json.loads(ok("sync", "duplicates", "--db", str(hq), "--json"))
    assert sorted(sorted((p["a_case"], p["b_case"])) for p in pairs) == [
        ["KH-A-000000", "KH-B-000000"],
        ["KH-A-000001", "KH-B-000001"],
    ]
    assert [p["score"] for p in pairs] == sorted((p["score"] for p in pairs), reverse=True)  # likeliest first
    for p in pairs:
        assert p["reasons"] == [
            "same name in Khmer",
            "same birth date",
            "same province",
            "registered by another office",
        ]
    namesakes = next(p for p in pairs if p["a_name"] == "ចាន់ ដារ៉ា")
    out = ok("sync", "duplicates", "--db", str(hq), "--not-same", namesakes["id"])
    assert "not the same child" in out
    assert len(json.loads(ok("sync", "duplicates", "--db", str(hq), "--json", "--scan"))) == 1  # not asked again
    out = ok("sync", "same", "--db", str(hq), "KH-A-000000", "KH-B-000000")
    assert "counted once" in out
    assert json.loads(ok("sync", "duplicates", "--db", str(hq), "--json")) == []
    assert "already merged" in refused("sync", "same", "--db", str(hq), "KH-A-000000", "KH-B-000000")
    ok("sync", "merge", "--db", str(hq), "KH-A-000000", "KH-B-000000")  # the services follow
    db = open_database(hq)
    assert db.execute("SELECT decision FROM duplicate_decisions ORDER BY decision").fetchall() == [
        ("distinct",),
        ("same",),
    ]
    db.close()


def test_a_conflict_on_extra_fields_lists_their_labels_not_their_codes(hq: Path) -> None:
    folder = hq.parent
    for code, kind, extra in (("lender", "choice", ("--choices", "boss=Employer;kin=Relative;bank=Bank")),
                              ("debt", "yes_no", ())):  # fmt: skip
        ok("fields", "define", "--db", str(hq), "--project", "KH-T", "--form", "intake", "--code", code,
           "--type", kind, "--label", code.title(), *extra)  # fmt: skip
    a = enrol(hq, "KH-A")
    (child,) = add_children(a, "KH-A", 1)
    db = open_database(a)
    records.update(db, "children", child, {"custom": '{"lender": "boss"}'}, records.Author("clerk", "KH-A"))
    db.close()
    ok("sync", "export", "--db", str(a), "-o", str(folder / "a1.bundle"))
    ok("sync", "import", "--db", str(hq), str(folder / "a1.bundle"))
    for path, office, custom in (
        (a, "KH-A", '{"lender": "kin", "debt": 1}'),
        (hq, "HQ", '{"lender": "bank", "debt": 0}'),
    ):
        db = open_database(path)
        records.update(db, "children", child, {"custom": custom}, records.Author("u", office))
        db.close()
    ok("sync", "export", "--db", str(a), "-o", str(folder / "a2.bundle"))
    assert "1 conflicted" in ok("sync", "import", "--db", str(hq), str(folder / "a2.bundle"))  # one record
    lines = sorted(ok("sync", "conflicts", "--db", str(hq)).splitlines())
    assert len(lines) == 2
    assert "custom.debt (Debt): here 'No' (" in lines[0] and "KH-A 'Yes' (" in lines[0]
    assert "custom.lender (Lender): here 'Bank' (" in lines[1] and "KH-A 'Relative' (" in lines[1]
