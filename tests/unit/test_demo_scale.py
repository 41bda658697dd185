"""The demo generator at scale: deterministic rows whatever the number of processes, the seed
projects unchanged by the scale-up, consistent references, realistic follow-ups and names."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.demo import DemoSpec, create_demo_database, generator, names, scale
from cl_desktop.demo.generator import PLANTED_DUPLICATES_KEY, seed_population
from cl_desktop.domain.rules import Thresholds

BULK = ("households", "children", "services", "follow_ups")
EXTRA = 2_600  # scale-up children on top of the seed projects


def _programme(number: int, villages: int = 40) -> scale.ScaleProgramme:
    return scale.ScaleProgramme(
        id=f"programme-{number}",
        project_id="project",
        province_id="province",
        country="KH",
        abbrev="BTB",
        sector="brick_making",
        start=date(2013, 3, 1),
        end=date(2018, 12, 31),
        villages=tuple(f"village-{number}-{v}" for v in range(villages)),
        thresholds=Thresholds(),
        communes=tuple(tuple(f"village-{number}-{v}" for v in range(c, c + 4)) for c in range(0, villages, 4)),
        elsewhere=tuple((f"village-x-{v}", "province-x", "KH-PVH") for v in range(4)),
    )


def _chunks(seed: int = 7) -> list[scale.Chunk]:
    sizes = [(_programme(1), 2_300), (_programme(2), scale.CHUNK_CHILDREN + 700)]
    return scale.plan_chunks(sizes, seed, first_serial=1_000, case_counters={"KH-BTB": 41})


def _digest(built: list[scale.Built]) -> str:
    h = hashlib.sha256()
    for b in built:
        h.update(repr((b.rows, b.duplicates, b.last_serial)).encode())
    return h.hexdigest()


def test_chunks_have_their_own_ids_and_case_numbers() -> None:
    chunks = _chunks()
    assert [c.children for c in chunks] == [2_300, scale.CHUNK_CHILDREN, 700]
    built = [scale.build_chunk(c) for c in chunks]
    ids = [row[0] for b in built for table in scale.TABLES for row in b.rows[table]]
    assert len(ids) == len(set(ids))
    cases = [row[1] for b in built for row in b.rows["children"]]
    assert cases[0] == "KH-BTB-000042" and cases[-1] == f"KH-BTB-{41 + len(cases):06d}"
    assert len(set(cases)) == len(cases) == 8_000
    for chunk, b in zip(chunks, built, strict=True):
        assert chunk.first_serial < b.last_serial <= chunk.first_serial + chunk.children * scale.SERIALS_PER_CHILD
    # the ids sort in the order the rows are written (B-tree appends)
    children = [row[0] for b in built for row in b.rows["children"]]
    assert children == sorted(children)


def test_rows_do_not_depend_on_the_number_of_processes() -> None:
    chunks = _chunks()
    alone = _digest(list(generator._built_chunks(chunks, 0)))
    assert _digest(list(generator._built_chunks(chunks, 2))) == alone
    assert _digest(list(generator._built_chunks(chunks, 3))) == alone
    assert _digest([scale.build_chunk(c) for c in _chunks(seed=8)]) != alone


def test_follow_ups_come_about_every_quarter() -> None:
    built = [scale.build_chunk(c) for c in _chunks()]
    children = sum(len(b.rows["children"]) for b in built)
    visits: dict[str, list[str]] = {}
    for b in built:
        for row in b.rows["follow_ups"]:
            visits.setdefault(row[1], []).append(row[2])
    per_child = sum(len(v) for v in visits.values()) / children
    assert 3.6 <= per_child <= 4.6, per_child
    services = sum(len(b.rows["services"]) for b in built) / children
    assert 2.5 <= services <= 3.5, services
    gaps = [
        (date.fromisoformat(b) - date.fromisoformat(a)).days
        for days in visits.values()
        for a, b in pairwise(days[1:])  # after the intake visit
    ]
    assert gaps and min(gaps) >= 80 and max(gaps) <= 100


def test_planted_duplicates_cover_every_kind_of_second_registration() -> None:
    chunks = scale.plan_chunks([(_programme(1), 9_500)], 7, first_serial=1_000, case_counters={})
    built = [scale.build_chunk(c) for c in chunks]
    pairs = [p for b in built for p in b.duplicates]
    assert [kind for _a, _b, kind, _o in pairs] == list(scale.DUPLICATE_KINDS)  # each kind in turn
    rows = {row[1]: row for b in built for row in b.rows["children"]}
    communes = {v: c for c in _programme(1).communes for v in c}
    for first, second, kind, office in pairs:
        a, b = rows[first], rows[second]
        name, latin, birth, village, province = (5, 6, 8, 10, 11)
        assert a[7] == b[7]  # sex
        assert (office == "KH-PVH") == (kind == "moved_office")
        same_date = a[birth] == b[birth]
        if kind in ("latin_spelling", "latin_order"):
            assert a[name] == b[name] and a[latin] != b[latin] and same_date and a[village] == b[village]
            assert sorted(a[latin].split()) == sorted(b[latin].split()) or kind == "latin_spelling"
        elif kind == "moved_commune":
            assert (a[name], a[latin]) == (b[name], b[latin]) and same_date
            assert communes[a[village]] != communes[b[village]] and a[province] == b[province]
        elif kind in ("moved_province", "moved_office"):
            assert (a[name], a[latin]) == (b[name], b[latin]) and same_date
            assert b[village].startswith("village-x") and b[province] == "province-x"
        elif kind == "estimated_birth":
            days = abs((date.fromisoformat(a[birth]) - date.fromisoformat(b[birth])).days)
            assert a[name] == b[name] and 30 <= days <= 210 and b[9] == 1
            assert communes[a[village]] == communes[b[village]]
        elif kind == "khmer_only":
            assert a[latin] == b[latin] == "" and a[name] != b[name] and b[name].isascii() and same_date
        elif kind == "cyrillic_only":
            assert a[latin] == b[latin] == "" and a[name].isascii() and not b[name].isascii() and same_date
            assert b[-1] and b[-1].split()[0] == a[name].lower().split()[0]  # the transliteration search uses
        else:
            assert b[latin] == "" and b[name] != a[latin] and len(b[name]) - len(a[latin]) in (-1, 0, 1)


def test_name_pools_are_clean() -> None:
    for pool in (names.KHMER_FAMILY_WIDE, names.KHMER_GIRLS_WIDE, names.KHMER_BOYS_WIDE):
        assert len({k for k, _ in pool}) == len(pool) == len({latin for _, latin in pool})
        for khmer, latin in pool:
            assert all(unicodedata.name(ch).startswith("KHMER") for ch in khmer), khmer
            assert latin.replace(" ", "").isascii() and latin.replace(" ", "").isalpha(), latin
            assert latin == " ".join(w.capitalize() for w in latin.split()), latin
    assert len(names.KHMER_FAMILY_WIDE) * len(names.KHMER_GIRLS_WIDE) > 2_000
    for latin in ("Sok Srey Mom", "Chea Sophea", "Chhim Rithy", "Kim Dara", "Heng Bora"):
        for pick in range(3):
            variant = names.latin_variant(latin, pick)
            assert variant != latin and variant.lower().replace(" ", "") != "", variant


def _canonical(conn: sqlite3.Connection, table: str, where: str = "", args: tuple[Any, ...] = ()) -> str:
    """A digest of a table's rows with the service-made keys (projects, programmes) as their codes."""
    codes = dict(conn.execute("SELECT id, code FROM action_programmes UNION ALL SELECT id, code FROM projects"))
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in ("created_at", "updated_at")]
    h = hashlib.sha256()
    for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table} {where} ORDER BY id", args):
        h.update(repr(tuple(codes.get(v, v) if isinstance(v, str) else v for v in row)).encode())
    return h.hexdigest()


_SEED_ROWS = {
    "children": "WHERE project_id IN (SELECT id FROM projects WHERE code != 'KH-NAT-SCALE')",
    "follow_ups": "WHERE child_id IN (SELECT c.id FROM children c JOIN projects p ON p.id = c.project_id "
    "WHERE p.code != 'KH-NAT-SCALE')",
}


@pytest.fixture(scope="module")
def scaled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scaled") / "scaled.sqlite"
    create_demo_database(path, DemoSpec(children=seed_population() + EXTRA, workers=2)).close()
    return path


def test_a_scaled_demo_is_sound_and_complete(scaled: Path) -> None:
    assert not list(scaled.parent.glob("*.part*"))
    conn = sqlite3.connect(scaled)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM children").fetchone()[0] == seed_population() + EXTRA
        # the search index and the case counters follow the bulk load
        found = conn.execute("SELECT count(*) FROM children_fts WHERE children_fts MATCH ?", ['"KH-"']).fetchone()[0]
        assert found > EXTRA
        for prefix, last in conn.execute("SELECT prefix, last FROM case_counters"):
            top = conn.execute(
                "SELECT max(case_number) FROM children WHERE case_number LIKE ? || '-%'", [prefix]
            ).fetchone()[0]
            assert top is None or int(top.rsplit("-", 1)[1]) <= last, prefix
        scale_children = conn.execute(
            "SELECT count(*), count(outcome) FROM children c JOIN projects p ON p.id = c.project_id "
            "WHERE p.code = 'KH-NAT-SCALE'"
        ).fetchone()
        assert scale_children[0] == EXTRA and scale_children[1] > EXTRA * 0.8
        pairs = json.loads(conn.execute("SELECT value FROM meta WHERE key = ?", [PLANTED_DUPLICATES_KEY]).fetchone()[0])
        assert len(pairs) == EXTRA // scale.DUPLICATE_EVERY
        assert {kind for _a, _b, kind in pairs} <= set(scale.DUPLICATE_KINDS)
        planted = json.dumps([case for pair in pairs for case in pair[:2]])
        same = conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM children c JOIN locations l ON l.id = c.location_id "
            "WHERE c.case_number NOT IN (SELECT value FROM json_each(?)) "
            "GROUP BY c.name, c.sex, c.birth_date, l.parent_id HAVING count(*) > 1)",
            [planted],
        ).fetchone()[0]
        assert same <= 1  # besides the planted ones, namesakes born the same day in one commune are rare
    finally:
        conn.close()


def test_the_seed_projects_do_not_change_with_the_size(scaled: Path, demo_template: Path) -> None:
    big, small = sqlite3.connect(scaled), sqlite3.connect(demo_template)
    try:
        for table, where in _SEED_ROWS.items():
            assert _canonical(big, table, where) == _canonical(small, table, where), table
    finally:
        big.close()
        small.close()


def test_derived_name_columns_match_what_the_triggers_write(scaled: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    src, conn = sqlite3.connect(scaled), sqlite3.connect(copy)
    src.backup(conn)
    src.close()
    try:
        query = "SELECT rowid, name_sort, name_translit FROM children ORDER BY rowid"
        loaded = conn.execute(query).fetchall()
        assert any(t for _r, _s, t in loaded) and all(s for _r, s, _t in loaded)
        conn.execute("UPDATE children SET name = name")  # the update trigger writes both again
        assert conn.execute(query).fetchall() == loaded
        with_translit = sum(1 for _r, _s, t in loaded if t)
        assert conn.execute("SELECT count(*) FROM children_translit_fts").fetchone()[0] == with_translit
        conn.execute("INSERT INTO children_translit_fts(children_translit_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO children_fts(children_fts) VALUES ('integrity-check')")  # raises if they differ
    finally:
        conn.close()


def test_every_insert_trigger_on_the_bulk_tables_is_stood_in_for(tmp_path: Path) -> None:
    """A new trigger on the loaded tables must be added to LOAD_TRIGGERS with what replaces it."""
    from cl_desktop.services.setup import create_database

    db = create_database(tmp_path / "fresh.sqlite", office_code="HQ", office_name="HQ", hq=True)
    try:
        triggers = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    finally:
        db.close()
    assert set(generator.LOAD_TRIGGERS) <= set(triggers)  # none renamed
    on_insert = {
        name: sql for name, sql in triggers.items() if any(f"INSERT ON {t}" in " ".join(sql.split()) for t in BULK)
    }
    assert [name for name, sql in on_insert.items() if not generator.set_aside_while_loading(name, sql)] == []


def test_derived_tables_are_complete_after_the_load(scaled: Path, tmp_path: Path) -> None:
    from cl_desktop.figures.duplicates import child_keys
    from cl_desktop.services.setup import create_database

    empty = tmp_path / "fresh.sqlite"
    create_database(empty, office_code="HQ", office_name="HQ", hq=True).close()

    conn = sqlite3.connect(scaled)
    try:
        rows = conn.execute(
            "SELECT c.id, c.name, c.name_latin, c.sex, c.birth_date, k.name_key FROM children c "
            "LEFT JOIN child_name_keys k ON k.child_id = c.id"
        ).fetchall()
        assert rows and all(r[-1] is None for r in rows)  # every child keyed: nothing left to do
        keys: dict[str, list[str]] = {}
        for key, child in conn.execute("SELECT key, child_id FROM child_match_keys ORDER BY key"):
            keys.setdefault(child, []).append(key)
        assert all(keys.get(r[0], []) == child_keys(*r[1:5]) for r in rows)
        assert conn.execute("SELECT count(*) FROM child_name_keys").fetchone()[0] == 0
        assert conn.execute("SELECT rebuild FROM indicator_state").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM indicator_pending").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM indicator_summary").fetchone()[0] > 0
        fresh = sqlite3.connect(empty)
        expected = fresh.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
        fresh.close()
        assert conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall() == (
            expected
        )  # all back in place
    finally:
        conn.close()


def test_a_failed_generation_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(chunk: scale.Chunk) -> scale.Built:
        raise RuntimeError("disk full")

    monkeypatch.setattr(scale, "build_chunk", broken)
    target = tmp_path / "demo.sqlite"
    with pytest.raises(RuntimeError, match="disk full"):
        create_demo_database(target, DemoSpec(children=seed_population() + 10, workers=0))
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"
    target.write_bytes(b"not empty")
    with pytest.raises(Exception, match="already exists"):
        create_demo_database(target)
    assert target.read_bytes() == b"not empty"
