"""The schema, as versioned migrations.

Synced tables share one shape: a UUIDv7 text key, the office the row was
created in, who/when created and last updated it, a version incremented on
every change and a soft-delete flag (deletes travel as tombstones). Each
migration is one transaction; once released, a migration is never edited:
add a new one.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("cl_desktop")

SYNC_COLUMNS = """
    office TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
"""

# Tables whose rows travel in sync bundles, in dependency order (parents first).
SYNCED_TABLES: tuple[str, ...] = (
    "offices",
    "users",
    "locations",
    "reference_items",
    "organisations",
    "projects",
    "project_organisations",
    "project_locations",
    "custom_fields",
    "results",
    "indicators",
    "indicator_targets",
    "reporting_periods",
    "action_programmes",
    "programme_locations",
    "monitoring_visits",
    "households",
    "children",
    "services",
    "follow_ups",
    "visit_children",
    "activities",
    "narratives",
    "duplicate_decisions",
    "dhis2_mappings",
    "form_submissions",
    "case_aliases",
    "transfers",
    "referrals",
    "referral_events",
)

# Columns each replica derives from the synced ones; never audited nor sent.
DERIVED_COLUMNS: dict[str, frozenset[str]] = {
    "children": frozenset(
        {"work_status", "age_at_intake", "outcome", "outcome_date", "education_date", "name_sort", "name_translit"}
    ),
    "follow_ups": frozenset({"work_status"}),
}

# Columns that are bookkeeping rather than content (not diffed in the audit trail).
META_COLUMNS = frozenset({"id", "office", "created_at", "created_by", "updated_at", "updated_by", "version"})

# Columns whose values hold secrets and must not be copied into the audit trail.
SECRET_COLUMNS: dict[str, frozenset[str]] = {"users": frozenset({"password_hash"})}


def _table(name: str, body: str, extra: str = "") -> str:
    return f"CREATE TABLE {name} (\n    id TEXT PRIMARY KEY NOT NULL,\n{body},\n{SYNC_COLUMNS}{extra}\n) STRICT"


@MIGRATIONS(name="0001_initial")
def m0001_initial(db: Database) -> None:
    statements = [
        """CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT""",
        _table(
            "offices",
            """    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    province_id TEXT,
    is_hq INTEGER NOT NULL DEFAULT 0 CHECK (is_hq IN (0, 1)),
    signing_key TEXT,
    encryption_key TEXT,
    revoked_at TEXT,
    revoked_reason TEXT""",
        ),
        _table(
            "users",
            """    username TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'coordinator', 'admin')),
    office_code TEXT NOT NULL,
    password_hash TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT""",
        ),
        _table(
            "locations",
            """    code TEXT NOT NULL UNIQUE,
    level TEXT NOT NULL CHECK (level IN ('country', 'province', 'district', 'commune', 'village')),
    parent_id TEXT REFERENCES locations(id),
    country_code TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_local TEXT NOT NULL DEFAULT '',
    name_ru TEXT NOT NULL DEFAULT '',
    abbrev TEXT NOT NULL DEFAULT ''""",
        ),
        "CREATE INDEX locations_parent ON locations(parent_id)",
        _table(
            "reference_items",
            """    list TEXT NOT NULL,
    code TEXT NOT NULL,
    label_en TEXT NOT NULL,
    label_km TEXT NOT NULL DEFAULT '',
    label_ru TEXT NOT NULL DEFAULT '',
    sort INTEGER NOT NULL DEFAULT 0,
    attributes TEXT NOT NULL DEFAULT '{}',
    active INTEGER NOT NULL DEFAULT 1""",
            ",\n    UNIQUE (list, code)",
        ),
        _table(
            "organisations",
            """    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    acronym TEXT NOT NULL DEFAULT '',
    organisation_type TEXT NOT NULL DEFAULT 'other',
    country_code TEXT NOT NULL DEFAULT ''""",
        ),
        _table(
            "projects",
            """    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    short_title TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    countries TEXT NOT NULL DEFAULT '[]',
    donor TEXT NOT NULL DEFAULT '',
    grantee TEXT NOT NULL DEFAULT '',
    grant_number TEXT NOT NULL DEFAULT '',
    funding_amount REAL NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'USD',
    fiscal_year TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    problem TEXT NOT NULL DEFAULT '',
    results_text TEXT NOT NULL DEFAULT '',
    development_objective TEXT NOT NULL DEFAULT '',
    intermediate_objectives TEXT NOT NULL DEFAULT '[]',
    activities_summary TEXT NOT NULL DEFAULT '[]',
    implementing_partners_text TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    target_withdrawn_f INTEGER NOT NULL DEFAULT 0,
    target_withdrawn_m INTEGER NOT NULL DEFAULT 0,
    target_prevented_f INTEGER NOT NULL DEFAULT 0,
    target_prevented_m INTEGER NOT NULL DEFAULT 0,
    min_work_age INTEGER NOT NULL DEFAULT 5,
    light_work_max_age INTEGER NOT NULL DEFAULT 14,
    light_work_max_hours INTEGER NOT NULL DEFAULT 14,
    max_hours_under_18 INTEGER NOT NULL DEFAULT 40,
    withdrawn_months INTEGER NOT NULL DEFAULT 3,
    attendance_threshold INTEGER NOT NULL DEFAULT 75,
    period_start_month INTEGER NOT NULL DEFAULT 10""",
        ),
        _table(
            "project_organisations",
            """    project_id TEXT NOT NULL REFERENCES projects(id),
    organisation_id TEXT NOT NULL REFERENCES organisations(id),
    role TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''""",
        ),
        "CREATE INDEX project_organisations_project ON project_organisations(project_id)",
        _table(
            "project_locations",
            """    project_id TEXT NOT NULL REFERENCES projects(id),
    location_id TEXT NOT NULL REFERENCES locations(id)""",
            ",\n    UNIQUE (project_id, location_id)",
        ),
        _table(
            "results",
            """    project_id TEXT NOT NULL REFERENCES projects(id),
    parent_id TEXT REFERENCES results(id),
    level TEXT NOT NULL CHECK (level IN ('objective', 'outcome', 'output')),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0""",
        ),
        "CREATE INDEX results_project ON results(project_id)",
        _table(
            "indicators",
            """    project_id TEXT NOT NULL REFERENCES projects(id),
    result_id TEXT REFERENCES results(id),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT 'count' CHECK (unit IN ('count', 'percent', 'deliverable', 'text')),
    common_code TEXT,
    baseline_value REAL,
    baseline_year INTEGER,
    baseline_text TEXT NOT NULL DEFAULT '',
    target_value REAL,
    target_text TEXT NOT NULL DEFAULT '',
    actual_value REAL,
    actual_text TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    means_of_verification TEXT NOT NULL DEFAULT '',
    disaggregation TEXT NOT NULL DEFAULT '',
    sort INTEGER NOT NULL DEFAULT 0""",
        ),
        "CREATE INDEX indicators_project ON indicators(project_id)",
        _table(
            "reporting_periods",
            """    project_id TEXT NOT NULL REFERENCES projects(id),
    code TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
    submitted_at TEXT,
    submitted_by TEXT,
    approved_at TEXT,
    approved_by TEXT,
    reopen_reason TEXT NOT NULL DEFAULT ''""",
            ",\n    UNIQUE (project_id, code)",
        ),
        _table(
            "indicator_targets",
            """    indicator_id TEXT NOT NULL REFERENCES indicators(id),
    period_id TEXT REFERENCES reporting_periods(id),
    target_value REAL,
    target_text TEXT NOT NULL DEFAULT '',
    actual_value REAL,
    actual_text TEXT NOT NULL DEFAULT ''""",
        ),
        "CREATE INDEX indicator_targets_indicator ON indicator_targets(indicator_id)",
        _table(
            "action_programmes",
            """    code TEXT NOT NULL UNIQUE,
    project_id TEXT NOT NULL REFERENCES projects(id),
    title TEXT NOT NULL,
    partner_id TEXT REFERENCES organisations(id),
    strategy TEXT NOT NULL DEFAULT '[]',
    sectors TEXT NOT NULL DEFAULT '[]',
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    budget REAL NOT NULL DEFAULT 0,
    expenditure REAL NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'USD',
    target_withdrawn_f INTEGER NOT NULL DEFAULT 0,
    target_withdrawn_m INTEGER NOT NULL DEFAULT 0,
    target_prevented_f INTEGER NOT NULL DEFAULT 0,
    target_prevented_m INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'active'""",
        ),
        "CREATE INDEX action_programmes_project ON action_programmes(project_id)",
        _table(
            "programme_locations",
            """    programme_id TEXT NOT NULL REFERENCES action_programmes(id),
    location_id TEXT NOT NULL REFERENCES locations(id)""",
            ",\n    UNIQUE (programme_id, location_id)",
        ),
        _table(
            "households",
            """    code TEXT NOT NULL UNIQUE,
    programme_id TEXT REFERENCES action_programmes(id),
    location_id TEXT REFERENCES locations(id),
    head_name TEXT NOT NULL,
    head_name_latin TEXT NOT NULL DEFAULT '',
    head_sex TEXT NOT NULL DEFAULT '' CHECK (head_sex IN ('', 'F', 'M')),
    members INTEGER NOT NULL DEFAULT 1,
    children_under_18 INTEGER NOT NULL DEFAULT 0,
    poverty_markers TEXT NOT NULL DEFAULT '[]',
    address TEXT NOT NULL DEFAULT '',
    registered_on TEXT NOT NULL""",
        ),
        _table(
            "children",
            """    case_number TEXT NOT NULL UNIQUE,
    project_id TEXT NOT NULL REFERENCES projects(id),
    programme_id TEXT REFERENCES action_programmes(id),
    household_id TEXT REFERENCES households(id),
    name TEXT NOT NULL,
    name_latin TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL CHECK (sex IN ('F', 'M')),
    birth_date TEXT,
    birth_date_estimated INTEGER NOT NULL DEFAULT 0,
    location_id TEXT REFERENCES locations(id),
    province_id TEXT REFERENCES locations(id),
    guardian_name TEXT NOT NULL DEFAULT '',
    guardian_relation TEXT NOT NULL DEFAULT '',
    consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
    consent_date TEXT,
    intake_date TEXT NOT NULL,
    working INTEGER NOT NULL DEFAULT 0 CHECK (working IN (0, 1)),
    work_activities TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT '',
    hours_per_week INTEGER NOT NULL DEFAULT 0,
    hazards TEXT NOT NULL DEFAULT '[]',
    age_started_work INTEGER,
    school_status TEXT NOT NULL DEFAULT '',
    risk_factors TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    work_status TEXT NOT NULL DEFAULT 'not_at_risk',
    age_at_intake INTEGER NOT NULL DEFAULT 0,
    education_date TEXT,
    outcome TEXT,
    outcome_date TEXT""",
        ),
        "CREATE INDEX children_programme ON children(programme_id)",
        "CREATE INDEX children_household ON children(household_id)",
        "CREATE INDEX children_location ON children(location_id)",
        "CREATE INDEX children_project_outcome ON children(project_id, outcome, outcome_date)",
        "CREATE INDEX children_name ON children(name)",
        "CREATE INDEX children_name_latin ON children(name_latin)",
        "CREATE INDEX children_dupe ON children(sex, birth_date)",
        _table(
            "services",
            """    child_id TEXT REFERENCES children(id),
    household_id TEXT REFERENCES households(id),
    programme_id TEXT REFERENCES action_programmes(id),
    service_type TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    provider TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''""",
            ",\n    CHECK (child_id IS NOT NULL OR household_id IS NOT NULL)",
        ),
        "CREATE INDEX services_child ON services(child_id, service_type, start_date)",
        "CREATE INDEX services_household ON services(household_id)",
        "CREATE INDEX services_programme ON services(programme_id)",
        _table(
            "follow_ups",
            """    child_id TEXT NOT NULL REFERENCES children(id),
    visit_date TEXT NOT NULL,
    working INTEGER NOT NULL DEFAULT 0 CHECK (working IN (0, 1)),
    hours_per_week INTEGER NOT NULL DEFAULT 0,
    hazards TEXT NOT NULL DEFAULT '[]',
    school_status TEXT NOT NULL DEFAULT '',
    attendance_percent INTEGER,
    visited_by TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    work_status TEXT NOT NULL DEFAULT 'not_at_risk'""",
        ),
        "CREATE INDEX follow_ups_child ON follow_ups(child_id, visit_date)",
        _table(
            "activities",
            """    project_id TEXT NOT NULL REFERENCES projects(id),
    programme_id TEXT REFERENCES action_programmes(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    location_id TEXT REFERENCES locations(id),
    participants_f INTEGER NOT NULL DEFAULT 0,
    participants_m INTEGER NOT NULL DEFAULT 0,
    output TEXT NOT NULL DEFAULT ''""",
        ),
        "CREATE INDEX activities_project ON activities(project_id)",
        _table(
            "narratives",
            """    project_id TEXT NOT NULL REFERENCES projects(id),
    period_id TEXT NOT NULL REFERENCES reporting_periods(id),
    section TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    body TEXT NOT NULL DEFAULT ''""",
            ",\n    UNIQUE (period_id, section, language)",
        ),
        """CREATE TABLE case_counters (
    prefix TEXT PRIMARY KEY NOT NULL,
    last INTEGER NOT NULL
) STRICT""",
        """CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    office TEXT NOT NULL,
    office_seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT,
    row_version INTEGER,
    base_version INTEGER,
    changes TEXT NOT NULL,
    source TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (office, office_seq)
) STRICT""",
        "CREATE INDEX audit_log_row ON audit_log(table_name, row_id)",
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
        """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    ]
    statements += children_search_statements()
    for sql in statements:
        db.execute(sql)


def children_search_statements() -> list[str]:
    """Full-text search over names (any script), case number and village.

    A trigram index finds substrings in Khmer, Cyrillic and Latin alike. The
    triggers are separate so bulk loaders can drop them and rebuild once.
    """
    return [
        """CREATE VIEW children_search_source AS
SELECT c.rowid AS rid, c.name, c.name_latin, c.case_number,
       coalesce(l.name_en, '') || ' ' || coalesce(l.name_local, '') AS village
FROM children c LEFT JOIN locations l ON l.id = c.location_id""",
        """CREATE VIRTUAL TABLE children_fts USING fts5(
    name, name_latin, case_number, village,
    content='children_search_source', content_rowid='rid', tokenize='trigram')""",
        *children_search_triggers(),
    ]


_VILLAGE = (
    "(SELECT coalesce(l.name_en, '') || ' ' || coalesce(l.name_local, '') "
    "FROM locations l WHERE l.id = {row}.location_id)"
)


def children_search_triggers() -> list[str]:
    new_values = f"new.rowid, new.name, new.name_latin, new.case_number, {_VILLAGE.format(row='new')}"
    old_values = f"old.rowid, old.name, old.name_latin, old.case_number, {_VILLAGE.format(row='old')}"
    columns = "rowid, name, name_latin, case_number, village"
    return [
        f"""CREATE TRIGGER children_fts_insert AFTER INSERT ON children BEGIN
INSERT INTO children_fts({columns}) VALUES ({new_values}); END""",
        f"""CREATE TRIGGER children_fts_delete AFTER DELETE ON children BEGIN
INSERT INTO children_fts(children_fts, {columns}) VALUES ('delete', {old_values}); END""",
        f"""CREATE TRIGGER children_fts_update AFTER UPDATE OF name, name_latin, case_number, location_id
ON children BEGIN
INSERT INTO children_fts(children_fts, {columns}) VALUES ('delete', {old_values});
INSERT INTO children_fts({columns}) VALUES ({new_values}); END""",
    ]


CHILDREN_SEARCH_TRIGGER_NAMES = ("children_fts_insert", "children_fts_delete", "children_fts_update")


def known_migration_names() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]


# Later migrations live beside this file, one module per area; importing them registers them
# after 0001, in this order. Never reorder: the order is part of every database's history.
from cl_desktop.store import migrations_sync, migrations_security, migrations_perf  # noqa: E402, F401, I001
from cl_desktop.store import migrations_summary, migrations_dupes, migrations_lists  # noqa: E402, F401
from cl_desktop.store import migrations_scope  # noqa: E402, F401
from cl_desktop.store import migrations_names  # noqa: E402, F401
from cl_desktop.store import migrations_exchange  # noqa: E402, F401
from cl_desktop.store import anchors  # noqa: E402, F401
from cl_desktop.store import migrations_approved  # noqa: E402, F401
from cl_desktop.store import migrations_referrals  # noqa: E402, F401
from cl_desktop.store import migrations_fields  # noqa: E402, F401
from cl_desktop.store import migrations_review  # noqa: E402, F401
from cl_desktop.store import migrations_reports  # noqa: E402, F401
from cl_desktop.store import migrations_providers  # noqa: E402, F401
from cl_desktop.store import migrations_visits  # noqa: E402, F401
from cl_desktop.store import migrations_custom_fields  # noqa: E402, F401
from cl_desktop.store import custom_indexes  # noqa: E402, F401
from cl_desktop.store import migrations_period_figures  # noqa: E402, F401
from cl_desktop.store import migrations_loop  # noqa: E402, F401
from cl_desktop.store import migrations_dupcount  # noqa: E402, F401
from cl_desktop.store import migrations_split_figures  # noqa: E402, F401
from cl_desktop.store import migrations_quality  # noqa: E402, F401
from cl_desktop.store import migrations_sections  # noqa: E402, F401
from cl_desktop.store import migrations_fields2  # noqa: E402, F401
