"""What goes inside a bundle: JSON lines, one record per line.

Lines (``k`` says which): ``h`` header (payload version), ``r`` a row of a
snapshot, ``e`` an audit entry with the row detail needed to apply it, ``z``
the end with the number of records (a cut stream is caught by the container's
hashes anyway; this line makes a bug in a sender visible too).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from cl_desktop.sync.container import BundleError, Refusal

PAYLOAD_VERSION = 1
_BATCH_BYTES = 256 * 1024



def encode_lines(records: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """Serialise records into byte pieces of about 256 KiB for ``write_bundle``."""
    buf: list[bytes] = []
    size = 0
    for rec in records:
        line = json.dumps(rec, ensure_ascii=False, separators=(",", ":"), default=str).encode() + b"\n"
        buf.append(line)
        size += len(line)
        if size >= _BATCH_BYTES:
            yield b"".join(buf)
            buf, size = [], 0
    if buf:
        yield b"".join(buf)


def decode_lines(pieces: Iterable[bytes], name: str) -> Iterator[dict[str, Any]]:
    """Parse the plaintext stream back into records; a record may span two pieces."""
    rest = b""
    for piece in pieces:
        data = rest + piece
        lines = data.split(b"\n")
        rest = lines.pop()
        for line in lines:
            if line:
                yield _parse(line, name)
    if rest:
        yield _parse(rest, name)


def _parse(line: bytes, name: str) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except ValueError:
        raise damaged(name) from None
    if not isinstance(value, dict) or "k" not in value:
        raise damaged(name)
    return value


def damaged(name: str) -> BundleError:
    return BundleError(
        Refusal.DAMAGED,
        f"The bundle file {name} is damaged (its contents are not what CL Desktop writes); "
        "ask the sender for a new bundle.",
    )
