"""Schema migration for referrals: a child (or household) sent to an organisation for a service.

Register with ``@MIGRATIONS(name="00NN_...")`` from ``cl_desktop.store.schema``.

``referrals`` holds what was asked of whom and its current status; ``referral_events`` each dated
status change with who made it and a note (``service_id`` links the service record a referral
ended in). Both are synced and travel with the child they hang on: an event repeats its referral's
``child_id`` and ``household_id`` so an office's scope reaches it like a service or a follow-up.
"""

from __future__ import annotations

from sqlite_utils import Database

from cl_desktop.store.schema import MIGRATIONS, SYNC_COLUMNS

STATUSES = "'referred', 'accepted', 'declined', 'no_response', 'service_provided', 'closed', 'cancelled'"


@MIGRATIONS(name="0016_referrals")
def m0016_referrals(db: Database) -> None:
    db.execute(
        f"""CREATE TABLE referrals (
    id TEXT PRIMARY KEY NOT NULL,
    child_id TEXT REFERENCES children(id),
    household_id TEXT REFERENCES households(id),
    -- the project of the child (or of the household's programme) when referred: counts by project
    -- read the referrals alone
    project_id TEXT REFERENCES projects(id),
    referral_date TEXT NOT NULL,
    referring_office TEXT NOT NULL,
    referring_user TEXT NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations(id),
    service_type TEXT NOT NULL,
    urgency TEXT NOT NULL CHECK (urgency IN ('emergency', 'high', 'normal', 'low')),
    reason TEXT NOT NULL DEFAULT '',
    consent_to_share INTEGER NOT NULL CHECK (consent_to_share IN (0, 1)),
    expected_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'referred' CHECK (status IN ({STATUSES})),
    status_date TEXT NOT NULL,
    service_id TEXT REFERENCES services(id),
{SYNC_COLUMNS},
    CHECK (child_id IS NOT NULL OR household_id IS NOT NULL)
) STRICT"""
    )
    db.execute("CREATE INDEX referrals_child ON referrals(child_id, referral_date)")
    db.execute("CREATE INDEX referrals_household ON referrals(household_id)")
    db.execute("CREATE INDEX referrals_status ON referrals(status, expected_date)")
    db.execute("CREATE INDEX referrals_organisation ON referrals(organisation_id)")
    db.execute("CREATE INDEX referrals_project ON referrals(project_id, status)")
    db.execute(
        f"""CREATE TABLE referral_events (
    id TEXT PRIMARY KEY NOT NULL,
    referral_id TEXT NOT NULL REFERENCES referrals(id),
    child_id TEXT REFERENCES children(id),
    household_id TEXT REFERENCES households(id),
    status TEXT NOT NULL CHECK (status IN ({STATUSES})),
    event_date TEXT NOT NULL,
    by_user TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    service_id TEXT REFERENCES services(id),
{SYNC_COLUMNS}
) STRICT"""
    )
    db.execute("CREATE INDEX referral_events_referral ON referral_events(referral_id, event_date)")
    db.execute("CREATE INDEX referral_events_child ON referral_events(child_id)")
    # the project setting: days an accepted referral may wait for its service before it is overdue
    db.execute("ALTER TABLE projects ADD COLUMN referral_service_days INTEGER NOT NULL DEFAULT 30")
