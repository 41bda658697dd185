"""Extra-field values in full bundles merge key by key too: headquarters tells from its trail which
side moved each key, and an office keeps its own pending keys when a full copy arrives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from replicas import Network, dump_digest
from test_exchange import assert_converged
from test_sync_custom_fields import custom, define

from cl_desktop.errors import KnownError
from cl_desktop.services.children import Children
from cl_desktop.sync import keys as sync_keys
from cl_desktop.sync.apply import travelling_columns
from cl_desktop.sync.conflicts import list_conflicts, resolve
from cl_desktop.sync.container import write_bundle
from cl_desktop.sync.engine import import_bundle


def enrolled_child(net: Network, **answers: Any) -> dict[str, Any]:
    define(net)
    net.sync_all()
    child = net.register("KH-A", custom=answers)
    net.sync_all()
    return child


def test_different_extra_fields_edited_at_both_ends_merge_through_a_full_bundle(net: Network) -> None:
    child = enrolled_child(net, kiln="Kiln 4", lender="employer")
    Children(net.ctx("KH-A")).update(child["id"], {"custom.kiln": "Kiln 5"})
    Children(net.ctx("HQ")).update(child["id"], {"custom.lender": "kin", "custom.debt": "yes"})
    result = net.load("HQ", net.send("KH-A", full=True))
    assert (result.receipt.conflicted, result.receipt.merged) == (0, 1)
    assert list_conflicts(net.dbs["HQ"]) == []
    assert custom(net.dbs["HQ"], child["id"]) == {"debt": 1, "kiln": "Kiln 5", "lender": "kin"}
    net.sync_all()
    assert_converged(net)
    assert custom(net.dbs["KH-A"], child["id"]) == {"debt": 1, "kiln": "Kiln 5", "lender": "kin"}
    # the same full bundle again: nothing left to merge
    again = net.load("HQ", net.send("KH-A", full=True))
    assert (again.receipt.conflicted, again.receipt.merged) == (0, 0)


def test_an_office_behind_on_an_extra_field_does_not_undo_headquarters_edit(net: Network) -> None:
    child = enrolled_child(net, kiln="Kiln 4")
    Children(net.ctx("HQ")).update(child["id"], {"custom.kiln": "Kiln 9"})  # not yet at the office
    result = net.load("HQ", net.send("KH-A", full=True))
    assert result.receipt.conflicted == 0
    assert custom(net.dbs["HQ"], child["id"]) == {"kiln": "Kiln 9"}


def test_the_same_extra_field_edited_at_both_ends_is_a_conflict_on_that_field_alone(net: Network) -> None:
    child = enrolled_child(net, kiln="Kiln 4", lender="employer")
    Children(net.ctx("KH-A")).update(child["id"], {"custom.kiln": "Kiln 5", "custom.lender": "kin"})
    Children(net.ctx("HQ")).update(child["id"], {"custom.kiln": "Kiln 6"})
    result = net.load("HQ", net.send("KH-A", full=True))
    assert result.receipt.conflicted == 1
    (c,) = list_conflicts(net.dbs["HQ"])
    assert (c["kind"], c["field"], c["local_value"], c["remote_value"]) == ("full", "custom.kiln", "Kiln 6", "Kiln 5")
    assert c["field_labels"]["en"] == "Kiln"
    # the other key the office changed applied; the clashing one kept headquarters' value
    assert custom(net.dbs["HQ"], child["id"]) == {"kiln": "Kiln 6", "lender": "kin"}
    resolve(net.dbs["HQ"], c["id"], keep="remote", user="admin")
    net.sync_all()
    assert_converged(net)
    for code in ("HQ", "KH-A"):
        assert custom(net.dbs[code], child["id"]) == {"kiln": "Kiln 5", "lender": "kin"}


def test_an_office_keeps_its_pending_extra_field_when_a_full_copy_arrives(net: Network) -> None:
    child = enrolled_child(net, kiln="Kiln 4", lender="employer")
    Children(net.ctx("KH-A")).update(child["id"], {"custom.kiln": "Kiln 5"})
    Children(net.ctx("HQ")).update(child["id"], {"custom.lender": "kin"})
    net.load("KH-A", net.ret("KH-A", full=True))
    # headquarters' key arrived; the office's own edit, still on its way, stayed
    assert custom(net.dbs["KH-A"], child["id"]) == {"kiln": "Kiln 5", "lender": "kin"}
    net.sync_all()
    assert_converged(net)
    assert custom(net.dbs["HQ"], child["id"]) == {"kiln": "Kiln 5", "lender": "kin"}


def _crafted_full_bundle(net: Network, path: Path, child_id: str, value: Any) -> Path:
    """A full bundle signed with the office's real keys whose child row carries ``value`` as its extra fields."""
    db = net.dbs["KH-A"]
    cols = travelling_columns(db, "children")
    row = list(db.execute(f"SELECT {', '.join(cols)} FROM children WHERE id = ?", [child_id]).fetchone())
    row[cols.index("custom")] = value
    lines = [
        {"k": "h", "v": 2, "sender": "KH-A", "full": True},
        {"k": "R", "t": "children", "c": cols, "v": [row]},
        {"k": "z", "n": 1},
    ]
    office_keys, hq_keys = sync_keys.load_own_keys(db), sync_keys.load_own_keys(net.dbs["HQ"])
    assert office_keys and hq_keys
    write_bundle(
        path,
        {
            "kind": "office",
            "sender": "KH-A",
            "recipient": "HQ",
            "change_range": None,
            "counts": {"children": 1},
            "payload_version": 2,
            "ranges": {},
            "received": {},
        },
        [b"".join(json.dumps(line, ensure_ascii=False).encode() + b"\n" for line in lines)],
        office_keys,
        hq_keys.public.encryption,
    )
    return path


@pytest.mark.parametrize("value", ["{broken", "[1, 2]", '"text"'])
def test_a_crafted_full_bundle_with_damaged_extra_fields_is_refused_and_changes_nothing(
    net: Network, tmp_path: Path, value: str
) -> None:
    child = enrolled_child(net, kiln="Kiln 4")
    path = _crafted_full_bundle(net, tmp_path / "crafted.bundle", child["id"], value)
    hq = net.dbs["HQ"]
    before = dump_digest(hq)
    with pytest.raises(KnownError, match=r"damaged|nothing was imported"):
        import_bundle(hq, path, user="test")
    assert dump_digest(hq) == before


def test_a_crafted_full_bundle_claiming_nothing_received_cannot_overwrite_headquarters_edit(
    net: Network, tmp_path: Path
) -> None:
    child = enrolled_child(net, kiln="Kiln 4")
    Children(net.ctx("HQ")).update(child["id"], {"custom.kiln": "Kiln 9"})
    net.load("KH-A", net.ret("KH-A"))  # the office has it, but its crafted bundle says it received nothing
    forged = json.dumps({"kiln": "Forged"})
    import_bundle(net.dbs["HQ"], _crafted_full_bundle(net, tmp_path / "c.bundle", child["id"], forged), user="t")
    assert custom(net.dbs["HQ"], child["id"]) == {"kiln": "Kiln 9"}
    (c,) = list_conflicts(net.dbs["HQ"])
    assert (c["field"], c["remote_value"]) == ("custom.kiln", "Forged")


def test_a_field_shown_in_lists_gets_its_index_at_offices_when_the_definition_arrives(net: Network) -> None:
    from cl_desktop.services.custom_fields import CustomFields
    from cl_desktop.store.custom_indexes import present_indexes

    fields = define(net)
    assert present_indexes(net.dbs["KH-A"]) == set()
    CustomFields(net.ctx("HQ")).update(fields["lender"]["id"], {"in_lists": True})
    assert present_indexes(net.dbs["HQ"]) == {"custom_value_children_lender"}
    net.load("KH-A", net.ret("KH-A"))
    assert present_indexes(net.dbs["KH-A"]) == {"custom_value_children_lender"}
    CustomFields(net.ctx("HQ")).update(fields["lender"]["id"], {"in_lists": False})
    net.load("KH-A", net.ret("KH-A"))
    assert present_indexes(net.dbs["KH-A"]) == set()


def test_a_field_first_answered_at_the_office_arrives_through_a_full_bundle_without_a_conflict(
    net: Network,
) -> None:
    child = enrolled_child(net, lender="employer")  # kiln never answered anywhere
    Children(net.ctx("KH-A")).update(child["id"], {"custom.kiln": "Kiln 7"})
    Children(net.ctx("HQ")).update(child["id"], {"custom.debt": "no"})
    result = net.load("HQ", net.send("KH-A", full=True))
    assert (result.receipt.conflicted, result.receipt.merged) == (0, 1)
    assert custom(net.dbs["HQ"], child["id"]) == {"debt": 0, "kiln": "Kiln 7", "lender": "employer"}
