"""Password hashes: Argon2id (memory-hard) with a per-user salt, compared in constant time.

Argon2id with 46 MiB, 2 passes, 1 lane (OWASP's 46 MiB setting with a second pass) costs about
0.1-0.25 s per sign-in on a 2-core office laptop, and the same per guess, with 46 MiB of memory,
to anyone who copied the file (see docs/security.md).
Hashes made with an older cost (scrypt n=2^14 before) still verify; ``needs_rehash`` tells the
sign-in to store a new hash once it has the password in hand.

Where the Argon2id of ``cryptography`` is missing (built against an OpenSSL before 3.2), scrypt
with OWASP's minimum (n=2^17, r=8, p=1; 128 MiB) is used instead.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import itertools
import os
from dataclasses import dataclass

from cryptography.exceptions import UnsupportedAlgorithm


@dataclass(frozen=True)
class Cost:
    scheme: str  # "argon2id" or "scrypt"
    memory_kib: int  # argon2id: memory; scrypt: n
    passes: int  # argon2id: iterations; scrypt: r
    lanes: int = 1  # argon2id: lanes; scrypt: p


ARGON2ID = Cost("argon2id", 46 * 1024, 2, 1)
SCRYPT_FALLBACK = Cost("scrypt", 2**17, 8, 1)

# Only tests set this, to a cheaper cost, so that a suite creating hundreds of accounts stays
# fast; the application never does. ``default_cost`` is what every hash is made with otherwise.
TEST_COST: Cost | None = None

# What a stored hash may ask for: a forged or damaged hash must not make sign-in allocate gigabytes.
_MAX_MEMORY_KIB = 256 * 1024


@functools.cache
def _argon2_available() -> bool:
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=b"\0" * 16, length=32, iterations=1, lanes=1, memory_cost=8).derive(b"x")
    except (ImportError, UnsupportedAlgorithm):
        return False
    return True


def default_cost() -> Cost:
    return ARGON2ID if _argon2_available() else SCRYPT_FALLBACK


def current_cost() -> Cost:
    return TEST_COST or default_cost()


def _digest(password: str, salt: bytes, cost: Cost, length: int = 32) -> bytes:
    if cost.scheme == "argon2id":
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(
            salt=salt, length=length, iterations=cost.passes, lanes=cost.lanes, memory_cost=cost.memory_kib
        ).derive(password.encode())
    return hashlib.scrypt(
        password.encode(),
        salt=salt,
        n=cost.memory_kib,
        r=cost.passes,
        p=cost.lanes,
        dklen=length,
        maxmem=300 * 1024 * 1024,
    )


def hash_password(password: str, cost: Cost | None = None) -> str:
    cost = cost or current_cost()
    salt = os.urandom(16)
    digest = _digest(password, salt, cost)
    encoded = f"{base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    return f"{cost.scheme}${cost.memory_kib}${cost.passes}${cost.lanes}${encoded}"


def sane_cost(cost: Cost) -> bool:
    """Whether a cost read from a file is one CL Desktop could have written (bounded memory)."""
    if cost.scheme == "argon2id":
        return 8 <= cost.memory_kib <= _MAX_MEMORY_KIB and 1 <= cost.passes <= 10 and 1 <= cost.lanes <= 4
    if cost.scheme == "scrypt":
        n, r = cost.memory_kib, cost.passes
        sane = n >= 2 and n & (n - 1) == 0 and 1 <= r <= 16 and 128 * n * r <= _MAX_MEMORY_KIB * 1024
        return sane and 1 <= cost.lanes <= 4
    return False


def _parse(stored: str) -> tuple[Cost, bytes, bytes] | None:
    try:
        scheme, a, b, c, salt_b64, digest_b64 = stored.split("$")
        cost = Cost(scheme, int(a), int(b), int(c))
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
    except ValueError:
        return None
    if not sane_cost(cost) or not 8 <= len(salt) <= 64 or not 16 <= len(expected) <= 64:
        return None
    return cost, salt, expected


def parse_hash(stored: str) -> tuple[Cost, bytes, bytes] | None:
    """(cost, salt, digest) of a stored hash, or None when it is not one CL Desktop could have made."""
    return _parse(stored)


def derive(password: str, salt: bytes, cost: Cost, length: int) -> bytes:
    """The digest a hash with this salt and cost holds for ``password`` (key slots unwrap with it)."""
    return _digest(password, salt, cost, length)


def verify_password(password: str, stored: str) -> bool:
    parsed = _parse(stored)
    if parsed is None:
        return False
    cost, salt, expected = parsed
    try:
        digest = _digest(password, salt, cost, len(expected))
    except (ValueError, UnsupportedAlgorithm, MemoryError):
        return False
    return hmac.compare_digest(digest, expected)


def needs_rehash(stored: str) -> bool:
    """True when ``stored`` was made with another cost than new hashes get (an older, cheaper one)."""
    parsed = _parse(stored)
    return parsed is None or parsed[0] != current_cost()


def is_demo_password(username: str, password: str) -> bool:
    """The demo's accounts sign in with their user name as password (admin/admin…)."""
    return bool(username.strip()) and password.strip().casefold() == username.strip().casefold()


def refuse_name_as_password(username: str, password: str) -> None:
    """A real office's account never gets its user name as password (that is the demo's)."""
    if is_demo_password(username, password):
        from cl_desktop.errors import RefusedInput

        raise RefusedInput("The password must not be the user name.")


# -- what a new password must be -------------------------------------------------------------------------
# Length is what resists guessing (NIST SP 800-63B): ten characters at least, and none of the passwords an
# attacker tries first. No rules on character classes: they make passwords harder to remember, not to guess.
MIN_LENGTH = 10
COMMON_PASSWORDS = frozenset(
    {
        "1234567890",
        "0123456789",
        "1234512345",
        "1122334455",
        "1q2w3e4r5t",
        "qwertyuiop",
        "asdfghjkl;",
        "password12",
        "password123",
        "passw0rd12",
        "administrator",
        "admin12345",
        "letmein123",
        "welcome123",
        "iloveyou12",
        "changeme12",
        "cambodia123",
        "phnompenh1",
        "childlabour",
        "cldesktop1",
        "qwerty1234",
        "abcdefghij",
        "abcd123456",
    }
)
POLICY_TEXTS = {
    "short": f"The password must have at least {MIN_LENGTH} characters.",
    "name": "The password must not contain the user name.",
    "common": "That password is among the first an attacker tries; choose another.",
    "repeated": "The password must not be one character repeated or a run like 12345…",
}


def _run(text: str) -> bool:
    """One character repeated, or consecutive characters up or down (aaaaaaaaaa, 0123456789, 9876…)."""
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(text)}
    return len(steps) == 1 and steps <= {-1, 0, 1}


def password_problem(username: str, password: str) -> str | None:
    """Why ``password`` is not good enough for a new account (a key of ``POLICY_TEXTS``), or None."""
    if len(password) < MIN_LENGTH:
        return "short"
    folded = password.casefold()
    name = username.strip().casefold()
    if name and (name in folded or folded in name):
        return "name"
    if folded in COMMON_PASSWORDS:
        return "common"
    if _run(folded):
        return "repeated"
    return None


def refuse_weak_password(username: str, password: str) -> None:
    problem = password_problem(username, password)
    if problem is not None:
        from cl_desktop.errors import RefusedInput

        raise RefusedInput(POLICY_TEXTS[problem])
