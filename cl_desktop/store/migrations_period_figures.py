"""Schema for a reporting period's E1 and L1 (and the children registered by work status) in the summary.

A period's E1 counts a child once however many education services it had in the period, which no
running sum over days gives; so each child's and household's contributions (``indicator_facts``)
also hold one row per reporting period of its project in which it was served (``e1p`` by service
type and in total, ``l1p``), written with the period ``start/end`` as its day, and one row on its
intake date by work status at intake (``intake``). The figures code computes them
(``figures.indicator_facts``); the aggregate exports, the dashboard and the report read a period's
figure with one lookup.

Those rows depend on the reporting periods' dates, which the triggers of 0006 do not watch: the
triggers here set the summary aside (``rebuild``) when a period that could hold a counted service
appears, moves or goes. A period added ahead of its services (the usual case: the next half-year)
changes no figure and sets nothing aside.

As every migration, this one does the same thing whenever it runs and imports nothing above
``store``: the education services are frozen here as they were released. It builds no figure; it
marks the summary for a rebuild, which the figures code makes on its first write.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS

# ``domain.rules.EDUCATION_SERVICES`` and ``HOUSEHOLD_SERVICES`` as released with this migration.
_SERVED_TYPES = (
    "'formal_education', 'nonformal_education', 'scholarship', 'school_supplies', 'vocational_training', 'livelihood'"
)
_ACTIVE = "(SELECT rebuild FROM indicator_state) = 0"


def _served(row: str) -> str:
    """Whether any counted service falls in the period ``row`` (any project's: a cheap index range)."""
    return (
        f"({row}.deleted = 0 AND EXISTS (SELECT 1 FROM services s WHERE s.service_type IN ({_SERVED_TYPES}) "
        f"AND s.start_date BETWEEN {row}.start_date AND {row}.end_date AND s.deleted = 0))"
    )


_SET_ASIDE = "BEGIN UPDATE indicator_state SET rebuild = 1; END"

_TRIGGERS = (
    "CREATE TRIGGER indicator_reporting_periods_ai AFTER INSERT ON reporting_periods "
    f"WHEN {_ACTIVE} AND {_served('NEW')} {_SET_ASIDE}",
    "CREATE TRIGGER indicator_reporting_periods_au AFTER UPDATE OF project_id, start_date, end_date, deleted "
    "ON reporting_periods WHEN (OLD.project_id IS NOT NEW.project_id OR OLD.start_date IS NOT NEW.start_date "
    "OR OLD.end_date IS NOT NEW.end_date OR OLD.deleted IS NOT NEW.deleted) "
    f"AND {_ACTIVE} AND ({_served('OLD')} OR {_served('NEW')}) {_SET_ASIDE}",
    "CREATE TRIGGER indicator_reporting_periods_ad AFTER DELETE ON reporting_periods "
    f"WHEN {_ACTIVE} AND {_served('OLD')} {_SET_ASIDE}",
)


@MIGRATIONS(name="0021_national_period_figures")
def m0021_national_period_figures(db: Database) -> None:
    """Watch the reporting periods' dates; rebuild the figures (on the first write) with the period rows."""
    for sql in _TRIGGERS:
        db.execute(sql)
    db.execute("UPDATE indicator_state SET rebuild = 1 WHERE EXISTS (SELECT 1 FROM children)")
