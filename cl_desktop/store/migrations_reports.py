"""Schema migration for what USDOL's report forms ask of a project and its services.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.

On the project: the recipient's DUNS number and SAM.gov unique entity identifier (the TPR cover
sheet prints the one its reporting period calls for), whether the project is closed and whether
its dates were revised (the project summary marks both, as the donor's summaries do), and the
highest age of compulsory schooling (POC4 counts the children of that age). On a livelihood
service: its kind (economic strengthening, adult employment, other), by which L1 is split. A new
sector, the urban informal economy, which the Central Asian project reported on.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.ids import stable_id
from cl_desktop.store.schema import MIGRATIONS


@MIGRATIONS(name="0019_report_fields")
def m0019_report_fields(db: Database) -> None:
    for statement in (
        "ALTER TABLE projects ADD COLUMN duns TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE projects ADD COLUMN uei TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE projects ADD COLUMN closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))",
        "ALTER TABLE projects ADD COLUMN dates_revised INTEGER NOT NULL DEFAULT 0 CHECK (dates_revised IN (0, 1))",
        "ALTER TABLE projects ADD COLUMN school_age_max INTEGER NOT NULL DEFAULT 14 "
        "CHECK (school_age_max BETWEEN 5 AND 18)",
        "ALTER TABLE services ADD COLUMN livelihood_kind TEXT NOT NULL DEFAULT ''",
        # POC4 and POH4 count only the children of compulsory school age: every status is worked out again
        "UPDATE indicator_state SET rebuild = 1 WHERE EXISTS (SELECT 1 FROM children)",
        "CREATE TRIGGER indicator_projects_school_age AFTER UPDATE OF school_age_max ON projects "
        "WHEN OLD.school_age_max IS NOT NEW.school_age_max "
        "BEGIN UPDATE indicator_state SET rebuild = 1 WHERE EXISTS (SELECT 1 FROM children WHERE project_id = NEW.id); "
        "END",
    ):
        db.execute(statement)


# The code lists this migration adds, as released with it (``resources/reference/lists.csv`` has the
# same rows for new databases): list, code, English, Khmer, Russian, sort.
NEW_LISTS: tuple[tuple[str, str, str, str, str, int], ...] = (
    (
        "livelihood_kind",
        "economic_strengthening",
        "Economic strengthening",
        "ការពង្រឹងសេដ្ឋកិច្ចគ្រួសារ",
        "Экономическая поддержка",
        10,
    ),
    ("livelihood_kind", "adult_employment", "Adult employment", "ការងារសម្រាប់មនុស្សពេញវ័យ", "Трудоустройство взрослых", 20),
    ("livelihood_kind", "other", "Other livelihood service", "សេវាមុខរបរផ្សេងទៀត", "Другая поддержка дохода", 30),
    (
        "sector",
        "urban_informal",
        "Urban informal economy",
        "សេដ្ឋកិច្ចក្រៅប្រព័ន្ធនៅទីក្រុង",
        "Городской неформальный сектор",
        205,
    ),
)


@MIGRATIONS(name="0019_report_fields_lists")
def m0019_report_fields_lists(db: Database) -> None:
    """An existing database gets the new codes; a new one loads them with the rest of its reference data."""
    stamp = db.execute("SELECT office, created_at, created_by FROM reference_items ORDER BY rowid LIMIT 1").fetchone()
    if stamp is None:
        return
    office, created_at, created_by = stamp
    stamps = (office, created_at, created_by, created_at, created_by)
    db.conn.executemany(
        "INSERT OR IGNORE INTO reference_items (id, list, code, label_en, label_km, label_ru, sort, attributes, "
        "office, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?)",
        [
            (stable_id("reference", f"{lst}:{code}"), lst, code, en, km, ru, sort, *stamps)
            for lst, code, en, km, ru, sort in NEW_LISTS
        ],
    )
