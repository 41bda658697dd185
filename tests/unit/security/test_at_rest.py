"""Office databases encrypted at rest: real SQLCipher files, real key files, read back byte by byte."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import intake

from cl_desktop.errors import DatabaseError, KnownError, RefusedInput
from cl_desktop.security import backup, keyslots
from cl_desktop.security.roles import Actor, Role
from cl_desktop.services import accounts, at_rest
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.store import cipher, open_database

CHILD = "Sreymom Chhorvy"
COORD, COORD_PW = "coord", "kiln-ledger-42"
CLERK, CLERK_PW = "dara.clerk", "paddy-field-07"


@pytest.fixture(autouse=True)
def _forget_keys() -> Iterator[None]:
    cipher.forget()
    yield
    cipher.forget()


def _office(path: Path) -> dict[str, str]:
    from cl_desktop.services.projects import Projects
    from cl_desktop.services.reference import location_id
    from cl_desktop.services.setup import create_database

    db = create_database(
        path,
        office_code="KH-PNP",
        office_name="Phnom Penh office",
        hq=False,
        province_code="KH-12",
        admin_username=COORD,
        admin_password=COORD_PW,
    )
    try:
        ctx = Context(db, Actor(COORD, Role.ADMIN, "KH-PNP"))
        projects = Projects(ctx)
        project = projects.create(
            {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
        )
        village = location_id("KH-8")
        programme = projects.create_programme(
            {
                "code": "KH-T-AP1",
                "project_id": project["id"],
                "title": "Kilns",
                "start_date": "2009-02-01",
                "end_date": "2012-11-30",
                "sectors": ["brick_making"],
                "strategy": ["withdrawal"],
            },
            [village],
        )
        ids = {"project": project["id"], "programme": programme["id"], "village": village}
        _register(db, ids, CHILD)
        accounts.create_user(ctx, CLERK, CLERK_PW, "clerk", full_name="Dara Clerk")
    finally:
        db.close()
    return ids


def _register(db: Any, ids: dict[str, str], name: str) -> dict[str, Any]:
    children = Children(Context(db, Actor(COORD, Role.ADMIN, "KH-PNP")))
    project, programme = {"id": ids["project"]}, {"id": ids["programme"]}
    return children.register(intake(project, programme, ids["village"], name=name, guardian_name="Chan Bopha"))


@pytest.fixture(scope="module")
def plain_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("plain") / "office.sqlite"
    ids = _office(path)
    db = open_database(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path, ids


@pytest.fixture
def plain(plain_template: tuple[Path, dict[str, str]], tmp_path: Path) -> tuple[Path, dict[str, str]]:
    template, ids = plain_template
    target = tmp_path / "office" / "office.sqlite"
    target.parent.mkdir()
    target.write_bytes(template.read_bytes())
    return target, ids


@pytest.fixture
def encrypted(plain: tuple[Path, dict[str, str]]) -> tuple[Path, dict[str, str], str]:
    path, ids = plain
    code = at_rest.encrypt_database(path)
    cipher.forget()
    return path, ids, code


def _ctx(db: Any, user: str = COORD, role: Role = Role.ADMIN) -> Context:
    return Context(db, Actor(user, role, "KH-PNP"))


def _names_in(path: Path) -> list[str]:
    data = path.read_bytes()
    words = (CHILD, "Sreymom", "Chan Bopha", COORD, CLERK, "Dara Clerk", "Phnom Penh")
    return [w for w in words if w.encode() in data or w.encode("utf-16-le") in data]


# -- creating, unlocking ----------------------------------------------------------------------


def test_an_encrypted_office_is_refused_until_it_is_unlocked(encrypted: tuple[Path, dict[str, str], str]) -> None:
    path, _ids, _code = encrypted
    assert path.read_bytes()[:16] != cipher.SQLITE_HEADER
    with pytest.raises(cipher.Locked, match="is encrypted; unlock it with an account's password or the recovery key"):
        open_database(path)


def test_each_account_unlocks_it_with_its_own_password(encrypted: tuple[Path, dict[str, str], str]) -> None:
    path, _ids, _code = encrypted
    for user, password in ((COORD, COORD_PW), (CLERK, CLERK_PW)):
        cipher.forget()
        at_rest.unlock(path, user, password)
        db = open_database(path, create=False)
        try:
            assert db.execute("SELECT name FROM children").fetchall() == [(CHILD,)]
            assert accounts.authenticate(db, user, password).username == user
        finally:
            db.close()


@pytest.mark.parametrize(
    ("user", "password"),
    [(COORD, "kiln-ledger-43"), (CLERK, COORD_PW), ("nobody", COORD_PW), ("", "")],
)
def test_a_wrong_password_or_unknown_account_gets_the_same_one_sentence(
    encrypted: tuple[Path, dict[str, str], str], user: str, password: str
) -> None:
    path, _ids, _code = encrypted
    before = path.read_bytes(), cipher.keys_path(path).read_bytes()
    with pytest.raises(keyslots.WrongSecret) as caught:
        at_rest.unlock(path, user, password)
    assert str(caught.value) == "Wrong user name or password."
    assert not at_rest.is_unlocked(path)
    assert (path.read_bytes(), cipher.keys_path(path).read_bytes()) == before


def test_the_recovery_key_unlocks_it_and_sets_a_forgotten_password(
    encrypted: tuple[Path, dict[str, str], str],
) -> None:
    path, _ids, code = encrypted
    with pytest.raises(keyslots.WrongSecret, match="That recovery key does not open this database"):
        at_rest.unlock_with_recovery(path, keyslots.new_recovery_code())
    with pytest.raises(keyslots.WrongSecret, match="32 letters and digits"):
        at_rest.unlock_with_recovery(path, "not-a-key")
    # typed in lower case with spaces, as people copy it from paper
    at_rest.recover_account(path, code.lower().replace("-", " "), CLERK, "new-monsoon-23")
    cipher.forget()
    with pytest.raises(keyslots.WrongSecret):
        at_rest.unlock(path, CLERK, CLERK_PW)
    at_rest.unlock(path, CLERK, "new-monsoon-23")
    db = open_database(path, create=False)
    try:
        trail = db.execute("SELECT user, reason FROM audit_log WHERE table_name = 'users' ORDER BY seq DESC").fetchone()
        assert trail == ("recovery key", "password set with the recovery key")
    finally:
        db.close()


def test_a_password_change_rewraps_and_the_old_password_no_longer_unlocks(
    encrypted: tuple[Path, dict[str, str], str],
) -> None:
    path, _ids, _code = encrypted
    at_rest.unlock(path, CLERK, CLERK_PW)
    db = open_database(path, create=False)
    try:
        accounts.change_own_password(_ctx(db, CLERK, Role.CLERK), CLERK_PW, "rice-harvest-88")
        accounts.reset_password(_ctx(db), COORD, "brick-kiln-2010", "forgot it")
    finally:
        db.close()
    cipher.forget()
    for user, old in ((CLERK, CLERK_PW), (COORD, COORD_PW)):
        with pytest.raises(keyslots.WrongSecret):
            at_rest.unlock(path, user, old)
    at_rest.unlock(path, CLERK, "rice-harvest-88")
    at_rest.unlock(path, COORD, "brick-kiln-2010")


def test_a_new_account_unlocks_and_a_disabled_one_does_not(encrypted: tuple[Path, dict[str, str], str]) -> None:
    path, _ids, _code = encrypted
    at_rest.unlock(path, COORD, COORD_PW)
    db = open_database(path, create=False)
    try:
        accounts.create_user(_ctx(db), "sophea", "lotus-pond-19", "coordinator")
        assert at_rest.slot_count(path) == 3
        accounts.deactivate_user(_ctx(db), CLERK, "left the project")
        assert at_rest.slot_count(path) == 2
    finally:
        db.close()
    cipher.forget()
    at_rest.unlock(path, "sophea", "lotus-pond-19")
    cipher.forget()
    with pytest.raises(keyslots.WrongSecret, match=r"^Wrong user name or password\.$"):
        at_rest.unlock(path, CLERK, CLERK_PW)


def test_an_account_change_that_cannot_write_the_key_file_is_rolled_back(
    encrypted: tuple[Path, dict[str, str], str],
) -> None:
    path, _ids, _code = encrypted
    at_rest.unlock(path, COORD, COORD_PW)
    db = open_database(path, create=False)
    keys = cipher.keys_path(path)
    try:
        keys.write_text("{}")  # damaged: the rebuild refuses to write over it
        with pytest.raises(keyslots.KeyFileDamaged):
            accounts.create_user(_ctx(db), "sophea", "lotus-pond-19", "coordinator")
        assert db.execute("SELECT count(*) FROM users WHERE username = 'sophea'").fetchone() == (0,)
    finally:
        db.close()


# -- nothing in the clear ---------------------------------------------------------------------


def test_no_name_in_the_raw_bytes_of_the_database_its_wal_key_file_and_backups(
    encrypted: tuple[Path, dict[str, str], str],
) -> None:
    path, ids, _code = encrypted
    at_rest.unlock(path, COORD, COORD_PW)
    db = open_database(path, create=False)
    try:
        _register(db, ids, "Sreymom Second")  # written into the WAL
        wal = Path(f"{path}-wal")
        assert wal.stat().st_size > 0
        assert _names_in(wal) == []
        made = backup.make_backup(path)
    finally:
        db.close()
    folder = path.parent
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert made in files and cipher.keys_path(made) in files
    assert {p: _names_in(p) for p in files} == {p: [] for p in files}


def test_encrypting_leaves_no_plain_copy_and_encrypts_the_plain_backups(
    plain: tuple[Path, dict[str, str]],
) -> None:
    path, _ids = plain
    old = backup.make_backup(path, kind=backup.AUTO)
    assert _names_in(old)  # a plain backup holds the names
    code = at_rest.encrypt_database(path)
    files = sorted(p.relative_to(path.parent).as_posix() for p in path.parent.rglob("*") if p.is_file())
    assert files == [
        f"backups/{old.name}",
        f"backups/{old.name}.keys",
        "office.sqlite",
        "office.sqlite.keys",
    ]
    assert [p for p in path.parent.rglob("*") if p.is_file() and _names_in(p)] == []
    assert len(code) == 39
    cipher.forget()
    at_rest.unlock(path, COORD, COORD_PW)
    backup.verify_backup(old, key=cipher.key_for(path))  # the old backup opens with the database key
    with pytest.raises(RefusedInput, match="already encrypted"):
        at_rest.encrypt_database(path)


def test_encrypting_a_database_another_window_holds_open_is_refused(plain: tuple[Path, dict[str, str]]) -> None:
    path, _ids = plain
    other = open_database(path, create=False)  # the GUI, idle on the same file
    try:
        other.execute("SELECT count(*) FROM children").fetchone()
        before = path.read_bytes()
        with pytest.raises(DatabaseError, match="is open in another program"):
            at_rest.encrypt_database(path)
        assert path.read_bytes() == before and not cipher.keys_path(path).exists()
        assert [p.name for p in path.parent.iterdir() if "part" in p.name or "wipe" in p.name] == []
    finally:
        other.close()


def test_headquarters_database_stays_plain(tmp_path: Path) -> None:
    from cl_desktop.services.setup import create_database

    path = tmp_path / "hq.sqlite"
    create_database(path, office_code="HQ", office_name="Headquarters", hq=True).close()
    before = path.read_bytes()
    with pytest.raises(RefusedInput, match="Headquarters' database stays plain"):
        at_rest.encrypt_database(path)
    assert path.read_bytes() == before
    assert not cipher.keys_path(path).exists()


# -- backups ----------------------------------------------------------------------------------


def test_backup_and_restore_round_trip_keeps_it_encrypted(encrypted: tuple[Path, dict[str, str], str]) -> None:
    path, ids, _code = encrypted
    at_rest.unlock(path, COORD, COORD_PW)
    made = backup.make_backup(path, passphrase="usb-stick-phrase")
    plain_kind = backup.make_backup(path)
    db = open_database(path, create=False)
    try:
        _register(db, ids, "Sreymom After Backup")
    finally:
        db.close()
    for copy, phrase in ((plain_kind, None), (made, "usb-stick-phrase")):
        aside = backup.restore_backup(path, copy, passphrase=phrase)
        assert aside is not None and _names_in(aside) == []
        assert path.read_bytes()[:16] != cipher.SQLITE_HEADER
        cipher.forget()
        with pytest.raises(cipher.Locked):
            open_database(path)
        at_rest.unlock(path, CLERK, CLERK_PW)
        db = open_database(path, create=False)
        try:
            assert [r[0] for r in db.execute("SELECT name FROM children ORDER BY name")] == [CHILD]
        finally:
            db.close()


def test_a_plain_backup_is_not_restored_over_an_encrypted_database(
    plain: tuple[Path, dict[str, str]],
) -> None:
    path, _ids = plain
    outside = path.parent.parent / "usb"
    outside.mkdir()
    old = backup.make_backup(path, outside)
    at_rest.encrypt_database(path)
    before = path.read_bytes()
    with pytest.raises(RefusedInput, match="would put the names back on the disk in the clear"):
        backup.restore_backup(path, old)
    assert path.read_bytes() == before


def test_a_migration_backup_is_encrypted_with_the_same_key(encrypted: tuple[Path, dict[str, str], str]) -> None:
    from cl_desktop.store.database import backup_before_migration

    path, _ids, _code = encrypted
    at_rest.unlock(path, COORD, COORD_PW)
    db = open_database(path, create=False)
    try:
        copy = backup_before_migration(db, path)
    finally:
        db.close()
    assert _names_in(copy) == [] and cipher.keys_path(copy).is_file()
    copy_db = open_database(copy, create=False, migrate=False, key=cipher.key_for(path))
    try:
        assert copy_db.execute("SELECT name FROM children").fetchall() == [(CHILD,)]
    finally:
        copy_db.close()


# -- a crafted key file -----------------------------------------------------------------------


def _edit(path: Path, change: Any) -> None:
    keys = cipher.keys_path(path)
    doc = json.loads(keys.read_text())
    change(doc)
    keys.write_text(json.dumps(doc))


def _swap_wrapped(doc: dict[str, Any]) -> None:
    a, b = doc["slots"][0], doc["slots"][1]
    a["wrapped"], b["wrapped"] = b["wrapped"], a["wrapped"]
    a["nonce"], b["nonce"] = b["nonce"], a["nonce"]


def _flip(doc: dict[str, Any]) -> None:
    raw = bytearray(base64.b64decode(doc["slots"][0]["wrapped"]))
    raw[3] ^= 1
    doc["slots"][0]["wrapped"] = base64.b64encode(bytes(raw)).decode()


def _drop_second_slot(doc: dict[str, Any]) -> None:
    del doc["slots"][1]


def _huge_cost(doc: dict[str, Any]) -> None:
    for slot in doc["slots"]:
        slot["cost"] = ["argon2id", 64 * 1024 * 1024, 10, 4]


@pytest.mark.parametrize("change", [_swap_wrapped, _flip, _drop_second_slot, _huge_cost])
def test_an_edited_key_file_is_refused_in_one_sentence(
    encrypted: tuple[Path, dict[str, str], str], change: Any
) -> None:
    path, _ids, _code = encrypted
    _edit(path, change)
    before = hashlib.sha256(path.read_bytes()).digest(), cipher.keys_path(path).read_bytes()
    with pytest.raises(KnownError) as caught:
        at_rest.unlock(path, COORD, COORD_PW)
    message = str(caught.value)
    assert "\n" not in message
    assert message in (
        "Wrong user name or password.",
        "The key file office.sqlite.keys of office.sqlite is damaged or was altered; "
        "restore it from a backup of the database.",
    )
    if change is not _drop_second_slot:
        assert isinstance(caught.value, keyslots.KeyFileDamaged)
    assert not at_rest.is_unlocked(path)
    assert (hashlib.sha256(path.read_bytes()).digest(), cipher.keys_path(path).read_bytes()) == before


def test_a_dropped_slot_fails_the_whole_file_check(encrypted: tuple[Path, dict[str, str], str]) -> None:
    path, _ids, _code = encrypted
    _edit(path, _drop_second_slot)
    with pytest.raises(keyslots.KeyFileDamaged):
        at_rest.unlock(path, COORD, COORD_PW)  # the coordinator's slot is intact: the file MAC is not


@pytest.mark.parametrize("content", [b"", b"garbage \x00\xff", b'{"format": "cl-desktop-keys/1"}', b"[" * 100_000])
def test_a_truncated_or_garbage_key_file_is_refused(
    encrypted: tuple[Path, dict[str, str], str], content: bytes
) -> None:
    path, _ids, code = encrypted
    cipher.keys_path(path).write_bytes(content)
    for attempt in (lambda: at_rest.unlock(path, COORD, COORD_PW), lambda: at_rest.unlock_with_recovery(path, code)):
        with pytest.raises(keyslots.KeyFileDamaged, match=r"is damaged or was altered; restore it from a backup"):
            attempt()


def test_a_key_file_from_another_office_does_not_open_this_one(
    encrypted: tuple[Path, dict[str, str], str], plain_template: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, _ids, _code = encrypted
    other = tmp_path / "other" / "office.sqlite"
    other.parent.mkdir()
    other.write_bytes(plain_template[0].read_bytes())
    at_rest.encrypt_database(other)
    cipher.forget()
    cipher.keys_path(path).write_bytes(cipher.keys_path(other).read_bytes())
    at_rest.unlock(path, COORD, COORD_PW)  # the other office's key comes out ...
    with pytest.raises(DatabaseError, match="The key does not open"):
        open_database(path, create=False)  # ... and does not open this file


def test_a_missing_key_file_is_named(encrypted: tuple[Path, dict[str, str], str]) -> None:
    path, _ids, _code = encrypted
    cipher.keys_path(path).unlink()
    with pytest.raises(DatabaseError, match=r"its key file office\.sqlite\.keys is missing beside it"):
        open_database(path)
