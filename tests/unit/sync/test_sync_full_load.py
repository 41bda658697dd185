"""Full bundles into empty tables (a first load at headquarters): rows in batches, indexes built once,
all or nothing; and the JSON-lines reader accepts exactly what it accepted line by line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from replicas import Network, content, dump_digest

from cl_desktop.errors import KnownError
from cl_desktop.sync import bulk, engine
from cl_desktop.sync import keys as sync_keys
from cl_desktop.sync.apply import travelling_columns
from cl_desktop.sync.container import BundleError, write_bundle
from cl_desktop.sync.engine import import_bundle
from cl_desktop.sync.payload import decode_lines


def schema(db: Any) -> list[tuple[str, str, str]]:
    rows = db.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")
    return sorted((str(t), str(n), str(s)) for t, n, s in rows)


@pytest.fixture
def small_bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Take the bulk path from the first row, so a test needs no thousands of rows."""
    monkeypatch.setattr(bulk, "BULK_MIN_ROWS", 1)


def register_three(net: Network) -> list[dict[str, Any]]:
    names = ("Sok Dara", "Chan Mony", "Keo Lina")
    return [net.register("KH-A", name=n, case_number=f"KH-A-00000{i}") for i, n in enumerate(names)]


def test_a_full_bundle_into_empty_tables_arrives_whole_with_indexes_and_search(net: Network, small_bulk: None) -> None:
    children = register_three(net)
    hq = net.dbs["HQ"]
    assert hq.execute("SELECT count(*) FROM children").fetchone()[0] == 0
    before = schema(hq)
    result = net.load("HQ", net.send("KH-A", full=True))
    assert result.full and result.receipt.added >= 3
    assert schema(hq) == before, "every index and trigger is back, unchanged"
    derived = "SELECT id, case_number, work_status, age_at_intake, outcome FROM children"
    got = {r[0]: r[1:] for r in hq.execute(derived)}
    want = {r[0]: r[1:] for r in net.dbs["KH-A"].execute(derived)}
    assert got == want and len(got) == 3, "rows and their recomputed derived columns"
    hits = hq.execute(
        "SELECT c.id FROM children_fts f JOIN children c ON c.rowid = f.rowid WHERE children_fts MATCH ?", ['"Mony"']
    ).fetchall()
    assert [h[0] for h in hits] == [children[1]["id"]], "the search index was rebuilt"
    assert hq.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the trigger is back: a child registered at headquarters afterwards is found too
    net.register("HQ", name="Meas Sophea")
    assert hq.execute("SELECT count(*) FROM children_fts WHERE children_fts MATCH ?", ['"Sophea"']).fetchone()[0] == 1
    # and the same bundle again changes nothing (rows now meet rows: compared one by one)
    again = net.load("HQ", net.send("KH-A", full=True))
    assert again.receipt.added == 0 and again.receipt.conflicted == 0


def test_a_failed_bulk_load_leaves_rows_indexes_and_triggers_as_they_were(
    net: Network, small_bulk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    register_three(net)
    path = net.send("KH-A", full=True)
    hq = net.dbs["HQ"]
    before, shape = dump_digest(hq), schema(hq)

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("the stick was pulled")

    monkeypatch.setattr(engine, "recompute_derived", broken)  # after the rows went in, before the indexes
    with pytest.raises(OSError):
        import_bundle(hq, path, user="test")
    assert dump_digest(hq) == before
    assert schema(hq) == shape
    monkeypatch.undo()
    monkeypatch.setattr(bulk, "BULK_MIN_ROWS", 1)
    assert import_bundle(hq, path, user="test").receipt.added >= 3
    assert schema(hq) == shape


def _signed(net: Network, path: Path, lines: list[dict[str, Any]], counts: dict[str, int]) -> Path:
    office_keys = sync_keys.load_own_keys(net.dbs["KH-A"])
    hq_keys = sync_keys.load_own_keys(net.dbs["HQ"])
    assert office_keys and hq_keys
    payload = b"".join(json.dumps(line, ensure_ascii=False).encode() + b"\n" for line in lines)
    write_bundle(
        path,
        {
            "kind": "office",
            "sender": "KH-A",
            "recipient": "HQ",
            "change_range": None,
            "counts": counts,
            "payload_version": 2,
            "ranges": {},
            "received": {},
        },
        [payload],
        office_keys,
        hq_keys.public.encryption,
    )
    return path


def _children_rows(net: Network) -> tuple[list[str], list[list[Any]]]:
    db = net.dbs["KH-A"]
    cols = travelling_columns(db, "children")
    return cols, [list(r) for r in db.execute(f"SELECT {', '.join(cols)} FROM children ORDER BY rowid")]


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda cols, rows: (cols, [r[:-1] for r in rows]), id="a-row-too-short"),
        pytest.param(lambda cols, rows: (cols, [[*r[:-1], {"x": 1}] for r in rows]), id="an-object-as-a-value"),
        pytest.param(lambda cols, rows: ([*cols[:-1], cols[0]], rows), id="a-repeated-column"),
        pytest.param(lambda cols, rows: ([c for c in cols if c != "id"], [r[1:] for r in rows]), id="no-id"),
        pytest.param(lambda cols, rows: (cols, {"rows": rows}), id="rows-not-a-list"),
    ],
)
def test_a_malformed_row_batch_is_refused_and_changes_nothing(
    net: Network, small_bulk: None, tmp_path: Path, spoil: Any
) -> None:
    register_three(net)
    cols, rows = spoil(*_children_rows(net))
    n = len(rows) if isinstance(rows, list) else 3
    lines = [{"k": "h", "v": 2, "sender": "KH-A", "full": True}, {"k": "R", "t": "children", "c": cols, "v": rows}]
    path = _signed(net, tmp_path / "bad.bundle", [*lines, {"k": "z", "n": n}], {"children": n})
    hq = net.dbs["HQ"]
    before, shape = dump_digest(hq), schema(hq)
    with pytest.raises(KnownError, match="damaged"):
        import_bundle(hq, path, user="test")
    assert dump_digest(hq) == before and schema(hq) == shape


def test_rows_one_per_line_from_payload_version_1_are_still_imported(
    net: Network, small_bulk: None, tmp_path: Path
) -> None:
    register_three(net)
    cols, rows = _children_rows(net)
    lines: list[dict[str, Any]] = [{"k": "h", "v": 1, "sender": "KH-A", "full": True}]
    lines += [{"k": "r", "t": "children", "r": dict(zip(cols, r, strict=True))} for r in rows]
    path = _signed(net, tmp_path / "v1.bundle", [*lines, {"k": "z", "n": 3}], {"children": 3})
    result = import_bundle(net.dbs["HQ"], path, user="test")
    assert result.receipt.added == 3
    assert content(net.dbs["HQ"])["children"] == content(net.dbs["KH-A"])["children"]


def lines_of(*pieces: bytes) -> list[dict[str, Any]]:
    return list(decode_lines(list(pieces), "x.bundle"))


def test_the_reader_takes_a_record_across_pieces_and_json_whitespace() -> None:
    assert lines_of(b'{"k":"h"}\n{"k":', '"r","t":"ក"}\n'.encode(), b' {"k":"z"}\r\n\n') == [
        {"k": "h"},
        {"k": "r", "t": "ក"},
        {"k": "z"},
    ]
    text = '{"k":"r","t":"ក"}\n'.encode()
    cut = text.index("ក".encode()) + 1  # inside the multi-byte character
    assert lines_of(text[:cut], text[cut:]) == [{"k": "r", "t": "ក"}]
    assert lines_of(b'{"k":"z"}') == [{"k": "z"}], "the last line needs no newline"


@pytest.mark.parametrize(
    "data",
    [
        b'{"k":"r"},{"k":"r"}\n',  # two values on one line
        b'{"k":"r"} x\n',
        b"[1]\n",
        b'{"t":"r"}\n',  # no k
        b"   \n",
        b'{"k":"r"\n}\n',  # one object across two lines
        b'{"k":"\xff"}\n',  # not UTF-8
        b"[" * 100_000 + b"\n",  # nesting deep enough to exhaust the parser
    ],
)
def test_the_reader_refuses_what_is_not_one_object_per_line(data: bytes) -> None:
    with pytest.raises(BundleError, match="damaged"):
        lines_of(data)


def test_a_bulk_load_works_out_the_names_sort_keys_and_transliterations_as_the_triggers_do(
    net: Network, small_bulk: None
) -> None:
    names = ("Айгерим Нурланова", "សុខ ដារ៉ា", "Émile Sok", "Ҷамшед Раҳимов")
    for i, name in enumerate(names):
        net.register("KH-A", name=name, case_number=f"KH-A-00001{i}")
    hq = net.dbs["HQ"]
    net.load("HQ", net.send("KH-A", full=True))
    keys = "SELECT id, name_sort, name_translit FROM children ORDER BY id"
    assert hq.execute(keys).fetchall() == net.dbs["KH-A"].execute(keys).fetchall()
    assert hq.execute("SELECT count(*) FROM children WHERE name_sort = ''").fetchone()[0] == 0
    hits = hq.execute("SELECT count(*) FROM children_translit_fts WHERE children_translit_fts MATCH ?", ['"aigerim"'])
    assert hits.fetchone()[0] == 1, "the transliteration search index was rebuilt from the worked-out names"
    net.register("HQ", name="Нилуфар Каримова")  # the trigger is back for what comes after
    assert hq.execute("SELECT name_translit FROM children WHERE name = 'Нилуфар Каримова'").fetchone()[0]
