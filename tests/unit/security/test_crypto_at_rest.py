from __future__ import annotations

import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cl_desktop.errors import RefusedInput
from cl_desktop.security import crypto_at_rest as c
from cl_desktop.security.crypto_at_rest import WrongPassphrase


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The file format records its scrypt cost; tests write cheap files to stay fast."""
    monkeypatch.setattr(c, "LOG2_N", 10)


def _enc(data: bytes, chunk: int = 64) -> bytes:
    out = io.BytesIO()
    c.encrypt_stream(io.BytesIO(data), out, "pass phrase", chunk_size=chunk)
    return out.getvalue()


def _dec(blob: bytes, passphrase: str = "pass phrase") -> bytes:
    out = io.BytesIO()
    c.decrypt_stream(io.BytesIO(blob), out, passphrase)
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 640, 1000])
def test_round_trip_at_chunk_edges(size: int) -> None:
    data = os.urandom(size)
    assert _dec(_enc(data)) == data


def test_wrong_passphrase_truncation_reordering_and_trailing_data_are_refused() -> None:
    blob = _enc(os.urandom(300))
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        _dec(blob, "other phrase")
    body = blob[c.HEADER_SIZE :]
    record = 4 + 64 + 16
    with pytest.raises(WrongPassphrase):
        _dec(blob[: c.HEADER_SIZE + 2 * record])  # whole chunks dropped from the end
    swapped = blob[: c.HEADER_SIZE] + body[record : 2 * record] + body[:record] + body[2 * record :]
    with pytest.raises(WrongPassphrase):
        _dec(swapped)
    with pytest.raises(WrongPassphrase, match="after its end"):
        _dec(blob + b"x")
    with pytest.raises(RefusedInput, match="not a CL Desktop"):
        _dec(b"PK\x03\x04" + blob)


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=400), st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=255))
def test_any_single_byte_change_is_refused(data: bytes, where: int, flip: int) -> None:
    blob = bytearray(_enc(data))
    blob[where % len(blob)] ^= flip
    with pytest.raises(RefusedInput):
        _dec(bytes(blob))
