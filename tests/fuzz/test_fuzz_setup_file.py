"""The office setup-file reader refuses any byte string cleanly and leaves no database behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz_world import FUZZ
from hypothesis import given
from hypothesis import strategies as st

from cl_desktop.errors import KnownError
from cl_desktop.sync.container import MAGIC
from cl_desktop.sync.setup_file import init_from_setup, setup_info


def _refused(tmp: Path, data: bytes) -> None:
    setup = tmp / "office setup ស.clsetup"
    setup.write_bytes(data)
    with pytest.raises(KnownError):
        setup_info(setup)
    target = tmp / "office.sqlite"
    with pytest.raises(KnownError):
        init_from_setup(target, setup, "any passphrase")
    assert not target.exists() and not list(tmp.glob("office.sqlite*"))


@FUZZ
@given(st.binary(max_size=2048))
def test_arbitrary_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    _refused(tmp_path_factory.mktemp("s"), data)


@FUZZ
@given(st.binary(max_size=2048))
def test_the_bundle_magic_followed_by_anything(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    _refused(tmp_path_factory.mktemp("s"), MAGIC + data)
