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
        kids = list(db.query("SELECT * FROM children WHERE deleted = 0 ORDER BY case_number LIMIT 2"))
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
    assert referred["kids"][1]["name"] not in out.read_text(encoding="utf-8")
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
    stats = json.loads(cli("stats", *db_arg, "--json").stdout)
    project = next(p for p in stats["projects"] if p["code"] == referred["project"])
    # the refused file's first row (service provided) was rolled back with the rest
    assert project["referrals"]["service_provided"] == 0
    assert project["referrals"]["accepted"] + project["referrals"]["declined"] == 2

    skip = tmp_path / "skip.json"
    skip.write_text(json.dumps([{"referral_id": second["id"], "status": "accepted", "date": day}]), encoding="utf-8")
    refused = cli("import", "referral-responses", *db_arg, str(skip))
    assert (
        refused.returncode == 1 and "Response 1: a referral that is declined cannot become accepted" in refused.stderr
    )


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
