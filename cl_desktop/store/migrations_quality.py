"""Indexes for the data-quality findings: each check's children found, not searched for.

A finding counted over a project's children (``figures.quality.CHECKS``) read every child of the
project, once per check (some 3 s each at a million children). Each check now has a partial index on
the children it finds, so its count and its first examples are a range of that index, by project,
programme and case number. The conditions are frozen here as released; a test holds them equal to
the checks'. A changed check needs a migration that replaces its index, or the finding falls back to
reading the children (still right, only slower).
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS

#: The checks' conditions as released with this migration, on the children table.
QUALITY_CONDITIONS = {
    "no_household": "household_id IS NULL",
    "estimated_birth": "birth_date_estimated = 1",
    "no_hours": "working = 1 AND hours_per_week = 0",
    "no_latin_name": "name_latin = '' AND name GLOB '*[^ -~]*'",
    "no_consent": "consent = 0",
    "no_education": "work_status != 'not_at_risk' AND education_date IS NULL",
}


@MIGRATIONS(name="0022_quality_indexes")
def m0022_quality_indexes(db: Database) -> None:
    for key, condition in QUALITY_CONDITIONS.items():
        db.execute(
            f"CREATE INDEX children_quality_{key} ON children(project_id, programme_id, case_number) "
            f"WHERE deleted = 0 AND {condition}"
        )
