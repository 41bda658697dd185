"""Referral figures: the Referrals list's first page, the dashboard's overdue count, one referral slip, the
referrals register of the busiest organisation, and the Monitoring visits list with its children identified."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from cl_desktop.bench.harness import Measure, timed

# The largest register timed (rows); a bigger organisation's is named with its size.
REGISTER_ROWS = 10_000


def measure_referral_group(path: Path, runs: int, seed: int) -> list[Measure]:
    """``--only referrals``: these figures alone, on the cached data set."""
    from cl_desktop.store import open_database

    db = open_database(path, create=False)
    try:
        note = ensure_scale_visits(db, seed)
        out = measure_referrals(db, runs) + measure_visits(db, runs)
        if note:
            for m in out:
                m.note = f"{m.note}; {note}".lstrip("; ")
        return out
    finally:
        db.close()


def ensure_scale_visits(db: Any, seed: int) -> str:
    """A data set generated before the scale-up had monitoring visits gets them now (once, as the demo makes
    them), so the visits figures count what a generated data set holds."""
    from cl_desktop.demo.generator import SCALE_PROJECT
    from cl_desktop.demo.referrals import add_scale_visits
    from cl_desktop.store.records import Author

    row = db.execute("SELECT id FROM projects WHERE code = ? AND deleted = 0", [SCALE_PROJECT]).fetchone()
    if row is None or db.execute("SELECT 1 FROM monitoring_visits WHERE project_id = ? LIMIT 1", [row[0]]).fetchone():
        return ""
    with db.atomic():
        office = db.execute("SELECT value FROM meta WHERE key = 'office_code'").fetchone()[0]
        added = add_scale_visits(db, Author("demo", office, "demo"), seed, [row[0]])
    return f"{added['monitoring_visits']:,} scale-up visits added to the cached data set first (it predates them)"


def measure_referrals(db: Any, runs: int) -> list[Measure]:
    from cl_desktop.reports.referrals import build_register, build_slip
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
    # The register prints every referral ever made to one organisation (some 40 rows a page): the busiest
    # provider of up to 10,000 referrals is timed, and the busiest of all is named beside it.
    by_organisation = db.execute(
        "SELECT o.code, count(*) FROM referrals r JOIN organisations o ON o.id = r.organisation_id "
        "WHERE r.deleted = 0 GROUP BY o.id ORDER BY count(*) DESC, o.code"
    ).fetchall()
    code, rows = next(((c, n) for c, n in by_organisation if n <= REGISTER_ROWS), by_organisation[-1])
    register = Measure("referrals_register_pdf", "Referrals register of an organisation (PDF, English)", "s")
    pages: list[int] = []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "register.pdf"
        register.runs = timed(lambda: pages.append(build_register(db, target, code, "en")), 1, register.cpu_runs)
    busiest, most = by_organisation[0]
    register.note = (
        f"{code}: {rows:,} referrals, {pages[0]:,} pages; one run; the busiest organisation, {busiest}, has "
        f"{most:,} (about {most / max(rows, 1):.1f} times as long to print)"
    )
    out.append(register)
    return out


def measure_visits(db: Any, runs: int) -> list[Measure]:
    """The Monitoring visits list (children identified counted through ``visit_children``) and the TPR's
    visits table of the project with the most visits."""
    from cl_desktop.reports.referrals import visits_table
    from cl_desktop.services import lists
    from cl_desktop.services.lists import ListQuery

    out: list[Measure] = []
    visits = int(db.execute("SELECT count(*) FROM monitoring_visits WHERE deleted = 0").fetchone()[0])
    if not visits:
        return out
    links = int(db.execute("SELECT count(*) FROM visit_children WHERE deleted = 0").fetchone()[0])
    page = Measure(
        "monitoring_visits_first_page", "Monitoring visits list: first page with children identified", "s", target=0.1
    )
    page.runs = timed(
        lambda: (
            lists.page(db, "monitoring_visits", ListQuery(), 0, 100),
            lists.count(db, "monitoring_visits", ListQuery(), cap=10_000),
        ),
        runs,
        page.cpu_runs,
    )
    page.note = f"{visits:,} visits, {links:,} children identified (a child found twice counts at both visits)"
    out.append(page)
    project, code = db.execute(
        "SELECT p.id, p.code FROM monitoring_visits m JOIN projects p ON p.id = m.project_id WHERE m.deleted = 0 "
        "GROUP BY p.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    table = Measure(
        "tpr_visits_table", "TPR visits section: visits and children by province and sector", "s", target=1.0
    )
    found: list[Any] = []
    table.runs = timed(lambda: found.append(visits_table(db, project, None, None, "en")), runs, table.cpu_runs)
    total = found[-1].rows[-1] if found[-1].rows else ("", "", 0, 0)
    table.note = f"{code}: {total[2]:,} visits, {total[3]:,} children identified (each once)"
    out.append(table)
    return out
