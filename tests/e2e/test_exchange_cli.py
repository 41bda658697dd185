"""The exchange commands as a user runs them: mapping CSV, ADX and DHIS2 JSON exports, sending to DHIS2."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dhis2_server import Dhis2Server, Dhis2State
from lxml import etree

HERE = Path(__file__).resolve().parent
ADX_SCHEMA = HERE.parent / "unit" / "exchange" / "adx_profile.xsd"


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cl_desktop", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=dict(os.environ),
        timeout=300,
    )


@pytest.fixture
def dhis2() -> Iterator[Dhis2Server]:
    server = Dhis2Server()
    yield server
    server.close()


@pytest.fixture
def password(tmp_path: Path) -> Path:
    path = tmp_path / "password.txt"
    path.write_text("district\n", encoding="utf-8")
    return path


@pytest.fixture
def adx_file(demo_path: Path, tmp_path: Path) -> Path:
    out = tmp_path / "kh.xml"
    result = cli("export", "adx", "--db", str(demo_path), "--project", "KH-WFCL", "--period", "2010-04", "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_mapping_round_trips_through_the_command_line(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "mapping.csv"
    assert cli("mapping", "export", "--db", str(demo_path), str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("kind,key,code,name\n") and "org_unit,KH-12,KH-12," in text
    result = cli("mapping", "import", "--db", str(demo_path), str(out))
    assert result.returncode == 0 and "0 mapping row(s) changed" in result.stdout
    out.write_text(text.replace("org_unit,KH-3,KH-3,", "org_unit,KH-3,KH-12,"), encoding="utf-8")
    result = cli("mapping", "import", "--db", str(demo_path), str(out))
    assert result.returncode == 1
    assert "the code “KH-12” is used twice" in result.stderr and "Row " in result.stderr


def test_export_adx_writes_a_valid_message_and_json_in_dhis2_periods(
    adx_file: Path, demo_path: Path, tmp_path: Path
) -> None:
    schema = etree.XMLSchema(etree.parse(str(ADX_SCHEMA)))
    assert schema.validate(etree.parse(str(adx_file))), schema.error_log
    js = tmp_path / "kh.json"
    result = cli(
        "export",
        "adx",
        "--db",
        str(demo_path),
        "--project",
        "KH-WFCL",
        "--from",
        "2010-04-01",
        "--to",
        "2011-03-31",
        "--format",
        "dhis2-json",
        "-o",
        str(js),
    )
    assert result.returncode == 0, result.stderr
    doc = json.loads(js.read_text(encoding="utf-8"))
    assert doc["dataSet"] == "CL_CHILD_LABOUR" and doc["idScheme"] == "CODE"
    assert {v["period"] for v in doc["dataValues"]} == {"2010AprilS1", "2010AprilS2"}


def test_missing_codes_stop_the_export_unless_allowed(demo_path: Path, tmp_path: Path) -> None:
    mapping = tmp_path / "m.csv"
    mapping.write_text("kind,key,code\norg_unit,project:KH-WFCL,\n", encoding="utf-8")
    assert cli("mapping", "import", "--db", str(demo_path), str(mapping)).returncode == 0
    out = tmp_path / "kh.xml"
    args = ("export", "adx", "--db", str(demo_path), "--project", "KH-WFCL", "--period", "2010-04", "-o", str(out))
    result = cli(*args)
    assert result.returncode == 1
    assert "organisation unit “project:KH-WFCL” has no code" in result.stderr
    assert "Nothing was written" in result.stderr and not out.exists()
    result = cli(*args, "--allow-missing")
    assert result.returncode == 0 and "warning:" in result.stderr
    units = {g.get("orgUnit") for g in etree.parse(str(out)).getroot()}
    assert units and "KH" not in units  # only the provinces' figures went out


def test_a_period_outside_the_project_is_refused(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.xml"
    result = cli(
        "export",
        "adx",
        "--db",
        str(demo_path),
        "--project",
        "KH-WFCL",
        "--from",
        "1990-01-01",
        "--to",
        "1990-12-31",
        "-o",
        str(out),
    )
    assert result.returncode == 1 and not out.exists()


def send(url: str, password: Path, file: Path, *extra: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return cli(
        "dhis2",
        "send",
        "--url",
        url,
        "--user",
        "admin",
        "--password-file",
        str(password),
        *extra,
        str(file),
        stdin=stdin,
    )


def test_send_runs_a_dry_run_first_and_posts_only_when_confirmed(
    dhis2: Dhis2Server, password: Path, adx_file: Path
) -> None:
    result = send(dhis2.url, password, adx_file, stdin="n\n")
    assert result.returncode == 1 and "Not sent." in result.stdout
    assert [r["query"]["dryRun"] for r in dhis2.state.requests] == ["true"]
    assert dhis2.state.stored == {}
    result = send(dhis2.url, password, adx_file, stdin="y\n")
    assert result.returncode == 0, result.stderr
    assert [r["query"]["dryRun"] for r in dhis2.state.requests] == ["true", "true", "false"]
    assert all(r["type"] == "application/adx+xml" and r["query"]["idScheme"] == "code" for r in dhis2.state.requests)
    count = len(etree.parse(str(adx_file)).getroot().findall(".//{urn:ihe:qrph:adx:2015}dataValue"))
    assert f"imported {count:,}" in result.stdout and len(dhis2.state.stored) == count
    again = send(dhis2.url, password, adx_file, "--yes")
    assert again.returncode == 0 and f"updated {count:,}" in again.stdout


def test_send_of_json_uses_the_json_content_type(
    dhis2: Dhis2Server, password: Path, demo_path: Path, tmp_path: Path
) -> None:
    js = tmp_path / "kh.json"
    assert (
        cli(
            "export",
            "adx",
            "--db",
            str(demo_path),
            "--project",
            "KH-WFCL",
            "--period",
            "2010-04",
            "--format",
            "dhis2-json",
            "-o",
            str(js),
        ).returncode
        == 0
    )
    result = send(dhis2.url, password, js, "--dry-run-only")
    assert result.returncode == 0 and dhis2.state.requests[0]["type"] == "application/json"


def test_a_refused_login_is_one_sentence(dhis2: Dhis2Server, tmp_path: Path, adx_file: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("guess\n", encoding="utf-8")
    result = send(dhis2.url, wrong, adx_file, "--yes")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "refused the login of admin" in result.stderr
    assert dhis2.state.stored == {}


def test_no_connection_is_one_sentence(password: Path, adx_file: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = send(f"http://127.0.0.1:{port}", password, adx_file, "--yes")
    assert result.returncode == 1 and "No connection to the DHIS2 server" in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_a_timeout_is_one_sentence(password: Path, adx_file: Path) -> None:
    server = Dhis2Server(Dhis2State(delay=2.0))
    try:
        result = send(server.url, password, adx_file, "--yes", "--timeout", "0.5")
    finally:
        server.close()
    assert result.returncode == 1 and "did not answer within 0.5 seconds" in result.stderr
    assert server.state.stored == {}


def test_conflicts_stop_before_the_real_post(password: Path, adx_file: Path) -> None:
    server = Dhis2Server(Dhis2State(known_elements={"CL_WITHDRAWN"}, strict=True))
    try:
        result = send(server.url, password, adx_file, "--yes")
    finally:
        server.close()
    assert result.returncode == 1
    assert "refused the data with" in result.stderr and "conflict(s): CL_" in result.stderr
    assert [r["query"]["dryRun"] for r in server.state.requests] == ["true"] and server.state.stored == {}


def test_warnings_are_shown_and_block_the_real_post(password: Path, adx_file: Path) -> None:
    server = Dhis2Server(Dhis2State(known_elements={"CL_WITHDRAWN"}))
    try:
        result = send(server.url, password, adx_file, "--yes")
    finally:
        server.close()
    assert "conflict: CL_E1: Data element not found" in result.stdout
    assert result.returncode == 1 and server.state.stored == {}


def test_plain_http_to_another_host_is_refused_before_sending(password: Path, adx_file: Path) -> None:
    result = send("http://dhis2.example.org", password, adx_file, "--yes")
    assert result.returncode == 1 and "use https" in result.stderr


def test_export_iati_writes_an_activity(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "kh-iati.xml"
    result = cli("export", "iati", "--db", str(demo_path), "--project", "KH-WFCL", "-o", str(out))
    assert result.returncode == 0, result.stderr
    root = etree.parse(str(out)).getroot()
    assert root.tag == "iati-activities" and root.find("iati-activity/result") is not None
    missing = cli("export", "iati", "--db", str(demo_path), "-o", str(tmp_path / "x.xml"))
    assert missing.returncode == 2 and "needs --project" in missing.stderr


def test_export_xlsform_and_import_kobo_on_the_command_line(demo_path: Path, tmp_path: Path) -> None:
    form = tmp_path / "intake.xlsx"
    result = cli(
        "export", "xlsform", "--db", str(demo_path), "--project", "KH-WFCL", "--form", "intake", "-o", str(form)
    )
    assert result.returncode == 0, result.stderr
    from pyxform.xls2xform import convert

    assert "<h:title>KH-WFCL Intake</h:title>" in convert(xlsform=str(form)).xform
    export = tmp_path / "kobo.csv"
    export.write_text(
        "name;sex;birth_date;programme;village;intake_date;guardian_name;guardian_relation;consent;consent_date;"
        "working;school_status;_uuid\n"
        "Sok Dara;M;2000-02-02;KH-WFCL-AP001;NOWHERE;2010-06-15;Sok;father;yes;2010-06-15;no;dropped_out;u-1\n",
        encoding="utf-8",
    )
    args = ("import", "kobo", "--db", str(demo_path), "--form", "intake", str(export))
    refused = cli(*args)
    assert refused.returncode == 1 and "row 2, column “village”" in refused.stderr
    village = programme_village(demo_path)
    export.write_text(export.read_text(encoding="utf-8").replace("NOWHERE", village), encoding="utf-8")
    first = cli(*args)
    assert first.returncode == 0 and "1 new child(ren) were added" in first.stdout, first.stderr
    again = cli(*args)
    assert again.returncode == 0 and "0 new child(ren) were added, 1 already imported" in again.stdout


def programme_village(demo_path: Path) -> str:
    import sqlite3

    con = sqlite3.connect(demo_path)
    try:
        row = con.execute(
            "SELECT l.code FROM locations l JOIN locations d ON d.id = l.parent_id"
            " JOIN locations c ON c.id = d.parent_id"
            " JOIN programme_locations pl ON pl.location_id IN (c.id, c.parent_id)"
            " JOIN action_programmes ap ON ap.id = pl.programme_id"
            " WHERE ap.code = 'KH-WFCL-AP001' AND l.level = 'village' LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    assert row, "the programme covers a village"
    return str(row[0])
