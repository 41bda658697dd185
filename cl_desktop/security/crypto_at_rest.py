"""Passphrase encryption of files the app writes itself (backups, exports with names).

A stolen USB stick with a backup on it must not give away the children's
names. The database file itself is protected by the operating system's disk
encryption (see docs/security.md); what leaves the laptop is encrypted here:
passphrase → scrypt → AES-256-GCM, streamed in chunks so a large file never
sits in memory. Each chunk's nonce carries its number and a final flag, so
reordered, dropped or truncated chunks fail authentication (the STREAM
construction).

Layout: MAGIC | salt (16) | log2 n (1) | r (1) | p (1) | chunk size (4) | nonce prefix (7),
then per chunk: ciphertext length (4) | ciphertext (chunk + 16-byte tag). The
header is the associated data of every chunk.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from cl_desktop.errors import RefusedInput

MAGIC = b"CLDESK-ENC1\n"
SALT_SIZE = 16
PREFIX_SIZE = 7
TAG_SIZE = 16
CHUNK_SIZE = 1 << 20
MIN_CHUNK, MAX_CHUNK = 64, 16 << 20
LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1  # 32 MiB of memory per guess, about 0.1 s here
_HEADER = struct.Struct(f">{len(MAGIC)}s{SALT_SIZE}sBBBI{PREFIX_SIZE}s")
HEADER_SIZE = _HEADER.size
MIN_PASSPHRASE = 8


class Writable(Protocol):
    def write(self, data: bytes, /) -> int: ...


class WrongPassphrase(RefusedInput):
    """The passphrase does not open the file, or the file was altered."""


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise RefusedInput(f"The passphrase must have at least {MIN_PASSPHRASE} characters.")


def _key(passphrase: str, salt: bytes, log2n: int, r: int, p: int) -> AESGCM:
    n = 1 << log2n
    key = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + (8 << 20), dklen=32)
    return AESGCM(key)


def _nonce(prefix: bytes, index: int, final: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if final else 0)


def _chunks(src: BinaryIO, size: int) -> Iterator[tuple[bytes, bool]]:
    """Yield (chunk, is_last); an empty input is one empty final chunk."""
    current = src.read(size)
    while True:
        following = src.read(size)
        yield current, not following
        if not following:
            return
        current = following


def encrypt_stream(src: BinaryIO, dst: Writable, passphrase: str, *, chunk_size: int = CHUNK_SIZE) -> None:
    salt, prefix = os.urandom(SALT_SIZE), os.urandom(PREFIX_SIZE)
    header = _HEADER.pack(MAGIC, salt, LOG2_N, SCRYPT_R, SCRYPT_P, chunk_size, prefix)
    aead = _key(passphrase, salt, LOG2_N, SCRYPT_R, SCRYPT_P)
    dst.write(header)
    for index, (chunk, last) in enumerate(_chunks(src, chunk_size)):
        sealed = aead.encrypt(_nonce(prefix, index, last), chunk, header)
        dst.write(struct.pack(">I", len(sealed)))
        dst.write(sealed)


def decrypt_stream(src: BinaryIO, dst: Writable, passphrase: str) -> None:
    """Write the plaintext to ``dst``; raise WrongPassphrase on any mismatch.

    The caller writes ``dst`` to a temporary file and discards it on error:
    chunks before a bad one are authentic but the whole is not.
    """
    header = src.read(HEADER_SIZE)
    if len(header) != HEADER_SIZE or not header.startswith(MAGIC):
        raise RefusedInput("This is not a CL Desktop encrypted file.")
    _magic, salt, log2n, r, p, chunk_size, prefix = _HEADER.unpack(header)
    # The cost comes from the file: a forged header must not demand gigabytes (scrypt needs 128·r·n
    # bytes), so at most 128 MiB and two passes, twice what CL Desktop writes.
    if not (
        10 <= log2n <= 17
        and 1 <= r <= 16
        and r << log2n <= 1 << 20
        and 1 <= p <= 2
        and MIN_CHUNK <= chunk_size <= MAX_CHUNK
    ):
        raise RefusedInput("This encrypted file has parameters CL Desktop does not use; it was altered.")
    aead = _key(passphrase, salt, log2n, r, p)
    index = 0
    while True:
        raw_len = src.read(4)
        if len(raw_len) != 4:
            raise WrongPassphrase("The encrypted file is truncated; it was not copied completely.")
        (length,) = struct.unpack(">I", raw_len)
        if not TAG_SIZE <= length <= chunk_size + TAG_SIZE:
            raise WrongPassphrase("The encrypted file is damaged.")
        sealed = src.read(length)
        if len(sealed) != length:
            raise WrongPassphrase("The encrypted file is truncated; it was not copied completely.")
        plain = None
        for final in (False, True):
            try:
                plain = aead.decrypt(_nonce(prefix, index, final), sealed, header)
            except InvalidTag:
                continue
            break
        if plain is None:
            if index == 0:
                raise WrongPassphrase("Wrong passphrase, or the file was altered.")
            raise WrongPassphrase("The encrypted file was altered.")
        dst.write(plain)
        if final:
            if src.read(1):
                raise WrongPassphrase("The encrypted file has data after its end; it was altered.")
            return
        index += 1


def encrypt_file(src: Path, dst: Path, passphrase: str) -> None:
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        encrypt_stream(fin, fout, passphrase)
        fout.flush()
        os.fsync(fout.fileno())


def decrypt_file(src: Path, dst: Path, passphrase: str) -> None:
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        decrypt_stream(fin, fout, passphrase)
        fout.flush()
        os.fsync(fout.fileno())
