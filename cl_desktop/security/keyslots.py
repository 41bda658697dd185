"""Key slots: the database key of an encrypted office, wrapped once per account and once for recovery.

As LUKS does for a disk, each active account's password unlocks the same random database key
(``store.cipher``), and a recovery key printed once for the coordinator unlocks it when nobody
remembers a password. The slots live in a key file beside the database (``NAME.sqlite.keys``),
outside the encrypted file so that it can be read before the database is open; it is JSON,
written temp -> fsync -> rename, and holds no user name, no hash and no key in the clear:

- ``salt``: 16 random bytes of this key file;
- ``slots``: one per active account, built from the account's stored password hash (Argon2id, or
  scrypt for old hashes): the hash's salt and cost, so that the password typed at sign-in gives
  the same digest the hash holds; the wrapping key is HKDF-SHA256 of that digest, the database key
  is wrapped with AES-256-GCM. A slot is found by a locator (a SHA-256 of the file's salt and the
  user name), so that a sign-in costs one Argon2id, not one per account; the locator confirms a
  guessed user name but never reveals one. A check value (HMAC of the wrapping key) tells a wrong
  password from an altered slot;
- ``recovery``: the database key wrapped with HKDF-SHA256 of the 160-bit recovery key;
- ``mac``: HMAC-SHA256 with the database key over everything else, checked at every unlock, so a
  slot added, swapped or moved from another file is refused.

Because slots derive from the hashes, they are rebuilt from the accounts table whenever it
changes (:func:`rebuild`): a new account or password gets its slot, a disabled account loses its
slot, and accounts that arrive from headquarters in a setup file or a return bundle get slots too.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlite_utils import Database

from cl_desktop.atomic import atomic_write
from cl_desktop.errors import DatabaseError, RefusedInput
from cl_desktop.security import passwords
from cl_desktop.store import cipher

FORMAT = "cl-desktop-keys/1"
MAX_KEY_FILE = 1 << 20  # a key file of a thousand accounts is about 400 KB
RECOVERY_BYTES = 20
WRONG = "Wrong user name or password."


class WrongSecret(RefusedInput):
    """The password or recovery key does not unlock the database (one sentence, nothing revealed)."""


class KeyFileDamaged(DatabaseError):
    """The key file is not one CL Desktop wrote, or it was altered."""


@dataclass(frozen=True)
class Unlocked:
    key: bytes
    path: Path


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.b64decode(text, validate=True)


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def _locator(salt: bytes, username: str) -> str:
    return hashlib.sha256(salt + b"\0" + username.strip().casefold().encode()).hexdigest()[:24]


def _check(kek: bytes) -> str:
    return hmac.new(kek, b"cl-desktop slot check", hashlib.sha256).hexdigest()[:16]


def _mac(key: bytes, doc: dict[str, Any]) -> str:
    body = json.dumps({k: v for k, v in doc.items() if k != "mac"}, sort_keys=True, separators=(",", ":"))
    return hmac.new(key, body.encode(), hashlib.sha256).hexdigest()


def _wrap(kek: bytes, key: bytes, aad: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(kek).encrypt(nonce, key, aad)), "check": _check(kek)}


def _unwrap(kek: bytes, slot: dict[str, Any], aad: bytes, path: Path) -> bytes | None:
    """The key, or None for a wrong secret; KeyFileDamaged when the secret is right but the slot altered."""
    if not hmac.compare_digest(str(slot.get("check", "")), _check(kek)):
        return None
    try:
        key = AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), aad)
    except (InvalidTag, KeyError, ValueError) as exc:
        raise _damaged(path) from exc
    if len(key) != cipher.KEY_SIZE:
        raise _damaged(path)
    return key


def _damaged(path: Path) -> KeyFileDamaged:
    return KeyFileDamaged(
        f"The key file {cipher.keys_path(path).name} of {path.name} is damaged or was altered; "
        "restore it from a backup of the database."
    )


# -- recovery keys ---------------------------------------------------------------------------


def new_recovery_code() -> str:
    """160 random bits in 8 groups of 4 letters and digits (base32: no 0/1/8/9 to misread)."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _recovery_secret(code: str) -> bytes:
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    if len(text) != RECOVERY_BYTES * 8 // 5:
        raise WrongSecret("That is not a recovery key: it has 32 letters and digits in 8 groups of 4.")
    try:
        return base64.b32decode(text)
    except ValueError:
        raise WrongSecret("That is not a recovery key: it has 32 letters and digits in 8 groups of 4.") from None


# -- reading and writing the key file --------------------------------------------------------


def read(path: str | Path) -> dict[str, Any]:
    """The key file of the database at ``path``, checked for shape (not yet for its MAC)."""
    path = Path(path)
    keys = cipher.keys_path(path)
    try:
        size = keys.stat().st_size
        if size > MAX_KEY_FILE:
            raise _damaged(path)
        raw = keys.read_bytes()
    except FileNotFoundError:
        raise KeyFileDamaged(f"The key file {keys.name} of {path.name} is missing beside it.") from None
    except OSError as exc:
        raise DatabaseError(f"Cannot read {keys}: {exc.strerror or exc}.") from exc
    try:
        doc = json.loads(raw.decode("utf-8"))
        ok = (
            isinstance(doc, dict)
            and doc.get("format") == FORMAT
            and len(_unb64(doc["salt"])) == 16
            and isinstance(doc.get("slots"), list)
            and all(isinstance(s, dict) for s in doc["slots"])
            and isinstance(doc.get("recovery"), dict)
            and isinstance(doc.get("mac"), str)
        )
    except (ValueError, KeyError, UnicodeDecodeError, RecursionError):  # deep nesting: crafted
        ok = False
    if not ok:
        raise _damaged(path)
    return doc  # type: ignore[no-any-return]


def _write(path: Path, doc: dict[str, Any], key: bytes) -> None:
    doc["mac"] = _mac(key, doc)
    data = json.dumps(doc, indent=1, sort_keys=True).encode()
    with atomic_write(cipher.keys_path(path)) as fh:
        fh.write(data)


def _verify(path: Path, doc: dict[str, Any], key: bytes) -> bytes:
    if not hmac.compare_digest(str(doc.get("mac", "")), _mac(key, doc)):
        raise _damaged(path)
    return key


def _account_slots(db: Database, salt: bytes, key: bytes) -> list[dict[str, Any]]:
    slots = []
    rows = db.execute(
        "SELECT username, password_hash FROM users WHERE active = 1 AND deleted = 0 AND password_hash <> '' ORDER BY id"
    ).fetchall()
    for username, stored in rows:
        parsed = passwords.parse_hash(str(stored or ""))
        if parsed is None:
            continue  # an account without a usable hash cannot sign in anyway
        cost, hash_salt, digest = parsed
        locator = _locator(salt, username)
        kek = _hkdf(digest, salt, b"cl-desktop key slot")
        slot = {
            "locator": locator,
            "cost": [cost.scheme, cost.memory_kib, cost.passes, cost.lanes],
            "salt": _b64(hash_salt),
            "length": len(digest),
        }
        slot.update(_wrap(kek, key, locator.encode()))
        slots.append(slot)
    return slots


def create(db: Database, path: Path | None = None) -> str:
    """Write a new key file for the encrypted database ``db``; return its recovery key (shown once).

    ``path``: the database the key file goes beside, when ``db`` is a copy that will take its name."""
    own, key = _open_parts(db)
    path = path or own
    salt = os.urandom(16)
    code = new_recovery_code()
    doc: dict[str, Any] = {
        "format": FORMAT,
        "salt": _b64(salt),
        "slots": _account_slots(db, salt, key),
        "recovery": _wrap(_hkdf(_recovery_secret(code), salt, b"cl-desktop recovery"), key, b"recovery"),
    }
    _write(path, doc, key)
    return code


def rebuild(db: Database) -> None:
    """Make the slots match the accounts table again (after any account change); the recovery slot stays.

    A no-op on a plain database. Call it inside the transaction that changed the accounts, before
    it commits: if the key file cannot be written, the change is rolled back with it.
    """
    if getattr(db, "key", None) is None:
        return
    path, key = _open_parts(db)
    doc = read(path)
    _verify(path, doc, key)
    salt = _unb64(doc["salt"])
    doc["slots"] = _account_slots(db, salt, key)
    _write(path, doc, key)


def _open_parts(db: Database) -> tuple[Path, bytes]:
    path, key = getattr(db, "path", None), getattr(db, "key", None)
    if path is None or key is None:
        raise ValueError("not an encrypted database opened by open_database")
    return Path(path), key


# -- unlocking ---------------------------------------------------------------------------------


def unlock(path: str | Path, username: str, password: str) -> bytes:
    """The database key, from an account's password; WrongSecret (one sentence) otherwise."""
    path = Path(path)
    doc = read(path)
    salt = _unb64(doc["salt"])
    locator = _locator(salt, username)
    tried = False
    for slot in doc["slots"]:
        if not hmac.compare_digest(str(slot.get("locator", "")), locator):
            continue
        try:
            scheme, memory, passes, lanes = slot["cost"]
            cost = passwords.Cost(str(scheme), int(memory), int(passes), int(lanes))
            hash_salt, length = _unb64(slot["salt"]), int(slot["length"])
        except (KeyError, ValueError, TypeError) as exc:
            raise _damaged(path) from exc
        if not passwords.sane_cost(cost) or not 8 <= len(hash_salt) <= 64 or not 16 <= length <= 64:
            raise _damaged(path)
        tried = True
        digest = passwords.derive(password, hash_salt, cost, length)
        key = _unwrap(_hkdf(digest, salt, b"cl-desktop key slot"), slot, locator.encode(), path)
        if key is not None:
            return _verify(path, doc, key)
    if not tried:
        passwords.hash_password(password)  # the same cost whether or not the account has a slot
    raise WrongSecret(WRONG)


def unlock_with_recovery(path: str | Path, code: str) -> bytes:
    """The database key, from the recovery key; WrongSecret (one sentence) otherwise."""
    path = Path(path)
    secret = _recovery_secret(code)
    doc = read(path)
    kek = _hkdf(secret, _unb64(doc["salt"]), b"cl-desktop recovery")
    key = _unwrap(kek, doc["recovery"], b"recovery", path)
    if key is None:
        raise WrongSecret("That recovery key does not open this database.")
    return _verify(path, doc, key)


def slot_count(path: str | Path) -> int:
    return len(read(path)["slots"])
