"""Referral figures: the Referrals list's first page, the dashboard's overdue count, one referral slip."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from cl_desktop.bench.harness import Measure, timed


def measure_referrals(db: Any, runs: int) -> list[Measure]:
    from cl_desktop.reports.referrals import build_slip
    from cl_desktop.security.roles import system_actor
    from cl_desktop.services import lists
    from cl_desktop.services.context import Context
    from cl_desktop.services.lists import ListQuery
    from cl_desktop.services.referrals import Referrals

    out: list[Measure] = []
    total = int(db.execute("SELECT count(*) FROM referrals WHERE deleted = 0").fetchone()[0])
    if not total:
        return out
    page = Measure("referrals_first_page", "Referrals list: first page, newest first, and its count", "s", target=0.1)
    page.runs = timed(
        lambda: (
            lists.page(db, "referrals", ListQuery(), 0, 100),
            lists.count(db, "referrals", ListQuery(), cap=10_000),
        ),
        runs,
        page.cpu_runs,
    )
    page.note = f"{total:,} referrals"
    out.append(page)
    service = Referrals(Context(db, system_actor(db, "bench")))
    overdue = Measure("referrals_overdue_count", "Overdue referrals count (the dashboard's card)", "s", target=0.1)
    overdue.runs = timed(service.overdue_count, runs, overdue.cpu_runs)
    overdue.note = f"{service.overdue_count():,} overdue"
    out.append(overdue)
    referral_id = db.execute("SELECT id FROM referrals WHERE deleted = 0 ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    slip = Measure("referral_slip", "Referral slip (one page PDF, Khmer)", "s", target=1.0)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "slip.pdf"
        slip.runs = timed(lambda: build_slip(db, target, referral_id, "km"), runs, slip.cpu_runs)
    out.append(slip)
    return out
