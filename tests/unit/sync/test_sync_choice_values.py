"""The several-choices table the list filters read stays in step at every replica: rows inserted and
updated by bundles, merged key by key, loaded in bulk into empty tables."""

from __future__ import annotations

from typing import Any

import pytest
from replicas import Network

from cl_desktop.services import lists
from cl_desktop.services.children import Children
from cl_desktop.services.custom_fields import CustomFields
from cl_desktop.services.lists import ListQuery
from cl_desktop.store.custom_choice_values import out_of_step
from cl_desktop.sync import bulk


def define_tasks(net: Network) -> None:
    base = {"project_id": net.project["id"], "form": "intake"}
    CustomFields(net.ctx("HQ")).define({**base, "code": "kiln", "kind": "text", "label_en": "Kiln"})
    CustomFields(net.ctx("HQ")).define(
        {"project_id": net.project["id"], "form": "intake", "code": "tasks", "kind": "choices",
         "label_en": "Night tasks", "choices": "nets=Nets;haul=Hauling;sort=Sorting", "in_lists": True}
    )  # fmt: skip


def with_task(db: Any, task: str) -> set[str]:
    return {r[0] for r in lists.page(db, "children", ListQuery(filters={"custom.tasks": task}), 0, 50)}


def test_bundles_insert_update_and_merge_several_choices_into_the_table(net: Network) -> None:
    define_tasks(net)
    net.sync_all()
    sok = net.register("KH-A", name="Sok Dara", custom={"tasks": "nets,haul"})
    net.sync_all()
    for code in ("HQ", "KH-A"):
        assert with_task(net.dbs[code], "haul") == {sok["id"]}, code
    Children(net.ctx("KH-A")).update(sok["id"], {"custom.tasks": "sort"})  # at the office
    Children(net.ctx("HQ")).update(sok["id"], {"custom.kiln": "Kiln 4"})  # another key at headquarters
    net.sync_all()
    for code in ("HQ", "KH-A"):
        db = net.dbs[code]
        assert with_task(db, "haul") == set() and with_task(db, "sort") == {sok["id"]}, code
        assert out_of_step(db) == 0, code


def test_a_full_bundle_loaded_in_bulk_fills_the_table(net: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "BULK_MIN_ROWS", 1)  # the bulk path from the first row
    define_tasks(net)
    net.load("KH-A", net.ret("KH-A"))
    kids = [
        net.register("KH-A", name=n, custom={"tasks": t}) for n, t in (("Sok Dara", "nets"), ("Chan Mony", "nets,sort"))
    ]
    hq = net.dbs["HQ"]
    assert hq.execute("SELECT count(*) FROM children").fetchone()[0] == 0
    result = net.load("HQ", net.send("KH-A", full=True))
    assert result.full
    assert with_task(hq, "nets") == {k["id"] for k in kids}
    assert with_task(hq, "sort") == {kids[1]["id"]}
    assert out_of_step(hq) == 0
