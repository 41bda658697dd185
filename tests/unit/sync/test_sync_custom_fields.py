"""A project's extra fields travel: definitions from headquarters (setup files, return bundles) and never
back; values with their records, merged field by field at headquarters like any other field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from replicas import Network
from test_authority import as_attacker
from test_exchange import assert_converged
from test_refusals import refused

from cl_desktop.errors import RefusedInput
from cl_desktop.services.children import Children
from cl_desktop.services.custom_fields import CustomFields
from cl_desktop.store import records
from cl_desktop.sync.conflicts import list_conflicts, resolve
from cl_desktop.sync.setup_file import add_office, init_from_setup


def define(net: Network) -> dict[str, dict]:
    service = CustomFields(net.ctx("HQ"))
    base = {"project_id": net.project["id"], "form": "intake"}
    return {
        "debt": service.define({**base, "code": "debt", "kind": "yes_no", "label_en": "In debt", "label_km": "ជំពាក់"}),
        "kiln": service.define(
            {**base, "code": "kiln", "kind": "text", "label_en": "Kiln", "section": "Work", "section_km": "ការងារ"}
        ),
        "lender": service.define(
            {**base, "code": "lender", "kind": "choice", "label_en": "Lender", "choices": "employer=Employer;kin=Kin"}
        ),
    }


def custom(db, child_id: str) -> dict:
    return json.loads(db.execute("SELECT custom FROM children WHERE id = ?", [child_id]).fetchone()[0])


def test_definitions_reach_a_new_office_in_its_setup_file_and_others_in_their_return_bundle(
    net: Network, tmp_path: Path
) -> None:
    fields = define(net)
    setup = tmp_path / "KH-C.setup"
    add_office(net.dbs["HQ"], code="KH-C", name="Office C", out=setup, user="admin", passphrase="pw-KH-C")
    c = init_from_setup(tmp_path / "KH-C.sqlite", setup, "pw-KH-C")
    try:
        assert [r[0] for r in c.execute("SELECT code FROM custom_fields ORDER BY sort")] == ["debt", "kiln", "lender"]
    finally:
        c.close()
    net.load("KH-A", net.ret("KH-A"))
    office = CustomFields(net.ctx("KH-A")).definitions(net.project["id"], "intake")
    assert [(d.code, d.label("km")) for d in office][:1] == [("debt", "ជំពាក់")]
    assert [d.section_name("km") for d in office] == ["", "ការងារ", ""]  # the section's name travels too
    CustomFields(net.ctx("HQ")).retire(fields["kiln"]["id"])
    net.load("KH-A", net.ret("KH-A"))
    assert [d.code for d in CustomFields(net.ctx("KH-A")).definitions(net.project["id"], "intake", retired=False)] == [
        "debt",
        "lender",
    ]


def test_an_office_cannot_define_or_change_a_field_even_past_the_service(net: Network) -> None:
    fields = define(net)
    net.load("KH-A", net.ret("KH-A"))
    a = net.dbs["KH-A"]
    with pytest.raises(RefusedInput, match="Only headquarters defines"):
        CustomFields(net.ctx("KH-A")).define(
            {"project_id": net.project["id"], "form": "intake", "code": "mine", "kind": "text", "label_en": "Mine"}
        )
    with pytest.raises(RefusedInput, match="Only headquarters changes projects' extra fields"):
        records.update(a, "custom_fields", fields["kiln"]["id"], {"label_en": "Mine"}, net.author("KH-A"))
    with as_attacker(a):
        records.update(a, "custom_fields", fields["kiln"]["id"], {"retired": 1}, net.author("KH-A"))
    refused(net, net.send("KH-A"), "headquarters alone changes projects' extra fields")
    assert net.dbs["HQ"].execute("SELECT retired FROM custom_fields WHERE code = 'kiln'").fetchone()[0] == 0


def test_values_entered_at_an_office_reach_headquarters_and_merge_field_by_field(net: Network) -> None:
    define(net)
    net.sync_all()
    child = net.register("KH-A", custom={"debt": "yes", "kiln": "Kiln 4"})
    net.sync_all()
    assert custom(net.dbs["HQ"], child["id"]) == {"debt": 1, "kiln": "Kiln 4"}
    # both ends edit a different extra field of the same child: both edits stay, no conflict
    Children(net.ctx("KH-A")).update(child["id"], {"custom.kiln": "Kiln 5"})
    Children(net.ctx("HQ")).update(child["id"], {"custom.lender": "kin"})
    result = net.load("HQ", net.send("KH-A"))
    assert (result.receipt.conflicted, result.receipt.merged) == (0, 1)
    net.sync_all()
    for db in net.dbs.values():
        if db.execute("SELECT 1 FROM children WHERE id = ?", [child["id"]]).fetchone():
            assert custom(db, child["id"]) == {"debt": 1, "kiln": "Kiln 5", "lender": "kin"}
    assert_converged(net)


def test_the_same_extra_field_edited_at_both_ends_is_one_conflict_decided_like_any_other(net: Network) -> None:
    define(net)
    net.sync_all()
    child = net.register("KH-A", custom={"kiln": "Kiln 4", "lender": "employer"})
    net.sync_all()
    Children(net.ctx("KH-A")).update(child["id"], {"custom.kiln": "Kiln 5", "custom.debt": "no"})
    Children(net.ctx("HQ")).update(child["id"], {"custom.kiln": "Kiln 6"})
    office_bundle = net.send("KH-A")
    assert net.load("HQ", office_bundle).receipt.conflicted == 1
    net.load("HQ", office_bundle)  # re-sent: no second conflict
    (c,) = list_conflicts(net.dbs["HQ"])
    assert (c["field"], c["local_value"], c["remote_value"]) == ("custom.kiln", "Kiln 6", "Kiln 5")
    # the other extra field the office changed applied; the clashing one kept headquarters' value
    assert custom(net.dbs["HQ"], child["id"]) == {"debt": 0, "kiln": "Kiln 6", "lender": "employer"}
    net.sync_all()
    assert_converged(net)
    resolve(net.dbs["HQ"], c["id"], keep="remote", user="admin")
    net.sync_all()
    assert_converged(net)
    for code in ("HQ", "KH-A"):
        assert custom(net.dbs[code], child["id"]) == {"debt": 0, "kiln": "Kiln 5", "lender": "employer"}


def test_a_typed_value_settles_an_extra_field_conflict(net: Network) -> None:
    define(net)
    net.sync_all()
    child = net.register("KH-A", custom={"kiln": "Kiln 4"})
    net.sync_all()
    Children(net.ctx("KH-A")).update(child["id"], {"custom.kiln": "A"})
    Children(net.ctx("HQ")).update(child["id"], {"custom.kiln": "B"})
    net.load("HQ", net.send("KH-A"))
    (c,) = list_conflicts(net.dbs["HQ"])
    resolve(net.dbs["HQ"], c["id"], value="Kiln 4 and 5", user="admin")
    net.sync_all()
    assert_converged(net)
    assert custom(net.dbs["KH-A"], child["id"]) == {"kiln": "Kiln 4 and 5"}


def test_values_survive_reopening_and_a_retired_field_keeps_them_everywhere(net: Network) -> None:
    fields = define(net)
    net.sync_all()
    child = net.register("KH-A", custom={"kiln": "Kiln 4"})
    CustomFields(net.ctx("HQ")).retire(fields["kiln"]["id"])
    net.sync_all()
    for code in ("HQ", "KH-A"):
        db = net.reopen(code)
        assert custom(db, child["id"]) == {"kiln": "Kiln 4"}
