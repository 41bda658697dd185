"""Migration 0017 adds the participant columns and, to a database that has reference data, their code lists."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from cl_desktop.services.reference import ReferenceLists
from cl_desktop.store import open_database
from cl_desktop.store.migrations_fields import NEW_LISTS, m0017_participant_fields_lists

FIRST_RELEASE = Path(__file__).resolve().parents[2] / "fixtures" / "schema-0001.sqlite"


def test_an_existing_database_gets_the_new_code_lists_once(office_db: Any) -> None:
    lists = ReferenceLists(office_db)
    assert len(lists.codes("income_source")) == sum(1 for r in NEW_LISTS if r[0] == "income_source")
    office_db.execute("DELETE FROM reference_items WHERE list IN ('household_task', 'income_source', 'head_relation')")
    m0017_participant_fields_lists(office_db)
    m0017_participant_fields_lists(office_db)  # idempotent
    assert lists.codes("head_relation")[:2] == ["head", "child"]
    assert len(lists.codes("household_task")) == 6


def test_a_first_release_database_upgrades_with_empty_values_and_the_lists(tmp_path: Path) -> None:
    path = tmp_path / "cl-desktop.sqlite"
    shutil.copyfile(FIRST_RELEASE, path)
    db = open_database(path, create=False)
    try:
        row = db.execute(
            "SELECT count(*), sum(chores_hours_per_week), count(job_to_return), count(latitude), "
            "min(household_hazards), min(head_relation) FROM children"
        ).fetchone()
        assert row == (5, 0, 0, 0, "[]", "")
        assert db.execute("SELECT count(*) FROM projects WHERE chores_max_hours IS NULL").fetchone()[0] >= 1
        assert ReferenceLists(db).codes("income_source")[0] == "farming"
    finally:
        db.close()
