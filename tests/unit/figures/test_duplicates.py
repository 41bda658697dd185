"""Suspected duplicates while typing (candidates) and across the database (scan), in any script."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for, intake
from hypothesis import given, settings
from hypothesis import strategies as st

from cl_desktop.domain.names import normalise, similarity
from cl_desktop.figures import duplicates
from cl_desktop.services.children import Children
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import location_id
from cl_desktop.store import open_database
from cl_desktop.store.schema import SYNCED_TABLES

KANDAL = location_id("KH-8")
PHNOM_PENH = location_id("KH-12")


@pytest.fixture
def children(office_db: Any) -> Children:
    return Children(ctx_for(office_db))


@pytest.fixture
def add(office_db: Any, children: Children) -> Any:
    ctx = ctx_for(office_db)
    project = Projects(ctx).create(
        {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
    )
    programme = Projects(ctx).create_programme(
        {
            "code": "KH-T-AP1",
            "project_id": project["id"],
            "title": "Brick kilns",
            "start_date": "2009-02-01",
            "end_date": "2012-11-30",
            "sectors": ["brick_making"],
            "strategy": ["withdrawal"],
        },
        [KANDAL, PHNOM_PENH],
    )

    def add(name: str, latin: str = "", *, sex: str = "F", birth: str = "1997-05-01", place: str = KANDAL) -> str:
        values = intake(project, programme, place, name=name, name_latin=latin, sex=sex, birth_date=birth)
        return str(children.register(values)["id"])

    return add


def found(db: Any, name: str, latin: str = "", **kw: Any) -> list[str]:
    kw.setdefault("sex", "F")
    kw.setdefault("birth_date", "1997-05-01")
    return [c.child_id for c in duplicates.candidates(db, name=name, name_latin=latin, **kw)]


def pairs(db: Any) -> set[frozenset[str]]:
    return {frozenset((a.child_id, b.child_id)) for a, b in duplicates.scan(db)}


def test_a_latin_spelling_finds_the_child_typed_in_khmer_with_its_transliteration(office_db: Any, add: Any) -> None:
    khmer = add("សុខ ស្រីមុំ", "Sok Srey Mom")
    assert found(office_db, "Sok Srey Mom") == [khmer]
    assert found(office_db, "Srey Mom Sok") == [khmer]  # family name last
    # typed in Khmer without its transliteration: compared with the Khmer as typed
    assert found(office_db, "សុខ ស្រីមុំ") == [khmer]
    latin = add("Sok Srey Mom", place=PHNOM_PENH)  # typed in Latin only, in another province
    assert set(found(office_db, "សុខ ស្រីមុំ", "Sok Srey Mom")) == {khmer, latin}
    [(a, b)] = duplicates.scan(office_db)
    assert {a.child_id, b.child_id} == {khmer, latin}
    assert a.reasons == ("names 100% alike", "same date of birth")


def test_a_latin_spelling_finds_a_cyrillic_name_typed_without_transliteration(office_db: Any, add: Any) -> None:
    cyrillic = add("Нилуфар Каримова")  # no Latin field: the trigram index holds only the Cyrillic
    # no village given: neither the village nor the trigram index can find it, the comparable form does
    assert found(office_db, "Nilufar Karimova", location_id=None) == [cyrillic]
    assert found(office_db, "Karimova Nilufar", location_id=None) == [cyrillic]
    latin = add("Nilufar Karimova")
    # and the other way: Cyrillic typed alone finds the child written in Latin
    assert set(found(office_db, "Нилуфар Каримова", location_id=None)) == {cyrillic, latin}
    [(a, b)] = duplicates.scan(office_db)
    assert {a.child_id, b.child_id} == {cyrillic, latin}
    assert a.reasons[0] == "names 100% alike" and "same date of birth" in a.reasons and "same village" in a.reasons
    # the scan filled the keys; the look-up by key still finds the Cyrillic one
    assert set(found(office_db, "Karimova Nilufar", location_id=None)) == {cyrillic, latin}


def test_only_cyrillic_names_without_a_latin_spelling_are_looked_up_by_key(
    office_db: Any, add: Any, children: Children
) -> None:
    alone = "SELECT cyrillic_alone FROM child_name_keys WHERE child_id = ?"
    cyrillic, khmer, latin = add("Ўткир Ҳасанов", sex="M"), add("សុខ ស្រីមុំ"), add("Sok Srey Mom")
    duplicates.refresh_keys(office_db)
    assert [office_db.execute(alone, [c]).fetchone()[0] for c in (cyrillic, khmer, latin)] == [1, 0, 0]
    children.update(cyrillic, {"name_latin": "Otkir Hasanov"}, base_version=children.get(cyrillic)["version"])
    assert office_db.execute(alone, [cyrillic]).fetchone()[0] == 0  # now found by its Latin spelling
    assert found(office_db, "Oʻtkir Hasanov", sex="M", location_id=None) == [cyrillic]


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Айгерім Қасымова", "Aigerim Qasymova"),  # Kazakh і, қ
        ("Әсел Ұлжанова", "Asel Ulzhanova"),  # Kazakh ә, ұ
        ("Ҷамшед Ғафуров", "Jamshed Ghafurov"),  # Tajik ҷ, ғ
        ("Зӯҳро Раҳимова", "Zuhro Rahimova"),  # Tajik ӯ, ҳ
        ("Ўткир Ҳасанов", "Oʻtkir Hasanov"),  # Uzbek ў (Latin oʻ), ҳ
        ("Үмүт Өмүрова", "Umut Omurova"),  # Kyrgyz ү, ө
    ],
)
def test_central_asian_cyrillic_letters_meet_their_latin_spelling(
    office_db: Any, add: Any, cyrillic: str, latin: str
) -> None:
    sex = "M" if latin.startswith(("Jamshed", "Oʻtkir")) else "F"
    typed = add(cyrillic, sex=sex)
    assert found(office_db, latin, sex=sex, location_id=None) == [typed]
    written = add(latin, sex=sex, birth="1997-05-03")
    [(a, b)] = duplicates.scan(office_db)
    assert {a.child_id, b.child_id} == {typed, written}
    assert a.reasons == ("names 100% alike", "born 2 days apart", "same village")


def test_the_scan_compares_only_children_who_could_be_the_same(office_db: Any, add: Any) -> None:
    first = add("សុខ ស្រីមុំ", "Sok Srey Mom")
    add("Sok Srey Mom", sex="M")  # other sex
    add("Sok Srey Mom", birth="1999-05-01")  # born two years later
    add("Chan Dara")  # another name
    assert pairs(office_db) == set()
    again = add("Sok Sreymom", birth="1997-06-01")  # a spelling variant, born a month later
    [(a, b)] = duplicates.scan(office_db)
    assert {a.child_id, b.child_id} == {first, again}
    assert a.score == b.score >= duplicates.SCAN_THRESHOLD and "born 31 days apart" in a.reasons


def test_among_many_namesakes_the_ones_born_the_same_day_are_paired(office_db: Any, add: Any) -> None:
    ids = [add("Sok Dara", birth=f"2000-{month:02d}-10") for month in range(1, 13)]
    twin = add("Sok Dara", birth="2000-07-10")
    found_pairs = duplicates.scan(office_db)
    assert frozenset((ids[6], twin)) in {frozenset((a.child_id, b.child_id)) for a, b in found_pairs}
    same_day = next(a for a, b in found_pairs if {a.child_id, b.child_id} == {ids[6], twin})
    assert same_day.reasons == ("names 100% alike", "same date of birth", "same village")
    # thirteen namesakes are one group, linked child to child in birth order: twelve pairs
    assert len(found_pairs) == 12
    linked = {c.child_id for pair in found_pairs for c in pair}
    assert linked == {*ids, twin}
    assert duplicates.scan(office_db, limit=5) == found_pairs[:5]


def test_a_few_namesakes_are_all_compared_with_one_another(office_db: Any, add: Any) -> None:
    for month in (1, 3, 5, 7, 9):
        add("Sok Dara", birth=f"2000-{month:02d}-10")
    assert len(pairs(office_db)) == 10  # five namesakes: every pair


def test_a_renamed_child_is_compared_under_the_new_name(office_db: Any, add: Any, children: Children) -> None:
    first = add("Chan Dara")
    second = add("Sok Srey Mom")
    assert pairs(office_db) == set()
    key = "SELECT name_key FROM child_name_keys WHERE child_id = ?"
    assert office_db.execute(key, [second]).fetchone()[0] == "sok srey mom"
    children.update(second, {"name": "Чан Дара"}, base_version=children.get(second)["version"])
    assert office_db.execute(key, [second]).fetchone()[0] is None  # emptied by the trigger
    assert pairs(office_db) == {frozenset((first, second))}
    assert office_db.execute(key, [second]).fetchone()[0] == "chan dara"  # filled again by the scan


def test_the_keys_are_this_replicas_own_and_follow_the_children(office_db: Any, add: Any) -> None:
    assert "child_name_keys" not in SYNCED_TABLES
    assert not any("name_key" in c for c in office_db["children"].columns_dict)  # synced rows stay identical
    first, last = add("Sok Srey Mom"), add("Chan Dara")
    assert duplicates.refresh_keys(office_db) == 2
    assert duplicates.refresh_keys(office_db) == 0  # nothing added since
    office_db.execute("DELETE FROM children WHERE id = ?", [last])
    assert office_db.execute("SELECT child_id FROM child_name_keys").fetchall() == [(first,)]
    again = add("Chan Dara")  # may take the deleted child's rowid: still keyed
    assert duplicates.refresh_keys(office_db) == 1
    assert office_db.execute("SELECT name_key FROM child_name_keys WHERE child_id = ?", [again]).fetchone()[0] == (
        "chan dara"
    )


def test_a_read_only_database_is_scanned_without_writing(office_db: Any, add: Any, tmp_path: Path) -> None:
    first, second = add("Нилуфар Каримова"), add("Nilufar Karimova")
    office_db.execute("UPDATE child_name_keys SET name_key = NULL")
    office_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "office.sqlite"
    reader = open_database(path, read_only=True)
    try:
        assert pairs(reader) == {frozenset((first, second))}
        # keys not filled yet are read and computed, not written
        assert set(found(reader, "Nilufar Karimova", location_id=None)) == {first, second}
    finally:
        reader.close()
    assert office_db.execute("SELECT count(name_key) FROM child_name_keys").fetchone()[0] == 0
    assert duplicates.refresh_keys(office_db) == 2


def test_nothing_is_suggested_for_an_empty_name_or_unknown_sex(office_db: Any, add: Any) -> None:
    add("Sok Srey Mom")
    assert found(office_db, "  ") == []
    assert found(office_db, "Sok Srey Mom", sex="") == []
    assert found(office_db, "Sok Srey Mom", exclude_id=None) != []


_NAMES = st.one_of(
    # near names, most of them around the threshold
    st.lists(
        st.sampled_from(["sok", "sokh", "soka", "dara", "darra", "dora", "thida", "tida"]), min_size=1, max_size=2
    ).map(" ".join),
    st.sampled_from(["Sok Dara", "Dara Sok", "Sokha Dara", "Srey Thida", "ស៊ុក ដារ៉ា", "Иван Петров", "Ivan Petrov", ""]),
    st.text(alphabet="adhiknorst យសកដ ", max_size=12),
).map(normalise)  # names are compared normalised (the words of a name split by single spaces)


@given(_NAMES, _NAMES)
def test_the_letter_bound_is_never_below_the_similarity(a: str, b: str) -> None:
    common = sum(min(n, b.count(ch)) for ch, n in Counter(a).items())
    expected = 2.0 * common / (len(a) + len(b)) if a and b else 0.0
    assert duplicates._upper_bound(a, b) == expected
    assert expected >= similarity(a, b)


_CHILDREN = st.tuples(
    _NAMES,
    st.sampled_from(["", "", "", "Sok Dara", "Dara Sokh", "Ivan Petrov"]),  # mostly without
    st.sampled_from([None, "2000-01-01", "2000-06-01", "2002-01-01"]),
    st.sampled_from([None, "v1", "v2"]),
)


@settings(max_examples=300)
@given(_CHILDREN, _CHILDREN)
def test_the_scan_scores_a_pair_as_the_look_up_does(x: tuple[Any, ...], y: tuple[Any, ...]) -> None:
    """The scan's inlined comparison keeps exactly the pairs ``_score`` puts at its threshold."""
    a, b = (
        duplicates._Child(i, i, n, lat, "F", d, loc, loc or "", None) for i, (n, lat, d, loc) in (("a", x), ("b", y))
    )
    first, second = sorted((a, b), key=lambda c: (c.key, c.birth or "", c.location or "", c.id))
    score, reasons = duplicates._score(first, second)
    found = duplicates._pairs_in([a, b])
    if score >= duplicates.SCAN_THRESHOLD:
        assert [(p.child_id, q.child_id, p.score, p.reasons) for p, q in found] == [
            (first.id, second.id, round(score, 3), reasons)
        ]
    else:
        assert found == []
