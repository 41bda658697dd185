"""Fixtures of the security tests: the world is built once per session and copied per test."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from security_world import World, build_world


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """Built once per session (set-up hashes passwords and loads reference data), copied per test."""
    from cl_desktop.services.setup import create_database

    path = tmp_path_factory.mktemp("world") / "office.sqlite"
    db = create_database(
        path,
        office_code="KH-PNP",
        office_name="Phnom Penh office",
        hq=False,
        province_code="KH-12",
        admin_username="coord",
        admin_password="pw",
    )
    world = build_world(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path, world


@pytest.fixture
def world(world_template: tuple[Path, World], tmp_path: Path) -> Iterator[World]:
    from cl_desktop.store import open_database

    template, built = world_template
    target = tmp_path / "office.sqlite"
    src, dst = sqlite3.connect(template), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    db = open_database(target)
    yield replace(built, db=db)
    db.close()
