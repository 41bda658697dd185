"""Sync tests: a cheaper scrypt cost for setup-file passphrases (the cost is stored in each file),
and a headquarters with two offices built once and copied."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from replicas import Network

import cl_desktop.sync.keys as sync_keys

CHEAP_N = 1 << 10


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_keys, "SCRYPT_N", CHEAP_N)


@pytest.fixture(scope="session")
def network_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("network")
    saved = sync_keys.SCRYPT_N
    sync_keys.SCRYPT_N = CHEAP_N
    try:
        Network(folder).close()
    finally:
        sync_keys.SCRYPT_N = saved
    return folder


@pytest.fixture
def net(tmp_path: Path, network_template: Path) -> Iterator[Network]:
    """Headquarters and offices KH-A and KH-B, enrolled from setup files, nothing exchanged yet."""
    n = Network(tmp_path, template=network_template)
    yield n
    n.close()
