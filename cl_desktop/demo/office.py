"""The demo's sample field office: enrolled at headquarters, with a bundle from it to try on the Sync page.

A new user of the demo meets the whole exchange without a second computer: the office is in the
Offices list (its keys made as for a real one), and ``meta.demo_bundle`` holds a small bundle that
office sent back (one follow-up visit recorded there). Nothing of the seed projects' figures changes
until that bundle is imported.
"""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path

from sqlite_utils import Database

from cl_desktop.security.roles import Actor, Role
from cl_desktop.services.children import Children
from cl_desktop.services.context import Context
from cl_desktop.services.sync import DEMO_BUNDLE_KEY, DEMO_BUNDLE_NAME, DEMO_OFFICE
from cl_desktop.store.meta import set_meta
from cl_desktop.sync import engine, setup_file

OFFICE_CODE = DEMO_OFFICE
OFFICE_NAME = "Battambang field office (demo)"
PROGRAMME = "KH-WFCL-AP009"  # Battambang street vending: the office holds these children only


def enrol_sample_office(db: Database, user: str = "demo") -> None:
    """Enrol the office, make its database from the setup file as the office would, record a visit there
    and keep the bundle it sends to headquarters in ``meta``. ``user`` names who made the demo in
    headquarters' audit trail."""
    with tempfile.TemporaryDirectory(prefix="cl-desktop-demo-") as tmp:
        folder = Path(tmp)
        setup = folder / f"{OFFICE_CODE}-setup.clbundle"
        enrolment = setup_file.add_office(
            db, code=OFFICE_CODE, name=OFFICE_NAME, out=setup, user=user, programmes=[PROGRAMME]
        )
        office = setup_file.init_from_setup(folder / "office.sqlite", setup, enrolment.passphrase)
        try:
            ctx = Context(office, Actor(username="demo", role=Role.ADMIN, office=OFFICE_CODE))
            row = office.execute(
                "SELECT c.id FROM children c JOIN action_programmes p ON p.id = c.programme_id "
                "WHERE p.code = ? AND c.deleted = 0 ORDER BY c.case_number LIMIT 1",
                [PROGRAMME],
            ).fetchone()
            Children(ctx).record_follow_up(
                row[0],
                {
                    "visit_date": "2012-12-20",
                    "working": False,
                    "hours_per_week": 0,
                    "hazards": [],
                    "school_status": "attending_regularly",
                    "attendance_percent": 92,
                    "visited_by": "Field officer",
                    "notes": "Visit recorded at the Battambang field office.",
                },
            )
            bundle = folder / DEMO_BUNDLE_NAME
            engine.export_bundle(office, bundle, user="demo")
        finally:
            office.close()
        set_meta(db, DEMO_BUNDLE_KEY, base64.b64encode(bundle.read_bytes()).decode("ascii"))


__all__ = ["OFFICE_CODE", "enrol_sample_office"]
