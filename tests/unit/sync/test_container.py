"""The bundle container: round trips, every refusal, and no byte left unguarded."""

from __future__ import annotations

import hashlib
import json
import os
import random
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cl_desktop.errors import RefusedInput
from cl_desktop.sync.container import (
    CHUNK_SIZE,
    FORMAT_VERSION,
    MAGIC,
    BundleError,
    ChangeRange,
    Manifest,
    Refusal,
    RevokedSigner,
    UnknownSigner,
    open_bundle,
    read_manifest,
    write_bundle,
)
from cl_desktop.sync.crypto import KeyPair

DOCS = Path(__file__).resolve().parents[3] / "docs" / "bundle-format.md"
FOOTER_SIZE = 44
SIGNATURE_SIZE = 64
SMALL_CHUNK = 64

OFFICE = KeyPair.generate()
HQ = KeyPair.generate()
OTHER_HQ = KeyPair.generate()

Signers = Callable[[str], str]


def signers(enrolled: dict[str, KeyPair] | None = None, revoked: frozenset[str] = frozenset()) -> Signers:
    """What the sync engine will build from its table of enrolled offices."""
    table = {"KH-01": OFFICE, "HQ": HQ} if enrolled is None else enrolled

    def lookup(code: str) -> str:
        if code in revoked:
            raise RevokedSigner(code)
        if code not in table:
            raise UnknownSigner(code)
        return table[code].public.signing

    return lookup


def fields(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "kind": "office",
        "sender": "KH-01",
        "recipient": "HQ",
        "change_range": {"from_seq": 101, "to_seq": 250},
        "counts": {"child": 12, "household": 3},
    }
    base.update(overrides)
    return base


def small_plaintext() -> list[bytes]:
    rng = random.Random(7)
    return [b'{"table":"child","seq":1}\n' * 4, rng.randbytes(150), b"", b"tail\n"]


def write(path: Path, chunks: list[bytes] | None = None, **kwargs: Any) -> Manifest:
    signer = kwargs.pop("signer", OFFICE)
    to = kwargs.pop("to", HQ)
    chunk_size = kwargs.pop("chunk_size", SMALL_CHUNK)
    return write_bundle(
        path,
        fields(**kwargs),
        small_plaintext() if chunks is None else chunks,
        signer,
        to.public.encryption,
        chunk_size=chunk_size,
    )


def open_all(path: Path, recipient: KeyPair = HQ, trusted: Signers | None = None) -> tuple[Manifest, bytes]:
    manifest, stream = open_bundle(path, recipient_private=recipient, trusted_signers=trusted or signers())
    return manifest, b"".join(stream)


def refusal(path: Path, recipient: KeyPair = HQ, trusted: Signers | None = None) -> BundleError:
    """Refusals must come from open_bundle itself, before any plaintext exists."""
    with pytest.raises(BundleError) as info:
        open_bundle(path, recipient_private=recipient, trusted_signers=trusted or signers())
    return info.value


def reseal_tail(data: bytes, manifest_bytes: bytes, signature: bytes) -> bytes:
    """Replace manifest and signature and fix the unsigned footer checksum, as a forger would."""
    size = int.from_bytes(data[-FOOTER_SIZE : -FOOTER_SIZE + 4], "big")
    head = data[: len(data) - FOOTER_SIZE - SIGNATURE_SIZE - size]
    tail = manifest_bytes + signature
    footer = len(manifest_bytes).to_bytes(4, "big") + hashlib.sha256(tail).digest()
    return head + tail + footer + data[-8:]


def split_tail(data: bytes) -> tuple[bytes, bytes]:
    size = int.from_bytes(data[-FOOTER_SIZE : -FOOTER_SIZE + 4], "big")
    start = len(data) - FOOTER_SIZE - SIGNATURE_SIZE - size
    return data[start : start + size], data[start + size : start + size + SIGNATURE_SIZE]


@pytest.fixture(scope="module")
def small_bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("small") / "small.clb"
    write(path)
    return path.read_bytes()


# --- Round trips --------------------------------------------------------------


def test_round_trip_returns_the_plaintext_and_the_manifest(tmp_path: Path) -> None:
    path = tmp_path / "KH-01.clb"
    written = write(path)
    manifest, plaintext = open_all(path)
    assert plaintext == b"".join(small_plaintext())
    assert manifest == written
    assert manifest.plaintext_size == len(plaintext)
    assert manifest.payload_size > 3 * SMALL_CHUNK  # several chunks were exercised


def test_round_trip_with_the_default_chunk_size_and_an_empty_payload(tmp_path: Path) -> None:
    path = tmp_path / "empty-payload.clb"
    written = write_bundle(path, fields(), [], OFFICE, HQ.public.encryption)
    manifest, plaintext = open_all(path)
    assert plaintext == b""
    assert manifest.chunk_size == CHUNK_SIZE
    assert manifest == written


def test_a_return_bundle_from_headquarters_opens_at_the_office(tmp_path: Path) -> None:
    path = tmp_path / "return.clb"
    write(path, kind="return", sender="HQ", recipient="KH-01", signer=HQ, to=OFFICE)
    manifest, plaintext = open_all(path, recipient=OFFICE)
    assert (manifest.kind, manifest.sender, manifest.recipient) == ("return", "HQ", "KH-01")
    assert plaintext == b"".join(small_plaintext())


def test_manifest_is_readable_without_any_key(tmp_path: Path) -> None:
    path = tmp_path / "b.clb"
    written = write(path, extra_note="សួស្តី", app_version="0.1.0")
    manifest = read_manifest(path)
    assert manifest == written
    assert manifest.kind == "office"
    assert (manifest.sender, manifest.recipient) == ("KH-01", "HQ")
    assert manifest.change_range == ChangeRange(101, 250)
    assert not manifest.is_full
    assert manifest.counts == {"child": 12, "household": 3}
    assert manifest.extra == {"extra_note": "សួស្តី", "app_version": "0.1.0"}
    assert manifest.signer_key == OFFICE.signing_fingerprint
    assert manifest.recipient_key == HQ.encryption_fingerprint
    assert manifest.format_version == FORMAT_VERSION
    assert str(uuid.UUID(manifest.bundle_id)) == manifest.bundle_id
    assert manifest.created_at.endswith("Z")
    # The manifest is plain UTF-8 JSON in the file, identical to to_dict().
    stored, _ = split_tail(path.read_bytes())
    assert json.loads(stored) == manifest.to_dict()


def test_a_full_bundle_has_no_change_range(tmp_path: Path) -> None:
    path = tmp_path / "full.clb"
    write(path, change_range=None)
    assert read_manifest(path).is_full


def test_caller_may_fix_bundle_id_and_created_at(tmp_path: Path) -> None:
    path = tmp_path / "fixed.clb"
    bundle_id = "01890a5d-ac96-774b-bcce-b302099a8057"
    created = "2026-11-23T17:32:00.123Z"
    manifest = write(path, bundle_id=bundle_id, created_at=created)
    assert (manifest.bundle_id, manifest.created_at) == (bundle_id, created)


@pytest.mark.parametrize(
    ("overrides", "detail"),
    [
        ({"payload": {}}, "fills in ['payload']"),
        ({"kind": "upload"}, 'kind must be "office" or "return"'),
        ({"counts": {"child": True}}, "counts['child'] must be an integer"),
        ({"counts": {"child": -1}}, "counts['child'] must be an integer"),
        ({"change_range": {"from_seq": 5, "to_seq": 4}}, "must not exceed"),
        ({"sender": ""}, "sender must be a code"),
        ({"bundle_id": "not-a-uuid"}, "bundle_id must be a UUID"),
        ({"created_at": "yesterday"}, "bad created_at"),
        ({"extra": float("nan")}, "Out of range float"),
        ({"extra": object()}, "not JSON serializable"),
    ],
)
def test_writing_a_malformed_manifest_is_a_value_error_and_writes_nothing(
    tmp_path: Path, overrides: dict[str, Any], detail: str
) -> None:
    path = tmp_path / "bad.clb"
    with pytest.raises(ValueError, match="Cannot write bundle") as info:
        write(path, **overrides)
    assert detail in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_required_field_is_a_value_error(tmp_path: Path) -> None:
    manifest = fields()
    del manifest["counts"]
    with pytest.raises(ValueError, match=r"needs \['counts'\]"):
        write_bundle(tmp_path / "x.clb", manifest, [], OFFICE, HQ.public.encryption)


def test_a_failed_write_leaves_no_file_and_keeps_an_older_one(tmp_path: Path) -> None:
    path = tmp_path / "resend.clb"
    write(path)
    before = path.read_bytes()

    def failing() -> Iterator[bytes]:
        yield os.urandom(5 * SMALL_CHUNK)  # some chunks reach the disk first
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="database went away"):
        write_bundle(path, fields(), failing(), OFFICE, HQ.public.encryption, chunk_size=64)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["resend.clb"]

    fresh = tmp_path / "fresh.clb"
    with pytest.raises(RuntimeError):
        write_bundle(fresh, fields(), failing(), OFFICE, HQ.public.encryption, chunk_size=64)
    assert not fresh.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["resend.clb"]


# --- Each refusal, with its exact sentence ------------------------------------


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BundleError) as info:
        read_manifest(tmp_path / "gone.clb")
    assert info.value.reason is Refusal.MISSING
    assert str(info.value) == "The bundle file gone.clb does not exist."
    assert refusal(tmp_path / "gone.clb").reason is Refusal.MISSING


def test_a_bundle_error_is_refused_input() -> None:
    assert issubclass(BundleError, RefusedInput)


def test_a_folder_is_refused_as_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "folder.clb"
    folder.mkdir()
    error = refusal(folder)
    assert error.reason is Refusal.UNREADABLE
    assert str(error).startswith("The bundle file folder.clb could not be read (")


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.clb"
    path.write_bytes(b"")
    error = refusal(path)
    assert error.reason is Refusal.EMPTY
    assert str(error) == ("The file empty.clb is empty, so it is not a sync bundle; copy the bundle again.")


@pytest.mark.parametrize("content", [b"PK\x03\x04zipzipzip", b"child,name\n1,Dara\n", b"\x00"])
def test_another_kind_of_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(content)
    error = refusal(path)
    assert error.reason is Refusal.NOT_A_BUNDLE
    assert str(error) == "The file report.xlsx is not a CL Desktop sync bundle."


def test_a_cut_short_bundle_is_refused(tmp_path: Path, small_bundle: bytes) -> None:
    path = tmp_path / "short.clb"
    path.write_bytes(small_bundle[:-1])
    error = refusal(path)
    assert error.reason is Refusal.TRUNCATED
    assert str(error) == ("The bundle file short.clb is incomplete (cut short, perhaps while copying); copy it again.")


def test_a_damaged_payload_is_refused(tmp_path: Path, small_bundle: bytes) -> None:
    data = bytearray(small_bundle)
    data[len(MAGIC) + 2 + 100] ^= 0x20
    path = tmp_path / "damaged.clb"
    path.write_bytes(data)
    error = refusal(path)
    assert error.reason is Refusal.DAMAGED
    assert str(error) == (
        "The bundle file damaged.clb is damaged (its contents do not match its checksum); "
        "copy it again or ask the sender for a new bundle."
    )


def test_an_edited_manifest_is_refused_as_tampered(tmp_path: Path, small_bundle: bytes) -> None:
    manifest_bytes, signature = split_tail(small_bundle)
    edited = manifest_bytes.replace(b'"child":12', b'"child":13')
    assert edited != manifest_bytes
    path = tmp_path / "edited.clb"
    path.write_bytes(reseal_tail(small_bundle, edited, signature))
    assert read_manifest(path).counts["child"] == 13  # structurally a fine bundle
    error = refusal(path)
    assert error.reason is Refusal.TAMPERED
    assert str(error) == (
        "The bundle file edited.clb fails its signature check: it was changed after "
        "office KH-01 signed it, so it cannot be imported."
    )


def test_a_forged_signature_with_the_enrolled_fingerprint_is_refused(tmp_path: Path, small_bundle: bytes) -> None:
    manifest_bytes, _ = split_tail(small_bundle)
    payload_hash = bytes.fromhex(json.loads(manifest_bytes)["payload"]["sha256"])
    forger = KeyPair.generate()
    forged = forger.sign(b"CL Desktop bundle signature v1\x00" + manifest_bytes + payload_hash)
    path = tmp_path / "forged.clb"
    path.write_bytes(reseal_tail(small_bundle, manifest_bytes, forged))
    assert refusal(path).reason is Refusal.TAMPERED


def test_a_bundle_from_an_office_not_enrolled_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "stranger.clb"
    write(path, sender="KH-99")
    error = refusal(path)
    assert error.reason is Refusal.UNKNOWN_SENDER
    assert str(error) == (
        "The bundle file stranger.clb is signed by office KH-99, which is not enrolled on this computer."
    )


def test_a_bundle_signed_with_another_key_than_the_enrolled_one_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "rekeyed.clb"
    new_keys = KeyPair.generate()
    write(path, signer=new_keys)
    error = refusal(path)
    assert error.reason is Refusal.UNKNOWN_KEY
    assert str(error) == (
        f"The bundle file rekeyed.clb is signed by office KH-01 with key "
        f"{new_keys.signing_fingerprint}, but the key enrolled for it is "
        f"{OFFICE.signing_fingerprint}; re-enrol it if it has changed its keys."
    )


def test_a_bundle_from_a_revoked_office_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "revoked.clb"
    write(path)
    error = refusal(path, trusted=signers(revoked=frozenset({"KH-01"})))
    assert error.reason is Refusal.REVOKED_SENDER
    assert str(error) == (
        "The bundle file revoked.clb is signed by office KH-01, whose key has been revoked, so it cannot be imported."
    )


def test_a_bundle_for_another_headquarters_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.clb"
    write(path, recipient="HQ-B", to=OTHER_HQ)
    # Checked before the sender: the other headquarters' offices are not enrolled here.
    error = refusal(path, trusted=signers(enrolled={}))
    assert error.reason is Refusal.WRONG_RECIPIENT
    assert str(error) == (
        f"The bundle file elsewhere.clb is encrypted for another headquarters "
        f"(HQ-B, key {OTHER_HQ.encryption_fingerprint}), not for this one "
        f"(key {HQ.encryption_fingerprint}), so it cannot be opened here."
    )


def test_a_return_bundle_for_another_office_names_an_office(tmp_path: Path) -> None:
    path = tmp_path / "r.clb"
    write(path, kind="return", sender="HQ", recipient="KH-02", signer=HQ, to=HQ)
    error = refusal(path, recipient=OFFICE)
    assert error.reason is Refusal.WRONG_RECIPIENT
    assert "is encrypted for another office (KH-02, key" in str(error)


def test_a_bundle_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.clb"
    path.write_bytes(MAGIC + (FORMAT_VERSION + 1).to_bytes(2, "big") + b"layout of the future")
    message = (
        f"This bundle was made by a newer version of CL Desktop (format {FORMAT_VERSION + 1}); "
        "update CL Desktop to import it."
    )
    with pytest.raises(BundleError) as info:
        read_manifest(path)
    assert info.value.reason is Refusal.NEWER_FORMAT
    assert str(info.value) == message
    assert str(refusal(path)) == message


# --- No byte unguarded ----------------------------------------------------------


def test_flipping_any_single_byte_is_refused_before_any_plaintext(tmp_path: Path, small_bundle: bytes) -> None:
    path = tmp_path / "flip.clb"
    for position in range(len(small_bundle)):
        for mask in (0x01, 0x80):
            data = bytearray(small_bundle)
            data[position] ^= mask
            path.write_bytes(data)
            refusal(path)  # raised by open_bundle, never while streaming


def test_truncation_at_every_length_is_refused(tmp_path: Path, small_bundle: bytes) -> None:
    path = tmp_path / "cut.clb"
    for length in range(len(small_bundle)):
        path.write_bytes(small_bundle[:length])
        error = refusal(path)
        assert error.reason in {Refusal.EMPTY, Refusal.TRUNCATED, Refusal.DAMAGED}, length


def test_the_stream_refuses_a_file_changed_after_verification(tmp_path: Path, small_bundle: bytes) -> None:
    """Chunk nonces and associated data catch reordering and truncation on their own."""
    header = len(MAGIC) + 2
    sealed = SMALL_CHUNK + 16
    first, second = slice(header, header + sealed), slice(header + sealed, header + 2 * sealed)
    swapped = bytearray(small_bundle)
    swapped[first], swapped[second] = small_bundle[second], small_bundle[first]
    repeated = bytearray(small_bundle)
    repeated[second] = small_bundle[first]
    payload_end = len(small_bundle) - FOOTER_SIZE - SIGNATURE_SIZE - len(split_tail(small_bundle)[0])
    for changed in (bytes(swapped), bytes(repeated), small_bundle[: payload_end - 1]):
        path = tmp_path / "swap.clb"
        path.write_bytes(small_bundle)
        _, stream = open_bundle(path, recipient_private=HQ, trusted_signers=signers())
        path.write_bytes(changed)  # e.g. the stick is swapped mid-import
        with pytest.raises(BundleError) as info:
            b"".join(stream)
        assert info.value.reason is Refusal.CHANGED
        assert str(info.value) == (
            "The bundle file swap.clb changed or became unreadable while it was being imported; "
            "copy it again and repeat the import."
        )


@pytest.mark.parametrize(
    "manifest_bytes",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"counts": ' + b"9" * 5000 + b"}",
        b'{"counts": NaN}',
        b'{"kind": "office", "kind": "return"}',
        b'{"kind": "\xff\xfe"}',
        b"\xef\xbb\xbf{}",
        b"null",
    ],
    ids=["deep", "huge-int", "nan", "duplicate-key", "not-utf8", "bom", "null"],
)
def test_a_pathological_manifest_is_damaged(tmp_path: Path, small_bundle: bytes, manifest_bytes: bytes) -> None:
    path = tmp_path / "odd.clb"
    path.write_bytes(reseal_tail(small_bundle, manifest_bytes, bytes(SIGNATURE_SIZE)))
    with pytest.raises(BundleError) as info:
        read_manifest(path)
    assert info.value.reason is Refusal.DAMAGED


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
        max_leaves=10,
    )


FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(
    prefix=st.sampled_from([b"", MAGIC, MAGIC + b"\x00\x01", MAGIC + b"\x00\x02"]),
    body=st.binary(max_size=600),
    suffix=st.sampled_from([b"", b"CLBEND\r\n"]),
)
def test_arbitrary_bytes_are_always_a_bundle_error(
    tmp_path_factory: pytest.TempPathFactory, prefix: bytes, body: bytes, suffix: bytes
) -> None:
    path = tmp_path_factory.getbasetemp() / "fuzz-arbitrary.clb"
    path.write_bytes(prefix + body + suffix)
    with pytest.raises(BundleError):
        read_manifest(path)
    refusal(path)


@FUZZ
@given(data=st.data())
def test_mutated_bundles_are_always_a_bundle_error(
    tmp_path_factory: pytest.TempPathFactory, small_bundle: bytes, data: st.DataObject
) -> None:
    bundle = bytearray(small_bundle)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        at = data.draw(st.integers(0, max(len(bundle) - 1, 0)), label="at")
        op = data.draw(st.sampled_from(["flip", "insert", "delete", "overwrite", "cut"]))
        if op == "flip" and bundle:
            bundle[at] ^= data.draw(st.integers(1, 255))
        elif op == "insert":
            bundle[at:at] = data.draw(st.binary(min_size=1, max_size=40))
        elif op == "delete":
            del bundle[at : at + data.draw(st.integers(1, 40))]
        elif op == "overwrite":
            patch = data.draw(st.binary(min_size=1, max_size=40))
            bundle[at : at + len(patch)] = patch
        else:
            del bundle[at:]
    if bytes(bundle) == small_bundle:
        return
    path = tmp_path_factory.getbasetemp() / "fuzz-mutated.clb"
    path.write_bytes(bundle)
    refusal(path)


@FUZZ
@given(
    key=st.sampled_from(
        [
            "kind",
            "sender",
            "counts",
            "change_range",
            "encryption",
            "payload",
            "bundle_id",
            "created_at",
            "format_version",
            "signer_key",
        ]
    ),
    value=_json_values(),
)
def test_a_well_framed_bundle_with_any_manifest_value_is_a_bundle_error(
    tmp_path_factory: pytest.TempPathFactory, small_bundle: bytes, key: str, value: Any
) -> None:
    """The validator meets arbitrary JSON behind a correct footer checksum."""
    manifest_bytes, signature = split_tail(small_bundle)
    manifest = json.loads(manifest_bytes)
    if manifest[key] == value:
        return
    manifest[key] = value
    edited = json.dumps(manifest).encode()
    path = tmp_path_factory.getbasetemp() / "fuzz-manifest.clb"
    path.write_bytes(reseal_tail(small_bundle, edited, signature))
    refusal(path)


# --- Big and bounded -------------------------------------------------------------


def _json_lines_pool(size: int) -> bytes:
    rng = random.Random(3)
    lines = [
        f'{{"seq":{seq},"table":"child","id":"{uuid.UUID(int=rng.getrandbits(128))}",'
        f'"hours":{rng.randrange(60)},"name":"Child {rng.randrange(10**4)}"}}\n'.encode()
        for seq in range(size // 90)
    ]
    return b"".join(lines)


def _mixed_plaintext(total: int, pool: bytes, piece: int = 256 * 1024) -> Iterator[bytes]:
    """Half incompressible, half JSON lines, never more than one piece alive."""
    rng = random.Random(5)
    sent = 0
    while sent < total:
        if (sent // piece) % 2:
            block = rng.randbytes(piece)
        else:
            start = rng.randrange(len(pool) - piece)
            block = pool[start : start + piece]
        block = block[: total - sent]
        sent += len(block)
        yield block


def test_a_large_bundle_streams_with_bounded_memory(tmp_path: Path) -> None:
    total = 50 * 1024 * 1024
    path = tmp_path / "large.clb"
    expected = hashlib.sha256()
    pool = _json_lines_pool(2 * 1024 * 1024)
    tracemalloc.start()
    try:

        def hashed(source: Iterator[bytes]) -> Iterator[bytes]:
            for block in source:
                expected.update(block)
                yield block

        write_bundle(path, fields(), hashed(_mixed_plaintext(total, pool)), OFFICE, HQ.public.encryption)
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        manifest, stream = open_bundle(path, recipient_private=HQ, trusted_signers=signers())
        got = hashlib.sha256()
        size = 0
        for piece in stream:
            assert len(piece) <= 1024 * 1024
            got.update(piece)
            size += len(piece)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert size == total == manifest.plaintext_size
    assert got.digest() == expected.digest()
    assert write_peak < 8 * 1024 * 1024, write_peak
    assert read_peak < 8 * 1024 * 1024, read_peak


def test_a_highly_compressible_payload_is_yielded_in_bounded_pieces(tmp_path: Path) -> None:
    path = tmp_path / "zeros.clb"
    zeros = bytes(1024 * 1024)
    write_bundle(path, fields(), [zeros] * 40, OFFICE, HQ.public.encryption)
    assert os.path.getsize(path) < 200 * 1024  # 40 MiB of zeros in a small file
    _, stream = open_bundle(path, recipient_private=HQ, trusted_signers=signers())
    sizes = [len(piece) for piece in stream]
    assert sum(sizes) == 40 * 1024 * 1024
    assert max(sizes) <= 1024 * 1024


# --- The documentation keeps up ------------------------------------------------------


def test_every_refusal_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    missing = [reason.value for reason in Refusal if f"`{reason.value}`" not in text]
    assert missing == []
