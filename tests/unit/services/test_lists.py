"""The list queries behind every list screen and export, on the demo database."""

from __future__ import annotations

from typing import Any

import pytest

from cl_desktop.errors import UsageError
from cl_desktop.services import lists
from cl_desktop.services.lists import ListQuery
from cl_desktop.store.migrations_lists import name_sort


@pytest.fixture(scope="module")
def db(demo_template: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One read-mostly copy of the demo for the whole module (the tests here never write)."""
    import sqlite3

    from cl_desktop.store import open_database

    path = tmp_path_factory.mktemp("lists") / "demo.sqlite"
    src, dst = sqlite3.connect(demo_template), sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    database = open_database(path)
    yield database
    database.close()


def at(key: str, kind: str = "children") -> int:
    """Where a column's value sits in a page row (the id comes first)."""
    return [c.key for c in lists.columns(kind)].index(key) + 1


def child(db: Any, case_number: str) -> dict[str, Any]:
    return next(db.query("SELECT * FROM children WHERE case_number = ?", [case_number]))


@pytest.mark.parametrize("kind", lists.KINDS)
def test_every_list_pages_with_the_id_then_one_value_per_column(db: Any, kind: str) -> None:
    rows = lists.page(db, kind, ListQuery(), 0, 5)
    assert rows, kind
    assert all(len(r) == len(lists.columns(kind)) + 1 for r in rows)
    assert lists.count(db, kind) >= len(rows)


@pytest.mark.parametrize("kind", lists.KINDS)
def test_every_column_sorts_both_ways(db: Any, kind: str) -> None:
    for i, column in enumerate(lists.columns(kind), start=1):
        up = lists.page(db, kind, ListQuery(sort=column.key), 0, 50)
        down = lists.page(db, kind, ListQuery(sort=column.key, descending=True), 0, 50)
        values = [r[i] for r in up if r[i] is not None]
        if (kind, column.key) == ("children", "name"):  # by script, then the script's sort key
            values = [name_sort(v) for v in values]
        assert values == sorted(values, key=lambda v: (str(type(v)), v)) or column.key == "name_latin", column
        if len(up) > 1:
            assert up[0][0] != down[0][0] or len({r[i] for r in up}) == 1


def test_pages_follow_on_without_gaps_or_repeats(db: Any) -> None:
    query = ListQuery(filters={"project": db.execute("SELECT id FROM projects WHERE code='CAR-WFCL'").fetchone()[0]})
    seen = []
    offset = 0
    while batch := lists.page(db, "children", query, offset, 300):
        seen += [r[0] for r in batch]
        offset += len(batch)
    assert len(seen) == len(set(seen)) == lists.count(db, "children", query) == 829


def test_search_finds_a_child_by_khmer_name_latin_name_case_number_and_village(db: Any) -> None:
    target = child(db, "KH-RTK-000001")
    for text in (target["name"], target["name_latin"].lower(), "KH-RTK-000001", target["name"].split()[-1]):
        ids = [r[0] for r in lists.iter_rows(db, "children", ListQuery(search=text))]
        assert target["id"] in ids, text
    village = db.execute("SELECT name_en FROM locations WHERE id = ?", [target["location_id"]]).fetchone()[0]
    rows = lists.page(db, "children", ListQuery(search=village), 0, 1000)
    assert rows and all(r[at("village")] == village for r in rows)


def test_one_or_two_characters_match_the_start_of_a_name_or_case_number(db: Any) -> None:
    target = child(db, "KH-RTK-000001")
    khmer = target["name"][:2]
    rows = lists.page(db, "children", ListQuery(search=khmer), 0, 100)
    assert rows and all(r[at("name")].startswith(khmer) for r in rows)
    latin = target["name_latin"][:2].lower()
    rows = lists.page(db, "children", ListQuery(search=latin), 0, 100)
    assert rows and all(r[at("name_latin")].lower().startswith(latin) for r in rows)
    assert lists.count(db, "children", ListQuery(search="k")) > 0


def test_search_and_count_agree(db: Any) -> None:
    for text in ("Chea", "ch", "ជា", "KH-RTK-00001", "zzzz"):
        query = ListQuery(search=text)
        assert lists.count(db, "children", query) == sum(1 for _ in lists.iter_rows(db, "children", query)), text


def test_filters_narrow_the_children(db: Any) -> None:
    total = lists.count(db, "children")
    for f in lists.filter_options(db, "children"):
        assert f.options, f.key
        for value, label in f.options[:3]:
            assert label
            query = ListQuery(filters={f.key: value})
            n = lists.count(db, "children", query)
            assert n <= total
            assert n == len(list(lists.iter_rows(db, "children", query)))


def test_withdrawn_filter_counts_the_seed_projects_result(db: Any) -> None:
    kh = db.execute("SELECT id FROM projects WHERE code = 'KH-WFCL'").fetchone()[0]
    query = ListQuery(filters={"project": kh, "outcome": "withdrawn"})
    assert lists.count(db, "children", query) == 5860
    girls = ListQuery(filters={"project": kh, "outcome": "withdrawn", "sex": "F", "age_group": "12-14"})
    rows = list(lists.iter_rows(db, "children", girls))
    assert rows and all(r[at("sex")] == "F" and 12 <= r[at("age_at_intake")] <= 14 for r in rows)


def test_search_combines_with_filters_and_an_explicit_sort(db: Any) -> None:
    query = ListQuery(search="Chea", filters={"sex": "F"}, sort="birth_date", descending=True)
    rows = lists.page(db, "children", query, 0, 200)
    assert rows and all(r[at("sex")] == "F" for r in rows)
    births = [r[at("birth_date")] for r in rows if r[at("birth_date")]]
    assert births == sorted(births, reverse=True)


def test_services_and_follow_ups_are_searched_by_child(db: Any) -> None:
    target = child(db, "KH-RTK-000001")
    for kind in ("services", "follow_ups"):
        rows = lists.page(db, kind, ListQuery(search="KH-RTK-000001"), 0, 100)
        assert rows and all(r[at("case_number", kind)] == "KH-RTK-000001" for r in rows), kind
        assert {r[at("child_name", kind)] for r in rows} == {target["name"]}


def test_display_rows_show_labels_not_codes(db: Any) -> None:
    query = ListQuery(search="KH-RTK-000001")
    cols = [c.key for c in lists.columns("children")]
    row = next(lists.display_rows(db, "children", query, "en"))
    assert row[cols.index("sex")] in ("Female", "Male")
    assert row[cols.index("outcome")] == "Withdrawn"
    km = next(lists.display_rows(db, "children", query, "km"))
    assert km[cols.index("outcome")] == "បានដកចេញពីពលកម្មកុមារ"


def test_count_stops_at_the_cap(db: Any) -> None:
    assert lists.count(db, "children", cap=1000) == 1000


def test_unknown_list_filter_or_column_is_refused(db: Any) -> None:
    with pytest.raises(UsageError):
        lists.columns("cats")
    with pytest.raises(UsageError):
        lists.page(db, "children", ListQuery(filters={"colour": "x"}), 0, 10)
    with pytest.raises(UsageError):
        lists.page(db, "children", ListQuery(sort="colour"), 0, 10)


@pytest.mark.parametrize(
    "query",
    [
        ListQuery(),
        ListQuery(search="Chea"),
        ListQuery(search="ch"),
        ListQuery(search="ជា"),
        ListQuery(search="KH-R"),
        ListQuery(sort="name"),
        ListQuery(filters={"province": "x"}),
        ListQuery(filters={"programme": "x"}),
        ListQuery(filters={"project": "x"}),
        ListQuery(filters={"sex": "F", "outcome": "withdrawn"}),
    ],
)
def test_first_children_page_never_sorts_the_whole_table(db: Any, query: ListQuery) -> None:
    plan = lists.explain(db, "children", query)
    inner = plan[: plan.index("SCAN k")]
    assert not any("TEMP B-TREE" in step for step in inner), plan
    assert not any(step == "SCAN c" for step in inner), plan


@pytest.mark.parametrize("kind", ["services", "follow_ups", "households"])
def test_first_page_of_big_lists_reads_an_index_in_order(db: Any, kind: str) -> None:
    plan = lists.explain(db, kind)
    inner = plan[: plan.index("SCAN k")]
    assert not any("TEMP B-TREE" in step for step in inner), plan


def _walk(db: Any, kind: str, query: ListQuery, size: int) -> list[Any]:
    """Every row id, page by page, each page read after the cursor of the one before."""
    ids: list[Any] = []
    cursor = None
    while True:
        rows, cursor = lists.page_after(db, kind, query, cursor, size)
        ids += [r[0] for r in rows]
        if len(rows) < size:
            return ids


@pytest.mark.parametrize("kind", ["children", "programmes", "households"])
def test_pages_read_by_cursor_give_every_row_once_in_every_order(db: Any, kind: str) -> None:
    """Every sort column, both ways: small pages by cursor equal one big read, nothing missed or repeated
    (nullable columns have their NULL rows apart; the names their scripts)."""
    d = lists._definition(kind)
    table_filter = {"project": db.execute("SELECT id FROM projects WHERE code='CAR-WFCL'").fetchone()[0]}
    query_filters = table_filter if kind == "children" else {}
    total = lists.count(db, kind, ListQuery(filters=query_filters))
    for column in lists.columns(kind):
        for descending in (False, True):
            query = ListQuery(filters=query_filters, sort=column.key, descending=descending)
            ids = _walk(db, kind, query, 97)
            assert len(ids) == len(set(ids)) == total, (column.key, descending)
            assert ids == [r[0] for r in lists.iter_rows(db, kind, query, batch=100_000)], (column.key, descending)
            if (kind, column.key) != ("children", "name"):
                expr = d.expr(column.key)
                way = "DESC" if descending else "ASC"
                where, args = lists._where(d, query)
                plain = db.execute(
                    f"SELECT {d.alias}.id FROM {d.table} {d.alias} {d.joins} WHERE {where} "
                    f"ORDER BY {expr} {way}, {d.alias}.rowid {way}",
                    args,
                ).fetchall()
                assert ids == [r[0] for r in plain], (column.key, descending)


@pytest.mark.parametrize("query", [ListQuery(), ListQuery(sort="name"), ListQuery(sort="intake_date", descending=True)])
def test_a_page_deep_in_the_list_enters_the_index_at_the_cursor(db: Any, query: ListQuery) -> None:
    """The page after row 1,000 seeks to the cursor (no sort, no scan from the start)."""
    _, cursor = lists.page_after(db, "children", query, None, 1000)
    assert cursor is not None
    plan = lists.explain(db, "children", query, cursor=cursor)
    inner = plan[: plan.index("SCAN k")]
    assert not any("TEMP B-TREE" in step for step in inner), plan
    assert any(step.startswith("SEARCH c USING") and (">" in step or "<" in step) for step in inner), plan


def test_a_search_pages_by_cursor_in_the_search_index_order(db: Any) -> None:
    for text in ("Chea", "ch", "ជា", "KH-R"):
        query = ListQuery(search=text)
        ids = _walk(db, "children", query, 13)
        assert len(ids) == len(set(ids)) == lists.count(db, "children", query), text
