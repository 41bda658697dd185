"""An encrypted office keeps syncing: the engine opens it with its key, and accounts that arrive in a
return bundle unlock it (the key file is rebuilt in the import's transaction)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from replicas import Network

from cl_desktop.security import keyslots
from cl_desktop.services import accounts, at_rest
from cl_desktop.store import cipher


@pytest.fixture(autouse=True)
def _forget() -> Iterator[None]:
    cipher.forget()
    yield
    cipher.forget()


def test_an_account_headquarters_adds_unlocks_the_encrypted_office_after_the_return_bundle(tmp_path: Path) -> None:
    net = Network(tmp_path, ("KH-A",))
    path = tmp_path / "KH-A.sqlite"
    net.dbs["KH-A"].close()
    at_rest.encrypt_database(path)
    net.reopen("KH-A")  # with the key remembered since the conversion
    child = net.register("KH-A", name="Sreymom Chhorvy")
    assert net.load("HQ", net.send("KH-A")).receipt.added >= 1
    accounts.create_user(net.ctx("HQ"), "sophal", "long password 77", "clerk", office_code="KH-A")
    with pytest.raises(keyslots.WrongSecret):
        keyslots.unlock(path, "sophal", "long password 77")
    net.load("KH-A", net.ret("KH-A"))
    for db in net.dbs.values():
        db.close()
    cipher.forget()
    at_rest.unlock(path, "sophal", "long password 77")
    db = net.reopen("KH-A")
    assert db.execute("SELECT name FROM children WHERE id = ?", [child["id"]]).fetchone() == ("Sreymom Chhorvy",)
    db.close()
    assert b"Sreymom" not in path.read_bytes()
