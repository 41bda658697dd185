"""Every refused bundle is one sentence and leaves the database exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from replicas import Network, dump_digest

from cl_desktop.errors import KnownError
from cl_desktop.services.setup import create_database
from cl_desktop.sync import keys as sync_keys
from cl_desktop.sync.container import write_bundle
from cl_desktop.sync.engine import import_bundle
from cl_desktop.sync.setup_file import add_office, revoke_office


@pytest.fixture
def bundle(net: Network) -> Path:
    """An office bundle with a new child, nothing imported yet."""
    net.register("KH-A")
    return net.send("KH-A")


def refused(net: Network, path: Path, match: str, code: str = "HQ") -> str:
    db = net.dbs[code]
    before = dump_digest(db)
    with pytest.raises(KnownError, match=match) as info:
        import_bundle(db, path, user="test")
    message = str(info.value)
    assert message.count(". ") == 0 and message.endswith("."), "one sentence"
    assert dump_digest(db) == before
    return message


def edited(path: Path, change: Callable[[bytearray], None]) -> Path:
    data = bytearray(path.read_bytes())
    change(data)
    out = path.with_name("edited-" + path.name)
    out.write_bytes(bytes(data))
    return out


def test_a_damaged_bundle_is_refused(net: Network, bundle: Path) -> None:
    def flip(data: bytearray) -> None:
        data[40] ^= 0x01  # inside the encrypted payload

    refused(net, edited(bundle, flip), "damaged")


def test_a_truncated_bundle_is_refused(net: Network, bundle: Path) -> None:
    def cut(data: bytearray) -> None:
        del data[len(data) // 2 :]

    refused(net, edited(bundle, cut), "incomplete")


def test_a_tampered_manifest_is_refused(net: Network, bundle: Path) -> None:
    """Someone edits the manifest and fixes the footer checksum; the signature still fails."""
    import hashlib

    def tamper(data: bytearray) -> None:
        size = int.from_bytes(data[-44:-40], "big")
        start = len(data) - 44 - 64 - size
        original = bytes(data[start : start + size])
        year = original.split(b'"created_at":"', 1)[1][:4]
        manifest = original.replace(b'"created_at":"' + year, b'"created_at":' + b'"1999', 1)
        assert manifest != original
        data[start : start + size] = manifest
        tail = bytes(data[start : start + size + 64])
        data[-40:-8] = hashlib.sha256(tail).digest()

    refused(net, edited(bundle, tamper), "fails its signature check")


def test_a_bundle_from_an_unknown_office_is_refused(net: Network, tmp_path: Path) -> None:
    stranger = create_database(tmp_path / "stranger-hq.sqlite", office_code="HQ", office_name="Other HQ", hq=True)
    add_office(stranger, code="KH-Z", name="Stranger", out=tmp_path / "z.setup", user="x", passphrase="p")
    hq_keys = sync_keys.load_own_keys(net.dbs["HQ"])
    assert hq_keys is not None
    office_keys = sync_keys.load_own_keys(net.dbs["KH-A"])
    assert office_keys is not None
    path = tmp_path / "unknown.bundle"
    write_bundle(
        path,
        {"kind": "office", "sender": "KH-Z", "recipient": "HQ", "change_range": None, "counts": {}},
        [b""],
        office_keys,
        hq_keys.public.encryption,
    )
    refused(net, path, "not enrolled")
    stranger.close()


def test_a_bundle_from_a_revoked_office_is_refused(net: Network, bundle: Path) -> None:
    revoke_office(net.dbs["HQ"], "KH-A", "laptop stolen", "admin")
    refused(net, bundle, "revoked")


def test_a_bundle_for_another_headquarters_is_refused(net: Network, tmp_path: Path) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    other = Network(folder, offices=("KH-A",))
    try:
        refused(net, other.send("KH-A"), "encrypted for another headquarters")
    finally:
        other.close()


def test_a_bundle_from_a_newer_format_is_refused(net: Network, bundle: Path) -> None:
    def newer(data: bytearray) -> None:
        data[8:10] = (2).to_bytes(2, "big")

    refused(net, edited(bundle, newer), "newer version")


def test_a_payload_from_a_newer_version_is_refused(net: Network, tmp_path: Path) -> None:
    hq_keys = sync_keys.load_own_keys(net.dbs["HQ"])
    office_keys = sync_keys.load_own_keys(net.dbs["KH-A"])
    assert hq_keys and office_keys
    path = tmp_path / "newer.bundle"
    write_bundle(
        path,
        {
            "kind": "office",
            "sender": "KH-A",
            "recipient": "HQ",
            "change_range": None,
            "counts": {},
            "payload_version": 99,
        },
        [b'{"k":"h","v":99}\n'],
        office_keys,
        hq_keys.public.encryption,
    )
    refused(net, path, "newer version")


def test_a_gap_in_the_change_numbers_is_refused(net: Network) -> None:
    child = net.register("KH-A")
    net.load("HQ", net.send("KH-A"))
    net.load("KH-A", net.ret("KH-A"))
    # the office believes headquarters has acknowledged more than it received
    net.dbs["KH-A"].execute("UPDATE sync_peers SET acked_seq = acked_seq + 1 WHERE peer = 'HQ'")
    net.edit("KH-A", "children", child["id"], notes="x")
    net.edit("KH-A", "children", child["id"], notes="y")
    refused(net, net.send("KH-A"), "import the bundle with changes")


def test_own_bundles_and_office_bundles_at_an_office_are_refused(net: Network) -> None:
    refused(net, net.ret("KH-A"), "made by this database")
    refused(net, net.send("KH-B"), "office bundle for headquarters", code="KH-A")


def test_a_file_that_is_not_a_bundle_is_refused(net: Network, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    refused(net, path, "not a CL Desktop sync bundle")


def test_a_failure_in_the_middle_of_applying_leaves_nothing_behind(
    net: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast twin of the SIGKILL test in tests/e2e/test_sync_cli.py: one transaction or nothing."""
    for i in range(3):
        net.register("KH-A", case_number=f"KH-A-00000{i}")
    path = net.send("KH-A")
    from cl_desktop.sync import apply

    real = apply.Applier.apply_entry
    calls = {"n": 0}

    def failing(self: apply.Applier, *args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("the stick was pulled")
        real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(apply.Applier, "apply_entry", failing)
    before = dump_digest(net.dbs["HQ"])
    with pytest.raises(OSError):
        import_bundle(net.dbs["HQ"], path, user="test")
    assert calls["n"] == 5
    assert dump_digest(net.dbs["HQ"]) == before
    monkeypatch.setattr(apply.Applier, "apply_entry", real)
    assert import_bundle(net.dbs["HQ"], path, user="test").receipt.added == 3
