"""Released migrations do the same thing whenever they run: they call no code above the store.

What they need is frozen in them (the age groups' SQL), and the figures they would have computed
(the indicator summary, the duplicate name keys) are only marked for the figures code to build.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from factories import ctx_for

from cl_desktop.figures import duplicates, indicators
from cl_desktop.services.children import Children
from cl_desktop.store import migrations_summary, open_database

FIRST_RELEASE = Path(__file__).resolve().parents[2] / "fixtures" / "schema-0001.sqlite"


def test_the_frozen_age_groups_are_those_the_figures_use() -> None:
    # The summary's triggers group by the frozen SQL, a rebuild by the figures' own: a change of the
    # age groups needs a migration that replaces the triggers, not an edit of the released one.
    assert migrations_summary.AGE_GROUP_SQL == indicators.AGE_GROUP_SQL


def test_the_frozen_service_types_are_those_the_period_figures_count() -> None:
    # The reporting periods' triggers set the summary aside when a period holds a service of these
    # types; a new education or household service type needs a migration that replaces them.
    from cl_desktop.domain.rules import EDUCATION_SERVICES, HOUSEHOLD_SERVICES
    from cl_desktop.store import migrations_period_figures

    frozen = {t.strip(" '") for t in migrations_period_figures._SERVED_TYPES.split(",")}
    assert frozen == EDUCATION_SERVICES | HOUSEHOLD_SERVICES


def test_an_upgrade_marks_the_figures_for_the_figures_code_to_build(tmp_path: Path) -> None:
    path = tmp_path / "cl-desktop.sqlite"
    shutil.copyfile(FIRST_RELEASE, path)
    db = open_database(path, create=False)
    try:
        children = db.execute("SELECT count(*) FROM children").fetchone()[0]
        assert children == 5
        assert db.execute("SELECT rebuild FROM indicator_state").fetchone()[0] == 1
        assert not indicators.summary_current(db)
        assert db.execute("SELECT count(*), count(name_key) FROM child_name_keys").fetchone() == (children, 0)
        # the figures code keys them on first use
        assert duplicates.refresh_keys(db) == children
        for child, name, latin, sex, birth in db.execute(
            "SELECT id, name, name_latin, sex, birth_date FROM children"
        ).fetchall():
            keys = [
                r[0] for r in db.execute("SELECT key FROM child_match_keys WHERE child_id = ? ORDER BY key", [child])
            ]
            assert keys == duplicates.child_keys(name, latin, sex, birth)
    finally:
        db.close()


def test_the_stored_transliterations_are_rewritten_with_the_one_table(tmp_path: Path) -> None:
    """0008 wrote ``ў`` as "u" for search; 0010 rewrites what it stored with the table duplicates use."""
    from cl_desktop.services import lists
    from cl_desktop.services.lists import ListQuery

    path = tmp_path / "cl-desktop.sqlite"
    shutil.copyfile(FIRST_RELEASE, path)
    raw = sqlite3.connect(path)
    child = raw.execute("SELECT id FROM children ORDER BY rowid LIMIT 1").fetchone()[0]
    raw.execute("UPDATE children SET name = 'Ўткир Ҳасанов', name_latin = '' WHERE id = ?", [child])
    raw.commit()
    raw.close()
    db = open_database(path, create=False)
    try:
        assert db.execute("SELECT name_translit FROM children WHERE id = ?", [child]).fetchone()[0] == "otkir hasanov"
        assert lists.count(db, "children", ListQuery(search="Otkir")) == 1
        db.execute("UPDATE children SET name = 'Ўғилой Раҳимова' WHERE id = ?", [child])  # the new triggers
        assert (
            db.execute("SELECT name_translit FROM children WHERE id = ?", [child]).fetchone()[0] == "oghiloi rahimova"
        )
    finally:
        db.close()


def test_the_first_write_after_an_upgrade_builds_the_summary(tmp_path: Path) -> None:
    path = tmp_path / "cl-desktop.sqlite"
    shutil.copyfile(FIRST_RELEASE, path)
    db = open_database(path, create=False)
    try:
        project = next(iter(db.query("SELECT * FROM projects WHERE code = 'KH-FIX'")))
        child = db.execute("SELECT id FROM children WHERE deleted = 0 ORDER BY case_number LIMIT 1").fetchone()[0]
        Children(ctx_for(db)).update(child, {"notes": "seen again"})
        assert indicators.summary_current(db)
        assert db.execute("SELECT count(*) FROM indicator_summary").fetchone()[0] > 0
        until = "2099-12-31"

        def figures(direct: bool) -> list[object]:
            pid = project["id"]
            return [
                indicators.outcome_totals(db, pid, "withdrawn", until=until, direct=direct),
                indicators.outcome_totals(db, pid, "prevented", until=until, direct=direct),
                indicators.e1_counts(db, pid, until=until, direct=direct),
                indicators.participant_status(db, pid, until, direct=direct),
            ]

        from_summary = figures(False)
        assert from_summary == figures(True)
        assert [f.total for f in from_summary[:2]] == [2, 2]  # type: ignore[attr-defined]
    finally:
        db.close()


def test_a_new_database_starts_with_a_current_empty_summary(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite")
    try:
        assert indicators.summary_current(db)
        assert db.execute("SELECT count(*) FROM indicator_summary").fetchone()[0] == 0
    finally:
        db.close()


def test_the_frozen_quality_conditions_are_the_checks() -> None:
    # Each data-quality check reads its own partial index; the index serves the check only while the
    # check's condition is the frozen one (a changed check needs a migration replacing its index).
    from cl_desktop.figures.quality import CHECKS
    from cl_desktop.store import migrations_quality

    assert {k: c.condition.replace("c.", "") for k, c in CHECKS.items()} == migrations_quality.QUALITY_CONDITIONS


def test_each_quality_check_reads_its_index(tmp_path: Path) -> None:
    # INDEXED BY fails the statement ("no query solution") when the condition does not imply the index's
    from cl_desktop.figures import quality

    db = open_database(tmp_path / "q.sqlite")
    try:
        assert quality.findings(db) == []
        assert quality.findings(db, project_id="p", programme_id="a") == []
    finally:
        db.close()
