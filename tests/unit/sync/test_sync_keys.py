"""Office and headquarters keys: storage forms and fingerprints."""

from __future__ import annotations

import base64
import re

import pytest

from cl_desktop.sync.crypto import (
    KeyPair,
    PublicKeys,
    fingerprint,
    load_encryption_public,
    load_signing_public,
)


def test_private_keys_round_trip_through_raw_bytes() -> None:
    keys = KeyPair.generate()
    raw = keys.to_bytes()
    assert len(raw) == 64
    again = KeyPair.from_bytes(raw)
    assert again.public == keys.public
    assert again.to_bytes() == raw


def test_public_keys_are_base64_text_of_32_bytes() -> None:
    public = KeyPair.generate().public
    for text in (public.signing, public.encryption):
        assert len(base64.b64decode(text, validate=True)) == 32
    load_signing_public(public.signing)
    load_encryption_public(public.encryption)


def test_a_signature_verifies_with_the_stored_public_key() -> None:
    keys = KeyPair.generate()
    load_signing_public(keys.public.signing).verify(keys.sign(b"manifest"), b"manifest")


def test_fingerprints_are_short_stable_and_distinct() -> None:
    keys = KeyPair.generate()
    shape = re.compile(r"[0-9A-F]{4}( [0-9A-F]{4}){3}")
    for value in (keys.fingerprint, keys.signing_fingerprint, keys.encryption_fingerprint):
        assert shape.fullmatch(value)
    assert keys.fingerprint == keys.public.fingerprint
    assert keys.fingerprint == fingerprint(keys.public.signing, keys.public.encryption)
    assert keys.signing_fingerprint == fingerprint(keys.public.signing)
    assert keys.fingerprint != KeyPair.generate().fingerprint


@pytest.mark.parametrize("text", ["", "not base64!", base64.b64encode(b"short").decode(), "ü"])
def test_malformed_public_keys_are_a_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="public signing key"):
        load_signing_public(text)
    with pytest.raises(ValueError, match="public encryption key"):
        load_encryption_public(text)
    with pytest.raises(ValueError, match="public signing key"):
        PublicKeys(signing=text, encryption=text)


def test_malformed_private_bytes_are_a_value_error() -> None:
    with pytest.raises(ValueError, match="64 bytes, not 63"):
        KeyPair.from_bytes(bytes(63))


def test_repr_never_shows_private_material() -> None:
    keys = KeyPair.generate()
    assert keys.to_bytes().hex() not in repr(keys)
    assert repr(keys) == f"KeyPair(fingerprint={keys.fingerprint!r})"
