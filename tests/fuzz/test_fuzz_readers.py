"""The bounded readers: bundle payload lines, audit entries inside them, encrypted backup headers.

Each accepts what CL Desktop writes and refuses anything else with one sentence, within its limit:
a line of at most ``MAX_LINE_BYTES``, a key-derivation cost of at most 128 MiB.
"""

from __future__ import annotations

import io
import itertools
import json
import struct
import time

import pytest
from fuzz_world import FUZZ
from hypothesis import given
from hypothesis import strategies as st

from cl_desktop.errors import KnownError
from cl_desktop.security import crypto_at_rest as car
from cl_desktop.sync.container import BundleError
from cl_desktop.sync.payload import MAX_LINE_BYTES, decode_lines, encode_lines, entry_record

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(c, len(data)) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in itertools.pairwise(points)]


@FUZZ
@given(st.binary(max_size=4096), st.lists(st.integers(0, 4096), max_size=8))
def test_payload_lines_from_any_bytes(data: bytes, cuts: list[int]) -> None:
    try:
        for rec in decode_lines(_split(data, cuts), "x.bundle"):
            assert isinstance(rec, dict) and "k" in rec
    except BundleError as exc:
        assert "\n" not in str(exc)


@FUZZ
@given(st.lists(st.dictionaries(st.text(max_size=8), JSON, max_size=5), max_size=20), st.integers(1, 64))
def test_payload_lines_round_trip_however_the_stream_is_cut(records: list[dict], piece: int) -> None:
    records = [{**r, "k": "e"} for r in records]
    data = b"".join(encode_lines(records))
    pieces = [data[i : i + piece] for i in range(0, len(data), piece)]
    assert list(decode_lines(pieces, "x.bundle")) == json.loads(json.dumps(records))


@FUZZ
@given(st.integers(-4096, 4096), st.sampled_from([1 << 16, 1 << 20]))
def test_a_line_at_the_limit_is_read_and_one_past_it_refused(offset: int, piece: int) -> None:
    size = MAX_LINE_BYTES + offset  # the line's bytes before its newline
    line = b'{"k":"e","x":"' + b"A" * (size - 16) + b'"}'
    assert len(line) == size
    data = line + b"\n"
    pieces = (data[i : i + piece] for i in range(0, len(data), piece))
    started = time.monotonic()
    if size <= MAX_LINE_BYTES:
        assert [r["k"] for r in decode_lines(pieces, "x.bundle")] == ["e"]
    else:
        with pytest.raises(BundleError, match="longer than"):
            list(decode_lines(pieces, "x.bundle"))
    assert time.monotonic() - started < 5


@FUZZ
@given(JSON)
def test_audit_entries_of_any_shape(value: object) -> None:
    rec = {"k": "e", "e": value}
    try:
        entry = entry_record(rec, "x.bundle")
    except BundleError:
        return
    assert isinstance(entry["office"], str) and type(entry["office_seq"]) is int
    assert isinstance(entry["changes"], dict)


@FUZZ
@given(st.binary(min_size=car.HEADER_SIZE - len(car.MAGIC), max_size=car.HEADER_SIZE + 64))
def test_encrypted_backup_headers(rest: bytes) -> None:
    data = car.MAGIC + rest
    started = time.monotonic()
    with pytest.raises(KnownError):
        car.decrypt_stream(io.BytesIO(data), io.BytesIO(), "passphrase")
    _magic, _salt, log2n, r, p, _chunk, _prefix = struct.unpack(car._HEADER.format, data[: car.HEADER_SIZE])
    # a forged cost is refused before any work; an accepted one costs at most 128 MiB and two passes
    assert time.monotonic() - started < 3
    if time.monotonic() - started > 0.05:
        assert r << log2n <= 1 << 20 and p <= 2


def test_the_writer_cuts_a_batch_of_rows_too_long_for_a_reader() -> None:
    notes = "ក" * 10_000  # the longest notes a form takes, in Khmer: 30 KB of UTF-8 each
    rows = [[f"id-{i}", notes] for i in range(1_000)]
    data = b"".join(encode_lines([{"k": "R", "t": "children", "c": ["id", "notes"], "v": rows}]))
    assert len(data) > MAX_LINE_BYTES  # one line would have been refused
    assert max(len(line) for line in data.split(b"\n")) <= MAX_LINE_BYTES // 2
    batches = list(decode_lines([data], "x.bundle"))
    assert len(batches) > 1 and [r for b in batches for r in b["v"]] == rows
