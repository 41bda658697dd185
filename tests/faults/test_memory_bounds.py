"""Hostile input in bounded memory: a validly signed bundle that inflates to one endless line, and
key-derivation costs taken from a forged file.

Peak memory is measured in a child process (``VmHWM`` from ``/proc/self/status``), the way the
command line would run the import.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import cl_desktop.sync.keys as sync_keys
from cl_desktop.errors import KnownError
from cl_desktop.sync.container import write_bundle

ROOT = Path(__file__).resolve().parents[2]
MIB = 1 << 20

CHILD = r"""
import sys
from cl_desktop.cli import main
code = main(["sync", "import", "--db", sys.argv[1], sys.argv[2]])
status = open("/proc/self/status").read()
peak = next(line for line in status.splitlines() if line.startswith("VmHWM"))
print(code, int(peak.split()[1]) // 1024, flush=True)
"""


def one_line(size: int) -> Iterator[bytes]:
    yield b'{"k":"h","v":1,"sender":"KH-A","full":false}\n'
    yield b'{"k":"e","e":{"note":"'
    block = b"A" * MIB
    for _ in range(size // MIB):
        yield block
    yield b'"}}\n{"k":"z","n":1}\n'


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc")
def test_a_signed_bundle_holding_one_300_mb_line_is_refused_in_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unit.sync.replicas import Network

    monkeypatch.setattr(sync_keys, "SCRYPT_N", 1 << 10)
    (tmp_path / "net").mkdir()
    net = Network(tmp_path / "net", offices=("KH-A",))
    office_keys = sync_keys.load_own_keys(net.dbs["KH-A"])  # what a thief with the office laptop holds
    hq = sync_keys.hq_row(net.dbs["KH-A"])
    assert office_keys is not None and hq is not None
    net.close()
    bomb = tmp_path / "KH-A-bomb.bundle"
    write_bundle(
        bomb,
        {
            "kind": "office",
            "sender": "KH-A",
            "recipient": "HQ",
            "change_range": {"from_seq": 1, "to_seq": 1},
            "counts": {"children": 1},
            "payload_version": 1,
            "ranges": {"KH-A": [1, 1]},
            "received": {},
        },
        one_line(300 * MIB),
        office_keys,
        str(hq["encryption_key"]),
    )
    assert bomb.stat().st_size < 2 * MIB  # 300 MB of plaintext, compressed
    hq_path = tmp_path / "net" / "hq.sqlite"
    before = hq_path.read_bytes()
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(hq_path), str(bomb)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    seconds = time.monotonic() - started
    code, peak_mib = (int(v) for v in done.stdout.split())
    assert code == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "holds a record longer than" in lines[0], done.stderr
    assert peak_mib <= 300, f"peak {peak_mib} MiB"
    assert seconds < 60
    assert hq_path.read_bytes() == before
    print(f"refused in {seconds:.1f} s, peak {peak_mib} MiB")


def test_a_backup_header_cannot_demand_gigabytes_of_key_derivation(tmp_path: Path) -> None:
    import io
    import struct

    from cl_desktop.security import crypto_at_rest as car

    good = io.BytesIO()
    car.encrypt_stream(io.BytesIO(b"data"), good, "a long passphrase")
    header = bytearray(good.getvalue()[: car.HEADER_SIZE])
    offset = len(car.MAGIC) + 16
    for log2n, r, p in ((20, 8, 1), (18, 8, 1), (17, 16, 1), (15, 8, 4)):
        forged = bytes(header[:offset]) + struct.pack("BBB", log2n, r, p) + bytes(header[offset + 3 :])
        started = time.monotonic()
        with pytest.raises(KnownError, match="parameters CL Desktop does not use"):
            car.decrypt_stream(io.BytesIO(forged + good.getvalue()[car.HEADER_SIZE :]), io.BytesIO(), "x")
        assert time.monotonic() - started < 0.5


def test_a_setup_file_cannot_demand_gigabytes_of_key_derivation() -> None:
    from cl_desktop.sync.crypto import KeyPair

    box = sync_keys.seal_keys(KeyPair.generate(), "pass phrase")
    for n in (1 << 18, 1 << 20, 1 << 24):
        started = time.monotonic()
        with pytest.raises(KnownError):
            sync_keys.unseal_keys({**box, "n": n}, "pass phrase")
        assert time.monotonic() - started < 0.5
