"""Schema migration for workplace monitoring visits: identification of child labourers where they work.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.

A visit records when and where (village, sector, the workplace), who visited (organisation and
people) and the hazards observed. The children it identified point to it (``children.visit_id``:
the last visit that found the child at work), so they travel with the child in sync bundles and
the visit needs no list of its own. Visits are synced to every office: they hold no child's data.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS, SYNC_COLUMNS


@MIGRATIONS(name="0020_monitoring_visits")
def m0020_monitoring_visits(db: Database) -> None:
    db.execute(
        f"""CREATE TABLE monitoring_visits (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT REFERENCES projects(id),
    programme_id TEXT REFERENCES action_programmes(id),
    visit_date TEXT NOT NULL,
    location_id TEXT NOT NULL REFERENCES locations(id),
    province_id TEXT REFERENCES locations(id),
    sector TEXT NOT NULL DEFAULT '',
    workplace TEXT NOT NULL DEFAULT '',
    organisation_id TEXT REFERENCES organisations(id),
    visitors TEXT NOT NULL DEFAULT '',
    hazards TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
{SYNC_COLUMNS}
) STRICT"""
    )
    db.execute("CREATE INDEX monitoring_visits_date ON monitoring_visits(visit_date)")
    db.execute("CREATE INDEX monitoring_visits_project ON monitoring_visits(project_id, visit_date)")
    db.execute("ALTER TABLE children ADD COLUMN visit_id TEXT REFERENCES monitoring_visits(id)")
    db.execute("CREATE INDEX children_visit ON children(visit_id) WHERE visit_id IS NOT NULL")
