"""The DHIS2 mapping travels from headquarters to the offices with the other metadata."""

from __future__ import annotations

from replicas import Network

from cl_desktop.exchange import mapping


def test_headquarters_codes_reach_an_office_in_its_return_bundle(net: Network) -> None:
    changes = [(2, mapping.Row("data_set", "data_set", "KH_CL_2024")), (3, mapping.Row("option", "sex:F", "F"))]
    assert mapping.save(net.ctx("HQ"), changes) == 2
    assert mapping.load(net.dbs["KH-A"]).data_set == "CL_CHILD_LABOUR"
    net.load("KH-A", net.ret("KH-A"))
    office = mapping.load(net.dbs["KH-A"])
    assert (office.data_set, office.option("sex", "F")) == ("KH_CL_2024", "F")
    net.load("KH-A", net.ret("KH-A"))  # the same metadata again changes nothing
    assert net.dbs["KH-A"].execute("SELECT count(*) FROM dhis2_mappings").fetchone()[0] == 2
