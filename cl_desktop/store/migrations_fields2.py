"""Extra fields filtered fast in lists: several choices through their own table, numbers, dates and texts
through an index on their value (``store.custom_choice_values``, ``store.custom_indexes``); and the
optional location of a follow-up visit."""

from __future__ import annotations

from typing import Any

from cl_desktop.store.custom_choice_values import create_choice_values
from cl_desktop.store.custom_indexes import refresh_custom_indexes
from cl_desktop.store.schema import MIGRATIONS


@MIGRATIONS(name="0022_fields2_choice_values")
def m0022_fields2_choice_values(db: Any) -> None:
    create_choice_values(db)


@MIGRATIONS(name="0022_fields2_value_indexes")
def m0022_fields2_value_indexes(db: Any) -> None:
    """Number, date and text fields shown in lists get their index (their filters are new)."""
    refresh_custom_indexes(db)


@MIGRATIONS(name="0022_fields2_visit_location")
def m0022_fields2_visit_location(db: Any) -> None:
    """The optional location of a follow-up visit, as the intake has (migration ``0017_participant_fields``)."""
    db.execute("ALTER TABLE follow_ups ADD COLUMN latitude REAL CHECK (latitude BETWEEN -90 AND 90)")
    db.execute("ALTER TABLE follow_ups ADD COLUMN longitude REAL CHECK (longitude BETWEEN -180 AND 180)")
