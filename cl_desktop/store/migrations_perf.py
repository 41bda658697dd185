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


@MIGRATIONS(name="0005_perf_indicators")
def m0005_perf_indicators(db: Database) -> None:
    """Covering indexes for the dashboard indicators, found by the benchmarks (docs/benchmarks.md).

    A row fetched by key costs about 10 µs on a 2-core laptop while a row read in index order
    costs under 1 µs, so each indicator query walks one project's children in a covering index
    and looks up each child's services and latest visit in indexes that hold every column the
    query reads. The two (child_id, ...) indexes of 0001 are prefixes of the new ones and go.
    """
    for sql in (
        "CREATE INDEX IF NOT EXISTS children_indicator_scope ON children(project_id, deleted, intake_date, "
        "work_status, sex, sector, school_status, household_id, id)",
        "CREATE INDEX IF NOT EXISTS services_child_cover ON services(child_id, service_type, start_date, deleted)",
        "CREATE INDEX IF NOT EXISTS services_type_date ON services(service_type, start_date, deleted, "
        "household_id, programme_id)",
        "CREATE INDEX IF NOT EXISTS follow_ups_latest ON follow_ups(child_id, visit_date, deleted)",
        "DROP INDEX IF EXISTS services_child",
        "DROP INDEX IF EXISTS follow_ups_child",
    ):
        db.execute(sql)
