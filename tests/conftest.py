"""Shared fixtures: a fresh database per test, the demo database built once and copied."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _cheap_password_hashes() -> None:
    """Tests create hundreds of accounts: they hash at a tiny Argon2id cost through the explicit
    test-only ``TEST_COST`` (the default stays; tests/unit/services/test_accounts.py checks it)."""
    from cl_desktop.security import passwords

    passwords.TEST_COST = passwords.Cost("argon2id", 8, 1, 1)


_cheap_password_hashes()


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("CL_DESKTOP_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def qt_app_state(request: pytest.FixtureRequest) -> Iterator[None]:
    """A Qt test starts as the app starts, whatever ran before it: the bundled fonts, English with its plural
    forms ("1 row", "A registered child resembles this one (1)") and Latin digits. What a test changes for
    the whole process (the language, the crash-dialog hook ``run()`` installs) is put back after it."""
    if "qapp" not in request.fixturenames:
        yield
        return
    from cl_desktop.ui import i18n
    from cl_desktop.ui.fonts import apply_fonts

    app = request.getfixturevalue("qapp")
    hook = sys.excepthook
    apply_fonts(app)
    i18n.install(app, "en", khmer_digits=False)
    yield
    sys.excepthook = hook
    i18n.install(app, "en", khmer_digits=False)


@pytest.fixture
def office_db(tmp_path: Path) -> Iterator[object]:
    """A new office database with reference data and a coordinator account."""
    from cl_desktop.services.setup import create_database

    db = create_database(
        tmp_path / "office.sqlite",
        office_code="KH-PNP",
        office_name="Phnom Penh office",
        hq=False,
        province_code="KH-12",
        admin_username="coord",
        admin_password="pw",
    )
    yield db
    db.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cl_desktop.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = create_demo_database(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database (built once per session)."""
    target = tmp_path / "demo.sqlite"
    src = sqlite3.connect(demo_template)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[object]:
    from cl_desktop.store import open_database

    db = open_database(demo_path)
    yield db
    db.close()


def copy_file(src: Path, dst: Path) -> Path:
    shutil.copy2(src, dst)
    return dst
