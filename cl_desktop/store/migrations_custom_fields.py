"""Schema for the questions a project adds to its forms (custom fields).

``0018_custom_fields`` holds headquarters' definitions, one row per field of one project's form
(child intake, follow-up visit, household, service): its type, code, labels and help in English,
Khmer and Russian, whether it is required, its range or choices, the section it appears in, whether
lists and reports show it, the skip condition, and whether it is retired. Definitions are synced
like the other metadata of headquarters' (``store.authority.RULES``); a retired field stays, so the
values recorded with it keep their meaning, and no definition is ever deleted.

The values live with their records, in one JSON object per row (``custom``: code -> value), so a
list, an export or a sync reads them with the row at no extra cost; the sync merges the object key
by key (``sync.apply``), so two offices editing different extra fields of one child both keep
their edit, and the same extra field edited at both ends is a conflict.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS, SYNC_COLUMNS

# The tables whose rows carry project-defined values, by the form that edits them.
CUSTOM_TABLES: dict[str, str] = {
    "intake": "children",
    "followup": "follow_ups",
    "household": "households",
    "service": "services",
}


@MIGRATIONS(name="0018_custom_fields")
def m0018_custom_fields(db: Database) -> None:
    db.execute(
        f"""CREATE TABLE custom_fields (
    id TEXT PRIMARY KEY NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects(id),
    form TEXT NOT NULL CHECK (form IN ('intake', 'followup', 'household', 'service')),
    code TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('text', 'number', 'date', 'yes_no', 'choice', 'choices')),
    label_en TEXT NOT NULL,
    label_km TEXT NOT NULL DEFAULT '',
    label_ru TEXT NOT NULL DEFAULT '',
    help_en TEXT NOT NULL DEFAULT '',
    help_km TEXT NOT NULL DEFAULT '',
    help_ru TEXT NOT NULL DEFAULT '',
    required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
    minimum REAL,
    maximum REAL,
    choices TEXT NOT NULL DEFAULT '[]',
    section TEXT NOT NULL DEFAULT '',
    in_lists INTEGER NOT NULL DEFAULT 0 CHECK (in_lists IN (0, 1)),
    show_when TEXT NOT NULL DEFAULT '',
    sort INTEGER NOT NULL DEFAULT 0,
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
{SYNC_COLUMNS},
    UNIQUE (project_id, form, code)
) STRICT"""
    )
    db.execute("CREATE INDEX custom_fields_project ON custom_fields(project_id, form, sort)")
    for table in CUSTOM_TABLES.values():
        db.execute(f"ALTER TABLE {table} ADD COLUMN custom TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(custom))")
