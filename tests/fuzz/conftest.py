"""Fuzz fixtures: one office database per module, reused across hypothesis examples."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fuzz_world import build_office


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from cl_desktop.services.setup import create_database

    path = tmp_path_factory.mktemp("fuzz-office") / "office.sqlite"
    db = create_database(
        path,
        office_code="KH-PNP",
        office_name="Phnom Penh office",
        hq=False,
        province_code="KH-12",
        admin_username="coord",
        admin_password="pw",
    )
    yield {"db": db, "path": Path(path), **build_office(db)}
    db.close()
