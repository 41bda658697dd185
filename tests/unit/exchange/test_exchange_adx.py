"""ADX and DHIS2 JSON exports: valid, with DHIS2's period notation, and equal to the TPR's figures."""

from __future__ import annotations

import json
import os
import subprocess
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from factories import ctx_for
from lxml import etree

from cl_desktop.exchange import adx, dhis2, mapping, values
from cl_desktop.exchange.periods import dhis2_period, iso_period
from cl_desktop.figures.indicators import BySex
from cl_desktop.reports import tpr

NS = "{urn:ihe:qrph:adx:2015}"
HERE = Path(__file__).parent
DEMO_PROJECTS = ("KH-WFCL", "CAR-WFCL", "KH-DWCP-2008")
# A fetched copy of the public dhis2/adx repository (not part of this project: it has no licence file).
ADX_MIRROR = Path(os.environ.get("CL_ADX_REPO", "/work/.mirror/dhis2+adx/repo"))
IATI_MIRROR = Path(os.environ.get("CL_IATI_SCHEMAS_REPO", "/work/.mirror/IATI+IATI-Schemas/repo"))


@pytest.mark.parametrize(
    ("start", "end", "iso", "dhis2_id"),
    [
        ("2012-04-01", "2012-09-30", "2012-04-01/P6M", "2012AprilS1"),
        ("2012-10-01", "2013-03-31", "2012-10-01/P6M", "2012AprilS2"),
        ("2012-10-01", "2013-09-30", "2012-10-01/P1Y", "2012Oct"),
        ("2012-01-01", "2012-12-31", "2012-01-01/P1Y", "2012"),
        ("2012-07-01", "2012-12-31", "2012-07-01/P6M", "2012S2"),
        ("2012-04-01", "2012-06-30", "2012-04-01/P3M", "2012Q2"),
        ("2012-02-01", "2012-02-29", "2012-02-01/P1M", "201202"),
        ("2012-03-05", "2012-03-05", "2012-03-05/P1D", "20120305"),
        ("2012-03-05", "2012-09-04", "2012-03-05/P184D", None),
    ],
)
def test_periods_in_iso_and_dhis2_notation(start: str, end: str, iso: str, dhis2_id: str | None) -> None:
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    assert iso_period(s, e) == iso
    assert dhis2_period(s, e) == dhis2_id


def own_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(HERE / "adx_profile.xsd")))


def public_schema(tmp_path: Path) -> etree.XMLSchema | None:
    """The profile's own adx_loose.xsd from a fetched dhis2/adx copy, when this machine has one."""
    if not (ADX_MIRROR / "HEAD").exists() or not (IATI_MIRROR / "HEAD").exists():
        return None
    folder = tmp_path / "adx-schema"
    (folder / "sdmx").mkdir(parents=True)
    files = {
        "adx_loose.xsd": (ADX_MIRROR, "IHE2015/schema/adx_loose.xsd"),
        "sdmx/SDMXCommon.xsd": (ADX_MIRROR, "IHE2015/schema/sdmx/SDMXCommon.xsd"),
        "sdmx/SDMXCommonReferences.xsd": (ADX_MIRROR, "IHE2015/schema/sdmx/SDMXCommonReferences.xsd"),
        "sdmx/xml.xsd": (IATI_MIRROR, "xml.xsd"),  # W3C's schema for xml:lang, which SDMXCommon imports
    }
    for name, (repo, path) in files.items():
        shown = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=False)
        if shown.returncode != 0:
            return None
        (folder / name).write_bytes(shown.stdout)
    return etree.XMLSchema(etree.parse(str(folder / "adx_loose.xsd")))


def export(db: Any, project: str, **kwargs: Any) -> tuple[list[values.CodedValue], values.Check, str]:
    return values.prepare(db, mapping.load(db), project, **kwargs)


def test_the_adx_message_validates_against_the_profile_schema(demo_db: Any, tmp_path: Path) -> None:
    found, check, data_set = export(demo_db, "KH-WFCL", period="2010-04")
    assert check.errors == [] and check.missing == []
    out = tmp_path / "kh.xml"
    adx.write(out, found, data_set)
    doc = etree.parse(str(out))
    schema = own_schema()
    assert schema.validate(doc), schema.error_log
    group = doc.getroot().find(f"{NS}group")
    assert group is not None
    assert group.get("period") == "2010-04-01/P6M" and group.get("dataSet") == "CL_CHILD_LABOUR"
    value = doc.getroot().find(f".//{NS}dataValue[@dataElement='CL_WITHDRAWN_AGE']")
    assert value is not None and value.get("CL_SEX") in ("FEMALE", "MALE") and value.get("CL_AGE_GROUP")
    public = public_schema(tmp_path)
    if public is None:
        pytest.skip("no fetched copy of the dhis2/adx schemas on this machine; validated against our own")
    assert public.validate(doc), public.error_log


def test_a_damaged_message_fails_the_schema(demo_db: Any, tmp_path: Path) -> None:
    found, _check, data_set = export(demo_db, "KH-WFCL", period="2010-04")
    doc = etree.fromstring(adx.document(found, data_set))
    doc.find(f"{NS}group/{NS}dataValue").set("value", "twelve")
    assert not own_schema().validate(doc)


def adx_figures(path: Path) -> dict[tuple[str, str, str, tuple[tuple[str, str], ...]], float]:
    """(period, org unit, data element, sorted categories) -> value, as read back from the file."""
    result: dict[tuple[str, str, str, tuple[tuple[str, str], ...]], float] = {}
    for group in etree.parse(str(path)).getroot().iter(f"{NS}group"):
        for dv in group.iter(f"{NS}dataValue"):
            cats = tuple(sorted((k, v) for k, v in dv.attrib.items() if k not in ("dataElement", "value")))
            result[(group.get("period"), group.get("orgUnit"), dv.get("dataElement"), cats)] = float(dv.get("value"))
    return result


def by_sex(figures: dict[Any, float], period: str, element: str, **where: str) -> BySex:
    total = BySex()
    for (p, _unit, de, cats), value in figures.items():
        c = dict(cats)
        if p == period and de == element and all(c.get(k) == v for k, v in where.items()):
            total.add("F" if c["CL_SEX"] == "FEMALE" else "M", int(value))
    return total


@pytest.mark.parametrize("project", DEMO_PROJECTS)
def test_every_period_equals_the_technical_progress_report(demo_db: Any, tmp_path: Path, project: str) -> None:
    found, check, data_set = export(demo_db, project)
    assert check.errors == [] and check.missing == []
    out, js = tmp_path / "all.xml", tmp_path / "all.json"
    adx.write(out, found, data_set)
    dhis2.write(js, found, data_set)
    figures = adx_figures(out)
    from_json: dict[tuple[str, str, str], float] = defaultdict(float)
    for dv in json.loads(js.read_text(encoding="utf-8"))["dataValues"]:
        from_json[(dv["period"], dv["dataElement"], dv["categoryOptionCombo"])] += float(dv["value"])
    periods = list(
        demo_db.query(
            "SELECT p.* FROM reporting_periods p JOIN projects j ON j.id = p.project_id "
            "WHERE j.code = ? AND p.deleted = 0",
            [project],
        )
    )
    assert periods
    seen_nonzero = False
    for period in periods:
        ctx = tpr.collect(demo_db, project, period["code"])
        ind = ctx.indicators
        start, end = date.fromisoformat(period["start_date"]), date.fromisoformat(period["end_date"])
        iso, d2 = iso_period(start, end), dhis2_period(start, end)
        expected = {
            "CL_WITHDRAWN": ind.withdrawn_period,
            "CL_PREVENTED": ind.prevented_period,
            "CL_WITHDRAWN_AGE": ind.withdrawn_period,
            "CL_PREVENTED_AGE": ind.prevented_period,
            "CL_E1": ind.e1_period.get("total", BySex()),
            "CL_L1": ind.l1_period,
            **{f"CL_{code}": ratio.numerator for code, ratio in ind.status.items()},
            "CL_POC_PARTICIPANTS": ind.status["POC1"].denominator,
            "CL_POH_PARTICIPANTS": ind.status["POH1"].denominator,
        }
        for element, tpr_value in expected.items():
            got = by_sex(figures, iso, element)
            assert (got.f, got.m) == (tpr_value.f, tpr_value.m), (project, period["code"], element)
            json_f = sum(
                v for (p, de, coc), v in from_json.items() if p == d2 and de == element and coc.startswith("FEMALE")
            )
            assert json_f == tpr_value.f, (project, period["code"], element)
            seen_nonzero = seen_nonzero or tpr_value.total > 0
        referral = [r for r in tpr.services_table(ctx).rows if r[0] == "Referral to other services"]
        if referral and project != "KH-DWCP-2008":
            got = by_sex(figures, iso, "CL_REFERRALS")
            assert (got.f, got.m) == (referral[0][1] or 0, referral[0][2] or 0), (project, period["code"])
        for stype, counts in ind.e1_period.items():
            if stype != "total":
                got = by_sex(figures, iso, "CL_E1_SERVICE", CL_SERVICE_TYPE=stype.upper())
                assert (got.f, got.m) == (counts.f, counts.m), (project, period["code"], stype)
    assert seen_nonzero == (project != "KH-DWCP-2008")  # the country programme has no children


def test_age_groups_add_up_to_the_report_s_cumulative_breakdown(demo_db: Any, tmp_path: Path) -> None:
    found, _check, data_set = export(demo_db, "KH-WFCL")
    out = tmp_path / "kh.xml"
    adx.write(out, found, data_set)
    figures = adx_figures(out)
    last = list(
        demo_db.query(
            "SELECT code, end_date FROM reporting_periods WHERE project_id = "
            "(SELECT id FROM projects WHERE code = 'KH-WFCL') ORDER BY start_date"
        )
    )[-1]
    table = tpr.beneficiary_tables(tpr.collect(demo_db, "KH-WFCL", last["code"]))[0]
    for row in table.rows[:-1]:
        option = mapping.load(demo_db).option("age_group", row[0].replace(" ", "").split("years")[0])
        if not option:
            continue
        total = sum(
            v
            for (_p, _u, de, cats), v in figures.items()
            if de == "CL_WITHDRAWN_AGE" and dict(cats)["CL_AGE_GROUP"] == option
        )
        assert total == row[3]


def test_a_missing_code_stops_the_export_and_is_named(demo_db: Any) -> None:
    mapping.save(ctx_for(demo_db), [(2, mapping.Row("data_element", "registered", ""))])
    found, check, _ds = export(demo_db, "KH-WFCL", period="2010-04")
    assert check.blocks() and not check.blocks(allow_missing=True)
    assert any("data element “registered” has no code" in m for m in check.missing)
    assert found and all(v.data_element != "CL_REGISTERED" for v in found)


def test_periods_outside_the_project_are_an_error(demo_db: Any) -> None:
    _found, check, _ds = export(demo_db, "KH-WFCL", since="2001-01-01", until="2002-12-31")
    assert any("outside project KH-WFCL" in e for e in check.errors)
