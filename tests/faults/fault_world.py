"""Helpers for the fault tests: an office database, and child processes to kill mid-work."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def build_office(path: Path) -> dict[str, Any]:
    """An office database with a project and a programme; returns what a writer needs."""
    from cl_desktop.security.roles import Actor, Role
    from cl_desktop.services.context import Context
    from cl_desktop.services.projects import Projects
    from cl_desktop.services.reference import location_id
    from cl_desktop.services.setup import create_database

    db = create_database(
        path,
        office_code="KH-PNP",
        office_name="Phnom Penh office",
        hq=False,
        province_code="KH-12",
        admin_username="coord",
        admin_password="pw",
    )
    projects = Projects(Context(db, Actor("coord", Role.ADMIN, "KH-PNP")))
    project = projects.create(
        {"code": "KH-T", "title": "Test project", "start_date": "2009-01-01", "end_date": "2012-12-31"}
    )
    village = location_id("KH-8")
    programme = projects.create_programme(
        {
            "code": "KH-T-AP1",
            "project_id": project["id"],
            "title": "Kilns",
            "start_date": "2009-02-01",
            "end_date": "2012-11-30",
            "sectors": ["brick_making"],
            "strategy": ["withdrawal"],
        },
        [village],
    )
    db.close()
    return {"project": project["id"], "programme": programme["id"], "village": village}


# Registers children forever, printing each case number only after its transaction committed.
SAVE_LOOP = r"""
import json, sys
from cl_desktop.services.children import Children
from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.context import Context
from cl_desktop.store import open_database
path, ids = sys.argv[1], json.loads(sys.argv[2])
db = open_database(path)
children = Children(Context(db, Actor("clerk", Role.CLERK, "KH-PNP")))
i = 0
while True:
    i += 1
    child = children.register({
        "name": f"សុខ {i} " + "ក" * 150, "name_latin": f"Sok {i}", "sex": "F", "project_id": ids["project"],
        "programme_id": ids["programme"], "location_id": ids["village"], "intake_date": "2010-01-10",
        "birth_date": "1997-05-01", "guardian_name": "Chan", "guardian_relation": "mother", "consent": True,
        "consent_date": "2010-01-10", "working": True, "sector": "brick_making", "hours_per_week": 30,
        "hazards": [], "school_status": "dropped_out", "risk_factors": [], "notes": "n" * 2000,
    })
    print(child["case_number"], flush=True)
"""


def start(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def kill(proc: subprocess.Popen[str]) -> tuple[str, str]:
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, f"the process ended before the kill: {err[-2000:]}"
    return out, err


def wait_for_lines(proc: subprocess.Popen[str], count: int, timeout: float = 60) -> list[str]:
    assert proc.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while len(lines) < count:
        line = proc.stdout.readline()
        if not line:
            _, err = proc.communicate(timeout=30)
            raise AssertionError(f"the writer stopped: {err[-3000:]}")
        lines.append(line.strip())
        if time.monotonic() > deadline:
            kill(proc)
            raise AssertionError("the writer is too slow")
    return lines


def dumps(value: Any) -> str:
    return json.dumps(value)
