"""Referrals through the command line: JSON export, response import (twice, and refused), stats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cl_desktop.security.roles import system_actor
from cl_desktop.services.context import Context
from cl_desktop.services.directory import Organisations
from cl_desktop.services.reference import ReferenceLists
from cl_desktop.services.referrals import Referrals
from cl_desktop.store import open_database


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cl_desktop", *args], capture_output=True, text=True, env=dict(os.environ), timeout=300
    )


@pytest.fixture
def referred(demo_path: Path) -> dict[str, Any]:
    """Two demo children referred: one with the guardian's consent to share, one without."""
    db = open_database(demo_path)
    try:
        ctx = Context(db, system_actor(db, "tester"))
        org_type = ReferenceLists(db).codes("organisation_type")[0]
        Organisations(ctx).create({"code": "SW-REF", "name": "Social welfare office", "organisation_type": org_type})
        kids = list(
            db.query(
                "SELECT * FROM children WHERE deleted = 0 AND id NOT IN (SELECT child_id FROM referrals "
                "WHERE child_id IS NOT NULL) ORDER BY case_number LIMIT 2"
            )
        )
        made = []
        for child, consent in zip(kids, ("yes", "no"), strict=True):
            made.append(
                Referrals(ctx).create(
                    {
                        "case_number": child["case_number"],
                        "organisation": "SW-REF",
                        "service_type": ReferenceLists(db).codes("service_type")[0],
                        "urgency": "normal",
                        "reason": "Night work at the kiln",
                        "consent_to_share": consent,
                        "referral_date": max(child["intake_date"], "2012-01-05"),
                    }
                )
            )
        project = db.execute("SELECT code FROM projects WHERE id = ?", [kids[0]["project_id"]]).fetchone()[0]
    finally:
        db.close()
    return {"path": demo_path, "kids": kids, "made": made, "project": project}


def test_export_carries_personal_data_only_with_consent(referred: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "referrals.json"
    done = cli("export", "referrals", "--db", str(referred["path"]), "--format", "json", "-o", str(out))
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    by_id = {r["referral_id"]: r for r in data["referrals"]}
    yes, no = (by_id[m["id"]] for m in referred["made"])
    assert yes["case_number"] == referred["kids"][0]["case_number"]
    assert yes["child"]["name"] == referred["kids"][0]["name"] and yes["reason"] == "Night work at the kiln"
    assert no["case_number"] == referred["kids"][1]["case_number"]
    assert "child" not in no and "reason" not in no
    # (demo names repeat, and other children's referrals carry theirs: look in this referral only)
    assert referred["kids"][1]["name"] not in json.dumps(no, ensure_ascii=False)
    assert cli("export", "referrals", "--db", str(referred["path"]), "-o", str(out)).returncode == 2


def test_responses_import_twice_and_refuse_unknown_ids(referred: dict[str, Any], tmp_path: Path) -> None:
    db_arg = ("--db", str(referred["path"]))
    first, second = referred["made"]
    day = max(first["referral_date"], second["referral_date"])
    good = tmp_path / "responses.json"
    good.write_text(
        json.dumps(
            [
                {
                    "referral_id": first["id"],
                    "case_number": referred["kids"][0]["case_number"],
                    "status": "accepted",
                    "date": day,
                    "note": "Assigned to a social worker",
                },
                {"referral_id": second["id"], "status": "declined", "date": day},
            ]
        ),
        encoding="utf-8",
    )

    def counts() -> dict[str, int]:
        stats = json.loads(cli("stats", *db_arg, "--json").stdout)
        return dict(next(p for p in stats["projects"] if p["code"] == referred["project"])["referrals"])

    before = counts()
    done = cli("import", "referral-responses", *db_arg, str(good))
    assert done.returncode == 0, done.stderr
    assert "Applied 2 response(s); 0 already recorded." in done.stdout
    again = cli("import", "referral-responses", *db_arg, str(good))
    assert again.returncode == 0 and "Applied 0 response(s); 2 already recorded." in again.stdout

    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "responses": [
                    {"referral_id": first["id"], "status": "service_provided", "date": day},
                    {"referral_id": "0000-nope", "status": "accepted", "date": day},
                ]
            }
        ),
        encoding="utf-8",
    )
    refused = cli("import", "referral-responses", *db_arg, str(bad))
    assert refused.returncode == 1
    assert "Response 2: unknown referral id '0000-nope'; nothing was imported." in refused.stderr
    after = counts()
    # the refused file's first row (service provided) was rolled back with the rest
    assert after["service_provided"] == before["service_provided"]
    assert after["accepted"] + after["declined"] == before["accepted"] + before["declined"] + 2
    assert after["referred"] == before["referred"] - 2

    skip = tmp_path / "skip.json"
    skip.write_text(json.dumps([{"referral_id": second["id"], "status": "accepted", "date": day}]), encoding="utf-8")
    refused = cli("import", "referral-responses", *db_arg, str(skip))
    assert (
        refused.returncode == 1 and "Response 1: a referral that is declined cannot become accepted" in refused.stderr
    )


def test_organisations_are_added_edited_and_listed_by_service(demo_path: Path) -> None:
    db = str(demo_path)
    done = cli(
        "organisations", "add", "--db", db, "VC-PP", "--name", "Phnom Penh vocational centre",
        "--type", "vocational_centre", "--contact", "Mr Vann", "--telephone", "012 777 888",
        "--services", "vocational_training,counselling",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = cli("organisations", "edit", "--db", db, "VC-PP", "--address", "Street 271")
    assert done.returncode == 0, done.stderr
    listed = cli("organisations", "list", "--db", db, "--service", "vocational_training", "--json")
    assert listed.returncode == 0, listed.stderr
    found = {o["code"]: o for o in json.loads(listed.stdout)}
    assert all("vocational_training" in o["services"] for o in found.values())
    assert found["VC-PP"]["address"] == "Street 271" and found["VC-PP"]["telephone"] == "012 777 888"
    health = json.loads(cli("organisations", "list", "--db", db, "--service", "health", "--json").stdout)
    assert "VC-PP" not in [o["code"] for o in health]


def test_a_bad_organisation_is_refused_in_one_sentence_and_nothing_saved(demo_path: Path) -> None:
    db = str(demo_path)
    done = cli("organisations", "add", "--db", db, "X1", "--name", "X", "--type", "school", "--services", "magic")
    assert done.returncode == 1 and "Services offered" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert cli("organisations", "edit", "--db", db, "NOPE", "--name", "Y").returncode == 1
    listed = cli("organisations", "list", "--db", db, "--json")
    assert "X1" not in [o["code"] for o in json.loads(listed.stdout)]


def test_the_referrals_list_exports_like_every_list(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "overdue.csv"
    done = cli("export", "referrals", "--db", str(demo_path), "-o", str(out), "--filter", "referral_overdue=1")
    assert done.returncode == 0, done.stderr
    db = open_database(demo_path)
    try:
        overdue = Referrals(Context(db, system_actor(db, "tester"))).overdue_count()
    finally:
        db.close()
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == overdue + 1 and lines[0].startswith("Referred,Child,Name,Organisation")
    assert all(line.count(",yes,") >= 1 for line in lines[1:])  # the overdue flag


def test_slip_and_register_print_from_the_command_line(referred: dict[str, Any], tmp_path: Path) -> None:
    from pypdf import PdfReader

    db = str(referred["path"])
    yes, no = referred["made"]
    for lang in ("en", "km", "ru"):
        out = tmp_path / f"slip-{lang}.pdf"
        done = cli("referrals", "slip", "--db", db, yes["id"], "-o", str(out), "--lang", lang)
        assert done.returncode == 0, done.stderr
        assert len(PdfReader(str(out)).pages) == 1
    out = tmp_path / "no-consent.pdf"
    assert cli("referrals", "slip", "--db", db, no["id"], "-o", str(out)).returncode == 0
    shown = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert referred["kids"][1]["case_number"] in shown and "kiln" not in shown
    register = tmp_path / "register.pdf"
    done = cli("referrals", "register", "--db", db, "SW-REF", "-o", str(register), "--lang", "ru")
    assert done.returncode == 0, done.stderr
    assert referred["kids"][0]["case_number"] in " ".join(PdfReader(str(register)).pages[0].extract_text().split())
    refused = cli("referrals", "slip", "--db", db, "no-such-referral", "-o", str(tmp_path / "x.pdf"))
    assert refused.returncode == 1 and "There is no referral no-such-referral." in refused.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_monitoring_visits_export_like_every_list(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "visits.csv"
    done = cli("export", "monitoring-visits", "--db", str(demo_path), "-o", str(out))
    assert done.returncode == 0, done.stderr
    db = open_database(demo_path)
    try:
        visits = db.execute("SELECT count(*) FROM monitoring_visits WHERE deleted = 0").fetchone()[0]
        # each visit counts the children it found: a child found at two visits counts at both
        found = db.execute(
            "SELECT count(DISTINCT visit_id || child_id) FROM visit_children WHERE deleted = 0"
        ).fetchone()[0]
    finally:
        db.close()
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == visits + 1 > 1 and "Children identified" in lines[0]
    assert sum(int(line.rsplit(",", 1)[1]) for line in lines[1:]) == found > 0


def test_report_referrals_prints_the_register_of_one_organisation(demo_path: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    db = str(demo_path)
    out = tmp_path / "register.pdf"
    missing = cli("report", "referrals", "--db", db, "-o", str(out))
    assert missing.returncode == 2 and "report referrals needs --organisation CODE" in missing.stderr
    unknown = cli("report", "referrals", "--db", db, "--organisation", "NO-SUCH", "-o", str(out))
    assert unknown.returncode == 1 and "There is no organisation 'NO-SUCH'." in unknown.stderr
    assert not out.exists()
    done = cli("report", "referrals", "--db", db, "--organisation", "KZ-SH", "--lang", "ru", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "Реестр направлений" in text and "NGO shelter, Kazakhstan" in text
