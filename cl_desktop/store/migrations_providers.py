"""Schema migration for organisations as service providers: who to call there and what they offer.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.

A referral goes to an organisation of the directory; the ones that provide services (a social
welfare office, a school, a health centre, a shelter...) carry a contact person, a telephone,
an address and the service types they offer (a JSON list of ``service_type`` codes), so the
referral form offers the organisations that give the service needed, and the slip says where to go.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.ids import stable_id
from cl_desktop.store.schema import MIGRATIONS

# The organisation types of service providers, as released with this migration
# (``resources/reference/lists.csv`` has the same rows for new databases): list, code, English, Khmer,
# Russian, sort. The labour inspectorate was already a type.
NEW_TYPES: tuple[tuple[str, str, str, str, str, int], ...] = (
    ("organisation_type", "social_welfare", "Social welfare office", "មន្ទីរសង្គមកិច្ច", "Орган социальной защиты", 21),
    ("organisation_type", "school", "School", "សាលារៀន", "Школа", 22),
    ("organisation_type", "health_centre", "Health centre", "មណ្ឌលសុខភាព", "Медицинский центр", 23),
    (
        "organisation_type",
        "vocational_centre",
        "Vocational training centre",
        "មជ្ឈមណ្ឌលបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ",
        "Центр профессионального обучения",
        24,
    ),
    ("organisation_type", "ngo_shelter", "NGO shelter", "ទីជម្រករបស់អង្គការមិនមែនរដ្ឋាភិបាល", "Приют НПО", 25),
    (
        "organisation_type",
        "police_anti_trafficking",
        "Police anti-trafficking unit",
        "ការិយាល័យនគរបាលប្រឆាំងការជួញដូរមនុស្ស",
        "Полицейское подразделение по борьбе с торговлей людьми",
        26,
    ),
)


@MIGRATIONS(name="0018_service_providers")
def m0018_service_providers(db: Database) -> None:
    for statement in (
        "ALTER TABLE organisations ADD COLUMN contact_person TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE organisations ADD COLUMN telephone TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE organisations ADD COLUMN address TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE organisations ADD COLUMN services_offered TEXT NOT NULL DEFAULT '[]'",
    ):
        db.execute(statement)
    stamp = db.execute("SELECT office, created_at, created_by FROM reference_items ORDER BY rowid LIMIT 1").fetchone()
    if stamp is None:
        return  # a new database: its reference data loads the new types with the rest
    office, created_at, created_by = stamp
    stamps = (office, created_at, created_by, created_at, created_by)
    db.conn.executemany(
        "INSERT OR IGNORE INTO reference_items (id, list, code, label_en, label_km, label_ru, sort, attributes, "
        "office, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?)",
        [
            (stable_id("reference", f"{lst}:{code}"), lst, code, en, km, ru, sort, *stamps)
            for lst, code, en, km, ru, sort in NEW_TYPES
        ],
    )


@MIGRATIONS(name="0018_referrals_by_date")
def m0018_referrals_by_date(db: Database) -> None:
    """The referrals list opens newest first: its first page reads this index, not every referral."""
    db.execute("CREATE INDEX IF NOT EXISTS referrals_date ON referrals(referral_date)")
