"""Suspected duplicates while typing (candidates), at import and across the database (scan), wherever the
child was registered and in whatever script."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for, intake
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cl_desktop.demo import names as demo_names
from cl_desktop.demo.scale import typo
from cl_desktop.domain.translit import CYRILLIC_LATIN, romanise_khmer, skeleton, sound_keys
from cl_desktop.figures import duplicates
from cl_desktop.ids import stable_id
from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.services.projects import Projects
from cl_desktop.services.reference import location_id
from cl_desktop.services.stats import database_stats
from cl_desktop.store import open_database, records
from cl_desktop.store.migrations_names import TRANSLIT_0010
from cl_desktop.store.schema import DERIVED_COLUMNS, SYNCED_TABLES
from cl_desktop.sync import conflicts

KANDAL = location_id("KH-8")
PHNOM_PENH = location_id("KH-12")


def villages(db: Any) -> dict[str, str]:
    """Two communes of two villages in a district of Kandal, one commune of two villages in Phnom Penh."""
    author = records.Author(user="coord", office="KH-PNP", source="form")
    out: dict[str, str] = {}
    for province, communes in (("KH-8", ("A", "B")), ("KH-12", ("C",))):
        district = db.execute(
            "SELECT id, code FROM locations WHERE parent_id = ? AND level = 'district' ORDER BY code LIMIT 1",
            [location_id(province)],
        ).fetchone()
        for commune in communes:
            c = records.insert(
                db,
                "locations",
                {
                    "code": f"{district[1]}-T{commune}",
                    "level": "commune",
                    "parent_id": district[0],
                    "country_code": "KH",
                    "name_en": f"Commune {commune}",
                },
                author,
            )
            for n in (1, 2):
                v = records.insert(
                    db,
                    "locations",
                    {
                        "code": f"{district[1]}-T{commune}-V{n}",
                        "level": "village",
                        "parent_id": c["id"],
                        "country_code": "KH",
                        "name_en": f"Village {commune}{n}",
                    },
                    author,
                )
                out[f"{commune}{n}"] = v["id"]
    return out


@pytest.fixture
def children(office_db: Any) -> Children:
    return Children(ctx_for(office_db))


@pytest.fixture
def places(office_db: Any) -> dict[str, str]:
    return villages(office_db)


@pytest.fixture
def add(office_db: Any, children: Children, places: dict[str, str]) -> Any:
    return _adder(office_db, children, places)


def _adder(db: Any, children: Children, places: dict[str, str]) -> Any:
    ctx = ctx_for(db)
    project = Projects(ctx).create(
        {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2018-12-31"}
    )
    programme = Projects(ctx).create_programme(
        {
            "code": "KH-T-AP1",
            "project_id": project["id"],
            "title": "Brick kilns",
            "start_date": "2009-02-01",
            "end_date": "2018-11-30",
            "sectors": ["brick_making"],
            "strategy": ["withdrawal"],
        },
        [KANDAL, PHNOM_PENH],
    )

    def add(
        name: str,
        latin: str = "",
        *,
        sex: str = "F",
        birth: str = "1997-05-01",
        place: str = "A1",
        estimated: bool = False,
        office: str = "KH-PNP",
        intake_date: str = "2010-01-10",
    ) -> str:
        values = intake(
            project,
            programme,
            places.get(place, place),
            name=name,
            name_latin=latin,
            sex=sex,
            birth_date=birth,
            birth_date_estimated=estimated,
            intake_date=intake_date,
            consent_date=intake_date,
        )
        registrar = children if office == "KH-PNP" else Children(Context(db, Actor("coord", Role.ADMIN, office)))
        return str(registrar.register(values)["id"])

    add.project_id = project["id"]  # type: ignore[attr-defined]
    return add


def found(db: Any, name: str, latin: str = "", **kw: Any) -> list[str]:
    kw.setdefault("sex", "F")
    kw.setdefault("birth_date", "1997-05-01")
    return [c.child_id for c in duplicates.candidates(db, name=name, name_latin=latin, **kw)]


def pairs(db: Any) -> set[frozenset[str]]:
    return {frozenset((a.child_id, b.child_id)) for a, b in duplicates.scan(db)}


def reasons(db: Any, one: str, two: str) -> tuple[str, ...]:
    return next(a.reasons for a, b in duplicates.scan(db) if {a.child_id, b.child_id} == {one, two})


# -- the names -------------------------------------------------------------------------------------------
def test_one_transliteration_table_serves_search_and_duplicates() -> None:
    assert {**TRANSLIT_0010} == CYRILLIC_LATIN  # the migration's frozen copy is the table in use
    assert CYRILLIC_LATIN["ў"] == "o"


def test_khmer_names_sound_as_their_usual_latin_spellings() -> None:
    pools = (demo_names.KHMER_FAMILY_WIDE, demo_names.KHMER_GIRLS_WIDE, demo_names.KHMER_BOYS_WIDE)
    pairs_ = [(k, latin) for pool in pools for k, latin in pool if len(skeleton(latin).replace(" ", "")) >= 2]
    matched = [k for k, latin in pairs_ if sound_keys(k) & sound_keys(latin)]
    assert matched == [k for k, _latin in pairs_], set(pairs_) - set(matched)
    assert romanise_khmer("វង់") == "vang" and romanise_khmer("ពេជ្រ") == "pech"
    assert sound_keys("Mao SreyPov") & sound_keys("Srey Pov Mao") & sound_keys("ម៉ៅ ស្រីពៅ")


# -- found wherever and however registered --------------------------------------------------------------
def test_a_latin_spelling_finds_the_child_typed_in_khmer_with_its_transliteration(office_db: Any, add: Any) -> None:
    khmer = add("សុខ ស្រីមុំ", "Sok Srey Mom")
    assert found(office_db, "Sok Srey Mom") == [khmer]
    assert found(office_db, "Srey Mom Sok") == [khmer]  # family name last
    assert found(office_db, "Sok Sreymom") == [khmer]  # syllables run together
    assert found(office_db, "សុខ ស្រីមុំ") == [khmer]  # typed in Khmer only
    latin = add("Sok Srey Mom", place=PHNOM_PENH)  # typed in Latin only, in another province
    assert set(found(office_db, "សុខ ស្រីមុំ", "Sok Srey Mom")) == {khmer, latin}
    [(a, b)] = duplicates.scan(office_db)
    assert {a.child_id, b.child_id} == {khmer, latin}
    assert a.reasons == ("same name in Latin letters", "same birth date", "another province")


def test_a_khmer_name_without_latin_meets_the_same_name_in_latin_letters_only(office_db: Any, add: Any) -> None:
    khmer = add("ម៉ៅ ស្រីពៅ")
    latin = add("Mao Srey Pov", place="B2")
    assert found(office_db, "Srey Pov Mao", location_id=None) == [latin, khmer]  # the same Latin first
    assert reasons(office_db, khmer, latin) == (
        "names sound the same",
        "same birth date",
        "same district, another commune",
    )


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
    assert pairs(office_db) == {frozenset((typed, written))}
    assert reasons(office_db, typed, written) == ("same name in Latin letters", "born 2 days apart", "same village")
    # search reads the Cyrillic name through the same table
    assert office_db.execute("SELECT count(*) FROM children WHERE name_translit != ''").fetchone()[0] == 1


def test_the_three_pairs_the_old_scan_missed_are_found(office_db: Any, add: Any, places: dict[str, str]) -> None:
    """KH-RTK-002392/002315, KH-KKG-001175/001365 and KH-MDK-000234/000317 of the 100,000-child data set."""
    rtk = (
        add("ម៉ៅ ស្រីពៅ", "Mao SreyPov", birth="2008-04-04", place="A1", intake_date="2014-06-10"),
        add("ម៉ៅ ស្រីពៅ", "Mao Srey Pov", birth="2008-04-04", place="A2", intake_date="2014-06-10"),
    )
    kkg = (
        add("អ៊ុក ស្រីមុំ", "Ouk Srey Mom", birth="2006-03-24", place="B1", intake_date="2014-06-10"),
        add("អ៊ុក ស្រីមុំ", "Srey Mom Ouk", birth="2006-03-24", place="B2", intake_date="2014-06-10"),
    )
    mdk = (
        add("ពៅ វិបុល", "Pov Vibol", sex="M", birth="2003-02-10", place="C1", intake_date="2014-06-10"),
        add("ពៅ វិបុល", "Vibol Pov", sex="M", birth="2003-07-12", estimated=True, place="C1", intake_date="2014-06-10"),
    )
    assert pairs(office_db) == {frozenset(rtk), frozenset(kkg), frozenset(mdk)}
    assert reasons(office_db, *mdk) == ("same name in Khmer", "born 152 days apart (estimated)", "same village")
    assert found(office_db, "ម៉ៅ ស្រីពៅ", "Mao Srey Pov", birth_date="2008-04-04", exclude_id=rtk[1]) == [rtk[0]]
    assert found(office_db, "អ៊ុក ស្រីមុំ", "Srey Mom Ouk", birth_date="2006-03-24", exclude_id=kkg[1]) == [kkg[0]]
    assert found(
        office_db,
        "ពៅ វិបុល",
        "Vibol Pov",
        sex="M",
        birth_date="2003-07-12",
        birth_date_estimated=True,
        location_id=places["C1"],
        exclude_id=mdk[1],
    ) == [mdk[0]]


def test_the_place_raises_or_lowers_the_score_but_never_hides_a_moved_child(office_db: Any, add: Any) -> None:
    first = add("ចាន់ ធីតា", "Chan Thida", place="A1")
    moved = add("ចាន់ ធីតា", "Chan Thida", place="C2", office="KH-KDL")  # another province, another office
    assert reasons(office_db, first, moved) == (
        "same name in Khmer",
        "same birth date",
        "another province",
        "registered by another office",
    )
    # namesakes born months apart: listed only where the place makes it likely
    near = add("ចាន់ ធីតា", "Chan Thida", birth="1997-05-20", place="A2")
    far = add("ចាន់ ធីតា", "Chan Thida", birth="1997-05-20", place="C1")
    listed = pairs(office_db)
    assert frozenset((first, near)) in listed  # same commune, 19 days apart
    assert frozenset((first, far)) not in listed  # another province, 19 days apart
    assert frozenset((near, far)) in listed  # the same day, wherever


def test_a_mistyped_name_is_found_among_children_born_the_same_day(office_db: Any, add: Any) -> None:
    first = add("ម៉ម ដារ៉ា", "Mom Dara")
    slip = add("Mom Dsra")
    others = [add(n) for n in ("Sok Dara", "Mao Dara", "Mom Rithy", "Mom Sopheap")]
    assert frozenset((first, slip)) in pairs(office_db)
    assert reasons(office_db, first, slip)[0] == "names 1 letter apart"
    assert first in found(office_db, "Mom Dsra")
    del others


def test_names_born_years_apart_are_not_suspected(office_db: Any, add: Any) -> None:
    add("សុខ ស្រីមុំ", "Sok Srey Mom")
    add("Sok Srey Mom", sex="M")  # other sex
    add("Sok Srey Mom", birth="1999-05-01")  # born two years later
    add("Chan Dara")  # another name
    assert pairs(office_db) == set()


# -- keys ------------------------------------------------------------------------------------------------
def test_the_keys_are_this_replicas_own_and_follow_the_children(office_db: Any, add: Any, children: Children) -> None:
    assert "child_match_keys" not in SYNCED_TABLES and "child_name_keys" not in SYNCED_TABLES
    assert not any("key" in c for c in DERIVED_COLUMNS["children"])
    first, last = add("Sok Srey Mom"), add("Chan Dara")
    assert duplicates.refresh_keys(office_db) == 2
    assert duplicates.refresh_keys(office_db) == 0  # nothing added since
    keys = "SELECT key FROM child_match_keys WHERE child_id = ? ORDER BY key"
    assert [r[0] for r in office_db.execute(keys, [last])] == ["F|Cntr|1997", "F|trCn|1997"]
    children.update(last, {"birth_date": "1998-01-02"}, base_version=children.get(last)["version"])
    assert duplicates.refresh_keys(office_db) == 1  # the birth date emptied its keys
    assert [r[0] for r in office_db.execute(keys, [last])] == ["F|Cntr|1998", "F|trCn|1998"]
    office_db.execute("DELETE FROM children WHERE id = ?", [last])
    assert {r[0] for r in office_db.execute("SELECT child_id FROM child_match_keys")} == {first}


def test_a_renamed_child_is_compared_under_the_new_name(office_db: Any, add: Any, children: Children) -> None:
    first = add("Chan Dara")
    second = add("Sok Srey Mom")
    assert pairs(office_db) == set()
    children.update(second, {"name": "Чан Дара"}, base_version=children.get(second)["version"])
    assert found(office_db, "Chan Dara", exclude_id=first) == [second]  # not keyed yet: read directly
    assert pairs(office_db) == {frozenset((first, second))}


def test_a_read_only_database_is_scanned_without_writing(office_db: Any, add: Any, tmp_path: Path) -> None:
    first, second = add("Нилуфар Каримова"), add("Nilufar Karimova")
    duplicates.refresh_keys(office_db)
    office_db.execute("INSERT INTO child_name_keys(child_id, name_key) SELECT id, NULL FROM children")  # to key again
    office_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    reader = open_database(tmp_path / "office.sqlite", read_only=True)
    try:
        assert pairs(reader) == {frozenset((first, second))}
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


def test_names_without_letters_are_compared_without_error(office_db: Any, add: Any) -> None:
    """A name of signs or digits only has nothing to compare (the look-up at the next save used to fail on it)."""
    add("-")
    add("·")  # saved: looked up against the first
    assert found(office_db, "--") == []


# -- decisions -------------------------------------------------------------------------------------------
def test_not_the_same_child_is_remembered_as_a_synced_record_and_never_asked_again(office_db: Any, add: Any) -> None:
    from cl_desktop.sync.engine import scan_duplicates

    assert "duplicate_decisions" in SYNCED_TABLES
    first, second = add("Sok Dara"), add("Sok Dara", place="C1")
    [pending] = conflicts.list_duplicates(office_db)  # listed when the second was saved
    assert scan_duplicates(office_db) == 0  # nothing new for the full check
    conflicts.dismiss_duplicate(office_db, pending["id"], user="coord")
    assert conflicts.list_duplicates(office_db) == []
    assert pairs(office_db) == set()  # the scan does not list it again
    assert scan_duplicates(office_db) == 0
    assert found(office_db, "Sok Dara", exclude_id=second) == []  # nor the look-up, for that child
    a, b = sorted((first, second))
    row = office_db.execute("SELECT id, decision FROM duplicate_decisions").fetchone()
    assert tuple(row) == (stable_id("duplicate_decision", f"{a}|{b}"), "distinct")
    audit = office_db.execute(
        "SELECT action FROM audit_log WHERE table_name = 'duplicate_decisions' AND row_id = ?", [row[0]]
    ).fetchall()
    assert [r[0] for r in audit] == ["insert"]  # an audited change: it travels in the next bundle


def test_a_child_confirmed_twice_registered_counts_once_before_the_merge(office_db: Any, add: Any) -> None:
    first, second = add("សុខ ស្រីមុំ", "Sok Srey Mom"), add("Sok Sreymom", place="C1")

    def registered() -> int:
        return int(database_stats(office_db)["totals"]["children"])

    before = registered()
    case = dict(office_db.execute("SELECT id, case_number FROM children").fetchall())
    conflicts.confirm_duplicate(office_db, case[first], case[second], user="coord")
    assert registered() == before - 1
    assert pairs(office_db) == set()
    moved = conflicts.merge_children(office_db, case[first], case[second], user="coord")
    assert moved == {"services": 0, "follow_ups": 0} and registered() == before - 1
    assert office_db.execute("SELECT decision, kept_id FROM duplicate_decisions").fetchone() == ("same", first)


def test_unreviewed_pairs_are_all_counted(office_db: Any, add: Any) -> None:
    for n in range(3):
        add("Sok Dara", place=("A1", "B1", "C1")[n])
    assert duplicates.unreviewed_count(office_db) == 3
    assert duplicates.unreviewed_count(office_db, project_id=add.project_id) == 3
    assert duplicates.unreviewed_count(office_db, project_id="nothing") == 0


# -- any planted variation is found ----------------------------------------------------------------------
KINDS = (
    "latin_spelling",
    "latin_order",
    "moved_commune",
    "moved_province",
    "moved_office",
    "estimated_birth",
    "khmer_only",
    "cyrillic_only",
    "name_typo",
)
_FAMILY = sorted(set(demo_names.KHMER_FAMILY_WIDE))
_GIVEN = sorted(set(demo_names.KHMER_GIRLS_WIDE))


@st.composite
def variations(draw: Any) -> tuple[str, dict[str, Any], dict[str, Any]]:
    kind = draw(st.sampled_from(KINDS))
    family, given_name = draw(st.sampled_from(_FAMILY)), draw(st.sampled_from(_GIVEN))
    birth = date(1996, 1, 1) + timedelta(days=draw(st.integers(0, 3000)))
    first = {
        "name": f"{family[0]} {given_name[0]}",
        "latin": f"{family[1]} {given_name[1]}",
        "birth": birth.isoformat(),
    }
    first["place"] = draw(st.sampled_from(["A1", "A2", "B1", "C1"]))
    second = dict(first)
    if kind == "latin_spelling":
        second["latin"] = demo_names.latin_variant(first["latin"], draw(st.integers(0, 1)))
    elif kind == "latin_order":
        second["latin"] = f"{given_name[1]} {family[1]}"
    elif kind == "moved_commune":
        second["place"] = {"A1": "B2", "A2": "B1", "B1": "A2", "C1": "C2"}[first["place"]]
    elif kind in ("moved_province", "moved_office"):
        second["place"] = "C2" if first["place"] != "C1" else "A1"
        second["office"] = "KH-KDL" if kind == "moved_office" else "KH-PNP"
    elif kind == "estimated_birth":
        shift = draw(st.integers(30, 210)) * draw(st.sampled_from([-1, 1]))
        second["birth"] = (birth + timedelta(days=shift)).isoformat()
        second["estimated"] = True
        second["place"] = {"A1": "A2", "A2": "A1", "B1": "B2", "C1": "C2"}[first["place"]]
    elif kind == "khmer_only":
        first["latin"] = ""
        second = {
            **second,
            "name": demo_names.latin_variant(f"{family[1]} {given_name[1]}", draw(st.integers(0, 2))),
            "latin": "",
        }
    elif kind == "cyrillic_only":
        surname, name = draw(st.sampled_from(demo_names.CA_FAMILY)), draw(st.sampled_from(demo_names.CA_GIRLS))
        first = {**first, "name": f"{name[1]} {surname[1]}a", "latin": ""}
        second = {**second, "name": f"{name[0]} {surname[0]}а", "latin": ""}
    else:
        second = {**second, "name": typo(first["latin"], draw(st.integers(0, 10**6))), "latin": ""}
    return kind, first, second


@pytest.fixture(scope="module")
def shared(tmp_path_factory: Any) -> Any:
    from cl_desktop.services.setup import create_database

    db = create_database(
        tmp_path_factory.mktemp("dupes") / "office.sqlite",
        office_code="KH-PNP",
        office_name="Phnom Penh office",
        hq=False,
        province_code="KH-12",
        admin_username="coord",
        admin_password="pw",
    )
    add = _adder(db, Children(ctx_for(db)), villages(db))
    # children that are not the planted ones: the variation must stand out among them
    for family, given_name in zip(_FAMILY[:12], _GIVEN[:12], strict=True):
        add(f"{family[0]} {given_name[0]}", f"{family[1]} {given_name[1]}", birth="2000-01-01")
    yield db, add
    db.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(variations())
# A slip that moves a word in the sorted name ("Sok Srey Neang" typed "Sok Sey Neang": "sey" now sorts first).
@example(
    case=(
        "name_typo",
        {"name": "សុខ ស្រីនាង", "latin": "Sok Srey Neang", "birth": "1996-01-01", "place": "A1"},
        {"name": "Sok Sey Neang", "latin": "", "birth": "1996-01-01", "place": "A1"},
    )
)
def test_any_planted_variation_is_found_by_the_scan_and_while_typing(shared: Any, case: Any) -> None:
    db, add = shared
    kind, first, second = case
    one = add(first["name"], first["latin"], birth=first["birth"], place=first["place"])
    two = add(
        second["name"],
        second["latin"],
        birth=second["birth"],
        place=second["place"],
        estimated=second.get("estimated", False),
        office=second.get("office", "KH-PNP"),
    )
    try:
        listed = {frozenset((a.child_id, b.child_id)) for a, b in duplicates.scan(db, only={two})}
        assert frozenset((one, two)) in listed, (kind, first, second)
        row = db.execute("SELECT location_id FROM children WHERE id = ?", [two]).fetchone()
        typed = duplicates.candidates(
            db,
            name=second["name"],
            name_latin=second["latin"],
            sex="F",
            birth_date=second["birth"],
            birth_date_estimated=second.get("estimated", False),
            location_id=row[0],
            exclude_id=two,
            limit=None,
        )
        assert one in {c.child_id for c in typed}, (kind, first, second)
    finally:
        db.execute("UPDATE children SET deleted = 1 WHERE id IN (?, ?)", [one, two])


def test_the_children_waiting_for_keys_are_keyed_off_the_form(office_db: Any, add: Any, tmp_path: Path) -> None:
    """After start-up the application keys them on its own connection; the look-up then finds them by key."""
    first = add("Нилуфар Каримова", place=PHNOM_PENH)
    assert office_db.execute("SELECT count(*) FROM child_match_keys").fetchone()[0] == 0
    office_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert duplicates.key_waiting_children(tmp_path / "office.sqlite") == 1
    assert office_db.execute("SELECT count(*) FROM child_match_keys WHERE child_id = ?", [first]).fetchone()[0] == 2
    assert duplicates.key_waiting_children(tmp_path / "office.sqlite") == 0
    assert duplicates.key_waiting_children(tmp_path / "missing.sqlite") == 0  # nothing to key: nothing made
    assert not (tmp_path / "missing.sqlite").exists()
