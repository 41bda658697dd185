"""Schema for the names of an extra field's section in Khmer and Russian.

A project's extra fields are grouped on the forms and the printed forms under a section headquarters
names (``custom_fields.section``); the name was one text, shown as typed in every language. Two columns
give it in Khmer and Russian, as the labels and help texts already are; empty, the English name shows.
They travel with the definitions in setup files and return bundles, as every column of the table does.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS


@MIGRATIONS(name="0022_section_names")
def m0022_section_names(db: Database) -> None:
    for lang in ("km", "ru"):
        db.execute(f"ALTER TABLE custom_fields ADD COLUMN section_{lang} TEXT NOT NULL DEFAULT ''")
