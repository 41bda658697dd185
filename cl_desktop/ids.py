"""Record identifiers and timestamps.

Every synced row has a UUIDv7 text key: time-ordered (good B-tree locality)
and unique across offices without coordination. Reference data shipped with
the app gets *stable* UUIDv7-shaped keys derived from its code, so every
database that loads the same reference list agrees on the keys.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid
from datetime import UTC, datetime

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A UUIDv7 string, monotonic within this process."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:  # 12-bit counter exhausted: borrow the next millisecond
                ms += 1
                _counter = 0
        else:
            _counter = 0
        _last_ms = ms
        counter = _counter
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | rand
    return str(uuid.UUID(int=value))


def stable_id(namespace: str, code: str) -> str:
    """A UUIDv7-shaped key derived from ``namespace`` and ``code`` (timestamp 0)."""
    digest = int.from_bytes(hashlib.sha256(f"{namespace}\x1f{code}".encode()).digest()[:10], "big")
    value = 0x7 << 76 | (digest >> 68 & 0xFFF) << 64 | 0b10 << 62 | (digest & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


def utc_now() -> str:
    """Current time as ISO 8601 UTC text with milliseconds, e.g. 2026-11-23T17:32:00.123Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
