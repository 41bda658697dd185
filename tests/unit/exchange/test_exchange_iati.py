"""IATI 2.03 activity: valid against the IATI activity schema, results equal to the TPR's figures."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from cl_desktop.errors import RefusedInput
from cl_desktop.exchange import iati
from cl_desktop.reports import tpr

# A fetched copy of the public IATI/IATI-Schemas repository (branch version-2.03); not committed here.
IATI_MIRROR = Path(os.environ.get("CL_IATI_SCHEMAS_REPO", "/work/.mirror/IATI+IATI-Schemas/repo"))
PROJECTS = ("KH-WFCL", "CAR-WFCL", "KH-DWCP-2008")


@pytest.fixture(scope="module")
def iati_schema(tmp_path_factory: pytest.TempPathFactory) -> etree.XMLSchema | None:
    if not (IATI_MIRROR / "HEAD").exists():
        return None
    folder = tmp_path_factory.mktemp("iati-schema")
    for name in ("iati-activities-schema.xsd", "iati-common.xsd", "xml.xsd"):
        shown = subprocess.run(
            ["git", "-C", str(IATI_MIRROR), "show", f"HEAD:{name}"], capture_output=True, check=False
        )
        if shown.returncode != 0:
            return None
        (folder / name).write_bytes(shown.stdout)
    schema = etree.XMLSchema(etree.parse(str(folder / "iati-activities-schema.xsd")))
    return schema


def activity(demo_db: Any, project: str) -> etree._Element:
    data, _count = iati.document(demo_db, project)
    return etree.fromstring(data)


@pytest.mark.parametrize("project", PROJECTS)
def test_the_activity_validates_against_the_iati_schema(
    demo_db: Any, project: str, iati_schema: etree.XMLSchema | None
) -> None:
    root = activity(demo_db, project)
    assert root.get("version") == "2.03"
    act = root.find("iati-activity")
    assert act is not None
    # the elements IATI requires, in its order, whether or not the schema is on this machine
    tags = [child.tag for child in act]
    required = ["iati-identifier", "reporting-org", "title", "description", "participating-org", "activity-status"]
    assert [t for t in tags if t in required] == sorted([t for t in tags if t in required], key=required.index)
    assert set(required) <= set(tags) and "result" in tags
    if iati_schema is None:
        pytest.skip("no fetched copy of IATI-Schemas 2.03 on this machine; checked the required elements only")
    assert iati_schema.validate(root), iati_schema.error_log


def test_a_damaged_activity_fails_the_schema(demo_db: Any, iati_schema: etree.XMLSchema | None) -> None:
    if iati_schema is None:
        pytest.skip("no fetched copy of IATI-Schemas 2.03 on this machine")
    root = activity(demo_db, "KH-WFCL")
    act = root.find("iati-activity")
    act.remove(act.find("reporting-org"))
    assert not iati_schema.validate(root)


def test_results_carry_the_framework_and_the_report_s_figures(demo_db: Any) -> None:
    act = activity(demo_db, "KH-WFCL").find("iati-activity")
    results = act.findall("result")
    assert results and {r.get("type") for r in results} <= {"1", "2", "3"}
    indicators = {i.find("title/narrative").text.split()[0]: i for r in results for i in r.findall("indicator")}
    withdrawn, poc4 = indicators["withdrawn"], indicators["POC4"]
    assert withdrawn.get("measure") == "1" and poc4.get("measure") == "2"
    assert withdrawn.find("baseline").get("year") == "2008"
    periods = list(
        demo_db.query(
            "SELECT code, start_date FROM reporting_periods WHERE project_id = "
            "(SELECT id FROM projects WHERE code = 'KH-WFCL') AND deleted = 0 ORDER BY start_date"
        )
    )
    written = withdrawn.findall("period")
    assert len(written) == len(periods)
    for period, element in zip(periods, written, strict=True):
        ind = tpr.collect(demo_db, "KH-WFCL", period["code"]).indicators
        assert element.find("period-start").get("iso-date") == period["start_date"]
        actuals = element.findall("actual")
        plain = [a for a in actuals if a.find("dimension") is None]
        by_sex = {
            a.find("dimension").get("value"): a.get("value")
            for a in actuals
            if a.find("dimension") is not None and a.find("dimension").get("name") == "sex"
        }
        ages = [
            int(a.get("value"))
            for a in actuals
            if a.find("dimension") is not None and a.find("dimension").get("name") == "age group"
        ]
        assert int(plain[0].get("value")) == ind.withdrawn_period.total
        assert (int(by_sex["female"]), int(by_sex["male"])) == (ind.withdrawn_period.f, ind.withdrawn_period.m)
        assert sum(ages) == ind.withdrawn_period.total
    last = written[-1].find("target")
    assert last is not None and float(last.get("value")) == 6000
    poc_last = poc4.findall("period")[-1]
    ratio = tpr.collect(demo_db, "KH-WFCL", periods[-1]["code"]).indicators.status["POC4"]
    assert float(poc_last.find("actual").get("value")) == ratio.total


def test_qualitative_indicators_carry_text_not_values(demo_db: Any) -> None:
    act = activity(demo_db, "KH-DWCP-2008").find("iati-activity")
    qualitative = [i for r in act.findall("result") for i in r.findall("indicator") if i.get("measure") == "5"]
    assert qualitative
    for ind in qualitative:
        assert all(t.get("value") is None for t in ind.iter("target", "actual", "baseline"))


def test_a_project_without_a_grantee_is_refused_in_one_sentence(demo_db: Any) -> None:
    demo_db.execute("UPDATE projects SET grantee = '' WHERE code = 'KH-DWCP-2008'")
    with pytest.raises(RefusedInput, match="has no grantee organisation"):
        iati.document(demo_db, "KH-DWCP-2008")
