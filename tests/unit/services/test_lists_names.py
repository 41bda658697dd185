"""Children's names in every script: the sort key per script and language, and search by transliteration."""

from __future__ import annotations

from typing import Any

import pytest
from factories import ctx_for

from cl_desktop.services import lists
from cl_desktop.services.children import Children
from cl_desktop.services.lists import ListQuery
from cl_desktop.store import migrations_lists as names
from cl_desktop.store.migrations_names import name_translit

TRICKY = [
    "Ёлка Иванова",
    "ЕЛЕНА ПЕТРОВА",
    "Ғани Қасымов",
    "Әлия Нұрланқызы",
    "Гүлнар Өмірбекова",
    "Шерзод Ҳасанов",
    "Ўғилой Раҳимова",
    "Ҷамшед Ӯлмасов",
    "  Émile Zoë  ",
    "ÉLODIE Straße",
    "Łukasz Øster",
    "ស៊ុន ដារ៉ា",
    "ចាន់\u200bធីតា",
    "Anna Smith",
    "",
]


def at(key: str) -> int:
    return [c.key for c in lists.columns("children")].index(key) + 1


def rename(db: Any, case_number: str, name: str, name_latin: str = "") -> dict[str, Any]:
    children = Children(ctx_for(db))
    child = children.by_case(case_number)
    children.update(child["id"], {"name": name, "name_latin": name_latin}, base_version=child["version"])
    return dict(children.by_case(case_number))


def test_every_demo_child_has_the_keys_the_python_rules_give(demo_db: Any) -> None:
    """The demo children went in through the insert trigger; the migration fills old rows with the Python rules."""
    rows = demo_db.execute("SELECT name, name_sort, name_translit FROM children").fetchall()
    assert rows
    for name, key, translit in rows:
        assert (key, translit) == (names.name_sort(name), name_translit(name)), name


def test_a_renamed_child_gets_the_same_keys_from_the_triggers_as_from_python(demo_db: Any) -> None:
    cases = [r[0] for r in demo_db.execute("SELECT case_number FROM children ORDER BY rowid LIMIT ?", [len(TRICKY)])]
    for case, name in zip(cases, TRICKY, strict=True):
        if not name.strip():
            continue  # a child always has a name; the empty key is checked in Python below
        child = rename(demo_db, case, name)
        assert (child["name_sort"], child["name_translit"]) == (names.name_sort(name), name_translit(name))
    assert names.name_sort("") == names.LATIN


@pytest.mark.parametrize(
    "ordered",
    [
        ["Ахмед", "Әлия", "Бахтияр", "Галина", "Гүлнар", "Ғани", "Дана", "Елена", "Ёлка", "Ерлан", "Яна"],
        ["Кайрат", "Каримов", "Қайрат", "Лола"],
        ["abe", "ÉLODIE", "Émile", "emma", "Sokha", "Zoe"],
        ["កុសល", "ខេមរា", "ចាន់ ធីតា", "ស៊ុន ដារ៉ា"],
    ],
)
def test_names_sort_in_the_order_of_their_alphabet(ordered: list[str]) -> None:
    assert sorted(reversed(ordered), key=names.name_sort) == ordered


def test_khmer_vowel_signs_and_diacritics_do_not_decide_before_the_consonants() -> None:
    # កុ (with a vowel sign) and ក (without) are the same first letter: the next consonant decides.
    assert names.name_sort("កុក") < names.name_sort("កខ")
    assert names.name_sort("ស៊ុន") == names.name_sort("សន")


@pytest.mark.parametrize(("lang", "first"), [("en", names.LATIN), ("ru", names.CYRILLIC), ("km", names.KHMER)])
def test_sorted_by_name_the_interface_language_s_script_comes_first(demo_db: Any, lang: str, first: str) -> None:
    cases = [r[0] for r in demo_db.execute("SELECT case_number FROM children ORDER BY rowid LIMIT 3")]
    for case, name in zip(cases, ["Anna Smith", "Анна Смирнова", "អាណា ស្មីត"], strict=True):
        rename(demo_db, case, name)
    keys = {r[0]: r[1] for r in demo_db.execute("SELECT id, name_sort FROM children")}
    rows = lists.page(demo_db, "children", ListQuery(sort="name"), 0, 50, lang=lang)
    assert keys[rows[0][0]].startswith(first)
    scripts = [keys[row[0]][0] for row in lists.iter_rows(demo_db, "children", ListQuery(sort="name"), lang=lang)]
    order = [s for i, s in enumerate(scripts) if i == 0 or scripts[i - 1] != s]
    expected = [names.SCRIPT_RANGES[s][0] or names.LATIN for s in lists.SCRIPT_ORDER[lang]]
    assert order == [s for s in expected if s in scripts]  # each script once, in the language's order
    down = [
        keys[row[0]][0]
        for row in lists.iter_rows(demo_db, "children", ListQuery(sort="name", descending=True), lang=lang)
    ]
    assert down == scripts[::-1]


def test_within_a_script_the_list_follows_the_sort_key(demo_db: Any) -> None:
    rows = list(lists.iter_rows(demo_db, "children", ListQuery(sort="name"), lang="km"))
    keys = [names.name_sort(r[at("name")]) for r in rows]
    khmer = [k for k in keys if k.startswith(names.KHMER)]
    assert khmer and khmer == sorted(khmer)
    assert len(rows) == lists.count(demo_db, "children")


def test_search_finds_a_cyrillic_name_by_its_transliteration_without_a_latin_name(demo_db: Any) -> None:
    case = demo_db.execute("SELECT case_number FROM children ORDER BY rowid LIMIT 1").fetchone()[0]
    child = rename(demo_db, case, "Нилуфар Ғуломова", "")
    assert child["name_latin"] == ""
    for text in ("Nilufar", "nilufar gh", "ghulomova", "Нилуфар", "Ғулом"):
        ids = [r[0] for r in lists.iter_rows(demo_db, "children", ListQuery(search=text))]
        assert child["id"] in ids, text
        assert lists.count(demo_db, "children", ListQuery(search=text)) == len(ids), text
        assert child["id"] in [
            r[0] for r in lists.page(demo_db, "children", ListQuery(search=text, sort="name"), 0, 500)
        ]
    # renamed away: the old transliteration no longer finds the child
    rename(demo_db, case, "Азиза Каримова", "")
    assert child["id"] not in [r[0] for r in lists.iter_rows(demo_db, "children", ListQuery(search="Nilufar"))]
    assert child["id"] in [r[0] for r in lists.iter_rows(demo_db, "children", ListQuery(search="aziza"))]


def test_khmer_finds_khmer_and_the_latin_name_finds_a_khmer_child(demo_db: Any) -> None:
    case = demo_db.execute("SELECT case_number FROM children ORDER BY rowid LIMIT 1").fetchone()[0]
    child = rename(demo_db, case, "សុខ វិសាល", "Sok Visal")
    for text in ("វិសាល", "Visal", "sok vis"):
        assert child["id"] in [r[0] for r in lists.iter_rows(demo_db, "children", ListQuery(search=text))], text


def test_a_child_found_by_both_its_latin_name_and_its_transliteration_is_listed_once(demo_db: Any) -> None:
    case = demo_db.execute("SELECT case_number FROM children ORDER BY rowid LIMIT 1").fetchone()[0]
    child = rename(demo_db, case, "Зарина Юсупова", "Zarina Yusupova")
    query = ListQuery(search="Zarina Yusupova")
    ids = [r[0] for r in lists.iter_rows(demo_db, "children", query)]
    assert ids.count(child["id"]) == 1
    assert lists.count(demo_db, "children", query) == len(ids)


@pytest.mark.parametrize(
    ("lang", "project", "column"),
    [
        ("en", "KH-WFCL", "name_en"),
        ("km", "KH-WFCL", "name_local"),
        ("ru", "KH-WFCL", "name_ru"),
        ("km", "CAR-WFCL", "name_en"),  # a Kyrgyz village's local name is not Khmer: English for a Khmer reader
        ("ru", "CAR-WFCL", "name_ru"),
    ],
)
def test_places_read_in_the_interface_language_where_the_database_has_their_name(
    demo_db: Any, lang: str, project: str, column: str
) -> None:
    rows = lists.page(demo_db, "children", ListQuery(filters={"project": _project(demo_db, project)}), 0, 50, lang)
    village = lists.columns("children").index(next(c for c in lists.columns("children") if c.key == "village")) + 1
    want = {
        r[0]: r[1] or r[2]
        for r in demo_db.execute(
            f"SELECT c.id, nullif(l.{column}, ''), l.name_en FROM children c JOIN locations l ON l.id = c.location_id"
        )
    }
    assert rows and all(row[village] == want[row[0]] for row in rows)
    if (lang, project) == ("km", "KH-WFCL"):
        assert any("\u1780" <= ch <= "\u17ff" for row in rows for ch in row[village]), "Khmer village names"
    provinces = next(f for f in lists.filter_options(demo_db, "children", lang) if f.key == "province")
    assert provinces.options


def _project(db: Any, code: str) -> str:
    return str(db.execute("SELECT id FROM projects WHERE code = ?", [code]).fetchone()[0])
