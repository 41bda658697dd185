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
# The longest line a reader accepts. Lines longer than that are not what CL Desktop writes: the
# writer cuts a batch of rows whose line would pass half of it (1,000 children with 10,000-character
# Khmer notes would be about 30 MiB), and one audit entry is a single record of a few KiB. Reading
# stops as soon as a line passes the limit, so a bundle inflating to one endless line costs the
# limit in memory, not the line.
MAX_LINE_BYTES = 16 << 20
_SPLIT_BYTES = MAX_LINE_BYTES // 2
# One encoder for every line (``json.dumps`` with options builds a new one per call).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode


def encode_lines(records: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """Serialise records into byte pieces of about 256 KiB for ``write_bundle``."""
    buf: list[bytes] = []
    size = 0
    for rec in records:
        for line in _lines(rec):
            buf.append(line)
            size += len(line)
            if size >= _BATCH_BYTES:
                yield b"".join(buf)
                buf, size = [], 0
    if buf:
        yield b"".join(buf)


def _lines(rec: dict[str, Any]) -> Iterator[bytes]:
    """One line, or for a batch of rows too long for a reader, the batch cut in halves."""
    line = _encode(rec).encode() + b"\n"
    if len(line) <= _SPLIT_BYTES:
        yield line
        return
    rows = rec.get("v") if rec.get("k") == "R" else None
    if not isinstance(rows, list) or len(rows) < 2:
        raise ValueError(f"a record of {len(line):,} bytes is longer than a bundle line may be")
    half = len(rows) // 2
    yield from _lines({**rec, "v": rows[:half]})
    yield from _lines({**rec, "v": rows[half:]})


def decode_lines(pieces: Iterable[bytes], name: str) -> Iterator[dict[str, Any]]:
    """Parse the plaintext stream back into records; a record may span several pieces.

    Each piece's complete lines are decoded from UTF-8 at once and every line is scanned with the
    JSON module's C scanner, which must consume the whole line: the same acceptance as
    ``json.loads`` per line without its per-call overhead (about a third of a full import).
    The unfinished line is kept as a list of pieces (joined once, so a long line costs linear
    time) and refused as soon as it passes ``MAX_LINE_BYTES``.
    """
    held: list[bytes] = []
    size = 0
    for piece in pieces:
        cut = piece.rfind(b"\n")
        if cut < 0:
            size += len(piece)
            if size > MAX_LINE_BYTES:
                raise too_long(name)
            held.append(piece)
            continue
        if held:
            if size + piece.find(b"\n") > MAX_LINE_BYTES:
                raise too_long(name)
            held.append(piece[:cut])
            block = b"".join(held)
        else:
            block = piece[:cut]
        rest = piece[cut + 1 :]
        held, size = ([rest], len(rest)) if rest else ([], 0)
        yield from _parse_block(block, name)
    if held:
        yield from _parse_block(b"".join(held), name)


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


_TEXT = (str,)
_ENTRY_TYPES: dict[str, tuple[type, ...]] = {
    "office": _TEXT,
    "office_seq": (int,),
    "at": _TEXT,
    "user": _TEXT,
    "action": _TEXT,
    "table_name": _TEXT,
    "row_id": (str, type(None)),
    "row_version": (int, type(None)),
    "base_version": (int, type(None)),
    "changes": (dict,),
    "source": (str, type(None)),
    "reason": (str, type(None)),
}


def entry_record(rec: dict[str, Any], name: str) -> dict[str, Any]:
    """The audit entry of an ``e`` line, checked for shape: every field there, of its type."""
    entry = rec.get("e")
    if not isinstance(entry, dict):
        raise damaged(name)
    for key, types in _ENTRY_TYPES.items():
        value = entry.get(key, ...)
        if type(value) not in types:
            raise damaged(name)
    changes = entry["changes"]
    if entry["action"] != "bulk" and not all(isinstance(v, list) and len(v) == 2 for v in changes.values()):
        raise damaged(name)
    for extra in ("r", "s"):
        if rec.get(extra) is not None and not isinstance(rec[extra], dict):
            raise damaged(name)
    return entry


def too_long(name: str) -> BundleError:
    return BundleError(
        Refusal.DAMAGED,
        f"The bundle file {name} holds a record longer than {MAX_LINE_BYTES >> 20} MiB, which CL Desktop "
        "never writes; it is refused.",
    )


def damaged(name: str) -> BundleError:
    return BundleError(
        Refusal.DAMAGED,
        f"The bundle file {name} is damaged (its contents are not what CL Desktop writes); "
        "ask the sender for a new bundle.",
    )
