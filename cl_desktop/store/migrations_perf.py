"""Schema migrations for performance: indexes found by the benchmarks.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS


@MIGRATIONS(name="0003_list_indexes")
def m0003_list_indexes(db: Database) -> None:
    """Indexes the list screens page through: each filter read in case-number order, and the default
    orders of the services and follow-up lists, so a first page never sorts a million rows."""
    for sql in (
        "CREATE INDEX IF NOT EXISTS children_project_case ON children(project_id, case_number)",
        "CREATE INDEX IF NOT EXISTS children_programme_case ON children(programme_id, case_number)",
        "CREATE INDEX IF NOT EXISTS children_province_case ON children(province_id, case_number)",
        "CREATE INDEX IF NOT EXISTS children_intake ON children(intake_date)",
        "CREATE INDEX IF NOT EXISTS children_name_latin_nocase ON children(name_latin COLLATE NOCASE)",
        "CREATE INDEX IF NOT EXISTS services_start ON services(start_date)",
        "CREATE INDEX IF NOT EXISTS follow_ups_visit ON follow_ups(visit_date)",
    ):
        db.execute(sql)
