"""Office settings in the meta table: declared once, stored as text, read back typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from cl_desktop.store import open_database
from cl_desktop.store.meta import SETTINGS, get_meta, read_setting, set_meta


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "office.db")
    yield database
    database.close()


def test_every_setting_has_a_type_a_default_of_that_type_and_a_description() -> None:
    for key, setting in SETTINGS.items():
        assert setting.key == key
        assert isinstance(setting.default, setting.type), key
        assert setting.description.endswith("."), key


def test_an_absent_setting_reads_as_its_declared_default(db) -> None:
    assert get_meta(db, "office_code") == ""
    assert get_meta(db, "office_code", "HQ") == "HQ"
    assert read_setting(db, "is_hq") is False
    assert read_setting(db, "idle_lock_minutes") == 10


def test_settings_are_stored_as_text_and_read_back_typed(db) -> None:
    set_meta(db, "is_hq", True)
    set_meta(db, "idle_lock_minutes", 25)
    set_meta(db, "office_code", "KH-01")
    stored = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert stored["is_hq"] == "1" and stored["idle_lock_minutes"] == "25" and stored["office_code"] == "KH-01"
    assert read_setting(db, "is_hq") is True
    assert read_setting(db, "idle_lock_minutes") == 25
    set_meta(db, "is_hq", "0")
    assert read_setting(db, "is_hq") is False


def test_a_number_setting_that_is_not_a_number_reads_as_its_default(db) -> None:
    db.execute("INSERT INTO meta(key, value) VALUES ('idle_lock_minutes', 'soon')")
    assert read_setting(db, "idle_lock_minutes") == 10


def test_an_undeclared_key_is_refused_and_nothing_is_written(db) -> None:
    with pytest.raises(KeyError):
        set_meta(db, "favourite_colour", "blue")
    with pytest.raises(KeyError):
        get_meta(db, "favourite_colour")
    assert db.execute("SELECT count(*) FROM meta WHERE key = 'favourite_colour'").fetchone()[0] == 0
