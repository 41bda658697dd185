"""Schema migrations for the dashboard's precomputed figures.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.

``indicator_facts`` holds, per child and per household, the contributions it makes to the
indicators (JSON rows ``[measure, key, day, n]`` under the child's or the household head's
sex); ``indicator_summary`` is their sum per project, kept equal by triggers on
``indicator_facts``, plus the withdrawn and prevented children by dimension, kept by triggers
on ``children`` from the children's own rows. Both are derived per
replica (not in ``SYNCED_TABLES``, not audited). Triggers on the source tables list the
children and households whose facts may have changed in ``indicator_pending``;
the figures code (``cl_desktop.figures``) recomputes them in the same transaction. While
anything is pending, or ``indicator_state.rebuild`` is set, readers use the direct queries.

A migration does the same thing whenever it runs, so these import nothing above ``store``: the
age groups' SQL is frozen here as it was released, and the migrations build no figures. They
create the tables with ``rebuild`` set (or clear, on a database without children, whose summary
is empty) and the figures code rebuilds the summary on its first write (``figures.current``).
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS

_ACTIVE = "(SELECT rebuild FROM indicator_state) = 0"

# ``figures.indicators.AGE_GROUP_SQL`` as released with 0006 (the triggers below must not follow a
# later change of the age groups: a change would come with a migration of its own).
AGE_GROUP_SQL = (
    "CASE WHEN c.age_at_intake BETWEEN 5 AND 8 THEN '5-8' WHEN c.age_at_intake BETWEEN 9 AND 11 THEN '9-11' "
    "WHEN c.age_at_intake BETWEEN 12 AND 14 THEN '12-14' WHEN c.age_at_intake BETWEEN 15 AND 17 THEN '15-17' "
    "ELSE 'other' END"
)


def _pending(*entities: str) -> str:
    rows = " UNION ALL ".join(f"SELECT {e} AS e" for e in entities)
    return f"INSERT OR IGNORE INTO indicator_pending (entity) SELECT e FROM ({rows}) WHERE e IS NOT NULL"


def _child(ref: str) -> str:
    return f"'c:' || {ref}"


def _household(ref: str) -> str:
    return f"'h:' || {ref}"


def _triggers() -> list[str]:
    """The triggers that mark children and households pending, and those that keep the sums."""
    child_cols = "id, project_id, sex, deleted, intake_date, work_status, school_status, sector, household_id"
    specs = [
        ("children_ai", "AFTER INSERT ON children", _pending(_child("NEW.id"), _household("NEW.household_id"))),
        (
            "children_au",
            f"AFTER UPDATE OF {child_cols} ON children",
            _pending(
                _child("NEW.id"), _child("OLD.id"), _household("OLD.household_id"), _household("NEW.household_id")
            ),
        ),
        ("children_ad", "AFTER DELETE ON children", _pending(_child("OLD.id"), _household("OLD.household_id"))),
        ("follow_ups_ai", "AFTER INSERT ON follow_ups", _pending(_child("NEW.child_id"))),
        ("follow_ups_au", "AFTER UPDATE ON follow_ups", _pending(_child("OLD.child_id"), _child("NEW.child_id"))),
        ("follow_ups_ad", "AFTER DELETE ON follow_ups", _pending(_child("OLD.child_id"))),
        (
            "services_ai",
            "AFTER INSERT ON services",
            _pending(_child("NEW.child_id"), _household("NEW.household_id")),
        ),
        (
            "services_au",
            "AFTER UPDATE ON services",
            _pending(
                _child("OLD.child_id"),
                _child("NEW.child_id"),
                _household("OLD.household_id"),
                _household("NEW.household_id"),
            ),
        ),
        (
            "services_ad",
            "AFTER DELETE ON services",
            _pending(_child("OLD.child_id"), _household("OLD.household_id")),
        ),
        (
            "households_au",
            "AFTER UPDATE OF id, deleted, programme_id, head_sex ON households WHEN (OLD.id IS NOT NEW.id "
            "OR OLD.deleted IS NOT NEW.deleted OR OLD.programme_id IS NOT NEW.programme_id "
            "OR OLD.head_sex IS NOT NEW.head_sex) AND",
            _pending(_household("OLD.id"), _household("NEW.id")),
        ),
        ("households_ad", "AFTER DELETE ON households", _pending(_household("OLD.id"))),
    ]
    # L1 counts a household for a project through its own programme or its services' programme.
    for name, event, ref in (
        ("action_programmes_ai", "AFTER INSERT ON action_programmes", "NEW.id"),
        ("action_programmes_au", "AFTER UPDATE OF id, project_id ON action_programmes", "OLD.id"),
        ("action_programmes_au2", "AFTER UPDATE OF id, project_id ON action_programmes", "NEW.id"),
        ("action_programmes_ad", "AFTER DELETE ON action_programmes", "OLD.id"),
    ):
        body = (
            "INSERT OR IGNORE INTO indicator_pending (entity) "
            f"SELECT 'h:' || household_id FROM services WHERE programme_id = {ref} AND household_id IS NOT NULL "
            f"UNION SELECT 'h:' || id FROM households WHERE programme_id = {ref}"
        )
        specs.append((name, event, body))
    out = [
        f"CREATE TRIGGER indicator_{name} {event if event.endswith(' AND') else event + ' WHEN'} {_ACTIVE} "
        f"BEGIN {body}; END"
        for name, event, body in specs
    ]
    # What every child's facts depend on: the attendance threshold and the worst-form sectors.
    out.append(
        "CREATE TRIGGER indicator_projects_au AFTER UPDATE OF attendance_threshold ON projects "
        "WHEN OLD.attendance_threshold IS NOT NEW.attendance_threshold "
        "BEGIN UPDATE indicator_state SET rebuild = 1 WHERE EXISTS (SELECT 1 FROM children WHERE project_id = NEW.id); "
        "END"
    )
    worst = "json_extract({0}.attributes, '$.worst_form')"
    for name, event, cond in (
        ("ai", "AFTER INSERT", "NEW.list = 'sector'"),
        ("ad", "AFTER DELETE", "OLD.list = 'sector'"),
        (
            "au",
            "AFTER UPDATE",
            "(OLD.list = 'sector' OR NEW.list = 'sector') AND (OLD.list IS NOT NEW.list OR OLD.code IS NOT NEW.code "
            f"OR {worst.format('OLD')} IS NOT {worst.format('NEW')})",
        ),
    ):
        out.append(
            f"CREATE TRIGGER indicator_reference_items_{name} {event} ON reference_items WHEN {cond} "
            "BEGIN UPDATE indicator_state SET rebuild = 1 WHERE EXISTS (SELECT 1 FROM children); END"
        )
    # indicator_summary is the sum of indicator_facts, row by row ...
    add = (
        "INSERT INTO indicator_summary (project_id, measure, dim, key, day, sex, n) "
        "SELECT {row}.project_id, j.value ->> 0, '', j.value ->> 1, j.value ->> 2, {row}.sex, "
        "{sign} sum(j.value ->> 3) FROM json_each({row}.facts) j WHERE true GROUP BY 2, 4, 5 "
        "ON CONFLICT DO UPDATE SET n = n + excluded.n"
    )
    plus, minus = add.format(row="NEW", sign=""), add.format(row="OLD", sign="-")
    out += [
        f"CREATE TRIGGER indicator_facts_ai AFTER INSERT ON indicator_facts WHEN {_ACTIVE} BEGIN {plus}; END",
        f"CREATE TRIGGER indicator_facts_ad AFTER DELETE ON indicator_facts WHEN {_ACTIVE} BEGIN {minus}; END",
        f"CREATE TRIGGER indicator_facts_au AFTER UPDATE ON indicator_facts WHEN {_ACTIVE} BEGIN {minus}; {plus}; END",
    ]
    return out + _outcome_triggers() + _count_triggers()


def _outcome_triggers() -> list[str]:
    """Withdrawn and prevented children by dimension, kept from the children's own rows."""

    def outcome(row: str, sign: str) -> str:
        keys = (
            ("total", "'total'"),
            ("age_group", AGE_GROUP_SQL.replace("c.age_at_intake", f"{row}.age_at_intake")),
            ("sector", f"coalesce({row}.sector, '')"),
            ("province", f"coalesce({row}.province_id, '')"),
            ("programme", f"coalesce({row}.programme_id, '')"),
        )
        dims = " UNION ALL ".join(f"SELECT '{dim}' AS dim, {key} AS k" for dim, key in keys)
        return (
            "INSERT INTO indicator_summary (project_id, measure, dim, key, day, sex, n) "
            f"SELECT {row}.project_id, {row}.outcome, d.dim, d.k, coalesce({row}.outcome_date, ''), "
            f"coalesce({row}.sex, ''), {sign}1 FROM ({dims}) d WHERE {row}.deleted = 0 "
            f"AND {row}.outcome IN ('withdrawn', 'prevented') AND {row}.project_id IS NOT NULL "
            "ON CONFLICT DO UPDATE SET n = n + excluded.n"
        )

    cols = "id, project_id, sex, deleted, outcome, outcome_date, age_at_intake, sector, province_id, programme_id"
    return [
        f"CREATE TRIGGER indicator_outcome_ai AFTER INSERT ON children WHEN {_ACTIVE} BEGIN {outcome('NEW', '')}; END",
        f"CREATE TRIGGER indicator_outcome_au AFTER UPDATE OF {cols} ON children WHEN {_ACTIVE} "
        f"BEGIN {outcome('OLD', '-')}; {outcome('NEW', '')}; END",
        f"CREATE TRIGGER indicator_outcome_ad AFTER DELETE ON children WHEN {_ACTIVE} BEGIN {outcome('OLD', '-')}; END",
    ]


def _count_triggers() -> list[str]:
    """Children registered (by intake date), services (by type and start date) and follow-up visits
    (by visit date), by the child's sex: plain counts, kept from the rows themselves."""
    upsert = "ON CONFLICT DO UPDATE SET n = n + excluded.n"
    cols = "(project_id, measure, dim, key, day, sex, n)"

    def registered(row: str, sign: str) -> str:
        return (
            f"INSERT INTO indicator_summary {cols} SELECT {row}.project_id, 'registered', '', 'total', "
            f"coalesce({row}.intake_date, ''), coalesce({row}.sex, ''), {sign}1 "
            f"WHERE {row}.deleted = 0 AND {row}.project_id IS NOT NULL {upsert}"
        )

    def rows_of_child(table: str, measure: str, key: str, day: str, row: str, sign: str) -> str:
        """One service or visit ``row`` counted for its child (as the child is now)."""
        return (
            f"INSERT INTO indicator_summary {cols} SELECT c.project_id, '{measure}', '', {key.format(row)}, "
            f"coalesce({day.format(row)}, ''), coalesce(c.sex, ''), {sign}1 FROM children c "
            f"WHERE c.id = {row}.child_id AND c.deleted = 0 AND {row}.deleted = 0 AND c.project_id IS NOT NULL "
            f"{upsert}"
        )

    def child_rows(table: str, measure: str, key: str, day: str, row: str, sign: str) -> str:
        """All services or visits of the child ``row`` (with the child's values in ``row``)."""
        return (
            f"INSERT INTO indicator_summary {cols} SELECT {row}.project_id, '{measure}', '', {key.format('x')}, "
            f"coalesce({day.format('x')}, ''), coalesce({row}.sex, ''), {sign}count(*) FROM {table} x "
            f"WHERE x.child_id = {row}.id AND x.deleted = 0 AND {row}.deleted = 0 AND {row}.project_id IS NOT NULL "
            f"GROUP BY 4, 5 {upsert}"
        )

    counted = (
        ("services", "services", "{0}.service_type", "{0}.start_date", "child_id, service_type, start_date, deleted"),
        ("follow_ups", "visits", "'total'", "{0}.visit_date", "child_id, visit_date, deleted"),
    )
    out = [
        f"CREATE TRIGGER indicator_count_registered_ai AFTER INSERT ON children WHEN {_ACTIVE} "
        f"BEGIN {registered('NEW', '')}; END",
        "CREATE TRIGGER indicator_count_registered_au AFTER UPDATE OF id, project_id, sex, deleted, intake_date "
        f"ON children WHEN {_ACTIVE} BEGIN {registered('OLD', '-')}; {registered('NEW', '')}; END",
        f"CREATE TRIGGER indicator_count_registered_ad AFTER DELETE ON children WHEN {_ACTIVE} "
        f"BEGIN {registered('OLD', '-')}; END",
    ]
    for table, measure, key, day, watched in counted:
        spec = (table, measure, key, day)
        out += [
            f"CREATE TRIGGER indicator_count_{measure}_ai AFTER INSERT ON {table} WHEN {_ACTIVE} "
            f"BEGIN {rows_of_child(*spec, 'NEW', '')}; END",
            f"CREATE TRIGGER indicator_count_{measure}_au AFTER UPDATE OF {watched} ON {table} WHEN {_ACTIVE} "
            f"BEGIN {rows_of_child(*spec, 'OLD', '-')}; {rows_of_child(*spec, 'NEW', '')}; END",
            f"CREATE TRIGGER indicator_count_{measure}_ad AFTER DELETE ON {table} WHEN {_ACTIVE} "
            f"BEGIN {rows_of_child(*spec, 'OLD', '-')}; END",
            f"CREATE TRIGGER indicator_count_{measure}_child_ai AFTER INSERT ON children WHEN {_ACTIVE} "
            f"BEGIN {child_rows(*spec, 'NEW', '')}; END",
            f"CREATE TRIGGER indicator_count_{measure}_child_au AFTER UPDATE OF id, project_id, sex, deleted "
            f"ON children WHEN {_ACTIVE} BEGIN {child_rows(*spec, 'OLD', '-')}; {child_rows(*spec, 'NEW', '')}; END",
            f"CREATE TRIGGER indicator_count_{measure}_child_ad AFTER DELETE ON children WHEN {_ACTIVE} "
            f"BEGIN {child_rows(*spec, 'OLD', '-')}; END",
        ]
    return out


_TABLES = (
    "CREATE TABLE indicator_state (id INTEGER PRIMARY KEY CHECK (id = 1), rebuild INTEGER NOT NULL) STRICT",
    "CREATE TABLE indicator_pending (entity TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID",
    "CREATE TABLE indicator_facts (entity TEXT NOT NULL, project_id TEXT NOT NULL, sex TEXT NOT NULL, "
    "facts TEXT NOT NULL, PRIMARY KEY (entity, project_id)) STRICT, WITHOUT ROWID",
    "CREATE TABLE indicator_summary (project_id TEXT NOT NULL, measure TEXT NOT NULL, dim TEXT NOT NULL, "
    "day TEXT NOT NULL, key TEXT NOT NULL, sex TEXT NOT NULL, n INTEGER NOT NULL, "
    "PRIMARY KEY (project_id, measure, dim, day, key, sex)) STRICT, WITHOUT ROWID",
)


_TABLE_NAMES = ("indicator_state", "indicator_pending", "indicator_facts", "indicator_summary")


def _create_and_build(db: Database) -> None:
    """The tables and triggers, the summary marked for a rebuild unless there is nothing to sum."""
    for sql in (*_TABLES, "INSERT INTO indicator_state (id, rebuild) VALUES (1, 1)", *_triggers()):
        db.execute(sql)
    db.execute("UPDATE indicator_state SET rebuild = 0 WHERE NOT EXISTS (SELECT 1 FROM children)")


@MIGRATIONS(name="0006_indicator_summary")
def m0006_indicator_summary(db: Database) -> None:
    """Precomputed indicator contributions and their per-project sums (built on the first write)."""
    _create_and_build(db)


@MIGRATIONS(name="0006_indicator_summary_layout")
def m0006_indicator_summary_layout(db: Database) -> None:
    """Brings a database whose summary tables or triggers differ from the ones above (an earlier
    layout of 0006) to them, rebuilding the figures; does nothing on any other database."""
    wanted = {*_TABLES, *_triggers()}
    ours = (
        "SELECT name, type, sql FROM sqlite_master WHERE (type = 'table' AND name IN ({tables})) "
        "OR (type = 'trigger' AND name LIKE 'indicator^_%' ESCAPE '^' AND sql LIKE '%indicator^_state%' ESCAPE '^')"
    ).format(tables=", ".join(f"'{t}'" for t in _TABLE_NAMES))
    found = db.execute(ours).fetchall()
    if {str(sql) for _name, _kind, sql in found} == wanted:
        return
    for name, kind, _sql in sorted(found, key=lambda r: r[1] == "table"):
        db.execute(f'DROP {"TRIGGER" if kind == "trigger" else "TABLE"} "{name}"')
    _create_and_build(db)
