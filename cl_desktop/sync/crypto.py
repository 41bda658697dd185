"""Keys of an office or of headquarters.

Each installation owns two keys: an Ed25519 key that signs the bundles it sends
and an X25519 key that bundles addressed to it are encrypted to. Private keys
travel as raw bytes (the caller decides how to protect them at rest); public
keys travel as base64 text so they sit in a TEXT column and survive copy-paste.
A fingerprint is short enough to read aloud over the phone when an office is
enrolled, which is how people check that nobody swapped a key on the way.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)

KEY_SIZE = 32
PRIVATE_BYTES_SIZE = 2 * KEY_SIZE
SIGNATURE_SIZE = 64
FINGERPRINT_BYTES = 8

_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_NO_ENCRYPTION = serialization.NoEncryption()


def encode_public(key: Ed25519PublicKey | X25519PublicKey) -> str:
    """Base64 text of a raw public key, the form stored in the database."""
    return base64.b64encode(key.public_bytes(_RAW, _RAW_PUBLIC)).decode("ascii")


def _decode_raw(text: str, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise ValueError(f"{what} is not valid base64 text.") from None
    if len(raw) != KEY_SIZE:
        raise ValueError(f"{what} must be {KEY_SIZE} bytes, not {len(raw)}.")
    return raw


def load_signing_public(text: str) -> Ed25519PublicKey:
    """Parse a stored public signing key; ValueError says what is wrong with it."""
    return Ed25519PublicKey.from_public_bytes(_decode_raw(text, "The public signing key"))


def load_encryption_public(text: str) -> X25519PublicKey:
    """Parse a stored public encryption key; ValueError says what is wrong with it."""
    return X25519PublicKey.from_public_bytes(_decode_raw(text, "The public encryption key"))


def fingerprint(*public_keys: str | Ed25519PublicKey | X25519PublicKey) -> str:
    """Short hex of SHA-256 over the raw public keys, e.g. ``3F9A 1C02 77B4 E0D1``.

    64 bits are plenty for a person comparing two screens; security never rests
    on the fingerprint alone (signatures are checked with the enrolled key).
    """
    if not public_keys:
        raise ValueError("fingerprint() needs at least one public key.")
    digest = hashlib.sha256()
    for key in public_keys:
        if isinstance(key, str):
            digest.update(_decode_raw(key, "The public key"))
        else:
            digest.update(key.public_bytes(_RAW, _RAW_PUBLIC))
    text = digest.digest()[:FINGERPRINT_BYTES].hex().upper()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


@dataclass(frozen=True)
class PublicKeys:
    """The public half of a key pair, as enrolled at the other end."""

    signing: str
    encryption: str

    def __post_init__(self) -> None:
        load_signing_public(self.signing)
        load_encryption_public(self.encryption)

    @property
    def fingerprint(self) -> str:
        """What people compare when an office is enrolled."""
        return fingerprint(self.signing, self.encryption)


class KeyPair:
    """The private keys of this installation (an office or headquarters)."""

    __slots__ = ("_encryption", "_signing")

    def __init__(self, signing: Ed25519PrivateKey, encryption: X25519PrivateKey) -> None:
        self._signing = signing
        self._encryption = encryption

    @classmethod
    def generate(cls) -> KeyPair:
        """Fresh keys from the operating system's random source."""
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyPair:
        """Inverse of :meth:`to_bytes`."""
        if len(data) != PRIVATE_BYTES_SIZE:
            raise ValueError(f"A private key pair is {PRIVATE_BYTES_SIZE} bytes, not {len(data)}.")
        return cls(
            Ed25519PrivateKey.from_private_bytes(data[:KEY_SIZE]),
            X25519PrivateKey.from_private_bytes(data[KEY_SIZE:]),
        )

    def to_bytes(self) -> bytes:
        """64 raw bytes: the Ed25519 seed, then the X25519 private key."""
        return self._signing.private_bytes(_RAW, _RAW_PRIVATE, _NO_ENCRYPTION) + self._encryption.private_bytes(
            _RAW, _RAW_PRIVATE, _NO_ENCRYPTION
        )

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(
            signing=encode_public(self._signing.public_key()),
            encryption=encode_public(self._encryption.public_key()),
        )

    @property
    def fingerprint(self) -> str:
        """Fingerprint of both public keys, for the enrolment screen."""
        return self.public.fingerprint

    @property
    def signing_fingerprint(self) -> str:
        """Fingerprint of the signing key alone, as written in bundle manifests."""
        return fingerprint(self._signing.public_key())

    @property
    def encryption_fingerprint(self) -> str:
        """Fingerprint of the encryption key alone, as written in bundle manifests."""
        return fingerprint(self._encryption.public_key())

    def sign(self, message: bytes) -> bytes:
        return self._signing.sign(message)

    def exchange(self, peer: X25519PublicKey) -> bytes:
        """X25519 shared secret; ValueError for a degenerate (low-order) peer key."""
        return self._encryption.exchange(peer)

    def __repr__(self) -> str:
        # Never print private material, not even into a log.
        return f"KeyPair(fingerprint={self.fingerprint!r})"
