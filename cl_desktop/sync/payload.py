"""What goes inside a bundle: JSON lines, one record per line.

Lines (``k`` says which): ``h`` header (payload version), ``R`` a batch of rows
of a snapshot (the column names once, then the values of each row as an array;
payload version 2), ``r`` one row of a snapshot as an object (version 1, still
read), ``e`` an audit entry with the row detail needed to apply it, ``z`` the
end with the number of records (a cut stream is caught by the container's
hashes anyway; this line makes a bug in a sender visible too).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from json.scanner import make_scanner
from typing import Any

from cl_desktop.sync.container import BundleError, Refusal

# The highest payload version this build reads. Change bundles are still written as version 1
# (their lines have not changed, so an older installation reads them); full bundles and setup
# files are version 2 (rows in batches).
PAYLOAD_VERSION = 2
CHANGES_VERSION = 1
ROWS_VERSION = 2
ROWS_PER_LINE = 1_000  # rows in one ``R`` line: a few hundred KiB of JSON
_BATCH_BYTES = 256 * 1024
# One encoder for every line (``json.dumps`` with options builds a new one per call).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode


def encode_lines(records: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """Serialise records into byte pieces of about 256 KiB for ``write_bundle``."""
    buf: list[bytes] = []
    size = 0
    for rec in records:
        line = _encode(rec).encode() + b"\n"
        buf.append(line)
        size += len(line)
        if size >= _BATCH_BYTES:
            yield b"".join(buf)
            buf, size = [], 0
    if buf:
        yield b"".join(buf)


def decode_lines(pieces: Iterable[bytes], name: str) -> Iterator[dict[str, Any]]:
    """Parse the plaintext stream back into records; a record may span two pieces.

    Each piece's complete lines are decoded from UTF-8 at once and every line is scanned with the
    JSON module's C scanner, which must consume the whole line: the same acceptance as
    ``json.loads`` per line without its per-call overhead (about a third of a full import).
    """
    rest = b""
    for piece in pieces:
        data = rest + piece if rest else piece
        cut = data.rfind(b"\n")
        if cut < 0:
            rest = data
            continue
        rest = data[cut + 1 :]
        yield from _parse_block(data[:cut], name)
    if rest:
        yield from _parse_block(rest, name)


_scan = make_scanner(json.JSONDecoder())  # type: ignore[arg-type]
_SPACE = " \t\r"


def _parse_block(block: bytes, name: str) -> Iterator[dict[str, Any]]:
    try:
        text = block.decode()
    except UnicodeDecodeError:
        raise damaged(name) from None
    for line in text.split("\n"):
        if line:
            yield _parse(line, name)


def _parse(line: str, name: str) -> dict[str, Any]:
    line = line.strip(_SPACE)
    try:
        value, end = _scan(line, 0)
    except (ValueError, StopIteration, RecursionError):
        raise damaged(name) from None
    if end != len(line) or not isinstance(value, dict) or "k" not in value:
        raise damaged(name)
    return value


def row_batch(rec: dict[str, Any], name: str) -> tuple[str, list[str], list[list[Any]]]:
    """The table, column names and rows of an ``R`` line, checked for shape (not for content)."""
    table, cols, rows = rec.get("t"), rec.get("c"), rec.get("v")
    if not (isinstance(table, str) and isinstance(cols, list) and isinstance(rows, list) and cols):
        raise damaged(name)
    if not all(type(c) is str for c in cols) or len(set(cols)) != len(cols) or "id" not in cols:
        raise damaged(name)
    width = len(cols)
    for row in rows:
        if type(row) is not list or len(row) != width:
            raise damaged(name)
    return table, cols, rows


def damaged(name: str) -> BundleError:
    return BundleError(
        Refusal.DAMAGED,
        f"The bundle file {name} is damaged (its contents are not what CL Desktop writes); "
        "ask the sender for a new bundle.",
    )
