"""Encrypting an office database on a full disk leaves the plain database exactly as it was."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from fault_world import build_office
from test_full_disk_writers import fill, small_disk

from cl_desktop.errors import KnownError
from cl_desktop.services import at_rest
from cl_desktop.store import cipher


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_full_disk_while_encrypting_leaves_the_plain_database_intact(tmp_path: Path) -> None:
    template = tmp_path / "template.sqlite"
    build_office(template)
    with small_disk(tmp_path / "disk", 64) as disk:
        path = disk / "office.sqlite"
        shutil.copyfile(template, path)
        before = _digest(path)
        filler = fill(disk, path.stat().st_size // 2)  # room for half an encrypted copy
        with pytest.raises(KnownError) as caught:
            at_rest.encrypt_database(path)
        assert str(caught.value) == "The disk is full; free some space and try again."
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin", "office.sqlite"]
        assert _digest(path) == before and not cipher.is_encrypted(path)
        filler.unlink()
        code = at_rest.encrypt_database(path)  # with room again, it goes through
        assert cipher.is_encrypted(path) and len(code) == 39
        assert sorted(p.name for p in disk.iterdir()) == ["office.sqlite", "office.sqlite.keys"]
    cipher.forget()
