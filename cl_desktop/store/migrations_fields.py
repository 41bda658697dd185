"""Schema migration for the participant data USDOL's monitoring asks for.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.

Built-in columns (the work-status rule reads some of them), all travelling in sync like the
other columns of their tables: household chores and hazardous household tasks at intake and at
each follow-up, whether the child has a job to return to, the relationship to the household
head, an optional location of the intake, and the household's income sources. The project
setting ``chores_max_hours`` (NULL: chores do not count) with the age group it applies to lets
the rule count chores as national definitions do.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.ids import stable_id
from cl_desktop.store.schema import MIGRATIONS

_HOURS = "INTEGER NOT NULL DEFAULT 0 CHECK ({0} BETWEEN 0 AND 168)"


@MIGRATIONS(name="0017_participant_fields")
def m0017_participant_fields(db: Database) -> None:
    for statement in (
        "ALTER TABLE children ADD COLUMN chores_hours_per_week " + _HOURS.format("chores_hours_per_week"),
        "ALTER TABLE children ADD COLUMN household_hazards TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE children ADD COLUMN job_to_return INTEGER CHECK (job_to_return IN (0, 1))",
        "ALTER TABLE children ADD COLUMN head_relation TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE children ADD COLUMN latitude REAL CHECK (latitude BETWEEN -90 AND 90)",
        "ALTER TABLE children ADD COLUMN longitude REAL CHECK (longitude BETWEEN -180 AND 180)",
        "ALTER TABLE follow_ups ADD COLUMN chores_hours_per_week " + _HOURS.format("chores_hours_per_week"),
        "ALTER TABLE follow_ups ADD COLUMN household_hazards TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE households ADD COLUMN income_sources TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE projects ADD COLUMN chores_max_hours INTEGER CHECK (chores_max_hours BETWEEN 0 AND 168)",
        "ALTER TABLE projects ADD COLUMN chores_min_age INTEGER NOT NULL DEFAULT 5",
        "ALTER TABLE projects ADD COLUMN chores_max_age INTEGER NOT NULL DEFAULT 14",
    ):
        db.execute(statement)


# The code lists the new columns use, as released with this migration (``resources/reference/lists.csv``
# has the same rows for new databases): list, code, English, Khmer, Russian, sort.
NEW_LISTS: tuple[tuple[str, str, str, str, str, int], ...] = (
    ("household_task", "open_fire", "Cooking over an open fire", "ចម្អិនអាហារលើភ្លើងចំហ", "Готовка на открытом огне", 10),
    (
        "household_task",
        "water_loads",
        "Carrying water or heavy loads far",
        "លីសែងទឹក ឬបន្ទុកធ្ងន់ទៅឆ្ងាយ",
        "Переноска воды или тяжестей на большие расстояния",
        20,
    ),
    (
        "household_task",
        "sole_carer",
        "Caring alone for young children or the sick",
        "មើលថែក្មេងតូច ឬអ្នកជំងឺតែម្នាក់ឯង",
        "Единоличный уход за малышами или больными",
        30,
    ),
    (
        "household_task",
        "sharp_tools",
        "Using knives or sharp tools",
        "ប្រើកាំបិត ឬឧបករណ៍មុតស្រួច",
        "Работа с ножами или острыми инструментами",
        40,
    ),
    (
        "household_task",
        "chemicals",
        "Handling chemicals or pesticides at home",
        "ប៉ះពាល់សារធាតុគីមី ឬថ្នាំកសិកម្មនៅផ្ទះ",
        "Работа с химикатами или пестицидами дома",
        50,
    ),
    ("household_task", "night_chores", "Chores late at night", "ការងារផ្ទះពេលយប់ជ្រៅ", "Домашняя работа поздно ночью", 60),
    ("income_source", "farming", "Farming or livestock", "កសិកម្ម ឬចិញ្ចឹមសត្វ", "Земледелие или животноводство", 10),
    ("income_source", "fishing", "Fishing", "នេសាទ", "Рыболовство", 20),
    ("income_source", "wage_labour", "Wage labour", "ពលកម្មស៊ីឈ្នួល", "Наёмный труд", 30),
    (
        "income_source",
        "small_business",
        "Small business or trade",
        "អាជីវកម្មខ្នាតតូច ឬការលក់ដូរ",
        "Мелкий бизнес или торговля",
        40,
    ),
    ("income_source", "remittances", "Remittances", "ប្រាក់ផ្ញើពីសាច់ញាតិ", "Денежные переводы", 50),
    ("income_source", "social_assistance", "Social assistance", "ជំនួយសង្គម", "Социальная помощь", 60),
    ("income_source", "other", "Other", "ផ្សេងៗ", "Другое", 70),
    ("head_relation", "head", "Head of household", "មេគ្រួសារ", "Глава домохозяйства", 10),
    ("head_relation", "child", "Son or daughter", "កូនប្រុស ឬកូនស្រី", "Сын или дочь", 20),
    ("head_relation", "grandchild", "Grandchild", "ចៅ", "Внук или внучка", 30),
    ("head_relation", "niece_nephew", "Niece or nephew", "ក្មួយ", "Племянник или племянница", 40),
    ("head_relation", "sibling", "Brother or sister", "បងប្អូន", "Брат или сестра", 50),
    ("head_relation", "other_relative", "Other relative", "សាច់ញាតិផ្សេងទៀត", "Другой родственник", 60),
    ("head_relation", "not_related", "Not related", "មិនមែនសាច់ញាតិ", "Не родственник", 70),
)


@MIGRATIONS(name="0017_participant_fields_lists")
def m0017_participant_fields_lists(db: Database) -> None:
    """An existing database gets the new code lists; a new one loads them with the rest of its reference data."""
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
