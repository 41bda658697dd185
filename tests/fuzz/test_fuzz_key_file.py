"""The key file of an encrypted office on hostile bytes and hostile JSON: one sentence, nothing unlocked."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from fuzz_world import FUZZ
from hypothesis import given
from hypothesis import strategies as st

from cl_desktop.errors import KnownError
from cl_desktop.security import keyslots
from cl_desktop.services.setup import create_database
from cl_desktop.store import cipher

PASSWORD = "fuzzing the slots 1"
_TEMPLATE: list[tuple[bytes, bytes, str]] = []


def template() -> tuple[bytes, bytes, str]:
    """An encrypted office (database bytes, key file bytes, recovery key), made once."""
    if not _TEMPLATE:
        from cl_desktop.security.at_rest import encrypt_existing

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "office.sqlite"
            create_database(path, office_code="KH-F", office_name="Fuzz office", hq=False, admin_username="fuzz",
                            admin_password=PASSWORD).close()  # fmt: skip
            code = encrypt_existing(path)
            cipher.forget()
            _TEMPLATE.append((path.read_bytes(), cipher.keys_path(path).read_bytes(), code))
    return _TEMPLATE[0]


def _try(folder: Path, keys: bytes) -> None:
    data, _good, code = template()
    path = folder / "office.sqlite"
    path.write_bytes(data)
    cipher.keys_path(path).write_bytes(keys)
    for attempt in (lambda: keyslots.unlock(path, "fuzz", PASSWORD), lambda: keyslots.unlock_with_recovery(path, code)):
        try:
            key = attempt()
        except KnownError as exc:
            assert "\n" not in str(exc) and str(exc).endswith(".")
            continue
        # Unlocked: only an intact key file does that, and the key then opens the database.
        conn = cipher.connect(path, key)
        conn.close()
    assert path.read_bytes() == data and cipher.keys_path(path).read_bytes() == keys


@FUZZ
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_as_key_file(tmp_path_factory: pytest.TempPathFactory, keys: bytes) -> None:
    _try(tmp_path_factory.mktemp("k"), keys)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@FUZZ
@given(st.sampled_from(["format", "salt", "slots", "recovery", "mac", "slot"]), JSON)
def test_one_field_of_a_good_key_file_replaced(
    tmp_path_factory: pytest.TempPathFactory, field: str, value: Any
) -> None:
    doc = json.loads(template()[1])
    if field == "slot":
        doc["slots"][0] = value
    else:
        doc[field] = value
    _try(tmp_path_factory.mktemp("k"), json.dumps(doc).encode())
