"""What the exchange package keeps travels by sync: headquarters' DHIS2 mapping to the offices, and the
Kobo/ODK submissions an office imported to headquarters."""

from __future__ import annotations

from pathlib import Path

import pytest
from replicas import Network

from cl_desktop.exchange import kobo, mapping


def test_headquarters_codes_reach_an_office_in_its_return_bundle(net: Network) -> None:
    changes = [(2, mapping.Row("data_set", "data_set", "KH_CL_2024")), (3, mapping.Row("option", "sex:F", "F"))]
    assert mapping.save(net.ctx("HQ"), changes) == 2
    assert mapping.load(net.dbs["KH-A"]).data_set == "CL_CHILD_LABOUR"
    net.load("KH-A", net.ret("KH-A"))
    office = mapping.load(net.dbs["KH-A"])
    assert (office.data_set, office.option("sex", "F")) == ("KH_CL_2024", "F")
    net.load("KH-A", net.ret("KH-A"))  # the same metadata again changes nothing
    assert net.dbs["KH-A"].execute("SELECT count(*) FROM dhis2_mappings").fetchone()[0] == 2


def test_a_kobo_submission_imported_at_an_office_is_not_imported_again_at_headquarters(
    net: Network, tmp_path: Path
) -> None:
    export = tmp_path / "kobo.csv"
    export.write_text(
        "name,sex,birth_date,programme,village,intake_date,guardian_name,guardian_relation,consent,consent_date,"
        "working,school_status,meta/instanceID\n"
        "Sok Dara,M,2000-02-02,KH-T-AP1,KH-8,2010-06-15,Sok Mony,father,yes,2010-06-15,no,dropped_out,uuid:s-1\n",
        encoding="utf-8",
    )
    assert kobo.import_file(net.ctx("KH-A"), "intake", export).added == 1
    net.load("HQ", net.send("KH-A"))
    again = kobo.import_file(net.ctx("HQ"), "intake", export)
    assert (again.added, again.unchanged) == (0, 1)
    names = net.dbs["HQ"].execute("SELECT count(*) FROM children WHERE name = 'Sok Dara'").fetchone()[0]
    assert names == 1


def test_an_office_cannot_write_the_mapping_even_past_the_service(net: Network) -> None:
    from cl_desktop.errors import RefusedInput
    from cl_desktop.store import records

    with pytest.raises(RefusedInput, match="Only headquarters changes DHIS2 mappings"):
        records.insert(
            net.dbs["KH-A"], "dhis2_mappings", {"kind": "data_set", "key": "data_set", "code": "X"}, net.author("KH-A")
        )
    assert net.dbs["KH-A"].execute("SELECT count(*) FROM dhis2_mappings").fetchone()[0] == 0
