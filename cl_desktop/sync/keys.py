"""This database's keys, the enrolled offices' public keys, and passphrase-sealed keys for setup files.

Private keys live in ``sync_keys`` (never in a synced table); public keys live in
``offices.signing_key``/``encryption_key`` so they travel like any record.
"""

from __future__ import annotations

import base64
import os
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlite_utils import Database

from cl_desktop.errors import RefusedInput
from cl_desktop.ids import utc_now
from cl_desktop.store import records
from cl_desktop.store.meta import get_meta, read_setting
from cl_desktop.sync.container import RevokedSigner, UnknownSigner
from cl_desktop.sync.crypto import KeyPair

OWN = "own"
# scrypt cost for the passphrase that protects an office's private key inside its setup file.
SCRYPT_N = 1 << 15
SCRYPT_R = 8
SCRYPT_P = 1
_SEAL_INFO = b"CL Desktop setup key v1"
_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: read aloud and typed by hand


def own_office(db: Database) -> str:
    return get_meta(db, "office_code", "HQ")


def is_hq(db: Database) -> bool:
    return bool(read_setting(db, "is_hq"))


def load_own_keys(db: Database) -> KeyPair | None:
    row = db.execute("SELECT private_key FROM sync_keys WHERE name = ?", [OWN]).fetchone()
    return KeyPair.from_bytes(bytes(row[0])) if row else None


def store_own_keys(db: Database, keys: KeyPair) -> None:
    db.execute(
        "INSERT INTO sync_keys(name, private_key, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET private_key = excluded.private_key, created_at = excluded.created_at",
        [OWN, keys.to_bytes(), utc_now()],
    )


def ensure_own_keys(db: Database, author: records.Author) -> KeyPair:
    """Headquarters makes its keys on first need (the demo database starts without them)."""
    keys = load_own_keys(db)
    office = own_office(db)
    row = office_row(db, office)
    if keys is not None and row is not None and row["signing_key"] == keys.public.signing:
        return keys
    if keys is None:
        if not is_hq(db):
            raise RefusedInput("This office database has no sync keys; create it from a setup file.")
        keys = KeyPair.generate()
    with db.atomic():
        store_own_keys(db, keys)
        if row is not None:
            records.update(
                db,
                "offices",
                row["id"],
                {"signing_key": keys.public.signing, "encryption_key": keys.public.encryption},
                author,
                reason="sync keys created",
            )
    return keys


def office_row(db: Database, code: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM offices WHERE code = ? AND deleted = 0", [code]))
    return rows[0] if rows else None


def hq_row(db: Database) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM offices WHERE is_hq = 1 AND deleted = 0 ORDER BY created_at LIMIT 1"))
    return rows[0] if rows else None


def trusted_signers(db: Database) -> object:
    """The lookup ``open_bundle`` calls: an enrolled, unrevoked office's public signing key."""
    own = own_office(db)

    def lookup(code: str) -> str:
        row = office_row(db, code)
        if row is None or not row["signing_key"] or code == own:
            raise UnknownSigner(code)
        if row["revoked_at"]:
            raise RevokedSigner(code)
        return str(row["signing_key"])

    return lookup


def new_passphrase() -> str:
    """Six groups of four characters (~118 bits), printed once when an office is added."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(6))


def _kdf(passphrase: str, salt: bytes, n: int | None = None) -> bytes:
    # Spaces, dashes and case are forgiven: the passphrase is read aloud or copied by hand.
    normal = "".join(passphrase.split()).upper().replace("-", "")
    return Scrypt(salt=salt, length=32, n=n or SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(_SEAL_INFO + normal.encode())


def seal_keys(keys: KeyPair, passphrase: str) -> dict[str, object]:
    """The office's private keys, encrypted with a key derived from the passphrase (scrypt + AES-GCM)."""
    salt = os.urandom(16)
    nonce = os.urandom(12)
    sealed = AESGCM(_kdf(passphrase, salt)).encrypt(nonce, keys.to_bytes(), _SEAL_INFO)
    return {
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "sealed": base64.b64encode(sealed).decode(),
    }


def unseal_keys(box: object, passphrase: str) -> KeyPair:
    if not isinstance(box, dict) or box.get("kdf") != "scrypt":
        raise RefusedInput("The setup file does not hold the office's keys; ask headquarters for a new one.")
    try:
        salt = base64.b64decode(str(box["salt"]))
        nonce = base64.b64decode(str(box["nonce"]))
        sealed = base64.b64decode(str(box["sealed"]))
        n = int(box["n"])
    except (KeyError, ValueError, TypeError):
        raise RefusedInput("The setup file is damaged; ask headquarters for a new one.") from None
    try:
        if not 1 << 10 <= n <= 1 << 17 or n & (n - 1):  # 128 MiB at most, whatever the file says
            raise ValueError("scrypt cost out of range")
        raw = AESGCM(_kdf(passphrase, salt, n)).decrypt(nonce, sealed, _SEAL_INFO)
    except (InvalidTag, ValueError):
        raise RefusedInput("The passphrase does not open this setup file; check it and type it again.") from None
    return KeyPair.from_bytes(raw)
